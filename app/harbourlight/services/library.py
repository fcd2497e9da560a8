"""The content the app runs on: bundled and installed packs, and the helpline directory."""

from __future__ import annotations

import datetime as dt
import hashlib
from collections.abc import Callable
from dataclasses import dataclass, field, replace
from functools import partial
from pathlib import Path

from harbourlight.core.models import CountryDirectory, Lesson, Pack
from harbourlight.packs.problems import ERROR, Problem
from harbourlight.services.content_cache import cached, content_files

NOT_VERIFIED = "pack-not-verified"  # Problem code for an installed pack that no longer verifies
EVERY_REVIEW_PASSED = dt.date.max  # the "today" a pack is loaded for, before its problems are filtered by date


@dataclass
class Library:
    """Every loaded pack and the help directory, with the problems found while loading them."""

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


@dataclass(frozen=True)
class Loaded:
    """What one load produced, in core types only, so a cached copy unpickles without the loader's modules."""

    pack: Pack | None
    problems: tuple[Problem, ...]
    countries: dict[str, CountryDirectory]
    directory_problems: tuple[Problem, ...] = ()


def _read_directory(folder: Path, label: str = "", language: str | None = None) -> Loaded:
    # Imported here: with a warm cache, start-up never loads the YAML, JSON Schema or content-rule code.
    from harbourlight.packs.helplines import load_directory

    result = load_directory(folder, label, language)
    return Loaded(None, (), dict(result.countries), tuple(result.problems))


def _read_pack(pack_dir: Path, today: dt.date, language: str | None = None) -> Loaded:
    from harbourlight.packs.pack_loader import load_pack

    result = load_pack(pack_dir, today, language)
    extra = _read_directory(pack_dir / "helplines", f"{pack_dir.name}/helplines", language)
    return Loaded(result.pack, tuple(result.problems), extra.countries, extra.directory_problems)


def load_library(
    pack_folders: list[Path],
    helplines_dir: Path,
    today: dt.date | None = None,
    allow: Callable[[str], bool] | None = None,
    cache_dir: Path | None = None,
    language: str | None = None,
    check: Callable[[Path], str] | None = None,
) -> Library:
    """Load every pack under the given folders and the directory; broken parts are reported, not fatal.
    `allow` (from the school policy) decides by pack id which packs may be used at all. With `cache_dir`, a pack
    or directory whose files are unchanged since an earlier load comes from services/content_cache.py.
    With `language`, lessons come in that language where the pack has a translation (packs/translations.py), and
    so do the directory's notes and opening hours (packs/helpline_translations.py; the .po files are among the
    cache's input files).
    `check` says why a pack folder must not be used at all ("" when it may; services/pack_check.py)."""
    library = Library()
    day = today or dt.date.today()
    read_directory = partial(_read_directory, helplines_dir, "", language)
    kind = "helplines" + (f"-{language}" if language else "")
    directory = cached(cache_dir, kind, content_files(helplines_dir), read_directory)
    library.directory = dict(directory.countries)
    library.problems.extend(directory.directory_problems)
    for folder in pack_folders:
        for pack_dir in _pack_dirs(folder):
            reason = check(pack_dir) if check is not None else ""
            if reason:
                library.problems.append(
                    Problem(
                        pack_dir.name,
                        0,
                        0,
                        f"the pack was not loaded: {reason}",
                        ERROR,
                        "install it again from a signed .hlpack file",
                        NOT_VERIFIED,
                    )
                )
                continue
            kind = "pack-" + hashlib.sha256(str(pack_dir.resolve()).encode()).hexdigest()[:12]
            kind += f"-{language}" if language else ""
            # Loaded as if every review date had passed, so that the result holds for any day: each overdue-review
            # warning carries the first day it applies, and only those that apply today are kept (content_cache).
            read = partial(_read_pack, pack_dir, EVERY_REVIEW_PASSED, language)
            result = cached(cache_dir, kind, content_files(pack_dir), read)
            library.problems.extend(
                replace(p, file=f"{pack_dir.name}/{p.file}") for p in result.problems if p.applies_on(day)
            )
            if result.pack is None:
                continue
            if allow is not None and not allow(result.pack.id):
                continue  # left out by the school policy, with its helplines
            library.packs.append(result.pack)
            library.problems.extend(result.directory_problems)
            if result.countries:
                from harbourlight.packs.helplines import merge

                for country, entries in result.countries.items():
                    base = library.directory.get(country)
                    library.directory[country] = merge(base, entries) if base else entries
    return library
