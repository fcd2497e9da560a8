"""The discouraged-terms lint finds the same problems with its one combined pattern as term by term."""

from __future__ import annotations

import re
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
import yaml
from hypothesis import given
from hypothesis import strategies as st

from harbourlight.packs import links, lint
from harbourlight.packs.problems import Problem
from harbourlight.packs.safe_yaml import LoadedYaml, load_file, load_text
from repo_paths import DEFAULT_PACK


def _texts_recursively(data: Any, path: tuple[str | int, ...] = ()) -> Iterator[tuple[tuple[str | int, ...], str]]:
    """lint.texts as it was first written."""
    if isinstance(data, dict):
        for key, value in data.items():
            yield from _texts_recursively(value, (*path, str(key)))
    elif isinstance(data, list):
        for index, value in enumerate(data):
            yield from _texts_recursively(value, (*path, index))
    elif isinstance(data, str):
        yield path, data


def _one_term_at_a_time(loaded: LoadedYaml, terms: tuple[lint.Term, ...]) -> list[Problem]:
    """The lint as it was written first: a pattern per term per text."""
    found = []
    for path, text in _texts_recursively(loaded.data):
        if path and path[-1] in ("id", "next", "kind", "band", "source", "url", "route", "group"):
            continue
        for term in terms:
            if term.child_facing_only and lint._is_adult(path):
                continue
            if re.search(rf"(?<!\w){re.escape(term.term.lower())}(?!\w)", text.lower()):
                where = "teacher/parent notes" if lint._is_adult(path) else "child-facing text"
                found.append(
                    loaded.problem(
                        path, f"'{term.term}' in {where}", term.suggestion, "discouraged-term", term.severity
                    )
                )
    return found


def _all_terms() -> tuple[lint.Term, ...]:
    return tuple(term for language in sorted(lint.default_terms()) for term in lint.terms_for(None, language))


def test_every_term_in_every_setting_is_found_as_before() -> None:
    terms = _all_terms()
    lines = ["title: plain words, nothing to see", "facilitator:", "  preparation: notes", "steps:"]
    for index, term in enumerate(terms):
        word = term.term
        for variant in (word, word.upper(), f"x{word}", f"{word}s", f"({word})", f"{word}-ish", f"a {word}."):
            lines.append(f"  - id: s{index}")
            lines.append(f"    text: {variant!r}")
        lines.append(f"  - note: {f'teacher says {word}'!r}")
    loaded = load_text("\n".join(lines) + "\n", "terms.yaml")
    expected = _one_term_at_a_time(loaded, terms)
    assert expected  # the file really contains terms
    assert lint._term_problems(loaded, terms) == expected


def test_real_lessons_give_the_same_term_problems() -> None:
    terms = _all_terms()
    for path in sorted((DEFAULT_PACK / "lessons").glob("*.yaml")):
        loaded = load_file(path, Path(path).name)
        assert lint._term_problems(loaded, terms) == _one_term_at_a_time(loaded, terms)


def test_texts_come_in_file_order_and_links_read_them_the_same() -> None:
    odd = load_text("a: [x, {b: y, 3: z}, [w]]\nc: {d: [], e: v}\nf: 1\ng: '[l](http://x) <b>'\n", "odd.yaml")
    for loaded in [odd, *(load_file(path) for path in sorted((DEFAULT_PACK / "lessons").glob("*.yaml")))]:
        strings = lint.texts(loaded.data)
        assert strings == list(_texts_recursively(loaded.data))
        assert links.text_problems(loaded, strings) == links.text_problems(loaded)
    assert len(links.text_problems(odd)) == 2


def test_no_terms_finds_nothing() -> None:
    loaded = load_text("title: anything at all\n", "x.yaml")
    assert lint._term_problems(loaded, ()) == []


# --- patterns a hostile text could make slow: a long run of digits or of '[' took time quadratic in its length
# (a 20,000-digit quoted title took ~20 s in the statistic check, 2 MB of '[' hours in the link check).
STATISTIC_AS_WRITTEN = re.compile(
    r"\d[\d,.]*\s*(%|per ?cent|prosent|million|billion|milliarder|millioner)|\b\d+ in \d+\b", re.I
)
LINK_AS_WRITTEN = re.compile(r"\[([^\]\n]*)\]\(([^)\s]*)\)")


def _links_as_written(text: str) -> list[tuple[str, str]]:
    return [(m.group(1), m.group(2)) for m in LINK_AS_WRITTEN.finditer(text)]


@given(st.text(alphabet=st.sampled_from(list("12,. \n%pmilon9a\u0663\u00a0")), max_size=60))
def test_the_statistic_pattern_finds_what_it_found_as_written(text: str) -> None:
    assert bool(lint.STATISTIC.search(text)) == bool(STATISTIC_AS_WRITTEN.search(text)), text


@given(st.text(alphabet=st.sampled_from(list("[]()\n x:hts/\u2028\t")), max_size=60))
def test_the_links_found_are_those_the_pattern_found_as_written(text: str) -> None:
    assert links.link_parts(text) == _links_as_written(text), text


HOSTILE_TEXTS = ["1" * 200_000, "1," * 100_000, "[" * 200_000, "[](" * 70_000, "[a](b" * 40_000, "1 " * 100_000]


@pytest.mark.parametrize("text", HOSTILE_TEXTS, ids=range(len(HOSTILE_TEXTS)))
def test_a_long_run_of_digits_or_brackets_is_checked_in_one_pass(text: str) -> None:
    """Before, each of these took minutes to hours; in one pass they take milliseconds (no time is asserted:
    a regression shows as a test that does not finish)."""
    loaded = load_text(yaml.safe_dump({"title": text}, width=10**9), "f.yaml")
    assert lint._statistic_problems(loaded) == []
    assert links.text_problems(loaded) == []
