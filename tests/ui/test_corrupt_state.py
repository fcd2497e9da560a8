"""Damaged or unusable state at start-up: the app still opens, says what happened, works with defaults, and
keeps every damaged file aside exactly as it was (never overwritten)."""

from __future__ import annotations

import datetime as dt
import errno
import json
import os
from pathlib import Path

import pytest
from play_helpers import play_through, shortest_lesson, visible_text
from PySide6.QtCore import Qt

from harbourlight.services import atomic
from harbourlight.services.context import AppContext, build_context
from harbourlight.services.settings import Settings, SettingsStore
from harbourlight.ui.app import prepare_app
from harbourlight.ui.main_window import MainWindow
from harbourlight.ui.setup_view import SetupView

GOOD_SETTINGS = {"band": "11-13", "country": "GB", "language": "en", "text_scale": 100, "theme": "default"}


def start(env: dict[str, str], qtbot) -> MainWindow:  # type: ignore[no-untyped-def]
    context = build_context(env)
    context.today = dt.date(2026, 11, 23)
    prepare_app(context)
    window = MainWindow(context)
    qtbot.addWidget(window)
    window.show()
    return window


def write(path: Path, data: bytes) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_bytes(data)


def do_setup(window: MainWindow, qtbot) -> None:  # type: ignore[no-untyped-def]
    setup = window.pages.currentWidget()
    assert isinstance(setup, SetupView)
    qtbot.mouseClick(setup.band_buttons["11-13"], Qt.MouseButton.LeftButton)
    setup.country_combo.setCurrentIndex(setup.country_combo.findData("GB"))
    qtbot.mouseClick(setup.continue_button, Qt.MouseButton.LeftButton)
    assert window.pages.currentWidget() is window.library_view


def kept_aside(folder: Path, name: str) -> bytes:
    [kept] = list(folder.glob(f"{name}.broken-*"))
    return kept.read_bytes()


def test_truncated_settings_and_garbled_progress(app_env: dict[str, str], qtbot) -> None:  # type: ignore[no-untyped-def]
    config, data = Path(app_env["HARBOURLIGHT_CONFIG_DIR"]), Path(app_env["HARBOURLIGHT_DATA_DIR"])
    truncated = json.dumps(GOOD_SETTINGS).encode()[:25]
    garbled = b'{"version": 1, "profiles": {"": {"done": ["b1113-\x00\xff\xfe'
    write(config / "settings.json", truncated)
    write(data / "progress.json", garbled)
    window = start(app_env, qtbot)
    do_setup(window, qtbot)  # defaults: the first-run questions come back, and the app works
    shown = visible_text(window.library_view)
    assert "settings.json was damaged" in shown and "kept as settings.json.broken-" in shown
    assert "list of finished lessons could not be read" in shown
    assert window.library_view.cards, "the lessons are there"
    assert kept_aside(config, "settings.json") == truncated
    assert kept_aside(data, "progress.json") == garbled
    assert SettingsStore(config / "settings.json").load().band == "11-13"  # new settings saved beside the old


def test_damaged_progress_alone_keeps_settings_and_says_so(app_env: dict[str, str], qtbot) -> None:  # type: ignore[no-untyped-def]
    config, data = Path(app_env["HARBOURLIGHT_CONFIG_DIR"]), Path(app_env["HARBOURLIGHT_DATA_DIR"])
    write(config / "settings.json", json.dumps(GOOD_SETTINGS).encode())
    write(data / "progress.json", b"[[[[")
    window = start(app_env, qtbot)
    assert window.pages.currentWidget() is window.library_view
    assert "list of finished lessons could not be read" in visible_text(window.library_view)
    assert kept_aside(data, "progress.json") == b"[[[["
    play_through(window, qtbot, shortest_lesson(window))
    assert "Done ✓" in visible_text(window.library_view)
    assert kept_aside(data, "progress.json") == b"[[[["  # saving progress never touched the kept copy


def test_data_folder_that_is_a_file(app_env: dict[str, str], qtbot) -> None:  # type: ignore[no-untyped-def]
    """Unreadable data folder. Tests run as root, where chmod 000 stops nothing, so a file stands in its way."""
    blocker = Path(app_env["HARBOURLIGHT_DATA_DIR"])
    write(blocker, b"not a folder")
    write(Path(app_env["HARBOURLIGHT_CONFIG_DIR"]) / "settings.json", json.dumps(GOOD_SETTINGS).encode())
    window = start(app_env, qtbot)
    assert window.pages.currentWidget() is window.library_view
    assert "is not a folder" in visible_text(window.library_view)
    lesson = shortest_lesson(window)
    play_through(window, qtbot, lesson)
    assert "Progress could not be saved" in visible_text(window.library_view)
    assert blocker.read_bytes() == b"not a folder"


