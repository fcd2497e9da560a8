"""A learner's path: first-run choices, the library, a whole lesson with a branch, and Get help."""

from __future__ import annotations

from play_helpers import finish_help_lists
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel

from harbourlight.core.models import ChoiceStep
from harbourlight.services.settings import SettingsStore
from harbourlight.ui.main_window import MainWindow
from harbourlight.ui.setup_view import SetupView


def visible_texts(widget) -> str:  # type: ignore[no-untyped-def]
    return "\n".join(label.text() for label in widget.findChildren(QLabel) if label.isVisibleTo(widget))


def test_first_run_asks_for_age_group_and_country_and_saves_them(context, qtbot) -> None:  # type: ignore[no-untyped-def]
    win = MainWindow(context)
    qtbot.addWidget(win)
    win.show()
    setup = win.pages.currentWidget()
    assert isinstance(setup, SetupView)
    assert "How old are you?" in visible_texts(setup)
    qtbot.mouseClick(setup.continue_button, Qt.MouseButton.LeftButton)
    assert "Please choose an age group and a country." in setup.error.text()
    qtbot.mouseClick(setup.band_buttons["11-13"], Qt.MouseButton.LeftButton)
    setup.country_combo.setCurrentIndex(setup.country_combo.findData("NO"))
    assert setup.country_combo.currentText() == "Norway"
    qtbot.mouseClick(setup.continue_button, Qt.MouseButton.LeftButton)
    assert win.pages.currentWidget() is win.library_view
    assert "Lessons for Ages 11–13" in visible_texts(win.library_view)
    saved = SettingsStore(context.paths.settings_file).load()
    assert (saved.band, saved.country) == ("11-13", "NO")


def test_play_the_real_lesson_to_its_end_through_a_branch(window, qtbot) -> None:  # type: ignore[no-untyped-def]
    card = next(c for c in window.library_view.cards if c.lesson.id == "b1113-new-friend-secrets")
    qtbot.mouseClick(card.start_button, Qt.MouseButton.LeftButton)
    advisory = window.pages.currentWidget()
    assert card.lesson.advisory in visible_texts(advisory)
    assert "best with a trusted adult" in visible_texts(advisory)
    qtbot.mouseClick(advisory.accept_button, Qt.MouseButton.LeftButton)

    view = window.lesson_view
    assert window.pages.currentWidget() is view
    seen_kinds = []
    for _ in range(40):
        step = view.walk.current
        seen_kinds.append(step.kind)
        assert view.position.text().startswith(f"Step {view.walk.position} of")
        if isinstance(step, ChoiceStep):
            assert not view.next_button.isEnabled()  # an answer is needed first
            option = step.options[-1]
            qtbot.mouseClick(view.step_widget.option_buttons[-1], Qt.MouseButton.LeftButton)
            assert view.step_widget.feedback.text() == option.feedback
            assert view.step_widget.feedback.isVisibleTo(view)
            qtbot.mouseClick(view.next_button, Qt.MouseButton.LeftButton)
            assert view.walk.current.id == option.next  # the branch was followed
            continue
        _complete_step(view, qtbot)
        if view.next_button.text() == "Finish":
            break
        qtbot.mouseClick(view.next_button, Qt.MouseButton.LeftButton)
    assert "choice" in seen_kinds
    assert view.walk.current.kind == "help"
    finish_help_lists(view.step_widget)  # the cards are added right after the step's first paint
    assert "Childline" in visible_texts(view.step_widget)  # the UK directory, in the lesson
    qtbot.mouseClick(view.next_button, Qt.MouseButton.LeftButton)
    assert window.pages.currentWidget() is window.library_view
    assert "b1113-new-friend-secrets" in window.context.progress_store.get().done
    card = next(c for c in window.library_view.cards if c.lesson.id == "b1113-new-friend-secrets")
    assert "Done ✓" in visible_texts(card)


def _complete_step(view, qtbot) -> None:  # type: ignore[no-untyped-def]
    widget = view.step_widget
    kind = view.walk.current.kind
    if kind == "quiz":
        qtbot.mouseClick(widget.answers[0], Qt.MouseButton.LeftButton)
        qtbot.mouseClick(widget.check, Qt.MouseButton.LeftButton)
    elif kind == "sort":
        for buttons in widget.group_buttons:
            qtbot.mouseClick(buttons[0], Qt.MouseButton.LeftButton)
    elif kind == "rehearse":
        while widget.action.isEnabled():
            qtbot.mouseClick(widget.action, Qt.MouseButton.LeftButton)
    assert view.next_button.isEnabled()


def test_get_help_shows_uk_norway_and_us_with_source_and_date(window, qtbot) -> None:  # type: ignore[no-untyped-def]
    qtbot.mouseClick(window.help_button, Qt.MouseButton.LeftButton)
    dialog = window.help_dialog
    assert dialog is not None and dialog.isVisible()
    text = dialog.panel.visible_text()
    assert "Help in United Kingdom" in text and "Childline" in text and "0800 1111" in text
    assert "999" in text  # emergency number at the top
    assert "Last checked 2026-11-22" in text and "Source: " in text
    for code, name, expected in (("NO", "Norway", "116 111"), ("US", "United States", "1-800-843-5678")):
        dialog.country_combo.setCurrentIndex(dialog.country_combo.findData(code))
        text = dialog.panel.visible_text()
        assert f"Help in {name}" in text and expected in text
    assert window.context.settings.country == "US"  # the choice carries over everywhere


def test_get_help_from_inside_a_lesson_with_f1(window, qtbot) -> None:  # type: ignore[no-untyped-def]
    window.start_lesson(window.context.library.find_lesson("b1113-new-friend-secrets"))
    qtbot.keyClick(window, Qt.Key.Key_F1)
    assert window.help_dialog is not None and window.help_dialog.isVisible()
    assert window.pages.currentWidget() is window.lesson_view  # the lesson is still there behind it


def test_unverified_entries_say_so(window, qtbot) -> None:  # type: ignore[no-untyped-def]
    window.open_help()
    dialog = window.help_dialog
    dialog.country_combo.setCurrentIndex(dialog.country_combo.findData("IE"))
    assert "Unverified — check before relying on it" in dialog.panel.visible_text()
