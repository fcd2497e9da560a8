"""The helpline directory for one country: emergency number on top, then services grouped by kind, most relevant
first. Every entry says when it was last checked and where the facts come from."""

from __future__ import annotations

import datetime as dt
from collections import deque
from collections.abc import Callable

import shiboken6
from PySide6.QtCore import QCoreApplication, QEvent, Qt, QTimer
from PySide6.QtGui import QGuiApplication, QPaintEvent
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QPushButton, QScrollArea, QVBoxLayout, QWidget

from harbourlight.core.directory import DEFAULT_MAX_AGE_DAYS, HelpSelection, is_stale
from harbourlight.core.models import CountryDirectory, HelplineEntry
from harbourlight.i18n import Translator
from harbourlight.i18n.languages import Language, country_name
from harbourlight.services.wrong_number import ReportSubject, pack_of, subject_for_emergency, subject_for_entry
from harbourlight.ui.labels import kind_label
from harbourlight.ui.links import can_open, confirm_and_open
from harbourlight.ui.plain_label import without_display_marks
from harbourlight.ui.widgets import button, card, text_label

LRI, PDI = "\u2066", "\u2069"  # keep numbers and Latin names readable inside right-to-left text

ReportHandler = Callable[[ReportSubject], None]

# Cards built before the first paint; the rest are added as soon as that paint is done. A whole country (10–20
# cards, ~100 word-wrapped labels) took 60–200 ms to build and lay out, and a help step or a change of country
# showed nothing new until then; the top of the list (emergency number, heading, first card) takes ~15 ms.
FIRST_CARDS = 1


ZWSP = "\u200b"  # an invisible place where a long web address may wrap
BREAK_AFTER = "/?&=.-_"


def isolate(text: str) -> str:
    return f"{LRI}{text}{PDI}" if text else text


def breakable(url: str) -> str:
    """A web address that can wrap at 200 % text instead of pushing the list sideways (display only)."""
    return "".join(f"{ch}{ZWSP}" if ch in BREAK_AFTER else ch for ch in url)


def strip_breaks_from_clipboard() -> None:
    """Text copied from a selectable label must be the real number or address, without the invisible wrap points
    and direction isolates added for display (a dialler or browser may refuse them)."""
    clipboard = QGuiApplication.clipboard()
    text = clipboard.text()
    clean = without_display_marks(text)
    if clean != text:
        clipboard.setText(clean)


def age_in_months(max_age_days: int) -> int:
    return max(1, round(max_age_days / 30.44))


def checked_line(tr: Translator, checked: dt.date | None, today: dt.date, max_age_days: int) -> str:
    when = tr._("Last checked {date}").format(date=checked.isoformat()) if checked else tr._("Never checked")
    if is_stale(checked, today, max_age_days):
        months = age_in_months(max_age_days)
        when += " — " + tr.ngettext("not checked for over {n} month", "not checked for over {n} months", months).format(
            n=months
        )
    return when


