"""A gettext translator object whose language can change while the app runs."""

from __future__ import annotations

import gettext
import io
from collections.abc import Callable
from pathlib import Path

DOMAIN = "harbourlight"
SOURCE_LANGUAGE = "en"


def N_(message: str) -> str:
    """Mark a string for extraction without translating it now."""
    return message


def _compile_po(po_path: Path) -> gettext.GNUTranslations | None:
    """Compile a .po in memory (a source checkout has no .mo until the build step runs)."""
    from babel.messages.mofile import write_mo
    from babel.messages.pofile import read_po

    with po_path.open("rb") as handle:
        catalog = read_po(handle)
    buffer = io.BytesIO()
    write_mo(buffer, catalog)
    buffer.seek(0)
    return gettext.GNUTranslations(buffer)


def load_catalog(locales_dir: Path, language: str) -> gettext.NullTranslations:
    """The catalog for a language: compiled .mo if present, else the .po, else untranslated."""
    folder = locales_dir / language / "LC_MESSAGES"
    mo_path = folder / f"{DOMAIN}.mo"
    po_path = folder / f"{DOMAIN}.po"
    try:
        if mo_path.is_file() and (not po_path.is_file() or mo_path.stat().st_mtime >= po_path.stat().st_mtime):
            with mo_path.open("rb") as handle:
                return gettext.GNUTranslations(handle)
        if po_path.is_file():
            return _compile_po(po_path) or gettext.NullTranslations()
    except (OSError, ValueError, UnicodeDecodeError):
        pass  # a damaged catalog must not stop the app: fall back to the source language
    return gettext.NullTranslations()


class Translator:
    """Translate UI text for the current language; listeners hear about language changes."""

    def __init__(self, locales_dir: Path, language: str = SOURCE_LANGUAGE):
        self.locales_dir = locales_dir
        self.language = SOURCE_LANGUAGE
        self._catalog: gettext.NullTranslations = gettext.NullTranslations()
        self._listeners: list[Callable[[str], None]] = []
        self.set_language(language)

    def set_language(self, language: str) -> None:
        self.language = language
        self._catalog = (
            load_catalog(self.locales_dir, language) if language != SOURCE_LANGUAGE else gettext.NullTranslations()
        )
        for listener in list(self._listeners):
            listener(language)

    def on_change(self, listener: Callable[[str], None]) -> None:
        self._listeners.append(listener)

    def _(self, message: str) -> str:
        return self._catalog.gettext(message)

    def ngettext(self, singular: str, plural: str, n: int) -> str:
        return self._catalog.ngettext(singular, plural, n)

    def pgettext(self, context: str, message: str) -> str:
        return self._catalog.pgettext(context, message)

    def npgettext(self, context: str, singular: str, plural: str, n: int) -> str:
        return self._catalog.npgettext(context, singular, plural, n)
