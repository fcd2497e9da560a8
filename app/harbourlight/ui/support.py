"""Support features: Help → "Copy diagnostic info", and a calm message instead of a crash on an unexpected error."""

from __future__ import annotations

import sys
from types import TracebackType
from typing import TYPE_CHECKING

import PySide6
from PySide6.QtCore import qVersion
from PySide6.QtGui import QAction, QGuiApplication
from PySide6.QtWidgets import QApplication, QWidget

from harbourlight.i18n import Translator
from harbourlight.services.context import AppContext
from harbourlight.services.logging_setup import LOG_FILE_NAME, log_exception

if TYPE_CHECKING:
    from harbourlight.ui.main_window import MainWindow


def qt_versions() -> str:
    return f"PySide6 {PySide6.__version__}, Qt {qVersion()}, platform {QGuiApplication.platformName()}"


def report_for(context: AppContext) -> str:
    from harbourlight.services.diagnostics import DiagnosticFacts, diagnostic_report  # on first use (start-up)

    settings = context.settings
    log_file = context.paths.log_dir / LOG_FILE_NAME
    facts = DiagnosticFacts(
        packs=context.library.packs,
        problems=context.library.problems,
        notices=[n for n in (context.settings_store.notice, context.progress_store.notice) if n],
        language=settings.language,
        theme=settings.theme,
        text_scale=settings.text_scale,
        qt_versions=qt_versions(),
        log_file=log_file if log_file.exists() else None,
    )
    return diagnostic_report(facts)


def copy_diagnostics(parent: QWidget, context: AppContext) -> str:
    # PySide6 builds QMessageBox's class and enums on first use: not at start-up.
    from PySide6.QtWidgets import QMessageBox

    text = report_for(context)
    QGuiApplication.clipboard().setText(text)
    tr = context.translator
    QMessageBox.information(
        parent,
        tr._("Diagnostic info copied"),
        tr._(
            "Information for support is now on the clipboard: versions, packs and content problems. "
            "It holds no progress, nickname, age group or country. Paste it into an email to whoever "
            "looks after this computer."
        ),
    )
    return text


def install_support_actions(window: MainWindow) -> QAction:
    action = QAction(window.tr._("Copy diagnostic info"), window)
    action.setObjectName("copyDiagnostics")
    action.triggered.connect(lambda: copy_diagnostics(window, window.context))
    window.add_menu_action("help", action)
    return action


class CrashGuard:
    """sys.excepthook for the running app: log the error (type and code position only) and tell the user
    calmly, instead of the app vanishing. Qt keeps running after a slot raises, so the app carries on."""

    def __init__(self, tr: Translator):
        self.tr = tr
        self.showing = False
        self.previous = sys.excepthook

    def install(self) -> None:
        sys.excepthook = self

    def __call__(self, kind: type[BaseException], value: BaseException, trace: TracebackType | None) -> None:
        if issubclass(kind, KeyboardInterrupt):
            self.previous(kind, value, trace)
            return
        log_exception(kind, trace)
        app = QApplication.instance()
        if app is None or self.showing:  # no window to speak through, or an error while already telling one
            return
        self.showing = True
        try:
            from PySide6.QtWidgets import QMessageBox

            tr = self.tr
            QMessageBox.warning(
                QApplication.activeWindow(),
                tr._("Something went wrong"),
                tr._(
                    "Harbourlight hit a problem it did not expect. What you just did may not have worked, "
                    "but nothing you saved was lost and you can carry on.\n\n"
                    "If it keeps happening, a grown-up can choose Help → Copy diagnostic info and send it "
                    "to whoever looks after this computer."
                ),
            )
        finally:
            self.showing = False
