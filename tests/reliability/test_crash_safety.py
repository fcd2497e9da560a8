"""A writer killed with SIGKILL at random moments leaves the file as the old or the new version, never a mix.

The writer rewrites the file in a tight loop and reports each finished write through a pipe; the test kills it
after a random pause, then checks the file is complete and is either the last reported version or the one
after it (the write that was under way). 200 kills per writer. The writers are forked (a fresh interpreter per
kill would spend the time starting Python); one test also kills a real `python -c` writer process.
"""

from __future__ import annotations

import hashlib
import json
import os
import random
import select
import signal
import subprocess
import sys
import time
from collections.abc import Callable
from pathlib import Path

import pytest

import harbourlight
from harbourlight.services.atomic import atomic_write_bytes
from harbourlight.services.progress import Progress, ProgressStore
from harbourlight.services.settings import Settings, SettingsStore

pytestmark = pytest.mark.skipif(not hasattr(os, "fork"), reason="SIGKILL and fork are POSIX")

KILLS = int(os.environ.get("HARBOURLIGHT_KILLS", "200"))
APP_ROOT = str(Path(harbourlight.__file__).resolve().parents[1])


def big_version(k: int) -> bytes:
    """Version k of a big file: a header with k and a digest, then 512 KiB that depend on k, so a torn or mixed
    write cannot pass the digest check."""
    body = (str(k).encode() * 100_000)[: 512 * 1024]
    return b"%d %s\n" % (k, hashlib.sha256(body).hexdigest().encode()) + body


def read_big(path: Path) -> int:
    data = path.read_bytes()
    header, _, body = data.partition(b"\n")
    k_text, digest = header.split(b" ")
    assert hashlib.sha256(body).hexdigest().encode() == digest, "torn write: the body does not match its digest"
    assert data == big_version(int(k_text))
    return int(k_text)


def next_scale(k: int) -> int:
    return 100 + (k - 99) % 101  # 100 … 200, then round again


def settings_version(k: int) -> Settings:
    return Settings(band="11-13", country="NO", text_scale=k, nickname=f"n{k}")


def fork_and_kill(write: Callable[[int], int], start: int, rng: random.Random, pause: float = 0.02) -> list[int]:
    """Fork a writer that calls write(k) → next k forever, reporting each finished k; kill it at a random
    moment after its first write. Returns the versions it reported."""
    read_end, write_end = os.pipe()
    pid = os.fork()
    if pid == 0:  # the writer: never returns into pytest
        try:
            os.close(read_end)
            k = start
            while True:
                k = write(k)
                os.write(write_end, b"%d\n" % k)
        finally:
            os._exit(1)
    os.close(write_end)
    with os.fdopen(read_end, "rb", buffering=0) as reports:
        ready, _, _ = select.select([reports], [], [], 120)  # a guard against a hang, not a timing check
        if not ready:
            os.kill(pid, signal.SIGKILL)
            os.waitpid(pid, 0)
            raise AssertionError("the writer never finished its first write")
        first = reports.readline()  # one write is complete: the kill lands inside the loop
        assert first, "the writer died before its first write"
        time.sleep(rng.uniform(0, pause))
        os.kill(pid, signal.SIGKILL)
        _, status = os.waitpid(pid, 0)
        rest = reports.read()
    assert os.WIFSIGNALED(status) and os.WTERMSIG(status) == signal.SIGKILL
    return [int(n) for n in (first + rest).split()]


def write_big(path: Path) -> Callable[[int], int]:
    def write(k: int) -> int:
        atomic_write_bytes(path, big_version(k + 1))
        return k + 1

    return write


def test_big_file_survives_sigkill_at_random_points(tmp_path: Path) -> None:
    path = tmp_path / "state.bin"
    atomic_write_bytes(path, big_version(0))
    rng = random.Random(1234)
    for _ in range(KILLS):
        before = read_big(path)
        reported = fork_and_kill(write_big(path), before, rng)
        after = read_big(path)
        assert reported[0] == before + 1
        assert after in (reported[-1], reported[-1] + 1), (before, reported[-1], after)
    assert [p.name for p in tmp_path.iterdir() if not p.name.startswith(".")] == ["state.bin"]


def test_settings_survive_sigkill_at_random_points(tmp_path: Path) -> None:
    path = tmp_path / "settings.json"
    store = SettingsStore(path)
    store.save(settings_version(100))

    def write(k: int) -> int:
        store.save(settings_version(next_scale(k)))
        return next_scale(k)

    rng = random.Random(5678)
    for _ in range(KILLS):
        reported = fork_and_kill(write, store.load().text_scale, rng)
        raw = json.loads(path.read_text("utf-8"))  # complete JSON, never a half-written file
        loaded = store.load()
        assert not store.notice, store.notice
        assert loaded.text_scale in (reported[-1], next_scale(reported[-1]))
        assert loaded == settings_version(loaded.text_scale) and raw["nickname"] == f"n{loaded.text_scale}"
    assert not list(tmp_path.glob("*.broken-*"))
    # Killed writers leave temp files; once they are old enough to belong to no live writer, the next save
    # clears them (they can hold an old version of the data).
    leftovers = list(tmp_path.glob(".settings.json.*.tmp"))
    assert leftovers, "no kill landed mid-write, so this test did not test much"
    an_hour_ago = time.time() - 3600
    for temp in leftovers:
        os.utime(temp, (an_hour_ago, an_hour_ago))
    store.save(settings_version(100))
    assert not list(tmp_path.glob(".settings.json.*.tmp"))


def test_forgetting_progress_also_removes_what_a_crashed_save_left(tmp_path: Path) -> None:
    store = ProgressStore(tmp_path / "progress.json")
    store.put(Progress().finish("b1113-ai-fakes"))
    leftover = tmp_path / ".progress.json.abc123.tmp"  # as a writer killed mid-save leaves it
    leftover.write_text('{"profiles": {"": {"done": ["b1113-ai-fakes"]}}}', encoding="utf-8")
    store.forget()
    assert list(tmp_path.iterdir()) == []


# The same with a real, separately started writer process (no shared state with the test at all).
SETTINGS_WRITER = """
import sys
sys.path.insert(0, sys.argv[2])
from pathlib import Path
from harbourlight.services.progress import Progress, ProgressStore
from harbourlight.services.settings import Settings, SettingsStore

store = SettingsStore(Path(sys.argv[1]))
k = store.load().text_scale
while True:
    k = 100 + (k - 99) % 101
    store.save(Settings(band="11-13", country="NO", text_scale=k, nickname="n%d" % k))
    print(k, flush=True)
"""


def test_a_separate_writer_process_killed_at_random_points(tmp_path: Path) -> None:
    path = tmp_path / "settings.json"
    store = SettingsStore(path)
    store.save(settings_version(100))
    rng = random.Random(91)
    for _ in range(max(KILLS // 10, 5)):
        proc = subprocess.Popen(
            [sys.executable, "-S", "-c", SETTINGS_WRITER, str(path), APP_ROOT],
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            bufsize=0,  # unbuffered: a line read ahead into a buffer would be invisible to communicate()
        )
        assert proc.stdout is not None
        first = proc.stdout.readline()
        assert first, proc.stderr.read().decode() if proc.stderr else "writer died"
        time.sleep(rng.uniform(0, 0.02))
        proc.send_signal(signal.SIGKILL)
        rest, _ = proc.communicate()
        assert proc.returncode == -signal.SIGKILL
        last = int((first + rest).split()[-1])
        loaded = store.load()
        assert not store.notice and loaded.text_scale in (last, next_scale(last))
