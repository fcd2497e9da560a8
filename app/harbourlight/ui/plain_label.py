"""A plain-text label whose wrapped right-to-left lines end flush at the right edge.

Qt draws a word-wrapped plain-text QLabel with QPainter::drawText, which positions every line itself and gets the
space a line break leaves at the end of a right-to-left line wrong: each wrapped line but the last lands one space
width too far left (measured: 6-9 px at 16 pt, PySide6 6.12), so a line that fills the label loses its leftmost
glyphs to the clip and a sentence-final "." there can vanish. A QLabel that keeps its text in a QTextDocument (Qt
does that for selectable text) lays such lines out correctly, so for right-to-left text this label turns that on
with TextSelectableByKeyboard alone while keeping its focus policy: it never takes focus, so nothing can be
selected, and clicks and the context menu go to the parent as for any plain label. Plain text stays plain
(QTextDocument.setPlainText), text() and the accessible name are the text, and left-to-right text is drawn by Qt
exactly as before. Painting stays in C++: no Python runs per paint.
"""

from __future__ import annotations

import unicodedata

from PySide6.QtCore import QEvent, QSize, Qt
from PySide6.QtWidgets import QLabel, QWidget

_SELECTABLE = Qt.TextInteractionFlag.TextSelectableByMouse | Qt.TextInteractionFlag.TextSelectableByKeyboard
_ISOLATE_OPEN = frozenset({"LRI", "RLI", "FSI"})
# Display-only marks (wrap points in long addresses, direction isolates around numbers and Latin names): a screen
# reader or braille display gets the text without them.
_DISPLAY_ONLY = str.maketrans("", "", "\u200b\u2066\u2067\u2068\u2069")


def without_display_marks(text: str) -> str:
    """The text as a person means it: no wrap points or direction isolates (for screen readers and the clipboard)."""
    return text.translate(_DISPLAY_ONLY)


def is_right_to_left(text: str) -> bool:
    """The paragraph direction QLabel gives plain text (QString::isRightToLeft): its first strong character
    outside directional isolates is right-to-left."""
    isolates = 0
    for char in text:
        kind = unicodedata.bidirectional(char)
        if kind in _ISOLATE_OPEN:
            isolates += 1
        elif kind == "PDI":
            isolates = max(0, isolates - 1)
        elif isolates == 0:
            if kind == "L":
                return False
            if kind in ("R", "AL"):
                return True
    return False


