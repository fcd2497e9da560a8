"""`harbourlight-pack new`: a pack folder with a manifest and one example lesson that validates.

Each file starts with a yaml-language-server modeline pointing at the JSON Schemas, so editors with the YAML
extension (VS Code, others using yaml-language-server) complete keys and flag mistakes while authors type.
"""

from __future__ import annotations

import datetime as dt
import os
from pathlib import Path

PACK_TEMPLATE = """\
# Harbourlight content pack. Format: docs/pack-format.md
# yaml-language-server: $schema={schema}/pack.schema.json
id: {pack_id}
version: 0.1.0
schema_version: 1
min_app_version: 0.1.0
title: {title}
description: {description}
publisher: {publisher}
licence: CC-BY-4.0
languages: [en]
default_language: en
age_bands: ["8-10"]
countries: []
reviewed_on: {today}
review_by: {review_by}
sources: []
"""

LESSON_TEMPLATE = """\
# One lesson. The file name (without .yaml) must equal the id. Format: docs/pack-format.md
# yaml-language-server: $schema={schema}/lesson.schema.json
id: example-secrets
band: "8-10"
topics: [trusted-adults]
title: Good secrets and bad secrets
duration_minutes: 8
advisory: >-
  A short story about secrets: which ones are fine to keep, and which ones to tell a trusted adult about.
with_adult: false
learning_goals:
  - Tell a surprise from a secret that should be shared.
  - Name a trusted adult to talk to.
steps:
  - id: story
    kind: story
    title: Sam's surprise
    panels:
      - text: Sam and his sister are planning a surprise party for their dad. They keep it a secret for a week.
      - text: On the day, Dad is surprised and happy. Everyone knows about it in the end.
  - id: which
    kind: choice
    prompt: Someone says "don't tell anyone about this, ever". Is that like Sam's surprise?
    options:
      - text: Yes, all secrets are the same.
        feedback: A surprise ends with everyone knowing and feeling happy. A secret you must keep forever is different.
        next: remember
      - text: No, a secret you must keep forever is one to tell a trusted adult about.
        feedback: That's right. You can always tell a trusted adult, and you will not be in trouble.
        next: remember
  - id: remember
    kind: summary
    points:
      - Surprises are happy and everyone finds out soon.
      - If a secret makes you worried, tell a trusted adult.
  - id: help
    kind: help
    topics: [trusted-adults]
    trusted_adults:
      - a parent or carer
      - a teacher
facilitator:
  preparation: Read the story first. Keep the talk about Sam, not about anyone in the room.
  ground_rules:
    - We talk about Sam, not about people we know.
  discussion:
    - What makes a surprise different from a worrying secret?
  disclosure: If a child tells you something worrying, listen, thank them, and follow your safeguarding procedure.
  sources: []
parents:
  taught: Your child learned the difference between happy surprises and secrets that should be shared.
  conversation_starters:
    - What surprise would you like to plan for someone?
  signs:
    - Your child seems worried about keeping something secret.
  what_to_do: Stay calm, listen, and thank them for telling you.
"""


def _schema_ref(schema_dir: Path, folder: Path) -> str:
    """A relative path when the schema is reachable from the file's folder, else a file: URI."""
    try:
        return Path(os.path.relpath(schema_dir.resolve(), folder.resolve())).as_posix()
    except ValueError:  # another drive on Windows
        return schema_dir.resolve().as_uri()


def scaffold(target: Path, pack_id: str, title: str, publisher: str, schema_dir: Path, today: dt.date) -> list[Path]:
    """Write a new pack into `target` (which must not exist or be empty); returns the files written."""
    if target.exists() and any(target.iterdir()):
        raise FileExistsError(f"{target} is not empty; choose a new folder")
    lessons = target / "lessons"
    lessons.mkdir(parents=True, exist_ok=True)
    (target / "media").mkdir(exist_ok=True)
    review_by = today.replace(year=today.year + 1) if not (today.month == 2 and today.day == 29) else today
    manifest = target / "pack.yaml"
    manifest.write_text(
        PACK_TEMPLATE.format(
            schema=_schema_ref(schema_dir, target),
            pack_id=pack_id,
            title=_quoted(title),
            description=_quoted(f"{title}: lessons by {publisher}."),
            publisher=_quoted(publisher),
            today=today.isoformat(),
            review_by=review_by.isoformat(),
        ),
        encoding="utf-8",
    )
    lesson = lessons / "example-secrets.yaml"
    lesson.write_text(LESSON_TEMPLATE.format(schema=_schema_ref(schema_dir, lessons)), encoding="utf-8")
    return [manifest, lesson]


def _quoted(text: str) -> str:
    """YAML double-quoted text, so titles with colons or quotes stay text."""
    return '"' + text.replace("\\", "\\\\").replace('"', '\\"') + '"'
