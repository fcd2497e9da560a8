"""Qt's own strings (dialog buttons, text context menus) in the UI language.

Qt ships qtbase_<lang>.qm for many languages, but not for all of ours (no Norwegian Bokmål, Greek or Filipino).
Our catalog carries the few Qt strings a child can meet; a QTranslator hands them to Qt, and qtbase's own
catalog, where it exists, is installed on top and wins.
"""

from __future__ import annotations

from PySide6.QtCore import QLibraryInfo, QTranslator
from PySide6.QtWidgets import QApplication

from harbourlight.i18n import N_, Translator

# (Qt context, Qt source text) → our msgid. Qt's contexts and texts as in qtbase 6.
QT_STRINGS: dict[tuple[str, str], str] = {
    ("QPlatformTheme", "OK"): N_("OK"),
    ("QPlatformTheme", "Cancel"): N_("Cancel"),
    ("QPlatformTheme", "Close"): N_("Close"),
    ("QPlatformTheme", "Apply"): N_("Apply"),
    ("QPlatformTheme", "Reset"): N_("Reset"),
    ("QPlatformTheme", "Help"): N_("Help"),
    ("QPlatformTheme", "Save"): N_("Save"),
    ("QPlatformTheme", "Open"): N_("Open"),
    ("QPlatformTheme", "Discard"): N_("Discard"),
    ("QPlatformTheme", "&Yes"): N_("&Yes"),
    ("QPlatformTheme", "&No"): N_("&No"),
    ("QPlatformTheme", "Restore Defaults"): N_("Restore Defaults"),
    ("QMessageBox", "Show Details..."): N_("Show Details..."),
    ("QMessageBox", "Hide Details..."): N_("Hide Details..."),
    ("QLineEdit", "&Undo"): N_("&Undo"),
    ("QLineEdit", "&Redo"): N_("&Redo"),
    ("QLineEdit", "Cu&t"): N_("Cu&t"),
    ("QLineEdit", "&Copy"): N_("&Copy"),
    ("QLineEdit", "&Paste"): N_("&Paste"),
    ("QLineEdit", "Delete"): N_("Delete"),
    ("QLineEdit", "Select All"): N_("Select All"),
    ("QWidgetTextControl", "&Copy"): N_("&Copy"),
    ("QWidgetTextControl", "Copy &Link Location"): N_("Copy &Link Location"),
    ("QWidgetTextControl", "Select All"): N_("Select All"),
}


class GettextQtTranslator(QTranslator):
    """Answers Qt's lookups for QT_STRINGS from our gettext catalog; anything else is left to Qt."""

    def __init__(self, tr: Translator, parent: QApplication | None = None):
        super().__init__(parent)
        self._tr = tr

    def translate(self, context, source_text, disambiguation=None, n=-1):  # type: ignore[no-untyped-def, override]
        msgid = QT_STRINGS.get((context, source_text))
        if msgid is None or self._tr.language == "en":
            return None  # None lets the next translator (or Qt's source text) answer
        text = self._tr._(msgid)
        return text if text != msgid else None

    def isEmpty(self) -> bool:
        return False


def qtbase_catalog_name(language: str) -> str:
    return f"qtbase_{language}"


# The translators this module installs carry this object name, so a language change finds them by name. (Listing
# all of the application's children instead makes PySide6 build a Python class for the style among them: ~12 ms.)
TRANSLATOR_NAME = "harbourlightQtTranslator"


def install_qt_translations(app: QApplication, tr: Translator) -> list[QTranslator]:
    """Replace the translators installed before with ones for tr's language; returns the new ones."""
    for old in app.findChildren(QTranslator, TRANSLATOR_NAME):
        app.removeTranslator(old)
        old.deleteLater()
    ours = GettextQtTranslator(tr, app)
    ours.setObjectName(TRANSLATOR_NAME)
    app.installTranslator(ours)
    result: list[QTranslator] = [ours]
    qtbase = QTranslator(app)
    qtbase.setObjectName(TRANSLATOR_NAME)
    folder = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
    if tr.language != "en" and qtbase.load(qtbase_catalog_name(tr.language), folder):
        app.installTranslator(qtbase)  # installed last, asked first
        result.append(qtbase)
    return result
