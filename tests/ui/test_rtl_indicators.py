"""Check boxes and radio buttons with wrapping text: in right-to-left languages the text sits beside the
indicator (on its left), never over it."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QStyle, QStyleOptionButton

from harbourlight.ui.wrap_button import WrapCheckBox, WrapRadioButton

INDICATOR = {
    WrapCheckBox: QStyle.SubElement.SE_CheckBoxIndicator,
    WrapRadioButton: QStyle.SubElement.SE_RadioButtonIndicator,
}


@pytest.mark.parametrize("kind", [WrapCheckBox, WrapRadioButton])
@pytest.mark.parametrize("direction", [Qt.LayoutDirection.LeftToRight, Qt.LayoutDirection.RightToLeft])
def test_the_text_never_covers_the_indicator(kind, direction, qtbot) -> None:  # type: ignore[no-untyped-def]
    button = kind("إذا أرسلت صورة، فالخطأ ليس خطأك أبدًا، حتى لو قلت نعم في البداية.")
    qtbot.addWidget(button)
    button.setLayoutDirection(direction)
    button.resize(420, 80)
    button.show()
    qtbot.waitExposed(button)
    option = QStyleOptionButton()
    button.initStyleOption(option)
    indicator = button.style().subElementRect(INDICATOR[kind], option, button)
    label = button.label.geometry()
    assert not label.intersects(indicator), (label, indicator)
    if direction == Qt.LayoutDirection.RightToLeft:
        assert indicator.left() > button.width() // 2 and label.right() < indicator.left()
    else:
        assert indicator.right() < button.width() // 2 and label.left() > indicator.right()


def test_switching_direction_moves_the_text_to_the_other_side(qtbot) -> None:  # type: ignore[no-untyped-def]
    box = WrapCheckBox("Her profile says she is 10.")
    qtbot.addWidget(box)
    box.resize(420, 60)
    box.show()
    qtbot.waitExposed(box)
    left_before = box.label.geometry().left()
    box.setLayoutDirection(Qt.LayoutDirection.RightToLeft)
    qtbot.waitUntil(lambda: box.label.geometry().left() < left_before)
