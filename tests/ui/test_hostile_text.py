"""Hostile text in a lesson or a helpline entry is shown exactly as written, as plain text, and never loads anything.

The lesson is a real one with every displayed string replaced by a hostile one: bidi overrides, zero-width
characters, a 5,000-character word, right-to-left and left-to-right mixed, and Qt rich-text markup that would
load a local file (<img src=file:…>) or make a link (<a href=file:…>). It is built straight from data, past
the validator (which refuses HTML, see the last test), so the UI's own defence is what is tested.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import yaml
from play_helpers import finish_help_lists, play_through
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QAbstractButton, QLabel, QTextBrowser, QTextEdit, QWidget

from harbourlight.core.models import Lesson
from harbourlight.packs import build
from harbourlight.packs.pack_loader import load_pack

REPO = Path(__file__).resolve().parents[2]
LESSON = REPO / "content" / "packs" / "default" / "lessons" / "b1113-ai-fakes.yaml"

LONG_WORD = "W" * 5000
HOSTILE = [
    "<img src=file:///etc/passwd>",
    "<a href=file:///etc/shadow>tap here</a>",
    "<b>bold</b> & <i>not</i> &amp; &lt;b&gt; Tom & Jerry",
    "Safe \u202eekaf si siht\u202c text",  # right-to-left override
    "zero\u200bwidth\u200c\u200dmarks\ufeff here",
    LONG_WORD,
    "שלום hello مرحبا 123 \u2067isolated\u2069 end",
    "<style>*{color:red}</style><script>alert(1)</script><table><tr><td>x</td></tr></table>",
    '<img src="https://example.org/track.png"> remote',
]
CHECKED_FIELDS = {"title", "prompt", "question", "text", "caption"}  # what step_strings() reads back
KEEP = {"id", "kind", "next", "group", "band", "topics", "start", "me", "correct", "multiple", "end", "route", "source"}


def hostile_copy(value: Any, counter: list[int], key: str = "") -> Any:
    """Every displayed string replaced by a hostile one (cycling through all of them on the fields the test
    reads back, so each is seen); ids and references kept."""
    if isinstance(value, dict):
        return {k: (v if k in KEEP else hostile_copy(v, counter, k)) for k, v in value.items()}
    if isinstance(value, list):
        return [hostile_copy(v, counter, key) for v in value]
    if isinstance(value, str):
        if key not in CHECKED_FIELDS:
            return HOSTILE[2]
        counter[0] += 1
        return HOSTILE[counter[0] % len(HOSTILE)]
    return value


def hostile_lesson() -> Lesson:
    data = yaml.safe_load(LESSON.read_text("utf-8"))
    data = hostile_copy(data, [0])
    story = next(step for step in data["steps"] if step["kind"] == "story")
    story["panels"].append({"picture": "media/missing.png", "alt": HOSTILE[0]})  # alt text: label and tooltip
    return build.build_lesson(data, "lessons/hostile.yaml", {})


def shown_texts(root: QWidget) -> list[str]:
    texts = [label.text() for label in root.findChildren(QLabel)]
    texts += [button.text().replace("&&", "&") for button in root.findChildren(QAbstractButton)]
    return texts


def assert_nothing_rich(root: QWidget) -> None:
    for label in root.findChildren(QLabel):
        assert label.textFormat() == Qt.TextFormat.PlainText, (
            f"rich-capable label: {label.objectName()} {label.text()!r:.80}"
        )
    for editor in root.findChildren(QTextEdit):  # includes QTextBrowser: none may hold pack text as HTML
        assert isinstance(editor, QTextEdit) and not isinstance(editor, QTextBrowser)
        assert not editor.acceptRichText() or not editor.toHtml().count("<img")
    for widget in [root, *root.findChildren(QWidget)]:
        tip = widget.toolTip()
        assert "<img" not in tip.lower() and "<a " not in tip.lower(), f"markup reaches a tooltip: {tip!r:.80}"


def assert_hostile_strings_shown_verbatim(root: QWidget, lesson_strings: set[str]) -> None:
    shown = "\n".join(shown_texts(root))
    for text in lesson_strings:
        assert text in shown, f"not shown as written: {text!r:.60}"


def step_strings(step: Any) -> set[str]:
    """The hostile strings a step carries that are on screen before any answer is given."""
    out: set[str] = set()
    for name in ("title", "prompt", "question"):
        value = getattr(step, name, "")
        if value:
            out.add(value)
    for panel in getattr(step, "panels", ()):
        out.update(v for v in (panel.text, panel.caption) if v)
        out.update(m.text for m in panel.chat)
    for option in getattr(step, "options", ()):
        out.add(option.text)
    return out


def test_hostile_lesson_text_is_plain_verbatim_and_the_layout_holds(window, qtbot) -> None:  # type: ignore[no-untyped-def]
    lesson = hostile_lesson()
    width = window.width()
    seen: set[str] = set()

    def check(view) -> None:  # type: ignore[no-untyped-def]
        assert_nothing_rich(window)
        strings = step_strings(view.walk.current)
        assert_hostile_strings_shown_verbatim(view, strings)
        seen.update(strings)
        assert window.width() == width, "a long word pushed the window wider"
        assert window.minimumSizeHint().width() < 1200, "a long word made the window's minimum width explode"

    play_through(window, qtbot, lesson, on_step=check)
    assert set(HOSTILE) <= seen, f"the test did not reach: {set(HOSTILE) - seen}"
    assert window.lesson_view.walk is None  # finished


def test_hostile_helpline_entry_in_get_help_is_plain_text(window, qtbot) -> None:  # type: ignore[no-untyped-def]
    source = json.loads(
        json.dumps(yaml.safe_load((REPO / "content" / "helplines" / "GB.yaml").read_text("utf-8")), default=str)
    )
    entry = source["entries"][0]
    entry.update(name=HOSTILE[0], notes=HOSTILE[1] + " " + LONG_WORD, hours=HOSTILE[3], cost=HOSTILE[2])
    window.context.library.directory["GB"] = build.build_country_directory(source, "GB.yaml")
    width = window.width()
    window.open_help()
    dialog = window.help_dialog
    finish_help_lists(dialog)
    assert_nothing_rich(dialog)
    shown = "\n".join(shown_texts(dialog))
    assert HOSTILE[0] in shown and HOSTILE[1] in shown and LONG_WORD in shown
    assert window.width() == width and dialog.minimumSizeHint().width() < 1200


def test_the_validator_refuses_html_in_a_pack_with_its_location(pack_copy: Path) -> None:
    path = pack_copy / "lessons" / LESSON.name
    path.write_text(LESSON.read_text("utf-8").replace("title: Noor's photo", "title: <img src=file:///etc/passwd>"))
    result = load_pack(pack_copy)
    [problem] = [p for p in result.errors if p.code == "html"]
    assert problem.file == f"lessons/{LESSON.name}" and problem.line > 1
    assert all(lesson.id != LESSON.stem for lesson in result.pack.lessons)  # the lesson is left out
