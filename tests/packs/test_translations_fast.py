"""Translating a lesson in one walk gives what translate_lesson and lesson_texts give."""

from __future__ import annotations

import io
import random
from pathlib import Path
from typing import Any

import pytest
from babel.messages.catalog import Catalog
from babel.messages.pofile import read_po
from hypothesis import given
from hypothesis import strategies as st

from harbourlight.packs import translations
from harbourlight.packs.safe_yaml import load_file, load_text
from repo_paths import DEFAULT_PACK

LESSONS = sorted((DEFAULT_PACK / "lessons").glob("*.yaml"))


def _partial_translation(texts: list[translations.PackText], seed: str) -> translations.PackTranslation:
    """About half translated, some made for an older source text (not used), the rest missing."""
    rng = random.Random(seed)
    strings = {}
    for text in texts:
        roll = rng.random()
        if roll < 0.5:
            strings[text.context] = (text.text, f"[xx] {text.text}")
        elif roll < 0.6:
            strings[text.context] = (text.text + " (old)", "[xx] stale")
    return translations.PackTranslation("xx", strings)


def _expected(data: dict[str, Any], translation: translations.PackTranslation) -> tuple[Any, list[str], int]:
    translated, missing = translations.translate_lesson(data, translation)
    return translated, missing, len(list(translations._walk(data)))


@pytest.mark.parametrize("path", LESSONS, ids=[p.stem for p in LESSONS])
def test_real_lessons_translate_the_same_in_one_walk(path: Any) -> None:
    loaded = load_file(path, path.name)
    translation = _partial_translation(translations.lesson_texts(loaded), path.stem)
    assert translations.translate_lesson_counted(loaded.data, translation) == _expected(loaded.data, translation)
    assert translations.translate_lesson_counted(loaded.data, translations.PackTranslation("xx", {}))[1]


ODD = """\
id: odd
title: Odd
steps:
  - kind: story
    text: no id here
  - id: s2
    kind: story
    text: "   "
    panels: [{text: a}, {text: b, picture: media/x.png}]
    sources: [{note: not the facilitator's}]
facilitator:
  preparation: prep
  sources:
    - {source: x, note: a note}
    - {source: y, note: ""}
    - plain
  nested: {sources: [{note: deep}]}
sources: [{note: top level}]
review_by: 2027-01-01
"""


def test_odd_lessons_translate_the_same_in_one_walk() -> None:
    data = load_text(ODD, "odd.yaml").data
    texts = [
        translations.PackText(translations._context(data, path), text, "", "odd.yaml", 1)
        for path, text in translations._walk(data)
    ]
    translation = _partial_translation(texts, "odd")
    assert translations.translate_lesson_counted(data, translation) == _expected(data, translation)


def test_a_key_that_is_not_text_falls_back_to_the_old_walk() -> None:
    data = load_text("id: k\ntitle: T\nextra: {1: one}\n", "k.yaml").data  # the schema check refuses this first
    translation = translations.PackTranslation("xx", {"k/extra/1": ("one", "en"), "k/title": ("T", "Tx")})
    assert translations.translate_lesson_counted(data, translation) == _expected(data, translation)


# --- reading pack.po -----------------------------------------------------------------------------------------
def _babel(raw: bytes) -> object:
    try:
        return translations._usable_strings(read_po(io.BytesIO(raw), locale=None, abort_invalid=True))
    except Exception as exc:  # what load_translation turns into a warning
        return type(exc)


def _assert_po_same(raw: bytes) -> None:
    fast = translations._usable_strings_fast(raw)
    expected = _babel(raw)
    if fast is not None:  # None: Babel reads it
        assert fast == expected, raw


