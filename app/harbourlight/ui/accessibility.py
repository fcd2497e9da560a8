"""Screen-reader helpers: announce what changed, and find controls a screen reader could not name."""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtWidgets import QWidget

# The Qt classes below are imported where used: PySide6 builds a class (and its enums) on first use, and
# QAccessible and the text and spin box classes cost ~7 ms of every start-up if imported here.


def interactive_classes() -> tuple[type[QWidget], ...]:
    from PySide6.QtWidgets import (
        QAbstractButton,
        QAbstractSlider,
        QAbstractSpinBox,
        QComboBox,
        QLineEdit,
        QPlainTextEdit,
        QTextEdit,
    )

    return (QAbstractButton, QComboBox, QLineEdit, QPlainTextEdit, QTextEdit, QAbstractSlider, QAbstractSpinBox)


def accessible_name(widget: QWidget) -> str:
    """What a screen reader would say the widget is called (its own name, text or buddy label)."""
    from PySide6.QtGui import QAccessible

    interface = QAccessible.queryAccessibleInterface(widget)
    return interface.text(QAccessible.Text.Name).strip() if interface is not None else ""


def announce(widget: QWidget, focus: bool = True) -> None:
    """Tell assistive technology that `widget` has new content: move focus there and raise an event.

    Moving focus makes screen readers read the new step or feedback; the event covers live text that cannot
    take focus (and labels that change while focus stays on a button).
    """
    from PySide6.QtGui import QAccessible, QAccessibleEvent

    if focus:
        widget.setFocus()  # works whatever the focus policy, so Tab still skips plain text
    for event_type in (QAccessible.Event.NameChanged, QAccessible.Event.Alert):
        QAccessible.updateAccessibility(QAccessibleEvent(widget, event_type))


def announce_value(widget: QWidget, value: object) -> None:
    """A progress or position change (e.g. "Step 3 of 7"), reported without moving focus."""
    from PySide6.QtGui import QAccessible, QAccessibleValueChangeEvent

    QAccessible.updateAccessibility(QAccessibleValueChangeEvent(widget, value))


@dataclass(frozen=True)
class Unnamed:
    widget: QWidget
    path: str  # class and object names from the window down, to find it in a failure message

    def __str__(self) -> str:
        return self.path


def _path(widget: QWidget, root: QWidget) -> str:
    parts = []
    node: QWidget | None = widget
    while node is not None:
        parts.append(f"{type(node).__name__}#{node.objectName()}" if node.objectName() else type(node).__name__)
        if node is root:
            break
        node = node.parentWidget()
    return " > ".join(reversed(parts))


def unnamed_controls(root: QWidget) -> list[Unnamed]:
    """Every visible interactive widget under `root` (included) without an accessible name."""
    found = []
    interactive = interactive_classes()
    for widget in [root, *root.findChildren(QWidget)]:
        if not isinstance(widget, interactive) or _is_internal(widget):
            continue
        if widget is not root and not widget.isVisibleTo(root):
            continue
        if not accessible_name(widget):
            found.append(Unnamed(widget, _path(widget, root)))
    return found


def _is_internal(widget: QWidget) -> bool:
    """Qt's own helpers: a scroll area's bars are announced by role and orientation, not by a name."""
    from PySide6.QtWidgets import QScrollBar

    parent = widget.parentWidget()
    in_scroll_area = parent is not None and parent.objectName().startswith("qt_scrollarea_")
    return widget.objectName().startswith("qt_") or (isinstance(widget, QScrollBar) and in_scroll_area)
