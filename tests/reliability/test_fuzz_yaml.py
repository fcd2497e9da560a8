"""The safe YAML reader, fed damaged and generated input: a value or a located YamlError, nothing else."""

from __future__ import annotations

from pathlib import Path

import pytest
from fuzzing import FUZZ, HELPLINE_SEEDS, LESSON_SEEDS, PACK, damaged_bytes
from hypothesis import given
from hypothesis import strategies as st

from harbourlight.packs import safe_yaml
from harbourlight.packs.problems import Problem
from harbourlight.packs.safe_yaml import LoadedYaml, YamlError

SEEDS = [*LESSON_SEEDS, PACK / "pack.yaml", *HELPLINE_SEEDS]


def assert_readable(problem: Problem, file: str) -> None:
    """A problem a person can act on: names the file, has a position or says the whole file, and a message."""
    assert problem.file == file
    assert problem.line >= 0 and problem.column >= 0
    assert problem.message.strip() and "Traceback" not in problem.message
    assert problem.format().startswith(file)


def read_or_problem(load, file: str) -> LoadedYaml | None:  # type: ignore[no-untyped-def]
    try:
        loaded = load()
    except YamlError as exc:
        assert_readable(exc.problem, file)
        return None
    assert isinstance(loaded, LoadedYaml)
    return loaded


@FUZZ
@given(st.text(max_size=400))
def test_any_text_gives_data_or_a_located_problem(text: str) -> None:
    loaded = read_or_problem(lambda: safe_yaml.load_text(text, "x.yaml"), "x.yaml")
    if loaded is not None:
        loaded.where(("a", 0, "b"))  # positions are always answerable


@FUZZ
@given(st.text(alphabet=st.characters(codec=None, exclude_categories=()), max_size=200))
def test_lone_surrogates_and_control_characters_are_refused_cleanly(text: str) -> None:
    read_or_problem(lambda: safe_yaml.load_text(text, "x.yaml"), "x.yaml")


@FUZZ
@given(damaged_bytes(SEEDS))
def test_damaged_real_files_give_data_or_a_located_problem(
    tmp_path_factory: pytest.TempPathFactory, data: bytes
) -> None:
    path = tmp_path_factory.mktemp("yaml") / "file.yaml"
    path.write_bytes(data)
    read_or_problem(lambda: safe_yaml.load_file(path, "file.yaml"), "file.yaml")


@FUZZ
@given(st.integers(safe_yaml.MAX_DEPTH + 1, 5_000), st.sampled_from(["[", "{a: ", "- "]))
def test_deep_nesting_is_refused_without_exhausting_the_stack(depth: int, opener: str) -> None:
    text = "".join("  " * i + "-\n" for i in range(depth)) if opener == "- " else opener * depth
    with pytest.raises(YamlError) as caught:
        safe_yaml.load_text(text, "deep.yaml")
    assert_readable(caught.value.problem, "deep.yaml")


def test_billion_laughs_is_refused_before_expanding() -> None:
    lines = ['a0: &a0 ["lol","lol","lol","lol","lol","lol","lol","lol","lol"]']
    lines += [f"a{i}: &a{i} [{', '.join([f'*a{i - 1}'] * 9)}]" for i in range(1, 10)]
    with pytest.raises(YamlError) as caught:
        safe_yaml.load_text("\n".join(lines), "laughs.yaml")
    assert caught.value.problem.code == "yaml-alias"


def test_a_file_over_the_size_cap_is_refused_before_reading(tmp_path: Path) -> None:
    path = tmp_path / "big.yaml"
    path.write_bytes(b"a: " + b"x" * (safe_yaml.MAX_FILE_BYTES + 1))
    with pytest.raises(YamlError) as caught:
        safe_yaml.load_file(path, "big.yaml")
    assert caught.value.problem.code == "file-too-large"


@pytest.mark.parametrize(
    ("raw", "code", "line"),
    [
        (b"a: 1\nb: \xff\n", "encoding", 2),
        (b"a: 1\nb: \x00\n", "yaml-syntax", 2),
        (b"a: 1\na: 2\n", "duplicate-key", 2),
        (b"a: !!python/object/apply:os.system ['true']\n", "yaml-syntax", 1),
        (b"a: [1, 2\n", "yaml-syntax", 2),
        (b"a: 1\nb: !!timestamp 2026-99-99x\n", "yaml-syntax", 2),  # PyYAML itself raises AttributeError here
    ],
)
def test_typical_breakages_point_at_the_right_line(tmp_path: Path, raw: bytes, code: str, line: int) -> None:
    path = tmp_path / "f.yaml"
    path.write_bytes(raw)
    with pytest.raises(YamlError) as caught:
        safe_yaml.load_file(path, "f.yaml")
    assert (caught.value.problem.code, caught.value.problem.line) == (code, line)


def test_bom_and_crlf_are_read_as_ordinary_text(tmp_path: Path) -> None:
    path = tmp_path / "f.yaml"
    path.write_bytes(b"\xef\xbb\xbfid: x\r\ntitle: T\r\n")
    loaded = safe_yaml.load_file(path, "f.yaml")
    assert loaded.data == {"id": "x", "title": "T"} and loaded.where(("title",)).line == 2
