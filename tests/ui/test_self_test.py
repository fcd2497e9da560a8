"""`harbourlight --self-test`: one line, exit 0 on a sound install, 1 with the reason on a broken one."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

from harbourlight.ui.self_test import run_self_test


def test_self_test_passes_on_the_real_content_and_leaves_no_state(tmp_path: Path) -> None:
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "HOME": str(tmp_path), "XDG_CONFIG_HOME": str(tmp_path / "c")}
    env["XDG_DATA_HOME"] = str(tmp_path / "d")
    result = subprocess.run(
        [sys.executable, "-m", "harbourlight", "--self-test"], env=env, capture_output=True, text=True, timeout=120
    )
    assert result.returncode == 0, result.stdout + result.stderr
    (line,) = result.stdout.splitlines()
    assert line.startswith("Harbourlight self-test: OK (")
    assert "window shown, 3 steps played" in line
    assert not (tmp_path / "c").exists() and not (tmp_path / "d").exists()  # a learner's settings are untouched


def test_self_test_fails_with_a_reason_when_the_lessons_are_missing(tmp_path: Path, qapp, capsys) -> None:  # type: ignore[no-untyped-def]
    broken = tmp_path / "content"
    (broken / "packs").mkdir(parents=True)
    code = run_self_test({"HARBOURLIGHT_CONTENT_DIR": str(broken)})
    out = capsys.readouterr().out
    assert code == 1
    assert out.startswith("Harbourlight self-test: FAILED (no lesson pack could be loaded from ")
