""" "This number is wrong": shows the report, lets the user add a comment, copy it or save it. Nothing is sent."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QDialog, QFileDialog, QHBoxLayout, QPlainTextEdit, QVBoxLayout, QWidget

from harbourlight import __version__
from harbourlight.i18n import Translator
from harbourlight.services.wrong_number import ReportSubject, report_text, save_report, suggested_file_name
from harbourlight.ui.widgets import button, text_label


class WrongNumberDialog(QDialog):
    def __init__(self, subject: ReportSubject, tr: Translator, today: dt.date, parent: QWidget | None = None):
        super().__init__(parent)
        self.subject = subject
        self.tr = tr
        self.today = today
        self.setWindowTitle(tr._("Report a mistake"))
        self.setObjectName("page")
        self.resize(620, 620)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 20, 24, 20)
        layout.setSpacing(10)
        layout.addWidget(text_label(tr._("Tell the people who look after this list"), "heading"))
        layout.addWidget(
            text_label(
                tr._(
                    "Harbourlight does not send anything. Copy this report or save it, then give it to a grown-up, "
                    "your teacher, or the publisher of the lessons."
                ),
                "storyText",
            )
        )
        comment_label = text_label(tr._("What is wrong? (optional)"), "subheading")
        layout.addWidget(comment_label)
        self.comment = QPlainTextEdit()
        self.comment.setAccessibleName(tr._("What is wrong"))
        self.comment.setPlaceholderText(tr._("For example: the number did not answer, or the website is different."))
        self.comment.setMaximumHeight(110)
        self.comment.textChanged.connect(self._refresh)
        comment_label.setBuddy(self.comment)
        layout.addWidget(self.comment)
        layout.addWidget(text_label(tr._("The report"), "subheading"))
        self.preview = QPlainTextEdit()
        self.preview.setReadOnly(True)
        self.preview.setAccessibleName(tr._("The report"))
        layout.addWidget(self.preview, 1)
        self.status = text_label("", "muted")
        layout.addWidget(self.status)
        row = QHBoxLayout()
        self.copy_button = button(tr._("Copy"), "primary")
        self.copy_button.clicked.connect(self.copy)
        self.save_button = button(tr._("Save as…"))
        self.save_button.clicked.connect(self.save_as)
        close = button(tr._("Close"))
        close.clicked.connect(self.reject)
        row.addWidget(self.copy_button)
        row.addWidget(self.save_button)
        row.addStretch(1)
        row.addWidget(close)
        layout.addLayout(row)
        self._refresh()

    def text(self) -> str:
        return report_text(self.subject, self.today, __version__, self.comment.toPlainText(), self.tr)

    def _refresh(self) -> None:
        self.preview.setPlainText(self.text())

    def copy(self) -> None:
        QGuiApplication.clipboard().setText(self.text())
        self.status.setText(self.tr._("Copied. You can paste it into an email or a message."))

    def save_as(self) -> None:
        start = str(Path.home() / suggested_file_name(self.subject, self.today))
        name, _ = QFileDialog.getSaveFileName(self, self.tr._("Save the report"), start, self.tr._("Text (*.txt)"))
        if name:
            self.save_to(Path(name))

    def save_to(self, path: Path) -> bool:
        try:
            save_report(path, self.text())
        except OSError as exc:
            self.status.setText(
                self.tr._("The report could not be saved: {reason}").format(reason=exc.strerror or str(exc))
            )
            return False
        self.status.setText(self.tr._("Saved to {path}").format(path=str(path)))
        return True
