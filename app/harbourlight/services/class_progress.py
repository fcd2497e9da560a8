"""Which lessons a class has done, under a class name the teacher chooses (e.g. "7B").

Only the class name and lesson ids are kept: nothing about individual children, no answers, no dates.
"""

from __future__ import annotations

from pathlib import Path

from harbourlight.services.json_store import read_json_object, write_json_object

MAX_CLASS_NAME = 40
MAX_CLASSES = 200
VERSION = 1


def clean_class_name(name: str) -> str:
    """One line, trimmed, at most MAX_CLASS_NAME characters; "" means "no class chosen"."""
    return " ".join(name.split())[:MAX_CLASS_NAME]


class ClassProgressStore:
    def __init__(self, path: Path):
        self.path = path
        self.notice = ""
        self._classes: dict[str, frozenset[str]] = {}

    def load(self) -> None:
        outcome = read_json_object(self.path)
        self.notice = outcome.notice
        raw = (outcome.data or {}).get("classes", {})
        self._classes = {}
        if not isinstance(raw, dict):
            return
        for name, done in list(raw.items())[:MAX_CLASSES]:
            cleaned = clean_class_name(str(name))
            if cleaned and isinstance(done, list):
                self._classes[cleaned] = frozenset(x for x in done if isinstance(x, str))

    def class_names(self) -> list[str]:
        return sorted(self._classes, key=str.casefold)

    def done(self, class_name: str) -> frozenset[str]:
        return self._classes.get(clean_class_name(class_name), frozenset())

    def mark_done(self, class_name: str, lesson_id: str) -> None:
        """Record a lesson as done for a class; without a class name nothing is stored."""
        name = clean_class_name(class_name)
        if not name:
            return
        self._classes[name] = self.done(name) | {lesson_id}
        self.save()

    def forget(self, class_name: str) -> None:
        self._classes.pop(clean_class_name(class_name), None)
        self.save()

    def save(self) -> None:
        data = {
            "version": VERSION,
            "classes": {name: sorted(done) for name, done in sorted(self._classes.items())},
        }
        write_json_object(self.path, data)
