"""Shared test set-up. Qt must run offscreen, and that must be decided before Qt is first imported."""

from __future__ import annotations

import os
import shutil
from pathlib import Path

import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from repo_paths import CONTENT, DEFAULT_PACK, REPO

__all__ = ["CONTENT", "DEFAULT_PACK", "REPO"]


@pytest.fixture
def pack_copy(tmp_path: Path) -> Path:
    """A writable copy of the default pack, to break on purpose."""
    target = tmp_path / "pack"
    shutil.copytree(DEFAULT_PACK, target)
    return target


@pytest.fixture
def app_env(tmp_path: Path) -> dict[str, str]:
    """Environment that keeps settings and progress inside the test's own folder."""
    return {
        "HARBOURLIGHT_DATA_DIR": str(tmp_path / "data"),
        "HARBOURLIGHT_CONFIG_DIR": str(tmp_path / "config"),
        "HARBOURLIGHT_LOG_DIR": str(tmp_path / "logs"),
        "HARBOURLIGHT_CONTENT_DIR": str(CONTENT),
        "HARBOURLIGHT_SPEECH_ENGINE": "mock",  # never the system's: speechd hangs with no audio device
    }
