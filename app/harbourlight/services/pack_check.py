"""Checking an installed pack again when the library is read: the files still match the manifest they were
installed with, and the signature is by a publisher trusted now (the school policy may have changed).

A pack folder copied into the library by hand, edited after installing, or from a publisher the policy no
longer allows is not shown to learners. Only the user pack library is checked; bundled packs ship with the app.
"""

from __future__ import annotations

import hashlib
from pathlib import Path
from typing import TYPE_CHECKING

from harbourlight.services.paths import AppPaths
from harbourlight.services.policy import Policy

if TYPE_CHECKING:
    from harbourlight.packs.trust import TrustList

CHUNK = 1024 * 1024


def _sha256(path: Path) -> str:
    digest = hashlib.sha256()
    with path.open("rb") as handle:
        while chunk := handle.read(CHUNK):
            digest.update(chunk)
    return digest.hexdigest()


def installed_pack_problem(pack_dir: Path, trust: TrustList) -> str:
    """Why this installed pack must not be used ("" when it may)."""
    # Imported here: start-up without installed packs never loads the signature code.
    from harbourlight.packs.manifest import MANIFEST_NAME, SIGNATURE_NAME, Manifest, ManifestProblem
    from harbourlight.packs.trust import check_signature

    try:
        manifest_bytes = (pack_dir / MANIFEST_NAME).read_bytes()
        manifest = Manifest.from_bytes(manifest_bytes)
    except OSError:
        return "it was not installed from a pack archive"
    except ManifestProblem as exc:
        return str(exc)
    listed = manifest.by_path()
    present = {p.relative_to(pack_dir).as_posix() for p in pack_dir.rglob("*") if p.is_file() or p.is_symlink()} - {
        MANIFEST_NAME,
        SIGNATURE_NAME,
    }
    if present != set(listed):
        changed = sorted(present ^ set(listed))[0]
        return f"'{changed}' was added or removed after the pack was installed"
    for entry in manifest.files:
        path = pack_dir / entry.path
        try:
            same = not path.is_symlink() and path.stat().st_size == entry.size and _sha256(path) == entry.sha256
        except OSError:
            same = False
        if not same:
            return f"'{entry.path}' was changed after the pack was installed"
    signature_path = pack_dir / SIGNATURE_NAME
    try:
        signature = signature_path.read_bytes() if signature_path.is_file() else None
    except OSError:
        signature = None
    verdict = check_signature(manifest_bytes, signature, trust)
    return "" if verdict.trusted else verdict.message()


class InstalledPackCheck:
    """`load_library(check=…)`: user-installed packs must still verify; other folders pass."""

    def __init__(self, paths: AppPaths, policy: Policy):
        self.user_packs_dir = paths.user_packs_dir
        self.paths = paths
        self.policy = policy
        self._trust: TrustList | None = None

    def __call__(self, pack_dir: Path) -> str:
        if pack_dir.parent != self.user_packs_dir:
            return ""
        if self._trust is None:
            from harbourlight.services.installer import shipped_trust

            self._trust = self.policy.trust(shipped_trust(self.paths))
        return installed_pack_problem(pack_dir, self._trust)
