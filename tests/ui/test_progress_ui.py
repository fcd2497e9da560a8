"""Progress and settings across restarts: pause and resume, a damaged progress file, forgetting, nicknames."""

from __future__ import annotations

import datetime as dt
import json

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QLabel, QMessageBox

from harbourlight.services.context import build_context
from harbourlight.services.settings import SettingsStore
from harbourlight.ui.advisory_view import AdvisoryView
from harbourlight.ui.main_window import MainWindow
from harbourlight.ui.theme import BASE_POINT_SIZE

LESSON = "b1113-new-friend-secrets"


def visible_texts(widget) -> str:  # type: ignore[no-untyped-def]
    return "\n".join(label.text() for label in widget.findChildren(QLabel) if label.isVisibleTo(widget))


def restart(app_env, qtbot) -> MainWindow:  # type: ignore[no-untyped-def]
    """What a new start of the app does: read everything again from the same folders."""
    context = build_context(app_env)
    context.today = dt.date(2026, 11, 23)
    win = MainWindow(context)
    qtbot.addWidget(win)
    win.show()
    return win


def card_for(window: MainWindow, lesson_id: str):  # type: ignore[no-untyped-def]
    return next(c for c in window.library_view.cards if c.lesson.id == lesson_id)


def test_a_paused_lesson_resumes_where_it_stopped_after_a_restart(window, app_env, qtbot) -> None:  # type: ignore[no-untyped-def]
    window.start_lesson(window.context.library.find_lesson(LESSON))
    view = window.lesson_view
    qtbot.mouseClick(view.next_button, Qt.MouseButton.LeftButton)
    assert view.walk.position == 2
    stopped_at = view.walk.current.id
    qtbot.mouseClick(view.leave_button, Qt.MouseButton.LeftButton)
    assert window.pages.currentWidget() is window.library_view
    window.close()

    again = restart(app_env, qtbot)
    assert again.pages.currentWidget() is again.library_view  # no first-run questions the second time
    card = card_for(again, LESSON)
    assert card.status.text().startswith("Part-way through")
    assert card.start_button.text() == "Carry on"
    qtbot.mouseClick(card_for(again, LESSON).start_button, Qt.MouseButton.LeftButton)
    advisory = again.pages.currentWidget()
    assert isinstance(advisory, AdvisoryView)
    assert advisory.accept_button.text() == "Carry on where I stopped"
    qtbot.mouseClick(advisory.accept_button, Qt.MouseButton.LeftButton)
    assert again.lesson_view.walk.current.id == stopped_at
    assert again.lesson_view.position.text().startswith("Step 2 of")
    qtbot.mouseClick(again.lesson_view.restart_button, Qt.MouseButton.LeftButton)
    assert again.lesson_view.walk.position == 1


def test_a_damaged_progress_file_is_set_aside_the_user_is_told_and_settings_stay(  # type: ignore[no-untyped-def]
    set_up_context, app_env, qtbot
) -> None:
    progress_file = set_up_context.paths.progress_file
    progress_file.parent.mkdir(parents=True, exist_ok=True)
    progress_file.write_text('{"profiles": {"": {"done": ["b1113-', "utf-8")  # cut off mid-write

    win = restart(app_env, qtbot)
    assert win.pages.currentWidget() is win.library_view  # band and country were kept
    assert win.context.settings.band == "11-13" and win.context.settings.country == "GB"
    shown = visible_texts(win.library_view)
    assert "Your list of finished lessons could not be read, so it starts empty this time." in shown
    assert "Your other settings are kept." in shown
    kept = list(progress_file.parent.glob("progress.json.broken-*"))
    assert len(kept) == 1 and kept[0].name in shown
    assert not progress_file.exists()
    assert "Done ✓" not in shown
    # The app carries on normally: finishing a lesson writes a fresh, valid file.
    win.lesson_view.play(win.context.library.find_lesson(LESSON))
    win._lesson_finished(LESSON)
    assert json.loads(progress_file.read_text("utf-8"))["profiles"][""]["done"] == [LESSON]


def test_forget_my_progress_asks_first_then_deletes_it(window, monkeypatch, qtbot) -> None:  # type: ignore[no-untyped-def]
    window._lesson_finished(LESSON)
    progress_file = window.context.paths.progress_file
    assert progress_file.exists()
    assert "Done ✓" in visible_texts(card_for(window, LESSON))
    assert "Done ✓" not in visible_texts(card_for(window, "b1113-ai-fakes"))
    actions = {a.text(): a for a in window.menus["file"].actions()}
    asked = []

    def answer(choice):  # type: ignore[no-untyped-def]
        def question(parent, title, text, *args, **kwargs):  # type: ignore[no-untyped-def]
            asked.append(text)
            return choice

        return question

    monkeypatch.setattr(QMessageBox, "question", answer(QMessageBox.StandardButton.No))
    actions["Forget my progress…"].trigger()
    assert progress_file.exists()  # "No" keeps everything
    monkeypatch.setattr(QMessageBox, "question", answer(QMessageBox.StandardButton.Yes))
    actions["Forget my progress…"].trigger()
    assert len(asked) == 2 and "cannot be undone" in asked[0]
    assert not progress_file.exists()
    assert "Done ✓" not in visible_texts(card_for(window, LESSON))


