"""How easy a lesson's child-facing text is to read: sentence length, long words, and a grade level.

Syllables come from pyphen's hyphenation dictionaries (offline, many languages). The Flesch–Kincaid grade is
only calibrated for English; for other languages only the language-neutral figures are given.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from harbourlight.core.models import Lesson
from harbourlight.core.step_texts import step_texts

SENTENCE_END = re.compile(r"[.!?…]+[\"'”’)]*(?:\s+|$)")
WORD = re.compile(r"[^\W\d_]+(?:['’][^\W\d_]+)*")


@dataclass(frozen=True)
class Readability:
    sentences: int
    words: int
    words_per_sentence: float
    long_word_share: float  # share of words with three or more syllables
    grade: float | None  # Flesch–Kincaid grade (English only)


def child_facing_text(lesson: Lesson) -> list[str]:
    """The text a child reads in the lesson (not the teacher or parent notes, not picture descriptions,
    not who says what), feedback included."""
    parts = [lesson.title, lesson.advisory]
    for step in lesson.steps:
        for t in step_texts(step):
            if t.kind == "screen":
                parts += [t.label, t.text]
            elif t.kind != "alt":
                parts.append(t.text)
    return [p for p in parts if p]


def _syllables(word: str, hyphenator: object | None) -> int:
    if hyphenator is None:
        return max(1, len(re.findall(r"[aeiouyæøåäöüéèàíóúâêîôû]+", word.lower())))
    return len(hyphenator.inserted(word).split("-"))  # type: ignore[attr-defined]


def measure(texts: list[str], language: str = "en") -> Readability:
    import pyphen  # only the stats command needs it

    lang = pyphen.language_fallback(language)
    hyphenator = pyphen.Pyphen(lang=lang) if lang else None
    sentences = 0
    words: list[str] = []
    for text in texts:
        sentences += max(1, len([s for s in SENTENCE_END.split(text.strip()) if s.strip()]))
        words += WORD.findall(text)
    if not words:
        return Readability(0, 0, 0.0, 0.0, None)
    syllables = [_syllables(w, hyphenator) for w in words]
    per_sentence = len(words) / max(1, sentences)
    grade = None
    if language.split("_")[0] == "en":
        grade = round(0.39 * per_sentence + 11.8 * (sum(syllables) / len(words)) - 15.59, 1)
    return Readability(
        sentences=sentences,
        words=len(words),
        words_per_sentence=round(per_sentence, 1),
        long_word_share=round(sum(s >= 3 for s in syllables) / len(words), 3),
        grade=grade,
    )


def lesson_readability(lesson: Lesson, language: str = "en") -> Readability:
    return measure(child_facing_text(lesson), language)
