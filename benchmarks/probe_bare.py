"""Baseline: a bare PySide6 script that shows an empty QWidget. Prints one JSON line when it is painted.

Run as a script by benchmarks/run.py, alternately with probe_app.py, so both pay the same interpreter start.
With `--text N` the window shows N word-wrapped paragraphs in plain QLabels (no style sheet, nothing of ours): a
second reference that also pays for Qt's fonts and text layout, which the empty window never touches.
"""

import json
import resource
import sys
import time

from PySide6.QtCore import QEvent, QObject
from PySide6.QtWidgets import QApplication, QLabel, QVBoxLayout, QWidget

PARAGRAPH = "A short paragraph of plain text, about as long as a lesson's content note on the lesson list. "


class PaintWatch(QObject):
    def __init__(self) -> None:
        super().__init__()
        self.painted = False

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Paint:
            self.painted = True
        return False


def main() -> int:
    app = QApplication(sys.argv[:1])
    widget = QWidget()
    widget.resize(1100, 780)  # the app's window size, so both paint the same area
    if "--text" in sys.argv:
        layout = QVBoxLayout(widget)
        for _ in range(int(sys.argv[sys.argv.index("--text") + 1])):
            label = QLabel(PARAGRAPH * 2)
            label.setWordWrap(True)
            layout.addWidget(label)
    watch = PaintWatch()
    widget.installEventFilter(watch)
    widget.show()
    while not watch.painted:
        app.processEvents()
    shown = time.time()
    rss_kb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    print("BENCH " + json.dumps({"shown": shown, "rss_start_kb": rss_kb}), flush=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