HEADER = (
    '# Translations\n#, fuzzy\nmsgid ""\nmsgstr ""\n"Language: nb\\n"\n'
    '"Content-Type: text/plain; charset=utf-8\\n"\n"Plural-Forms: nplurals=2; plural=(n != 1);\\n"\n\n'
)
PO_CASES = [
    HEADER + 'msgctxt "a/title"\nmsgid "Hello"\nmsgstr "Hei"\n',
    HEADER + '#. comment\n#: lessons/a.yaml:3\nmsgctxt "a/t"\nmsgid ""\n"Long "\n"text"\nmsgstr ""\n"Lang "\n"tekst"\n',
    HEADER + '#, fuzzy\nmsgctxt "a/t"\nmsgid "x"\nmsgstr "y"\n\nmsgctxt "a/u"\nmsgid "x"\nmsgstr "z"\n',
    HEADER + 'msgctxt "a/t"\nmsgid "x"\nmsgstr ""\n',
    HEADER + 'msgid "no context"\nmsgstr "uten"\n',
    HEADER + 'msgctxt "a/t"\nmsgid "x"\nmsgstr "y"\n\n#, fuzzy\nmsgctxt "a/t"\nmsgid "x"\nmsgstr "other"\n',
    HEADER + 'msgctxt "a/t"\nmsgid "x"\nmsgstr "first"\nmsgctxt "a/t"\nmsgid "x2"\nmsgstr "second"\n',
    HEADER + 'msgctxt "a/t"\nmsgid "say \\"hi\\"\\n\\t\\\\"\nmsgstr "si \\"hei\\"\\n\\a\\q"\n',
    HEADER + '#~ msgctxt "a/old"\n#~ msgid "old"\n#~ msgstr "gammel"\n\nmsgctxt "a/t"\nmsgid "x"\nmsgstr "y"\n',
    HEADER + '#~ msgctxt "a/t"\nmsgid "x"\nmsgstr "y"\n',
    HEADER + 'msgctxt "a/t"\nmsgid "x"\nmsgid_plural "xs"\nmsgstr[0] "y"\nmsgstr[1] "ys"\n',
    HEADER + 'msgctxt "a/t"\nmsgid "x"\n\nmsgctxt "a/u"\nmsgid "y"\nmsgstr "z"\n',
    HEADER + 'msgctxt "a/t"\n# between\nmsgid "x"\nmsgstr "y"\n',
    HEADER + 'msgctxt "a/t"\n"more context"\nmsgid "x"\nmsgstr "y"\nmsgstr "again"\n',
    HEADER + '"stray"\nmsgctxt "a/t"\nmsgid "x"\nmsgstr "y"\n',
    HEADER + 'msgctxt "a/t"\nmsgid  "two spaces"\nmsgstr  ""\n',
    HEADER + 'msgctxt "a/t"\nmsgid\t"tab"\nmsgstr "y"\n',
    HEADER + "#-#-#-#-# conflict\n",
    HEADER + '#: \u2068a file.yaml:3\nmsgctxt "a/t"\nmsgid "x"\nmsgstr "y"\n',
    HEADER.replace("utf-8", "ISO-8859-1") + 'msgctxt "a/t"\nmsgid "x"\nmsgstr "\u00e6"\n',
    HEADER.replace("utf-8", "UTF8") + 'msgctxt "a/t"\nmsgid "x"\nmsgstr "\u00e6"\n',
    HEADER.replace("nplurals=2", "nplurals=x") + 'msgctxt "a/t"\nmsgid "x"\nmsgstr "y"\n',
    HEADER.replace("\n", "\r\n") + 'msgctxt "a/t"\r\nmsgid "x"\r\nmsgstr "y"\r\n',
    "\ufeff" + HEADER + 'msgctxt "a/t"\nmsgid "x"\nmsgstr "y"\n',
    'msgctxt "a/t"\nmsgid "x"\nmsgstr "y"\n',
    'msgctxt ""\nmsgid ""\nmsgstr "Content-Type: text/plain; charset=latin-1\\n"\n'
    'msgctxt "a/t"\nmsgid "x"\nmsgstr "y"\n',
    "",
    "# just a comment\n",
]


@pytest.mark.parametrize("text", PO_CASES)
def test_po_files_read_the_same_as_babel_reads_them(text: str) -> None:
    _assert_po_same(text.encode("utf-8"))


def test_a_po_file_that_is_not_utf8_is_left_to_babel() -> None:
    raw = (HEADER.replace("utf-8", "ISO-8859-1") + 'msgctxt "a/t"\nmsgid "x"\nmsgstr "\u00e6"\n').encode("latin-1")
    assert translations._usable_strings_fast(raw) is None
    assert _babel(raw) == {"a/t": ("x", "\u00e6")}


