"""docs/security.md maps every mitigation to tests; each test it names must exist, so the map stays true."""

from __future__ import annotations

import re
from pathlib import Path

REPO = Path(__file__).resolve().parents[2]
DOC = REPO / "docs" / "security.md"
REFERENCE = re.compile(r"`((?:tests/[\w/]+\.py)?)::(\w+)`")


def references() -> list[tuple[str, str]]:
    """(file, test) pairs; `::name` right after `file::other` in the same line means the same file."""
    found = []
    for line in DOC.read_text("utf-8").splitlines():
        current = ""
        for file, name in REFERENCE.findall(line):
            current = file or current
            assert current, f"'::{name}' has no file before it: {line[:80]}"
            found.append((current, name))
    return found


def test_every_test_named_in_the_threat_model_exists() -> None:
    refs = references()
    assert len(refs) > 40
    missing = [
        f"{file}::{name}"
        for file, name in refs
        if not (REPO / file).is_file() or f"def {name}(" not in (REPO / file).read_text("utf-8")
    ]
    assert missing == []


def test_every_reliability_test_file_is_in_the_threat_model() -> None:
    named = {file for file, _name in references()}
    ours = {
        f"tests/reliability/{p.name}"
        for p in (REPO / "tests" / "reliability").glob("test_*.py")
        if p.name != Path(__file__).name
    }
    ours |= {f"tests/ui/{name}" for name in ("test_no_network.py", "test_hostile_text.py", "test_corrupt_state.py")}
    assert ours - named == set()
