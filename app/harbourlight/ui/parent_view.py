"""Parent mode: guides for adults per topic, how to respond if a child tells you, and whom to call.

It opens on "Start here": how to respond and the country's numbers are on the first screen, and every topic's
guide is one click away in the list. "Play with my child" opens a lesson in the main window as usual.
"""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QFrame,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QScrollArea,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from harbourlight.core.directory import HelpSelection, select_help
from harbourlight.core.guides import TopicGuide, guide_topics, help_topics, topic_guide
from harbourlight.core.models import CountryDirectory, Lesson, ParentPage
from harbourlight.i18n import Translator
from harbourlight.i18n.languages import country_name
from harbourlight.ui.adult_guidance import PARENT_RESPONSE, translated
from harbourlight.ui.help_panel import HelpContent
from harbourlight.ui.labels import band_label, topic_label
from harbourlight.ui.widgets import button, card, text_label

START = "start"
PARENT_HELP_TOPICS = ("any", "abuse")


def _bullets(items: tuple[str, ...] | list[str]) -> str:
    return "\n".join(f"•  {item}" for item in items)


class ParentView(QWidget):
    """The parent window. Given the lessons, the pack pages and the directory; knows nothing of files."""

    play_requested = Signal(object)  # a Lesson to play with a child

    def __init__(
        self,
        tr: Translator,
        lessons: list[Lesson],
        pages: list[ParentPage],
        directory: dict[str, CountryDirectory],
        country: str,
        today: dt.date,
        parent: QWidget | None = None,
    ):
        super().__init__(parent)
        self.tr = tr
        self.lessons = lessons
        self.pages = pages
        self.directory = directory
        self.country = country
        self.today = today
        self.current = START
        self.setObjectName("page")
        self.setWindowTitle(tr._("Guide for parents and carers"))
        self.resize(1100, 800)

        outer = QHBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        splitter = QSplitter(Qt.Orientation.Horizontal)
        outer.addWidget(splitter)

        side = QWidget()
        side_layout = QVBoxLayout(side)
        side_layout.setContentsMargins(16, 16, 8, 16)
        side_layout.addWidget(text_label(tr._("For parents and carers"), "subheading"))
        self.topic_list = QListWidget()
        self.topic_list.setAccessibleName(tr._("Topics"))
        self.topic_list.setWordWrap(True)
        self.topic_list.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.topic_list.setSpacing(2)
        start = QListWidgetItem(tr._("Start here: if a child tells you, whom to call"))
        start.setData(Qt.ItemDataRole.UserRole, START)
        self.topic_list.addItem(start)
        for topic in guide_topics(lessons, pages):
            item = QListWidgetItem(topic_label(tr, topic))
            item.setData(Qt.ItemDataRole.UserRole, topic)
            self.topic_list.addItem(item)
        self.topic_list.currentItemChanged.connect(self._topic_changed)
        side_layout.addWidget(self.topic_list, 1)
        side_layout.addWidget(text_label(tr._("Country"), "muted"))
        self.country_combo = QComboBox()
        self.country_combo.setAccessibleName(tr._("Country"))
        names = {code: country_name(code, tr.language) for code in directory if code != "global"}
        for code, name in sorted(names.items(), key=lambda kv: kv[1].casefold()):
            self.country_combo.addItem(name, code)
        index = self.country_combo.findData(country)
        if index >= 0:
            self.country_combo.setCurrentIndex(index)
        self.country_combo.currentIndexChanged.connect(self._country_changed)
        side_layout.addWidget(self.country_combo)
        side.setMinimumWidth(300)
        splitter.addWidget(side)

        self.scroll = QScrollArea()
        self.scroll.setWidgetResizable(True)
        self.scroll.setFrameShape(QFrame.Shape.NoFrame)
        splitter.addWidget(self.scroll)
        splitter.setStretchFactor(1, 1)
        self.help_content: HelpContent | None = None
        self.play_buttons: dict[str, QWidget] = {}
        self.topic_list.setCurrentRow(0)

    # --- navigation ---------------------------------------------------------------------------------------
    def _topic_changed(self, item: QListWidgetItem | None, _previous: QListWidgetItem | None = None) -> None:
        if item is not None:
            self.show_topic(item.data(Qt.ItemDataRole.UserRole))

    def _country_changed(self, _index: int) -> None:
        self.country = self.country_combo.currentData() or self.country
        self.show_topic(self.current)

    def show_topic(self, topic: str) -> None:
        self.current = topic
        page = QWidget()
        page.setObjectName("page")
        layout = QVBoxLayout(page)
        layout.setContentsMargins(24, 20, 24, 20)
        layout.setSpacing(14)
        self.play_buttons = {}
        if topic == START:
            self._build_start(layout)
        else:
            self._build_guide(layout, topic_guide(topic, self.lessons, self.pages))
        layout.addStretch(1)
        self.scroll.setWidget(page)

    # --- pages ------------------------------------------------------------------------------------------------
    def _respond_card(self, layout: QVBoxLayout) -> None:
        frame, inner = card()
        inner.addWidget(text_label(self.tr._("If a child tells you something happened"), "subheading"))
        inner.addWidget(text_label(_bullets(translated(self.tr, PARENT_RESPONSE)), "storyText"))
        layout.addWidget(frame)

    def _help(self, layout: QVBoxLayout, topics: tuple[str, ...]) -> None:
        selection: HelpSelection = select_help(self.directory, self.country, topics)
        self.help_content = HelpContent(self.tr, self.today)
        self.help_content.show_selection(selection, self.directory.get(self.country))
        layout.addWidget(self.help_content)

    def _build_start(self, layout: QVBoxLayout) -> None:
        tr = self.tr
        layout.addWidget(text_label(tr._("A guide for parents and carers"), "heading"))
        layout.addWidget(
            text_label(
                tr._(
                    "Harbourlight teaches children how grooming works, what sharing pictures without consent is, "
                    "and where to get help. Pick a topic on the left to see what children learn at each age, "
                    "how to start a conversation, and the warning signs."
                )
            )
        )
        self._respond_card(layout)
        self._help(layout, PARENT_HELP_TOPICS)

    def _build_guide(self, layout: QVBoxLayout, guide: TopicGuide) -> None:
        tr = self.tr
        layout.addWidget(text_label(topic_label(tr, guide.topic), "heading"))
        for page in guide.pages:
            frame, inner = card()
            inner.addWidget(text_label(page.title, "subheading"))
            inner.addWidget(text_label(page.body, selectable=True))
            layout.addWidget(frame)
        for band in guide.bands:
            layout.addWidget(
                text_label(
                    tr._("What children are taught: {band}").format(band=band_label(tr, band.band)), "subheading"
                )
            )
            for note in band.lessons:
                frame, inner = card()
                row = QHBoxLayout()
                row.addWidget(text_label(note.lesson.title, "subheading"), 1)
                play = button(
                    tr._("Play with my child"),
                    accessible_description=tr._("Opens “{title}” to play together").format(title=note.lesson.title),
                )
                play.clicked.connect(lambda _=False, lesson=note.lesson: self.play_requested.emit(lesson))
                self.play_buttons[note.lesson.id] = play
                row.addWidget(play, 0, Qt.AlignmentFlag.AlignTop)
                inner.addLayout(row)
                if note.lesson.with_adult:
                    inner.addWidget(text_label(tr._("Best with a trusted adult or teacher"), "badgeWarn"))
                inner.addWidget(text_label(note.taught, selectable=True))
                layout.addWidget(frame)
            if band.conversation_starters:
                frame, inner = card()
                inner.addWidget(
                    text_label(
                        tr._("Conversation starters ({band})").format(band=band_label(tr, band.band)), "subheading"
                    )
                )
                inner.addWidget(text_label(_bullets(band.conversation_starters), selectable=True))
                layout.addWidget(frame)
        if guide.signs:
            frame, inner = card()
            inner.addWidget(text_label(tr._("Warning signs"), "subheading"))
            inner.addWidget(text_label(_bullets(guide.signs), selectable=True))
            inner.addWidget(
                text_label(
                    tr._("One sign alone proves nothing, but a change you notice is worth a calm conversation."),
                    "muted",
                )
            )
            layout.addWidget(frame)
        self._respond_card(layout)
        if guide.what_to_do:
            frame, inner = card()
            inner.addWidget(text_label(tr._("What to do now"), "subheading"))
            inner.addWidget(text_label("\n\n".join(guide.what_to_do), selectable=True))
            layout.addWidget(frame)
        self._help(layout, help_topics(guide))

    def visible_text(self) -> str:
        page = self.scroll.widget()
        return "\n".join(label.text() for label in page.findChildren(QLabel)) if page else ""
