"""Pack content translation: extract with lesson/step/field contexts, merge, apply field by field with fallback."""

from __future__ import annotations

import datetime as dt
import io
from pathlib import Path

from babel.messages.pofile import read_po, write_po

from harbourlight.cli.pack import main as pack_main
from harbourlight.core.models import StoryStep
from harbourlight.packs import translations
from harbourlight.packs.pack_loader import load_pack

TODAY = dt.date(2026, 11, 23)
DEFAULT_PACK = Path(__file__).resolve().parents[2] / "content" / "packs" / "default"
LESSON = "b57-never-your-fault"  # its shipped translations are cleared in the copy, so the tests translate it


def _fill(po_path: Path, wanted: dict[str, str]) -> None:
    """Translate the entries whose msgctxt is in `wanted`, as a translator would."""
    with po_path.open("rb") as handle:
        catalog = read_po(handle)
    for message in catalog:
        if message.context in wanted:
            message.string = wanted[message.context]
    buffer = io.BytesIO()
    write_po(buffer, catalog)
    po_path.write_bytes(buffer.getvalue())


def test_extract_writes_contexts_and_translator_comments(pack_copy: Path) -> None:
    out = io.StringIO()
    assert pack_main(["extract", str(pack_copy)], out) == 0
    with (pack_copy / "locales" / "pack.pot").open("rb") as handle:
        template = read_po(handle)
    by_context = {m.context: m for m in template if m.id}
    title = by_context[f"{LESSON}/title"]
    assert title.locations[0][0] == f"lessons/{LESSON}.yaml"
    assert any("band 5-7" in c for c in title.auto_comments)
    step_texts = [c for c in by_context if c.startswith(f"{LESSON}/") and "/panels/0/text" in c]
    assert step_texts, "story panels are extracted under their step id"
    assert not any(c.endswith(("/next", "/kind", "/id")) or "/topics/" in c for c in by_context)
    assert "texts to translate" in out.getvalue()


def _clear(po_path: Path, prefix: str) -> None:
    """Forget the translations of one lesson, as if it had just been added to the pack."""
    with po_path.open("rb") as handle:
        catalog = read_po(handle)
    for message in catalog:
        if str(message.context).startswith(prefix):
            message.string = ""
    buffer = io.BytesIO()
    write_po(buffer, catalog)
    po_path.write_bytes(buffer.getvalue())


def test_update_then_load_applies_translations_and_falls_back_field_by_field(pack_copy: Path) -> None:
    out = io.StringIO()
    assert pack_main(["update", str(pack_copy), "--language", "nb"], out) == 0
    po_path = pack_copy / "locales" / "nb" / "pack.po"
    _clear(po_path, f"{LESSON}/")
    with po_path.open("rb") as handle:
        contexts = [m.context for m in read_po(handle) if m.id and str(m.context).startswith(f"{LESSON}/")]
    panel = next(c for c in contexts if "/panels/0/text" in c)
    _fill(po_path, {f"{LESSON}/title": "Å fortelle er modig", panel: "Norsk tekst i første bilde."})

    english = load_pack(pack_copy, TODAY).pack
    result = load_pack(pack_copy, TODAY, language="nb")
    assert result.pack is not None and english is not None
    lesson = result.pack.lesson(LESSON)
    original = english.lesson(LESSON)
    assert lesson is not None and original is not None
    assert lesson.title == "Å fortelle er modig"
    step_id = panel.split("/")[1]
    step = next(s for s in lesson.steps if s.id == step_id)
    assert isinstance(step, StoryStep) and step.panels[0].text == "Norsk tekst i første bilde."
    assert lesson.advisory == original.advisory  # not translated: the default language is kept
    assert lesson.language == "en"  # mostly untranslated, so the text (and its direction) is still English
    missing = [p for p in result.warnings if p.code == "missing-translation" and LESSON in p.file]
    assert missing and "nb:" in missing[0].message
    assert "translation-status nb:" in out.getvalue()


def test_a_translation_made_for_older_source_text_is_not_used(pack_copy: Path) -> None:
    pack_main(["update", str(pack_copy), "--language", "nb"], io.StringIO())
    po_path = pack_copy / "locales" / "nb" / "pack.po"
    _clear(po_path, f"{LESSON}/")
    _fill(po_path, {f"{LESSON}/title": "Å fortelle er modig"})
    lesson_file = pack_copy / "lessons" / f"{LESSON}.yaml"
    text = lesson_file.read_text("utf-8")
    original = load_pack(pack_copy, TODAY).pack.lesson(LESSON).title  # type: ignore[union-attr]
    lesson_file.write_text(text.replace(f"title: {original}", "title: A new English title", 1), "utf-8")
    lesson = load_pack(pack_copy, TODAY, language="nb").pack.lesson(LESSON)  # type: ignore[union-attr]
    assert lesson is not None and lesson.title == "A new English title"


def test_discouraged_terms_in_a_translation_are_reported(pack_copy: Path) -> None:
    pack_main(["update", str(pack_copy), "--language", "nb"], io.StringIO())
    _fill(pack_copy / "locales" / "nb" / "pack.po", {f"{LESSON}/title": "Om hevnporno"})
    result = load_pack(pack_copy, TODAY, language="nb")
    assert any(p.code == "discouraged-term" and "hevnporno" in p.message for p in result.errors)


def test_the_shipped_translations_are_complete_lint_clean_and_read_in_their_own_direction() -> None:
    from harbourlight.cli.translate import translation_problems

    # Every language the default pack lists is translated in full; a new or changed English text fails here
    # until it is translated (harbourlight-pack update, then translate) or the language is taken out of pack.yaml.
    problems = translation_problems(DEFAULT_PACK, TODAY)
    assert [p.format() for p in problems] == []
    stats = translations.translation_stats(DEFAULT_PACK, ["nb", "ar", "es"])
    complete = {language: done == total for language, (done, total) in stats.items()}
    assert complete == {"nb": True, "ar": True, "es": True}
    english = load_pack(DEFAULT_PACK, TODAY).pack
    assert english is not None
    for language, title in (("nb", "Å fortelle er modig"), ("ar", "الإخبار شجاعة"), ("es", "Contarlo es de valientes")):
        pack = load_pack(DEFAULT_PACK, TODAY, language).pack
        assert pack is not None
        assert pack.lesson("b57-telling-is-brave").title == title  # type: ignore[union-attr]
        for lesson in pack.lessons:
            assert lesson.language == language, lesson.id  # translated, so read in the language's direction
            assert lesson.title != english.lesson(lesson.id).title  # type: ignore[union-attr]


def test_translation_status_reports_share_and_review_status() -> None:
    out = io.StringIO()
    assert pack_main(["translation-status", str(DEFAULT_PACK)], out) == 0
    lines = out.getvalue().splitlines()
    assert any(line.startswith("translation-status nb: ") and line.endswith("draft") for line in lines)
    assert any(line.startswith("translation-status ar: ") for line in lines)
    assert "translation-status es: 2611 of 2611 texts (100%), draft" in lines


def test_a_broken_catalog_is_a_located_warning_not_a_crash(pack_copy: Path) -> None:
    target = translations.catalog_file(pack_copy, "nb")
    target.parent.mkdir(parents=True, exist_ok=True)
    target.write_text('msgid "x"\nbogus\n', "utf-8")
    result = load_pack(pack_copy, TODAY, language="nb")
    assert result.pack is not None
    assert any(p.code == "bad-po" and p.format().startswith("locales/nb/pack.po:2") for p in result.problems)
