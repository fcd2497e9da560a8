"""A push button whose text wraps: long answers stay readable at 200% text instead of running off the side."""

from __future__ import annotations

from PySide6.QtCore import QSize, Qt
from PySide6.QtWidgets import QPushButton, QSizePolicy, QVBoxLayout, QWidget

from harbourlight.ui.widgets import text_label


class WrapButton(QPushButton):
    """QPushButton never wraps its own text, so the text is a word-wrapped label inside it (plain text)."""

    def __init__(self, text: str, object_name: str = "option", parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName(object_name)
        self.label = text_label(text, "buttonText")
        self.label.setAttribute(Qt.WidgetAttribute.WA_TransparentForMouseEvents)  # clicks reach the button
        self.label.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(18, 12, 18, 12)
        layout.addWidget(self.label)
        policy = QSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Preferred)
        policy.setHeightForWidth(True)
        self.setSizePolicy(policy)
        self.setAccessibleName(text)
        self.toggled.connect(self._show_checked)
        self.setCursor(Qt.CursorShape.PointingHandCursor)
        self.setAutoDefault(False)

    def _show_checked(self, checked: bool) -> None:
        """The label cannot see the button's :checked state in style sheets, so it gets a property."""
        self.label.setProperty("checked", checked)
        self.label.style().unpolish(self.label)
        self.label.style().polish(self.label)

    def setText(self, text: str) -> None:
        self.label.setText(text)
        self.setAccessibleName(text)
        self.updateGeometry()

    def text(self) -> str:
        return self.label.text()

    def hasHeightForWidth(self) -> bool:
        return True

    def heightForWidth(self, width: int) -> int:
        layout = self.layout()
        return layout.totalHeightForWidth(width) if layout is not None else super().heightForWidth(width)

    def sizeHint(self) -> QSize:
        layout = self.layout()
        return layout.totalSizeHint() if layout is not None else super().sizeHint()

    def minimumSizeHint(self) -> QSize:
        layout = self.layout()
        return layout.totalMinimumSize() if layout is not None else super().minimumSizeHint()
