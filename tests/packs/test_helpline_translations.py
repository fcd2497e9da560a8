"""Translating the helpline directory's notes and opening hours: extract, update, load in a language, fall back."""

from __future__ import annotations

import datetime as dt
import io
import shutil
from pathlib import Path

from babel.messages.pofile import read_po, write_po

from harbourlight.cli.pack import main
from harbourlight.core.models import CountryDirectory
from harbourlight.packs.helplines import load_directory
from harbourlight.services.library import load_library

HELPLINES = Path(__file__).resolve().parents[2] / "content" / "helplines"
TODAY = dt.date(2026, 11, 23)
NOTE = "Under 18, anonymous; phone, chat and email."
NOTE_NB = "Under 18, anonymt; telefon, chat og e-post."
CHANGED = "Under 18, anonymous; phone, chat and e-mail."
HOURS_NB = "Telefon hverdager 14:00-22:00; chat hver dag 14:00-22:00 (2024)"


def directory_copy(tmp_path: Path) -> Path:
    folder = tmp_path / "helplines"
    folder.mkdir()
    for name in ("NO.yaml", "global.yaml"):
        shutil.copy(HELPLINES / name, folder / name)
    return folder


def run(*argv: str) -> str:
    out = io.StringIO()
    assert main(list(argv), out) == 0, out.getvalue()
    return out.getvalue()


def fill(po: Path, strings: dict[str, str], fuzzy: bool = False) -> None:
    """What a translator does: write msgstr for some msgctxts (and, with `fuzzy`, leave them marked fuzzy)."""
    with po.open("rb") as handle:
        catalog = read_po(handle)
    for message in catalog:
        if message.context in strings:
            message.string = strings[message.context]
            if fuzzy:
                message.flags.add("fuzzy")
    with po.open("wb") as handle:
        write_po(handle, catalog, width=120)


def kors(countries: dict[str, CountryDirectory]) -> tuple[str, str]:
    entry = next(e for e in countries["NO"].entries if e.id == "no-kors-pa-halsen")
    return entry.notes, entry.hours


def started(tmp_path: Path, language: str = "nb") -> Path:
    folder = directory_copy(tmp_path)
    run("helplines", "update", str(folder), "--language", language)
    return folder


def test_extract_names_each_text_by_country_entry_and_field(tmp_path: Path) -> None:
    folder = directory_copy(tmp_path)
    assert "texts to translate" in run("helplines", "extract", str(folder))
    with (folder / "locales" / "helplines.pot").open("rb") as handle:
        catalog = read_po(handle)
    by_context = {m.context: m for m in catalog if m.id}
    hours = by_context["NO/no-alarmtelefonen/hours"]
    assert hours.id.startswith("Phone and email 24/7")
    assert hours.auto_comments == ["opening hours of a child helpline in Norway"]
    assert hours.locations == [("NO.yaml", 25)]
    assert by_context["NO/no-kors-pa-halsen/notes"].id == NOTE
    assert by_context["NO/emergency/notes"].auto_comments == ["note on the emergency number in Norway"]
    assert by_context["NO/no-politiet-tips/notes"].auto_comments == ["note on a reporting hotline in Norway"]
    assert any(c.startswith("global/") and "worldwide" in m.auto_comments[0] for c, m in by_context.items())
    # Names, numbers, sources and research notes are never offered for translation.
    texts = {m.id for m in by_context.values()}
    assert "Alarmtelefonen for barn og unge" not in texts and "116 111" not in texts
    assert not any("Source seen" in t for t in texts)


def test_translated_note_and_hours_are_shown_in_that_language_only(tmp_path: Path) -> None:
    folder = started(tmp_path)
    po = folder / "locales" / "nb.po"
    fill(po, {"NO/no-kors-pa-halsen/notes": NOTE_NB, "NO/no-kors-pa-halsen/hours": HOURS_NB})
    result = load_directory(folder, language="nb")
    assert result.problems == []
    assert kors(result.countries) == (NOTE_NB, HOURS_NB)
    alarm = next(e for e in result.countries["NO"].entries if e.id == "no-alarmtelefonen")
    assert alarm.notes.startswith("Run by the child welfare")  # untranslated: as written
    assert alarm.name == "Alarmtelefonen for barn og unge"
    assert kors(load_directory(folder).countries)[0] == NOTE
    assert kors(load_directory(folder, language="es").countries)[0] == NOTE  # no es.po: as written
    assert kors(load_directory(folder, language="nb_NO").countries)[0] == NOTE_NB  # base language's catalog
    # `update` keeps what translators filled in, and counts it.
    assert "translation-status nb: 2 of" in run("helplines", "update", str(folder))
    assert kors(load_directory(folder, language="nb").countries) == (NOTE_NB, HOURS_NB)


