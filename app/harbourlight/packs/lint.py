"""The content lint: rules from the content guide that any pack must follow, not only ours.

Errors stop a lesson from loading; warnings are for authors and reviewers and never reach children.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass, replace
from functools import cache, lru_cache
from importlib import resources
from typing import Any

import yaml

from harbourlight.core import graph
from harbourlight.core.models import ChoiceStep, Lesson, SummaryStep
from harbourlight.packs.problems import ERROR, WARNING, Problem, overdue_from
from harbourlight.packs.safe_yaml import LoadedYaml

ADULT_SECTIONS = ("facilitator", "parents")
# A number that reads like a statistic: 72%, 30 per cent, 29.3 million, 1 in 5. The first alternative starts
# only where a run of digits, commas and points starts (it matches there exactly when it matches anywhere in the
# run), so a long run is tried once instead of once per digit (that was quadratic: seconds for a long number).
STATISTIC = re.compile(
    r"(?<![\d,.])[,.]*\d[\d,.]*\s*(%|per ?cent|prosent|million|billion|milliarder|millioner)|\b\d+ in \d+\b", re.I
)
YEAR = re.compile(r"\b(19|20)\d{2}\b")
_DIGIT = re.compile(r"\d")  # both of STATISTIC's alternatives need one; most texts have none, found 4× faster
HELP_WORDS = ("help", "hjelp", "apu", "hjälp", "hilfe", "aide", "ayuda", "βοήθεια", "tulong", "допомог", "مساعدة")


@dataclass(frozen=True)
class Term:
    term: str
    severity: str
    suggestion: str = ""
    child_facing_only: bool = False


@cache
def default_terms() -> dict[str, tuple[Term, ...]]:
    text = resources.files("harbourlight.packs").joinpath("default_terms.yaml").read_text("utf-8")
    raw = yaml.safe_load(text)
    return {lang: tuple(Term(**item) for item in items) for lang, items in raw.items()}


def terms_for(pack_terms: dict[str, Any] | None, language: str) -> tuple[Term, ...]:
    """The default terms for a language, with the pack's own added (same term: the pack's wins)."""
    merged = {t.term.lower(): t for t in default_terms().get(language, ())}
    for item in (pack_terms or {}).get(language, ()):
        term = Term(
            term=item["term"],
            severity=item["severity"],
            suggestion=item.get("suggestion", ""),
            child_facing_only=bool(item.get("child_facing_only", False)),
        )
        merged[term.term.lower()] = term
    return tuple(merged.values())


def texts(data: Any) -> list[tuple[tuple[str | int, ...], str]]:
    """Every text value in a loaded file with its path, in file order."""
    found: list[tuple[tuple[str | int, ...], str]] = []
    stack: list[tuple[tuple[str | int, ...], Any]] = [((), data)]
    while stack:
        path, value = stack.pop()
        if isinstance(value, str):
            found.append((path, value))
        elif isinstance(value, dict):
            stack.extend([((*path, str(key)), child) for key, child in reversed(value.items())])
        elif isinstance(value, list):
            stack.extend([((*path, index), value[index]) for index in range(len(value) - 1, -1, -1)])
    return found


def _is_adult(path: tuple[str | int, ...]) -> bool:
    return bool(path) and path[0] in ADULT_SECTIONS


def _term_pattern(term: str) -> str:
    return rf"(?<!\w){re.escape(term.lower())}(?!\w)"


@lru_cache(maxsize=32)
def _term_patterns(terms: tuple[Term, ...]) -> tuple[re.Pattern[str], tuple[tuple[Term, re.Pattern[str]], ...]]:
    """One pattern matching any of the terms (most texts contain none), and each term's own, compiled once."""
    each = tuple((term, re.compile(_term_pattern(term.term))) for term in terms)
    if not terms:
        return re.compile("(?!)"), each
    # The same boundaries as each term's own pattern, around all of them: a text matches this exactly when it
    # matches at least one of them (the regex engine backtracks into the other alternatives).
    alternatives = "|".join(re.escape(term.term.lower()) for term in terms)
    return re.compile(rf"(?<!\w)(?:{alternatives})(?!\w)"), each


@lru_cache(maxsize=32)
def _term_words(terms: tuple[Term, ...]) -> tuple[str, ...] | None:
    """The terms as lowercase text, to look for in a whole file at once; None when one holds a line break
    (it could then match across two texts joined by one)."""
    words = tuple(term.term.lower() for term in terms)
    return None if any("\n" in word for word in words) else words


_NOT_PROSE = ("id", "next", "kind", "band", "source", "url", "route", "group")


