"""The next step is built while the learner reads the current one: hidden until Next, and thrown away when the
learner goes elsewhere. None of it may show, take focus or be announced before its turn."""

from __future__ import annotations

import shiboken6
from PySide6.QtCore import Qt
from PySide6.QtGui import QAccessible
from PySide6.QtWidgets import QApplication, QWidget

from harbourlight.core import models as m
from harbourlight.ui.lesson_view import LessonView, PreparedStep
from harbourlight.ui.main_window import MainWindow
from harbourlight.ui.theme import apply_settings

CHOICE = m.ChoiceStep(
    id="ask",
    kind="choice",
    prompt="A new friend asks you to keep a secret. What do you do?",
    options=(
        m.ChoiceOption(text="Keep it secret", feedback="Secrets that feel bad are OK to tell.", next="tell"),
        m.ChoiceOption(text="Tell an adult you trust", feedback="Yes. That is brave.", next="brave"),
    ),
)
LESSON = m.Lesson(
    id="test-lesson",
    band="11-13",
    topics=("grooming",),
    title="A test lesson",
    duration_minutes=5,
    advisory="A lesson made up for a test.",
    steps=(
        m.StoryStep(id="intro", kind="story", title="A new friend", panels=(m.StoryPanel(text="Sam is kind."),)),
        CHOICE,
        m.StoryStep(id="tell", kind="story", panels=(m.StoryPanel(text="You can still tell."),), next="end"),
        m.StoryStep(id="brave", kind="story", panels=(m.StoryPanel(text="Your adult listens."),), next="end"),
        m.SummaryStep(id="end", kind="summary", points=("Telling is brave.", "It is never your fault.")),
    ),
)


def _start(window: MainWindow, qtbot) -> LessonView:  # type: ignore[no-untyped-def]
    window.start_lesson(LESSON)
    view = window.lesson_view
    qtbot.waitUntil(lambda: view.prepared is not None)  # after the step's first paint
    return view


def _inside(widget: QWidget | None, root: QWidget) -> bool:
    return widget is not None and (widget is root or root.isAncestorOf(widget))


def _to_choice(view: LessonView, qtbot) -> m.ChoiceStep:  # type: ignore[no-untyped-def]
    view.go_next()
    assert view.walk.current is CHOICE
    return CHOICE


def test_the_next_step_is_prepared_hidden_and_shown_on_next(window: MainWindow, qtbot) -> None:  # type: ignore[no-untyped-def]
    view = _start(window, qtbot)
    assert view.walk.current.id == "intro"
    prepared = view.prepared
    assert isinstance(prepared, PreparedStep)
    assert prepared.step_id == "ask"
    # Hidden: nothing of it is visible, has focus, or is reported visible to assistive technology.
    everything = [prepared.holder, *prepared.holder.findChildren(QWidget)]
    assert not [w for w in everything if w.isVisible()]
    assert not [w for w in everything if QAccessible.queryAccessibleInterface(w) is None]
    assert all(QAccessible.queryAccessibleInterface(w).state().invisible for w in everything)
    assert prepared.holder.isAncestorOf(prepared.widget) and not view.step_widget.isAncestorOf(prepared.holder)
    # Tab goes round the shown step and the buttons, never into it.
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    view.step_widget.focus_first()
    visited = set()
    for _ in range(len(everything) + 12):
        qtbot.keyClick(QApplication.focusWidget() or view, Qt.Key.Key_Tab)
        assert not _inside(QApplication.focusWidget(), prepared.holder)
        visited.add(QApplication.focusWidget())
    assert view.next_button in visited and view.back_button not in visited  # Back is off on the first step

    qtbot.mouseClick(view.next_button, Qt.MouseButton.LeftButton)
    assert view.walk.current.id == prepared.step_id
    assert view.step_widget is prepared.widget  # the very widget built ahead
    assert view.scroll.widget() is prepared.holder and prepared.widget.isVisible()
    assert view.prepared is None or view.prepared.holder is not prepared.holder
    # Everything a new step gets when it is built on the spot.
    shown = view.walk.current
    assert view.step_widget.accessibleName() == (shown.title or view.position.text())
    assert view.step_widget.option_buttons[0].hasFocus()  # where focus goes on a choice built on the spot
    assert view.position.text().startswith("Step 2 of")
    assert not view.next_button.isEnabled()
    # And the step after it is prepared in turn: for a choice not yet answered, the first option's.
    qtbot.waitUntil(lambda: view.prepared is not None and view.prepared.step_id == "tell")


