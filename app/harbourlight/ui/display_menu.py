"""View menu (text size, colours, reading font) and Help → Keyboard shortcuts, saved in the settings."""

from __future__ import annotations

from typing import TYPE_CHECKING, Protocol

from PySide6.QtGui import QAction, QActionGroup, QKeySequence
from PySide6.QtWidgets import QApplication, QWidget

from harbourlight.i18n import N_
from harbourlight.services.context import AppContext
from harbourlight.ui.theme import MAX_SCALE, MIN_SCALE, SCALE_STEP, apply_settings

if TYPE_CHECKING:
    from harbourlight.ui.shortcuts_dialog import ShortcutsDialog

THEME_NAMES = {
    "default": N_("Standard colours"),
    "high-contrast": N_("High contrast"),
    "dark": N_("Dark"),
}


class HasMenus(Protocol):
    def add_menu_action(self, menu: str, action: QAction) -> None: ...


class DisplayActions:
    """Owns the actions; every change is applied to the whole app at once and saved."""

    def __init__(self, window: QWidget, context: AppContext):
        self.window = window
        self.context = context
        tr = context.translator
        self.bigger = self._action(tr._("Bigger text"), [QKeySequence.StandardKey.ZoomIn, QKeySequence("Ctrl+=")])
        self.bigger.triggered.connect(lambda: self.set_scale(self.context.settings.text_scale + SCALE_STEP))
        self.smaller = self._action(tr._("Smaller text"), [QKeySequence.StandardKey.ZoomOut])
        self.smaller.triggered.connect(lambda: self.set_scale(self.context.settings.text_scale - SCALE_STEP))
        self.normal = self._action(tr._("Normal text size"), [QKeySequence("Ctrl+0")])
        self.normal.triggered.connect(lambda: self.set_scale(MIN_SCALE))
        self.theme_group = QActionGroup(window)
        self.theme_group.setExclusive(True)
        self.theme_actions: dict[str, QAction] = {}
        for theme, name in THEME_NAMES.items():
            action = QAction(tr._(name), window)
            action.setCheckable(True)
            action.setChecked(context.settings.theme == theme)
            action.triggered.connect(lambda _=False, t=theme: self.set_theme(t))
            self.theme_group.addAction(action)
            self.theme_actions[theme] = action
        self.reading_font = QAction(tr._("Easy-reading font (dyslexia-friendly)"), window)
        self.reading_font.setCheckable(True)
        self.reading_font.setChecked(context.settings.dyslexia_font)
        self.reading_font.toggled.connect(self.set_reading_font)
        self.shortcuts = QAction(tr._("Keyboard shortcuts"), window)
        self.shortcuts.triggered.connect(self.show_shortcuts)
        self.dialog: ShortcutsDialog | None = None

    def _action(self, text: str, keys: list[QKeySequence | QKeySequence.StandardKey]) -> QAction:
        action = QAction(text, self.window)
        action.setShortcuts([QKeySequence(k) for k in keys])
        return action

    def install(self, window: HasMenus) -> None:
        for action in (self.bigger, self.smaller, self.normal):
            window.add_menu_action("view", action)
        for action in self.theme_actions.values():
            window.add_menu_action("view", action)
        window.add_menu_action("view", self.reading_font)
        window.add_menu_action("help", self.shortcuts)

    # --- changes ------------------------------------------------------------------------------------------
    def _apply(self, **changes: object) -> None:
        settings = self.context.update_settings(**changes)
        app = QApplication.instance()
        if isinstance(app, QApplication):
            apply_settings(app, settings, self.context.paths.content_dir)

    def set_scale(self, scale: int) -> None:
        scale = min(MAX_SCALE, max(MIN_SCALE, scale))
        if scale != self.context.settings.text_scale:
            self._apply(text_scale=scale)

    def set_theme(self, theme: str) -> None:
        self.theme_actions[theme].setChecked(True)
        if theme != self.context.settings.theme:
            self._apply(theme=theme)

    def set_reading_font(self, on: bool) -> None:
        if on != self.context.settings.dyslexia_font:
            self._apply(dyslexia_font=on)

    def show_shortcuts(self) -> None:
        if self.dialog is None:
            from harbourlight.ui.shortcuts_dialog import ShortcutsDialog  # when first opened

            self.dialog = ShortcutsDialog(self.context.translator, self.window)
        self.dialog.show()
        self.dialog.raise_()
        self.dialog.activateWindow()
        self.dialog.close_button.setFocus()
