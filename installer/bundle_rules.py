"""What goes into a PyInstaller bundle: shared by installer/harbourlight.spec and the benchmarks' bare bundle.

Only the Qt modules the code imports are kept; Qt's hooks add plugins for every module in the wheel, so those of
excluded modules are dropped, then (on Linux) every shared library nothing left still links. Run by PyInstaller,
not by the app: the app never imports this file.
"""

from __future__ import annotations

import re
import sys
from collections.abc import Iterable
from pathlib import Path

ALL_QT = {
    "Qt3DAnimation", "Qt3DCore", "Qt3DExtras", "Qt3DInput", "Qt3DLogic", "Qt3DRender", "QtBluetooth",
    "QtCanvasPainter", "QtCharts", "QtConcurrent", "QtDBus", "QtDataVisualization", "QtDesigner", "QtGraphs",
    "QtGraphsWidgets", "QtHelp", "QtHttpServer", "QtLabsStyleKit", "QtLocation", "QtMultimedia",
    "QtMultimediaWidgets", "QtNetwork", "QtNetworkAuth", "QtNfc", "QtOpenGL", "QtOpenGLWidgets", "QtPdf",
    "QtPdfWidgets", "QtPositioning", "QtPrintSupport", "QtQml", "QtQmlFeatures", "QtQuick", "QtQuick3D",
    "QtQuickControls2", "QtQuickTest", "QtQuickWidgets", "QtRemoteObjects", "QtScxml", "QtSensors",
    "QtSerialBus", "QtSerialPort", "QtSpatialAudio", "QtSql", "QtStateMachine", "QtSvg", "QtSvgWidgets",
    "QtTest", "QtTextToSpeech", "QtUiTools", "QtWebChannel", "QtWebEngineCore", "QtWebEngineQuick",
    "QtWebEngineWidgets", "QtWebSockets", "QtWebView", "QtXml",
}  # fmt: skip

# Python packages that are for tests and tools only: never in a bundle.
NOT_SHIPPED = [
    "tkinter", "pytest", "_pytest", "pytestqt", "hypothesis", "mypy", "ruff", "setuptools", "pip",
    "IPython", "PyInstaller", "pydoc_data", "lib2to3",
    # The app opens no connection, ever (DESIGN.md): no TLS in the bundle (saves libssl too).
    "ssl", "_ssl",
]  # fmt: skip

# Imported by the code but not bundled: recorded voiceovers need Qt's multimedia plugins (ffmpeg, ~20 MB), which
# the bundle leaves out, so read_aloud.py falls back to the computer's voice when this import fails. Speech itself
# (QtTextToSpeech) still links the Qt Multimedia *library*; only the Python binding and QtNetwork's go.
NOT_BUNDLED_QT = {"QtMultimedia"}

# Plugin folders of Qt modules the app doesn't use (databases, QML, 3D, sensors, TLS, ...).
UNUSED_PLUGIN_DIRS = {
    "qmltooling", "sqldrivers", "designer", "multimedia", "position", "geoservices", "sensors", "canbus",
    "sceneparsers", "renderers", "renderplugins", "geometryloaders", "assetimporters", "webview",
    "scxmldatamodel", "networkinformation", "tls", "qmllint", "egldeviceintegrations", "vectorimageformats",
}  # fmt: skip
# Platforms for embedded boards and remote framebuffers, and the virtual keyboard: desktops use xcb or wayland
# (and offscreen for the self-test).
UNUSED_PLUGIN_FILES = (
    "libqeglfs", "libqlinuxfb", "libqvnc", "libqvkkhrdisplay", "libqminimalegl", "libqtvirtualkeyboard",
)  # fmt: skip


def used_qt_modules(sources: Iterable[Path]) -> set[str]:
    """The Qt modules the code imports, plus what they need at run time."""
    text = "\n".join(path.read_text("utf-8") for path in sources)
    used = set(re.findall(r"\bPySide6\.(Qt\w+)", text)) | {"QtCore", "QtGui", "QtWidgets"}
    used.add("QtSvg")  # the SVG icon engine plugin links QtSvg; the app icon has an SVG size
    return used - NOT_BUNDLED_QT


def qt_excludes(used: set[str]) -> list[str]:
    return [f"PySide6.{module}" for module in sorted(ALL_QT - used)]


def keep(dest: str, used: set[str], languages: set[str]) -> bool:
    """Whether a collected file (its path inside the bundle) stays."""
    path = Path(dest)
    parts = path.parts
    if "plugins" in parts:
        dirs = set(UNUSED_PLUGIN_DIRS)
        if "QtTextToSpeech" not in used:
            dirs.add("texttospeech")
        if dirs.intersection(parts) or path.name.startswith(UNUSED_PLUGIN_FILES):
            return False
    if "locale-data" in parts and path.suffix == ".dat":  # Babel's CLDR data: the UI languages and root suffice
        return path.stem.split("_")[0] in languages | {"root", "no"}
    if "translations" in parts and path.suffix == ".qm":  # Qt's own dialog strings, for our languages only
        name = path.stem
        return name.startswith("qtbase_") and name.split("_")[1] in languages
    return True


def drop_orphan_libraries(binaries: list[tuple[str, str, str]]) -> list[tuple[str, str, str]]:
    """Shared libraries that only dropped plugins needed (ffmpeg for sound, ...) go; what is still linked stays."""
    if not sys.platform.startswith("linux"):
        return binaries
    from PyInstaller.depend.bindepend import get_imports

    def is_library(dest: str) -> bool:
        name = Path(dest).name
        return (
            name.startswith("lib")
            and ".so." in name
            and "plugins" not in Path(dest).parts
            and not name.startswith(("libpython", "libpyside6", "libshiboken6"))  # loaded by the bootloader
        )

    needed: set[str] = set()
    for dest, src, _kind in binaries:
        if not is_library(dest):
            needed.update(name for name, _path in get_imports(src))  # ldd: the whole closure
    return [entry for entry in binaries if not is_library(entry[0]) or Path(entry[0]).name in needed]


def filter_analysis(analysis: object, used: set[str], languages: set[str]) -> None:
    analysis.binaries = drop_orphan_libraries(  # type: ignore[attr-defined]
        [e for e in analysis.binaries if keep(e[0], used, languages)]  # type: ignore[attr-defined]
    )
    analysis.datas = [e for e in analysis.datas if keep(e[0], used, languages)]  # type: ignore[attr-defined]


# The system Python's libpython and extension modules carry debug symbols (23 MB -> 5 MB); Windows has none.
STRIP = sys.platform.startswith("linux")