class HelplineCard(QFrame):
    """One service: name, a big copyable number, when and how, where the facts come from, and a way to say
    that something is wrong."""

    def __init__(
        self,
        entry: HelplineEntry,
        tr: Translator,
        today: dt.date,
        on_report: ReportHandler,
        country_label: str = "",
        show_kind: bool = True,
        max_age_days: int = DEFAULT_MAX_AGE_DAYS,
        parent: QWidget | None = None,
    ):
        super().__init__(parent)
        self.entry = entry
        self.tr = tr
        self.setObjectName("card")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(20, 16, 20, 16)
        layout.setSpacing(8)
        layout.addWidget(text_label(entry.name, "subheading", selectable=True))
        if entry.name_local and entry.name_local != entry.name:
            layout.addWidget(text_label(entry.name_local, "muted", selectable=True))
        if show_kind:
            layout.addWidget(text_label(kind_label(tr, entry.kind), "muted"))
        verification = entry.verification
        self.badge: QLabel | None = None
        if not verification.is_verified:
            self.badge = text_label(tr._("Unverified — check before relying on it"), "badgeWarn")
            layout.addWidget(self.badge)  # full width, so it wraps instead of being cut off at large text sizes
        self.link_buttons: list[QPushButton] = []
        if entry.phone:
            row = QHBoxLayout()
            phone = text_label(isolate(entry.phone), "phone", selectable=True)
            # The name is what a screen reader says: it must include the number itself, not only what it is.
            phone.setAccessibleName(f"{tr._('Phone number for {name}').format(name=entry.name)}: {entry.phone}")
            row.addWidget(phone, 1)
            copy = button(
                tr._("Copy number"), accessible_description=tr._("Copies {number}").format(number=entry.phone)
            )
            copy.setAccessibleName(f"{tr._('Copy number')}: {entry.name}")  # one of many: say which
            copy.clicked.connect(lambda: QGuiApplication.clipboard().setText(entry.phone))
            row.addWidget(copy, 0, Qt.AlignmentFlag.AlignRight)
            layout.addLayout(row)
        if entry.sms:
            layout.addWidget(text_label(tr._("Text: {number}").format(number=isolate(entry.sms)), selectable=True))
        links = [(tr._("Chat"), tr._("Open chat…"), entry.chat_url)]
        if entry.url != entry.chat_url:
            links.append((tr._("Website"), tr._("Open website…"), entry.url))
        for label, action, url in links:
            if url:
                self._add_link(layout, label, action, url)
        facts = []
        if entry.hours:
            facts.append(tr._("Open: {hours}").format(hours=entry.hours))
        if entry.cost:
            facts.append(tr._("Cost: {cost}").format(cost=entry.cost))
        if entry.languages:
            names = ", ".join(Language(code).name_in(tr.language) for code in entry.languages)
            facts.append(tr._("Languages: {languages}").format(languages=names))
        if facts:
            layout.addWidget(text_label("  ·  ".join(facts)))
        if entry.anonymous:
            layout.addWidget(text_label(tr._("You don't have to give your name.")))
        if entry.notes:
            layout.addWidget(text_label(entry.notes, "muted", selectable=True))
        pack = pack_of(entry.origin)
        if pack:
            layout.addWidget(text_label(tr._("From the lesson pack “{pack}”").format(pack=pack), "muted"))
        when = checked_line(tr, verification.last_verified, today, max_age_days)
        source = (
            tr._("Source: {source}").format(source=isolate(breakable(verification.source)))
            if verification.source
            else ""
        )
        self.checked_label = text_label(f"{when}. {source}", "muted", selectable=True)
        layout.addWidget(self.checked_label)
        self.report_button = button(
            tr._("This number is wrong") if entry.phone or entry.sms else tr._("This information is wrong"),
            "",
            tr._("Makes a short report you can copy or save. Nothing is sent."),
        )
        # Every card has this button: its accessible name says which service it is about.
        self.report_button.setAccessibleName(f"{self.report_button.text()}: {entry.name}")
        self.report_button.clicked.connect(lambda: on_report(subject_for_entry(entry, country_label, tr)))
        layout.addWidget(self.report_button, 0, Qt.AlignmentFlag.AlignLeft)

    def _add_link(self, layout: QVBoxLayout, label: str, action: str, url: str) -> None:
        # The address above its button, not beside it: at 200 % text a long address needs the whole width.
        layout.addWidget(text_label(f"{label}: {isolate(breakable(url))}", selectable=True))
        if can_open(url):
            open_button = button(
                action, "", self.tr._("Asks first, then opens {url} in your web browser").format(url=url)
            )
            open_button.setAccessibleName(f"{action} {self.entry.name}")
            open_button.clicked.connect(lambda: confirm_and_open(self.window(), url, self.tr))
            self.link_buttons.append(open_button)
            layout.addWidget(open_button, 0, Qt.AlignmentFlag.AlignLeft)


