"""Playing a lesson the way a learner does, for the reliability tests (corrupt state, no network, hostile text)."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QWidget

from harbourlight.core.models import ChoiceStep, Lesson


def finish_help_lists(root: QWidget) -> None:
    """Get help and help steps add most helpline cards right after their first paint; add them now, for checks
    that look at everything on screen."""
    from harbourlight.ui.help_panel import HelpContent

    for content in root.findChildren(HelpContent):
        content.finish()


def visible_text(widget: QWidget) -> str:
    return "\n".join(label.text() for label in widget.findChildren(QLabel) if label.isVisibleTo(widget))


def complete_step(view, qtbot) -> None:  # type: ignore[no-untyped-def]
    """Answer whatever the current step asks, with the mouse, so Next becomes enabled."""
    widget = view.step_widget
    step = view.walk.current
    if isinstance(step, ChoiceStep):
        qtbot.mouseClick(widget.option_buttons[0], Qt.MouseButton.LeftButton)
    elif step.kind == "quiz":
        qtbot.mouseClick(widget.answers[0], Qt.MouseButton.LeftButton)
        qtbot.mouseClick(widget.check, Qt.MouseButton.LeftButton)
    elif step.kind == "sort":
        for buttons in widget.group_buttons:
            qtbot.mouseClick(buttons[0], Qt.MouseButton.LeftButton)
    elif step.kind == "rehearse":
        while widget.action.isEnabled():
            qtbot.mouseClick(widget.action, Qt.MouseButton.LeftButton)
    assert view.next_button.isEnabled(), f"step {step.id} could not be completed"


def play_through(window, qtbot, lesson: Lesson, on_step=None) -> None:  # type: ignore[no-untyped-def]
    """Start a lesson from the library and click through to its end (first option everywhere)."""
    window.start_lesson(lesson)
    view = window.lesson_view
    for _ in range(len(lesson.steps) + 1):
        if on_step is not None:
            on_step(view)
        complete_step(view, qtbot)
        last = view.walk.is_last
        qtbot.mouseClick(view.next_button, Qt.MouseButton.LeftButton)
        if last:
            return
    raise AssertionError(f"{lesson.id} did not end")


def shortest_lesson(window, band: str = "11-13") -> Lesson:  # type: ignore[no-untyped-def]
    return min(window.context.library.lessons_for_band(band), key=lambda lesson: (len(lesson.steps), lesson.id))
