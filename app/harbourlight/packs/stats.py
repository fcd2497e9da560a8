"""`harbourlight-pack stats`: what a pack holds, for authors and reviewers."""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field

from harbourlight.core.models import Lesson
from harbourlight.packs.pack_loader import PackResult


@dataclass(frozen=True)
class PackStats:
    lessons: int
    per_band: dict[str, int]
    per_topic: dict[str, int]  # by main topic
    step_kinds: dict[str, int]
    steps: int
    minutes: int
    with_facilitator_notes: int
    with_parent_notes: int
    errors: int
    warnings: int
    warning_codes: dict[str, int] = field(default_factory=dict)


def _has_facilitator(lesson: Lesson) -> bool:
    f = lesson.facilitator
    return bool(f.preparation or f.discussion or f.disclosure)


def _has_parents(lesson: Lesson) -> bool:
    p = lesson.parents
    return bool(p.taught or p.conversation_starters or p.what_to_do)


def pack_stats(result: PackResult) -> PackStats:
    lessons = result.pack.lessons if result.pack else ()
    bands = result.pack.age_bands if result.pack else ()
    per_band = {band: 0 for band in bands}
    per_band.update(Counter(lesson.band for lesson in lessons))
    return PackStats(
        lessons=len(lessons),
        per_band=per_band,
        per_topic=dict(sorted(Counter(lesson.topics[0] for lesson in lessons if lesson.topics).items())),
        step_kinds=dict(sorted(Counter(step.kind for lesson in lessons for step in lesson.steps).items())),
        steps=sum(len(lesson.steps) for lesson in lessons),
        minutes=sum(lesson.duration_minutes for lesson in lessons),
        with_facilitator_notes=sum(_has_facilitator(lesson) for lesson in lessons),
        with_parent_notes=sum(_has_parents(lesson) for lesson in lessons),
        errors=len(result.errors),
        warnings=len(result.warnings),
        warning_codes=dict(sorted(Counter(p.code or "other" for p in result.warnings).items())),
    )
