"""Write the Windows .ico or macOS .icns from the committed PNG icon (Qt's image plugins do the encoding).

    .venv/bin/python installer/make-icon.py build/installer/harbourlight.ico
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
from PySide6.QtGui import QGuiApplication, QImage  # noqa: E402

ICONS = Path(__file__).resolve().parents[1] / "app" / "harbourlight" / "ui" / "icons"


def main(argv: list[str]) -> int:
    if len(argv) != 1 or Path(argv[0]).suffix not in (".ico", ".icns"):
        sys.stderr.write("usage: make-icon.py OUTPUT.ico|OUTPUT.icns\n")
        return 2
    app = QGuiApplication(sys.argv[:1])
    target = Path(argv[0])
    target.parent.mkdir(parents=True, exist_ok=True)
    size = 256 if target.suffix == ".ico" else 512  # the largest size each format's tools expect
    ok = QImage(str(ICONS / f"harbourlight-{size}.png")).save(str(target))
    del app
    if not ok:
        sys.stderr.write(f"could not write {target}\n")
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
