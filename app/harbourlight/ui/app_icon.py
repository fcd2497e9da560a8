"""The application icon, from the PNG sizes and the SVG shipped in ui/icons (the same files the installers use)."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtGui import QIcon

ICONS_DIR = Path(__file__).resolve().parent / "icons"
APP_ID = "org.harbourlight.Harbourlight"  # desktop entry, AppStream id and icon name: never change after release


def app_icon() -> QIcon:
    icon = QIcon()
    # PNGs first: they need no SVG image plugin, so the icon shows even in a trimmed bundle.
    for png in sorted(ICONS_DIR.glob("harbourlight-*.png")):
        icon.addFile(str(png))
    svg = ICONS_DIR / "harbourlight.svg"
    if svg.is_file():
        icon.addFile(str(svg))
    return icon
