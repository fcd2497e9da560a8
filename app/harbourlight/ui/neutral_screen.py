"""What quick-hide shows: a plain, unremarkable page with nothing of the lesson on it."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QVBoxLayout, QWidget

from harbourlight.i18n import Translator
from harbourlight.ui.widgets import button, text_label


class NeutralScreen(QWidget):
    resume_requested = Signal()

    def __init__(self, tr: Translator, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("page")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(64, 64, 64, 64)
        layout.addWidget(text_label(tr._("Notes"), "heading"))
        layout.addWidget(text_label(tr._("Nothing here yet."), "muted"))
        layout.addStretch(1)
        self.resume_button = button(tr._("Continue"))
        self.resume_button.clicked.connect(self.resume_requested)
        layout.addWidget(self.resume_button, 0, Qt.AlignmentFlag.AlignRight)
