"""Classroom presenter mode: the projector shows the lesson only, the console follows it, the teacher drives."""

from __future__ import annotations

import json
from dataclasses import replace

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QLabel, QPushButton, QWidget

from harbourlight.core.models import ChoiceStep, Lesson, QuizStep, SortStep
from harbourlight.ui.main_window import MainWindow
from harbourlight.ui.presenter.presenter_controller import PresenterController, key_action, pick_projector_screen
from harbourlight.ui.presenter.teacher_console import PresenterWindow, timer_text

LESSON_ID = "b1113-sextortion"


def lesson_of(window: MainWindow, lesson_id: str = LESSON_ID) -> Lesson:
    lesson = window.context.library.find_lesson(lesson_id)
    assert lesson is not None
    return lesson


def adult_only_texts(lesson: Lesson) -> list[str]:
    """Every facilitator and parent note: none of it may reach the projector."""
    notes = lesson.facilitator
    texts = [notes.preparation, notes.disclosure, *notes.ground_rules, *notes.discussion]
    texts += [source.title for source in notes.sources]
    parents = lesson.parents
    texts += [parents.taught, parents.what_to_do, *parents.conversation_starters, *parents.signs]
    return [t[:60] for t in texts if t]


@pytest.fixture
def presenter(window: MainWindow, qtbot) -> PresenterWindow:  # type: ignore[no-untyped-def]
    session = window.adult_features.start_presenter(lesson_of(window), "7B")
    qtbot.addWidget(session)
    # Keys are window shortcuts, as for a teacher at the console: the console must be the active window.
    session.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is session)
    return session


def test_menus_offer_presenter_parent_guide_and_printables(window: MainWindow) -> None:
    mode = [a.text() for a in window.menus["mode"].actions()]
    file = [a.text() for a in window.menus["file"].actions()]
    assert "Classroom presenter…" in mode and "Parent guide…" in mode
    assert {"Print lesson plan…", "Print handout…", "Print parent guide…"} <= set(file)


def test_one_screen_puts_the_console_beside_the_projector_and_f6_hides_it(presenter: PresenterWindow, qtbot) -> None:  # type: ignore[no-untyped-def]
    assert presenter.single_screen
    assert presenter.projector.parent() is presenter.splitter
    assert presenter.console.isVisible()
    qtbot.keyClick(presenter, Qt.Key.Key_F6)
    assert not presenter.console.isVisible()
    assert presenter.projector.isVisible()
    qtbot.keyClick(presenter, Qt.Key.Key_F6)
    assert presenter.console.isVisible()


def test_projector_never_shows_notes_or_controls_through_the_whole_lesson(presenter: PresenterWindow) -> None:
    controller = presenter.controller
    lesson = controller.lesson
    hidden = adult_only_texts(lesson)
    assert len(hidden) > 10
    console_only = ["Next", "Previous", "Blank screen", "Skip this segment", "If a child discloses", "End session"]
    finished: list[str] = []
    controller.finished.connect(finished.append)
    seen = 0
    while not finished:
        shown = presenter.projector.visible_text()
        assert shown, f"the projector is empty at {controller.step.id}"
        for text in hidden:
            assert text not in shown, f"facilitator text on the projector at {controller.step.id}: {text!r}"
        for text in console_only:
            assert text not in shown.splitlines()
        visible_buttons = [
            b.text() for b in presenter.projector.findChildren(QPushButton) if b.isVisibleTo(presenter.projector)
        ]
        assert not {"Next", "Back", "Finish", "Check my answer", "Copy number"} & set(visible_buttons)
        if isinstance(controller.step, ChoiceStep):
            controller.choose(0)
        if isinstance(controller.step, QuizStep | SortStep):
            controller.reveal()
        controller.next()
        seen += 1
    assert seen >= 7


