"""`harbourlight-pack validate` and `helplines check` as an author or CI would run them."""

from __future__ import annotations

import io
import subprocess
import sys
from pathlib import Path

from harbourlight.cli.pack import main
from repo_paths import CONTENT, DEFAULT_PACK, REPO


def run(*argv: str) -> tuple[int, str]:
    out = io.StringIO()
    code = main(list(argv), out)
    return code, out.getvalue()


def test_validate_good_pack_prints_one_summary_line() -> None:
    code, output = run("validate", str(DEFAULT_PACK), "--today", "2026-11-23")
    assert code == 0
    [line] = output.strip().splitlines()
    assert "OK — pack 'harbourlight-default'" in line and "lessons" in line


def test_validate_broken_pack_prints_located_problems(pack_copy: Path) -> None:
    lesson = pack_copy / "lessons" / "b1113-new-friend-secrets.yaml"
    text = lesson.read_text(encoding="utf-8").replace('band: "11-13"', 'band: "11-31"', 1)
    lesson.write_text(text, encoding="utf-8")
    code, output = run("validate", str(pack_copy), "--today", "2026-11-23")
    assert code == 1
    first = output.splitlines()[0]
    assert first.startswith("lessons/b1113-new-friend-secrets.yaml:")
    assert "'11-31' is not a known value for 'band'" in first
    assert "1 error" in output.splitlines()[-1]


def test_helplines_check_reports_no_errors() -> None:
    code, output = run("helplines", "check", str(CONTENT / "helplines"), "--today", "2026-11-23")
    assert code == 0, output
    assert "0 errors" in output.splitlines()[-1]


def test_helplines_check_catches_a_bad_number(tmp_path: Path) -> None:
    (tmp_path / "GB.yaml").write_text(
        'country: "GB"\nname: United Kingdom\nentries:\n  - id: gb-test\n    name: Test line\n'
        '    kind: child-helpline\n    topics: [any]\n    phone: "0800 11"\n    phone_kind: national\n'
        "    source: https://example.org\n    last_verified: 2026-11-01\n    status: verified\n",
        encoding="utf-8",
    )
    code, output = run("helplines", "check", str(tmp_path), "--today", "2026-11-23")
    assert code == 1
    assert output.startswith("GB.yaml:8:") and "not a valid GB phone number" in output


def test_console_script_runs_as_a_module() -> None:
    done = subprocess.run(
        [sys.executable, "-m", "harbourlight.cli.pack", "--version"],
        capture_output=True,
        text=True,
        cwd=REPO,
        timeout=60,
    )
    assert done.returncode == 0 and done.stdout.startswith("harbourlight-pack ")


def test_app_help_and_version_do_not_need_a_display() -> None:
    for flag, expected in (("--version", "Harbourlight "), ("--help", "usage: harbourlight")):
        done = subprocess.run(
            [sys.executable, "-m", "harbourlight", flag],
            capture_output=True,
            text=True,
            cwd=REPO,
            timeout=60,
            env={"PATH": "/usr/bin:/bin"},
        )
        assert done.returncode == 0 and done.stdout.startswith(expected), done.stderr


def test_stats_reports_readability_per_lesson_and_notes_coverage() -> None:
    code, output = run("stats", str(DEFAULT_PACK), "--today", "2026-11-23")
    assert code == 0, output
    count = len(list((DEFAULT_PACK / "lessons").glob("*.yaml")))
    assert f"facilitator notes: {count}/{count}, parent notes: {count}/{count}" in output
    lines = [line for line in output.splitlines() if "words/sentence" in line]
    assert len(lines) == count
    youngest = next(line for line in lines if "b57-" in line)
    assert youngest.strip().startswith("5-7") and "grade" in youngest
