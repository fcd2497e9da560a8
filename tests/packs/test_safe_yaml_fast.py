"""The one-walk fast reader gives exactly what the careful reader gives: the same data, positions and errors."""

from __future__ import annotations

import dataclasses
from pathlib import Path

import pytest
import yaml
from hypothesis import given
from hypothesis import strategies as st

from harbourlight.packs import safe_yaml
from harbourlight.packs.safe_yaml import LoadedYaml, YamlError
from repo_paths import CONTENT, REPO

FILES = [*sorted(CONTENT.rglob("*.yaml")), REPO / "app" / "harbourlight" / "packs" / "default_terms.yaml"]

EDGE_CASES = [
    "",
    "# only a comment\n",
    "just text",
    "42",
    "- a\n- 1\n- 2.5\n- true\n- ~\n- 2026-11-23\n- 2026-11-23 10:00:00+01:00\n",
    "a: 1\nb: 0x1F\nc: 0o17\nd: 1_000\ne: .inf\nf: -.nan\ng: 1:20\n",
    "yes: 1\nno: 2\non: [a, b]\nOff: {c: d}\n",
    "1: a\n2.5: b\n~: c\n2026-01-01: d\ntrue: e\n",
    "1: a\n0x1: b\n",
    "True: a\ntrue: b\n",
    "a: 1\na: 2\n",
    "a:\n  b: 1\n  c: 2\n  b: 3\n",
    "a: &x [1, 2]\nb: *x\n",
    "a: &x text\nb: *x\n",
    "a: &x text\nb: other\n",
    "base: &b {x: 1}\nderived:\n  <<: *b\n  y: 2\n",
    "m:\n  <<: {x: 1}\n  y: 2\n",
    "s: !!set {a, b}\n",
    "o: !!omap [{a: 1}, {b: 2}]\n",
    "p: !!pairs [{a: 1}]\n",
    "b: !!binary aGVsbG8=\n",
    "t: !custom x\n",
    "d: !!timestamp 2026-02-30\n",
    "i: !!int abc\n",
    "f: !!float 1.5\ns: !!str 12\n",
    "? [a, b]\n: c\n",
    "? {a: b}\n: c\n",
    "x: 'quoted'\ny: \"double\"\nz: |\n  block\n  text\nw: >\n  folded\n",
    "a: [1, [2, [3, [4]]]]\nb: {c: {d: {e: f}}}\n",
    "- {a: 1, b: [x, y]}\n- [ {c: d} ]\n- []\n- {}\n",
    "a: 1\n---\nb: 2\n",
    "a: [1, 2\n",
    "a: b: c\n",
    "\ta: 1\n",
    "= : x\n",
    "'': empty key\n\"\": again\n",
    "".join("  " * i + "-\n" for i in range(45)),
    "[" * 39 + "]" * 39,
    "[" * 40 + "]" * 40,
    "[" * 41 + "]" * 41,
    "a:\n" + "".join(f"  k{i}: v\n" for i in range(30)),
]


def _outcome(text: str, fast: bool, lazy: bool = False) -> object:
    try:
        loaded = safe_yaml.load_text(text, "f.yaml", fast=fast, lazy_positions=lazy)
    except YamlError as exc:
        return ("error", exc.problem)
    assert isinstance(loaded, LoadedYaml)
    data = repr(loaded.data)  # before the positions are asked for: they must not depend on the data
    # repr: 1, 1.0 and True are equal in Python but not the same value to a schema; nan is not equal to itself.
    if lazy:
        assert loaded.key_positions is not None  # either table may be the first asked for
    return (data, loaded.positions, loaded.key_positions)


def _assert_same(text: str) -> None:
    careful = _outcome(text, fast=False)
    assert _outcome(text, fast=True) == careful, text
    assert _outcome(text, fast=True, lazy=True) == careful, text


@pytest.mark.parametrize("path", FILES, ids=[str(p.relative_to(REPO)) for p in FILES])
def test_real_files_read_the_same_both_ways(path: Path) -> None:
    _assert_same(path.read_text("utf-8"))


@pytest.mark.parametrize("text", EDGE_CASES)
def test_odd_files_read_the_same_both_ways(text: str) -> None:
    _assert_same(text)


def test_lazy_positions_are_found_once_for_all_copies() -> None:
    loaded = safe_yaml.load_text("a:\n  b: [x, {c: d}]\n", "f.yaml", lazy_positions=True)
    copy = dataclasses.replace(loaded, data={"a": {"b": ["y", {"c": "e"}]}})  # as a translation does
    assert copy.where(("a", "b", 1, "c")) == (2, 14, "d", True)
    assert loaded._unread_tree == [] and loaded.positions is copy.positions
    assert loaded.where_key(("a", "b")) == (2, 3, "b", True)