def test_console_shows_notes_and_follows_the_step(presenter: PresenterWindow, qtbot) -> None:  # type: ignore[no-untyped-def]
    console = presenter.console
    lesson = presenter.controller.lesson
    assert "Dev" in console.now_title.text()
    assert "Sofia" in console.next_text.text()
    assert "Step 1 of about" in console.position.text()
    assert lesson.facilitator.disclosure[:50] in console.disclosure.lesson_guidance.text()
    texts = "\n".join(label.text() for label in console.findChildren(type(console.position)))
    assert lesson.facilitator.ground_rules[0] in texts
    assert lesson.facilitator.discussion[0] in texts
    assert "Don't promise to keep it secret" in texts
    qtbot.keyClick(presenter, Qt.Key.Key_PageDown)
    assert presenter.controller.step.id == "sofia"
    assert console.now_title.text() == "Sofia"
    assert "Sofia is 12." in presenter.projector.visible_text()
    assert "Dev has one hour. What could he do?" in console.next_text.text()
    qtbot.keyClick(presenter, Qt.Key.Key_PageDown)
    assert "Depends on the class's choice." in console.next_text.text()
    qtbot.keyClick(presenter, Qt.Key.Key_PageUp)
    qtbot.keyClick(presenter, Qt.Key.Key_PageUp)
    assert console.now_title.text() == "Dev"
    qtbot.keyClick(presenter, Qt.Key.Key_Right)
    assert presenter.controller.step.id == "sofia"


def test_the_teachers_choice_shows_its_feedback_on_the_projector_and_moves_both(
    presenter: PresenterWindow, qtbot
) -> None:  # type: ignore[no-untyped-def]
    controller = presenter.controller
    controller.next()
    controller.next()
    step = controller.step
    assert isinstance(step, ChoiceStep)
    console = presenter.console
    assert not console.next_button.isEnabled()  # the class hasn't answered yet
    qtbot.keyClick(presenter, Qt.Key.Key_PageDown)
    assert controller.step is step
    assert step.options[1].feedback[:40] not in presenter.projector.visible_text()
    qtbot.mouseClick(console.answer_buttons[1], Qt.MouseButton.LeftButton)
    assert step.options[1].feedback[:40] in presenter.projector.visible_text()
    assert console.answer_buttons[1].isChecked()
    assert "Do or don't" in console.next_text.text()
    qtbot.mouseClick(console.next_button, Qt.MouseButton.LeftButton)
    assert controller.step.id == "steps"
    assert "Do or don't" in presenter.projector.visible_text()
    assert console.now_title.text() == "Do or don't"


def test_quiz_answers_appear_only_when_the_teacher_shows_them(presenter: PresenterWindow, qtbot) -> None:  # type: ignore[no-untyped-def]
    controller = presenter.controller
    while not isinstance(controller.step, QuizStep):
        controller.choose(0)
        controller.next()
    step = controller.step
    explanation = step.options[0].explanation[:40]
    qtbot.mouseClick(presenter.console.answer_buttons[1], Qt.MouseButton.LeftButton)
    assert "the class's answer" in presenter.projector.visible_text()
    assert explanation not in presenter.projector.visible_text()
    assert presenter.console.reveal_button is not None
    qtbot.mouseClick(presenter.console.reveal_button, Qt.MouseButton.LeftButton)
    assert explanation in presenter.projector.visible_text()


def test_b_blanks_the_projector_and_b_brings_it_back(presenter: PresenterWindow, qtbot) -> None:  # type: ignore[no-untyped-def]
    projector = presenter.projector
    qtbot.keyClick(presenter, Qt.Key.Key_B)
    assert projector.stack.currentWidget() is projector.blank_page
    assert projector.visible_text() == ""
    assert presenter.console.blank_button.isChecked()
    qtbot.keyClick(presenter, Qt.Key.Key_B)
    assert "Dev is 13." in projector.visible_text()


