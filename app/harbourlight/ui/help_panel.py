"""The helpline directory for one country: emergency number on top, then services, most relevant first."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QScrollArea, QVBoxLayout, QWidget

from harbourlight.core.directory import HelpSelection, is_stale
from harbourlight.core.models import CountryDirectory, HelplineEntry
from harbourlight.i18n import Translator
from harbourlight.i18n.languages import country_name
from harbourlight.ui.labels import kind_label
from harbourlight.ui.widgets import button, card, text_label

LRI, PDI = "\u2066", "\u2069"  # keep numbers and Latin names readable inside right-to-left text


def isolate(text: str) -> str:
    return f"{LRI}{text}{PDI}" if text else text


class HelplineCard(QFrame):
    """One service: name, what it is for, a big copyable number, when and how, where the facts come from."""

    def __init__(self, entry: HelplineEntry, tr: Translator, today: dt.date, parent: QWidget | None = None):
        super().__init__(parent)
        self.entry = entry
        self.setObjectName("card")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(20, 16, 20, 16)
        title = text_label(entry.name, "subheading", selectable=True)
        layout.addWidget(title)
        if entry.name_local and entry.name_local != entry.name:
            layout.addWidget(text_label(entry.name_local, "muted"))
        layout.addWidget(text_label(kind_label(tr, entry.kind), "muted"))
        verification = entry.verification
        if not verification.is_verified:
            badge = text_label(tr._("Unverified — check before relying on it"), "badgeWarn")
            layout.addWidget(badge)
        if entry.phone:
            row = QHBoxLayout()
            phone = text_label(isolate(entry.phone), "phone", selectable=True)
            phone.setAccessibleName(tr._("Phone number for {name}").format(name=entry.name))
            row.addWidget(phone, 1)
            copy = button(
                tr._("Copy number"), accessible_description=tr._("Copies {number}").format(number=entry.phone)
            )
            copy.clicked.connect(lambda: QGuiApplication.clipboard().setText(entry.phone))
            row.addWidget(copy, 0, Qt.AlignmentFlag.AlignRight)
            layout.addLayout(row)
        if entry.sms:
            layout.addWidget(text_label(tr._("Text: {number}").format(number=isolate(entry.sms)), selectable=True))
        for label, url in ((tr._("Chat"), entry.chat_url), (tr._("Website"), entry.url)):
            if url and not (label == tr._("Website") and url == entry.chat_url):
                layout.addWidget(text_label(f"{label}: {isolate(url)}", selectable=True))
        facts = []
        if entry.hours:
            facts.append(tr._("Open: {hours}").format(hours=entry.hours))
        if entry.cost:
            facts.append(tr._("Cost: {cost}").format(cost=entry.cost))
        if entry.languages:
            facts.append(tr._("Languages: {languages}").format(languages=", ".join(entry.languages)))
        if facts:
            layout.addWidget(text_label("  ·  ".join(facts)))
        if entry.notes:
            layout.addWidget(text_label(entry.notes, "muted", selectable=True))
        checked = verification.last_verified
        when = tr._("Last checked {date}").format(date=checked.isoformat()) if checked else tr._("Never checked")
        if is_stale(checked, today):
            when += " — " + tr._("not checked for over a year")
        source = tr._("Source: {source}").format(source=isolate(verification.source)) if verification.source else ""
        layout.addWidget(text_label(f"{when}. {source}", "muted", selectable=True))


class EmergencyBanner(QFrame):
    def __init__(self, directory: CountryDirectory, tr: Translator, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("emergency")
        layout = QHBoxLayout(self)
        layout.setContentsMargins(20, 12, 20, 12)
        assert directory.emergency is not None
        emergency = directory.emergency
        text = QVBoxLayout()
        text.addWidget(text_label(tr._("In danger right now? Call the police"), "subheading"))
        if emergency.notes:
            text.addWidget(text_label(emergency.notes))
        layout.addLayout(text, 1)
        numbers = " / ".join(isolate(n) for n in (emergency.number, *emergency.also))
        number = text_label(numbers, "phone", selectable=True)
        number.setAccessibleName(tr._("Emergency number"))
        layout.addWidget(number, 0, Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)


class HelpContent(QWidget):
    """Shows a HelpSelection for a country: trusted adults, emergency number, services, global services."""

    def __init__(self, tr: Translator, today: dt.date, parent: QWidget | None = None):
        super().__init__(parent)
        self.tr = tr
        self.today = today
        self.setObjectName("page")
        self.cards: list[HelplineCard] = []
        self._layout = QVBoxLayout(self)
        self._layout.setContentsMargins(8, 8, 8, 8)
        self._layout.setSpacing(12)

    def _clear(self) -> None:
        while self._layout.count():
            item = self._layout.takeAt(0)
            if item.widget():
                item.widget().deleteLater()

    def show_selection(
        self,
        selection: HelpSelection,
        directory: CountryDirectory | None,
        trusted_adults: tuple[str, ...] = (),
        intro: str = "",
    ) -> None:
        tr = self.tr
        self._clear()
        layout = self._layout
        self.cards = []
        if intro:
            layout.addWidget(text_label(intro, "storyText"))
        if trusted_adults:
            frame, inner = card()
            inner.addWidget(text_label(tr._("You can talk to an adult you trust"), "subheading"))
            inner.addWidget(text_label("\n".join(f"• {who}" for who in trusted_adults), "storyText"))
            inner.addWidget(
                text_label(tr._("If the first person doesn't help, keep telling until someone does."), "muted")
            )
            layout.addWidget(frame)
        country = country_name(selection.country, tr.language) if selection.country else ""
        if directory and directory.emergency:
            layout.addWidget(EmergencyBanner(directory, tr))
        heading = tr._("Help in {country}").format(country=country) if country else tr._("Help")
        layout.addWidget(text_label(heading, "heading"))
        if directory and directory.directory_checked:
            layout.addWidget(
                text_label(
                    tr._("This list was last checked on {date}.").format(date=directory.directory_checked.isoformat()),
                    "muted",
                )
            )
        for entry in selection.entries:
            self._add_card(layout, entry)
        if selection.fell_back_to_global:
            note = (
                tr._("We don't have a service for this in {country} yet. These services work in many countries:")
                if country
                else tr._("These services work in many countries:")
            )
            layout.addWidget(text_label(note, "subheading"))
        elif selection.global_entries:
            layout.addWidget(text_label(tr._("Services that work in many countries"), "subheading"))
        for entry in selection.global_entries:
            self._add_card(layout, entry)
        layout.addStretch(1)

    def _add_card(self, layout: QVBoxLayout, entry: HelplineEntry) -> None:
        widget = HelplineCard(entry, self.tr, self.today)
        self.cards.append(widget)
        layout.addWidget(widget)

    def visible_text(self) -> str:
        """All text the panel shows, for tests and the copy action."""
        return "\n".join(label.text() for label in self.findChildren(QLabel))


class HelpPanel(QScrollArea):
    """HelpContent in a scroll area, for the Get help window."""

    def __init__(self, tr: Translator, today: dt.date, parent: QWidget | None = None):
        super().__init__(parent)
        self.setWidgetResizable(True)
        self.setFrameShape(QFrame.Shape.NoFrame)
        self.content = HelpContent(tr, today)
        self.setWidget(self.content)

    def show_selection(
        self,
        selection: HelpSelection,
        directory: CountryDirectory | None,
        trusted_adults: tuple[str, ...] = (),
        intro: str = "",
    ) -> None:
        self.content.show_selection(selection, directory, trusted_adults, intro)

    @property
    def cards(self) -> list[HelplineCard]:
        return self.content.cards

    def visible_text(self) -> str:
        return self.content.visible_text()
