"""A story step: panels of text, and fictional chats the app draws itself as message bubbles."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtGui import QImageReader, QPixmap
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QVBoxLayout, QWidget

from harbourlight.core.models import ChatMessage, StoryPanel, StoryStep
from harbourlight.ui.steps.base import StepContext, StepWidget
from harbourlight.ui.widgets import plain_tooltip, text_label


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


PICTURE_MAX_WIDTH = 560
PICTURE_MAX_PIXELS = 40_000_000  # a huge or hostile image is refused rather than filling memory


def load_picture(path: Path | None) -> QPixmap | None:
    """The picture scaled to fit the lesson column, or None if it cannot be read."""
    if path is None:
        return None
    reader = QImageReader(str(path))
    reader.setAutoTransform(True)
    size = reader.size()
    if not size.isValid() or size.width() * size.height() > PICTURE_MAX_PIXELS:
        return None
    image = reader.read()
    if image.isNull():
        return None
    if image.width() > PICTURE_MAX_WIDTH:
        image = image.scaledToWidth(PICTURE_MAX_WIDTH, Qt.TransformationMode.SmoothTransformation)
    return QPixmap.fromImage(image)


class PicturePanel(QLabel):
    """A pack picture; its alt text is the accessible name, and is shown instead if it cannot load."""

    def __init__(self, panel: StoryPanel, context: StepContext, parent: QWidget | None = None):
        super().__init__(parent)
        self.setTextFormat(Qt.TextFormat.PlainText)
        self.setWordWrap(True)
        self.setAccessibleName(panel.alt or context.tr._("Picture"))
        plain_tooltip(self, panel.alt)
        pixmap = load_picture(context.resolve_media(panel.picture))
        self.loaded = pixmap is not None
        if pixmap is not None:
            self.setPixmap(pixmap)
            self.setAlignment(Qt.AlignmentFlag.AlignLeft)
        else:
            self.setObjectName("pictureMissing")
            self.setText(context.tr._("[Picture: {description}]").format(description=panel.alt or panel.picture))


class StoryWidget(StepWidget):
    def __init__(self, step: StoryStep, context: StepContext):
        super().__init__(step, context)
        self.pictures: list[PicturePanel] = []
        for panel in step.panels:
            if panel.chat:
                self.layout_.addWidget(ChatPanel(panel))
                continue
            if panel.picture:
                picture = PicturePanel(panel, context)
                self.pictures.append(picture)
                self.layout_.addWidget(picture)
            if panel.speaker:
                self.layout_.addWidget(text_label(panel.speaker, "speaker"))
            if panel.text:
                self.layout_.addWidget(text_label(panel.text, "storyText"))
        self.layout_.addStretch(1)
