"""In a right-to-left window every label starts at the right, whatever script its text is in (a Latin name such as
"Harbourlight" or a helpline's name included); left-to-right parts of the window keep starting at the left."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor
from PySide6.QtWidgets import QVBoxLayout, QWidget

from harbourlight.ui.widgets import text_label

RTL, LTR = Qt.LayoutDirection.RightToLeft, Qt.LayoutDirection.LeftToRight


def ink_columns(widget: QWidget) -> tuple[int, int]:
    image = widget.grab().toImage()
    dark = [
        x
        for x in range(image.width())
        if any(QColor(image.pixel(x, y)).lightness() < 100 for y in range(image.height()))
    ]
    return dark[0], dark[-1]


def test_latin_text_starts_at_the_right_in_a_right_to_left_window(qtbot) -> None:  # type: ignore[no-untyped-def]
    window = QWidget()
    qtbot.addWidget(window)
    window.setLayoutDirection(RTL)
    window.setStyleSheet("QWidget { background: white; color: black; }")
    layout = QVBoxLayout(window)
    name = text_label("Harbourlight")
    chosen = text_label("Centred on purpose")
    chosen.setAlignment(Qt.AlignmentFlag.AlignHCenter)
    content = QWidget()
    content.setLayoutDirection(LTR)  # e.g. an untranslated English lesson in an Arabic window
    QVBoxLayout(content).addWidget(english := text_label("English lesson text"))
    for widget in (name, chosen, content):
        layout.addWidget(widget)
    window.resize(500, 200)
    window.show()
    qtbot.waitExposed(window)
    left, right = ink_columns(name)
    assert right > name.width() - 20 and left > name.width() // 2  # at the right edge
    left, right = ink_columns(chosen)
    assert abs((left + right) // 2 - chosen.width() // 2) < 20  # the caller's alignment wins
    left, right = ink_columns(english)
    assert left < 20  # left-to-right content still starts at the left


def test_the_alignment_follows_a_change_of_direction(qtbot) -> None:  # type: ignore[no-untyped-def]
    label = text_label("Harbourlight")
    qtbot.addWidget(label)
    label.resize(400, 40)
    label.show()
    assert label.alignment() & Qt.AlignmentFlag.AlignLeft
    label.setLayoutDirection(RTL)
    assert label.alignment() & Qt.AlignmentFlag.AlignRight
    label.setLayoutDirection(LTR)
    assert label.alignment() & Qt.AlignmentFlag.AlignLeft


def test_screen_readers_get_the_text_without_display_only_marks(qtbot) -> None:  # type: ignore[no-untyped-def]
    from PySide6.QtGui import QAccessible

    label = text_label("Website: \u2066https:/\u200b/\u200bwww.\u200bexample.\u200borg\u2069", selectable=True)
    qtbot.addWidget(label)
    label.show()
    spoken = QAccessible.queryAccessibleInterface(label).text(QAccessible.Text.Name)
    assert spoken == "Website: https://www.example.org"
    label.setText("Plain again")
    assert QAccessible.queryAccessibleInterface(label).text(QAccessible.Text.Name) == "Plain again"
    named = text_label("x\u200by")
    qtbot.addWidget(named)
    named.setAccessibleName("Chosen by the caller")
    named.setText("a\u200bb")
    assert named.accessibleName() == "Chosen by the caller"
