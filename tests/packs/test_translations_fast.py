"""Translating a lesson in one walk gives what translate_lesson and lesson_texts give."""

from __future__ import annotations

import random
from typing import Any

import pytest

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
