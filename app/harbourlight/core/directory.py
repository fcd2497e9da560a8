"""Choosing which helpline entries to show for a country, topics and age band."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from harbourlight.core.models import CountryDirectory, HelplineEntry
from harbourlight.core.vocabulary import HELPLINE_KINDS

GLOBAL = "global"

DEFAULT_MAX_AGE_DAYS = 365  # an entry not checked for 12 months is reported as stale


@dataclass(frozen=True)
class HelpSelection:
    """Entries for a country and topics, global ones to offer after them, and whether the country had none that fit."""

    country: str
    entries: tuple[HelplineEntry, ...]
    global_entries: tuple[HelplineEntry, ...]
    fell_back_to_global: bool  # the country had nothing for these topics


def _kind_rank(entry: HelplineEntry) -> int:
    return HELPLINE_KINDS.index(entry.kind) if entry.kind in HELPLINE_KINDS else len(HELPLINE_KINDS)


def sort_entries(entries: tuple[HelplineEntry, ...] | list[HelplineEntry]) -> tuple[HelplineEntry, ...]:
    """Most relevant first (child helpline, then reporting and removal, …), stable within a kind."""
    return tuple(sorted(entries, key=_kind_rank))


def matches_topics(entry: HelplineEntry, topics: tuple[str, ...]) -> bool:
    if not topics:
        return True
    return "any" in entry.topics or any(topic in entry.topics for topic in topics)


def select_help(
    directories: dict[str, CountryDirectory],
    country: str,
    topics: tuple[str, ...] = (),
) -> HelpSelection:
    """Entries for `country` that fit `topics`; global entries are always offered after them."""
    local = directories.get(country)
    global_dir = directories.get(GLOBAL)
    local_entries = [e for e in (local.entries if local else ()) if matches_topics(e, topics)]
    global_entries = [e for e in (global_dir.entries if global_dir else ()) if matches_topics(e, topics)]
    # Police/emergency entries are shown separately at the top, so they do not count as a match.
    specific = [e for e in local_entries if e.kind != "police-emergency"]
    return HelpSelection(
        country=country,
        entries=sort_entries(local_entries),
        global_entries=sort_entries(global_entries),
        fell_back_to_global=not specific,
    )


def is_stale(last_verified: dt.date | None, today: dt.date, max_age_days: int = DEFAULT_MAX_AGE_DAYS) -> bool:
    """True when an entry was never checked or was checked longer ago than the threshold."""
    return last_verified is None or (today - last_verified).days > max_age_days
