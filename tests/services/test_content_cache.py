"""The content cache makes a second load fast and never changes what is loaded."""

from __future__ import annotations

import datetime as dt
import re
from pathlib import Path

from harbourlight.core.lesson_summary import summarize
from harbourlight.services.content_cache import cached, content_files
from harbourlight.services.library import load_library, read_lesson_list

REPO = Path(__file__).resolve().parents[2]
HELPLINES = REPO / "content" / "helplines"
TODAY = dt.date(2026, 11, 23)


class Counter:
    def __init__(self) -> None:
        self.calls = 0

    def __call__(self) -> dict[str, int]:
        self.calls += 1
        return {"loaded": self.calls}


def test_same_files_come_from_the_cache(tmp_path: Path) -> None:
    (tmp_path / "in").mkdir()
    (tmp_path / "in" / "a.yaml").write_text("a: 1\n")
    compute = Counter()
    files = lambda: content_files(tmp_path / "in")  # noqa: E731
    first = cached(tmp_path / "cache", "t", files(), compute)
    assert cached(tmp_path / "cache", "t", files(), compute) == first == {"loaded": 1}
    assert compute.calls == 1

    (tmp_path / "in" / "a.yaml").write_text("a: 2\n")  # an edited file
    assert cached(tmp_path / "cache", "t", files(), compute) == {"loaded": 2}
    (tmp_path / "in" / "b.yaml").write_text("b: 1\n")  # a new file
    cached(tmp_path / "cache", "t", files(), compute)
    assert cached(tmp_path / "cache", "t", files(), compute, extra="other") == {"loaded": 4}  # another language
    assert compute.calls == 4


def test_a_damaged_or_unwritable_cache_only_means_loading_again(tmp_path: Path) -> None:
    compute = Counter()
    cache = tmp_path / "cache"
    cached(cache, "t", [], compute)
    for entry in cache.iterdir():
        entry.write_bytes(b"not a pickle")
    assert cached(cache, "t", [], compute) == {"loaded": 2}
    blocked = tmp_path / "file-not-folder"
    blocked.write_text("")
    assert cached(blocked, "t", [], compute) == {"loaded": 3}  # cannot write: still loads
    assert cached(None, "t", [], compute) == {"loaded": 4}  # no cache at all


def test_library_from_the_cache_equals_a_fresh_load_problems_included(pack_copy: Path, tmp_path: Path) -> None:
    broken = next((pack_copy / "lessons").glob("*.yaml"))
    broken.write_text(broken.read_text("utf-8").replace("kind: story", "kind: storey", 1), "utf-8")
    packs = pack_copy.parent
    fresh = load_library([packs], HELPLINES, TODAY)
    assert any(p.file.endswith(broken.name) for p in fresh.problems)  # the broken lesson is reported
    first = load_library([packs], HELPLINES, TODAY, cache_dir=tmp_path / "cache")
    again = load_library([packs], HELPLINES, TODAY, cache_dir=tmp_path / "cache")
    assert len(list((tmp_path / "cache").iterdir())) == 3  # one pack, its lesson list, one directory
    for library in (first, again):
        assert library.packs == fresh.packs
        assert library.directory == fresh.directory
        assert library.problems == fresh.problems


def test_a_new_day_uses_the_cache_and_review_warnings_follow_the_date(pack_copy: Path, tmp_path: Path) -> None:
    """The first start of a school day is a cached one; a review that falls due in between is still reported."""
    manifest = pack_copy / "pack.yaml"
    manifest.write_text(re.sub(r"(?m)^review_by: .*$", "review_by: 2026-11-25", manifest.read_text("utf-8")), "utf-8")
    packs, cache = pack_copy.parent, tmp_path / "cache"

    def overdue(day: dt.date, cache_dir: Path | None) -> list[str]:
        library = load_library([packs], HELPLINES, day, cache_dir=cache_dir)
        return [p.message for p in library.problems if p.code == "review-overdue"]

    assert overdue(TODAY, cache) == []
    written = {entry: entry.stat().st_mtime_ns for entry in cache.iterdir()}
    assert overdue(dt.date(2026, 11, 25), cache) == []  # due that day: not yet overdue
    assert overdue(dt.date(2026, 11, 26), cache) == ["the pack was due for review on 2026-11-25"]
    assert {entry: entry.stat().st_mtime_ns for entry in cache.iterdir()} == written  # no new load on a new day
    for day in (TODAY, dt.date(2026, 11, 25), dt.date(2026, 11, 26)):  # the same as without a cache
        assert overdue(day, cache) == overdue(day, None)