def _term_problems(
    loaded: LoadedYaml, terms: tuple[Term, ...], all_texts: list[tuple[tuple[str | int, ...], str]] | None = None
) -> list[Problem]:
    candidates = [
        (path, text.lower())
        for path, text in (texts(loaded.data) if all_texts is None else all_texts)
        if not (path and path[-1] in _NOT_PROSE)
    ]
    words = _term_words(terms)
    if words is not None:
        # Most files hold none of the terms: one look through all their text (each term must appear as written
        # for its pattern to match) saves a pattern search per text.
        whole = "\n".join([lowered for _path, lowered in candidates])
        if not any(word in whole for word in words):
            return []
    found = []
    any_term, each_term = _term_patterns(terms)
    for path, lowered in candidates:
        if any_term.search(lowered) is None:
            continue
        for term, pattern in each_term:
            if term.child_facing_only and _is_adult(path):
                continue
            if pattern.search(lowered):
                where = "teacher/parent notes" if _is_adult(path) else "child-facing text"
                found.append(
                    loaded.problem(
                        path, f"'{term.term}' in {where}", term.suggestion, "discouraged-term", term.severity
                    )
                )
    return found


def _cites_a_source(data: Any, path: tuple[str | int, ...]) -> bool:
    """A note inside a facilitator source entry is covered by that entry's source (which carries a year)."""
    if len(path) < 4 or path[:2] != ("facilitator", "sources"):
        return False
    entry = data["facilitator"]["sources"][path[2]]
    return isinstance(entry, dict) and ("source" in entry or "year" in entry)


def _statistic_problems(
    loaded: LoadedYaml, all_texts: list[tuple[tuple[str | int, ...], str]] | None = None
) -> list[Problem]:
    found = []
    for path, text in texts(loaded.data) if all_texts is None else all_texts:
        if not _DIGIT.search(text) or not STATISTIC.search(text) or (path and path[-1] in ("duration_minutes",)):
            continue
        if not _is_adult(path):
            found.append(
                loaded.problem(
                    path,
                    "a statistic in child-facing text",
                    "put figures in the teacher or parent notes, with their source and year",
                    "statistic-in-child-text",
                    WARNING,
                )
            )
        elif not YEAR.search(text) and not _cites_a_source(loaded.data, path):
            found.append(
                loaded.problem(
                    path,
                    "a statistic without a year",
                    "say which source and which year it comes from",
                    "statistic-without-source",
                    WARNING,
                )
            )
    return found


def _ends_with_help(lesson: Lesson, loaded: LoadedYaml) -> list[Problem]:
    found = []
    index_of = {step.id: i for i, step in enumerate(lesson.steps)}
    for step in graph.ending_steps(lesson):
        if step.kind == "help":
            continue
        if isinstance(step, SummaryStep) and any(word in p.lower() for p in step.points for word in HELP_WORDS):
            continue
        found.append(
            loaded.problem(
                ("steps", index_of[step.id], "id"),
                f"the lesson can end at step '{step.id}' without pointing to help",
                "end every path with a help step, or a summary that points to Get help",
                "no-help-at-end",
                ERROR,
            )
        )
    return found


def lint_lesson(
    lesson: Lesson,
    loaded: LoadedYaml,
    terms: tuple[Term, ...],
    today: dt.date,
    all_texts: list[tuple[tuple[str | int, ...], str]] | None = None,
) -> list[Problem]:
    """`all_texts`: texts(loaded.data), when the caller has it already."""
    if all_texts is None:
        all_texts = texts(loaded.data)
    problems = _term_problems(loaded, terms, all_texts)
    problems += _statistic_problems(loaded, all_texts)
    problems += _ends_with_help(lesson, loaded)
    if not any(isinstance(step, ChoiceStep) for step in lesson.steps):
        problems.append(
            loaded.problem(
                ("steps",), "the lesson has no 'what would you do?' choice", "add a choice step", "no-choice", WARNING
            )
        )
    if lesson.review_by and lesson.review_by < today:
        overdue = loaded.problem(
            ("review_by",),
            f"the lesson was due for review on {lesson.review_by.isoformat()}",
            "review it and move review_by forward",
            "review-overdue",
            WARNING,
        )
        problems.append(replace(overdue, applies_from=overdue_from(lesson.review_by)))
    return problems


def band_coverage_problems(age_bands: tuple[str, ...], lessons: list[Lesson], manifest: LoadedYaml) -> list[Problem]:
    have = {lesson.band for lesson in lessons}
    return [
        manifest.problem(
            ("age_bands",), f"band '{band}' has no lessons", "add lessons or remove the band", "empty-band", WARNING
        )
        for band in age_bands
        if band not in have
    ]
