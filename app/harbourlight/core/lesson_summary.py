"""What the lesson list shows of a lesson: enough to choose it, none of its steps or notes.

Start-up shows the list from these (kept in the content cache) and loads the lessons themselves right after the
window first appears, so the first paint never waits for the lesson models (decision 0020).
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from harbourlight.core.models import Lesson


@dataclass(frozen=True, kw_only=True)
class LessonSummary:
    """A lesson's id, age band, title, length, content note and main topic, as its card in the list shows them."""

    id: str
    band: str
    title: str
    duration_minutes: int
    advisory: str
    with_adult: bool = False
    main_topic: str = ""


def summarize(lesson: Lesson) -> LessonSummary:
    return LessonSummary(
        id=lesson.id,
        band=lesson.band,
        title=lesson.title,
        duration_minutes=lesson.duration_minutes,
        advisory=lesson.advisory,
        with_adult=lesson.with_adult,
        main_topic=lesson.main_topic,
    )
