"""Choosing helplines for a country and topics, with the global fallback."""

from __future__ import annotations

import datetime as dt

from harbourlight.core.directory import is_stale, select_help
from harbourlight.core.models import CountryDirectory, HelplineEntry, Verification

CHECKED = Verification(source="https://example.org", last_verified=dt.date(2026, 11, 1), status="verified")


def entry(id_: str, kind: str, topics: tuple[str, ...], country: str = "GB") -> HelplineEntry:
    return HelplineEntry(id=id_, country=country, name=id_, kind=kind, topics=topics, verification=CHECKED)


DIRECTORY = {
    "GB": CountryDirectory(
        country="GB",
        name="United Kingdom",
        entries=(
            entry("police", "police-emergency", ("any",)),
            entry("removal", "image-removal", ("reporting-removal",)),
            entry("childline", "child-helpline", ("any",)),
        ),
    ),
    "XX": CountryDirectory(country="XX", name="Nowhere", entries=(entry("x-police", "police-emergency", ("any",)),)),
    "global": CountryDirectory(
        country="global", name="Global", entries=(entry("tid", "image-removal", ("reporting-removal",), "global"),)
    ),
}


def test_most_relevant_first_and_topic_filter() -> None:
    selection = select_help(DIRECTORY, "GB", ("reporting-removal",))
    assert [e.id for e in selection.entries] == ["childline", "removal", "police"]
    assert not selection.fell_back_to_global
    assert [e.id for e in selection.global_entries] == ["tid"]


def test_falls_back_to_global_and_says_so() -> None:
    assert select_help(DIRECTORY, "XX", ("reporting-removal",)).fell_back_to_global
    assert select_help(DIRECTORY, "ZZ").fell_back_to_global


def test_staleness() -> None:
    today = dt.date(2026, 11, 23)
    assert not is_stale(dt.date(2026, 1, 1), today)
    assert is_stale(dt.date(2025, 11, 1), today)
    assert is_stale(None, today)
