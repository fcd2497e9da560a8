"""Text fields are plain text with a tiny markup; links may only be https:, tel: or sms:, and no HTML.

The UI never renders pack text as rich text, so HTML would show as angle brackets; it is still refused so
that authors learn at once that it does nothing, and so packs stay usable by other readers.
"""

from __future__ import annotations

import re
from typing import Any

from harbourlight.packs.problems import Problem
from harbourlight.packs.safe_yaml import LoadedYaml, PathKey

ALLOWED_SCHEMES = ("https:", "tel:", "sms:")
_BRACKET_END = re.compile(r"[\]\n]")
_TARGET_END = re.compile(r"[)\s]")


def link_parts(text: str) -> list[tuple[str, str]]:
    """(text, target) of each [text](target) link, as a regex `\\[([^\\]\\n]*)\\]\\(([^)\\s]*)\\)` finds them, in time
    linear in the text (tests/packs/test_lint_terms_fast.py compares the two).

    That regex tries every '[' and scans from each to the next ']' or line end (and from each '](' to the next
    ')' or space): quadratic, hours for a hostile 2 MB of '['. Every '[' before the same ']' or line end
    succeeds or fails alike, as does every '](' whose target would end at a ')' or space already found missing,
    so each stretch of text is scanned once."""
    found: list[tuple[str, str]] = []
    position = 0
    failed_target_end = -1  # where the last target that did not end with ')' stopped
    while (start := text.find("[", position)) >= 0:
        close = _BRACKET_END.search(text, start + 1)
        if close is None:
            break
        bracket = close.start()
        position = bracket + 1
        if text[bracket] != "]" or text[bracket + 1 : bracket + 2] != "(" or bracket + 2 <= failed_target_end:
            continue
        end = _TARGET_END.search(text, bracket + 2)
        stop = end.start() if end is not None else len(text)
        if stop == len(text) or text[stop] != ")":
            failed_target_end = stop
            continue
        found.append((text[start + 1 : bracket], text[bracket + 2 : stop]))
        position = stop + 1
    return found


_TAG = re.compile(r"<\s*/?\s*[a-zA-Z][a-zA-Z0-9-]*(\s[^<>]*)?/?>|<!--")


def _strings(value: Any, path: PathKey) -> list[tuple[PathKey, str]]:
    found: list[tuple[PathKey, str]] = []
    stack: list[tuple[Any, PathKey]] = [(value, path)]
    while stack:
        item, where = stack.pop()
        if isinstance(item, str):
            found.append((where, item))
        elif isinstance(item, dict):
            stack.extend((v, (*where, str(k))) for k, v in item.items())
        elif isinstance(item, list):
            stack.extend((v, (*where, i)) for i, v in enumerate(item))
    return found


def text_problems(loaded: LoadedYaml, strings: list[tuple[PathKey, str]] | None = None) -> list[Problem]:
    """Links with other schemes and HTML tags anywhere in a file's text, located. `strings`: every text of the
    file with its path (lint.texts), when the caller has them already; any order."""
    problems: list[Problem] = []
    for path, text in _strings(loaded.data, ()) if strings is None else strings:
        if "[" not in text and "<" not in text:  # what both patterns need; most texts have neither
            continue
        for _label, target in link_parts(text):
            if not target.lower().startswith(ALLOWED_SCHEMES):
                problems.append(
                    loaded.problem(
                        path,
                        f"the link '{target}' is not allowed",
                        "links may only start with https:, tel: or sms:",
                        "bad-link",
                    )
                )
        if _TAG.search(text):
            problems.append(
                loaded.problem(
                    path, "HTML is not allowed in pack text", "write plain text; see 'Text' in the format guide", "html"
                )
            )
    return sorted(problems, key=lambda p: (p.line, p.column))
