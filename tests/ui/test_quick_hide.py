"""Quick hide: one button or Esc twice swaps in a neutral screen; nothing returns until the user chooses."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel


def shown_text(widget) -> str:  # type: ignore[no-untyped-def]
    return " ".join(label.text() for label in widget.findChildren(QLabel) if label.isVisibleTo(widget))


def test_hide_button_replaces_the_lesson_with_a_neutral_screen(window, qtbot) -> None:  # type: ignore[no-untyped-def]
    lesson = window.context.library.find_lesson("b1113-new-friend-secrets")
    window.start_lesson(lesson)
    qtbot.mouseClick(window.help_button, Qt.MouseButton.LeftButton)
    qtbot.mouseClick(window.hide_button, Qt.MouseButton.LeftButton)
    assert window.is_hidden_by_quick_hide()
    assert window.layers.currentWidget() is window.neutral
    assert not window.help_dialog.isVisible()
    assert window.windowTitle() == "Notes"
    assert lesson.title not in shown_text(window.layers.currentWidget())
    window.showNormal()  # coming back to the window still shows the neutral screen
    assert window.is_hidden_by_quick_hide()
    qtbot.mouseClick(window.neutral.resume_button, Qt.MouseButton.LeftButton)
    assert window.layers.currentWidget() is window.app_layer
    assert window.pages.currentWidget() is window.lesson_view


def test_escape_twice_hides(window, qtbot) -> None:  # type: ignore[no-untyped-def]
    qtbot.keyClick(window, Qt.Key.Key_Escape)
    assert not window.is_hidden_by_quick_hide()
    qtbot.keyClick(window, Qt.Key.Key_Escape)
    assert window.is_hidden_by_quick_hide()


def test_the_neutral_page_keeps_nothing_typed_on_it(window, qtbot) -> None:  # type: ignore[no-untyped-def]
    window.quick_hide()
    qtbot.keyClicks(window.neutral.page, "shopping list")
    qtbot.mouseClick(window.neutral.resume_button, Qt.MouseButton.LeftButton)
    window.quick_hide()
    assert window.neutral.page.toPlainText() == ""
    assert "shopping list" not in shown_text(window.neutral)
