"""Synthetic content packs of any size, made from the real default pack's lessons, with a translation.

Each lesson is a real lesson under a new id (so the validator does its full work on realistic text); the pack
also gets locales/nb/pack.po translating every text, so loading in Norwegian exercises the translation path.
"""

from __future__ import annotations

import re
import shutil
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
DEFAULT_PACK = REPO / "content" / "packs" / "default"
LANGUAGE = "nb"


def make_pack(target: Path, lessons: int, with_translation: bool = True) -> Path:
    target.mkdir(parents=True)
    manifest = (DEFAULT_PACK / "pack.yaml").read_text("utf-8")
    manifest = re.sub(r"^id: .*$", f"id: synthetic-{lessons}", manifest, count=1, flags=re.M)
    if with_translation:
        manifest = re.sub(r"^languages: \[en\]$", f"languages: [en, {LANGUAGE}]", manifest, count=1, flags=re.M)
    (target / "pack.yaml").write_text(manifest, "utf-8")
    (target / "lessons").mkdir()
    sources = sorted((DEFAULT_PACK / "lessons").glob("*.yaml"))
    texts = {path.stem: path.read_text("utf-8") for path in sources}
    made: list[tuple[str, str]] = []  # (new id, original id)
    for index in range(lessons):
        original = sources[index % len(sources)].stem
        new_id = f"{original}-x{index:05d}"
        text = texts[original].replace(f"id: {original}\n", f"id: {new_id}\n", 1)
        (target / "lessons" / f"{new_id}.yaml").write_text(text, "utf-8")
        made.append((new_id, original))
    if with_translation:
        _write_translation(target, made)
    return target


def _write_translation(target: Path, made: list[tuple[str, str]]) -> None:
    """Every text "translated" (marked, so a test could tell), keyed by msgctxt lesson-id/step-id/field."""
    from babel.messages.catalog import Catalog
    from babel.messages.pofile import write_po

    from harbourlight.packs import translations

    by_lesson: dict[str, list[translations.PackText]] = {}
    for text in translations.pack_texts(DEFAULT_PACK):
        by_lesson.setdefault(text.context.split("/", 1)[0], []).append(text)
    catalog = Catalog(locale=LANGUAGE)
    for text in by_lesson.pop("pack", []):
        catalog.add(text.text, f"[{LANGUAGE}] {text.text}", context=text.context)
    for new_id, original in made:
        for text in by_lesson.get(original, []):
            context = new_id + text.context[len(original) :]
            catalog.add(text.text, f"[{LANGUAGE}] {text.text}", context=context)
    folder = target / "locales" / LANGUAGE
    folder.mkdir(parents=True)
    with (folder / translations.CATALOG).open("wb") as handle:
        write_po(handle, catalog, width=0)


def remove(path: Path) -> None:
    shutil.rmtree(path, ignore_errors=True)
