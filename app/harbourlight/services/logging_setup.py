"""The app's log: a small rotating file in the platform's log folder, for support, with nothing personal in it.

What is logged: start-up, versions, content load problems (pack file positions), state files that were set
aside, and unexpected errors with their traceback. Never logged: the nickname, anything typed, progress,
the chosen age group or country. The user's home folder is written as "~" so the account name stays out.
"""

from __future__ import annotations

import logging
import os
import sys
import traceback
from pathlib import Path
from types import TracebackType
from typing import TYPE_CHECKING, TextIO

from harbourlight import APP_NAME, __version__

if TYPE_CHECKING:
    from harbourlight.packs.problems import Problem

LOGGER_NAME = "harbourlight"
LOG_FILE_NAME = "harbourlight.log"
MAX_LOG_BYTES = 256 * 1024
LOG_BACKUPS = 3
MAX_LOGGED_PROBLEMS = 200


def logger() -> logging.Logger:
    return logging.getLogger(LOGGER_NAME)


class SizeCappedFileHandler(logging.FileHandler):
    """Appends to the log; when a record would take it past `max_bytes`, the file becomes `.1` (`.1` becomes
    `.2`, and so on up to `backups`) and a new one starts. What logging.handlers.RotatingFileHandler does, without
    importing logging.handlers, which brings sockets and queues with it (~9 ms of every start)."""

    def __init__(self, path: Path, max_bytes: int, backups: int):
        super().__init__(path, encoding="utf-8")
        self.path = path
        self.max_bytes = max_bytes
        self.backups = backups

    def emit(self, record: logging.LogRecord) -> None:
        stream = self.stream
        try:
            if stream is not None and stream.tell() + len(self.format(record)) + 1 > self.max_bytes:
                self._roll_over(stream)
        except OSError:
            self.handleError(record)
        super().emit(record)

    def _roll_over(self, stream: TextIO) -> None:
        stream.close()
        try:
            for index in range(self.backups - 1, 0, -1):
                older = self.path.with_name(f"{self.path.name}.{index}")
                if older.exists():
                    os.replace(older, self.path.with_name(f"{self.path.name}.{index + 1}"))
            os.replace(self.path, self.path.with_name(f"{self.path.name}.1"))
        finally:  # a rename that failed (a locked or odd file) must not leave the log writing to a closed file
            self.stream = self._open()


class RedactingFormatter(logging.Formatter):
    """Formats as usual, then replaces the home folder (which holds the account name) with "~"."""

    def __init__(self, home: str):
        super().__init__("%(asctime)s %(levelname)s %(name)s: %(message)s")
        self.home = home

    def format(self, record: logging.LogRecord) -> str:
        text = super().format(record)
        return text.replace(self.home, "~") if self.home and self.home != "/" else text


def configure_logging(log_dir: Path, home: Path | None = None) -> Path | None:
    """Log to `log_dir/harbourlight.log` (rotating). Returns the file, or None when the folder cannot be
    written (the app then runs without a log rather than failing)."""
    log = logger()
    for handler in list(log.handlers):  # configuring twice (tests, a second window) must not double lines
        log.removeHandler(handler)
        handler.close()
    log.setLevel(logging.INFO)
    log.propagate = False
    path = log_dir / LOG_FILE_NAME
    try:
        log_dir.mkdir(parents=True, exist_ok=True)
        handler = SizeCappedFileHandler(path, MAX_LOG_BYTES, LOG_BACKUPS)
    except OSError:
        log.addHandler(logging.NullHandler())
        return None
    handler.setFormatter(RedactingFormatter(str(home if home is not None else Path.home())))
    log.addHandler(handler)
    return path


def close_logging() -> None:
    log = logger()
    for handler in list(log.handlers):
        log.removeHandler(handler)
        handler.close()


def log_startup() -> None:
    """The start line: app, Python and system versions. The packs follow when they load (log_library)."""
    # Not the platform module (~3 ms to import; platform.platform() also reads the Python binary for the libc
    # version): the full line is in Help ▸ Copy diagnostic info.
    system = _system()
    python = ".".join(map(str, sys.version_info[:3]))
    logger().info("%s %s starting; Python %s on %s", APP_NAME, __version__, python, system)


def log_notices(notices: list[str]) -> None:
    for notice in notices:
        logger().warning("start-up notice: %s", notice)


def log_library(problems: list[Problem], pack_versions: list[str]) -> None:
    """What a load of the library found: the packs by version, and the content problems with their places."""
    log = logger()
    log.info("packs: %s", ", ".join(pack_versions) or "none")
    errors = sum(p.is_error for p in problems)
    log.info("content problems: %d errors, %d warnings", errors, len(problems) - errors)
    for problem in problems[:MAX_LOGGED_PROBLEMS]:
        log.log(logging.WARNING if problem.is_error else logging.INFO, "content: %s", problem.format())


def _system() -> str:
    if not hasattr(os, "uname"):  # Windows: no uname, so ask the platform module there
        import platform

        return f"{platform.system()} {platform.release()} {platform.machine()}"
    uname = os.uname()
    return f"{uname.sysname} {uname.release} {uname.machine}"


def log_exception(kind: type[BaseException], trace: TracebackType | None, where: str = "unexpected error") -> None:
    """An unexpected error: its type and where in the code it happened. The exception's message is left out on
    purpose, since it can quote data (a typed nickname in a KeyError, say); code positions cannot."""
    stack = "".join(traceback.format_tb(trace)).rstrip()
    logger().error("%s: %s\n%s", where, kind.__name__, stack)
