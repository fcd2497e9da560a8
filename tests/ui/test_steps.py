"""Every step kind, played through the real widgets in the real main window: act, see the feedback, go on."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

import pytest
from play_helpers import finish_help_lists
from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QImage
from PySide6.QtWidgets import QApplication, QLabel

from harbourlight.core import models as m
from harbourlight.ui.steps.story import PicturePanel


def visible_texts(widget) -> str:  # type: ignore[no-untyped-def]
    return "\n".join(label.text() for label in widget.findChildren(QLabel) if label.isVisibleTo(widget))


def make_lesson(*steps: m.Step, lesson_id: str = "test-lesson") -> m.Lesson:
    return m.Lesson(
        id=lesson_id,
        band="11-13",
        topics=("grooming",),
        title="A test lesson",
        duration_minutes=5,
        advisory="A lesson made up for a test.",
        steps=steps,
    )


def summary(step_id: str = "end") -> m.SummaryStep:
    return m.SummaryStep(id=step_id, kind="summary", points=("Telling is brave.", "It is never your fault."))


def play(window, lesson: m.Lesson):  # type: ignore[no-untyped-def]
    window.start_lesson(lesson)
    return window.lesson_view


def test_choice_shows_the_feedback_and_follows_the_chosen_branch(window, qtbot) -> None:  # type: ignore[no-untyped-def]
    choice = m.ChoiceStep(
        id="ask",
        kind="choice",
        prompt="A new friend asks you to keep a secret. What do you do?",
        options=(
            m.ChoiceOption(text="Keep it secret", feedback="Secrets that feel bad are OK to tell.", next="tell"),
            m.ChoiceOption(text="Tell an adult you trust", feedback="Yes. That is brave.", next="brave"),
        ),
    )
    lesson = make_lesson(
        choice,
        m.StoryStep(id="tell", kind="story", panels=(m.StoryPanel(text="You can still tell."),), next="end"),
        m.StoryStep(id="brave", kind="story", panels=(m.StoryPanel(text="Your adult listens."),), next="end"),
        summary(),
    )
    view = play(window, lesson)
    widget = view.step_widget
    assert "What do you do?" in visible_texts(widget)
    assert not view.next_button.isEnabled()
    assert not widget.feedback.isVisibleTo(widget)
    # Keyboard only: the first option has focus; an arrow moves to the second, Space chooses it.
    assert widget.option_buttons[0].hasFocus()
    qtbot.keyClick(widget.option_buttons[0], Qt.Key.Key_Down)
    assert widget.option_buttons[1].hasFocus()
    assert not widget.feedback.isVisibleTo(widget)  # moving is not choosing
    qtbot.keyClick(widget.option_buttons[1], Qt.Key.Key_Space)
    assert widget.feedback.text() == "Yes. That is brave."
    assert widget.feedback.isVisibleTo(widget)
    assert view.next_button.isEnabled()
    qtbot.mouseClick(view.next_button, Qt.MouseButton.LeftButton)
    assert view.walk.current.id == "brave"
    assert "Your adult listens." in visible_texts(view.step_widget)
    qtbot.mouseClick(view.back_button, Qt.MouseButton.LeftButton)
    qtbot.mouseClick(view.step_widget.option_buttons[0], Qt.MouseButton.LeftButton)
    assert view.step_widget.feedback.text() == "Secrets that feel bad are OK to tell."
    qtbot.mouseClick(view.next_button, Qt.MouseButton.LeftButton)
    assert view.walk.current.id == "tell"


def single_quiz() -> m.QuizStep:
    return m.QuizStep(
        id="quiz",
        kind="quiz",
        question="Is a fake picture a big deal?",
        options=(
            m.QuizOption(text="No, it's only fake", correct=False, explanation="It still hurts the person in it."),
            m.QuizOption(text="Yes, it can hurt", correct=True, explanation="Fake or real, it can be reported."),
        ),
    )


def test_single_answer_quiz_explains_without_a_score(window, qtbot) -> None:  # type: ignore[no-untyped-def]
    view = play(window, make_lesson(single_quiz(), summary()))
    widget = view.step_widget
    assert not widget.check.isEnabled() and not view.next_button.isEnabled()
    qtbot.mouseClick(widget.answers[0], Qt.MouseButton.LeftButton)
    qtbot.mouseClick(widget.check, Qt.MouseButton.LeftButton)
    shown = visible_texts(widget)
    assert "You picked this one.\nIt still hurts the person in it." in shown
    assert "✓ A right answer\nFake or real, it can be reported." in shown
    assert "Good try." in shown
    assert not any(ch.isdigit() for ch in shown)  # no score for a single question
    assert "wrong" not in shown.lower()
    assert view.next_button.isEnabled()
    # Changing your mind after checking just updates the notes.
    qtbot.mouseClick(widget.answers[1], Qt.MouseButton.LeftButton)
    shown = visible_texts(widget)
    assert "✓ You picked this — a right answer." in shown
    assert "It still hurts the person in it." not in shown
    assert "Yes — well done." in shown
    qtbot.mouseClick(view.next_button, Qt.MouseButton.LeftButton)
    assert view.walk.current.id == "end"


def test_multiple_answer_quiz_counts_what_you_found_kindly(window, qtbot) -> None:  # type: ignore[no-untyped-def]
    quiz = m.QuizStep(
        id="quiz",
        kind="quiz",
        question="Which are warning signs?",
        multiple=True,
        options=(
            m.QuizOption(text="Asks you to keep it secret", correct=True, explanation="Secrecy is a red flag."),
            m.QuizOption(text="Sends lots of gifts", correct=True, explanation="Gifts can build a debt."),
            m.QuizOption(text="Plays the same game", correct=False, explanation="That alone is normal."),
        ),
    )
    view = play(window, make_lesson(quiz, summary()))
    widget = view.step_widget
    assert "You can pick more than one." in visible_texts(widget)
    widget.answers[0].setFocus()
    qtbot.keyClick(widget.answers[0], Qt.Key.Key_Space)  # check boxes work from the keyboard
    assert widget.answers[0].isChecked()
    qtbot.mouseClick(widget.check, Qt.MouseButton.LeftButton)
    shown = visible_texts(widget)
    assert "You found 1 of 2 right answers. Well done for thinking it through" in shown
    assert "Gifts can build a debt." in shown  # the one not found is explained too
    assert "That alone is normal." not in shown  # not picked, not right: nothing to say
    qtbot.mouseClick(widget.answers[1], Qt.MouseButton.LeftButton)
    assert "You found them all." in visible_texts(widget)


def test_sort_works_from_the_keyboard_and_a_group_may_stay_empty(window, qtbot) -> None:  # type: ignore[no-untyped-def]
    sort = m.SortStep(
        id="sort",
        kind="sort",
        prompt="Is it OK to ask for these?",
        groups=(m.SortGroup(id="ok", label="OK"), m.SortGroup(id="not-ok", label="Not OK")),
        items=(
            m.SortItem(text="A photo of you in the bath", group="not-ok", explanation="Nobody should ask."),
            m.SortItem(text="Your address", group="not-ok"),
        ),  # every item is "not OK" on purpose: the "OK" group stays empty
    )
    view = play(window, make_lesson(sort, summary()))
    widget = view.step_widget
    first_row = widget.group_buttons[0]
    assert first_row[0].hasFocus()
    qtbot.keyClick(first_row[0], Qt.Key.Key_Right)
    assert first_row[1].hasFocus() and not first_row[1].isChecked()  # arrows move, they don't place
    qtbot.keyClick(first_row[1], Qt.Key.Key_Space)
    assert first_row[1].isChecked()
    assert widget.results[0].text() == "Yes — Not OK. Nobody should ask."
    assert not view.next_button.isEnabled()  # one statement still to sort
    second_row = widget.group_buttons[1]
    second_row[0].setFocus()
    qtbot.keyClick(second_row[0], Qt.Key.Key_Space)
    assert widget.results[1].text() == "Lots of people think that. It fits better in: Not OK."
    assert "All sorted." in visible_texts(widget)
    assert view.next_button.isEnabled()
    qtbot.keyClick(second_row[1], Qt.Key.Key_Space)  # changing your mind is fine
    assert second_row[1].isChecked() and not second_row[0].isChecked()
    assert widget.results[1].text() == "Yes — Not OK."


def test_reflect_keeps_nothing_that_was_typed(window, qtbot) -> None:  # type: ignore[no-untyped-def]
    reflect = m.ReflectStep(id="think", kind="reflect", prompt="What would you say?", hints=("Be kind.",))
    view = play(window, make_lesson(reflect, summary()))
    widget = view.step_widget
    assert "Be kind." in visible_texts(widget)
    assert view.next_button.isEnabled()  # thinking is enough; typing is optional
    qtbot.keyClicks(widget.notes, "my secret thoughts")
    qtbot.mouseClick(view.leave_button, Qt.MouseButton.LeftButton)  # leave on the first step: nothing to resume
    data_dir = window.context.paths.data_dir
    config_dir = window.context.paths.config_dir
    for folder in (data_dir, config_dir):
        for file in folder.rglob("*") if folder.exists() else ():
            if file.is_file():
                assert "my secret thoughts" not in file.read_text("utf-8", errors="replace")


def test_rehearse_steps_through_every_screen(window, qtbot) -> None:  # type: ignore[no-untyped-def]
    rehearse = m.RehearseStep(
        id="practise",
        kind="rehearse",
        intro="Let's practise reporting.",
        screens=(
            m.RehearseScreen(title="Open the menu", text="Tap the three dots.", action="Open menu"),
            m.RehearseScreen(title="Choose Report", text="Pick why.", action="Send report"),
        ),
    )
    view = play(window, make_lesson(rehearse, summary()))
    widget = view.step_widget
    assert "Screen 1 of 2" in visible_texts(widget) and "Open the menu" in visible_texts(widget)
    assert not view.next_button.isEnabled()
    qtbot.keyClick(widget.action, Qt.Key.Key_Space)
    assert "Screen 2 of 2" in visible_texts(widget) and widget.action.text() == "Send report"
    qtbot.mouseClick(widget.action, Qt.MouseButton.LeftButton)
    assert "Well done — you know the steps." in visible_texts(widget)
    assert view.next_button.isEnabled()
    qtbot.mouseClick(view.next_button, Qt.MouseButton.LeftButton)
    assert view.walk.current.id == "end"


def test_help_step_shows_the_learners_country_and_summary_ends_the_lesson(window, qtbot) -> None:  # type: ignore[no-untyped-def]
    help_step = m.HelpStep(
        id="help", kind="help", text="You can talk to someone.", topics=("grooming",), trusted_adults=("A teacher",)
    )
    view = play(window, make_lesson(help_step, summary()))
    finish_help_lists(view.step_widget)  # the cards are added right after the step's first paint
    shown = visible_texts(view.step_widget)
    assert "Childline" in shown and "A teacher" in shown
    qtbot.mouseClick(view.next_button, Qt.MouseButton.LeftButton)
    assert "Telling is brave." in visible_texts(view.step_widget)
    assert view.next_button.text() == "Finish"
    qtbot.mouseClick(view.next_button, Qt.MouseButton.LeftButton)
    assert window.pages.currentWidget() is window.library_view
    assert "test-lesson" in window.context.progress_store.get().done


@pytest.fixture
def pack_with_picture(tmp_path: Path) -> Path:
    pack = tmp_path / "pack"
    (pack / "media").mkdir(parents=True)
    image = QImage(40, 30, QImage.Format.Format_RGB32)
    image.fill(QColor("#88aacc"))
    assert image.save(str(pack / "media" / "park.png"))
    (tmp_path / "outside.png").write_bytes((pack / "media" / "park.png").read_bytes())
    return pack


def test_story_pictures_load_from_the_lessons_pack_with_alt_text(window, pack_with_picture, qtbot) -> None:  # type: ignore[no-untyped-def]
    story = m.StoryStep(
        id="story",
        kind="story",
        panels=(
            m.StoryPanel(text="Sam is at the park.", picture="media/park.png", alt="A park with trees"),
            m.StoryPanel(text="A missing one.", picture="media/gone.png", alt="Sam waving"),
            m.StoryPanel(text="Outside the pack.", picture="../outside.png", alt="Not allowed"),
            m.StoryPanel(speaker="Sam", text="Hi!"),
        ),
    )
    lesson = make_lesson(story, summary())
    # The lesson lives in its own pack folder; the player finds pictures there, not in the working directory.
    library = window.context.library
    library.packs.append(replace(library.packs[0], id="test-pack", lessons=(lesson,), path=str(pack_with_picture)))
    view = play(window, lesson)
    pictures = view.step_widget.findChildren(PicturePanel)
    assert [p.loaded for p in pictures] == [True, False, False]
    assert pictures[0].pixmap().width() == 40
    assert [p.accessibleName() for p in pictures] == ["A park with trees", "Sam waving", "Not allowed"]
    shown = visible_texts(view.step_widget)
    assert "[Picture: Sam waving]" in shown  # the description stands in for a picture that can't load
    assert "Sam\nHi!" in shown


def test_keyboard_enter_and_arrows_move_through_the_lesson(window, qtbot) -> None:  # type: ignore[no-untyped-def]
    lesson = make_lesson(
        m.StoryStep(id="one", kind="story", panels=(m.StoryPanel(text="One."),)),
        m.StoryStep(id="two", kind="story", panels=(m.StoryPanel(text="Two."),)),
        single_quiz(),
        summary(),
    )
    view = play(window, lesson)
    qtbot.keyClick(view, Qt.Key.Key_Return)
    assert view.walk.current.id == "two"
    qtbot.keyClick(view, Qt.Key.Key_Left)
    assert view.walk.current.id == "one"
    qtbot.keyClick(view, Qt.Key.Key_Right)
    qtbot.keyClick(view, Qt.Key.Key_Right)
    assert view.walk.current.id == "quiz"
    qtbot.keyClick(view, Qt.Key.Key_Right)
    assert view.walk.current.id == "quiz"  # Next waits for an answer
    # Tab goes from the step's own controls to the lesson buttons, in reading order.
    widget = view.step_widget
    order = [widget.answers[0]]
    for _ in range(3):
        order.append(order[-1].nextInFocusChain())
        while not (order[-1].focusPolicy() & Qt.FocusPolicy.TabFocus and order[-1].isVisible()):
            order[-1] = order[-1].nextInFocusChain()
    # (Arrows move between radio buttons; Tab leaves the group, as everywhere else.)
    assert order[1:] == [widget.check, view.leave_button, view.restart_button]
    # Enter on a focused answer picks it, as Space does.
    widget.answers[1].setFocus()
    qtbot.keyClick(widget.answers[1], Qt.Key.Key_Return)
    assert widget.answers[1].isChecked()
    assert QApplication.focusWidget() is widget.answers[1]


def test_every_step_kind_has_its_widget() -> None:
    from harbourlight.core.vocabulary import STEP_KINDS
    from harbourlight.ui.steps import StepWidget, widget_class

    for kind in STEP_KINDS:
        assert issubclass(widget_class(kind), StepWidget), kind
    with pytest.raises(KeyError):
        widget_class("no-such-kind")
