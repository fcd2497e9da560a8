"""Reading and writing small JSON state files safely: corrupt files are set aside, never overwritten."""

from __future__ import annotations

import json
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from harbourlight.services.atomic import atomic_write_text, set_aside

MAX_STATE_BYTES = 1024 * 1024


@dataclass(frozen=True)
class ReadOutcome:
    """What reading a JSON state file gave: its object or None, what to tell the user, where a bad file was kept."""

    data: dict[str, Any] | None  # None when missing or unusable
    notice: str = ""  # what the user should be told, if anything
    set_aside_as: Path | None = None


def read_json_object(path: Path) -> ReadOutcome:
    try:
        if not path.exists():
            blocker = _file_in_the_way(path)
            if blocker is not None:
                return ReadOutcome(
                    None, f"{blocker} is not a folder, so nothing can be saved there; defaults are used for now"
                )
            return ReadOutcome(None)
        if path.stat().st_size > MAX_STATE_BYTES:
            raise ValueError("the file is too large")
        data = json.loads(path.read_text("utf-8"))
        if not isinstance(data, dict):
            raise ValueError("the file does not hold a JSON object")
        return ReadOutcome(data)
    except PermissionError as exc:
        # Kept aside too, where the folder allows it: the next save would otherwise replace a file nobody read.
        try:
            moved = set_aside(path)
        except OSError:
            return ReadOutcome(None, f"{path}: could not be read ({exc.strerror}); using defaults")
        return ReadOutcome(
            None,
            f"{path.name} could not be read ({exc.strerror}); it was kept as {moved.name} and defaults are used",
            moved,
        )
    except (OSError, ValueError, RecursionError) as exc:  # RecursionError: JSON nested thousands deep
        try:
            moved = set_aside(path)
        except OSError:
            return ReadOutcome(None, f"{path}: is damaged ({exc}) and could not be moved aside; using defaults")
        return ReadOutcome(
            None, f"{path.name} was damaged ({exc}); it was kept as {moved.name} and defaults are used", moved
        )


def _file_in_the_way(path: Path) -> Path | None:
    """The nearest existing parent of `path`, when that is a file (the folder can then never be created)."""
    for parent in path.parents:
        if parent.exists():
            return None if parent.is_dir() else parent
    return None


def write_json_object(path: Path, data: dict[str, Any]) -> None:
    atomic_write_text(path, json.dumps(data, indent=2, ensure_ascii=False, sort_keys=True) + "\n")
