"""The content the app runs on: bundled and installed packs, and the helpline directory."""

from __future__ import annotations

import datetime as dt
import hashlib
from collections.abc import Callable
from dataclasses import dataclass, field, replace
from functools import partial
from pathlib import Path
from typing import TYPE_CHECKING, TypeGuard

from harbourlight.core.lesson_summary import LessonSummary, summarize
from harbourlight.services.content_cache import (
    cache_key,
    cached,
    cached_by_key,
    content_files,
    read_entry,
    write_entry,
)

if TYPE_CHECKING:  # the models load with the library, after the lesson list is shown (decision 0020)
    from harbourlight.core.models import CountryDirectory, Lesson, Pack
    from harbourlight.packs.problems import Problem

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

    def summaries_for_band(self, band: str) -> list[LessonSummary]:
        return [summarize(lesson) for lesson in self.lessons_for_band(band)]

    def find_lesson(self, lesson_id: str) -> Lesson | None:
        return next((lesson for pack in self.packs for lesson in pack.lessons if lesson.id == lesson_id), None)

    def pack_of(self, lesson: Lesson) -> Pack | None:
        return next((pack for pack in self.packs if lesson in pack.lessons), None)


@dataclass
class LessonList:
    """The lesson list as the content cache has it, read at start-up without loading the lessons themselves."""

    summaries: list[LessonSummary] = field(default_factory=list)
    refused: list[str] = field(default_factory=list)  # installed pack folders that failed their check (NOT_VERIFIED)

    def for_band(self, band: str) -> list[LessonSummary]:
        return [summary for summary in self.summaries if summary.band == band]


def _pack_dirs(folder: Path) -> list[Path]:
    if not folder.is_dir():
        return []
    return sorted(p for p in folder.iterdir() if p.is_dir() and (p / "pack.yaml").is_file())


def _pack_kind(pack_dir: Path, language: str | None) -> str:
    kind = "pack-" + hashlib.sha256(str(pack_dir.resolve()).encode()).hexdigest()[:12]
    return kind + (f"-{language}" if language else "")


LIST_PREFIX = "lessons-"  # a pack's list entry is kept under the same key as the pack, with this before the kind


def read_lesson_list(
    pack_folders: list[Path],
    cache_dir: Path | None,
    language: str | None = None,
    allow: Callable[[str], bool] | None = None,
    check: Callable[[Path], str] | None = None,
) -> LessonList | None:
    """The lesson list of the packs `load_library` would load, from the cache alone: None when a pack has no list
    entry for its files as they are now (new, changed, or never loaded in this language). Each installed pack is
    checked here as load_library checks it, and the school policy's `allow` is applied to the pack ids."""
    if cache_dir is None:
        return None
    lesson_list = LessonList()
    for folder in pack_folders:
        for pack_dir in _pack_dirs(folder):
            if check is not None and check(pack_dir):
                lesson_list.refused.append(pack_dir.name)
                continue
            kind = _pack_kind(pack_dir, language)
            stored = read_entry(cache_dir, LIST_PREFIX + kind, cache_key(kind, content_files(pack_dir), ""))
            if not _is_lesson_list_entry(stored):  # missing, or not what this version writes: load the library
                return None
            pack_id, summaries = stored
            if pack_id is None or (allow is not None and not allow(pack_id)):
                continue
            lesson_list.summaries.extend(summaries)
    return lesson_list


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
    from harbourlight.packs.problems import ERROR, Problem

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
            kind = _pack_kind(pack_dir, language)
            # Loaded as if every review date had passed, so that the result holds for any day: each overdue-review
            # warning carries the first day it applies, and only those that apply today are kept (content_cache).
            read = partial(_read_pack, pack_dir, EVERY_REVIEW_PASSED, language)
            if cache_dir is None:
                result = read()
            else:
                key = cache_key(kind, content_files(pack_dir), "")
                result = cached_by_key(cache_dir, kind, key, read)
                _keep_lesson_list(cache_dir, LIST_PREFIX + kind, key, result.pack)
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


def _is_lesson_list_entry(stored: object) -> TypeGuard[tuple[str | None, tuple[LessonSummary, ...]]]:
    return (
        isinstance(stored, tuple)
        and len(stored) == 2
        and (stored[0] is None or isinstance(stored[0], str))
        and isinstance(stored[1], tuple)
        and all(isinstance(summary, LessonSummary) for summary in stored[1])
    )


def _keep_lesson_list(cache_dir: Path, kind: str, key: str, pack: Pack | None) -> None:
    """Stores the pack's lesson list under its key, for read_lesson_list, unless it is there already."""
    if not _is_lesson_list_entry(read_entry(cache_dir, kind, key)):
        summaries = tuple(summarize(lesson) for lesson in pack.lessons) if pack else ()
        write_entry(cache_dir, kind, key, (pack.id if pack else None, summaries))
