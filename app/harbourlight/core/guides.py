"""A guide for parents and carers about one topic, assembled from lessons' parent notes and pack parent pages.

Pure functions over the models: the parent window and the printed parent guide show the same guide.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

from harbourlight.core.models import Lesson, ParentPage
from harbourlight.core.vocabulary import AGE_BANDS, LESSON_TOPICS


@dataclass(frozen=True)
class LessonNote:
    """What one lesson teaches, told to a parent."""

    lesson: Lesson
    taught: str


@dataclass(frozen=True)
class BandGuide:
    """One age band's part of a topic guide: what its lessons teach and conversation starters."""

    band: str
    lessons: tuple[LessonNote, ...]
    conversation_starters: tuple[str, ...]


@dataclass(frozen=True)
class TopicGuide:
    """A guide for parents and carers about one topic, gathered from pack pages and lessons' notes."""

    topic: str
    pages: tuple[ParentPage, ...]  # pack-level pages, shown first
    bands: tuple[BandGuide, ...]  # youngest band first; only bands with lessons on the topic
    signs: tuple[str, ...]  # warning signs, without repeats
    what_to_do: tuple[str, ...]  # each lesson's "what to do", without repeats

    @property
    def lessons(self) -> tuple[Lesson, ...]:
        return tuple(note.lesson for band in self.bands for note in band.lessons)

    @property
    def is_empty(self) -> bool:
        return not self.pages and not self.bands


def _unique(items: Iterable[str]) -> tuple[str, ...]:
    kept: list[str] = []
    keys: set[str] = set()
    for item in items:
        text = item.strip()
        if text and text.casefold() not in keys:
            keys.add(text.casefold())
            kept.append(text)
    return tuple(kept)


def _band_rank(band: str) -> int:
    return AGE_BANDS.index(band) if band in AGE_BANDS else len(AGE_BANDS)


def _topic_rank(topic: str) -> int:
    return LESSON_TOPICS.index(topic) if topic in LESSON_TOPICS else len(LESSON_TOPICS)


def guide_topics(lessons: Iterable[Lesson], pages: Iterable[ParentPage] = ()) -> tuple[str, ...]:
    """Topics a guide can be written for: a lesson's main topic, or a parent page's topic; vocabulary order."""
    found = {lesson.main_topic for lesson in lessons if lesson.main_topic} | {page.topic for page in pages}
    return tuple(sorted(found, key=lambda t: (_topic_rank(t), t)))


def topic_guide(topic: str, lessons: Iterable[Lesson], pages: Iterable[ParentPage] = ()) -> TopicGuide:
    """Every lesson that names `topic` (main or not) grouped by band; pages whose topic is `topic` or `any`."""
    relevant = [lesson for lesson in lessons if topic in lesson.topics]
    relevant.sort(key=lambda lesson: (_band_rank(lesson.band), lesson.topics.index(topic), lesson.title))
    bands = []
    for band in sorted({lesson.band for lesson in relevant}, key=_band_rank):
        in_band = [lesson for lesson in relevant if lesson.band == band]
        bands.append(
            BandGuide(
                band=band,
                lessons=tuple(LessonNote(lesson, lesson.parents.taught.strip()) for lesson in in_band),
                conversation_starters=_unique(s for lesson in in_band for s in lesson.parents.conversation_starters),
            )
        )
    return TopicGuide(
        topic=topic,
        pages=tuple(page for page in pages if page.topic in (topic, "any")),
        bands=tuple(bands),
        signs=_unique(sign for lesson in relevant for sign in lesson.parents.signs),
        what_to_do=_unique(lesson.parents.what_to_do for lesson in relevant),
    )


def help_topics(guide: TopicGuide) -> tuple[str, ...]:
    """Directory topics to offer with a guide: its own topic and every topic its lessons name."""
    return _unique((guide.topic, *(t for lesson in guide.lessons for t in lesson.topics)))
