"""The validator: the default pack is clean, and broken packs give located, actionable errors."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from harbourlight.core.vocabulary import AGE_BANDS
from harbourlight.packs.pack_loader import load_pack
from repo_paths import DEFAULT_PACK

TODAY = dt.date(2026, 11, 23)
MINIMAL_LESSON = """\
id: tiny
band: "11-13"
topics: [grooming]
title: Tiny lesson
duration_minutes: 5
advisory: A short test lesson.
learning_goals: [Know where help is.]
steps:
  - id: start
    kind: story
    panels:
      - text: Sam gets a message.
  - id: pick
    kind: choice
    prompt: What could Sam do?
    options:
      - {text: Tell a trusted adult, feedback: Good idea., next: help}
      - {text: Keep it secret, feedback: Many people feel that way., next: help}
  - id: help
    kind: help
    topics: [grooming]
facilitator: {preparation: Read it first., ground_rules: [Be kind.], discussion: [What helps?], disclosure: Stay calm.}
parents: {taught: Where help is., conversation_starters: [What would you do?], signs: [Secrecy.], what_to_do: Listen.}
"""


def write_lesson(pack: Path, text: str, name: str = "tiny") -> Path:
    path = pack / "lessons" / f"{name}.yaml"
    path.write_text(text, encoding="utf-8")
    return path


def codes(result) -> list[str]:  # type: ignore[no-untyped-def]
    return [p.code for p in result.errors]


def test_default_pack_is_valid_and_covers_every_band() -> None:
    result = load_pack(DEFAULT_PACK, TODAY)
    assert result.errors == [], [p.format() for p in result.errors]
    assert result.pack is not None
    assert result.pack.id == "harbourlight-default"
    lessons = result.pack.lessons
    assert len(lessons) >= 1
    assert {lesson.band for lesson in lessons} <= set(AGE_BANDS)
    assert result.pack.lesson("b1113-new-friend-secrets") is not None


def test_a_minimal_lesson_loads_into_models(pack_copy: Path) -> None:
    write_lesson(pack_copy, MINIMAL_LESSON)
    result = load_pack(pack_copy, TODAY)
    assert result.errors == []
    lesson = result.pack.lesson("tiny")  # type: ignore[union-attr]
    assert [s.kind for s in lesson.steps] == ["story", "choice", "help"]
    assert lesson.steps[1].options[0].next == "help"  # type: ignore[attr-defined]


def test_missing_step_is_reported_with_file_line_and_column(pack_copy: Path) -> None:
    write_lesson(pack_copy, MINIMAL_LESSON.replace("next: help}", "next: hlep}", 1))
    result = load_pack(pack_copy, TODAY)
    [problem] = [p for p in result.errors if p.file == "lessons/tiny.yaml"]
    assert problem.code == "missing-step"
    assert problem.line == 17 and problem.column > 1
    assert "points to missing step 'hlep'" in problem.message
    assert "did you mean 'help'" in problem.hint
    assert result.pack is not None and result.pack.lesson("tiny") is None  # the bad lesson is left out
    assert len(result.pack.lessons) >= 1  # the good ones still load


def test_unknown_key_suggests_the_right_one(pack_copy: Path) -> None:
    write_lesson(pack_copy, MINIMAL_LESSON.replace("duration_minutes", "duraton_minutes"))
    problems = [p for p in load_pack(pack_copy, TODAY).errors if p.file == "lessons/tiny.yaml"]
    unknown = next(p for p in problems if p.code == "unknown-key")
    assert (unknown.line, unknown.column) == (5, 1)
    assert "did you mean 'duration_minutes'" in unknown.hint
    assert any(p.code == "missing-field" and "duration_minutes" in p.message for p in problems)


def test_unknown_band_and_topic_are_errors_with_suggestions(pack_copy: Path) -> None:
    text = MINIMAL_LESSON.replace('band: "11-13"', 'band: "11-14"').replace(
        "topics: [grooming]\ntitle", "topics: [groming]\ntitle"
    )
    write_lesson(pack_copy, text)
    problems = [p for p in load_pack(pack_copy, TODAY).errors if p.file == "lessons/tiny.yaml"]
    messages = {p.message: p.hint for p in problems}
    assert "did you mean '11-13'?" in messages["'11-14' is not a known value for 'band'"]
    assert "did you mean 'grooming'?" in messages["'groming' is not a known value for 'topics'"]


def test_unreachable_step_and_endless_loop_are_found(pack_copy: Path) -> None:
    text = MINIMAL_LESSON.replace(
        "  - id: help\n    kind: help", "  - id: lost\n    kind: summary\n    points: [x]\n  - id: help\n    kind: help"
    )
    text = text.replace("next: help}", "next: pick}")  # both options loop back: no way out
    write_lesson(pack_copy, text)
    found = {p.code for p in load_pack(pack_copy, TODAY).errors if p.file == "lessons/tiny.yaml"}
    assert "no-end" in found
    assert "unreachable-step" in found


def test_wrong_types_explain_the_norway_problem(pack_copy: Path) -> None:
    manifest = (pack_copy / "pack.yaml").read_text(encoding="utf-8").replace("countries: []", "countries: [NO]")
    (pack_copy / "pack.yaml").write_text(manifest, encoding="utf-8")
    result = load_pack(pack_copy, TODAY)
    [problem] = result.errors
    assert problem.file == "pack.yaml" and problem.code == "wrong-type"
    assert 'write "NO" in quotes' in problem.hint
    assert result.pack is None


def test_yaml_syntax_error_is_located(pack_copy: Path) -> None:
    write_lesson(pack_copy, "id: tiny\nsteps: [\n  - oops: [\n")
    [problem] = [p for p in load_pack(pack_copy, TODAY).errors if p.file == "lessons/tiny.yaml"]
    assert problem.code == "yaml-syntax" and problem.line >= 2


def test_aliases_and_duplicate_keys_are_refused(pack_copy: Path) -> None:
    bomb = "a: &a [x, x, x]\nb: &b [*a, *a, *a]\nc: [*b, *b, *b]\n"
    write_lesson(pack_copy, bomb, "bomb")
    write_lesson(pack_copy, MINIMAL_LESSON + "title: Again\n", "tiny")
    by_file = {p.file: p for p in load_pack(pack_copy, TODAY).errors}
    assert by_file["lessons/bomb.yaml"].code == "yaml-alias"
    assert by_file["lessons/tiny.yaml"].code == "duplicate-key"
    assert "first on line 4" in by_file["lessons/tiny.yaml"].message


def test_lesson_id_must_match_file_name(pack_copy: Path) -> None:
    write_lesson(pack_copy, MINIMAL_LESSON, "other-name")
    [problem] = [p for p in load_pack(pack_copy, TODAY).errors if p.file == "lessons/other-name.yaml"]
    assert problem.code == "id-mismatch" and "rename the file" in problem.hint


def test_newer_schema_version_is_refused_with_the_app_version_needed(pack_copy: Path) -> None:
    manifest = (pack_copy / "pack.yaml").read_text(encoding="utf-8")
    manifest = manifest.replace("schema_version: 1", "schema_version: 9").replace(
        "min_app_version: 0.1.0", "min_app_version: 4.2.0"
    )
    (pack_copy / "pack.yaml").write_text(manifest, encoding="utf-8")
    [problem] = load_pack(pack_copy, TODAY).errors
    assert problem.code == "schema-too-new" and "4.2.0" in problem.hint


def test_overdue_review_is_a_warning_not_an_error(pack_copy: Path) -> None:
    result = load_pack(pack_copy, dt.date(2031, 1, 1))
    assert result.errors == []
    assert [p.code for p in result.warnings] == ["review-overdue"]


def test_missing_manifest(tmp_path: Path) -> None:
    result = load_pack(tmp_path, TODAY)
    assert codes(result) == ["no-manifest"] and result.pack is None
