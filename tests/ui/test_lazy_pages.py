"""The lesson page is made when first wanted (after the window is up): making it must not flash a window of its
own, which would take the keyboard focus from the learner, and the first lesson must play as before."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject
from PySide6.QtWidgets import QApplication, QWidget

from harbourlight.ui.main_window import MainWindow


class TopLevelShows(QObject):
    def __init__(self) -> None:
        super().__init__()
        self.shown: list[str] = []

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Show and isinstance(watched, QWidget) and watched.isWindow():
            self.shown.append(type(watched).__name__)
        return False


def test_the_lesson_page_is_made_on_first_use_inside_the_window(window: MainWindow, qtbot) -> None:  # type: ignore[no-untyped-def]
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    assert window._lesson_view is None  # start-up did not build it
    watch = TopLevelShows()
    QApplication.instance().installEventFilter(watch)
    try:
        lesson = window.context.library.lessons_for_band("11-13")[0]
        window.library_view.cards[0].start_button.setFocus()
        window.start_lesson(lesson)
        qtbot.wait(50)
    finally:
        QApplication.instance().removeEventFilter(watch)
    assert watch.shown == []
    assert window.isActiveWindow()
    assert window.pages.currentWidget() is window.lesson_view
    assert window.lesson_view.walk is not None and window.lesson_view.walk.lesson is lesson
    assert window.lesson_view.read_aloud.isVisible()
    assert window.speaker is window.lesson_view.read_aloud.speaker
