"""Everything the UI needs, built once by the composition root (main.py) and passed down explicitly."""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping
from dataclasses import dataclass, field
from pathlib import Path

from harbourlight.i18n import Translator
from harbourlight.services import environment
from harbourlight.services.country_names import remembered_country_name
from harbourlight.services.library import NOT_VERIFIED, Library, load_library
from harbourlight.services.pack_check import InstalledPackCheck
from harbourlight.services.paths import AppPaths
from harbourlight.services.policy import Policy, load_policy
from harbourlight.services.progress import ProgressStore
from harbourlight.services.settings import Settings, SettingsStore


@dataclass
class AppContext:
    """What the running app shares: paths, settings, pack library, translator, progress, school policy."""

    paths: AppPaths
    settings_store: SettingsStore
    settings: Settings
    library: Library
    translator: Translator
    progress_store: ProgressStore
    notices: list[str] = field(default_factory=list)  # things the user should be told at start-up
    today: dt.date = field(default_factory=dt.date.today)
    speech_engine: str = ""  # read-aloud engine name; "" means the platform's own (see ui/read_aloud.py)
    policy: Policy = field(default_factory=Policy)  # the school policy file's locks (services/policy.py)

    def reload_library(self) -> Library:
        """Read the packs again, e.g. after one was installed."""
        self.library = load_library(
            [self.paths.bundled_packs_dir, self.paths.user_packs_dir],
            self.paths.helplines_dir,
            allow=self.policy.allows_pack,
            cache_dir=self.paths.cache_dir,
            language=self.translator.language,
            check=InstalledPackCheck(self.paths, self.policy),
        )
        return self.library

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
    library = load_library(
        [paths.bundled_packs_dir, paths.user_packs_dir],
        paths.helplines_dir,
        allow=policy.allows_pack,
        cache_dir=paths.cache_dir,
        language=settings.language,
        check=InstalledPackCheck(paths, policy),
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
    notices.extend(  # the reason itself is in library.problems (Help ▸ Copy diagnostic info)
        translator._(
            "The lesson pack “{pack}” is not shown: it was changed after it was installed, or its publisher is "
            "no longer trusted. An adult can install it again."
        ).format(pack=p.file)
        for p in library.problems
        if p.code == NOT_VERIFIED
    )
    progress = ProgressStore(paths.progress_file)
    progress.load()
    if progress.notice:
        notices.append(progress.notice)
    return AppContext(
        paths,
        store,
        settings,
        library,
        translator,
        progress,
        notices,
        speech_engine=environment.read(environ, environment.SPEECH_ENGINE) or "",
        policy=policy,
    )
