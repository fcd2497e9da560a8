"""The state of a classroom session, shared by the projector and the teacher console.

The teacher drives everything from the console (or a clicker): the class answers by a show of hands and the
teacher records the class's answer, so no child touches the app and nothing about any child is kept.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import TypeVar

from PySide6.QtCore import QObject, Qt, Signal

from harbourlight.core.graph import next_step_id, steps_by_id
from harbourlight.core.models import ChoiceStep, Lesson, QuizStep, SortStep, Step
from harbourlight.core.walk import LessonWalk

ScreenT = TypeVar("ScreenT")


def pick_projector_screen(screens: Sequence[ScreenT], primary: ScreenT | None) -> ScreenT | None:
    """The first screen that is not the primary one (where the console stays), or None with a single screen."""
    if len(screens) < 2:
        return None
    return next((screen for screen in screens if screen is not primary), None)


class PresenterController(QObject):
    changed = Signal()  # anything the projector or console shows has changed
    finished = Signal(str)  # lesson id, when the teacher goes past the last step

    def __init__(self, lesson: Lesson, parent: QObject | None = None):
        super().__init__(parent)
        self.walk = LessonWalk.start(lesson)
        self.blanked = False
        self.softened: set[str] = set()  # step ids showing their gentler alternative
        self._reset_step()

    def _reset_step(self) -> None:
        self.chosen: int | None = None  # the class's choice on a choice step
        self.picks: set[int] = set()  # the class's answers on a quiz step
        self.revealed = False  # quiz and sort answers shown on the projector

    # --- what is showing -------------------------------------------------------------------------------
    @property
    def lesson(self) -> Lesson:
        return self.walk.lesson

    @property
    def step(self) -> Step:
        return self.walk.current

    @property
    def is_softened(self) -> bool:
        return bool(self.step.soften) and self.step.id in self.softened

    @property
    def can_advance(self) -> bool:
        """A choice needs the class's answer before the lesson can go down one of its branches."""
        return not isinstance(self.step, ChoiceStep) or self.chosen is not None

    def next_step(self) -> Step | None:
        """The step that follows, if it is known yet (after a choice it depends on the class's answer)."""
        step = self.step
        if isinstance(step, ChoiceStep):
            if self.chosen is None:
                return None
            following = next_step_id(self.lesson, step.id, self.chosen)
        else:
            following = next_step_id(self.lesson, step.id)
        return steps_by_id(self.lesson).get(following) if following else None

    # --- the teacher's actions ---------------------------------------------------------------------------
    def next(self) -> None:
        if not self.can_advance:
            return
        self._advance(self.chosen)

    def skip(self) -> None:
        """Leave this segment out; a choice nobody answered goes down its first option's branch."""
        option = (self.chosen if self.chosen is not None else 0) if isinstance(self.step, ChoiceStep) else None
        self._advance(option)

    def _advance(self, option: int | None) -> None:
        if self.walk.is_last:
            self.finished.emit(self.lesson.id)
            return
        self.walk = self.walk.advance(option if isinstance(self.step, ChoiceStep) else None)
        self._reset_step()
        self.changed.emit()

    def previous(self) -> None:
        if self.walk.can_go_back:
            self.walk = self.walk.back()
            self._reset_step()
            self.changed.emit()

    def choose(self, index: int) -> None:
        if isinstance(self.step, ChoiceStep) and 0 <= index < len(self.step.options):
            self.chosen = index
            self.changed.emit()

    def toggle_pick(self, index: int) -> None:
        step = self.step
        if not isinstance(step, QuizStep) or self.revealed or not 0 <= index < len(step.options):
            return
        if index in self.picks:
            self.picks.discard(index)
        elif step.multiple:
            self.picks.add(index)
        else:
            self.picks = {index}
        self.changed.emit()

    def reveal(self) -> None:
        if isinstance(self.step, QuizStep | SortStep) and not self.revealed:
            self.revealed = True
            self.changed.emit()

    def toggle_soften(self) -> None:
        step = self.step
        if not step.soften:
            return
        self.softened ^= {step.id}
        self.changed.emit()

    def toggle_blank(self) -> None:
        self.blanked = not self.blanked
        self.changed.emit()

    def set_blank(self, blanked: bool) -> None:
        if blanked != self.blanked:
            self.toggle_blank()


# Keys a presenter clicker sends: PageDown/PageUp (most clickers), arrows, and B or "." to blank the screen.
NEXT_KEYS = frozenset({Qt.Key.Key_PageDown, Qt.Key.Key_Right})
PREVIOUS_KEYS = frozenset({Qt.Key.Key_PageUp, Qt.Key.Key_Left})
BLANK_KEYS = frozenset({Qt.Key.Key_B, Qt.Key.Key_Period})
CONSOLE_KEY = Qt.Key.Key_F6


PRESENTER_KEYS: dict[str, frozenset[Qt.Key]] = {
    "next": NEXT_KEYS,
    "previous": PREVIOUS_KEYS,
    "blank": BLANK_KEYS,
    "console": frozenset({CONSOLE_KEY}),
    "scroll-down": frozenset({Qt.Key.Key_Down}),
    "scroll-up": frozenset({Qt.Key.Key_Up}),
}


def key_action(key: int) -> str | None:
    """What a key does in presenter mode: "next", "previous", "blank", "console", "scroll-…", or nothing.

    Esc deliberately does nothing here: clickers send it, and a class must not lose the lesson by accident.
    Quick hide stays one click away on the console's Hide button.
    """
    return next((action for action, keys in PRESENTER_KEYS.items() if key in keys), None)
