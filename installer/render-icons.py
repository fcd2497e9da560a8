"""Render the application icon's PNG sizes from its SVG (run after editing the SVG; the PNGs are committed).

QT_QPA_PLATFORM=offscreen .venv/bin/python installer/render-icons.py
"""

from __future__ import annotations

import sys
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication, QImage, QPainter
from PySide6.QtSvg import QSvgRenderer

ICONS = Path(__file__).resolve().parents[1] / "app" / "harbourlight" / "ui" / "icons"
SIZES = (16, 24, 32, 48, 64, 128, 256, 512)  # the hicolor sizes desktops look for; 256 also feeds .ico/.icns


def main() -> int:
    app = QGuiApplication(sys.argv[:1])
    renderer = QSvgRenderer(str(ICONS / "harbourlight.svg"))
    if not renderer.isValid():
        sys.stderr.write("the SVG could not be read\n")
        return 1
    for size in SIZES:
        image = QImage(size, size, QImage.Format.Format_ARGB32_Premultiplied)
        image.fill(Qt.GlobalColor.transparent)
        painter = QPainter(image)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        renderer.render(painter)
        painter.end()
        image.save(str(ICONS / f"harbourlight-{size}.png"))
    del app
    return 0


if __name__ == "__main__":
    sys.exit(main())