def test_settings_dialog_changes_are_saved_and_survive_a_restart(window, app_env, qtbot) -> None:  # type: ignore[no-untyped-def]
    actions = {a.text(): a for a in window.menus["file"].actions()}
    actions["Settings…"].trigger()
    dialog = window.settings_dialog
    assert dialog is not None and dialog.isVisible()
    dialog.age_spin.setValue(15)  # typing an age picks the age group
    assert dialog.band_combo.currentData() == "14-17"
    dialog.country_combo.setCurrentIndex(dialog.country_combo.findData("NO"))
    qtbot.mouseClick(dialog.bigger_button, Qt.MouseButton.LeftButton)
    qtbot.mouseClick(dialog.bigger_button, Qt.MouseButton.LeftButton)
    assert dialog.size_value.text() == "120%"
    dialog.theme_combo.setCurrentIndex(dialog.theme_combo.findData("high-contrast"))
    dialog.nickname_combo.setCurrentText("  Blue   Otter  ")
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    assert not dialog.isVisible()

    assert "Lessons for Ages 14–17" in visible_texts(window.library_view)  # the library follows the new band
    assert "Ages 14–17" in window.where_label.text() and "Norway" in window.where_label.text()
    assert QApplication.font().pointSize() == round(BASE_POINT_SIZE * 1.2)
    saved = SettingsStore(window.context.paths.settings_file).load()
    assert (saved.band, saved.country, saved.text_scale, saved.theme, saved.nickname) == (
        "14-17",
        "NO",
        120,
        "high-contrast",
        "Blue Otter",
    )
    window.close()
    again = restart(app_env, qtbot)
    assert again.context.settings == saved
    assert "Lessons for Ages 14–17" in visible_texts(again.library_view)


def test_cancel_changes_nothing(window, qtbot) -> None:  # type: ignore[no-untyped-def]
    before = window.context.settings
    window.open_settings()
    dialog = window.settings_dialog
    dialog.age_spin.setValue(6)
    qtbot.mouseClick(dialog.cancel_button, Qt.MouseButton.LeftButton)
    assert window.context.settings == before
    assert SettingsStore(window.context.paths.settings_file).load() == before


def test_nicknames_keep_finished_lessons_apart(window, qtbot) -> None:  # type: ignore[no-untyped-def]
    window._lesson_finished(LESSON)
    window.open_settings()
    dialog = window.settings_dialog
    dialog.nickname_combo.setCurrentText("Star")
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    assert "Done ✓" not in visible_texts(card_for(window, LESSON))  # Star has not done it yet
    window._lesson_finished("b1113-ai-fakes")
    window.open_settings()
    dialog = window.settings_dialog
    assert [dialog.nickname_combo.itemText(i) for i in range(dialog.nickname_combo.count())] == ["", "Star"]
    dialog.nickname_combo.setCurrentText("")
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    assert "Done ✓" in visible_texts(card_for(window, LESSON))
    assert "Done ✓" not in visible_texts(card_for(window, "b1113-ai-fakes"))


def test_the_library_speaks_to_each_age_group_in_its_own_words(window, qtbot) -> None:  # type: ignore[no-untyped-def]
    texts = {}
    for band in ("5-7", "14-17"):
        window.context.update_settings(band=band)
        window.show_library()
        texts[band] = visible_texts(window.library_view)
    assert "Pick a story." in texts["5-7"] and "red “Get help” button" in texts["5-7"]
    assert "Esc twice" in texts["14-17"] and "Pick a story." not in texts["14-17"]


def test_when_settings_were_damaged_too_the_notice_does_not_claim_they_were_kept(  # type: ignore[no-untyped-def]
    context, app_env, qtbot
) -> None:
    context.paths.config_dir.mkdir(parents=True, exist_ok=True)
    context.paths.settings_file.write_text("{not json", "utf-8")
    context.paths.data_dir.mkdir(parents=True, exist_ok=True)
    context.paths.progress_file.write_text("[]", "utf-8")  # valid JSON, but not what a progress file holds
    win = restart(app_env, qtbot)
    setup = win.pages.currentWidget()
    qtbot.mouseClick(setup.band_buttons["8-10"], Qt.MouseButton.LeftButton)
    setup.country_combo.setCurrentIndex(setup.country_combo.findData("GB"))
    qtbot.mouseClick(setup.continue_button, Qt.MouseButton.LeftButton)
    shown = visible_texts(win.library_view)
    assert "Your list of finished lessons could not be read" in shown
    assert "Your other settings are kept." not in shown


def test_first_run_accepts_an_age_instead_of_an_age_group(context, qtbot) -> None:  # type: ignore[no-untyped-def]
    win = MainWindow(context)
    qtbot.addWidget(win)
    win.show()
    setup = win.pages.currentWidget()
    setup.age_spin.setFocus()
    setup.age_spin.lineEdit().selectAll()  # as Tab into the box does
    qtbot.keyClicks(setup.age_spin.lineEdit(), "9")
    assert setup.band_buttons["8-10"].isChecked()
    setup.country_combo.setCurrentIndex(setup.country_combo.findData("GB"))
    qtbot.mouseClick(setup.continue_button, Qt.MouseButton.LeftButton)
    assert win.context.settings.band == "8-10"
    saved = json.loads(win.context.paths.settings_file.read_text("utf-8"))
    assert saved["band"] == "8-10" and not any(key == "age" or value == 9 for key, value in saved.items())
