"""Buttons whose text wraps: long answers stay readable at 200% text instead of running off the side."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QSize, Qt
from PySide6.QtWidgets import (
    QAbstractButton,
    QCheckBox,
    QPushButton,
    QRadioButton,
    QSizePolicy,
    QStyle,
    QStyleOptionButton,
    QVBoxLayout,
    QWidget,
)

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


class _WrapIndicatorText:
    """For radio buttons and check boxes: their own text is left empty (it would never wrap) and a word-wrapped
    label sits where the style puts the text, beside the indicator. Roles and keyboard behaviour stay Qt's."""

    CONTENTS = QStyle.SubElement.SE_CheckBoxContents

    def _wrap_init(self) -> None:
        me: QAbstractButton = self  # type: ignore[assignment]
        self.label = text_label("", "buttonText")
        self.label.setAttribute(Qt.WidgetAttribute.WA_TransparentForMouseEvents)
        layout = QVBoxLayout(me)
        layout.addWidget(self.label)
        policy = QSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Preferred)
        policy.setHeightForWidth(True)
        me.setSizePolicy(policy)
        self._place_label()

    def _place_label(self) -> None:
        me: QAbstractButton = self  # type: ignore[assignment]
        option = QStyleOptionButton()
        me.initStyleOption(option)  # type: ignore[attr-defined]
        option.rect = me.rect().adjusted(0, 0, 0, 0) if me.width() > 0 else me.rect()
        contents = me.style().subElementRect(self.CONTENTS, option, me)
        # The style gives visual rectangles: in right-to-left the indicator is on the right, so the gap is too.
        if me.width() <= 0:
            gap = 40
        elif me.isRightToLeft():
            gap = max(me.width() - 1 - contents.right(), 0)
        else:
            gap = max(contents.left(), 0)
        margins = me.contentsMargins()
        layout = me.layout()
        if layout is None:
            return
        if me.isRightToLeft():
            layout.setContentsMargins(8, 8, gap - margins.right() + 4, 8)
        else:
            layout.setContentsMargins(gap - margins.left() + 4, 8, 8, 8)

    def setText(self, text: str) -> None:  # Qt's "&&" means one literal "&"; the label is plain text anyway
        plain = text.replace("&&", "&")
        self.label.setText(plain)
        me: QAbstractButton = self  # type: ignore[assignment]
        me.setAccessibleName(plain)  # Qt's own text stays empty, so the name must be given
        me.updateGeometry()

    def text(self) -> str:
        return str(self.label.text())

    def hasHeightForWidth(self) -> bool:
        return True

    def heightForWidth(self, width: int) -> int:
        me: QWidget = self  # type: ignore[assignment]
        layout = me.layout()
        return layout.totalHeightForWidth(width) if layout is not None else -1

    def sizeHint(self) -> QSize:
        me: QWidget = self  # type: ignore[assignment]
        layout = me.layout()
        return layout.totalSizeHint() if layout is not None else QSize()

    def minimumSizeHint(self) -> QSize:
        me: QWidget = self  # type: ignore[assignment]
        layout = me.layout()
        return layout.totalMinimumSize() if layout is not None else QSize()

    def event(self, event: QEvent) -> bool:
        if event.type() in (
            QEvent.Type.StyleChange,
            QEvent.Type.Polish,
            QEvent.Type.Resize,
            QEvent.Type.Show,
            QEvent.Type.LayoutDirectionChange,
        ):
            self._place_label()
        return super().event(event)  # type: ignore[misc,no-any-return]


class WrapRadioButton(_WrapIndicatorText, QRadioButton):
    CONTENTS = QStyle.SubElement.SE_RadioButtonContents

    def __init__(self, text: str = "", parent: QWidget | None = None):
        super().__init__(parent)
        self._wrap_init()
        self.setText(text)


class WrapCheckBox(_WrapIndicatorText, QCheckBox):
    def __init__(self, text: str = "", parent: QWidget | None = None):
        super().__init__(parent)
        self._wrap_init()
        self.setText(text)
