"""Remembers loaded content (a pack, the helpline directory) keyed by the SHA-256 of every file it was read from.

Reading and checking the bundled lessons and helplines (YAML, JSON Schemas, content rules) takes most of a second
on a school PC, and the files almost never change. A load's result — the objects and the problems found — is
kept in the user's cache folder under a key made of each input file's path and hash, the app version and the
Python version. Changing any file or updating the app means a fresh, fully checked load. The date is not part of
the key: a school PC may start the app once a day, and every such start would be a fresh load. What depends on
the date (a review that has become overdue) is stored with the first day it applies and filtered by the caller
(Problem.applies_from; services/library.py). A damaged, unreadable or unwritable cache is ignored: the cache can
only make loading faster, never change what is loaded.

Entries are pickles written by this app into the user's own cache folder and read only from there; anyone who
could plant one could already change the user's files and programs. See docs/decisions (content cache).
"""

from __future__ import annotations

import hashlib
import pickle
import sys
from collections.abc import Callable, Iterable
from pathlib import Path
from typing import TypeVar

from harbourlight import __version__
from harbourlight.core.gc_pause import collection_paused
from harbourlight.services.atomic import atomic_write_bytes

T = TypeVar("T")
FORMAT = 2  # bump when what is stored changes shape in a way the version number would not catch
KEEP = 8  # entries kept per kind; older ones are removed so the folder doesn't grow


def content_files(folder: Path) -> list[Path]:
    """Every file under a folder, in a stable order (the inputs of a pack or directory load)."""
    if not folder.is_dir():
        return []
    return sorted(path for path in folder.rglob("*") if path.is_file())


def cache_key(kind: str, files: Iterable[Path], extra: str) -> str:
    digest = hashlib.sha256()
    digest.update(f"{kind}\0{FORMAT}\0{__version__}\0{sys.version}\0{extra}\0".encode())
    for path in files:
        digest.update(str(path).encode("utf-8", "surrogateescape") + b"\0")
        try:
            digest.update(hashlib.sha256(path.read_bytes()).digest())
        except OSError:
            digest.update(b"unreadable")
    return digest.hexdigest()


def cached(
    cache_dir: Path | None,
    kind: str,
    files: Iterable[Path],
    compute: Callable[[], T],
    extra: str = "",
) -> T:
    """`compute()`'s result, from the cache when the same files were loaded before by this version."""
    if cache_dir is None:
        return compute()
    return cached_by_key(cache_dir, kind, cache_key(kind, files, extra), compute)


def cached_by_key(cache_dir: Path, kind: str, key: str, compute: Callable[[], T]) -> T:
    """`cached` for a caller that has made the key itself (to keep more than one thing under it)."""
    stored = read_entry(cache_dir, kind, key)
    if stored is not MISSING:
        return stored  # type: ignore[return-value]
    result = compute()
    write_entry(cache_dir, kind, key, result)
    return result


class _Missing:
    pass


MISSING = _Missing()  # what read_entry returns when nothing is stored under the key


def read_entry(cache_dir: Path, kind: str, key: str) -> object:
    """What is stored under the key, or MISSING."""
    try:
        with collection_paused():
            stored = pickle.loads(_entry_path(cache_dir, kind, key).read_bytes())
    except Exception:  # a missing, damaged or outdated entry just means loading again
        return MISSING
    if isinstance(stored, tuple) and len(stored) == 2 and stored[0] == key:
        return stored[1]
    return MISSING


def write_entry(cache_dir: Path, kind: str, key: str, value: object) -> None:
    try:
        with collection_paused():
            data = pickle.dumps((key, value), protocol=pickle.HIGHEST_PROTOCOL)
        atomic_write_bytes(_entry_path(cache_dir, kind, key), data)
        _prune(cache_dir, kind)
    except (OSError, pickle.PicklingError, TypeError, AttributeError):
        pass  # a read-only or full disk must not stop the app; it is just slower next time


def _entry_path(cache_dir: Path, kind: str, key: str) -> Path:
    return cache_dir / f"{kind}-{key[:40]}.pickle"


def _prune(cache_dir: Path, kind: str) -> None:
    entries = sorted(cache_dir.glob(f"{kind}-*.pickle"), key=lambda p: p.stat().st_mtime, reverse=True)
    for old in entries[KEEP:]:
        old.unlink(missing_ok=True)
