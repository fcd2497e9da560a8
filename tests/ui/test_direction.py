"""The UI takes text direction from Qt's CLDR data (no Babel before the first paint); Babel's CLDR data is what
the Qt-free code (printables, the pack tools) uses. The two must agree wherever the app can meet a language."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

from harbourlight.i18n.languages import UI_LANGUAGES, is_rtl
from harbourlight.ui.direction import layout_direction

RTL = Qt.LayoutDirection.RightToLeft
LTR = Qt.LayoutDirection.LeftToRight
RIGHT_TO_LEFT = ["ar", "fa", "he", "ur", "ps", "ckb", "sd", "dv", "yi", "ug", "ar_EG", "ar-SA"]
LEFT_TO_RIGHT = ["en", "en_XA", "nb", "so", "sw", "tr", "pl", "ro", "ti", "am", "ha", "ku", "zh_Hant"]


@pytest.mark.parametrize("code", [language.code for language in UI_LANGUAGES] + RIGHT_TO_LEFT + LEFT_TO_RIGHT)
def test_qt_and_babel_agree_on_direction(code: str) -> None:
    assert layout_direction(code) == (RTL if is_rtl(code) else LTR)


@pytest.mark.parametrize(("codes", "direction"), [(RIGHT_TO_LEFT, RTL), (LEFT_TO_RIGHT, LTR)])
def test_languages_read_in_their_own_direction(codes: list[str], direction: Qt.LayoutDirection) -> None:
    assert {code: layout_direction(code) for code in codes} == dict.fromkeys(codes, direction)


def test_arabic_is_the_one_right_to_left_ui_language_and_unknown_codes_read_left_to_right() -> None:
    assert [language.code for language in UI_LANGUAGES if layout_direction(language.code) == RTL] == ["ar"]
    assert layout_direction("") == LTR
    assert layout_direction("not-a-language") == LTR
