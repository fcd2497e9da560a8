"""Right-to-left wrapped text is drawn flush right and never clipped, measured from the pixels.

Qt's plain-text QLabel (QPainter::drawText) puts every wrapped right-to-left line but the last one space width too
far left: lines are not flush right, a line that fills the label loses its leftmost glyphs (a sentence-final "."
vanishes). text_label() has such text drawn through a QTextDocument instead (ui/plain_label.py); these tests hold it
to the pixels, and check that left-to-right text looks exactly as before.
"""

from __future__ import annotations

import math

from PySide6.QtCore import QPoint, Qt
from PySide6.QtGui import QAccessible, QContextMenuEvent, QFontMetricsF, QImage, QMouseEvent
from PySide6.QtWidgets import QApplication, QLabel, QMenu, QWidget

from harbourlight.core.models import ChatMessage, StoryPanel
from harbourlight.ui.plain_label import PlainLabel, is_right_to_left
from harbourlight.ui.steps.story import ChatPanel
from harbourlight.ui.widgets import text_label

# A widget's own style sheet beats the application's, so the pixels do not depend on the theme or on other tests.
STYLE = (
    "QLabel { font-family: 'DejaVu Sans'; font-size: 16pt; color: black; background: white;"
    " border: none; padding: 0; margin: 0; }"
)
FIRST_LINE = "أخذت لقطات شاشة لمتابعيك وعائلتك."  # ends in a full stop, which sits at the line's visual left
ARABIC = FIRST_LINE + " ادفع 200 الآن وإلا وصلت للجميع. لا أحد يستطيع مساعدتك غيري"
ENGLISH = "I took screenshots of your followers and family. Pay 200 now or everyone gets them. Nobody can help you."
RIGHT_SLACK = 2  # px: a line's ink may stop this short of the right edge (side bearings, rounding)


def ink_lines(label: QLabel) -> list[tuple[int, int]]:
    """(leftmost, rightmost) ink column of each line of a vertically centred word-wrapped label without padding."""
    image = label.grab().toImage().convertToFormat(QImage.Format.Format_Grayscale8)
    text_height = label.heightForWidth(label.width())
    offset = (label.height() - text_height) // 2
    metrics = label.fontMetrics()
    lines = max(1, round(text_height / math.ceil(QFontMetricsF(label.font()).lineSpacing())))  # whole-pixel lines
    extents = []
    for index in range(lines):
        # the rows around the baseline: free of the line above's descenders and the line below's dots
        baseline = offset + round(index * text_height / lines) + metrics.ascent()
        top, bottom = baseline - metrics.ascent() // 2, baseline + 2
        columns = [
            x for x in range(image.width()) if any(image.pixelColor(x, y).value() < 160 for y in range(top, bottom))
        ]
        assert columns, f"line {index + 1} of {lines} has no ink"
        extents.append((columns[0], columns[-1]))
    return extents


def touches_left_edge(label: QLabel) -> bool:
    image = label.grab().toImage().convertToFormat(QImage.Format.Format_Grayscale8)
    return any(image.pixelColor(0, y).value() < 250 for y in range(image.height()))


def misplaced_lines(label: QLabel) -> list[str]:
    problems = []
    for number, (left, right) in enumerate(ink_lines(label), start=1):
        if right < label.width() - 1 - RIGHT_SLACK:
            problems.append(f"line {number} ends {label.width() - 1 - right}px short of the right edge")
        if left <= 0:
            problems.append(f"line {number} runs into the left edge (clipped)")
    if touches_left_edge(label):
        problems.append("ink touches the left edge")
    return problems


def shown(qtbot, label: QLabel, width: int) -> QLabel:  # type: ignore[no-untyped-def]
    label.setStyleSheet(STYLE)
    label.ensurePolished()
    label.setFixedWidth(width)
    label.setFixedHeight(label.heightForWidth(width))
    qtbot.addWidget(label)
    label.show()
    qtbot.waitExposed(label)
    return label


def plain_qlabel(text: str) -> QLabel:
    """What text_label() made before: Qt's own plain-text drawing."""
    label = QLabel()
    label.setTextFormat(Qt.TextFormat.PlainText)
    label.setText(text)
    label.setWordWrap(True)
    return label


