"""The lessons for the chosen age band, grouped by topic, each with its content note.

The cards are made from lesson summaries (core/lesson_summary.py), so the list can be shown before the lessons
themselves have loaded; choosing one emits its summary, and the main window opens the lesson by id."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QFrame, QHBoxLayout, QScrollArea, QVBoxLayout, QWidget

from harbourlight.core.lesson_summary import LessonSummary
from harbourlight.core.vocabulary import LESSON_TOPICS
from harbourlight.i18n import Translator
from harbourlight.ui.labels import band_label, topic_label
from harbourlight.ui.widgets import button, card, text_label


def intro_for_band(tr: Translator, band: str) -> str:
    """The library's opening line, in words that fit the age group."""
    if band == "5-7":
        return tr._("Pick a story. You can stop any time. If something worries you, press the red “Get help” button.")
    if band == "8-10":
        return tr._("Pick a lesson. You can stop any time, and the red “Get help” button is always at the top.")
    if band == "14-17":
        return tr._(
            "Choose a lesson. You can leave at any point. “Get help” (F1) is always at the top, "
            "and “Hide” (or Esc twice) clears the screen straight away."
        )
    return tr._("Pick a lesson. You can stop at any time, and “Get help” is always at the top.")


class LessonCard(QFrame):
    start_requested = Signal(object)

    def __init__(
        self, lesson: LessonSummary, tr: Translator, done: bool, paused: bool = False, parent: QWidget | None = None
    ):
        super().__init__(parent)
        self.lesson = lesson
        self.setObjectName("card")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(20, 16, 20, 16)
        top = QHBoxLayout()
        top.addWidget(text_label(lesson.title, "subheading"), 1)
        minutes = tr.ngettext("{n} minute", "{n} minutes", lesson.duration_minutes).format(n=lesson.duration_minutes)
        if paused:
            status = tr._("Part-way through · {minutes}").format(minutes=minutes)
        elif done:
            status = tr._("Done ✓")
        else:
            status = minutes
        self.status = text_label(status, "muted")
        top.addWidget(self.status)
        layout.addLayout(top)
        layout.addWidget(text_label(lesson.advisory))
        if lesson.with_adult:
            layout.addWidget(text_label(tr._("Best with a trusted adult or teacher"), "badgeWarn"))
        row = QHBoxLayout()
        row.addStretch(1)
        self.start_button = button(
            tr._("Carry on") if paused else tr._("Start again") if done else tr._("Start"),
            "primary",
            tr._("Start the lesson “{title}”").format(title=lesson.title),
        )
        self.start_button.setAccessibleName(tr._("Start “{title}”").format(title=lesson.title))
        self.start_button.clicked.connect(lambda: self.start_requested.emit(self.lesson))
        row.addWidget(self.start_button)
        layout.addLayout(row)


class LibraryView(QScrollArea):
    lesson_chosen = Signal(object)

    def __init__(self, tr: Translator, parent: QWidget | None = None):
        super().__init__(parent)
        self.tr = tr
        self.setWidgetResizable(True)
        self.setFrameShape(QFrame.Shape.NoFrame)
        self.cards: list[LessonCard] = []

    def show_lessons(
        self,
        band: str,
        lessons: list[LessonSummary],
        done: set[str],
        notices: list[str] = (),  # type: ignore[assignment]
        paused: set[str] = frozenset(),  # type: ignore[assignment]
        nickname: str = "",
    ) -> None:
        tr = self.tr
        body = QWidget()
        body.setObjectName("page")
        layout = QVBoxLayout(body)
        layout.setContentsMargins(32, 24, 32, 24)
        layout.setSpacing(14)
        for notice in notices:
            layout.addWidget(text_label(notice, "badgeWarn"))
        layout.addWidget(text_label(tr._("Lessons for {band}").format(band=band_label(tr, band)), "heading"))
        layout.addWidget(text_label(intro_for_band(tr, band), "muted"))
        if nickname:
            layout.addWidget(text_label(tr._("Showing the lessons {nickname} finished.").format(nickname=nickname)))
        self.cards = []
        if not lessons:
            frame, inner = card()
            inner.addWidget(text_label(tr._("There are no lessons for this age group yet."), "storyText"))
            layout.addWidget(frame)
        order = {topic: index for index, topic in enumerate(LESSON_TOPICS)}
        groups: dict[str, list[LessonSummary]] = {}
        for lesson in lessons:
            groups.setdefault(lesson.main_topic, []).append(lesson)
        for topic in sorted(groups, key=lambda t: order.get(t, len(order))):
            layout.addWidget(text_label(topic_label(tr, topic), "subheading"))
            for lesson in groups[topic]:
                lesson_card = LessonCard(lesson, tr, lesson.id in done, lesson.id in paused)
                lesson_card.start_requested.connect(self.lesson_chosen)
                self.cards.append(lesson_card)
                layout.addWidget(lesson_card)
        layout.addStretch(1)
        self.setWidget(body)
