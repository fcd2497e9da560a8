"""The schemas authors' editors use (content/schema) are the ones the validator uses."""

from __future__ import annotations

from repo_paths import CONTENT, REPO

PACKAGED = REPO / "app" / "harbourlight" / "packs" / "schema"


def test_published_schemas_match_the_validator() -> None:
    packaged = {p.name: p.read_text(encoding="utf-8") for p in PACKAGED.glob("*.schema.json")}
    published = {p.name: p.read_text(encoding="utf-8") for p in (CONTENT / "schema").glob("*.schema.json")}
    assert set(packaged) == {"pack.schema.json", "lesson.schema.json", "helplines.schema.json"}
    assert published == packaged, "copy app/harbourlight/packs/schema/*.json to content/schema/"
