"""Text size 100–200 %: Ctrl +/−/0, saved; at 200 % every screen reflows and no label or button is cut off."""

from __future__ import annotations

import pytest
from play_helpers import finish_help_lists
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QAbstractButton, QApplication, QLabel, QScrollArea, QWidget

from harbourlight.core.walk import LessonWalk
from harbourlight.services.context import AppContext
from harbourlight.ui.main_window import MainWindow
from harbourlight.ui.theme import BASE_POINT_SIZE, apply_settings


def clipped(root: QWidget) -> list[str]:
    """Visible labels and buttons whose text needs more room than they were given."""
    finish_help_lists(root)
    QApplication.processEvents()
    problems = []
    for label in root.findChildren(QLabel):
        if not label.isVisibleTo(root) or not label.text() or label.width() <= 0:
            continue
        if label.wordWrap():
            needed_height = label.heightForWidth(label.width())
            if needed_height > label.height():
                problems.append(f"label {label.text()[:40]!r}: needs {needed_height}px, has {label.height()}px")
        elif label.sizeHint().width() > label.width() or label.sizeHint().height() > label.height():
            problems.append(f"label {label.text()[:40]!r}: {label.sizeHint().toTuple()} in {label.size().toTuple()}")
    for btn in root.findChildren(QAbstractButton):
        if not btn.isVisibleTo(root) or not btn.text():
            continue
        if btn.hasHeightForWidth():  # wrapping buttons (their text is a label, also checked above)
            if btn.heightForWidth(btn.width()) > btn.height():
                problems.append(f"button {btn.text()[:40]!r}: needs {btn.heightForWidth(btn.width())}px")
            continue
        hint = btn.sizeHint()
        if hint.width() > btn.width() or hint.height() > btn.height():
            problems.append(f"button {btn.text()[:40]!r}: {hint.toTuple()} in {btn.size().toTuple()}")
    for area in root.findChildren(QScrollArea):
        inner = area.widget()
        if area.isVisibleTo(root) and inner is not None and inner.width() > area.viewport().width():
            problems.append(f"{type(area).__name__} scrolls sideways: {inner.width()}px in {area.viewport().width()}px")
    return problems


@pytest.fixture
def big_text(set_up_context: AppContext) -> AppContext:
    settings = set_up_context.update_settings(text_scale=200)
    apply_settings(QApplication.instance(), settings, set_up_context.paths.content_dir)
    yield set_up_context
    apply_settings(
        QApplication.instance(), set_up_context.update_settings(text_scale=100), set_up_context.paths.content_dir
    )


@pytest.fixture
def big_window(big_text: AppContext, qtbot) -> MainWindow:  # type: ignore[no-untyped-def]
    win = MainWindow(big_text)
    qtbot.addWidget(win)
    win.resize(1280, 800)
    win.show()
    qtbot.waitExposed(win)
    return win


def test_the_clip_check_catches_a_clipped_label(qtbot) -> None:  # type: ignore[no-untyped-def]
    holder = QWidget()
    qtbot.addWidget(holder)
    label = QLabel("A long sentence that cannot possibly fit into twenty pixels", holder)
    label.setWordWrap(True)
    label.setGeometry(0, 0, 120, 20)
    holder.show()
    assert clipped(holder)


def test_library_and_advisory_at_200_percent(big_window: MainWindow, qtbot) -> None:  # type: ignore[no-untyped-def]
    assert QApplication.instance().font().pointSize() == BASE_POINT_SIZE * 2
    assert not clipped(big_window), clipped(big_window)
    big_window.show_advisory(big_window.library_view.cards[0].lesson)
    assert not clipped(big_window), clipped(big_window)


def test_setup_at_200_percent(big_window: MainWindow) -> None:
    big_window.show_setup()
    assert not clipped(big_window), clipped(big_window)


def test_every_step_of_a_lesson_at_200_percent(big_window: MainWindow) -> None:
    context = big_window.context
    kinds = set()
    for lesson_id in ("b1113-exposed-accounts", "b1113-new-friend-secrets"):
        lesson = context.library.find_lesson(lesson_id)
        assert lesson is not None
        big_window.start_lesson(lesson)
        view = big_window.lesson_view
        for step in lesson.steps:
            view.walk = LessonWalk(lesson, (step.id,))
            view._show_step()
            kinds.add(step.kind)
            assert not clipped(big_window), f"{lesson_id}/{step.id}: {clipped(big_window)}"
    assert {"story", "choice", "quiz", "sort", "reflect", "rehearse", "help", "summary"} <= kinds


def test_shortcuts_screen_at_200_percent(big_window: MainWindow) -> None:
    big_window.display_actions.show_shortcuts()
    dialog = big_window.display_actions.dialog
    assert not clipped(dialog), clipped(dialog)
    dialog.close()


def test_get_help_labels_at_200_percent(big_window: MainWindow) -> None:
    big_window.open_help()
    dialog = big_window.help_dialog
    assert dialog is not None
    problems = [p for p in clipped(dialog) if "scrolls sideways" not in p]
    dialog.close()
    assert not problems, problems


def test_get_help_does_not_scroll_sideways_at_200_percent(big_window: MainWindow) -> None:
    big_window.open_help()
    dialog = big_window.help_dialog
    assert dialog is not None
    problems = clipped(dialog)
    dialog.close()
    assert not problems, problems


def test_ctrl_plus_minus_and_zero_change_and_save_the_text_size(window: MainWindow, qtbot) -> None:  # type: ignore[no-untyped-def]
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    app = QApplication.instance()
    control = Qt.KeyboardModifier.ControlModifier
    qtbot.keyClick(window, Qt.Key.Key_Plus, control)
    assert window.context.settings.text_scale == 110
    assert window.context.settings_store.load().text_scale == 110  # saved for next time
    assert app.font().pointSize() == round(BASE_POINT_SIZE * 1.1)
    for _ in range(15):
        qtbot.keyClick(window, Qt.Key.Key_Plus, control)
    assert window.context.settings.text_scale == 200  # never beyond 200 %
    qtbot.keyClick(window, Qt.Key.Key_Minus, control)
    assert window.context.settings.text_scale == 190
    qtbot.keyClick(window, Qt.Key.Key_0, control)
    assert window.context.settings.text_scale == 100
    assert app.font().pointSize() == BASE_POINT_SIZE
