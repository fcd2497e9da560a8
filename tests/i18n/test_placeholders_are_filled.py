"""A translated text with {placeholders} is filled where it is translated, so no child ever sees "{country}"."""

from __future__ import annotations

import ast
import re
from pathlib import Path

APP = Path(__file__).resolve().parents[2] / "app" / "harbourlight"
PLACEHOLDER = re.compile(r"(?<!\{)\{[a-z_][a-z0-9_]*\}(?!\})")
TRANSLATE = {"_", "ngettext", "pgettext"}


def _called_name(call: ast.Call) -> str:
    func = call.func
    return func.attr if isinstance(func, ast.Attribute) else func.id if isinstance(func, ast.Name) else ""


def unfilled(source: str, filename: str) -> list[str]:
    tree = ast.parse(source, filename)
    parents = {child: node for node in ast.walk(tree) for child in ast.iter_child_nodes(node)}
    found = []
    for node in ast.walk(tree):
        if not (isinstance(node, ast.Call) and _called_name(node) in TRANSLATE):
            continue
        texts = [a.value for a in node.args if isinstance(a, ast.Constant) and isinstance(a.value, str)]
        if not any(PLACEHOLDER.search(t) for t in texts):
            continue
        parent = parents.get(node)
        filled = isinstance(parent, ast.Attribute) and parent.attr in ("format", "format_map")
        if isinstance(parent, ast.Assign) and len(parent.targets) == 1 and isinstance(parent.targets[0], ast.Name):
            filled = f"{parent.targets[0].id}.format(" in source  # translated first, filled on a later line
        if not filled:
            found.append(f"{filename}:{node.lineno}: {texts[0][:60]!r} is translated but never .format()-ed")
    return found


def test_every_translated_text_with_placeholders_is_formatted() -> None:
    problems = []
    for path in sorted(APP.rglob("*.py")):
        problems += unfilled(path.read_text("utf-8"), str(path.relative_to(APP.parent.parent)))
    assert problems == []


def test_the_check_finds_a_forgotten_format() -> None:
    bad = 'note = tr._("Help in {country}")\n'
    good = 'note = tr._("Help in {country}").format(country=name)\n'
    plural = 'n = tr.ngettext("{n} lesson", "{n} lessons", count).format(n=count)\n'
    later = 'text = tr._("Help in {country}")\nshow(text.format(country=name))\n'
    assert unfilled(bad, "x.py") and not unfilled(good, "x.py") and not unfilled(plural, "x.py")
    assert not unfilled(later, "x.py")
