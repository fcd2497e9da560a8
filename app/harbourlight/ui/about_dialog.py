"""The About box: name, version, licence, and every loaded content pack with its version and publisher."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox, QWidget

from harbourlight import APP_NAME, __version__
from harbourlight.core.models import Pack
from harbourlight.i18n import Translator
from harbourlight.i18n.languages import Language
from harbourlight.ui.app_icon import app_icon

APP_LICENCE = "GPL-3.0-or-later"  # the same SPDX id as pyproject.toml and the AppStream metainfo


def about_text(tr: Translator, packs: Sequence[Pack]) -> str:
    lines = [
        f"{APP_NAME} {__version__}",
        tr._("Offline lessons about staying safe online and getting help. No account, no network."),
        tr._("Licence: {licence}").format(licence=APP_LICENCE),
        "",
        tr._("Lesson packs:") if packs else tr._("No lesson packs are loaded."),
    ]
    for pack in packs:
        lines.append(
            tr._("{title} {version}, from {publisher} (licence {licence})").format(
                title=pack.title, version=pack.version, publisher=pack.publisher, licence=pack.licence
            )
        )
        if pack.translation_language:
            lines.append("    " + translation_note(tr, pack))
    return "\n".join(lines)


def translation_note(tr: Translator, pack: Pack) -> str:
    """For teachers and parents: whether the translation they are reading has been reviewed."""
    language = Language(pack.translation_language).name_in(tr.language)
    if pack.translation_status == "reviewed":
        return tr._("Translation into {language}: reviewed.").format(language=language)
    return tr._("Translation into {language}: a draft, not reviewed yet. Check the lessons before teaching.").format(
        language=language
    )


def about_box(parent: QWidget, tr: Translator, packs: Sequence[Pack]) -> QMessageBox:
    box = QMessageBox(parent)
    box.setWindowTitle(tr._("About {app}").format(app=APP_NAME))
    box.setTextFormat(Qt.TextFormat.PlainText)  # pack titles and publishers come from files: never rich text
    box.setText(about_text(tr, packs))
    box.setIconPixmap(app_icon().pixmap(64, 64))
    box.setStandardButtons(QMessageBox.StandardButton.Close)
    return box
