"""Help → Copy diagnostic info, and the calm message that replaces a crash; neither carries learner data."""

from __future__ import annotations

import sys
from pathlib import Path

from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QMessageBox

from harbourlight.services import logging_setup
from harbourlight.ui.support import CrashGuard

NICKNAME = "Zebra-Kid"


def test_copy_diagnostic_info_from_the_help_menu(window, qtbot, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    told: list[str] = []
    monkeypatch.setattr(QMessageBox, "information", lambda parent, title, text: told.append(text))
    window.context.update_settings(nickname=NICKNAME)
    store = window.context.progress_store
    store.put(store.get(NICKNAME).finish("b1113-ai-fakes").pause("b1113-sextortion", ("a", "b")), NICKNAME)
    [action] = [a for a in window.menus["help"].actions() if a.text() == "Copy diagnostic info"]
    action.trigger()
    copied = QGuiApplication.clipboard().text()
    assert copied.startswith("Harbourlight 0.1.0\n")
    assert "Qt: PySide6 " in copied and "Python 3." in copied and "System: " in copied
    for pack in window.context.library.packs:
        assert f"{pack.id} {pack.version}" in copied
    assert "Content problems: " in copied
    for private in (NICKNAME, "b1113-ai-fakes", "b1113-sextortion", "11-13", "United Kingdom", "GB"):
        assert private not in copied, f"{private} must not be in the diagnostic info"
    assert told and "no progress" in told[0]


def test_diagnostic_info_lists_damaged_state_files(app_env, qtbot, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    from harbourlight.services.context import build_context
    from harbourlight.ui.app import prepare_app
    from harbourlight.ui.main_window import MainWindow

    monkeypatch.setattr(QMessageBox, "information", lambda *args: None)
    data = Path(app_env["HARBOURLIGHT_DATA_DIR"])
    data.mkdir(parents=True)
    (data / "progress.json").write_bytes(b"{{{")
    context = build_context(app_env)
    prepare_app(context)
    window = MainWindow(context)
    qtbot.addWidget(window)
    window.support_action.trigger()
    assert "Start-up notices:" in QGuiApplication.clipboard().text()
    assert "progress.json was damaged" in QGuiApplication.clipboard().text()


def test_an_unexpected_error_is_logged_and_explained_not_a_crash(window, tmp_path, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    shown: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda parent, title, text: shown.append(title))
    monkeypatch.setattr(sys, "excepthook", sys.excepthook)  # restored after the test
    log_file = logging_setup.configure_logging(tmp_path / "logs", home=tmp_path)
    assert log_file is not None
    CrashGuard(window.tr).install()
    secret = "".join([NICKNAME, "-typed"])
    try:
        raise ValueError(secret)
    except ValueError:
        sys.excepthook(*sys.exc_info())
    logging_setup.close_logging()
    assert shown == ["Something went wrong"]
    text = log_file.read_text("utf-8")
    assert "unexpected error: ValueError" in text and "test_diagnostics.py" in text
    assert secret not in text
    assert window.isVisible()  # the app is still there
