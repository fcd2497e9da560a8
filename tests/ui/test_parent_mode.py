"""Parent mode: the guide and the country's numbers in two clicks, topic guides, and playing with a child."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QLabel

from harbourlight.ui.advisory_view import AdvisoryView
from harbourlight.ui.main_window import MainWindow
from harbourlight.ui.parent_view import ParentView


def action(window: MainWindow, menu: str, text: str) -> QAction:
    return next(a for a in window.menus[menu].actions() if a.text() == text)


def open_guide(window: MainWindow, qtbot) -> ParentView:  # type: ignore[no-untyped-def]
    # Click 1 opens the Mode menu; click 2 is this menu item.
    action(window, "mode", "Parent guide…").trigger()
    view = window.adult_features.parent_view
    assert view is not None
    qtbot.addWidget(view)
    return view


def test_two_clicks_reach_the_guide_and_the_countrys_numbers(window: MainWindow, qtbot) -> None:  # type: ignore[no-untyped-def]
    view = open_guide(window, qtbot)
    assert view.isVisible()
    shown = view.visible_text()
    assert "If a child tells you something happened" in shown
    assert "Don't blame them" in shown and "Stay calm" in shown and "Believe them" in shown
    assert "Help in United Kingdom" in shown
    assert "999 / 112" in shown.replace("\u2066", "").replace("\u2069", "")
    assert "Childline" in shown
    topics = [view.topic_list.item(i).text() for i in range(view.topic_list.count())]
    assert "Threats and blackmail" in topics and "Helping a friend" in topics


def test_a_topic_guide_has_what_is_taught_by_band_starters_signs_and_help(window: MainWindow, qtbot) -> None:  # type: ignore[no-untyped-def]
    view = open_guide(window, qtbot)
    items = [view.topic_list.item(i) for i in range(view.topic_list.count())]
    item = next(i for i in items if i.text() == "Threats and blackmail")
    view.topic_list.setCurrentItem(item)
    shown = view.visible_text()
    lesson = window.context.library.find_lesson("b1113-sextortion")
    assert lesson is not None
    assert "What children are taught: Ages 11–13" in shown
    assert "What children are taught: Ages 14–17" in shown
    assert lesson.parents.taught.strip() in shown
    assert "Conversation starters (Ages 11–13)" in shown
    assert lesson.parents.conversation_starters[0] in shown
    assert "Warning signs" in shown and lesson.parents.signs[0] in shown
    assert "What to do now" in shown
    assert "Best with a trusted adult or teacher" in shown
    assert "Help in United Kingdom" in shown
    # facilitator notes are for teachers, not in the parent guide
    assert lesson.facilitator.disclosure[:50] not in shown


def test_changing_the_country_shows_that_countrys_numbers(window: MainWindow, qtbot) -> None:  # type: ignore[no-untyped-def]
    view = open_guide(window, qtbot)
    view.country_combo.setCurrentIndex(view.country_combo.findData("NO"))
    shown = view.visible_text()
    assert "Help in Norway" in shown and "Help in United Kingdom" not in shown
    assert window.context.settings.country == "GB"  # the child's own setting is not changed


def test_play_with_my_child_opens_the_lesson_with_its_content_note(window: MainWindow, qtbot) -> None:  # type: ignore[no-untyped-def]
    view = open_guide(window, qtbot)
    items = [view.topic_list.item(i) for i in range(view.topic_list.count())]
    view.topic_list.setCurrentItem(next(i for i in items if i.text() == "Threats and blackmail"))
    qtbot.mouseClick(view.play_buttons["b1417-sextortion-boys-and-girls"], Qt.MouseButton.LeftButton)
    page = window.pages.currentWidget()
    assert isinstance(page, AdvisoryView)
    texts = "\n".join(label.text() for label in page.findChildren(QLabel))
    assert "best with a trusted adult" in texts
    qtbot.mouseClick(page.accept_button, Qt.MouseButton.LeftButton)
    assert window.pages.currentWidget() is window.lesson_view
    assert window.lesson_view.walk is not None
    assert window.lesson_view.walk.lesson.id == "b1417-sextortion-boys-and-girls"
