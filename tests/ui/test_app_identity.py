"""The app's name and icon are the same everywhere, and About names the version, licence and every pack."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QMessageBox

from harbourlight import APP_NAME, __version__
from harbourlight.ui.app_icon import APP_ID, ICONS_DIR


def test_window_has_the_app_icon_and_name(window) -> None:  # type: ignore[no-untyped-def]
    app = QApplication.instance()
    assert window.windowTitle() == APP_NAME
    assert not app.windowIcon().isNull()
    assert app.windowIcon().availableSizes()  # the PNG sizes were found, not just an empty icon
    assert app.desktopFileName() == APP_ID
    assert (ICONS_DIR / "harbourlight.svg").is_file()


def test_about_names_version_licence_and_each_pack_with_its_publisher(window, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    shown: list[QMessageBox] = []
    monkeypatch.setattr(QMessageBox, "exec", lambda box: shown.append(box) or 0)
    window.show_about()
    (box,) = shown
    text = box.text()
    assert f"{APP_NAME} {__version__}" in text
    assert "Licence: GPL-3.0-or-later" in text
    assert box.textFormat() == Qt.TextFormat.PlainText  # pack fields are never read as rich text
    packs = window.context.library.packs
    assert packs
    for pack in packs:
        assert f"{pack.title} {pack.version}, from {pack.publisher} (licence {pack.licence})" in text
