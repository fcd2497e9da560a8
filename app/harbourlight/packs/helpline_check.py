"""Every check on a folder of helpline files, for `helplines check` and for a pack's own helplines/ folder."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from pathlib import Path

from harbourlight.core.directory import DEFAULT_MAX_AGE_DAYS
from harbourlight.packs.helplines import (
    DirectoryResult,
    duplicate_problems,
    insecure_source_problems,
    load_directory,
    staleness_problems,
)
from harbourlight.packs.phones import load_short_codes, phone_problems
from harbourlight.packs.problems import Problem

SHORT_CODES_FILE = "short-codes.yaml"


@dataclass(frozen=True)
class CheckedDirectory:
    result: DirectoryResult
    problems: tuple[Problem, ...]

    @property
    def errors(self) -> int:
        return sum(p.is_error for p in self.problems)

    @property
    def warnings(self) -> int:
        return len(self.problems) - self.errors


def check_folder(
    folder: Path,
    today: dt.date,
    max_age_days: int = DEFAULT_MAX_AGE_DAYS,
    label: str = "",
    more_short_codes: tuple[Path, ...] = (),
) -> CheckedDirectory:
    """Schema, ids, phone numbers (with the folder's own allow-list plus `more_short_codes`), links,
    duplicates and staleness. `label` prefixes file names in problems (e.g. "helplines" inside a pack)."""
    result = load_directory(folder, label)
    problems = list(result.problems)
    allowed = {}
    for extra in more_short_codes:
        allowed.update(load_short_codes(extra, problems))
    allowed.update(load_short_codes(folder / SHORT_CODES_FILE, problems))
    problems += phone_problems(result, allowed)
    problems += duplicate_problems(result)
    problems += insecure_source_problems(result)
    problems += staleness_problems(result, today, max_age_days)
    from harbourlight.packs.helpline_translations import translation_problems  # locales/<lang>.po

    problems += translation_problems(folder, label)
    return CheckedDirectory(result, tuple(problems))


def research_lines(result: DirectoryResult) -> list[str]:
    """The reviewers' notes, one line per entry that has them, for `helplines check --verbose`."""
    lines = []
    for country in sorted(result.countries):
        directory = result.countries[country]
        where = directory.source_file
        if directory.emergency and directory.emergency.research_notes:
            lines.append(f"{where}: emergency {directory.emergency.number}: {directory.emergency.research_notes}")
        for entry in directory.entries:
            if entry.research_notes:
                lines.append(f"{where}: {entry.id}: {entry.research_notes}")
    return lines
