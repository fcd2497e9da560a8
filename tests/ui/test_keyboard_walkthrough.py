"""A whole lesson with the keyboard alone (Tab, Space, Ctrl+R), read aloud on every step. No mouse anywhere."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QWidget

from harbourlight.core.models import ChoiceStep, QuizStep, RehearseStep, SortStep
from harbourlight.ui.advisory_view import AdvisoryView
from harbourlight.ui.main_window import MainWindow
from harbourlight.ui.read_aloud import step_text

LESSON = "b1113-exposed-accounts"  # story, choice, quiz, sort, rehearse, summary and help steps


def focused() -> QWidget | None:
    return QApplication.focusWidget()


def press(qtbot, key: Qt.Key, modifier: Qt.KeyboardModifier = Qt.KeyboardModifier.NoModifier) -> None:  # type: ignore[no-untyped-def]
    target = focused()
    assert target is not None, "nothing has keyboard focus"
    qtbot.keyClick(target, key, modifier)


def tab_to(qtbot, widget: QWidget, limit: int = 80) -> None:  # type: ignore[no-untyped-def]
    """Press Tab until `widget` has focus; fails if the tab order never reaches it."""
    for _ in range(limit):
        if focused() is widget:
            return
        press(qtbot, Qt.Key.Key_Tab)
    raise AssertionError(f"Tab never reached {widget!r} (accessible name {widget.accessibleName()!r})")


def arrow_to(qtbot, widget: QWidget, key: Qt.Key = Qt.Key.Key_Down, limit: int = 12) -> None:  # type: ignore[no-untyped-def]
    """Answers in one group are a single Tab stop; the arrow keys move between them (as with radio buttons)."""
    for _ in range(limit):
        if focused() is widget:
            return
        press(qtbot, key)
    raise AssertionError(f"the arrow keys never reached {widget.accessibleName()!r}")


def activate(qtbot, widget: QWidget) -> None:  # type: ignore[no-untyped-def]
    tab_to(qtbot, widget)
    press(qtbot, Qt.Key.Key_Space)


def test_a_whole_lesson_keyboard_only_with_read_aloud(window: MainWindow, qtbot) -> None:  # type: ignore[no-untyped-def]
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    card = next(c for c in window.library_view.cards if c.lesson.id == LESSON)
    window.library_view.cards[0].start_button.setFocus()  # where focus lands when the library opens
    activate(qtbot, card.start_button)
    advisory = window.pages.currentWidget()
    assert isinstance(advisory, AdvisoryView)
    assert focused() is advisory.accept_button  # the content note is answered straight from the keyboard
    press(qtbot, Qt.Key.Key_Space)

    view = window.lesson_view
    speaker = window.speaker
    kinds = []
    for _ in range(30):
        step = view.walk.current
        kinds.append(step.kind)
        assert focused() is not None and (focused() is view.step_widget or view.step_widget.isAncestorOf(focused()))

        press(qtbot, Qt.Key.Key_R, Qt.KeyboardModifier.ControlModifier)  # read this step aloud
        assert speaker.state == "reading"
        assert speaker.last_text == step_text(step, window.tr)
        assert speaker.last_locale == "en_GB"  # English content, a learner in the UK
        qtbot.waitUntil(lambda: view.read_aloud.status.text().startswith("Reading… sentence"), timeout=5000)

        widget = view.step_widget
        if isinstance(step, ChoiceStep):
            tab_to(qtbot, widget.option_buttons[0])
            arrow_to(qtbot, widget.option_buttons[-1])
            press(qtbot, Qt.Key.Key_Space)
            assert widget.feedback.isVisibleTo(widget)
        elif isinstance(step, QuizStep):
            correct = [a for a, o in zip(widget.answers, step.options, strict=True) if o.correct]
            if step.multiple:  # check boxes: each is its own Tab stop
                for answer in correct:
                    activate(qtbot, answer)
            else:  # one group of radio buttons
                tab_to(qtbot, widget.answers[0])
                arrow_to(qtbot, correct[0])
                press(qtbot, Qt.Key.Key_Space)
            activate(qtbot, widget.check)
        elif isinstance(step, SortStep):
            for index, item in enumerate(step.items):
                group = [g.id for g in step.groups].index(item.group)
                tab_to(qtbot, widget.group_buttons[index][0])  # one Tab stop per statement
                arrow_to(qtbot, widget.group_buttons[index][group], Qt.Key.Key_Right)
                press(qtbot, Qt.Key.Key_Space)
        elif isinstance(step, RehearseStep):
            for _screen in step.screens:
                activate(qtbot, widget.action)

        assert view.next_button.isEnabled(), f"{step.id}: the keyboard could not finish this step"
        last = view.walk.is_last
        activate(qtbot, view.next_button)
        assert speaker.state == "idle"  # moving on stops reading the old step
        if last:
            break
    assert {"story", "choice", "quiz", "sort", "rehearse", "help"} <= set(kinds)
    assert window.pages.currentWidget() is window.library_view
    assert LESSON in window.progress().done
