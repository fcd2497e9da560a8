"""`harbourlight-pack diff OLD NEW`: what changed between two versions of a pack, for reviewers."""

from __future__ import annotations

from dataclasses import dataclass, field

from harbourlight.core.models import Lesson, Pack, Step


@dataclass(frozen=True)
class LessonChange:
    lesson_id: str
    fields: tuple[str, ...]  # lesson-level fields that differ (title, band, advisory, …)
    steps_added: tuple[str, ...]
    steps_removed: tuple[str, ...]
    steps_changed: tuple[str, ...]


@dataclass(frozen=True)
class PackDiff:
    old_version: str
    new_version: str
    added: tuple[str, ...]
    removed: tuple[str, ...]
    changed: tuple[LessonChange, ...]
    manifest_fields: tuple[str, ...] = field(default=())

    @property
    def version_bumped(self) -> bool:
        return _version(self.new_version) > _version(self.old_version)

    @property
    def has_changes(self) -> bool:
        return bool(self.added or self.removed or self.changed or self.manifest_fields)


def _version(text: str) -> tuple[int, ...]:
    try:
        return tuple(int(p) for p in text.split("."))
    except ValueError:
        return (0,)


_LESSON_FIELDS = (
    "band",
    "topics",
    "title",
    "duration_minutes",
    "advisory",
    "with_adult",
    "learning_goals",
    "start",
    "facilitator",
    "parents",
    "review_by",
)
_PACK_FIELDS = (
    "title",
    "description",
    "publisher",
    "licence",
    "languages",
    "default_language",
    "age_bands",
    "countries",
    "min_app_version",
    "schema_version",
    "review_by",
    "sources",
)


def _steps(lesson: Lesson) -> dict[str, Step]:
    return {step.id: step for step in lesson.steps}


def lesson_change(old: Lesson, new: Lesson) -> LessonChange | None:
    fields = tuple(f for f in _LESSON_FIELDS if getattr(old, f) != getattr(new, f))
    old_steps, new_steps = _steps(old), _steps(new)
    added = tuple(s for s in new_steps if s not in old_steps)
    removed = tuple(s for s in old_steps if s not in new_steps)
    changed = tuple(s for s in new_steps if s in old_steps and old_steps[s] != new_steps[s])
    order_changed = [s for s in new_steps if s in old_steps] != [s for s in old_steps if s in new_steps]
    if order_changed:
        fields = (*fields, "step order")
    if not (fields or added or removed or changed):
        return None
    return LessonChange(new.id, fields, added, removed, changed)


def pack_diff(old: Pack, new: Pack) -> PackDiff:
    old_lessons = {lesson.id: lesson for lesson in old.lessons}
    new_lessons = {lesson.id: lesson for lesson in new.lessons}
    changes = []
    for lesson_id in sorted(set(old_lessons) & set(new_lessons)):
        change = lesson_change(old_lessons[lesson_id], new_lessons[lesson_id])
        if change:
            changes.append(change)
    return PackDiff(
        old_version=old.version,
        new_version=new.version,
        added=tuple(sorted(set(new_lessons) - set(old_lessons))),
        removed=tuple(sorted(set(old_lessons) - set(new_lessons))),
        changed=tuple(changes),
        manifest_fields=tuple(f for f in _PACK_FIELDS if getattr(old, f) != getattr(new, f)),
    )
