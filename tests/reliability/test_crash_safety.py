"""A writer killed with SIGKILL at random moments leaves the file as the old or the new version, never a mix.

The writer rewrites the file in a tight loop and reports each finished write on stdout; the test kills it
after a random pause, then checks the file is complete and is either the last reported version or the one
after it (the write that was under way). Runs ≥200 kills per writer; each is one short subprocess.
"""

from __future__ import annotations

import hashlib
import json
import os
import random
import re
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

import harbourlight
from harbourlight.services.atomic import atomic_write_bytes
from harbourlight.services.settings import Settings, SettingsStore

pytestmark = pytest.mark.skipif(os.name != "posix", reason="SIGKILL is POSIX")

KILLS = int(os.environ.get("HARBOURLIGHT_KILLS", "200"))
APP_ROOT = str(Path(harbourlight.__file__).resolve().parents[1])

# Version k of a big file: a header line with k and a digest, then ~512 KiB that depends on k, so a torn or
# mixed write cannot pass the digest check.
BIG_WRITER = """
import hashlib, sys
sys.path.insert(0, sys.argv[2])
from pathlib import Path
from harbourlight.services.atomic import atomic_write_bytes

def version(k):
    body = (str(k).encode() * 100_000)[:512 * 1024]
    return b"%d %s\\n" % (k, hashlib.sha256(body).hexdigest().encode()) + body

path = Path(sys.argv[1])
k = int(path.read_bytes().split(b" ", 1)[0])
while True:
    k += 1
    atomic_write_bytes(path, version(k))
    print(k, flush=True)
"""

SETTINGS_WRITER = """
import sys
sys.path.insert(0, sys.argv[2])
from pathlib import Path
from harbourlight.services.settings import Settings, SettingsStore

store = SettingsStore(Path(sys.argv[1]))
k = store.load().text_scale
while True:
    k = 100 + (k - 99) % 101
    store.save(Settings(band="11-13", country="NO", text_scale=k, nickname="n%d" % k))
    print(k, flush=True)
"""


def big_version(k: int) -> bytes:
    body = (str(k).encode() * 100_000)[: 512 * 1024]
    return b"%d %s\n" % (k, hashlib.sha256(body).hexdigest().encode()) + body


def read_big(path: Path) -> int:
    data = path.read_bytes()
    header, _, body = data.partition(b"\n")
    k_text, digest = header.split(b" ")
    assert hashlib.sha256(body).hexdigest().encode() == digest, "torn write: the body does not match its digest"
    assert data == big_version(int(k_text))
    return int(k_text)


def run_and_kill(script: str, path: Path, rng: random.Random) -> list[int]:
    """Start the writer, let it finish at least one write, kill it at a random moment; the versions it reported."""
    proc = subprocess.Popen(
        [sys.executable, "-S", "-c", script, str(path), APP_ROOT],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        bufsize=0,  # unbuffered: a line read ahead into a buffer would be invisible to communicate()
    )
    assert proc.stdout is not None
    first = proc.stdout.readline()  # blocks until one write is complete: the kill lands inside the loop
    assert first, proc.stderr.read().decode() if proc.stderr else "writer died"
    time.sleep(rng.uniform(0, 0.02))
    proc.send_signal(signal.SIGKILL)
    rest, _ = proc.communicate()
    assert proc.returncode == -signal.SIGKILL
    return [int(n) for n in re.findall(rb"\d+", first + rest)]


def test_big_file_survives_sigkill_at_random_points(tmp_path: Path) -> None:
    path = tmp_path / "state.bin"
    atomic_write_bytes(path, big_version(0))
    rng = random.Random(1234)
    for _ in range(KILLS):
        before = read_big(path)
        reported = run_and_kill(BIG_WRITER, path, rng)
        after = read_big(path)
        last_done = reported[-1]
        assert reported[0] == before + 1
        assert after in (last_done, last_done + 1), (before, last_done, after)


def test_settings_survive_sigkill_at_random_points(tmp_path: Path) -> None:
    path = tmp_path / "settings.json"
    store = SettingsStore(path)
    store.save(Settings(band="11-13", country="NO", text_scale=100, nickname="n100"))
    rng = random.Random(5678)
    for _ in range(KILLS):
        reported = run_and_kill(SETTINGS_WRITER, path, rng)
        raw = json.loads(path.read_text("utf-8"))  # complete JSON, never a half-written file
        loaded = store.load()
        assert not store.notice, store.notice
        last_done = reported[-1]
        following = 100 + (last_done - 99) % 101
        assert loaded.text_scale in (last_done, following) and raw["nickname"] == f"n{loaded.text_scale}"
    assert not list(tmp_path.glob("*.broken-*"))
