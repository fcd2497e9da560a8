"""A lesson in progress: the path taken so far, as immutable state."""

from __future__ import annotations

from dataclasses import dataclass

from harbourlight.core.graph import first_step_id, longest_path_length, next_step_id, steps_by_id
from harbourlight.core.models import Lesson, Step


@dataclass(frozen=True)
class LessonWalk:
    """Where a learner is in a lesson. `path` is every step visited, the current one last."""

    lesson: Lesson
    path: tuple[str, ...]

    @classmethod
    def start(cls, lesson: Lesson) -> LessonWalk:
        first = first_step_id(lesson)
        if first is None:
            raise ValueError(f"lesson {lesson.id!r} has no steps")
        return cls(lesson, (first,))

    @classmethod
    def resume(cls, lesson: Lesson, path: tuple[str, ...]) -> LessonWalk:
        """Resume a saved path; falls back to the start if the lesson changed underneath it."""
        by_id = steps_by_id(lesson)
        if path and path[0] == first_step_id(lesson) and all(sid in by_id for sid in path):
            return cls(lesson, path)
        return cls.start(lesson)

    @property
    def current(self) -> Step:
        return steps_by_id(self.lesson)[self.path[-1]]

    @property
    def position(self) -> int:
        """1-based number of the current step along the path."""
        return len(self.path)

    @property
    def expected_length(self) -> int:
        return max(longest_path_length(self.lesson), self.position)

    @property
    def can_go_back(self) -> bool:
        return len(self.path) > 1

    @property
    def is_last(self) -> bool:
        step = self.current
        if step.kind == "choice":
            return False
        return next_step_id(self.lesson, step.id) is None

    def advance(self, option_index: int | None = None) -> LessonWalk:
        following = next_step_id(self.lesson, self.current.id, option_index)
        if following is None:
            raise ValueError("the lesson ends here")
        return LessonWalk(self.lesson, (*self.path, following))

    def back(self) -> LessonWalk:
        if not self.can_go_back:
            return self
        return LessonWalk(self.lesson, self.path[:-1])

    def restart(self) -> LessonWalk:
        return LessonWalk.start(self.lesson)
