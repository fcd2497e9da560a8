"""What quick-hide shows: a plain, unremarkable notes page with nothing of the lesson on it.

The page can be typed on, like any notes app, but nothing typed is kept (it is cleared each time the
screen is shown). Nothing returns until the user presses Continue.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QHBoxLayout, QPlainTextEdit, QVBoxLayout, QWidget

from harbourlight.i18n import Translator
from harbourlight.ui.widgets import button, text_label


class NeutralScreen(QWidget):
    resume_requested = Signal()

    def __init__(self, tr: Translator, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("page")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(48, 32, 48, 32)
        layout.setSpacing(12)
        layout.addWidget(text_label(tr._("Notes"), "heading"))
        self.page = QPlainTextEdit()
        self.page.setPlaceholderText(tr._("Nothing here yet."))
        self.page.setAccessibleName(tr._("Notes"))
        self.page.setTabChangesFocus(True)
        layout.addWidget(self.page, 1)
        row = QHBoxLayout()
        row.addStretch(1)
        self.resume_button = button(tr._("Continue"))
        self.resume_button.clicked.connect(self.resume_requested)
        row.addWidget(self.resume_button, 0, Qt.AlignmentFlag.AlignRight)
        layout.addLayout(row)

    def showEvent(self, event) -> None:  # type: ignore[no-untyped-def]
        self.page.clear()  # a fresh page every time; nothing typed here is kept
        super().showEvent(event)