def test_unreadable_progress_file(app_env: dict[str, str], qtbot, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    """EACCES on read (what chmod 000 gives a normal user), simulated so it also holds when tests run as root."""
    data = Path(app_env["HARBOURLIGHT_DATA_DIR"])
    write(data / "progress.json", b'{"version": 1, "profiles": {"": {"done": ["x"]}}}')
    write(Path(app_env["HARBOURLIGHT_CONFIG_DIR"]) / "settings.json", json.dumps(GOOD_SETTINGS).encode())
    real_read_text = Path.read_text

    def read_text(self: Path, *args, **kwargs) -> str:  # type: ignore[no-untyped-def]
        if self.name == "progress.json":
            raise PermissionError(errno.EACCES, "Permission denied", str(self))
        return real_read_text(self, *args, **kwargs)

    monkeypatch.setattr(Path, "read_text", read_text)
    window = start(app_env, qtbot)
    assert "list of finished lessons could not be read" in visible_text(window.library_view)
    assert "could not be read (Permission denied)" in window.context.progress_store.notice  # for diagnostics
    monkeypatch.undo()
    play_through(window, qtbot, shortest_lesson(window))  # saving progress must not replace the unread file
    assert kept_aside(data, "progress.json") == b'{"version": 1, "profiles": {"": {"done": ["x"]}}}'


@pytest.mark.parametrize(
    ("code", "reason"), [(errno.EROFS, "Read-only file system"), (errno.ENOSPC, "No space left on device")]
)
def test_read_only_or_full_disk_keeps_the_old_files_and_explains(  # type: ignore[no-untyped-def]
    app_env: dict[str, str], qtbot, monkeypatch, code: int, reason: str
) -> None:
    config, data = Path(app_env["HARBOURLIGHT_CONFIG_DIR"]), Path(app_env["HARBOURLIGHT_DATA_DIR"])
    settings_bytes = json.dumps(GOOD_SETTINGS).encode()
    progress_bytes = b'{"version": 1, "profiles": {"": {"done": ["b1113-ai-fakes"], "paused": {}}}}'
    write(config / "settings.json", settings_bytes)
    write(data / "progress.json", progress_bytes)
    window = start(app_env, qtbot)

    def no_room(fd: int) -> None:  # the write fails where a full or read-only disk makes it fail: on flush
        raise OSError(code, reason)

    monkeypatch.setattr(atomic.os, "fsync", no_room)
    play_through(window, qtbot, shortest_lesson(window))
    assert f"Progress could not be saved: {reason}" in visible_text(window.library_view)
    window.context.update_settings(text_scale=150)
    assert window.context.settings.text_scale == 150  # works for this session
    assert any("Settings could not be saved" in n for n in window.context.notices)
    assert (config / "settings.json").read_bytes() == settings_bytes  # the old versions are intact
    assert (data / "progress.json").read_bytes() == progress_bytes
    assert not [p for p in (*data.rglob("*"), *config.rglob("*")) if p.name.endswith(".tmp")]  # no temp files left
    assert not list(data.glob("progress.json.*")) and not list(config.glob("settings.json.*"))  # nothing set aside


@pytest.mark.parametrize("kind", ["missing", "empty"])
def test_missing_content_folder(app_env: dict[str, str], qtbot, tmp_path: Path, kind: str) -> None:  # type: ignore[no-untyped-def]
    content = tmp_path / "no-content"
    if kind == "empty":
        content.mkdir()
    env = {**app_env, "HARBOURLIGHT_CONTENT_DIR": str(content)}
    write(Path(env["HARBOURLIGHT_CONFIG_DIR"]) / "settings.json", json.dumps(GOOD_SETTINGS).encode())
    window = start(env, qtbot)
    shown = visible_text(window.library_view)
    assert "reinstall Harbourlight" in shown
    assert "There are no lessons for this age group yet." in shown
    window.open_help()  # Get help still opens and says something useful
    assert window.help_dialog is not None and window.help_dialog.isVisible()
    assert window.help_dialog.panel.visible_text().strip()


def test_context_from_state_in_a_file_where_the_config_folder_should_be(app_env: dict[str, str]) -> None:
    write(Path(app_env["HARBOURLIGHT_CONFIG_DIR"]), b"x")
    context: AppContext = build_context(app_env)
    assert context.settings == Settings()
    context.update_settings(band="8-10")
    assert context.settings.band == "8-10" and any("could not be saved" in n for n in context.notices)
    assert os.path.isfile(app_env["HARBOURLIGHT_CONFIG_DIR"])
