"""The content lint applies the content guide to any pack: terms, help at the end, sourced statistics."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from test_pack_validation import MINIMAL_LESSON, TODAY, write_lesson

from harbourlight.packs.pack_loader import load_pack


def lesson_problems(pack: Path, text: str, today: dt.date = TODAY) -> list:  # type: ignore[type-arg]
    write_lesson(pack, text)
    return [p for p in load_pack(pack, today).problems if p.file == "lessons/tiny.yaml"]


def test_the_default_pack_has_no_lint_warnings() -> None:
    # By path, not `from repo_paths import …`: at run time "conftest" may be tests/ui/conftest.py.
    default_pack = Path(__file__).resolve().parents[2] / "content" / "packs" / "default"
    result = load_pack(default_pack, TODAY)
    assert [p.format() for p in result.problems] == []


def test_forbidden_terms_are_errors_with_the_right_word(pack_copy: Path) -> None:
    text = MINIMAL_LESSON.replace("Sam gets a message.", "Sam sees child pornography and revenge porn.")
    problems = lesson_problems(pack_copy, text)
    messages = {p.message: p for p in problems}
    assert messages["'child pornography' in child-facing text"].severity == "error"
    assert "child sexual abuse material (CSAM)" in messages["'child pornography' in child-facing text"].hint
    assert messages["'revenge porn' in child-facing text"].line == 12


def test_child_facing_only_terms_are_allowed_in_teacher_notes(pack_copy: Path) -> None:
    text = MINIMAL_LESSON.replace("preparation: Read it first.", "preparation: Avoid the word self-generated.")
    assert [p for p in lesson_problems(pack_copy, text) if p.code == "discouraged-term"] == []
    text = MINIMAL_LESSON.replace("Sam gets a message.", "Sam's self-generated picture.")
    [problem] = [p for p in lesson_problems(pack_copy, text) if p.code == "discouraged-term"]
    assert problem.severity == "warning" and "describe what happened" in problem.hint


def test_pack_terms_add_to_the_defaults(pack_copy: Path) -> None:
    manifest = pack_copy / "pack.yaml"
    manifest.write_text(
        manifest.read_text(encoding="utf-8")
        + "terms:\n  en:\n    - {term: naughty pictures, severity: error, suggestion: say 'nude pictures'}\n",
        encoding="utf-8",
    )
    text = MINIMAL_LESSON.replace("Sam gets a message.", "Sam is asked for naughty pictures.")
    [problem] = [p for p in lesson_problems(pack_copy, text) if p.code == "discouraged-term"]
    assert problem.is_error and "nude pictures" in problem.hint


def test_a_lesson_that_can_end_without_help_is_an_error(pack_copy: Path) -> None:
    text = MINIMAL_LESSON.replace("next: help}", "next: start}", 1).replace(
        "  - id: help\n    kind: help\n    topics: [grooming]",
        "  - id: help\n    kind: story\n    panels: [{text: Bye.}]",
    )
    problems = lesson_problems(pack_copy, text)
    assert any(p.code == "no-help-at-end" and p.is_error for p in problems)


def test_statistics_belong_in_notes_with_a_year(pack_copy: Path) -> None:
    text = MINIMAL_LESSON.replace("Sam gets a message.", "72% of children get messages.")
    text = text.replace("preparation: Read it first.", "preparation: About 1 in 5 children are asked for pictures.")
    codes = {p.code for p in lesson_problems(pack_copy, text)}
    assert {"statistic-in-child-text", "statistic-without-source"} <= codes
    fixed = MINIMAL_LESSON.replace(
        "preparation: Read it first.", "preparation: About 1 in 5 children were asked (WeProtect, 2021)."
    )
    assert not [p for p in lesson_problems(pack_copy, fixed) if p.code.startswith("statistic")]


def test_review_dates_and_empty_bands_are_warnings(pack_copy: Path) -> None:
    for path in (pack_copy / "lessons").glob("b57-*.yaml"):
        path.unlink()
    text = MINIMAL_LESSON + "review_by: 2026-01-01\n"
    problems = lesson_problems(pack_copy, text)
    assert any(p.code == "review-overdue" and not p.is_error for p in problems)
    result = load_pack(pack_copy, TODAY)
    assert any(p.code == "empty-band" and "'5-7'" in p.message for p in result.warnings)
