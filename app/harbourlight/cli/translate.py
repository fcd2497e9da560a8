"""`harbourlight-pack extract|update|translation-status`: the translation workflow for a pack's content."""

from __future__ import annotations

import argparse
import datetime as dt
from pathlib import Path
from typing import Any, TextIO

from harbourlight.packs import translations
from harbourlight.packs.pack_loader import load_pack
from harbourlight.packs.problems import Problem
from harbourlight.packs.safe_yaml import YamlError, load_file


def _manifest(root: Path) -> dict[str, Any]:
    try:
        data = load_file(root / "pack.yaml", "pack.yaml").data
    except (YamlError, OSError):
        return {}
    return data if isinstance(data, dict) else {}


def pack_languages(root: Path, extra: list[str] | None = None) -> list[str]:
    """Languages with a catalog in the pack, listed in pack.yaml, or asked for; never the default language."""
    manifest = _manifest(root)
    found = {p.parent.name for p in (root / "locales").glob(f"*/{translations.CATALOG}")}
    found |= set(manifest.get("translations") or {})
    found |= set(manifest.get("languages") or [])
    found |= set(extra or [])
    found.discard(manifest.get("default_language", ""))
    return sorted(found)


def status_lines(root: Path, languages: list[str]) -> list[str]:
    """`translation-status` lines: translated share and the review status from pack.yaml."""
    statuses = _manifest(root).get("translations") or {}
    lines = []
    for language, (done, total) in translations.translation_stats(root, languages).items():
        share = 100 * done // total if total else 0
        info = statuses.get(language) or {}
        status = info.get("status", "no status in pack.yaml")
        reviewer = f", reviewed by {info['reviewer']}" if info.get("reviewer") else ""
        when = f" on {info['date']}" if info.get("date") else ""
        lines.append(f"translation-status {language}: {done} of {total} texts ({share}%), {status}{reviewer}{when}")
    return lines


def cmd_extract(args: argparse.Namespace, out: TextIO) -> int:
    root = Path(args.path)
    if not (root / "pack.yaml").is_file():
        print(f"{root}: no pack.yaml found — give the pack folder", file=out)
        return 1
    path = translations.write_template(root)
    print(f"{path}: {len(translations.pack_texts(root))} texts to translate", file=out)
    for line in status_lines(root, pack_languages(root)):
        print(line, file=out)
    return 0


def cmd_update(args: argparse.Namespace, out: TextIO) -> int:
    root = Path(args.path)
    if not (root / "pack.yaml").is_file():
        print(f"{root}: no pack.yaml found — give the pack folder", file=out)
        return 1
    translations.write_template(root)
    languages = pack_languages(root, args.language)
    for path in translations.update_catalogs(root, languages):
        print(f"updated {path}", file=out)
    for line in status_lines(root, languages):
        print(line, file=out)
    return 0


def cmd_status(args: argparse.Namespace, out: TextIO) -> int:
    root = Path(args.path)
    for line in status_lines(root, pack_languages(root)):
        print(line, file=out)
    return 0


def translation_problems(root: Path, today: dt.date) -> list[Problem]:
    """What only the translations add: untranslated texts, and content-lint findings in translated text."""
    base = {p.format() for p in load_pack(root, today).problems}
    found: list[Problem] = []
    for language in pack_languages(root):
        for problem in load_pack(root, today, language).problems:
            if problem.format() not in base:
                found.append(problem)
    return found


def add_commands(sub: Any) -> None:
    """Register extract, update and translation-status on harbourlight-pack's sub-command parser."""
    extract = sub.add_parser(
        "extract", help="write PACK/locales/pack.pot with every translatable text (msgctxt lesson/step/field)"
    )
    extract.add_argument("path", help="the pack folder")
    extract.set_defaults(func=cmd_extract)
    update = sub.add_parser("update", help="merge the pack's texts into every PACK/locales/<lang>/pack.po")
    update.add_argument("path", help="the pack folder")
    update.add_argument(
        "--language", action="append", default=[], metavar="LANG", help="also start a catalog for LANG (repeatable)"
    )
    update.set_defaults(func=cmd_update)
    status = sub.add_parser("translation-status", help="translated share and review status per language")
    status.add_argument("path", help="the pack folder")
    status.set_defaults(func=cmd_status)
