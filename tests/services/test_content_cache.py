"""The content cache makes a second load fast and never changes what is loaded."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from harbourlight.services.content_cache import cached, content_files
from harbourlight.services.library import load_library

REPO = Path(__file__).resolve().parents[2]
HELPLINES = REPO / "content" / "helplines"
TODAY = dt.date(2026, 11, 23)


class Counter:
    def __init__(self) -> None:
        self.calls = 0

    def __call__(self) -> dict[str, int]:
        self.calls += 1
        return {"loaded": self.calls}


def test_same_files_same_day_come_from_the_cache(tmp_path: Path) -> None:
    (tmp_path / "in").mkdir()
    (tmp_path / "in" / "a.yaml").write_text("a: 1\n")
    compute = Counter()
    files = lambda: content_files(tmp_path / "in")  # noqa: E731
    first = cached(tmp_path / "cache", "t", files(), compute, TODAY)
    assert cached(tmp_path / "cache", "t", files(), compute, TODAY) == first == {"loaded": 1}
    assert compute.calls == 1

    (tmp_path / "in" / "a.yaml").write_text("a: 2\n")  # an edited file
    assert cached(tmp_path / "cache", "t", files(), compute, TODAY) == {"loaded": 2}
    cached(tmp_path / "cache", "t", files(), compute, TODAY + dt.timedelta(days=1))  # a new day: review dates
    (tmp_path / "in" / "b.yaml").write_text("b: 1\n")  # a new file
    cached(tmp_path / "cache", "t", files(), compute, TODAY)
    assert compute.calls == 4


def test_a_damaged_or_unwritable_cache_only_means_loading_again(tmp_path: Path) -> None:
    compute = Counter()
    cache = tmp_path / "cache"
    cached(cache, "t", [], compute, TODAY)
    for entry in cache.iterdir():
        entry.write_bytes(b"not a pickle")
    assert cached(cache, "t", [], compute, TODAY) == {"loaded": 2}
    blocked = tmp_path / "file-not-folder"
    blocked.write_text("")
    assert cached(blocked, "t", [], compute, TODAY) == {"loaded": 3}  # cannot write: still loads
    assert cached(None, "t", [], compute, TODAY) == {"loaded": 4}  # no cache at all


def test_library_from_the_cache_equals_a_fresh_load_problems_included(pack_copy: Path, tmp_path: Path) -> None:
    broken = next((pack_copy / "lessons").glob("*.yaml"))
    broken.write_text(broken.read_text("utf-8").replace("kind: story", "kind: storey", 1), "utf-8")
    packs = pack_copy.parent
    fresh = load_library([packs], HELPLINES, TODAY)
    assert any(p.file.endswith(broken.name) for p in fresh.problems)  # the broken lesson is reported
    first = load_library([packs], HELPLINES, TODAY, cache_dir=tmp_path / "cache")
    again = load_library([packs], HELPLINES, TODAY, cache_dir=tmp_path / "cache")
    assert len(list((tmp_path / "cache").iterdir())) == 2  # one pack, one directory
    for library in (first, again):
        assert library.packs == fresh.packs
        assert library.directory == fresh.directory
        assert library.problems == fresh.problems