def test_fuzzy_or_outdated_translations_are_not_used(tmp_path: Path) -> None:
    folder = started(tmp_path)
    po = folder / "locales" / "nb.po"
    fill(po, {"NO/no-kors-pa-halsen/notes": NOTE_NB}, fuzzy=True)
    assert kors(load_directory(folder, language="nb").countries)[0] == NOTE

    fill(po, {"NO/no-kors-pa-halsen/notes": NOTE_NB, "NO/emergency/notes": "112 er politiet."})
    source = folder / "NO.yaml"
    source.write_text(source.read_text("utf-8").replace(NOTE, CHANGED), "utf-8")
    countries = load_directory(folder, language="nb").countries
    assert kors(countries)[0] == CHANGED  # made for the old English text
    assert countries["NO"].emergency is not None and countries["NO"].emergency.notes == "112 er politiet."
    run("helplines", "update", str(folder))
    with po.open("rb") as handle:
        merged = {m.context: m for m in read_po(handle)}
    assert merged["NO/no-kors-pa-halsen/notes"].fuzzy  # kept for the translator to check, still not shown
    assert kors(load_directory(folder, language="nb").countries)[0] == CHANGED


def test_a_broken_catalog_warns_with_its_line_and_the_directory_loads_as_written(tmp_path: Path) -> None:
    folder = started(tmp_path)
    po = folder / "locales" / "nb.po"
    fill(po, {"NO/no-kors-pa-halsen/notes": NOTE_NB})
    lines = po.read_text("utf-8").splitlines()
    lines.insert(30, "this is not a catalog line")
    po.write_text("\n".join(lines) + "\n", "utf-8")
    result = load_directory(folder, "school-pack/helplines", language="nb")
    [problem] = result.problems
    assert problem.file == "school-pack/helplines/locales/nb.po" and problem.line == 31
    assert not problem.is_error and problem.code == "bad-po"
    assert set(result.countries) == {"NO", "global"}
    assert kors(result.countries)[0] == NOTE
    from harbourlight.packs.helpline_check import check_folder  # `helplines check` says so too

    assert [(p.code, p.line) for p in check_folder(folder, TODAY).problems if p.file.endswith(".po")] == [
        ("bad-po", 31)
    ]


def test_the_content_cache_keys_on_the_language_and_the_catalogs(tmp_path: Path) -> None:
    folder = started(tmp_path)
    po = folder / "locales" / "nb.po"
    fill(po, {"NO/no-kors-pa-halsen/notes": NOTE_NB})
    cache = tmp_path / "cache"

    def note(language: str | None) -> str:
        return kors(load_library([], folder, TODAY, cache_dir=cache, language=language).directory)[0]

    assert note(None) == NOTE
    assert note("nb") == NOTE_NB
    assert note(None) == NOTE  # the English load is not replaced by the Norwegian one
    fill(po, {"NO/no-kors-pa-halsen/notes": "Endret."})
    assert note("nb") == "Endret."  # a changed catalog means a fresh load
    assert len(list(cache.glob("helplines-nb-*.pickle"))) == 2


def test_check_warns_when_a_translation_changes_a_number(tmp_path: Path) -> None:
    from harbourlight.packs.helpline_check import check_folder

    folder = started(tmp_path)
    shutil.copy(HELPLINES / "short-codes.yaml", folder / "short-codes.yaml")
    fill(
        folder / "locales" / "nb.po",
        {
            "NO/no-kors-pa-halsen/hours": "Telefon hverdager 14-22; chat hver dag 14-22 (2024)",  # same numbers
            "NO/emergency/notes": "112 er politiet. 110 brann, 112 ambulanse.",  # 113 became 112
        },
    )
    problems = [p for p in check_folder(folder, TODAY).problems if p.code.startswith("translation")]
    [problem] = problems
    assert problem.file == "locales/nb.po" and problem.line > 0 and not problem.is_error
    assert "NO/emergency/notes" in problem.message and "113" in problem.message
    assert 'msgctxt "NO/emergency/notes"' in (folder / problem.file).read_text("utf-8").splitlines()[problem.line - 2]


def test_check_takes_a_translation_with_a_number_too_long_to_read(tmp_path: Path) -> None:
    """Python will not read more than 4,300 digits as a number; the check compares them as written instead."""
    from harbourlight.packs.helpline_check import check_folder

    folder = started(tmp_path)
    shutil.copy(HELPLINES / "short-codes.yaml", folder / "short-codes.yaml")
    fill(folder / "locales" / "nb.po", {"NO/emergency/notes": "112 " + "9" * 5000})
    problems = [p for p in check_folder(folder, TODAY).problems if p.code.startswith("translation")]
    [problem] = problems
    assert "NO/emergency/notes" in problem.message and not problem.is_error


def test_the_shipped_directory_reads_in_nb_ar_and_es_with_numbers_unchanged() -> None:
    # Every child-facing note, opening-hours line and cost of the shipped directory is translated; the check that
    # compares phone numbers, ages and times with the English finds nothing.
    for language, free in (("nb", "gratis"), ("ar", "مجاني"), ("es", "gratis")):
        result = load_directory(HELPLINES, language=language)
        assert [p.format() for p in result.problems if p.severity == "error"] == []
        entry = next(e for e in result.countries["NO"].entries if e.id == "no-alarmtelefonen")
        english = next(e for e in load_directory(HELPLINES).countries["NO"].entries if e.id == "no-alarmtelefonen")
        assert entry.cost == free and entry.notes != english.notes and entry.hours != english.hours
    from harbourlight.packs.helpline_translations import translation_problems

    assert [p.format() for p in translation_problems(HELPLINES)] == []
