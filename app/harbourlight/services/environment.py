"""Every environment variable Harbourlight reads, in one place."""

from __future__ import annotations

from collections.abc import Mapping

DATA_DIR = "HARBOURLIGHT_DATA_DIR"  # where settings and progress are kept
CONFIG_DIR = "HARBOURLIGHT_CONFIG_DIR"
LOG_DIR = "HARBOURLIGHT_LOG_DIR"
CONTENT_DIR = "HARBOURLIGHT_CONTENT_DIR"  # bundled packs, helplines and schemas
POLICY_FILE = "HARBOURLIGHT_POLICY_FILE"  # school policy file (overrides the system location)
SPEECH_ENGINE = "HARBOURLIGHT_SPEECH_ENGINE"  # Qt text-to-speech engine for read-aloud; tests use "mock"

ALL = (DATA_DIR, CONFIG_DIR, LOG_DIR, CONTENT_DIR, POLICY_FILE, SPEECH_ENGINE)


def read(environ: Mapping[str, str], name: str) -> str | None:
    value = environ.get(name, "").strip()
    return value or None
