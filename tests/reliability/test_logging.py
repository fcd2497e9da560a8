"""The log and the diagnostic report: useful to support, and nothing about the learner in them."""

from __future__ import annotations

import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

from harbourlight.packs.pack_loader import load_pack
from harbourlight.packs.problems import Problem
from harbourlight.services import logging_setup
from harbourlight.services.diagnostics import MAX_LISTED_PROBLEMS, DiagnosticFacts, diagnostic_report

REPO = Path(__file__).resolve().parents[2]
PROBLEM = Problem("lessons/x.yaml", 3, 5, "unknown key 'titel'", hint="did you mean 'title'?", code="unknown-key")


@pytest.fixture
def log_file(tmp_path: Path) -> Iterator[Path]:
    path = logging_setup.configure_logging(tmp_path / "logs", home=tmp_path)
    assert path is not None
    yield path
    logging_setup.close_logging()


def test_startup_is_logged_with_versions_packs_and_located_problems(log_file: Path, tmp_path: Path) -> None:
    notice = f"{tmp_path}/config/settings.json was damaged; it was kept as settings.json.broken-1"
    logging_setup.log_startup()
    logging_setup.log_notices([notice])
    logging_setup.log_library([PROBLEM], ["harbourlight-default 1.0.0"])
    text = log_file.read_text("utf-8")
    assert "Harbourlight 0.1.0 starting" in text and "harbourlight-default 1.0.0" in text
    assert "lessons/x.yaml:3:5: error: unknown key 'titel'" in text
    assert "~/config/settings.json was damaged" in text  # the home folder (account name) is never written
    assert str(tmp_path) not in text


def test_an_unexpected_error_is_logged_by_type_and_place_but_not_its_message(log_file: Path) -> None:
    typed = "".join(["Zebra-", "Nickname-4821"])  # built at run time, so the source line cannot leak it

    def failing() -> None:
        raise KeyError(typed)

    try:
        failing()
    except KeyError:
        kind, _value, trace = sys.exc_info()
        assert kind is not None
        logging_setup.log_exception(kind, trace)
    text = log_file.read_text("utf-8")
    assert "unexpected error: KeyError" in text and "in failing" in text
    assert "Zebra-Nickname-4821" not in text


def test_the_log_keeps_writing_when_it_cannot_rotate(log_file: Path) -> None:
    for index in range(1, logging_setup.LOG_BACKUPS + 1):  # folders where the old logs should go: renames fail
        blocker = log_file.with_name(f"{log_file.name}.{index}")
        blocker.mkdir()
        (blocker / "keep").write_text("not empty")
    for index in range(2000):
        logging_setup.logger().info("line %d %s", index, "x" * 200)
    assert "line 1999 " in log_file.read_text("utf-8")


def test_the_log_rotates_instead_of_growing(log_file: Path) -> None:
    for _ in range(4000):
        logging_setup.logger().info("x" * 200)
    files = sorted(log_file.parent.iterdir())
    assert len(files) == 1 + logging_setup.LOG_BACKUPS
    assert all(f.stat().st_size <= logging_setup.MAX_LOG_BYTES + 1024 for f in files)


def test_an_unwritable_log_folder_means_no_log_not_a_failure(tmp_path: Path) -> None:
    blocker = tmp_path / "logs"
    blocker.write_text("a file where the folder should be", encoding="utf-8")
    assert logging_setup.configure_logging(blocker) is None
    logging_setup.logger().error("goes nowhere, raises nothing")
    logging_setup.close_logging()


def test_diagnostic_report_has_versions_packs_and_problems_and_no_learner_data(tmp_path: Path) -> None:
    pack = load_pack(REPO / "content" / "packs" / "default").pack
    assert pack is not None
    many = [Problem(f"zz{i}.yaml", i, 1, "broken") for i in range(MAX_LISTED_PROBLEMS + 5)]
    facts = DiagnosticFacts(
        packs=[pack],
        problems=[PROBLEM, *many],
        notices=[f"{tmp_path}/progress.json was damaged"],
        language="nb",
        theme="dark",
        text_scale=150,
        qt_versions="PySide6 6.12.0, Qt 6.12.0",
        log_file=tmp_path / "logs" / "harbourlight.log",
    )
    report = diagnostic_report(facts, home=tmp_path)
    assert "Harbourlight 0.1.0" in report and "Python 3." in report and "Qt: PySide6 6.12.0" in report
    assert f"harbourlight-default {pack.version}" in report
    assert f"Content problems: {MAX_LISTED_PROBLEMS + 6} errors, 0 warnings" in report
    assert "lessons/x.yaml:3:5: error: unknown key 'titel'" in report and "… and 6 more" in report
    assert "Log file: ~/logs/harbourlight.log" in report and "~/progress.json was damaged" in report
    assert str(tmp_path) not in report
    # The report is built from DiagnosticFacts alone, which has no field for progress, nickname, band or country.
    assert set(DiagnosticFacts.__dataclass_fields__) == {
        "packs",
        "problems",
        "notices",
        "language",
        "theme",
        "text_scale",
        "qt_versions",
        "log_file",
    }
