"""Small building blocks shared by the views."""

from __future__ import annotations

from PySide6 import QtGui
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFrame, QLabel, QPushButton, QVBoxLayout, QWidget

from harbourlight.ui.plain_label import PlainLabel


def text_label(text: str, object_name: str = "", selectable: bool = False) -> QLabel:
    """Plain text only: pack text is never interpreted as rich text (no HTML, no loaded resources).
    Word-wrapped right-to-left text is drawn with its lines flush right (see plain_label)."""
    label = PlainLabel()
    label.setText(text)
    label.setWordWrap(True)
    if object_name:
        label.setObjectName(object_name)
    if selectable:
        label.setTextInteractionFlags(
            Qt.TextInteractionFlag.TextSelectableByMouse | Qt.TextInteractionFlag.TextSelectableByKeyboard
        )
    return label


def plain_tooltip(widget: QWidget, text: str) -> None:
    """Qt guesses whether a tooltip is rich text from what it contains, so pack text (which could hold
    <img src=file:…>) is escaped into rich text that shows exactly the characters written."""
    widget.setToolTip(QtGui.Qt.convertFromPlainText(text) if text else "")


def card(parent: QWidget | None = None) -> tuple[QFrame, QVBoxLayout]:
    frame = QFrame(parent)
    frame.setObjectName("card")
    layout = QVBoxLayout(frame)
    layout.setContentsMargins(20, 16, 20, 16)
    layout.setSpacing(10)
    return frame, layout


def button(text: str, object_name: str = "", accessible_description: str = "") -> QPushButton:
    btn = QPushButton(text)
    if object_name:
        btn.setObjectName(object_name)
    btn.setAccessibleName(text.replace("&", ""))
    if accessible_description:
        btn.setAccessibleDescription(accessible_description)
    btn.setCursor(Qt.CursorShape.PointingHandCursor)
    btn.setAutoDefault(False)
    return btn