def test_soften_swaps_the_projector_text_for_the_gentler_version(window: MainWindow, qtbot) -> None:  # type: ignore[no-untyped-def]
    lesson = lesson_of(window)
    first = replace(lesson.steps[0], soften="Someone tricks Dev and then threatens him. He gets help.")
    gentle = replace(lesson, steps=(first, *lesson.steps[1:]))
    session = window.adult_features.start_presenter(gentle)
    qtbot.addWidget(session)
    console = session.console
    assert console.soften_button.isVisible()
    assert console.soften_text.text() == "“Someone tricks Dev and then threatens him. He gets help.”"
    qtbot.mouseClick(console.soften_button, Qt.MouseButton.LeftButton)
    shown = session.projector.visible_text()
    assert "Someone tricks Dev and then threatens him." in shown
    assert "pay 50 in gift cards" not in shown
    session.controller.next()
    assert not console.soften_button.isVisible()  # the next step has no gentler version
    assert not console.soften_text.isVisible()
    session.controller.previous()
    assert console.soften_button.isChecked()  # the choice is kept for the segment


def test_skip_leaves_out_a_segment(presenter: PresenterWindow, qtbot) -> None:  # type: ignore[no-untyped-def]
    qtbot.mouseClick(presenter.console.skip_button, Qt.MouseButton.LeftButton)
    assert presenter.controller.step.id == "sofia"


def test_esc_does_nothing_and_the_hide_button_quick_hides(
    window: MainWindow, presenter: PresenterWindow, qtbot
) -> None:  # type: ignore[no-untyped-def]
    presenter.controller.next()
    qtbot.keyClick(presenter, Qt.Key.Key_Escape)
    qtbot.keyClick(presenter, Qt.Key.Key_Escape)
    assert presenter.isVisible() and not window.is_hidden_by_quick_hide()
    qtbot.mouseClick(presenter.console.hide_button, Qt.MouseButton.LeftButton)
    assert window.is_hidden_by_quick_hide()
    assert not presenter.isVisible()
    assert presenter.controller.blanked
    window.unhide()
    window.adult_features.open_presenter()  # the same session comes back where it was
    assert presenter.isVisible()
    assert presenter.controller.step.id == "sofia"


def test_finishing_marks_the_lesson_done_for_the_class_and_nothing_else(
    window: MainWindow, presenter: PresenterWindow
) -> None:
    controller = presenter.controller
    for _ in range(30):
        if controller.walk.is_last:
            break
        controller.skip()
    controller.next()
    assert "Marked as done for 7B" in presenter.console.finished_label.text()
    path = window.context.paths.data_dir / "class-progress.json"
    assert json.loads(path.read_text("utf-8")) == {"version": 1, "classes": {"7B": [LESSON_ID]}}


def test_two_screens_put_the_projector_on_its_own_window(window: MainWindow, qtbot) -> None:  # type: ignore[no-untyped-def]
    from PySide6.QtGui import QGuiApplication

    primary = QGuiApplication.primaryScreen()
    second = object()  # offscreen Qt has one screen; the window only needs to know there is another
    features = window.adult_features
    lesson = lesson_of(window)
    from harbourlight.ui.steps import StepContext

    context = StepContext(features.tr, window.context.today, lambda topics: features.help_for("GB", topics))
    session = PresenterWindow(PresenterController(lesson), context, screens=[primary, second], primary=primary)  # type: ignore[list-item]
    qtbot.addWidget(session)
    qtbot.addWidget(session.projector)
    assert not session.single_screen
    assert session.projector_screen is second
    assert session.projector.isWindow()
    assert not session.console.console_button.isVisible()
    with qtbot.waitActive(session.projector):
        session.projector.show()
        session.projector.activateWindow()
    qtbot.keyClick(session.projector, Qt.Key.Key_PageDown)  # the clicker works whichever window has focus
    assert session.controller.step.id == "sofia"
    assert session.console.now_title.text() == "Sofia"

    session.screen_removed(second)  # the projector is unplugged mid-lesson
    assert session.single_screen
    assert session.projector.parent() is session.splitter and not session.projector.isWindow()
    assert session.console.console_button.isVisibleTo(session)
    session.show()
    session.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is session)
    qtbot.keyClick(session, Qt.Key.Key_PageDown)  # one key, one step: no shortcut is left twice
    assert session.controller.walk.position == 3
    assert "Dev has one hour" in session.projector.visible_text()


