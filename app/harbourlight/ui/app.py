"""Starting the Qt application around an already-built AppContext, and switching its language at run time."""

from __future__ import annotations

import sys
from collections.abc import Callable, Sequence

from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtGui import QAction, QActionGroup
from PySide6.QtWidgets import QApplication, QMenu, QWidget

from harbourlight import APP_NAME
from harbourlight.i18n.languages import UI_LANGUAGES
from harbourlight.services.context import AppContext
from harbourlight.ui.app_icon import APP_ID, app_icon
from harbourlight.ui.direction import layout_direction
from harbourlight.ui.main_window import MainWindow
from harbourlight.ui.qt_translations import install_qt_translations
from harbourlight.ui.theme import apply_settings


def apply_language(app: QApplication, context: AppContext) -> None:
    """Layout direction from CLDR, and Qt's own strings in the UI language."""
    language = context.translator.language
    app.setLayoutDirection(layout_direction(language))
    install_qt_translations(app, context.translator)


def prepare_app(context: AppContext, argv: Sequence[str] = ()) -> QApplication:
    app = QApplication.instance() or QApplication(list(argv) or [APP_NAME])
    assert isinstance(app, QApplication)
    app.setApplicationName(APP_NAME)
    app.setApplicationDisplayName(APP_NAME)
    app.setWindowIcon(app_icon())
    app.setDesktopFileName(APP_ID)  # lets Wayland/X11 docks match the window to the installed .desktop entry
    apply_language(app, context)
    apply_settings(app, context.settings, context.paths.content_dir)
    return app


def change_language(context: AppContext, language: str) -> None:
    """Save the choice and switch; the WindowHost listening to the translator rebuilds the window. A school policy
    that allows only some languages has the last word (AppContext.update_settings applies it)."""
    chosen = context.update_settings(language=language).language
    if context.translator.language != chosen:
        context.translator.set_language(chosen)


class WindowHost:
    """Owns the main window. A language change builds a fresh window (every string is translated at build
    time), keeps its size and place, and returns to the library; no restart needed."""

    def __init__(self, context: AppContext, app: QApplication):
        self.context = context
        self.app = app
        self.window = self._build()
        context.translator.on_change(self._language_changed)

    def _build(self) -> MainWindow:
        window = MainWindow(self.context)
        window.add_menu_action("view", language_menu_action(window, self.context))
        return window

    def _language_changed(self, _language: str) -> None:
        apply_language(self.app, self.context)
        self.context.reload_library()  # lessons too come in the new language where a pack translates them
        old = self.window
        self.window = self._build()
        self.window.setGeometry(old.geometry())
        if old.isMaximized():
            self.window.showMaximized()
        elif old.isVisible():
            self.window.show()
        old.hide()
        if old.help_dialog is not None:
            old.help_dialog.close()
        old.deleteLater()  # later: the old window may be inside one of its own slots (menu, settings dialog)


def language_menu_action(window: MainWindow, context: AppContext) -> QAction:
    """View → Language: every UI language (or those the school policy allows) by its own name, the current one
    checked. The items are made when the menu first opens: reading eleven languages' names from CLDR took
    ~50 ms of every start-up. (A language change builds a new window, so the items never go stale.)"""
    menu = QMenu(context.translator._("Language"), window)
    menu.aboutToShow.connect(lambda: fill_language_menu(menu, context))
    return menu.menuAction()


def fill_language_menu(menu: QMenu, context: AppContext) -> None:
    if not menu.isEmpty():
        return
    tr = context.translator
    group = QActionGroup(menu)
    allowed = context.policy.languages
    for language in UI_LANGUAGES:
        if allowed and language.code not in allowed:
            continue
        action = QAction(language.native_name, menu)
        action.setCheckable(True)
        action.setChecked(language.code == tr.language)
        action.triggered.connect(lambda _checked=False, code=language.code: change_language(context, code))
        group.addAction(action)
        menu.addAction(action)


def warm_up(window: MainWindow) -> None:
    """What start-up leaves out because the lesson list does not need it: the lessons and helplines themselves
    (when start-up read only the list), the lesson page with the step widgets, Get help, the accessibility classes
    and the UI language's CLDR data. Made right after the window is first painted, so that the first lesson, the
    first step of each kind and the first F1 are as quick as the rest without making the window appear any later."""
    from PySide6.QtGui import QAccessible, QAccessibleEvent, QAccessibleValueChangeEvent  # noqa: F401

    from harbourlight.core.vocabulary import STEP_KINDS
    from harbourlight.i18n.languages import load_cldr
    from harbourlight.ui import help_dialog  # noqa: F401
    from harbourlight.ui.steps import widget_class

    window.context.library  # noqa: B018 (loaded on first use)
    window.lesson_view  # noqa: B018 (made on first use)
    for kind in STEP_KINDS:
        widget_class(kind)
    load_cldr(window.tr.language)


class AfterFirstPaint(QObject):
    """Runs `action` once, on the turn of the event loop after `widget` is first painted."""

    def __init__(self, widget: QWidget, action: Callable[[], None]):
        super().__init__(widget)
        self.action = action
        widget.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Paint:
            watched.removeEventFilter(self)
            QTimer.singleShot(0, self.action)
        return False


def run(context: AppContext, argv: Sequence[str] = ()) -> int:
    app = prepare_app(context, argv)
    host = WindowHost(context, app)
    AfterFirstPaint(host.window, lambda: warm_up(host.window))
    host.window.show()
    return app.exec()


if __name__ == "__main__":
    sys.exit(1)
