"""Accessibility rule for authors: every story picture needs alt text, and the error says where."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from harbourlight.packs.pack_loader import load_pack

TODAY = dt.date(2026, 11, 23)
LESSON = """\
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
        picture: media/phone.png{alt}
  - id: help
    kind: help
    topics: [grooming]
facilitator: {{preparation: Read first., ground_rules: [Be kind.], discussion: [What helps?], disclosure: Stay calm.}}
parents: {{taught: Where help is., conversation_starters: [What would you do?], signs: [Secrecy.], what_to_do: Listen.}}
"""


def _pack_with(pack_copy: Path, alt_line: str) -> Path:
    (pack_copy / "media").mkdir(exist_ok=True)
    (pack_copy / "media" / "phone.png").write_bytes(b"\x89PNG\r\n\x1a\n")
    path = pack_copy / "lessons" / "tiny.yaml"
    path.write_text(LESSON.format(alt=alt_line), encoding="utf-8")
    return path


def test_a_picture_without_alt_text_is_an_error_at_its_panel(pack_copy: Path) -> None:
    _pack_with(pack_copy, "")
    result = load_pack(pack_copy, TODAY)
    problems = [p for p in result.errors if p.file.endswith("tiny.yaml")]
    assert problems, "a picture with no alt text must not pass"
    assert any("alt" in p.message for p in problems), [p.format() for p in problems]
    picture_line = LESSON.splitlines().index("        picture: media/phone.png{alt}") + 1
    assert [p.line for p in problems] == [picture_line]  # at the picture itself, not the top of the file


def test_a_picture_with_alt_text_passes(pack_copy: Path) -> None:
    _pack_with(pack_copy, "\n        alt: A phone lighting up with a new message.")
    result = load_pack(pack_copy, TODAY)
    assert [p.format() for p in result.errors if p.file.endswith("tiny.yaml")] == []
    lesson = result.pack.lesson("tiny") if result.pack else None
    assert lesson is not None
    assert lesson.steps[0].panels[0].alt == "A phone lighting up with a new message."  # type: ignore[attr-defined]
