"""Blocking and recording every attempt to use the network, in this process or in a child process.

In-process: socket.socket, socket.create_connection, getaddrinfo and gethostbyname are replaced by functions
that record the attempt and raise. In a child process: a sitecustomize.py installs an audit hook (PEP 578)
before anything else is imported, so even an import-time connection through the C socket module is caught.
"""

from __future__ import annotations

import json
import os
import socket
import subprocess
import sys
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import pytest


class NetworkAttempt(RuntimeError):
    pass


@contextmanager
def no_network(monkeypatch: pytest.MonkeyPatch) -> Iterator[list[str]]:
    attempts: list[str] = []

    def refuse(name: str):  # type: ignore[no-untyped-def]
        def blocked(*args: object, **kwargs: object) -> None:
            attempts.append(f"{name}{args!r}")
            raise NetworkAttempt(f"network use is not allowed: {name}")

        return blocked

    class BlockedSocket(socket.socket):
        def __init__(self, *args: object, **kwargs: object) -> None:
            attempts.append(f"socket.socket{args!r}")
            raise NetworkAttempt("network use is not allowed: socket.socket")

    monkeypatch.setattr(socket, "socket", BlockedSocket)
    for name in ("create_connection", "getaddrinfo", "gethostbyname", "gethostbyname_ex", "socketpair"):
        monkeypatch.setattr(socket, name, refuse(f"socket.{name}"))
    yield attempts


SITECUSTOMIZE = """
import json, os, sys

_attempts = []

def _hook(event, args):
    if event.startswith("socket."):
        _attempts.append(event)
        raise RuntimeError("network use is not allowed: " + event)

sys.addaudithook(_hook)

def _report():
    with open(os.environ["HARBOURLIGHT_NETWORK_REPORT"], "w", encoding="utf-8") as handle:
        json.dump({"attempts": _attempts, "qtnetwork": "PySide6.QtNetwork" in sys.modules}, handle)

import atexit
atexit.register(_report)
"""


def run_guarded(code: str, tmp_path: Path, env: dict[str, str]) -> tuple[subprocess.CompletedProcess[str], dict]:  # type: ignore[type-arg]
    """Run `python -c code` with the audit-hook sitecustomize first on the path; returns its report."""
    guard_dir = tmp_path / "guard"
    guard_dir.mkdir(exist_ok=True)
    (guard_dir / "sitecustomize.py").write_text(SITECUSTOMIZE, encoding="utf-8")
    report = tmp_path / "network-report.json"
    full_env = {
        **os.environ,
        **env,
        "PYTHONPATH": os.pathsep.join([str(guard_dir), os.environ.get("PYTHONPATH", "")]).rstrip(os.pathsep),
        "HARBOURLIGHT_NETWORK_REPORT": str(report),
    }
    done = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, env=full_env, timeout=120, check=False
    )
    assert report.exists(), f"the guard did not run (sitecustomize not loaded?): {done.stderr[-2000:]}"
    return done, json.loads(report.read_text("utf-8"))
