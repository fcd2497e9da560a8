"""Hypothesis strategies that break real content files in the ways files really break.

Byte-level damage (flips, truncation, stray bytes, BOMs, CRLF, NUL, invalid UTF-8, deep nesting, huge words)
and structural damage (a value somewhere in a real lesson replaced by a value of the wrong type). Seeds are
the real bundled files, so mutations stay close to what a reader has to cope with.
"""

from __future__ import annotations

import datetime as dt
import os
import string
from pathlib import Path
from typing import Any

import yaml
from hypothesis import HealthCheck, settings
from hypothesis import strategies as st

REPO = Path(__file__).resolve().parents[2]
CONTENT = REPO / "content"
PACK = CONTENT / "packs" / "default"
HELPLINES = CONTENT / "helplines"

# Modest by default so the suite stays fast on 2 cores; raise locally for a deeper search, e.g.
# HARBOURLIGHT_FUZZ_EXAMPLES=2000 .venv/bin/pytest tests/reliability
EXAMPLES = int(os.environ.get("HARBOURLIGHT_FUZZ_EXAMPLES", "60"))

# A generous per-input bound: real inputs take milliseconds, so this only trips on a runaway (a hang).
FUZZ = settings(
    max_examples=EXAMPLES,
    deadline=dt.timedelta(seconds=5),
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large, HealthCheck.large_base_example],
)

LESSON_SEEDS = sorted((PACK / "lessons").glob("*.yaml"))[::4]  # a spread across age bands and step kinds
HELPLINE_SEEDS = [HELPLINES / name for name in ("GB.yaml", "NO.yaml", "US.yaml", "global.yaml")]

NASTY_SNIPPETS = [
    b"\x00",
    b"\xef\xbb\xbf",  # a BOM in the middle
    b"\xff\xfe",  # a UTF-16 BOM
    b"\xc3",  # a cut multi-byte sequence
    b"\xed\xa0\x80",  # an encoded surrogate
    b"\x80\x81",
    b"\r\n",
    b"\r",
    b"\t",
    "\u202e".encode(),  # right-to-left override
    "\u200b\u200d\ufeff".encode(),
    b"&anchor ",
    b"*anchor",
    b"<<: *anchor\n",
    b"!!python/object/apply:os.system ['true']",
    b"!!binary aGk=",
    b"!!set {a, b}",
    b"!!timestamp 2026-99-99",
    b"? [a, b]\n: c\n",
    b"{",
    b"}",
    b"[",
    b"]",
    b": ",
    b"- ",
    b"'",
    b'"',
    b"|",
    b">-",
    b"#",
    b"%YAML 1.1\n---\n",
    b"\n---\n",
    b"\n...\n",
    b"no",
    b"2026-11-31",
    b"1e400",
    b".nan",
    b"0x_",
    b"~",
]


def _splice(data: bytes, at: int, insert: bytes, remove: int = 0) -> bytes:
    at = min(at, len(data))
    return data[:at] + insert + data[at + remove :]


@st.composite
def damaged_bytes(draw: st.DrawFn, seeds: list[Path] | list[bytes]) -> bytes:
    """A real file (or its bytes) with one to four kinds of damage applied."""
    seed = draw(st.sampled_from(seeds))
    data = seed.read_bytes() if isinstance(seed, Path) else seed
    for _ in range(draw(st.integers(1, 4))):
        kind = draw(
            st.sampled_from(
                ["flip", "truncate", "insert", "snippet", "delete", "bom", "crlf", "nest", "long", "duplicate"]
            )
        )
        at = draw(st.integers(0, max(len(data), 1)))
        if kind == "flip" and data:
            at = min(at, len(data) - 1)
            data = _splice(data, at, bytes([data[at] ^ draw(st.integers(1, 255))]), 1)
        elif kind == "truncate":
            data = data[:at]
        elif kind == "insert":
            data = _splice(data, at, draw(st.binary(min_size=1, max_size=16)))
        elif kind == "snippet":
            data = _splice(data, at, draw(st.sampled_from(NASTY_SNIPPETS)))
        elif kind == "delete":
            data = _splice(data, at, b"", draw(st.integers(1, 200)))
        elif kind == "bom":
            data = (
                draw(st.sampled_from([b"\xef\xbb\xbf", b"\xef\xbb\xbf\xef\xbb\xbf", b"\xff\xfe", b"\xfe\xff"])) + data
            )
        elif kind == "crlf":
            data = data.replace(b"\n", draw(st.sampled_from([b"\r\n", b"\r", b"\n\r"])))
        elif kind == "nest":
            depth = draw(st.integers(1, 300))
            opener = draw(st.sampled_from([b"[", b"{a: ", b"- "]))
            data = _splice(data, at, opener * depth)
        elif kind == "long":
            data = _splice(data, at, draw(st.sampled_from([b"x", b"\xc3\xa9", "\u202e".encode()])) * 50_000)
        elif kind == "duplicate":
            data = data[:at] + data[max(0, at - 300) :]
    return data


# --- structural damage: a real lesson with one value swapped for a value of the wrong type --------------

_scalars = st.one_of(
    st.none(),
    st.booleans(),
    st.integers(min_value=-(2**70), max_value=2**70),
    st.floats(allow_nan=True, allow_infinity=True),
    st.text(max_size=40),
    st.sampled_from(["no", "yes", "on", "", " ", "2026-02-30", "next", "help", "story", "ﷺ", "\u202e"]),
    st.dates(min_value=dt.date(1, 1, 1), max_value=dt.date(9999, 12, 31)),
)

values: st.SearchStrategy[Any] = st.recursive(
    _scalars,
    lambda inner: st.one_of(
        st.lists(inner, max_size=4),
        st.dictionaries(st.one_of(st.text(string.ascii_lowercase, max_size=8), st.integers(0, 9)), inner, max_size=4),
    ),
    max_leaves=12,
)


def _paths(node: Any, prefix: tuple[Any, ...] = ()) -> list[tuple[Any, ...]]:
    found = [prefix]
    if isinstance(node, dict):
        for key, child in node.items():
            found += _paths(child, (*prefix, key))
    elif isinstance(node, list):
        for index, child in enumerate(node):
            found += _paths(child, (*prefix, index))
    return found


def _replace(node: Any, path: tuple[Any, ...], new: Any) -> Any:
    if not path:
        return new
    head, rest = path[0], path[1:]
    if isinstance(node, dict):
        return {k: (_replace(v, rest, new) if k == head else v) for k, v in node.items()}
    return [(_replace(v, rest, new) if i == head else v) for i, v in enumerate(node)]


def _remove(node: Any, path: tuple[Any, ...]) -> Any:
    if len(path) == 1:
        if isinstance(node, dict):
            return {k: v for k, v in node.items() if k != path[0]}
        return [v for i, v in enumerate(node) if i != path[0]]
    head, rest = path[0], path[1:]
    if isinstance(node, dict):
        return {k: (_remove(v, rest) if k == head else v) for k, v in node.items()}
    return [(_remove(v, rest) if i == head else v) for i, v in enumerate(node)]


@st.composite
def retyped_yaml(draw: st.DrawFn, seeds: list[Path]) -> bytes:
    """A real file, parsed, with one to three values replaced or removed, written back as YAML."""
    data = yaml.safe_load(draw(st.sampled_from(seeds)).read_text("utf-8"))
    for _ in range(draw(st.integers(1, 3))):
        path = draw(st.sampled_from(_paths(data)))
        data = _remove(data, path) if path and draw(st.booleans()) else _replace(data, path, draw(values))
    return yaml.safe_dump(data, allow_unicode=True, sort_keys=False).encode("utf-8")