def test_a_written_catalog_is_read_the_fast_way(tmp_path: Path) -> None:
    catalog = Catalog(locale="nb")
    for index in range(50):
        catalog.add(f"text {index} " * (index % 7 + 1), f"tekst {index}", context=f"l/s{index}/text")
    catalog.add("fuzzy one", "uklar", context="l/f/text", flags=["fuzzy"])
    raw = translations.render(catalog).encode("utf-8")
    fast = translations._usable_strings_fast(raw)
    assert fast is not None and fast == _babel(raw) and len(fast) == 50


PO_LINES = st.sampled_from(
    [
        'msgctxt "a/t"', 'msgctxt "a/u"', 'msgid "x"', 'msgid "y"', 'msgid ""', 'msgstr "z"', 'msgstr ""',
        '"cont"', '"\\"q\\""', "#, fuzzy", "#. auto", "#: f.yaml:1", "# user", "#~ msgid \"o\"", '#~ msgstr "p"',
        '#~ "c"', "", "  ", 'msgid_plural "xs"', 'msgstr[0] "a"', "#| msgid \"prev\"", "bogus",
        '"Content-Type: text/plain; charset=utf-8\\n"',
    ]
)  # fmt: skip


@given(st.lists(PO_LINES, max_size=30))
def test_generated_po_files_read_the_same_as_babel_reads_them(lines: list[str]) -> None:
    _assert_po_same("\n".join(lines).encode("utf-8"))


# --- hostile catalogs: the careful path (Babel) reads what the fast path leaves to it -------------------------
def _header(line: str) -> str:
    return f'msgid ""\nmsgstr ""\n"{line}\\n"\n\n'


PLURAL_MESSAGE = 'msgctxt "a/t"\nmsgid "x"\nmsgid_plural "xs"\nmsgstr[0] "y"\n\nmsgctxt "a/u"\nmsgid "p"\nmsgstr "q"\n'
HOSTILE_PO = {
    "unknown charset": _header("Content-Type: text/plain; charset=no-such-codec") + 'msgid "x"\nmsgstr "y"\n',
    "codec that is not text": _header("Content-Type: text/plain; charset=rot13") + 'msgid "x"\nmsgstr "y"\n',
    "bytes codec": _header("Content-Type: text/plain; charset=hex") + 'msgid "x"\nmsgstr "y"\n',
}


@pytest.mark.parametrize("text", HOSTILE_PO.values(), ids=list(HOSTILE_PO))
def test_a_catalog_babel_cannot_decode_is_a_warning_not_a_crash(tmp_path: Path, text: str) -> None:
    from harbourlight.packs import helpline_translations

    pack_po = translations.catalog_file(tmp_path / "pack", "nb")
    helpline_po = helpline_translations.catalog_file(tmp_path / "helplines", "nb")
    for path in (pack_po, helpline_po):
        path.parent.mkdir(parents=True)
        path.write_text(text, "utf-8")
    assert translations._usable_strings_fast(text.encode("utf-8")) is None
    problems: list[Any] = []
    assert translations.load_translation(tmp_path / "pack", "nb", problems) is None
    assert helpline_translations.load_translation(tmp_path / "helplines", "nb", problems) is None
    assert [p.code for p in problems] == ["bad-po", "bad-po"]
    assert [p.code for p in helpline_translations.translation_problems(tmp_path / "helplines")] == ["bad-po"]


def test_a_catalog_declaring_millions_of_plural_forms_stays_small(tmp_path: Path) -> None:
    """Babel makes a list of nplurals texts for each plural message: a few bytes could ask for gigabytes."""
    import tracemalloc

    text = _header("Plural-Forms: nplurals=10000000; plural=n") + PLURAL_MESSAGE
    path = translations.catalog_file(tmp_path, "nb")
    path.parent.mkdir(parents=True)
    path.write_text(text, "utf-8")
    problems: list[Any] = []
    tracemalloc.start()
    try:
        translation = translations.load_translation(tmp_path, "nb", problems)
        _current, peak = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()
    assert translation is not None and dict(translation.strings) == {"a/u": ("p", "q")} and not problems
    assert peak < 8 * 1024 * 1024
