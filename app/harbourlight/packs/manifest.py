"""MANIFEST.json: the pack's id and version and every file's size and SHA-256, in a canonical byte form.

The manifest is what a publisher signs, so its bytes must be the same wherever it is written: keys sorted,
files sorted by path, UTF-8, one trailing newline.
"""

from __future__ import annotations

import hashlib
import json
from dataclasses import dataclass
from typing import Any

MANIFEST_NAME = "MANIFEST.json"
SIGNATURE_NAME = "SIGNATURE.json"
FORMAT = "harbourlight-pack-manifest"
FORMAT_VERSION = 1
MAX_MANIFEST_BYTES = 2 * 1024 * 1024


class ManifestProblem(Exception):
    pass


@dataclass(frozen=True)
class FileEntry:
    path: str
    size: int
    sha256: str


@dataclass(frozen=True)
class Manifest:
    pack_id: str
    version: str
    files: tuple[FileEntry, ...]

    def to_bytes(self) -> bytes:
        doc = {
            "format": FORMAT,
            "format_version": FORMAT_VERSION,
            "pack": {"id": self.pack_id, "version": self.version},
            "files": [{"path": f.path, "size": f.size, "sha256": f.sha256} for f in self.files],
        }
        return (json.dumps(doc, sort_keys=True, indent=2, ensure_ascii=False) + "\n").encode("utf-8")

    def by_path(self) -> dict[str, FileEntry]:
        return {f.path: f for f in self.files}

    @classmethod
    def from_bytes(cls, data: bytes) -> Manifest:
        try:
            doc: Any = json.loads(data.decode("utf-8"))
        except (UnicodeDecodeError, ValueError):
            raise ManifestProblem("MANIFEST.json is not valid JSON") from None
        try:
            if doc["format"] != FORMAT or doc["format_version"] != FORMAT_VERSION:
                raise ManifestProblem("MANIFEST.json is in a format this version of Harbourlight does not know")
            files = tuple(FileEntry(str(f["path"]), int(f["size"]), str(f["sha256"]).lower()) for f in doc["files"])
            return cls(str(doc["pack"]["id"]), str(doc["pack"]["version"]), files)
        except (KeyError, TypeError, ValueError):
            raise ManifestProblem("MANIFEST.json is missing fields or has values of the wrong type") from None


def sha256_hex(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()