def test_the_prepared_step_is_thrown_away_on_back(window: MainWindow, qtbot) -> None:  # type: ignore[no-untyped-def]
    view = _start(window, qtbot)
    view.go_next()
    qtbot.waitUntil(lambda: view.prepared is not None and view.prepared.step_id == "tell")
    prepared = view.prepared
    assert prepared is not None
    first = view.walk.path[0]
    qtbot.mouseClick(view.back_button, Qt.MouseButton.LeftButton)
    assert view.walk.current.id == first
    assert view.step_widget is not prepared.widget
    assert view.prepared is None or view.prepared.holder is not prepared.holder
    qtbot.waitUntil(lambda: not shiboken6.isValid(prepared.holder))  # deleted, not kept


def test_a_choice_prepares_the_branch_picked_and_drops_another(window: MainWindow, qtbot) -> None:  # type: ignore[no-untyped-def]
    view = _start(window, qtbot)
    choice = _to_choice(view, qtbot)
    first, last = choice.options[0], choice.options[-1]
    qtbot.waitUntil(lambda: view.prepared is not None and view.prepared.step_id == first.next)  # nothing picked yet
    guessed = view.prepared
    assert guessed is not None
    # Picking another answer prepares that branch instead, once the answer is shown.
    qtbot.mouseClick(view.step_widget.option_buttons[-1], Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: view.prepared is not None and view.prepared.step_id == last.next)
    qtbot.waitUntil(lambda: not shiboken6.isValid(guessed.holder))
    picked = view.prepared
    qtbot.mouseClick(view.next_button, Qt.MouseButton.LeftButton)
    assert view.walk.current.id == last.next and view.step_widget is picked.widget


def test_a_wrong_guess_is_not_shown(window: MainWindow, qtbot) -> None:  # type: ignore[no-untyped-def]
    view = _start(window, qtbot)
    choice = _to_choice(view, qtbot)
    last = choice.options[-1]
    qtbot.waitUntil(lambda: view.prepared is not None and view.prepared.step_id == choice.options[0].next)
    guessed = view.prepared
    assert guessed is not None
    view.step_widget.choose(len(choice.options) - 1)
    view.go_next()  # before the event loop could prepare the branch picked
    assert view.walk.current.id == last.next
    assert view.step_widget is not guessed.widget and view.step_widget.step is view.walk.current
    assert view.step_widget.isVisible() and not guessed.widget.isVisible()
    qtbot.waitUntil(lambda: not shiboken6.isValid(guessed.holder))


def test_leaving_or_a_new_text_size_drops_the_prepared_step(window: MainWindow, qtbot) -> None:  # type: ignore[no-untyped-def]
    view = _start(window, qtbot)
    prepared = view.prepared
    assert prepared is not None
    settings = window.context.update_settings(text_scale=150)
    apply_settings(QApplication.instance(), settings, window.context.paths.content_dir)
    assert view.prepared is None
    qtbot.waitUntil(lambda: not shiboken6.isValid(prepared.holder))
    qtbot.waitUntil(lambda: view.prepared is not None)  # built again, at the new size
    rebuilt = view.prepared
    view.leave()
    assert view.prepared is None
    qtbot.waitUntil(lambda: not shiboken6.isValid(rebuilt.holder))