def plain_qlabel_in(label: QLabel) -> QLabel:
    twin = plain_qlabel(label.text())
    twin.setParent(label.parentWidget())
    twin.setStyleSheet(label.styleSheet())
    twin.setObjectName(label.objectName())
    twin.ensurePolished()
    twin.hide()
    return twin


def tight_width(label: QLabel) -> int:
    """A width the first line fills with only 3 px to spare: less than the space a line break leaves."""
    label.setStyleSheet(STYLE)
    label.ensurePolished()
    return math.ceil(QFontMetricsF(label.font()).horizontalAdvance(FIRST_LINE)) + 3


def test_the_check_catches_qt_misplacing_right_to_left_lines(qtbot) -> None:  # type: ignore[no-untyped-def]
    """If this fails, Qt draws right-to-left plain text correctly now and PlainLabel's own drawing can go."""
    loose = shown(qtbot, plain_qlabel(ARABIC), 300)
    assert any("short of the right edge" in problem for problem in misplaced_lines(loose)), ink_lines(loose)
    tight = plain_qlabel(ARABIC)
    tight = shown(qtbot, tight, tight_width(tight))
    assert any("left edge" in problem for problem in misplaced_lines(tight)), ink_lines(tight)


def test_wrapped_arabic_lines_end_flush_right(qtbot) -> None:  # type: ignore[no-untyped-def]
    for width in (200, 300, 431):
        label = shown(qtbot, text_label(ARABIC), width)
        assert len(ink_lines(label)) > 1
        assert not misplaced_lines(label), (width, misplaced_lines(label), ink_lines(label))


def test_a_line_that_fills_the_label_is_not_clipped(qtbot) -> None:  # type: ignore[no-untyped-def]
    label = text_label(ARABIC)
    label = shown(qtbot, label, tight_width(label))
    assert not misplaced_lines(label), (misplaced_lines(label), ink_lines(label))


def test_height_for_width_holds_every_line(qtbot) -> None:  # type: ignore[no-untyped-def]
    """The label asks for exactly the height its drawing needs: nothing is cut off at the bottom."""

    def ink_rows(label: QLabel) -> int:
        image = label.grab().toImage().convertToFormat(QImage.Format.Format_Grayscale8)
        return sum(
            any(image.pixelColor(x, y).value() < 250 for x in range(image.width())) for y in range(image.height())
        )

    for width in (200, 300, 431):
        exact = shown(qtbot, text_label(ARABIC), width)
        roomy = shown(qtbot, text_label(ARABIC), width)
        roomy.setFixedHeight(exact.height() + 40)
        assert ink_rows(exact) == ink_rows(roomy) > 0


def test_english_looks_exactly_as_before(qtbot) -> None:  # type: ignore[no-untyped-def]
    for width in (200, 300, 431):
        ours = shown(qtbot, text_label(ENGLISH), width)
        qts = shown(qtbot, plain_qlabel(ENGLISH), width)
        assert ours.grab().toImage() == qts.grab().toImage()


def test_a_chat_bubble_shows_the_whole_arabic_message(qtbot) -> None:  # type: ignore[no-untyped-def]
    """A bubble is as wide as its message's size hint (at most 560 px), so its lines fill it."""
    text = "أخذت لقطات شاشة لمتابعيك وعائلتك. ادفع 200 الآن وإلا وصلت للجميع"
    panel = ChatPanel(StoryPanel(text="", chat=(ChatMessage(sender="إيلا", text=text, me=False),), caption=""))
    panel.setLayoutDirection(Qt.LayoutDirection.RightToLeft)
    message = next(label for label in panel.findChildren(QLabel) if label.text() == text)
    message.setStyleSheet(STYLE)
    qtbot.addWidget(panel)
    panel.resize(1000, 300)
    panel.show()
    qtbot.waitExposed(panel)
    assert message.width() <= 560 and len(ink_lines(message)) == 2
    assert message.sizeHint().width() == plain_qlabel_in(message).sizeHint().width()  # as wide as in English
    assert not misplaced_lines(message), (misplaced_lines(message), ink_lines(message))


def test_still_plain_text_for_tests_and_screen_readers(qtbot) -> None:  # type: ignore[no-untyped-def]
    hostile = "<b>لا</b> <img src=file:///etc/passwd> " + ARABIC
    label = shown(qtbot, text_label(hostile), 300)
    assert isinstance(label, PlainLabel)
    assert label.textFormat() == Qt.TextFormat.PlainText
    assert label.text() == hostile
    assert QAccessible.queryAccessibleInterface(label).text(QAccessible.Text.Name) == hostile


