"""The pack loader and the helpline loader, fed damaged real files: what loads is sound, the rest is reported.

Allowed outcomes only: a pack (with the lessons that survived) and located problems for everything left out.
Any other exception, or a lesson silently dropped without a problem naming its file, fails.
"""

from __future__ import annotations

import datetime as dt
import shutil
import tempfile
from pathlib import Path

from fuzzing import FUZZ, HELPLINE_SEEDS, HELPLINES, LESSON_SEEDS, PACK, damaged_bytes, retyped_yaml
from hypothesis import given
from hypothesis import strategies as st

from harbourlight.core.models import ChoiceStep, Lesson
from harbourlight.core.walk import LessonWalk
from harbourlight.packs.helpline_check import check_folder
from harbourlight.packs.pack_loader import PackResult, load_pack
from harbourlight.packs.problems import Problem

TODAY = dt.date(2026, 11, 23)
MANIFEST = [PACK / "pack.yaml"]
SHORT_CODES = HELPLINES / "short-codes.yaml"


def assert_located(problem: Problem, allowed_files: set[str]) -> None:
    assert isinstance(problem, Problem)
    assert problem.file in allowed_files, problem.format()
    assert problem.line >= 0 and problem.column >= 0
    assert problem.message.strip() and "Traceback" not in problem.message


def small_pack(folder: Path, lesson: Path, lesson_bytes: bytes | None = None, manifest: bytes | None = None) -> Path:
    """The real manifest and one real lesson (either possibly replaced by damaged bytes)."""
    (folder / "lessons").mkdir(parents=True)
    (folder / "pack.yaml").write_bytes(manifest if manifest is not None else MANIFEST[0].read_bytes())
    (folder / "lessons" / lesson.name).write_bytes(lesson_bytes if lesson_bytes is not None else lesson.read_bytes())
    return folder


def check_outcome(result: PackResult, root: Path) -> None:
    lesson_files = {f"lessons/{p.name}" for p in (root / "lessons").glob("*.yaml")}
    for problem in result.problems:
        assert_located(problem, {"pack.yaml", "lessons", str(root), *lesson_files})
    if result.pack is None:
        assert result.errors, "no pack and no error saying why"
        return
    loaded = {lesson.source_file for lesson in result.pack.lessons}
    for missing in lesson_files - loaded:
        assert any(p.file == missing and p.is_error for p in result.problems), f"{missing} dropped silently"
    for lesson in result.pack.lessons:
        play_to_the_end(lesson)


def play_to_the_end(lesson: Lesson) -> None:
    """What loaded is playable: taking the first option everywhere reaches the last step."""
    walk = LessonWalk.start(lesson)
    for _ in range(len(lesson.steps)):
        if walk.is_last:
            return
        walk = walk.advance(0 if isinstance(walk.current, ChoiceStep) else None)
    raise AssertionError(f"{lesson.id} never ends")


@FUZZ
@given(st.sampled_from(LESSON_SEEDS), st.one_of(damaged_bytes(LESSON_SEEDS), retyped_yaml(LESSON_SEEDS)))
def test_a_damaged_lesson_is_left_out_and_reported(seed: Path, data: bytes) -> None:
    with tempfile.TemporaryDirectory() as tmp:
        root = small_pack(Path(tmp) / "pack", seed, lesson_bytes=data)
        check_outcome(load_pack(root, TODAY), root)


@FUZZ
@given(st.sampled_from(LESSON_SEEDS), st.one_of(damaged_bytes(MANIFEST), retyped_yaml(MANIFEST)))
def test_a_damaged_manifest_gives_no_pack_or_a_sound_one(seed: Path, data: bytes) -> None:
    with tempfile.TemporaryDirectory() as tmp:
        root = small_pack(Path(tmp) / "pack", seed, manifest=data)
        check_outcome(load_pack(root, TODAY), root)


def test_a_lesson_with_an_integer_too_long_to_print_is_left_out_and_reported() -> None:
    """Python will not print an int of more than 4,300 digits; jsonschema's messages (and our hints) print it."""
    seed = LESSON_SEEDS[0]
    text = seed.read_text("utf-8")
    for value in ("0x" + "F" * 5000, "1" + ":00" * 3000):
        hostile = "\n".join(f"title: {value}" if line.startswith("title:") else line for line in text.splitlines())
        with tempfile.TemporaryDirectory() as tmp:
            root = small_pack(Path(tmp) / "pack", seed, lesson_bytes=hostile.encode("utf-8"))
            result = load_pack(root, TODAY)
            check_outcome(result, root)
            assert any(p.file == f"lessons/{seed.name}" and p.is_error for p in result.problems)


def test_the_real_pack_still_loads_cleanly_so_the_fuzz_seeds_are_sound() -> None:
    result = load_pack(PACK, TODAY)
    assert result.pack is not None and not result.errors
    assert len(result.pack.lessons) == len(list((PACK / "lessons").glob("*.yaml")))


@FUZZ
@given(st.sampled_from(HELPLINE_SEEDS), st.one_of(damaged_bytes(HELPLINE_SEEDS), retyped_yaml(HELPLINE_SEEDS)))
def test_a_damaged_helpline_file_is_skipped_and_reported_and_the_others_load(seed: Path, data: bytes) -> None:
    """The whole `helplines check`: schema, ids, phone numbers, links, duplicates, staleness."""
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        others = [p for p in HELPLINE_SEEDS if p != seed]
        for path in [*others, SHORT_CODES]:
            shutil.copy(path, folder / path.name)
        (folder / seed.name).write_bytes(data)
        checked = check_folder(folder, TODAY)
        for problem in checked.problems:
            assert_located(problem, {p.name for p in HELPLINE_SEEDS})
        for path in others:  # one bad file never takes the others down
            assert path.stem in checked.result.countries
        if seed.stem not in checked.result.countries:
            assert any(p.file == seed.name and p.is_error for p in checked.problems), "file dropped silently"


@FUZZ
@given(st.one_of(damaged_bytes([SHORT_CODES]), retyped_yaml([SHORT_CODES])))
def test_a_damaged_short_code_list_is_reported_not_fatal(data: bytes) -> None:
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        for path in HELPLINE_SEEDS:
            shutil.copy(path, folder / path.name)
        (folder / SHORT_CODES.name).write_bytes(data)
        checked = check_folder(folder, TODAY)
        for problem in checked.problems:
            assert_located(problem, {p.name for p in [*HELPLINE_SEEDS, SHORT_CODES]})
        assert {p.stem for p in HELPLINE_SEEDS} <= set(checked.result.countries)
