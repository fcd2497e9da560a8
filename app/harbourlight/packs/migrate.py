"""Reading packs written for an older `schema_version`: each migration lifts the data one version.

Migrations work on the loaded YAML (data and positions together), so problems in a migrated file still point
at the author's own lines. Newer versions than the app knows are refused by the loader, not here.

Registered example, schema 0 → 1 (the draft format before the first release):
  pack.yaml: `name:` became `title:`;
  lessons:   `minutes:` became `duration_minutes:`.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from harbourlight.packs.problems import WARNING, Problem
from harbourlight.packs.safe_yaml import LoadedYaml, PathKey


@dataclass(frozen=True)
class Migration:
    from_version: int  # lifts data from this version to from_version + 1
    pack: Callable[[LoadedYaml], None]
    lesson: Callable[[LoadedYaml], None]


def rename_key(loaded: LoadedYaml, parent: PathKey, old: str, new: str) -> None:
    """Rename a key in place, moving the recorded positions of it and everything below it."""
    container = loaded.data
    for part in parent:
        container = container[part]
    if not isinstance(container, dict) or old not in container or new in container:
        return
    # Rebuild the dict so the key keeps its place (positions of later checks follow file order).
    items = [(new if key == old else key, value) for key, value in container.items()]
    container.clear()
    container.update(items)
    prefix = (*parent, old)
    for table in (loaded.positions, loaded.key_positions):
        for path in [p for p in table if p[: len(prefix)] == prefix]:
            table[(*parent, new, *path[len(prefix) :])] = table.pop(path)


def _v0_pack(loaded: LoadedYaml) -> None:
    rename_key(loaded, (), "name", "title")


def _v0_lesson(loaded: LoadedYaml) -> None:
    rename_key(loaded, (), "minutes", "duration_minutes")


MIGRATIONS: dict[int, Migration] = {0: Migration(0, _v0_pack, _v0_lesson)}
OLDEST_SUPPORTED = min(MIGRATIONS)


def migrate_pack(loaded: LoadedYaml, current: int) -> list[Problem]:
    """Bring pack.yaml up to `current`; returns a warning when it was migrated, an error when it cannot be."""
    if not isinstance(loaded.data, dict):
        return []
    version = loaded.data.get("schema_version")
    if not isinstance(version, int) or isinstance(version, bool) or version >= current:
        return []
    if version < OLDEST_SUPPORTED:
        return [
            loaded.problem(
                ("schema_version",),
                f"format version {version} is too old for this app",
                f"versions {OLDEST_SUPPORTED} to {current} can be read",
                "schema-too-old",
            )
        ]
    for step in range(version, current):
        MIGRATIONS[step].pack(loaded)
    loaded.data["schema_version"] = current
    return [
        loaded.problem(
            ("schema_version",),
            f"this pack uses format version {version}; it was read as version {current}",
            f"update the files to the current format (see docs/pack-format.md) and set schema_version: {current}",
            "schema-migrated",
            WARNING,
        )
    ]


def migrate_lesson(loaded: LoadedYaml, from_version: int, current: int) -> None:
    if not isinstance(loaded.data, dict):
        return
    for step in range(max(from_version, OLDEST_SUPPORTED), current):
        MIGRATIONS[step].lesson(loaded)
