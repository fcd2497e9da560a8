"""The app never uses the network: not at import, not at start, not while playing or getting help.

Web pages of helplines open in the system browser only after a click on "Open" and a yes in the confirmation;
the app itself never loads Qt's network module.
"""

from __future__ import annotations

import datetime as dt
import json
import sys
from pathlib import Path

from play_helpers import play_through, shortest_lesson
from PySide6.QtCore import Qt
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QMessageBox

from harbourlight.services.context import build_context
from harbourlight.ui.app import prepare_app
from harbourlight.ui.main_window import MainWindow
from network_guard import no_network, run_guarded

SETTINGS = {"band": "11-13", "country": "GB", "language": "en", "text_scale": 100, "theme": "default"}


def test_start_play_and_get_help_without_any_network_attempt(app_env, qtbot, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    opened: list[object] = []
    monkeypatch.setattr(QDesktopServices, "openUrl", lambda url: opened.append(url) or True)
    config = Path(app_env["HARBOURLIGHT_CONFIG_DIR"])
    config.mkdir(parents=True)
    (config / "settings.json").write_text(json.dumps(SETTINGS), encoding="utf-8")
    with no_network(monkeypatch) as attempts:
        context = build_context(app_env)
        context.today = dt.date(2026, 11, 23)
        prepare_app(context)
        window = MainWindow(context)
        qtbot.addWidget(window)
        window.show()
        qtbot.mouseClick(window.help_button, Qt.MouseButton.LeftButton)
        dialog = window.help_dialog
        assert dialog is not None and dialog.isVisible()
        for country in ("NO", "US", "GB"):
            dialog.country_combo.setCurrentIndex(dialog.country_combo.findData(country))
        dialog.close()
        play_through(window, qtbot, shortest_lesson(window))
        window.quick_hide()
        window.unhide()
        window.open_settings()
        window.settings_dialog.reject()
    assert attempts == []
    assert opened == [], "a web page was opened without being asked for"
    assert "PySide6.QtNetwork" not in sys.modules


def test_a_helpline_page_opens_only_after_a_click_and_a_yes(window, qtbot, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    opened: list[str] = []
    monkeypatch.setattr(QDesktopServices, "openUrl", lambda url: opened.append(url.toString()) or True)
    answers = [QMessageBox.StandardButton.No, QMessageBox.StandardButton.Yes]
    monkeypatch.setattr(QMessageBox, "question", lambda *args, **kwargs: answers.pop(0))
    window.open_help()
    buttons = [b for card in window.help_dialog.panel.cards for b in card.link_buttons]
    assert buttons, "the UK directory has web pages to offer"
    assert opened == []  # showing the directory opens nothing
    qtbot.mouseClick(buttons[0], Qt.MouseButton.LeftButton)
    assert opened == []  # the learner said no
    qtbot.mouseClick(buttons[0], Qt.MouseButton.LeftButton)
    assert len(opened) == 1 and opened[0].startswith("https://")


# In a fresh interpreter, with an audit hook installed before anything is imported: the real entry point.
APP_RUN = """
import sys
from PySide6.QtCore import QTimer
import harbourlight.ui.app as app_module

original = app_module.prepare_app

def prepare_and_quit_soon(context, argv=()):
    app = original(context, argv)
    QTimer.singleShot(300, app.quit)
    return app

app_module.prepare_app = prepare_and_quit_soon
from harbourlight.main import main
sys.exit(main([]))
"""


def test_the_real_entry_point_and_self_test_make_no_network_attempt(app_env, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    env = {**app_env, "QT_QPA_PLATFORM": "offscreen"}
    done, report = run_guarded(APP_RUN, tmp_path, env)
    assert report == {"attempts": [], "qtnetwork": False}
    assert done.returncode == 0, done.stderr[-2000:]
    assert "starting" in (Path(app_env["HARBOURLIGHT_LOG_DIR"]) / "harbourlight.log").read_text("utf-8")
    done, report = run_guarded(
        "import sys\nfrom harbourlight.main import main\nsys.exit(main(['--self-test']))", tmp_path, env
    )
    assert report == {"attempts": [], "qtnetwork": False}
    assert done.returncode == 0 and "self-test: OK" in done.stdout, done.stdout + done.stderr[-2000:]