class EmergencyBanner(QFrame):
    def __init__(
        self,
        directory: CountryDirectory,
        tr: Translator,
        on_report: ReportHandler,
        country_label: str,
        parent: QWidget | None = None,
    ):
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
        self.report_button = button(
            tr._("This number is wrong"), "", tr._("Makes a short report you can copy or save. Nothing is sent.")
        )
        self.report_button.setAccessibleName(f"{self.report_button.text()}: {tr._('Emergency number')}")
        self.report_button.clicked.connect(
            lambda: on_report(
                subject_for_emergency(emergency, directory.country, country_label, directory.source_file, tr)
            )
        )
        text.addWidget(self.report_button, 0, Qt.AlignmentFlag.AlignLeft)
        layout.addLayout(text, 1)
        numbers = " / ".join(isolate(n) for n in (emergency.number, *emergency.also))
        number = text_label(numbers, "phone", selectable=True)
        number.setAccessibleName(f"{tr._('Emergency number')}: {' / '.join((emergency.number, *emergency.also))}")
        layout.addWidget(number, 0, Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)


def group_by_kind(entries: tuple[HelplineEntry, ...]) -> list[tuple[str, list[HelplineEntry]]]:
    """Consecutive runs of one kind; the entries already come most relevant first."""
    groups: list[tuple[str, list[HelplineEntry]]] = []
    for entry in entries:
        if groups and groups[-1][0] == entry.kind:
            groups[-1][1].append(entry)
        else:
            groups.append((entry.kind, [entry]))
    return groups


