"""'This number is wrong': a short plain-text report for the directory's publisher.

Nothing is sent and nothing is stored: the user copies the text or saves it to a file they choose. The free-text
comment only ever lives inside that text.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from pathlib import Path

from harbourlight.core.models import EmergencyNumber, HelplineEntry
from harbourlight.i18n import Translator
from harbourlight.services.atomic import atomic_write_text

BUNDLED = ""  # origin of an entry from the app's own directory is a bare file name, e.g. "GB.yaml"


@dataclass(frozen=True)
class ReportSubject:
    """What the user saw: an entry, or a country's emergency number."""

    id: str
    name: str
    country: str  # code, "GB"
    country_name: str
    shown: tuple[tuple[str, str], ...]  # (label, value) pairs: phone, text, chat, website
    source: str
    last_verified: dt.date | None
    status: str
    verified_by: str
    origin: str
    research_notes: str


def pack_of(origin: str) -> str:
    """The pack folder an entry came from ("" for the bundled directory): origins look like pack/helplines/GB.yaml."""
    head, sep, _ = origin.partition("/helplines/")
    return head if sep else BUNDLED


def subject_for_entry(entry: HelplineEntry, country_name: str, tr: Translator) -> ReportSubject:
    shown = (
        (tr._("Phone"), entry.phone),
        (tr._("Text"), entry.sms),
        (tr._("Chat"), entry.chat_url),
        (tr._("Website"), entry.url),
    )
    v = entry.verification
    return ReportSubject(
        id=entry.id,
        name=entry.name,
        country=entry.country,
        country_name=country_name,
        shown=tuple((label, value) for label, value in shown if value),
        source=v.source,
        last_verified=v.last_verified,
        status=v.status,
        verified_by=v.verified_by,
        origin=entry.origin,
        research_notes=entry.research_notes,
    )


def subject_for_emergency(
    emergency: EmergencyNumber, country: str, country_name: str, origin: str, tr: Translator
) -> ReportSubject:
    v = emergency.verification
    return ReportSubject(
        id=f"{country.lower()}-emergency",
        name=tr._("Emergency number"),
        country=country,
        country_name=country_name,
        shown=((tr._("Phone"), " / ".join((emergency.number, *emergency.also))),),
        source=v.source,
        last_verified=v.last_verified,
        status=v.status,
        verified_by=v.verified_by,
        origin=origin,
        research_notes=emergency.research_notes,
    )


def report_text(subject: ReportSubject, today: dt.date, app_version: str, comment: str, tr: Translator) -> str:
    """The report as the user will copy or save it."""
    pack = pack_of(subject.origin)
    from_where = (
        tr._("pack '{pack}' ({file})").format(pack=pack, file=subject.origin)
        if pack
        else tr._("Harbourlight's own directory ({file})").format(file=subject.origin)
    )
    checked = subject.last_verified.isoformat() if subject.last_verified else tr._("never")
    lines = [
        tr._("Harbourlight: a helpline entry may be wrong"),
        "",
        f"{tr._('Entry')}: {subject.id}",
        f"{tr._('Name')}: {subject.name}",
        f"{tr._('Country')}: {subject.country_name} ({subject.country})",
    ]
    lines += [f"{label}: {value}" for label, value in subject.shown]
    lines += [
        f"{tr._('Source')}: {subject.source}",
        f"{tr._('Last checked')}: {checked} ({subject.status})",
    ]
    if subject.verified_by:
        lines.append(f"{tr._('Checked by')}: {subject.verified_by}")
    lines += [
        f"{tr._('Comes from')}: {from_where}",
        f"{tr._('Report date')}: {today.isoformat()}",
        f"{tr._('App version')}: Harbourlight {app_version}",
    ]
    if subject.research_notes:
        lines += ["", f"{tr._('Research notes')}:", subject.research_notes]
    lines += ["", f"{tr._('What seems wrong')}:", comment.strip() or tr._("(nothing written)"), ""]
    return "\n".join(lines)


def suggested_file_name(subject: ReportSubject, today: dt.date) -> str:
    return f"harbourlight-wrong-number-{subject.id}-{today.isoformat()}.txt"


def save_report(path: Path, text: str) -> None:
    """Written where the user chose, all or nothing."""
    atomic_write_text(path, text)
