"""The lesson page is made when first wanted (after the window is up): making it must not flash a window of its
own, which would take the keyboard focus from the learner, and the first lesson must play as before."""

from __future__ import annotations

import shutil
from pathlib import Path

from PySide6.QtCore import QEvent, QObject
from PySide6.QtWidgets import QApplication, QWidget

from harbourlight.services.context import build_context
from harbourlight.ui.advisory_view import AdvisoryView
from harbourlight.ui.app import warm_up
from harbourlight.ui.main_window import MainWindow
from repo_paths import CONTENT, DEFAULT_PACK


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


def test_a_later_start_shows_the_list_before_the_lessons_load_and_opens_them_from_it(  # type: ignore[no-untyped-def]
    app_env: dict[str, str], qapp, qtbot
) -> None:
    """The second start reads the lesson list from the cache; the lessons load after the first paint (warm_up) or
    when one is chosen, and a chosen card opens that lesson."""
    first = build_context(app_env)
    first.update_settings(band="11-13", country="GB")
    assert first.lesson_list is None and first.loaded_library is not None  # nothing cached yet: a full load

    context = build_context(app_env)
    assert context.loaded_library is None and context.lesson_list is not None
    window = MainWindow(context)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    titles = [card.lesson.title for card in window.library_view.cards]
    assert titles and context.loaded_library is None  # the list is up; the lessons are not loaded yet

    warm_up(window)
    assert context.loaded_library is not None
    assert sorted(titles) == sorted(lesson.title for lesson in context.library.lessons_for_band("11-13"))

    again = build_context(app_env)
    window_again = MainWindow(again)
    qtbot.addWidget(window_again)
    card = window_again.library_view.cards[1]
    window_again.show_advisory(card.lesson)  # what a click on the card's Start does, before any warm-up
    view = window_again.pages.currentWidget()
    assert isinstance(view, AdvisoryView) and view.lesson.id == card.lesson.id
    assert view.lesson == again.library.find_lesson(card.lesson.id)  # the full lesson, steps and all
    assert len(view.lesson.steps) > 1


def test_a_changed_pack_means_a_full_load_at_start_and_its_new_text_in_the_list(  # type: ignore[no-untyped-def]
    app_env: dict[str, str], tmp_path: Path, qapp, qtbot
) -> None:
    content = tmp_path / "content"
    shutil.copytree(DEFAULT_PACK, content / "packs" / "default")
    (content / "helplines").symlink_to(CONTENT / "helplines", target_is_directory=True)
    app_env["HARBOURLIGHT_CONTENT_DIR"] = str(content)
    build_context(app_env).update_settings(band="11-13", country="GB")
    lesson_file = next(f for f in sorted((content / "packs" / "default" / "lessons").glob("b1113-*.yaml")))
    text = lesson_file.read_text("utf-8")
    lesson_file.write_text(text.replace("\ntitle: ", "\ntitle: Changed - ", 1), "utf-8")

    context = build_context(app_env)
    assert context.lesson_list is None and context.loaded_library is not None  # changed files: no cached list
    window = MainWindow(context)
    qtbot.addWidget(window)
    assert any(card.lesson.title.startswith("Changed - ") for card in window.library_view.cards)
    assert build_context(app_env).lesson_list is not None  # and the next start has the new list
