"""Starting the Qt application around an already-built AppContext."""

from __future__ import annotations

import sys
from collections.abc import Sequence

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from harbourlight import APP_NAME
from harbourlight.i18n.languages import is_rtl
from harbourlight.services.context import AppContext
from harbourlight.ui.app_icon import APP_ID, app_icon
from harbourlight.ui.main_window import MainWindow
from harbourlight.ui.theme import apply_theme


def prepare_app(context: AppContext, argv: Sequence[str] = ()) -> QApplication:
    app = QApplication.instance() or QApplication(list(argv) or [APP_NAME])
    assert isinstance(app, QApplication)
    app.setApplicationName(APP_NAME)
    app.setApplicationDisplayName(APP_NAME)
    app.setWindowIcon(app_icon())
    app.setDesktopFileName(APP_ID)  # lets Wayland/X11 docks match the window to the installed .desktop entry
    app.setLayoutDirection(
        Qt.LayoutDirection.RightToLeft if is_rtl(context.translator.language) else Qt.LayoutDirection.LeftToRight
    )
    apply_theme(app, context.settings.theme, context.settings.text_scale)
    return app


def run(context: AppContext, argv: Sequence[str] = ()) -> int:
    app = prepare_app(context, argv)
    window = MainWindow(context)
    window.show()
    return app.exec()


if __name__ == "__main__":
    sys.exit(1)
