"""The content the app runs on: bundled and installed packs, and the helpline directory."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from pathlib import Path

from harbourlight.core.models import CountryDirectory, Lesson, Pack
from harbourlight.packs.helplines import load_directory, merge
from harbourlight.packs.pack_loader import load_pack
from harbourlight.packs.problems import Problem


@dataclass
class Library:
    packs: list[Pack] = field(default_factory=list)
    directory: dict[str, CountryDirectory] = field(default_factory=dict)
    problems: list[Problem] = field(default_factory=list)  # shown to authors and in diagnostics

    def lessons_for_band(self, band: str) -> list[Lesson]:
        return [lesson for pack in self.packs for lesson in pack.lessons_for_band(band)]

    def find_lesson(self, lesson_id: str) -> Lesson | None:
        return next((lesson for pack in self.packs for lesson in pack.lessons if lesson.id == lesson_id), None)

    def pack_of(self, lesson: Lesson) -> Pack | None:
        return next((pack for pack in self.packs if lesson in pack.lessons), None)


def _pack_dirs(folder: Path) -> list[Path]:
    if not folder.is_dir():
        return []
    return sorted(p for p in folder.iterdir() if p.is_dir() and (p / "pack.yaml").is_file())


def load_library(pack_folders: list[Path], helplines_dir: Path, today: dt.date | None = None) -> Library:
    """Load every pack under the given folders and the directory; broken parts are reported, not fatal."""
    library = Library()
    directory = load_directory(helplines_dir)
    library.directory = dict(directory.countries)
    library.problems.extend(directory.problems)
    for folder in pack_folders:
        for pack_dir in _pack_dirs(folder):
            result = load_pack(pack_dir, today)
            library.problems.extend(
                Problem(f"{pack_dir.name}/{p.file}", p.line, p.column, p.message, p.severity, p.hint, p.code)
                for p in result.problems
            )
            if result.pack is None:
                continue
            library.packs.append(result.pack)
            extra = load_directory(pack_dir / "helplines", label=f"{pack_dir.name}/helplines")
            library.problems.extend(extra.problems)
            for country, entries in extra.countries.items():
                base = library.directory.get(country)
                library.directory[country] = merge(base, entries) if base else entries
    return library
