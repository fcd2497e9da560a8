"""Which lessons were finished on this device, and where a paused lesson stopped. No names, no answers.

Stored per optional nickname (the empty nickname is "this device"); nothing a child types is kept.
"""

from __future__ import annotations

from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Any

from harbourlight.services.atomic import remove_temp_files
from harbourlight.services.json_store import read_json_object, write_json_object

MAX_NICKNAME = 24


@dataclass(frozen=True)
class Progress:
    """One profile's progress: finished lesson ids, and the step path of each paused lesson."""

    done: frozenset[str] = frozenset()
    paused: dict[str, tuple[str, ...]] = field(default_factory=dict)  # lesson id → step path

    def finish(self, lesson_id: str) -> Progress:
        paused = {k: v for k, v in self.paused.items() if k != lesson_id}
        return replace(self, done=self.done | {lesson_id}, paused=paused)

    def pause(self, lesson_id: str, path: tuple[str, ...]) -> Progress:
        return replace(self, paused={**self.paused, lesson_id: path})


def _clean_profile(raw: Any) -> Progress:
    if not isinstance(raw, dict):
        return Progress()
    done = (
        frozenset(x for x in raw.get("done", []) if isinstance(x, str))
        if isinstance(raw.get("done"), list)
        else frozenset()
    )
    paused_raw = raw.get("paused", {})
    paused = {}
    if isinstance(paused_raw, dict):
        for lesson_id, path in paused_raw.items():
            if isinstance(path, list) and path and all(isinstance(s, str) for s in path):
                paused[str(lesson_id)] = tuple(path)
    return Progress(done, paused)


class ProgressStore:
    def __init__(self, path: Path):
        self.path = path
        self.notice = ""
        self.set_aside_as: Path | None = None  # where a damaged file was moved, if it was
        self._profiles: dict[str, Progress] = {}

    def load(self) -> None:
        outcome = read_json_object(self.path)
        self.notice = outcome.notice
        self.set_aside_as = outcome.set_aside_as
        profiles = (outcome.data or {}).get("profiles", {})
        self._profiles = (
            {str(name)[:MAX_NICKNAME]: _clean_profile(raw) for name, raw in profiles.items()}
            if isinstance(profiles, dict)
            else {}
        )

    def get(self, nickname: str = "") -> Progress:
        return self._profiles.get(nickname, Progress())

    def nicknames(self) -> list[str]:
        return sorted(n for n in self._profiles if n)

    def put(self, progress: Progress, nickname: str = "") -> None:
        self._profiles[nickname[:MAX_NICKNAME]] = progress
        self.save()

    def save(self) -> None:
        data = {
            "version": 1,
            "profiles": {
                name: {"done": sorted(p.done), "paused": {k: list(v) for k, v in sorted(p.paused.items())}}
                for name, p in sorted(self._profiles.items())
            },
        }
        write_json_object(self.path, data)

    def forget(self) -> None:
        """Delete all progress on this device, including copies of a damaged file that were set aside."""
        self._profiles = {}
        self.path.unlink(missing_ok=True)
        for old in self.path.parent.glob(f"{self.path.name}.broken-*"):
            old.unlink(missing_ok=True)
        remove_temp_files(self.path)  # what a crash mid-save left behind holds progress too