def test_the_node_limit_is_the_same_both_ways(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(safe_yaml, "MAX_NODES", 20)
    for size in (5, 6, 7, 8, 9, 10, 11):
        _assert_same("\n".join(f"k{i}: v" for i in range(size)))
        _assert_same("[" + ", ".join(str(i) for i in range(size * 2 + 5)) + "]")


YAMLISH = st.text(alphabet=st.sampled_from(list("ab:- \n'\"[]{},&*!#?|>~01.2eyY<=")), max_size=80)


@given(YAMLISH)
def test_generated_files_read_the_same_both_ways(text: str) -> None:
    _assert_same(text)


PYYAML_LOADER = getattr(yaml, "CSafeLoader", yaml.SafeLoader)
SCALARS = [
    "", "~", "null", "Null", "NULL", "true", "True", "yes", "No", "on", "OFF", "y", "n", "0", "-1", "+7", "0x1F",
    "0o17", "017", "0b101", "1_000", "1:30", "1.5", "-.5e3", ".inf", "-.Inf", ".nan", "1e5", "2026-11-23",
    "2026-11-23T10:00:00Z", "2026-1-2 3:04:05.6 +01:00", "<<", "=", "text", "12 apples", "+47 116 111", "-", ".",
]  # fmt: skip


def test_tags_are_resolved_as_pyyaml_resolves_them() -> None:
    quick = safe_yaml.SafeLoader("")
    base = yaml.SafeLoader("")
    for value in SCALARS:
        for implicit in ((True, False), (False, True), (False, False), (True, True)):
            assert quick.resolve(yaml.ScalarNode, value, implicit) == base.resolve(yaml.ScalarNode, value, implicit)
    for kind in (yaml.SequenceNode, yaml.MappingNode):
        assert quick.resolve(kind, None, (True, False)) == base.resolve(kind, None, (True, False))
    quick.dispose()


@pytest.mark.parametrize("path", FILES, ids=[str(p.relative_to(REPO)) for p in FILES])
def test_real_files_give_what_pyyaml_gives(path: Path) -> None:
    text = path.read_text("utf-8")
    assert repr(safe_yaml.load_text(text, "f.yaml").data) == repr(yaml.load(text, Loader=PYYAML_LOADER))


@given(YAMLISH)
def test_generated_files_give_what_pyyaml_gives(text: str) -> None:
    try:
        expected = repr(yaml.load(text, Loader=PYYAML_LOADER))
    except Exception:
        return  # refused (or an alias, or a duplicate key): the other tests cover refusals
    try:
        loaded = safe_yaml.load_text(text, "f.yaml")
    except YamlError:
        return
    assert repr(loaded.data) == expected


# --- integers a hostile file can write: Python refuses to print one of more than 4,300 digits (so jsonschema's
# messages and every str() of it would raise), and a long 1:00:00:… takes time quadratic in its length.
HUGE_INTS = [
    "a: 0x" + "F" * 5000 + "\n",
    "a: 0b" + "1" * 20000 + "\n",
    "a: 0" + "7" * 6000 + "\n",
    "a: 1" + ":00" * 3000 + "\n",
    "a: !!int " + "9" * 5000 + "\n",
    "- " + "1_" * 3000 + "1\n",
    "0x" + "F" * 5000 + ": key\n",
]


@pytest.mark.parametrize("text", HUGE_INTS, ids=range(len(HUGE_INTS)))
def test_an_integer_too_long_to_print_is_a_located_error_both_ways(text: str) -> None:
    _assert_same(text)
    with pytest.raises(YamlError) as caught:
        safe_yaml.load_text(text, "f.yaml")
    assert (caught.value.problem.line, caught.value.problem.code) == (1, "yaml-syntax")


@given(
    st.sampled_from(["", "-", "+"]),
    st.sampled_from(["0x", "0b", "0o", "0", "", "1:"]),
    st.integers(min_value=1, max_value=6000),
    st.sampled_from(["1", "7", "F", "_", "59", ":00"]),
)
def test_an_integer_of_any_length_reads_as_one_that_prints_or_not_at_all(
    sign: str, prefix: str, count: int, digit: str
) -> None:
    text = f"a: {sign}{prefix}1{digit * count}\n"
    _assert_same(text)
    try:
        value = safe_yaml.load_text(text, "f.yaml").data["a"]
    except YamlError:
        return
    str(value)  # what jsonschema's messages and the hints do
