"""The handout a child takes home: the lesson's key messages and who can help, with the directory's date."""

from __future__ import annotations

from harbourlight.core.directory import HelpSelection
from harbourlight.core.models import CountryDirectory, HelplineEntry, Lesson
from harbourlight.core.outline import key_messages, trusted_adults
from harbourlight.i18n import Translator
from harbourlight.i18n.languages import country_name
from harbourlight.ui.labels import kind_label
from harbourlight.ui.printing.document import Printout

HANDOUT_SERVICES = 4  # per list: a child's handout should fit on one or two pages


def entry_line(entry: HelplineEntry, tr: Translator) -> str:
    """One service in two lines of plain text: name and what it is for; then number, text, website, hours."""
    details = []
    if entry.phone:
        details.append(tr._("Phone: {number}").format(number=entry.phone))
    if entry.sms:
        details.append(tr._("Text: {number}").format(number=entry.sms))
    if entry.url or entry.chat_url:
        details.append(tr._("Website: {url}").format(url=entry.url or entry.chat_url))
    if entry.hours:
        details.append(tr._("Open: {hours}").format(hours=entry.hours))
    if entry.cost:
        details.append(tr._("Cost: {cost}").format(cost=entry.cost))
    return f"{entry.name} — {kind_label(tr, entry.kind)}" + ("\n" + "  ·  ".join(details) if details else "")


def add_helplines(
    doc: Printout,
    tr: Translator,
    selection: HelpSelection,
    directory: CountryDirectory | None,
    most: int | None = None,
) -> None:
    """The country's emergency number and services, then services that work everywhere, and the list's date.

    `most` keeps a child's handout short: only the most relevant services of each list.
    """
    country = country_name(selection.country, tr.language) if selection.country else ""
    doc.heading(tr._("Help in {country}").format(country=country) if country else tr._("Help"))
    if directory and directory.emergency:
        numbers = " / ".join((directory.emergency.number, *directory.emergency.also))
        doc.callout(tr._("In danger right now? Call the police: {numbers}").format(numbers=numbers))
    local = [e for e in selection.entries if e.kind != "police-emergency"]
    worldwide = list(selection.global_entries)
    doc.bullets(entry_line(e, tr) for e in local[:most])
    if worldwide:
        doc.subheading(tr._("Services that work in many countries"))
        doc.bullets(entry_line(e, tr) for e in worldwide[:most])
    if directory and directory.directory_checked:
        doc.note(tr._("This list was last checked on {date}.").format(date=directory.directory_checked.isoformat()))
    else:
        doc.note(tr._("Check these services before relying on them."))


def handout(lesson: Lesson, tr: Translator, selection: HelpSelection, directory: CountryDirectory | None) -> Printout:
    doc = Printout(lesson.title, tr.language, point_size=12.5)  # children read it: bigger type
    doc.heading(tr._("What to remember"))
    doc.bullets(key_messages(lesson))
    doc.heading(tr._("Who can help"))
    adults = trusted_adults(lesson)
    if adults:
        doc.paragraph(tr._("You can talk to an adult you trust:"))
        doc.bullets(adults)
    doc.paragraph(tr._("If the first person doesn't help, keep telling until someone does."))
    add_helplines(doc, tr, selection, directory, most=HANDOUT_SERVICES)
    return doc
