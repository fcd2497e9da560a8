"""Settings and progress: saved atomically, and a damaged file is kept aside, never lost or overwritten."""

from __future__ import annotations

import json
from pathlib import Path

from harbourlight.services.atomic import atomic_write_text
from harbourlight.services.progress import ProgressStore
from harbourlight.services.settings import Settings, SettingsStore


def test_settings_round_trip(tmp_path: Path) -> None:
    store = SettingsStore(tmp_path / "settings.json")
    assert store.load() == Settings()
    saved = store.update(Settings(), band="8-10", country="NO", text_scale=150)
    assert SettingsStore(tmp_path / "settings.json").load() == saved


def test_damaged_settings_are_set_aside_and_defaults_used(tmp_path: Path) -> None:
    path = tmp_path / "settings.json"
    path.write_text('{"band": "8-10", "coun', encoding="utf-8")
    store = SettingsStore(path)
    assert store.load() == Settings()
    assert "damaged" in store.notice
    [kept] = list(tmp_path.glob("settings.json.broken-*"))
    assert kept.read_text(encoding="utf-8") == '{"band": "8-10", "coun'
    assert not path.exists()


def test_bad_values_fall_back_one_by_one(tmp_path: Path) -> None:
    path = tmp_path / "settings.json"
    path.write_text(json.dumps({"band": "99", "country": "no", "text_scale": 900, "theme": "x"}), encoding="utf-8")
    settings = SettingsStore(path).load()
    assert (settings.band, settings.country, settings.text_scale, settings.theme) == ("", "NO", 200, "default")


def test_progress_records_done_and_paused_and_forgets(tmp_path: Path) -> None:
    path = tmp_path / "progress.json"
    store = ProgressStore(path)
    store.load()
    store.put(store.get().pause("a", ("s1", "s2")).finish("b"))
    again = ProgressStore(path)
    again.load()
    assert again.get().done == {"b"} and again.get().paused == {"a": ("s1", "s2")}
    again.put(again.get().finish("a"))
    assert again.get().paused == {}
    again.forget()
    assert not path.exists()


def test_corrupt_progress_is_set_aside_without_touching_settings(tmp_path: Path) -> None:
    settings = SettingsStore(tmp_path / "settings.json")
    settings.update(Settings(), band="11-13", country="GB")
    (tmp_path / "progress.json").write_bytes(b"\x00\xffgarbage")
    progress = ProgressStore(tmp_path / "progress.json")
    progress.load()
    assert progress.get().done == frozenset() and progress.notice
    assert list(tmp_path.glob("progress.json.broken-*"))
    assert settings.load().band == "11-13"


def test_atomic_write_leaves_no_temp_files(tmp_path: Path) -> None:
    target = tmp_path / "deep" / "file.txt"
    atomic_write_text(target, "one")
    atomic_write_text(target, "two")
    assert target.read_text(encoding="utf-8") == "two"
    assert [p.name for p in target.parent.iterdir()] == ["file.txt"]
