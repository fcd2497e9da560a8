"""The benchmark command still runs end to end (on tiny sizes). No timings are asserted: only that it works."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]


def qt_installed() -> bool:
    try:
        import PySide6  # noqa: F401
    except ImportError:
        return False
    return True


def test_benchmarks_run_on_tiny_sizes_and_write_their_report(tmp_path: Path) -> None:
    out = tmp_path / "bench.json"
    done = subprocess.run(
        [sys.executable, "-m", "benchmarks.run", "--quick", "--runs", "1", "--turns", "3", "--sizes", "2,4",
         "--out", str(out)],
        cwd=REPO, capture_output=True, text=True, timeout=600,
    )  # fmt: skip
    assert done.returncode == 0, done.stdout + done.stderr
    results = json.loads(out.read_text("utf-8"))
    assert [row["lessons"] for row in results["packs"]["sizes"]] == [2, 4]
    assert results["packs"]["growth"][0]["size_x"] == 2
    assert results["helplines"]["countries"] > 1
    assert "pack of 4 lessons" in done.stdout
    assert "bundle size" in results["skipped"]
    if qt_installed():
        assert results["start"]["library_shown"] is True  # the app really opened on the lesson list
        assert len(results["start"]["app_all_ms"]) == 1
        assert results["session"]["step_turn"]["n"] == 3
        assert results["session"]["country_switch"]["n"] == results["helplines"]["countries"] - 1  # minus "global"
        assert "cold start (median)" in done.stdout
        assert "vs a bare window with text" in done.stdout and results["start"]["text_window_ms"] > 0
        assert "the same in ar (right to left)" in done.stdout and results["start"]["rtl_ms"] > 0
    else:
        assert "start, memory, step turns" in results["skipped"]
