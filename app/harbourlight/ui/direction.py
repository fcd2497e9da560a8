"""Text direction for content: it follows the language the content is written in, not the UI's language.

A lesson still in English inside an Arabic UI reads left to right; an Arabic lesson inside an English UI reads
right to left. The UI's own direction is set once on the application (ui/app.apply_language).
"""

from __future__ import annotations

from PySide6.QtCore import Qt

from harbourlight.i18n.languages import is_rtl


def content_direction(language: str) -> Qt.LayoutDirection:
    return Qt.LayoutDirection.RightToLeft if language and is_rtl(language) else Qt.LayoutDirection.LeftToRight
