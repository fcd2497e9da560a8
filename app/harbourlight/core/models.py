"""Plain, frozen data: what a pack, a lesson, a step and a helpline entry are.

Widgets are given these objects and render them; nothing here knows about files or Qt.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field


@dataclass(frozen=True, kw_only=True)
class ChatMessage:
    """One message in a story panel's made-up chat; `me` marks the viewpoint character's own messages."""

    sender: str
    text: str
    me: bool = False


@dataclass(frozen=True, kw_only=True)
class StoryPanel:
    """One panel of a story step: narration with an optional speaker and picture, or a drawn chat."""

    text: str = ""
    speaker: str = ""
    picture: str = ""
    alt: str = ""
    chat: tuple[ChatMessage, ...] = ()
    caption: str = ""


@dataclass(frozen=True, kw_only=True)
class Step:
    """What every step has: id, kind, where the lesson goes after it, a voiceover file, a text for presenter mode."""

    id: str
    kind: str
    title: str = ""
    next: str | None = None
    end: bool = False
    soften: str = ""
    read_aloud: str = ""


@dataclass(frozen=True, kw_only=True)
class StoryStep(Step):
    """A step that tells part of the story in panels."""

    panels: tuple[StoryPanel, ...] = ()


@dataclass(frozen=True, kw_only=True)
class ChoiceOption:
    """One answer to a choice step: its feedback and the step it leads to."""

    text: str
    feedback: str
    next: str


@dataclass(frozen=True, kw_only=True)
class ChoiceStep(Step):
    """A step where the learner picks one option; each option gives feedback and names the next step."""

    prompt: str = ""
    options: tuple[ChoiceOption, ...] = ()


@dataclass(frozen=True, kw_only=True)
class QuizOption:
    """One answer to a quiz question, whether it is right, and why."""

    text: str
    correct: bool
    explanation: str


@dataclass(frozen=True, kw_only=True)
class QuizStep(Step):
    """A quiz question with one or, when `multiple`, several right answers."""

    question: str = ""
    multiple: bool = False
    options: tuple[QuizOption, ...] = ()


@dataclass(frozen=True, kw_only=True)
class SortGroup:
    """One group a sort step's items can be put in."""

    id: str
    label: str


@dataclass(frozen=True, kw_only=True)
class SortItem:
    """One item to sort, the id of the group it belongs in, and why."""

    text: str
    group: str
    explanation: str = ""


@dataclass(frozen=True, kw_only=True)
class SortStep(Step):
    """A step where the learner puts each item into the group it belongs in."""

    prompt: str = ""
    groups: tuple[SortGroup, ...] = ()
    items: tuple[SortItem, ...] = ()


@dataclass(frozen=True, kw_only=True)
class ReflectStep(Step):
    """A thinking prompt with optional hints; nothing the learner types is stored."""

    prompt: str = ""
    hints: tuple[str, ...] = ()


@dataclass(frozen=True, kw_only=True)
class RehearseScreen:
    """One simulated screen of a rehearsal, with the label of the button that goes on."""

    title: str
    text: str
    action: str


@dataclass(frozen=True, kw_only=True)
class RehearseStep(Step):
    """A practice run, on simulated screens, of one way to get help: reporting, removal, a helpline, …"""

    route: str = ""
    intro: str = ""
    screens: tuple[RehearseScreen, ...] = ()


@dataclass(frozen=True, kw_only=True)
class HelpStep(Step):
    """A step that shows where to get help: directory entries for its topics and trusted adults to tell."""

    text: str = ""
    topics: tuple[str, ...] = ()
    trusted_adults: tuple[str, ...] = ()


@dataclass(frozen=True, kw_only=True)
class SummaryStep(Step):
    """The points a lesson wants remembered."""

    points: tuple[str, ...] = ()


@dataclass(frozen=True, kw_only=True)
class SourceRef:
    """A source cited in a lesson's facilitator notes, with an optional note."""

    title: str
    publisher: str = ""
    year: int | None = None
    url: str = ""
    note: str = ""


@dataclass(frozen=True, kw_only=True)
class FacilitatorNotes:
    """A lesson's notes for the teacher: preparation, ground rules, discussion, handling disclosures."""

    preparation: str = ""
    ground_rules: tuple[str, ...] = ()
    discussion: tuple[str, ...] = ()
    disclosure: str = ""
    sources: tuple[SourceRef, ...] = ()


@dataclass(frozen=True, kw_only=True)
class ParentNotes:
    """A lesson's notes for parents and carers: what it taught, how to talk about it, signs, what to do."""

    taught: str = ""
    conversation_starters: tuple[str, ...] = ()
    signs: tuple[str, ...] = ()
    what_to_do: str = ""


@dataclass(frozen=True, kw_only=True)
class Lesson:
    """One lesson from a pack: its steps, notes for teachers and parents, in the language it is shown in."""

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
    """A source a pack lists once so its lessons can cite it by id."""

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
    """A loaded content pack: what its pack.yaml says, its lessons, sources and parent pages."""

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
    """A country's emergency number, any alternatives, and where it was checked."""

    number: str
    also: tuple[str, ...] = ()
    notes: str = ""
    research_notes: str = ""  # for publishers and reviewers; never shown to children
    verification: Verification


@dataclass(frozen=True, kw_only=True)
class HelplineEntry:
    """One service in the help directory: who it serves, how to reach it, and where it was checked."""

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
    """The help directory of one country (or `global`): its entries and emergency number."""

    country: str
    name: str
    entries: tuple[HelplineEntry, ...]
    emergency: EmergencyNumber | None = None
    directory_checked: dt.date | None = None
    source_file: str = ""
