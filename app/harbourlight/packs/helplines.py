"""Reading helpline directory files: one file per country plus global.yaml."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING

from harbourlight.core.directory import is_stale
from harbourlight.core.models import CountryDirectory
from harbourlight.packs import build, schema_check
from harbourlight.packs.problems import ERROR, WARNING, Problem
from harbourlight.packs.safe_yaml import LoadedYaml, YamlError, load_file

if TYPE_CHECKING:
    from harbourlight.packs.translations import PackTranslation

NON_COUNTRY_FILES = {"short-codes"}


@dataclass
class DirectoryResult:
    countries: dict[str, CountryDirectory] = field(default_factory=dict)
    problems: list[Problem] = field(default_factory=list)
    loaded: dict[str, LoadedYaml] = field(default_factory=dict)  # for deeper checks (phone numbers)


def load_country_file(
    path: Path, display: str, problems: list[Problem], translation: PackTranslation | None = None
) -> tuple[CountryDirectory, LoadedYaml] | None:
    try:
        loaded = load_file(path, display)
    except YamlError as exc:
        problems.append(exc.problem)
        return None
    if not isinstance(loaded.data, dict):
        problems.append(
            loaded.problem((), "a helpline file must be a block of keys (country:, entries: …)", "", "wrong-type")
        )
        return None
    found = schema_check.check(loaded, "helplines")
    if not found and loaded.data["country"] != path.stem:
        found.append(
            loaded.problem(
                ("country",),
                f"country '{loaded.data['country']}' does not match the file name '{path.name}'",
                f"name the file {loaded.data['country']}.yaml",
                "id-mismatch",
            )
        )
    problems.extend(found)
    if found:
        return None
    data = loaded.data
    if translation is not None:  # child-facing texts in the UI language where translated (helpline_translations.py)
        from harbourlight.packs.helpline_translations import translate_country

        data = translate_country(data, translation)
    return build.build_country_directory(data, display), loaded


def merge(base: CountryDirectory, extra: CountryDirectory) -> CountryDirectory:
    """A pack's entries for a country: same id replaces, new ids are added after."""
    by_id = {e.id: e for e in base.entries}
    by_id.update({e.id: e for e in extra.entries})
    return CountryDirectory(
        country=base.country,
        name=base.name,
        entries=tuple(by_id.values()),
        emergency=extra.emergency or base.emergency,
        directory_checked=base.directory_checked,
        source_file=base.source_file,
    )


def load_directory(folder: Path, label: str = "", language: str | None = None) -> DirectoryResult:
    """Read every <CC>.yaml and global.yaml in a folder; a broken file is reported and skipped. With `language`,
    notes and opening hours come from the folder's locales/<language>.po where translated."""
    result = DirectoryResult()
    if not folder.is_dir():
        return result
    translation = None
    if language:
        from harbourlight.packs.helpline_translations import load_translation

        translation = load_translation(folder, language, result.problems, label)
    seen_ids: dict[str, str] = {}
    for path in sorted(folder.glob("*.yaml")):
        if path.stem in NON_COUNTRY_FILES:
            continue
        display = f"{label}/{path.name}" if label else path.name
        read = load_country_file(path, display, result.problems, translation)
        if read is None:
            continue
        directory, loaded = read
        for index, entry in enumerate(directory.entries):
            if entry.id in seen_ids:
                result.problems.append(
                    loaded.problem(
                        ("entries", index, "id"),
                        f"entry id '{entry.id}' is also used in {seen_ids[entry.id]}",
                        "give every entry its own id",
                        "duplicate-entry",
                    )
                )
            seen_ids[entry.id] = display
        result.countries[directory.country] = directory
        result.loaded[directory.country] = loaded
    return result


def staleness_problems(result: DirectoryResult, today: dt.date, max_age_days: int = 365) -> list[Problem]:
    problems = []
    for country, directory in result.countries.items():
        loaded = result.loaded[country]
        for index, entry in enumerate(directory.entries):
            if is_stale(entry.verification.last_verified, today, max_age_days):
                when = entry.verification.last_verified
                problems.append(
                    loaded.problem(
                        ("entries", index, "last_verified"),
                        f"'{entry.name}' was last checked {when.isoformat() if when else 'never'}",
                        f"check it again (older than {max_age_days} days)",
                        "stale",
                        WARNING,
                    )
                )
    return problems


def insecure_source_problems(result: DirectoryResult) -> list[Problem]:
    """Sources are citations shown as text; an http:// one still deserves a better (https) copy."""
    problems = []
    for country, directory in result.countries.items():
        loaded = result.loaded[country]
        if directory.emergency and directory.emergency.verification.source.startswith("http://"):
            problems.append(
                loaded.problem(
                    ("emergency", "source"),
                    "the source is not an https:// page",
                    "find the same facts on an https:// page",
                    "http-source",
                    WARNING,
                )
            )
        for index, entry in enumerate(directory.entries):
            if entry.verification.source.startswith("http://"):
                problems.append(
                    loaded.problem(
                        ("entries", index, "source"),
                        f"the source of '{entry.name}' is not an https:// page",
                        "find the same facts on an https:// page",
                        "http-source",
                        WARNING,
                    )
                )
    return problems


def duplicate_problems(result: DirectoryResult) -> list[Problem]:
    """The same service listed twice in one country (same phone or same web address)."""
    problems = []
    for country, directory in result.countries.items():
        loaded = result.loaded[country]
        seen: dict[str, str] = {}
        for index, entry in enumerate(directory.entries):
            for value in (entry.phone and f"phone {entry.phone}", entry.url and f"address {entry.url}"):
                if not value:
                    continue
                key = f"{entry.kind}:{value.replace(' ', '').replace('-', '').lower()}"
                if key in seen:
                    problems.append(
                        loaded.problem(
                            ("entries", index, "id"),
                            f"'{entry.name}' has the same {value} as '{seen[key]}'",
                            "merge the two entries",
                            "duplicate-service",
                            ERROR,
                        )
                    )
                seen.setdefault(key, entry.name)
    return problems
