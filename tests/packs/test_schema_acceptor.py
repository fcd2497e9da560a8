"""The compiled schema acceptor says "valid" exactly when jsonschema finds no errors.

The loader trusts the acceptor to skip jsonschema for valid files (schema_check.py), so an acceptor that let
through something jsonschema refuses would silently lose an error message. Real files, damaged thousands of
ways, must get the same verdict from both.
"""

from __future__ import annotations

import copy
import datetime as dt
import random
from pathlib import Path
from typing import Any

import pytest

from harbourlight.packs import schema_check
from harbourlight.packs.safe_yaml import load_file
from repo_paths import CONTENT, DEFAULT_PACK

ODD_VALUES: list[Any] = [
    None, 0, 1, -1, 3.0, 2.5, 61, 1899, 2101, True, False, "", " ", "x", "yes", "Bad Id", "ok-id", "5-7", "story",
    "help", "https://example.org/a", "http://example.org", "2026-13-01", "NO", "no", "+47 116 111", "global",
    dt.date(2026, 1, 1), dt.datetime(2026, 1, 1, 12, 0), [], [""], ["x"], [1], {}, {"a": 1}, {1: "x"}, {"id": "a"},
    float("nan"), float("inf"),
]  # fmt: skip
KINDS = ["story", "choice", "quiz", "sort", "reflect", "rehearse", "help", "summary", "nope"]


def _containers(data: Any, path: tuple[Any, ...] = ()) -> list[tuple[tuple[Any, ...], Any]]:
    found = [(path, data)] if isinstance(data, (dict, list)) else []
    if isinstance(data, dict):
        for key, value in data.items():
            found += _containers(value, (*path, key))
    elif isinstance(data, list):
        for index, value in enumerate(data):
            found += _containers(value, (*path, index))
    return found


def _mutate(data: Any, rng: random.Random) -> Any:
    data = copy.deepcopy(data)
    for _ in range(rng.choice((1, 1, 2, 3))):
        containers = _containers(data)
        _path, target = rng.choice(containers)
        action = rng.random()
        if isinstance(target, dict):
            keys = list(target)
            if action < 0.25 and keys:
                del target[rng.choice(keys)]
            elif action < 0.35:
                key = rng.choice(["extra", "title", "kind", "alt", "picture", "next", "id", 7])
                target[key] = rng.choice(ODD_VALUES)
            elif action < 0.5 and "kind" in target:
                target["kind"] = rng.choice(KINDS)
            elif keys:
                target[rng.choice(keys)] = copy.deepcopy(rng.choice(ODD_VALUES))
        elif target:
            if action < 0.3:
                del target[rng.randrange(len(target))]
            elif action < 0.4:
                target.append(copy.deepcopy(rng.choice(target)))
            else:
                target[rng.randrange(len(target))] = copy.deepcopy(rng.choice(ODD_VALUES))
        else:
            target.append(copy.deepcopy(rng.choice(ODD_VALUES)))
    return data


def _jsonschema_valid(name: str, data: Any) -> bool:
    return not any(True for _ in schema_check._validator(name).iter_errors(schema_check.json_compatible(data)))


SEEDS = [
    ("lesson", sorted((DEFAULT_PACK / "lessons").glob("*.yaml"))),
    ("pack", [DEFAULT_PACK / "pack.yaml"]),
    ("helplines", [p for p in sorted((CONTENT / "helplines").glob("*.yaml")) if p.name != "short-codes.yaml"]),
]


@pytest.mark.parametrize(("name", "paths"), SEEDS, ids=[name for name, _paths in SEEDS])
def test_the_acceptor_agrees_with_jsonschema(name: str, paths: list[Path]) -> None:
    accept = schema_check._acceptor(name)
    assert accept is not None, f"the {name} schema uses a keyword the acceptor does not know"
    rng = random.Random(f"acceptor-{name}")
    seeds = [load_file(path).data for path in paths]
    for data in seeds:
        assert accept(data) and _jsonschema_valid(name, data)
    verdicts = {True: 0, False: 0}
    for _ in range(500):
        data = _mutate(rng.choice(seeds), rng)
        valid = _jsonschema_valid(name, data)
        try:
            accepted = accept(data)
        except schema_check._Undecided:  # a key that is not text: jsonschema decides
            assert not schema_check._accepts(name, data)
            continue
        assert accepted == valid, f"acceptor and jsonschema disagree on {data!r}"
        verdicts[valid] += 1
    assert verdicts[True] > 20 and verdicts[False] > 100  # the mutations exercise both answers


def test_a_schema_with_an_unknown_keyword_gets_no_acceptor() -> None:
    with pytest.raises(schema_check._Unsupported):
        schema_check._compile_acceptor({"type": "object", "propertyNames": {"pattern": "^a"}})
    assert schema_check._compile_acceptor({"type": "string", "format": "date", "title": "t"})("x")


def test_the_kind_dispatch_agrees_with_if_then_on_odd_instances() -> None:
    from jsonschema import Draft202012Validator

    def branch(value: str, then: dict[str, Any]) -> dict[str, Any]:
        return {"if": {"properties": {"kind": {"const": value}}, "required": ["kind"]}, "then": then}

    schema = {
        "allOf": [
            branch("a", {"required": ["x"]}),
            branch("b", {"properties": {"x": {"type": "integer"}}}),
            branch("a", {"properties": {"x": {"type": "string"}}}),
        ]
    }
    accept = schema_check._compile_acceptor(schema)
    validator = Draft202012Validator(schema)
    instances: list[Any] = [
        {}, {"kind": "a"}, {"kind": "a", "x": "s"}, {"kind": "a", "x": 1}, {"kind": "b", "x": 1},
        {"kind": "b", "x": "s"}, {"kind": "c"}, {"kind": 1, "x": []}, {"kind": None}, "a", 3, [], None,
        {"kind": dt.date(2026, 1, 1)},
    ]  # fmt: skip
    for instance in instances:
        assert accept(instance) == validator.is_valid(schema_check.json_compatible(instance)), instance
    with pytest.raises(schema_check._Undecided):
        accept({1: "x", "kind": "a"})
