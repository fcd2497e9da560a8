"""The probe's Qt side: waits for paints, plays lessons, switches countries. Imported by probe_app.py only once
the app itself has imported PySide6."""

import json
import resource
import time

from PySide6.QtCore import QEvent, QEventLoop, QObject, QTimer
from PySide6.QtWidgets import QApplication, QMainWindow, QWidget

# Between two turns the learner reads the step and answers it: seconds, in which the app may do work of its own
# (it builds the step that Next will most likely show). Not part of any turn; long enough for the app to go idle.
READING_S = 0.05


class PaintWatch(QObject):
    """Notes the next paint of one widget (a filter on that widget only, not on the whole application)."""

    def __init__(self) -> None:
        super().__init__()
        self.painted = False

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Paint:
            self.painted = True
        return False

    def wait(self, app: QApplication, root: QWidget, timeout: float = 10.0) -> None:
        self.painted = False
        root.installEventFilter(self)
        deadline = time.perf_counter() + timeout
        while not self.painted and time.perf_counter() < deadline:
            app.processEvents()
        root.removeEventFilter(self)
        if not self.painted:
            raise RuntimeError(f"{type(root).__name__} was never painted")


def _read(seconds: float) -> None:
    """The learner reading: the event loop runs (and sleeps when there is nothing to do) for `seconds`."""
    loop = QEventLoop()
    QTimer.singleShot(round(seconds * 1000), loop.quit)
    loop.exec()


def _percentiles(values: list[float]) -> dict[str, float]:
    ordered = sorted(values)
    pick = lambda q: ordered[min(len(ordered) - 1, round(q * (len(ordered) - 1)))]  # noqa: E731
    return {"n": len(ordered), "p50_ms": pick(0.5), "p95_ms": pick(0.95), "max_ms": ordered[-1]}


def _play(app: QApplication, window: QMainWindow, watch: PaintWatch, turns: int) -> dict[str, float]:
    """Play the band's lessons start to end, over and over, timing each Next until the new step is painted."""
    from harbourlight.ui.self_test import answer_step

    lessons = window.context.library.lessons_for_band(window.context.settings.band)
    lessons.sort(key=lambda lesson: -len(lesson.steps))  # the long ones first
    view = window.lesson_view
    times: list[float] = []
    index = 0
    while len(times) < turns:
        window.start_lesson(lessons[index % len(lessons)])
        index += 1
        watch.wait(app, view.step_widget)
        while view.walk is not None and not view.walk.is_last and len(times) < turns:
            answer_step(view.step_widget)
            _read(READING_S)  # answering repaints too, and the learner reads; neither is part of the turn
            start = time.perf_counter()
            view.go_next()
            watch.wait(app, view.step_widget)
            times.append((time.perf_counter() - start) * 1000)
        if view.walk is not None:
            view.leave()
    return _percentiles(times)


def _switch_countries(app: QApplication, window: QMainWindow, watch: PaintWatch) -> dict[str, float]:
    window.open_help()
    dialog = window.help_dialog
    watch.wait(app, dialog.panel)
    countries = sorted(set(window.context.library.directory) - {"global"})
    times = []
    for country in countries[1:] + countries[:1]:
        start = time.perf_counter()
        dialog._country_picked(country)  # what picking a country in the dialog's list does
        watch.wait(app, dialog.panel)
        times.append((time.perf_counter() - start) * 1000)
    dialog.close()
    return _percentiles(times)


def fake_exec(session: bool, turns: int):  # type: ignore[no-untyped-def]
    def exec_(app: QApplication) -> int:
        watch = PaintWatch()
        window = next(w for w in app.topLevelWidgets() if isinstance(w, QMainWindow) and w.isVisible())
        watch.wait(app, window.library_view.widget())  # the cards, not just the frame
        result: dict[str, object] = {
            "shown": time.time(),
            "rss_shown_kb": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss,
            "library_shown": window.pages.currentWidget() is window.library_view,
            "lesson_cards": len(window.library_view.cards),
        }
        # Ready: what start-up left for after the first paint (ui/app.warm_up: the lesson page, step widgets, Get
        # help, CLDR data) has run. It runs as one event, and the lesson page is made inside it.
        deadline = time.perf_counter() + 10
        while window._lesson_view is None and time.perf_counter() < deadline:
            app.processEvents()
        result["ready"] = time.time()
        result["rss_start_kb"] = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
        if session:
            result["step_turn"] = _play(app, window, watch, turns)
            result["rss_after_lessons_kb"] = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
            result["country_switch"] = _switch_countries(app, window, watch)
        print("BENCH " + json.dumps(result), flush=True)
        return 0

    return exec_
