"""Opening a helpline's web page: only after a click and a yes, and only in the system browser."""

from __future__ import annotations

from PySide6.QtCore import QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QMessageBox, QWidget

from harbourlight.i18n import Translator

OPENABLE_SCHEMES = ("https",)  # tel:/sms: and anything else stay copyable text


def can_open(url: str) -> bool:
    return QUrl(url).scheme() in OPENABLE_SCHEMES and QUrl(url).isValid()


def confirm_and_open(parent: QWidget | None, url: str, tr: Translator) -> bool:
    """Asks first: a web browser shows up in the history and on screen, which can matter for a child's safety."""
    if not can_open(url):
        return False
    answer = QMessageBox.question(
        parent,
        tr._("Open in your web browser?"),
        tr._(
            "This opens {url} in your web browser. Harbourlight itself never goes online. "
            "Your browser may remember the page in its history."
        ).format(url=url),
        QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
        QMessageBox.StandardButton.No,
    )
    if answer != QMessageBox.StandardButton.Yes:
        return False
    return bool(QDesktopServices.openUrl(QUrl(url)))
