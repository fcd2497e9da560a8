"""Packs are data only: which files may be in a pack, and that media files are what their names say.

An archive may hold YAML, PO catalogs and their template, plain-text notes, PNG/JPEG/WebP pictures and
OGG/MP3/WAV voiceover.
Anything else (HTML, scripts, executables, unknown types) is refused, so a pack can never carry code.
Media are recognised by their first bytes, not trusted by their extension.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from pathlib import PurePosixPath

IMAGE_MAX_BYTES = 5 * 1024 * 1024
AUDIO_MAX_BYTES = 20 * 1024 * 1024
TEXT_MAX_BYTES = 2 * 1024 * 1024  # the same cap the YAML reader applies
# A catalog holds every text of every lesson with its English and comments: the default pack's 33 lessons make
# ~1 MB a language, so a pack of a few hundred lessons needs more than a lesson file's cap.
CATALOG_MAX_BYTES = 32 * 1024 * 1024


@dataclass(frozen=True)
class FileKind:
    name: str  # "text", "image" or "audio"
    max_bytes: int


TEXT = FileKind("text", TEXT_MAX_BYTES)
CATALOG = FileKind("text", CATALOG_MAX_BYTES)
IMAGE = FileKind("image", IMAGE_MAX_BYTES)
AUDIO = FileKind("audio", AUDIO_MAX_BYTES)

KINDS: dict[str, FileKind] = {
    ".yaml": TEXT,
    ".yml": TEXT,
    ".po": CATALOG,
    ".pot": CATALOG,  # the translation template beside the catalogs
    ".md": TEXT,
    ".txt": TEXT,
    ".png": IMAGE,
    ".jpg": IMAGE,
    ".jpeg": IMAGE,
    ".webp": IMAGE,
    ".ogg": AUDIO,
    ".mp3": AUDIO,
    ".wav": AUDIO,
}


def kind_of(path: str) -> FileKind | None:
    """The kind of file a pack path names, or None when such a file may not be in a pack."""
    return KINDS.get(PurePosixPath(path).suffix.lower())


def _is_mp3(head: bytes) -> bool:
    # An ID3 tag, or an MPEG audio frame header (11 sync bits set).
    return head.startswith(b"ID3") or (len(head) >= 2 and head[0] == 0xFF and head[1] & 0xE0 == 0xE0)


def _is_png(head: bytes) -> bool:
    return head.startswith(b"\x89PNG\r\n\x1a\n")


def _is_jpeg(head: bytes) -> bool:
    return head.startswith(b"\xff\xd8\xff")


def _is_webp(head: bytes) -> bool:
    return head[:4] == b"RIFF" and head[8:12] == b"WEBP"


def _is_ogg(head: bytes) -> bool:
    return head.startswith(b"OggS")


def _is_wav(head: bytes) -> bool:
    return head[:4] == b"RIFF" and head[8:12] == b"WAVE"


_MAGIC: dict[str, Callable[[bytes], bool]] = {
    ".png": _is_png,
    ".jpg": _is_jpeg,
    ".jpeg": _is_jpeg,
    ".webp": _is_webp,
    ".ogg": _is_ogg,
    ".mp3": _is_mp3,
    ".wav": _is_wav,
}

HEAD_BYTES = 16  # enough for every signature above


def content_problem(path: str, head: bytes, size: int) -> str:
    """Why this file may not be in a pack ("" when it may). `head` is the file's first HEAD_BYTES bytes."""
    kind = kind_of(path)
    suffix = PurePosixPath(path).suffix.lower()
    if kind is None:
        return (
            f"'{path}' is not allowed in a pack: only YAML, PO/POT, Markdown/text, PNG/JPEG/WebP pictures and "
            "OGG/MP3/WAV audio may be included (no HTML, scripts or programs)"
        )
    if size > kind.max_bytes:
        return f"'{path}' is {size:,} bytes; {kind.name} files may be at most {kind.max_bytes:,} bytes"
    check = _MAGIC.get(suffix)
    if check is not None and not check(head):
        return f"'{path}' does not contain {suffix[1:].upper()} data (its first bytes say otherwise)"
    if kind is TEXT and b"\x00" in head:
        return f"'{path}' is not a text file"
    return ""
