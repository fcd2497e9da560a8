"""A story step: panels of text, and fictional chats the app draws itself as message bubbles."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QPixmap
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QVBoxLayout, QWidget

from harbourlight.core.models import ChatMessage, StoryPanel, StoryStep
from harbourlight.ui.steps.base import StepContext, StepWidget
from harbourlight.ui.widgets import text_label


class ChatBubble(QFrame):
    def __init__(self, message: ChatMessage, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("bubbleMe" if message.me else "bubbleThem")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(14, 8, 14, 10)
        layout.setSpacing(2)
        layout.addWidget(text_label(message.sender, "speaker"))
        layout.addWidget(text_label(message.text, "storyText"))
        self.setMaximumWidth(560)


class ChatPanel(QFrame):
    """A made-up chat screen: no real platform's look, invented names."""

    def __init__(self, panel: StoryPanel, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("chatFrame")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(16, 14, 16, 14)
        layout.setSpacing(8)
        for message in panel.chat:
            row = QHBoxLayout()
            bubble = ChatBubble(message)
            if message.me:
                row.addStretch(1)
                row.addWidget(bubble)
            else:
                row.addWidget(bubble)
                row.addStretch(1)
            layout.addLayout(row)
        if panel.caption:
            layout.addWidget(text_label(panel.caption, "muted"))


class StoryWidget(StepWidget):
    def __init__(self, step: StoryStep, context: StepContext):
        super().__init__(step, context)
        for panel in step.panels:
            if panel.chat:
                self.layout_.addWidget(ChatPanel(panel))
                continue
            if panel.picture:
                picture = QLabel()
                picture.setPixmap(QPixmap(panel.picture).scaledToWidth(480, Qt.TransformationMode.SmoothTransformation))
                picture.setAccessibleName(panel.alt)
                self.layout_.addWidget(picture)
            if panel.speaker:
                self.layout_.addWidget(text_label(panel.speaker, "speaker"))
            self.layout_.addWidget(text_label(panel.text, "storyText"))
        self.layout_.addStretch(1)
