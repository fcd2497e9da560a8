"""The UI catalogs: template current, every catalog complete, valid for gettext's msgfmt, placeholders intact."""

from __future__ import annotations

import shutil
import subprocess
from pathlib import Path

import pytest

from harbourlight.i18n import catalogs
from harbourlight.i18n.languages import UI_LANGUAGES
from harbourlight.i18n.translator import SOURCE_LANGUAGE, Translator

ROOT = catalogs.repo_root()
LANGUAGES = [lang.code for lang in UI_LANGUAGES if lang.code != SOURCE_LANGUAGE]
EXPECTED_PLURALS = {"ar": 6, "uk": 3}


def test_template_matches_the_source() -> None:
    assert catalogs.template_is_current(ROOT), "locales/harbourlight.pot is stale: run `tools/i18n update`"


def test_every_ui_language_has_a_catalog_and_the_pseudo_locale_too() -> None:
    assert set(catalogs.languages(ROOT)) == {*LANGUAGES, catalogs.PSEUDO_LOCALE}


@pytest.mark.parametrize("language", [*LANGUAGES, catalogs.PSEUDO_LOCALE])
def test_catalog_is_complete_and_matches_the_template(language: str) -> None:
    template = catalogs.read_catalog(catalogs.template_path(ROOT))
    catalog = catalogs.read_catalog(catalogs.catalog_path(ROOT, language))
    keys = {(m.context, m.id if isinstance(m.id, str) else m.id[0]) for m in catalogs.messages(catalog)}
    wanted = {(m.context, m.id if isinstance(m.id, str) else m.id[0]) for m in catalogs.messages(template)}
    assert not wanted - keys, f"{language}: not merged yet, run `tools/i18n update`: {sorted(wanted - keys)[:5]}"
    fuzzy = [m.id for m in catalogs.messages(catalog) if m.fuzzy]
    missing = [m.id for m in catalogs.messages(catalog) if not catalogs.is_translated(m)]
    assert not fuzzy, f"{language}: fuzzy entries need a translator's look: {fuzzy[:5]}"
    assert not missing, f"{language}: untranslated: {missing[:5]}"


@pytest.mark.parametrize("language", [*LANGUAGES, catalogs.PSEUDO_LOCALE])
def test_placeholders_match_the_source(language: str) -> None:
    catalog = catalogs.read_catalog(catalogs.catalog_path(ROOT, language))
    once = catalogs.forms_used_once(catalog)
    problems = [f"{m.id!r}: {p}" for m in catalogs.messages(catalog) for p in catalogs.placeholder_problems(m, once)]
    assert not problems, f"{language}: " + "; ".join(problems[:5])


@pytest.mark.parametrize("language", [*LANGUAGES, catalogs.PSEUDO_LOCALE])
def test_msgfmt_check_accepts_the_catalog(language: str, tmp_path: Path) -> None:
    msgfmt = shutil.which("msgfmt")
    assert msgfmt, "gettext's msgfmt is missing: run tools/setup.sh"
    done = subprocess.run(
        [msgfmt, "--check", "-o", str(tmp_path / "out.mo"), str(catalogs.catalog_path(ROOT, language))],
        capture_output=True,
        text=True,
        check=False,
    )
    assert done.returncode == 0, done.stderr


@pytest.mark.parametrize("language", LANGUAGES)
def test_plural_forms_header_fits_the_language(language: str) -> None:
    catalog = catalogs.read_catalog(catalogs.catalog_path(ROOT, language))
    assert catalog.num_plurals == EXPECTED_PLURALS.get(language, 2)


def test_arabic_plurals_use_all_six_forms() -> None:
    tr = Translator(ROOT / "locales", "ar")
    rendered = {n: tr.ngettext("{n} minute", "{n} minutes", n).format(n=n) for n in (0, 1, 2, 5, 11, 100)}
    # zero, one, two, few (3–10), many (11–99), other (100–102): six different words
    assert len(set(rendered.values())) == 6, rendered
    assert rendered[1] == "دقيقة واحدة"
    assert rendered[2] == "دقيقتان"
    assert rendered[5] == "5 دقائق"
    assert rendered[11] == "11 دقيقةً"
    assert rendered[100] == "100 دقيقةٍ"
    assert rendered[0] == "لا دقائق"


def test_catalog_plural_choice_matches_cldr_for_arabic() -> None:
    from babel import Locale

    catalog = catalogs.read_catalog(catalogs.catalog_path(ROOT, "ar"))
    import gettext

    chooser = gettext.c2py(catalog.plural_expr)
    forms = ["zero", "one", "two", "few", "many", "other"]
    plural_form = Locale.parse("ar").plural_form
    for n in (0, 1, 2, 3, 5, 10, 11, 50, 99, 100, 101, 102, 103, 111, 1000):
        assert forms[chooser(n)] == plural_form(n), n


def test_pseudo_locale_keeps_placeholders_and_accelerators() -> None:
    text = catalogs.pseudo("&Help {name} now")
    assert text.startswith("[&") and "{name}" in text and text.endswith("]")
    assert len(text) >= len("&Help {name} now") * 1.3
    assert catalogs.is_pseudo(text)


def test_placeholder_check_finds_a_renamed_placeholder() -> None:
    from babel.messages.catalog import Message

    bad = Message("Help in {country}", "Hjelp i {land}")
    assert catalogs.placeholder_problems(bad, set())
    assert not catalogs.placeholder_problems(Message("Help in {country}", "Hjelp i {country}"), set())


def test_language_names_do_not_spoil_cldr_data_for_later_lookups() -> None:
    """Building the language menu must leave Babel's shared locale data whole (text direction, names). A fresh
    interpreter, so that no earlier test has already loaded the full data."""
    import sys

    code = (
        "from harbourlight.i18n.languages import UI_LANGUAGES, is_rtl\n"
        "names = [lang.native_name for lang in UI_LANGUAGES]\n"
        "assert 'Norsk bokmål' in names and 'العربية' in names, names\n"
        "assert [is_rtl(lang.code) for lang in UI_LANGUAGES].count(True) == 1\n"
    )
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=False)
    assert done.returncode == 0, done.stderr[-2000:]