class PlainLabel(QLabel):
    """QLabel for plain text only (see widgets.text_label) that draws right-to-left text through a QTextDocument.

    textInteractionFlags() reports what was asked for; the extra flag is this class's business."""

    def __init__(self, text: str = "", parent: QWidget | None = None):
        super().__init__(parent)
        self._interaction = super().textInteractionFlags()
        self._through_document = False
        self._alignment_chosen = False  # a caller's setAlignment() wins over the direction rule below
        self._spoken_name = ""  # the accessible name this label set itself (never one a caller chose)
        self.setTextFormat(Qt.TextFormat.PlainText)
        self.setText(text)

    def setText(self, text: str) -> None:
        super().setText(text)
        self._sync()
        self._follow_direction()
        self._name_without_marks(text)

    def _name_without_marks(self, text: str) -> None:
        spoken = without_display_marks(text)
        current = self.accessibleName()
        if current and current != self._spoken_name:
            return  # a caller's own name wins
        self._spoken_name = spoken if spoken != text else ""
        if spoken != text or current:
            self.setAccessibleName(self._spoken_name)

    def setAlignment(self, alignment: Qt.AlignmentFlag) -> None:
        self._alignment_chosen = True
        super().setAlignment(alignment)

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        if event.type() == QEvent.Type.LayoutDirectionChange:
            self._follow_direction()

    def _follow_direction(self) -> None:
        """Qt aligns plain text by the text's own direction, so a Latin name ("Harbourlight", a helpline's name)
        would sit at the left of a right-to-left window. In a right-to-left widget every line starts at the right,
        as a browser does for dir="rtl"; the text itself still reads in its own direction."""
        if self._alignment_chosen:
            return
        horizontal = Qt.AlignmentFlag.AlignLeft
        if self.isRightToLeft():
            horizontal = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignAbsolute
        QLabel.setAlignment(self, horizontal | Qt.AlignmentFlag.AlignVCenter)

    def setWordWrap(self, on: bool) -> None:
        super().setWordWrap(on)
        self._sync()

    def setTextInteractionFlags(self, flags: Qt.TextInteractionFlag) -> None:
        self._interaction = flags
        if self._through_document:
            self._through_document = False
            self.setContextMenuPolicy(Qt.ContextMenuPolicy.DefaultContextMenu)
        super().setTextInteractionFlags(flags)  # with Qt's focus policy for what was asked for
        self._sync()

    def textInteractionFlags(self) -> Qt.TextInteractionFlag:
        return self._interaction

    def sizeHint(self) -> QSize:
        """As wide as Qt makes a plain-text label (a QTextDocument would choose a narrower, taller shape, so an
        Arabic chat bubble would not look like an English one), as tall as the document needs at that width."""
        if not self._through_document:
            return super().sizeHint()
        width = self._plain_text_hint_width()
        return QSize(width, self.heightForWidth(width)).expandedTo(self.minimumSize())

    def _plain_text_hint_width(self) -> int:
        """QLabelPrivate::sizeForWidth(-1) for a word-wrapped plain-text label: try 80 average characters, then
        half and a quarter of that while the text stays short."""
        metrics = self.fontMetrics()
        align = _visual_alignment_right_to_left(self.alignment())
        extra = 2 * self.margin()
        indent = self.indent()
        if indent < 0 and self.frameWidth():
            indent = metrics.horizontalAdvance("x") - 2 * self.margin()
        if indent > 0 and align & (Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignRight):
            extra += indent
        margins = self.contentsMargins()
        extra += margins.left() + margins.right()
        flags = int(align & ~(Qt.AlignmentFlag.AlignVCenter | Qt.AlignmentFlag.AlignHCenter)) | int(
            Qt.TextFlag.TextWordWrap | Qt.TextFlag.TextExpandTabs
        )
        text = self.text()
        if self.minimumWidth() > 0:
            box = metrics.boundingRect(0, 0, self.minimumWidth() - extra, 2000, flags, text)
        else:
            width = min(metrics.averageCharWidth() * 80, self.maximumWidth()) - extra
            box = metrics.boundingRect(0, 0, width, 2000, flags, text)
            if box.height() < 4 * metrics.lineSpacing() and box.width() > width / 2:
                box = metrics.boundingRect(0, 0, width // 2, 2000, flags, text)
            if box.height() < 2 * metrics.lineSpacing() and box.width() > width / 4:
                box = metrics.boundingRect(0, 0, width // 4, 2000, flags, text)
        return box.width() + extra

    def _sync(self) -> None:
        wanted = not (self._interaction & _SELECTABLE) and self.wordWrap() and is_right_to_left(self.text())
        if wanted == self._through_document:
            return
        self._through_document = wanted
        focus = self.focusPolicy()
        flags = self._interaction | Qt.TextInteractionFlag.TextSelectableByKeyboard if wanted else self._interaction
        super().setTextInteractionFlags(flags)
        self.setFocusPolicy(focus)  # keyboard selection needs focus, which this label still never takes
        # Qt would offer "Select All" on a right click; a plain label leaves the context menu to its parent
        self.setContextMenuPolicy(
            Qt.ContextMenuPolicy.NoContextMenu if wanted else Qt.ContextMenuPolicy.DefaultContextMenu
        )


def _visual_alignment_right_to_left(alignment: Qt.AlignmentFlag) -> Qt.AlignmentFlag:
    """QStyle.visualAlignment(Qt.RightToLeft, alignment), as QGuiApplicationPrivate::visualAlignment does it.
    Not QStyle itself: PySide6 builds its Python class (dozens of enums) on first use, ~7–14 ms that the first
    right-to-left start-up would pay for one bit swap. tests/ui/test_rtl_text.py compares the two."""
    sides = Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignRight
    if not alignment & Qt.AlignmentFlag.AlignHorizontal_Mask:
        alignment |= Qt.AlignmentFlag.AlignLeft
    if not alignment & Qt.AlignmentFlag.AlignAbsolute and alignment & sides:
        alignment ^= sides
        alignment |= Qt.AlignmentFlag.AlignAbsolute
    return alignment