def test_the_lesson_list_is_read_from_the_cache_alone_while_the_files_are_unchanged(
    pack_copy: Path, tmp_path: Path
) -> None:
    packs, cache = pack_copy.parent, tmp_path / "cache"
    assert read_lesson_list([packs], cache, "en") is None  # never loaded: start-up loads the library instead
    library = load_library([packs], HELPLINES, TODAY, cache_dir=cache, language="en")
    lesson_list = read_lesson_list([packs], cache, "en")
    assert lesson_list is not None and lesson_list.refused == []
    for band in ("5-7", "11-13", "14-17"):
        assert lesson_list.for_band(band) == library.summaries_for_band(band)
        assert [s.title for s in lesson_list.for_band(band)] == [x.title for x in library.lessons_for_band(band)]
    assert read_lesson_list([packs], cache, "fr") is None  # another language: another list
    assert read_lesson_list([packs], None, "en") is None  # no cache folder at all

    lesson = next((pack_copy / "lessons").glob("*.yaml"))
    lesson.write_text(lesson.read_text("utf-8").replace("title:", "title: Changed", 1), "utf-8")
    assert read_lesson_list([packs], cache, "en") is None  # a changed file: the library loads, and the list with it
    changed = load_library([packs], HELPLINES, TODAY, cache_dir=cache, language="en")
    relisted = read_lesson_list([packs], cache, "en")
    assert relisted is not None
    assert relisted.summaries == [summarize(x) for pack in changed.packs for x in pack.lessons]
    assert any(s.title.startswith("Changed") for s in relisted.summaries)


def test_the_lesson_list_applies_the_pack_check_and_the_school_policy(pack_copy: Path, tmp_path: Path) -> None:
    packs, cache = pack_copy.parent, tmp_path / "cache"
    load_library([packs], HELPLINES, TODAY, cache_dir=cache, language="en")
    refused = read_lesson_list([packs], cache, "en", check=lambda folder: "it was changed after it was installed")
    assert refused is not None and refused.summaries == [] and refused.refused == [pack_copy.name]
    allowed_none = read_lesson_list([packs], cache, "en", allow=lambda pack_id: False)
    assert allowed_none is not None and allowed_none.summaries == [] and allowed_none.refused == []


def test_a_damaged_lesson_list_means_loading_the_library(pack_copy: Path, tmp_path: Path) -> None:
    """The lists can only make a start faster: an entry that is not what this version writes is not used."""
    import pickle

    packs, cache = pack_copy.parent, tmp_path / "cache"
    load_library([packs], HELPLINES, TODAY, cache_dir=cache, language="en")
    (entry,) = cache.glob("lessons-*.pickle")
    key, _value = pickle.loads(entry.read_bytes())
    for damaged in ((key, ("harbourlight-default", ("not a summary",))), (key, "text"), (key, (1, ()))):
        entry.write_bytes(pickle.dumps(damaged))
        assert read_lesson_list([packs], cache, "en") is None
        load_library([packs], HELPLINES, TODAY, cache_dir=cache, language="en")  # the next load mends it
        assert read_lesson_list([packs], cache, "en") is not None
    entry.write_bytes(b"\x80\x04 not a pickle")
    assert read_lesson_list([packs], cache, "en") is None
    load_library([packs], HELPLINES, TODAY, cache_dir=cache, language="en")  # a load writes it again
    assert read_lesson_list([packs], cache, "en") is not None