def test_projector_screen_choice_and_keys() -> None:
    a, b, c = object(), object(), object()
    assert pick_projector_screen([a], a) is None
    assert pick_projector_screen([a, b], a) is b
    assert pick_projector_screen([b, a, c], a) is b
    assert key_action(Qt.Key.Key_PageDown) == "next"
    assert key_action(Qt.Key.Key_PageUp) == "previous"
    assert key_action(Qt.Key.Key_B) == "blank"
    assert key_action(Qt.Key.Key_Escape) is None


def test_timer_text(window: MainWindow) -> None:
    tr = window.context.translator
    assert timer_text(tr, 125, 45) == "2:05 of 45 min"
    assert timer_text(tr, 46 * 60 + 3, 45) == "46:03 of 45 min — over by 1:03"


def test_start_dialog_offers_every_lesson_and_ticks_those_the_class_has_done(window: MainWindow, qtbot) -> None:  # type: ignore[no-untyped-def]
    from harbourlight.services.class_progress import ClassProgressStore
    from harbourlight.ui.presenter.start_dialog import PresenterStartDialog

    store = ClassProgressStore(window.context.paths.data_dir / "class-progress.json")
    store.mark_done("7B", LESSON_ID)
    lessons = window.adult_features.lessons()
    dialog = PresenterStartDialog(window.context.translator, lessons, store, "11-13")
    qtbot.addWidget(dialog)
    assert dialog.list.count() == len(lessons)
    chosen = dialog.chosen_lesson()
    assert chosen is not None and chosen.band == "11-13"
    done_rows = [dialog.list.item(i).text() for i in range(dialog.list.count()) if "✓" in dialog.list.item(i).text()]
    assert done_rows == []
    dialog.class_combo.setCurrentText("7B")
    done_rows = [dialog.list.item(i).text() for i in range(dialog.list.count()) if "✓" in dialog.list.item(i).text()]
    assert len(done_rows) == 1 and "If someone threatens to share your pictures" in done_rows[0]
    assert dialog.class_name == "7B"


def test_projector_questions_show_the_title_the_question_and_lettered_cards(context, qtbot) -> None:  # type: ignore[no-untyped-def]
    from harbourlight.core.models import ChoiceOption, QuizOption
    from harbourlight.ui.presenter.projector_window import ProjectorChoice, ProjectorQuiz

    def shown(widget: QWidget) -> list[tuple[str, str]]:
        qtbot.addWidget(widget)
        labels = widget.findChildren(QLabel)
        return [(label.objectName(), label.text()) for label in labels if label.isVisibleTo(widget) and label.text()]

    options = (ChoiceOption(text="Tell", feedback="Good.", next="x"), ChoiceOption(text="Hide", feedback="", next="y"))
    choice = ChoiceStep(id="c", kind="choice", title="Your turn", prompt="What now?", options=options)
    assert shown(ProjectorChoice(choice, context.translator)) == [
        ("heading", "Your turn"),
        ("prompt", "What now?"),
        ("storyText", "A.  Tell"),
        ("storyText", "B.  Hide"),
    ]
    answers = (
        QuizOption(text="No", correct=True, explanation="Never."),
        QuizOption(text="Yes", correct=False, explanation=""),
    )
    quiz = QuizStep(id="q", kind="quiz", question="Is it your fault?", options=answers)
    assert shown(ProjectorQuiz(quiz, context.translator)) == [
        ("prompt", "Is it your fault?"),
        ("storyText", "A.  No"),
        ("storyText", "B.  Yes"),
    ]
