"""Text direction: the UI's follows the UI language; content's follows the language it is written in.

A lesson still in English inside an Arabic UI reads left to right; an Arabic lesson inside an English UI reads
right to left. The UI's own direction is set once on the application (ui/app.apply_language).

Direction comes from Qt's own CLDR data (QLocale), which is already loaded, rather than Babel's, which would cost
~35 ms before the first paint (decision 0019); tests/ui/test_direction.py keeps the two in agreement.
"""

from __future__ import annotations

from PySide6.QtCore import QLocale, Qt


def layout_direction(language: str) -> Qt.LayoutDirection:
    """Right to left for a language written that way (ar, fa, he, ur, …), else left to right."""
    if not language:
        return Qt.LayoutDirection.LeftToRight
    return QLocale(language.replace("-", "_")).textDirection()
