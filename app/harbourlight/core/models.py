"""Plain, frozen data: what a pack, a lesson, a step and a helpline entry are.

Widgets are given these objects and render them; nothing here knows about files or Qt.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field


@dataclass(frozen=True, kw_only=True)
class ChatMessage:
    sender: str
    text: str
    me: bool = False


@dataclass(frozen=True, kw_only=True)
class StoryPanel:
    text: str = ""
    speaker: str = ""
    picture: str = ""
    alt: str = ""
    chat: tuple[ChatMessage, ...] = ()
    caption: str = ""


@dataclass(frozen=True, kw_only=True)
class Step:
    id: str
    kind: str
    title: str = ""
    next: str | None = None
    end: bool = False
    soften: str = ""
    read_aloud: str = ""


@dataclass(frozen=True, kw_only=True)
class StoryStep(Step):
    panels: tuple[StoryPanel, ...] = ()


@dataclass(frozen=True, kw_only=True)
class ChoiceOption:
    text: str
    feedback: str
    next: str


@dataclass(frozen=True, kw_only=True)
class ChoiceStep(Step):
    prompt: str = ""
    options: tuple[ChoiceOption, ...] = ()


@dataclass(frozen=True, kw_only=True)
class QuizOption:
    text: str
    correct: bool
    explanation: str


@dataclass(frozen=True, kw_only=True)
class QuizStep(Step):
    question: str = ""
    multiple: bool = False
    options: tuple[QuizOption, ...] = ()


@dataclass(frozen=True, kw_only=True)
class SortGroup:
    id: str
    label: str


@dataclass(frozen=True, kw_only=True)
class SortItem:
    text: str
    group: str
    explanation: str = ""


@dataclass(frozen=True, kw_only=True)
class SortStep(Step):
    prompt: str = ""
    groups: tuple[SortGroup, ...] = ()
    items: tuple[SortItem, ...] = ()


@dataclass(frozen=True, kw_only=True)
class ReflectStep(Step):
    prompt: str = ""
    hints: tuple[str, ...] = ()


@dataclass(frozen=True, kw_only=True)
class RehearseScreen:
    title: str
    text: str
    action: str


@dataclass(frozen=True, kw_only=True)
class RehearseStep(Step):
    route: str = ""
    intro: str = ""
    screens: tuple[RehearseScreen, ...] = ()


@dataclass(frozen=True, kw_only=True)
class HelpStep(Step):
    text: str = ""
    topics: tuple[str, ...] = ()
    trusted_adults: tuple[str, ...] = ()


@dataclass(frozen=True, kw_only=True)
class SummaryStep(Step):
    points: tuple[str, ...] = ()


@dataclass(frozen=True, kw_only=True)
class SourceRef:
    title: str
    publisher: str = ""
    year: int | None = None
    url: str = ""
    note: str = ""


@dataclass(frozen=True, kw_only=True)
class FacilitatorNotes:
    preparation: str = ""
    ground_rules: tuple[str, ...] = ()
    discussion: tuple[str, ...] = ()
    disclosure: str = ""
    sources: tuple[SourceRef, ...] = ()


@dataclass(frozen=True, kw_only=True)
class ParentNotes:
    taught: str = ""
    conversation_starters: tuple[str, ...] = ()
    signs: tuple[str, ...] = ()
    what_to_do: str = ""


@dataclass(frozen=True, kw_only=True)
class Lesson:
    id: str
    band: str
    topics: tuple[str, ...]
    title: str
    duration_minutes: int
    advisory: str
    steps: tuple[Step, ...]
    with_adult: bool = False
    learning_goals: tuple[str, ...] = ()
    start: str | None = None
    facilitator: FacilitatorNotes = field(default_factory=FacilitatorNotes)
    parents: ParentNotes = field(default_factory=ParentNotes)
    review_by: dt.date | None = None
    source_file: str = ""
    language: str = ""  # the language the text is in (a translation's, or the pack's default); sets direction

    @property
    def main_topic(self) -> str:
        return self.topics[0] if self.topics else ""


@dataclass(frozen=True, kw_only=True)
class PackSource:
    id: str
    title: str
    publisher: str = ""
    year: int | None = None
    url: str = ""


@dataclass(frozen=True, kw_only=True)
class ParentPage:
    """A pack-level page for parents and carers about one topic."""

    topic: str
    title: str
    body: str


@dataclass(frozen=True, kw_only=True)
class Pack:
    id: str
    version: str
    schema_version: int
    min_app_version: str
    title: str
    description: str
    publisher: str
    licence: str
    languages: tuple[str, ...]
    default_language: str
    age_bands: tuple[str, ...]
    reviewed_on: dt.date
    review_by: dt.date
    countries: tuple[str, ...] = ()
    sources: tuple[PackSource, ...] = ()
    lessons: tuple[Lesson, ...] = ()
    parent_pages: tuple[ParentPage, ...] = ()
    path: str = ""
    # When shown in a translation: its language and pack.yaml status ("draft", "reviewed"); teachers are told
    translation_language: str = ""
    translation_status: str = ""

    def lessons_for_band(self, band: str) -> tuple[Lesson, ...]:
        return tuple(lesson for lesson in self.lessons if lesson.band == band)

    def lesson(self, lesson_id: str) -> Lesson | None:
        return next((lesson for lesson in self.lessons if lesson.id == lesson_id), None)


@dataclass(frozen=True, kw_only=True)
class Verification:
    """Where a directory fact comes from and when someone last checked it."""

    source: str
    last_verified: dt.date | None
    verified_by: str = ""
    status: str = "unverified"  # verified | unverified
    unverified_fields: tuple[str, ...] = ()

    @property
    def is_verified(self) -> bool:
        return self.status == "verified"


@dataclass(frozen=True, kw_only=True)
class EmergencyNumber:
    number: str
    also: tuple[str, ...] = ()
    notes: str = ""
    research_notes: str = ""  # for publishers and reviewers; never shown to children
    verification: Verification


@dataclass(frozen=True, kw_only=True)
class HelplineEntry:
    id: str
    country: str  # "GB", … or "global"
    name: str
    kind: str
    verification: Verification
    name_local: str = ""
    serves: tuple[str, ...] = ()
    min_age: int | None = None
    max_age: int | None = None
    topics: tuple[str, ...] = ()
    phone: str = ""
    phone_kind: str = ""
    sms: str = ""
    chat_url: str = ""
    url: str = ""
    hours: str = ""
    cost: str = ""
    languages: tuple[str, ...] = ()
    anonymous: bool | None = None
    notes: str = ""  # short, for children and parents
    research_notes: str = ""  # sources seen, caveats: for publishers and reviewers, never shown to children
    origin: str = ""  # which file (or pack) the entry came from


@dataclass(frozen=True, kw_only=True)
class CountryDirectory:
    country: str
    name: str
    entries: tuple[HelplineEntry, ...]
    emergency: EmergencyNumber | None = None
    directory_checked: dt.date | None = None
    source_file: str = ""