def test_arabic_label_behaves_like_any_plain_label(qtbot) -> None:  # type: ignore[no-untyped-def]
    """No focus, no selection, clicks and the context menu go to the parent, as for a left-to-right label."""

    class Parent(QWidget):
        def __init__(self) -> None:
            super().__init__()
            self.events: list[str] = []

        def mousePressEvent(self, event: QMouseEvent) -> None:
            self.events.append("press")

        def contextMenuEvent(self, event: QContextMenuEvent) -> None:
            self.events.append("menu")

    parent = Parent()
    qtbot.addWidget(parent)
    for text in (ARABIC, ENGLISH):
        parent.events.clear()
        label = text_label(text)
        label.setParent(parent)
        label.setGeometry(0, 0, 300, 200)
        parent.show()
        assert label.focusPolicy() == Qt.FocusPolicy.NoFocus
        assert not label.textInteractionFlags() & (
            Qt.TextInteractionFlag.TextSelectableByMouse | Qt.TextInteractionFlag.TextSelectableByKeyboard
        )
        qtbot.mouseClick(label, Qt.MouseButton.LeftButton, pos=QPoint(150, 20))
        where = QPoint(150, 20)
        QApplication.sendEvent(
            label, QContextMenuEvent(QContextMenuEvent.Reason.Mouse, where, label.mapToGlobal(where))
        )
        assert parent.events == ["press", "menu"], text
        assert not label.hasSelectedText()
        assert not [menu for menu in QApplication.topLevelWidgets() if isinstance(menu, QMenu) and menu.isVisible()]
        label.deleteLater()


def test_text_can_change_direction(qtbot) -> None:  # type: ignore[no-untyped-def]
    label = shown(qtbot, text_label(ENGLISH), 300)
    before = label.grab().toImage()
    label.setText(ARABIC)
    label.setFixedHeight(label.heightForWidth(300))
    assert not misplaced_lines(label), (misplaced_lines(label), ink_lines(label))
    label.setText(ENGLISH)
    label.setFixedHeight(label.heightForWidth(300))
    assert label.grab().toImage() == before
    assert label.contextMenuPolicy() == Qt.ContextMenuPolicy.DefaultContextMenu


def test_selectable_arabic_stays_selectable_and_flush_right(qtbot) -> None:  # type: ignore[no-untyped-def]
    label = shown(qtbot, text_label(ARABIC, selectable=True), 300)
    flags = label.textInteractionFlags()
    assert flags & Qt.TextInteractionFlag.TextSelectableByMouse
    assert flags & Qt.TextInteractionFlag.TextSelectableByKeyboard
    label.setSelection(0, 4)
    assert label.selectedText() == ARABIC[:4]
    assert not misplaced_lines(label), (misplaced_lines(label), ink_lines(label))


def test_paragraph_direction_is_the_first_strong_character() -> None:
    assert is_right_to_left(ARABIC)
    assert is_right_to_left("200 " + ARABIC)
    assert not is_right_to_left(ENGLISH)
    assert not is_right_to_left("Childline " + ARABIC)
    assert not is_right_to_left("\u2067" + ARABIC + "\u2069 Childline")  # an isolated run does not count
    assert not is_right_to_left("")


def test_the_labels_visual_alignment_is_qstyles() -> None:
    from PySide6.QtCore import Qt
    from PySide6.QtWidgets import QStyle

    from harbourlight.ui.plain_label import _visual_alignment_right_to_left

    flags = Qt.AlignmentFlag
    for alignment in (
        flags.AlignLeft,
        flags.AlignRight,
        flags.AlignHCenter,
        flags.AlignJustify,
        flags.AlignLeft | flags.AlignVCenter,
        flags.AlignRight | flags.AlignAbsolute,
        flags.AlignLeft | flags.AlignAbsolute | flags.AlignTop,
        flags.AlignVCenter,
        flags.AlignBottom | flags.AlignRight,
    ):
        expected = QStyle.visualAlignment(Qt.LayoutDirection.RightToLeft, alignment)
        assert _visual_alignment_right_to_left(alignment) == expected, alignment
