"""The one place that decides where files live: platformdirs, with environment overrides."""

from __future__ import annotations

import sys
from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path

import platformdirs

from harbourlight.services import environment

APP_DIR_NAME = "Harbourlight"


def _default_content_dir() -> Path:
    frozen_root = getattr(sys, "_MEIPASS", None)
    if frozen_root:  # a PyInstaller bundle carries content beside the code
        return Path(frozen_root) / "content"
    # A source checkout or editable install: app/harbourlight/services/paths.py → repo/content
    return Path(__file__).resolve().parents[3] / "content"


@dataclass(frozen=True)
class AppPaths:
    """Where the app's data, settings, logs, bundled content and policy file are."""

    data_dir: Path
    config_dir: Path
    log_dir: Path
    content_dir: Path
    policy_file: Path

    @property
    def settings_file(self) -> Path:
        return self.config_dir / "settings.json"

    @property
    def progress_file(self) -> Path:
        return self.data_dir / "progress.json"

    @property
    def cache_dir(self) -> Path:
        """Loaded content kept for a faster next start (services/content_cache.py); safe to delete."""
        return self.data_dir / "cache"

    @property
    def user_packs_dir(self) -> Path:
        return self.data_dir / "packs"

    @property
    def bundled_packs_dir(self) -> Path:
        return self.content_dir / "packs"

    @property
    def helplines_dir(self) -> Path:
        return self.content_dir / "helplines"

    @classmethod
    def from_environment(cls, environ: Mapping[str, str]) -> AppPaths:
        def pick(name: str, default: str | Path) -> Path:
            return Path(environment.read(environ, name) or default)

        return cls(
            data_dir=pick(environment.DATA_DIR, platformdirs.user_data_dir(APP_DIR_NAME, appauthor=False)),
            config_dir=pick(environment.CONFIG_DIR, platformdirs.user_config_dir(APP_DIR_NAME, appauthor=False)),
            log_dir=pick(environment.LOG_DIR, platformdirs.user_log_dir(APP_DIR_NAME, appauthor=False)),
            content_dir=pick(environment.CONTENT_DIR, _default_content_dir()),
            policy_file=pick(
                environment.POLICY_FILE,
                Path(platformdirs.site_config_dir(APP_DIR_NAME, appauthor=False)) / "policy.yaml",
            ),
        )