class HelpContent(QWidget):
    """Shows a HelpSelection for a country: trusted adults, emergency number, services, global services.

    The top of it (up to `first_cards` cards) is built at once; the rest is added, in order and in the keyboard
    order, right after the first paint. `cards`, `visible_text()` and `finish()` build whatever is still to come.
    """

    def __init__(
        self,
        tr: Translator,
        today: dt.date,
        parent: QWidget | None = None,
        max_age_days: int = DEFAULT_MAX_AGE_DAYS,
        first_cards: int = FIRST_CARDS,
    ):
        super().__init__(parent)
        self.tr = tr
        self.today = today
        self.max_age_days = max_age_days
        self.first_cards = first_cards
        self.setObjectName("page")
        self._cards: list[HelplineCard] = []
        self._pending: deque[Callable[[], QWidget]] = deque()  # each builds the next widget of the list
        self._more = QTimer(self)  # builds the pending widgets; started once the first part is painted
        self._more.setSingleShot(True)
        self._more.setInterval(0)
        self._more.timeout.connect(self._add_rest)
        self.emergency: EmergencyBanner | None = None
        self.stale_warning: QLabel | None = None
        self.report_dialog: QWidget | None = None
        QGuiApplication.clipboard().dataChanged.connect(self._clean_clipboard)  # let go when this widget goes
        self._layout = QVBoxLayout(self)
        self._layout.setContentsMargins(8, 8, 8, 8)
        self._layout.setSpacing(12)

    @property
    def cards(self) -> list[HelplineCard]:
        self.finish()
        return self._cards

    def _clear(self) -> None:
        self._more.stop()
        self._pending.clear()
        while self._layout.count():
            item = self._layout.takeAt(0)
            widget = item.widget()
            if widget is not None:
                # Deleted now: gone from findChildren at once, not only after the event loop. (setParent(None)
                # did that too, but re-styled every card on its way out: ~0.5 ms a card.) Nothing in a card
                # changes the country, so no card is deleted from inside its own signal.
                shiboken6.delete(widget)

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
        self._cards = []
        self.emergency = None
        self.stale_warning = None
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
            self.emergency = EmergencyBanner(directory, tr, self.report, country)
            layout.addWidget(self.emergency)
        heading = tr._("Help in {country}").format(country=country) if country else tr._("Help")
        layout.addWidget(text_label(heading, "heading"))
        if directory and directory.directory_checked:
            layout.addWidget(
                text_label(
                    tr._("This list was last checked on {date}.").format(date=directory.directory_checked.isoformat()),
                    "muted",
                )
            )
        if directory and is_stale(directory.directory_checked, self.today, self.max_age_days):
            months = age_in_months(self.max_age_days)
            self.stale_warning = text_label(
                tr.ngettext(
                    "This list has not been checked for over {n} month. Numbers may have changed: "
                    "check them before relying on them.",
                    "This list has not been checked for over {n} months. Numbers may have changed: "
                    "check them before relying on them.",
                    months,
                ).format(n=months),
                "badgeWarn",
            )
            layout.addWidget(self.stale_warning)
        layout.addStretch(1)  # stays last: the widgets below are inserted above it
        pending = self._pending
        for kind, entries in group_by_kind(selection.entries):
            pending.append(lambda kind=kind: text_label(kind_label(tr, kind), "subheading"))
            for entry in entries:
                pending.append(lambda entry=entry: self._card(entry, country, show_kind=False))
        if selection.fell_back_to_global:
            note = (
                tr._(
                    "We don't have a service for this in {country} yet. These services work in many countries:"
                ).format(country=country)
                if country
                else tr._("These services work in many countries:")
            )
            pending.append(lambda: text_label(note, "subheading"))
        elif selection.global_entries:
            pending.append(lambda: text_label(tr._("Services that work in many countries"), "subheading"))
        for entry in selection.global_entries:
            pending.append(lambda entry=entry: self._card(entry, tr._("many countries"), show_kind=True))
        while pending and len(self._cards) < self.first_cards:
            self._add(pending.popleft()())

    def _card(self, entry: HelplineEntry, country: str, show_kind: bool) -> HelplineCard:
        widget = HelplineCard(entry, self.tr, self.today, self.report, country, show_kind, self.max_age_days)
        self._cards.append(widget)
        return widget

    def _add(self, widget: QWidget) -> None:
        self._layout.insertWidget(self._layout.count() - 1, widget)

    def paintEvent(self, event: QPaintEvent) -> None:
        super().paintEvent(event)
        if self._pending and not self._more.isActive():
            self._more.start()

    def finish(self) -> None:
        """Adds the rest of the list now and lays it out, for whoever needs all of it at once (`cards`,
        `visible_text()`); otherwise it is added right after the first paint."""
        added = self._add_rest()
        if added and self.isVisible():
            for widget in added:
                widget.show()  # now, not on a later turn of the event loop
            QCoreApplication.sendPostedEvents(None, QEvent.Type.LayoutRequest.value)  # sizes, as a show gives them

    def _add_rest(self) -> list[QWidget]:
        """The pending widgets, added after what is there, also in the keyboard (Tab) order."""
        self._more.stop()
        added: list[QWidget] = []
        before = self._last_tab_stop() if self._pending else None
        while self._pending:
            widget = self._pending.popleft()()
            self._add(widget)
            added.append(widget)
            if before is not None:
                for stop in self._tab_stops(widget):
                    QWidget.setTabOrder(before, stop)
                    before = stop
        return added

    @staticmethod
    def _tab_stops(root: QWidget) -> list[QWidget]:
        return [w for w in (root, *root.findChildren(QWidget)) if w.focusPolicy() & Qt.FocusPolicy.TabFocus]

    def _last_tab_stop(self) -> QWidget | None:
        stops = self._tab_stops(self)
        return stops[-1] if stops and stops[-1] is not self else None

    def is_complete(self) -> bool:
        return not self._pending

    def report(self, subject: ReportSubject) -> None:
        from harbourlight.ui.wrong_number_dialog import WrongNumberDialog

        dialog = WrongNumberDialog(subject, self.tr, self.today, self.window())
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.report_dialog = dialog
        dialog.show()

    def _clean_clipboard(self) -> None:
        strip_breaks_from_clipboard()

    def visible_text(self) -> str:
        """All text the panel shows, for tests and the copy action."""
        self.finish()
        return "\n".join(label.text() for label in self.findChildren(QLabel))


class HelpPanel(QScrollArea):
    """HelpContent in a scroll area, for the Get help window."""

    def __init__(
        self, tr: Translator, today: dt.date, parent: QWidget | None = None, max_age_days: int = DEFAULT_MAX_AGE_DAYS
    ):
        super().__init__(parent)
        self.setWidgetResizable(True)
        self.setFrameShape(QFrame.Shape.NoFrame)
        self.content = HelpContent(tr, today, max_age_days=max_age_days)
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
