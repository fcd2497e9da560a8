"""Help → Keyboard shortcuts: every key the app answers to, in the learner's language."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QFrame, QGridLayout, QScrollArea, QVBoxLayout, QWidget

from harbourlight.i18n import Translator
from harbourlight.ui.read_aloud import READ_ALOUD_SHORTCUT
from harbourlight.ui.widgets import text_label


def native(keys: str | QKeySequence.StandardKey) -> str:
    return QKeySequence(keys).toString(QKeySequence.SequenceFormat.NativeText)


def shortcut_rows(tr: Translator) -> list[tuple[str, str]]:
    """(keys, what they do). Keys are shown the way this computer writes them (Ctrl on Windows, ⌘ on a Mac)."""
    return [
        (native("F1"), tr._("Get help: helplines and people who can help")),
        (tr._("Esc, then Esc again"), tr._("Hide the app at once")),
        (tr._("Tab / Shift+Tab"), tr._("Move to the next / previous button or box")),
        (tr._("Space or Enter"), tr._("Press the button that has the focus ring")),
        (tr._("Arrow keys"), tr._("Move between answers and in lists")),
        (native(READ_ALOUD_SHORTCUT), tr._("Read this step aloud, or stop reading")),
        (native(QKeySequence.StandardKey.ZoomIn), tr._("Bigger text")),
        (native(QKeySequence.StandardKey.ZoomOut), tr._("Smaller text")),
        (native("Ctrl+0"), tr._("Normal text size")),
        (native(QKeySequence.StandardKey.Quit), tr._("Quit Harbourlight")),
        (tr._("Alt + underlined letter"), tr._("Open a menu")),
    ]


class ShortcutsDialog(QDialog):
    def __init__(self, tr: Translator, parent: QWidget | None = None):
        super().__init__(parent)
        self.setWindowTitle(tr._("Keyboard shortcuts"))
        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 20, 24, 20)
        layout.setSpacing(12)
        layout.addWidget(text_label(tr._("Keyboard shortcuts"), "heading"))
        layout.addWidget(text_label(tr._("You can use all of Harbourlight with the keyboard alone."), "storyText"))
        # The list scrolls at large text sizes; Close always stays in view.
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        body = QWidget()
        grid = QGridLayout(body)
        grid.setContentsMargins(0, 0, 0, 0)
        grid.setHorizontalSpacing(24)
        grid.setVerticalSpacing(8)
        self.rows = shortcut_rows(tr)
        for index, (keys, meaning) in enumerate(self.rows):
            key_label = text_label(keys, "subheading")
            key_label.setAlignment(Qt.AlignmentFlag.AlignLeading | Qt.AlignmentFlag.AlignTop)
            grid.addWidget(key_label, index, 0)
            grid.addWidget(text_label(meaning), index, 1)
        grid.setColumnStretch(0, 2)
        grid.setColumnStretch(1, 3)
        grid.setRowStretch(len(self.rows), 1)
        scroll.setWidget(body)
        layout.addWidget(scroll, 1)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        close = buttons.button(QDialogButtonBox.StandardButton.Close)
        close.setText(tr._("Close"))
        close.setAccessibleName(tr._("Close"))
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.close_button = close
        letter = self.fontMetrics().averageCharWidth()  # grows with the chosen text size
        self.resize(letter * 80, letter * 64)
