"""The publisher's side: build a pack folder into an archive, sign it, and verify an archive as a reviewer."""

from __future__ import annotations

import datetime as dt
import tempfile
from dataclasses import dataclass, field
from pathlib import Path

from harbourlight.packs import signing
from harbourlight.packs.archive import ArchiveError, archive_bytes, collect_files, make_manifest, open_archive
from harbourlight.packs.pack_loader import load_pack
from harbourlight.packs.problems import Problem
from harbourlight.packs.trust import TrustList, Verdict, check_signature, signature_document


def build_archive(pack_dir: Path, today: dt.date | None = None) -> tuple[bytes, str, str]:
    """The archive bytes, pack id and version; refuses a pack with validation errors or forbidden files."""
    result = load_pack(pack_dir, today)
    if result.errors or result.pack is None:
        first = result.errors[0].format() if result.errors else "the pack could not be read"
        raise ArchiveError("invalid", f"fix the pack's errors first ('harbourlight-pack validate'): {first}")
    files = [(rel, path.read_bytes()) for rel, path in collect_files(pack_dir)]
    manifest = make_manifest(result.pack.id, result.pack.version, files)
    return archive_bytes(manifest, files), result.pack.id, result.pack.version


def sign_archive(archive: Path, private: signing.PrivateKey, publisher: str) -> bytes:
    """The same archive with SIGNATURE.json over its manifest; every file is checked against it first."""
    with open_archive(archive) as checked:
        files = [(entry.path, checked.read(entry)) for entry in checked.manifest.files]
        signature = signature_document(private, checked.manifest_bytes, publisher)
        return archive_bytes(checked.manifest, files, signature)


@dataclass
class Report:
    pack_id: str = ""
    version: str = ""
    files: int = 0
    verdict: Verdict = field(default_factory=lambda: Verdict("unsigned"))
    problems: list[Problem] = field(default_factory=list)  # validation errors of the unpacked pack


def verify_archive(archive: Path, trust: TrustList, today: dt.date | None = None) -> Report:
    """Hashes, data-only rules, signature and trust, and the full pack validation. Raises ArchiveError."""
    with open_archive(archive) as checked, tempfile.TemporaryDirectory(prefix="harbourlight-verify-") as tmp:
        checked.extract_to(Path(tmp))
        report = Report(checked.manifest.pack_id, checked.manifest.version, len(checked.manifest.files))
        report.verdict = check_signature(checked.manifest_bytes, checked.signature_bytes, trust)
        report.problems = load_pack(Path(tmp), today).errors
    return report
