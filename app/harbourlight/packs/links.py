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
_LINK = re.compile(r"\[([^\]\n]*)\]\(([^)\s]*)\)")
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
        for match in _LINK.finditer(text):
            target = match.group(2)
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
