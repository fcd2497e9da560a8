"""Everything the UI needs, built once by the composition root (main.py) and passed down explicitly."""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING

from harbourlight.i18n import Translator
from harbourlight.services import environment
from harbourlight.services.country_names import remembered_country_name
from harbourlight.services.library import NOT_VERIFIED, LessonList, Library, load_library, read_lesson_list
from harbourlight.services.pack_check import InstalledPackCheck
from harbourlight.services.paths import AppPaths
from harbourlight.services.policy import Policy, load_policy
from harbourlight.services.progress import ProgressStore
from harbourlight.services.settings import Settings, SettingsStore

if TYPE_CHECKING:
    from harbourlight.core.lesson_summary import LessonSummary


@dataclass
class AppContext:
    """What the running app shares: paths, settings, pack library, translator, progress, school policy.

    Start-up usually has only the lesson list (from the content cache); the library itself, with every lesson and
    the helpline directory, loads on first use of `library`, which the UI makes right after the window first
    appears (decision 0020)."""

    paths: AppPaths
    settings_store: SettingsStore
    settings: Settings
    loaded_library: Library | None  # None until `library` is first used
    translator: Translator
    progress_store: ProgressStore
    notices: list[str] = field(default_factory=list)  # things the user should be told at start-up
    today: dt.date = field(default_factory=dt.date.today)
    speech_engine: str = ""  # read-aloud engine name; "" means the platform's own (see ui/read_aloud.py)
    policy: Policy = field(default_factory=Policy)  # the school policy file's locks (services/policy.py)
    lesson_list: LessonList | None = None  # what start-up read instead of the library, when the cache had it

    @property
    def library(self) -> Library:
        """Every pack, lesson and helpline entry, loaded on first use."""
        if self.loaded_library is None:
            return self.reload_library()
        return self.loaded_library

    def lessons_for_band(self, band: str) -> list[LessonSummary]:
        """The lesson list's entries for an age band, without loading the library when start-up read the list."""
        if self.loaded_library is None and self.lesson_list is not None:
            return self.lesson_list.for_band(band)
        return self.library.summaries_for_band(band)

    def reload_library(self) -> Library:
        """Read the packs again, e.g. after one was installed."""
        self.loaded_library = _load_library(self.paths, self.policy, self.translator.language)
        self.lesson_list = None
        from harbourlight.services.logging_setup import log_library

        log_library(self.loaded_library.problems, [f"{p.id} {p.version}" for p in self.loaded_library.packs])
        return self.loaded_library

    def country_name(self, country: str) -> str:
        """The country's name in the UI language (CLDR), as the top bar shows it."""
        return remembered_country_name(self.paths.cache_dir, country, self.translator.language)

    def update_settings(self, **changes: object) -> Settings:
        changes.update(policy_locks(self.policy, self.settings, changes))
        try:
            self.settings = self.settings_store.update(self.settings, **changes)
        except OSError as exc:
            from dataclasses import replace

            self.settings = replace(self.settings, **changes)  # type: ignore[arg-type]
            self.notices.append(
                f"Settings could not be saved ({exc.strerror or exc}); they last until you close the app."
            )
        return self.settings


def locales_dir_for(paths: AppPaths) -> Path:
    return (
        paths.content_dir.parent / "locales"
        if (paths.content_dir.parent / "locales").is_dir()
        else paths.content_dir / "locales"
    )


def policy_locks(policy: Policy, settings: Settings, changes: Mapping[str, object]) -> dict[str, object]:
    """The values the school policy forces, whatever was chosen."""
    forced: dict[str, object] = {}
    if policy.country and changes.get("country", settings.country) != policy.country:
        forced["country"] = policy.country
    if policy.languages and changes.get("language", settings.language) not in policy.languages:
        forced["language"] = policy.languages[0]
    return forced


def build_context(environ: Mapping[str, str]) -> AppContext:
    paths = AppPaths.from_environment(environ)
    store = SettingsStore(paths.settings_file)
    settings = store.load()
    notices = [store.notice] if store.notice else []
    policy, _problems = load_policy(paths.policy_file)
    if policy.notice:
        notices.append(policy.notice)
    locked = policy_locks(policy, settings, {})
    if locked:
        from dataclasses import replace

        settings = replace(settings, **locked)  # type: ignore[arg-type]
    # The list alone when the cache has it: the lessons and helplines load after the window appears (decision 0020)
    lesson_list = read_lesson_list(
        [paths.bundled_packs_dir, paths.user_packs_dir],
        paths.cache_dir,
        settings.language,
        policy.allows_pack,
        InstalledPackCheck(paths, policy),
    )
    if not paths.content_dir.is_dir():
        notices.append(
            f"The lesson folder {paths.content_dir} is missing; reinstall Harbourlight to get the lessons back."
        )
    elif not (paths.bundled_packs_dir.is_dir() and paths.helplines_dir.is_dir()):  # e.g. an interrupted copy
        notices.append(
            f"The lessons or helplines in {paths.content_dir} are missing; reinstall Harbourlight to get them back."
        )
    translator = Translator(locales_dir_for(paths), settings.language)
    progress = ProgressStore(paths.progress_file)
    progress.load()
    context = AppContext(
        paths,
        store,
        settings,
        None,
        translator,
        progress,
        notices,
        speech_engine=environment.read(environ, environment.SPEECH_ENGINE) or "",
        policy=policy,
        lesson_list=lesson_list,
    )
    refused = (
        lesson_list.refused
        if lesson_list is not None
        else [p.file for p in context.library.problems if p.code == NOT_VERIFIED]  # loads it: the list was not kept
    )
    notices.extend(  # the reason itself is in library.problems (Help ▸ Copy diagnostic info)
        translator._(
            "The lesson pack “{pack}” is not shown: it was changed after it was installed, or its publisher is "
            "no longer trusted. An adult can install it again."
        ).format(pack=pack)
        for pack in refused
    )
    if progress.notice:
        notices.append(progress.notice)
    return context


def _load_library(paths: AppPaths, policy: Policy, language: str) -> Library:
    return load_library(
        [paths.bundled_packs_dir, paths.user_packs_dir],
        paths.helplines_dir,
        allow=policy.allows_pack,
        cache_dir=paths.cache_dir,
        language=language,
        check=InstalledPackCheck(paths, policy),
    )
