"""The content note shown before a lesson starts."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QFrame, QHBoxLayout, QScrollArea, QVBoxLayout, QWidget

from harbourlight.core.models import Lesson
from harbourlight.i18n import Translator
from harbourlight.ui.widgets import button, card, text_label


class AdvisoryView(QWidget):
    accepted = Signal(object)  # the lesson
    declined = Signal()

    def __init__(self, lesson: Lesson, tr: Translator, resuming: bool = False, parent: QWidget | None = None):
        super().__init__(parent)
        self.lesson = lesson
        self.setObjectName("page")
        outer = QVBoxLayout(self)
        outer.setContentsMargins(48, 32, 48, 32)
        outer.setSpacing(16)
        # The note scrolls when the text is large; the two buttons below it always stay in view.
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        body = QWidget()
        content = QVBoxLayout(body)
        content.setContentsMargins(0, 0, 0, 0)
        content.setSpacing(16)
        content.addWidget(text_label(lesson.title, "heading"))
        frame, inner = card()
        inner.addWidget(text_label(tr._("Before you start"), "subheading"))
        inner.addWidget(text_label(lesson.advisory, "storyText"))
        minutes = tr.ngettext("About {n} minute.", "About {n} minutes.", lesson.duration_minutes)
        inner.addWidget(text_label(minutes.format(n=lesson.duration_minutes), "muted"))
        if lesson.with_adult:
            inner.addWidget(
                text_label(
                    tr._(
                        "This lesson is best with a trusted adult or teacher. "
                        "If you are on your own, you can choose another lesson."
                    ),
                    "badgeWarn",
                )
            )
        inner.addWidget(
            text_label(
                tr._(
                    "You can stop at any time. If anything in it is happening to you, "
                    "it is not your fault, and “Get help” is always at the top."
                ),
                "muted",
            )
        )
        content.addWidget(frame)
        content.addStretch(1)
        scroll.setWidget(body)
        outer.addWidget(scroll, 1)
        row = QHBoxLayout()
        self.decline_button = button(tr._("Choose another lesson"))
        self.decline_button.clicked.connect(self.declined)
        self.accept_button = button(
            tr._("Carry on where I stopped") if resuming else tr._("Start the lesson"), "primary"
        )
        self.accept_button.clicked.connect(lambda: self.accepted.emit(self.lesson))
        row.addWidget(self.decline_button)
        row.addStretch(1)
        row.addWidget(self.accept_button)
        outer.addLayout(row)
        self.accept_button.setFocus()
