"""The "Copy diagnostic info" text: what support needs to help, and nothing about the learner.

In: versions, operating system, display options, the packs and their versions, content load problems,
start-up notices about damaged state files. Out, on purpose: progress, nickname, age group, country, and
anything typed.
"""

from __future__ import annotations

import platform
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

from harbourlight import APP_NAME, __version__
from harbourlight.core.models import Pack
from harbourlight.packs.problems import Problem

MAX_LISTED_PROBLEMS = 50


@dataclass(frozen=True)
class DiagnosticFacts:
    """Everything the report shows, gathered by the caller (the UI adds the Qt versions)."""

    packs: Sequence[Pack]
    problems: Sequence[Problem]
    notices: Sequence[str] = ()
    language: str = ""
    theme: str = ""
    text_scale: int = 100
    qt_versions: str = ""  # e.g. "PySide6 6.12.0, Qt 6.12.0"
    log_file: Path | None = None


def _tilde(text: str, home: str) -> str:
    return text.replace(home, "~") if home and home != "/" else text


def diagnostic_report(facts: DiagnosticFacts, home: Path | None = None) -> str:
    home_text = str(home if home is not None else Path.home())
    lines = [
        f"{APP_NAME} {__version__}",
        f"Python {platform.python_version()} ({platform.python_implementation()})",
        f"System: {platform.platform()}",
    ]
    if facts.qt_versions:
        lines.append(f"Qt: {facts.qt_versions}")
    lines.append(f"Display: language {facts.language or '?'}, theme {facts.theme or '?'}, text {facts.text_scale}%")
    lines.append(f"Log file: {_tilde(str(facts.log_file), home_text) if facts.log_file else 'none'}")
    lines.append("")
    lines.append(f"Packs ({len(facts.packs)}):")
    for pack in facts.packs:
        lines.append(f"  {pack.id} {pack.version} — {pack.publisher} ({len(pack.lessons)} lessons)")
    errors = [p for p in facts.problems if p.is_error]
    lines.append("")
    lines.append(f"Content problems: {len(errors)} errors, {len(facts.problems) - len(errors)} warnings")
    ordered = sorted(facts.problems, key=lambda p: (not p.is_error, p.file, p.line, p.column))
    lines.extend(f"  {p.format()}" for p in ordered[:MAX_LISTED_PROBLEMS])
    if len(ordered) > MAX_LISTED_PROBLEMS:
        lines.append(f"  … and {len(ordered) - MAX_LISTED_PROBLEMS} more")
    if facts.notices:
        lines.append("")
        lines.append("Start-up notices:")
        lines.extend(f"  {_tilde(notice, home_text)}" for notice in facts.notices)
    return "\n".join(lines) + "\n"
