"""Class progress: lessons done per class name, nothing else, written safely."""

from __future__ import annotations

import json
from pathlib import Path

from harbourlight.services.class_progress import MAX_CLASS_NAME, ClassProgressStore, clean_class_name


def test_lessons_done_are_kept_per_class_and_survive_a_restart(tmp_path: Path) -> None:
    path = tmp_path / "classes.json"
    store = ClassProgressStore(path)
    store.load()
    store.mark_done("7B", "b1113-sextortion")
    store.mark_done("  7B ", "b1113-ai-fakes")
    store.mark_done("8A", "b1113-ai-fakes")
    again = ClassProgressStore(path)
    again.load()
    assert again.class_names() == ["7B", "8A"]
    assert again.done("7B") == {"b1113-sextortion", "b1113-ai-fakes"}
    assert again.done("9C") == frozenset()
    saved = json.loads(path.read_text("utf-8"))
    assert saved == {"version": 1, "classes": {"7B": ["b1113-ai-fakes", "b1113-sextortion"], "8A": ["b1113-ai-fakes"]}}


def test_without_a_class_name_nothing_is_written(tmp_path: Path) -> None:
    store = ClassProgressStore(tmp_path / "classes.json")
    store.mark_done("   ", "b1113-sextortion")
    assert not (tmp_path / "classes.json").exists()


def test_class_names_are_one_short_line() -> None:
    assert clean_class_name("Year 7\n  B") == "Year 7 B"
    assert len(clean_class_name("x" * 500)) == MAX_CLASS_NAME


def test_a_damaged_file_is_set_aside_with_a_notice(tmp_path: Path) -> None:
    path = tmp_path / "classes.json"
    path.write_text("{not json", "utf-8")
    store = ClassProgressStore(path)
    store.load()
    assert store.class_names() == []
    assert "damaged" in store.notice
    assert list(tmp_path.glob("classes.json.broken-*"))


def test_forgetting_a_class_removes_only_that_class(tmp_path: Path) -> None:
    store = ClassProgressStore(tmp_path / "classes.json")
    store.mark_done("7B", "a")
    store.mark_done("8A", "b")
    store.forget("7B")
    store.load()
    assert store.class_names() == ["8A"]
