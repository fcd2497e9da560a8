"""Installing a `.hlpack` into the user's pack library, all or nothing.

Everything happens in a staging folder beside the library: listing checks, extraction with hashes, signature
and trust, the full pack validation. Only a pack that passed all of it is moved in, by renaming folders, and
a pack it replaces is kept until the new one is in place. Any failure leaves the library exactly as it was.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import os
import re
import shutil
import tempfile
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from harbourlight.services.paths import AppPaths
from harbourlight.services.policy import Policy

if TYPE_CHECKING:  # the pack modules are imported where used: start-up only runs recover_interrupted_installs,
    # which needs none of them unless an install was interrupted (YAML and the signature code cost ~40 ms)
    from harbourlight.packs.trust import TrustList, Verdict

STAGING_NAME = ".install-staging"


class InstallError(Exception):
    """The pack was not installed; `code` is stable for tests and the UI, `message` says why."""

    def __init__(self, code: str, message: str):
        super().__init__(message)
        self.code = code
        self.message = message


@dataclass(frozen=True)
class Installed:
    """What an install put in place: the pack, the version it replaced, its signature verdict, and its folder."""

    pack_id: str
    version: str
    title: str
    previous_version: str  # "" when the pack was new
    verdict: Verdict
    target: Path


def shipped_trust(paths: AppPaths) -> TrustList:
    from harbourlight.packs.trust import load_trust_file

    trust, _problems = load_trust_file(paths.content_dir / "trust" / "trusted-keys.yaml")
    return trust


def version_tuple(version: str) -> tuple[int, ...]:
    try:
        return tuple(int(part) for part in version.split("."))
    except ValueError:
        return (0,)


def _pack_yaml_text(pack_dir: Path, key: str) -> str:
    """A text field of a pack folder's pack.yaml; "" when the file or a text under that key is missing or unreadable."""
    from harbourlight.packs.safe_yaml import YamlError, load_file

    try:
        data = load_file(pack_dir / "pack.yaml").data
    except YamlError:
        return ""
    value = data.get(key) if isinstance(data, dict) else None
    return value if isinstance(value, str) else ""


def installed_version(pack_dir: Path) -> str:
    return _pack_yaml_text(pack_dir, "version")


def install_pack(
    archive: Path,
    packs_dir: Path,
    trust: TrustList,
    policy: Policy,
    *,
    allow_unverified: bool = False,
    allow_downgrade: bool = False,
    today: dt.date | None = None,
) -> Installed:
    """Check and install an archive; raises InstallError (and changes nothing) when anything is wrong.
    `allow_unverified` is for tools and tests: the app does not show learners a pack that does not verify
    (services/pack_check.py), so an unsigned pack installed this way stays out of the library."""
    from harbourlight.packs.archive import ArchiveError

    if not policy.allow_import:
        raise InstallError("import-disabled", "installing packs is switched off by the school policy")
    staging_parent = packs_dir.parent / STAGING_NAME
    staging_parent.mkdir(parents=True, exist_ok=True)
    staging = Path(tempfile.mkdtemp(prefix="install-", dir=staging_parent))
    try:
        return _install(archive, packs_dir, staging, trust, policy, allow_unverified, allow_downgrade, today)
    except ArchiveError as exc:
        raise InstallError(exc.code, exc.message) from None
    except OSError as exc:
        raise InstallError("disk", f"the pack could not be written: {exc.strerror or exc}") from None
    finally:
        shutil.rmtree(staging, ignore_errors=True)
        with contextlib.suppress(OSError):
            staging_parent.rmdir()  # only when empty: another install may be running


def _install(
    archive: Path,
    packs_dir: Path,
    staging: Path,
    trust: TrustList,
    policy: Policy,
    allow_unverified: bool,
    allow_downgrade: bool,
    today: dt.date | None,
) -> Installed:
    from harbourlight.packs.archive import open_archive
    from harbourlight.packs.manifest import MANIFEST_NAME, SIGNATURE_NAME
    from harbourlight.packs.trust import BAD_SIGNATURE, check_signature

    unpacked = staging / "pack"
    with open_archive(archive) as checked:
        manifest = checked.manifest
        verdict = check_signature(checked.manifest_bytes, checked.signature_bytes, trust)
        if verdict.status == BAD_SIGNATURE or not (verdict.trusted or allow_unverified):
            raise InstallError(verdict.status, f"{archive.name} was not installed: {verdict.message()}")
        if not policy.allows_pack(manifest.pack_id):
            raise InstallError("not-allowed", f"the school policy does not allow the pack '{manifest.pack_id}'")
        unpacked.mkdir()
        checked.extract_to(unpacked)
        # Keep the manifest and signature beside the content: they record where the pack came from.
        (unpacked / MANIFEST_NAME).write_bytes(checked.manifest_bytes)
        if checked.signature_bytes is not None:
            (unpacked / SIGNATURE_NAME).write_bytes(checked.signature_bytes)
    from harbourlight.packs.pack_loader import load_pack  # here: the full validator is slow to import at start-up

    result = load_pack(unpacked, today)
    if result.errors or result.pack is None:
        shown = "; ".join(p.format() for p in result.errors[:3])
        more = f" (and {len(result.errors) - 3} more)" if len(result.errors) > 3 else ""
        raise InstallError("invalid", f"the pack has errors and was not installed: {shown}{more}")
    pack = result.pack
    if (pack.id, pack.version) != (manifest.pack_id, manifest.version):
        raise InstallError(
            "tampered", "pack.yaml names a different pack or version than MANIFEST.json; the archive was altered"
        )
    target = packs_dir / pack.id
    previous = installed_version(target) if target.exists() else ""
    if previous and version_tuple(pack.version) < version_tuple(previous) and not allow_downgrade:
        raise InstallError(
            "downgrade",
            f"version {previous} of '{pack.id}' is installed; installing the older {pack.version} needs confirmation",
        )
    _swap_in(unpacked, target, staging)
    return Installed(pack.id, pack.version, pack.title, previous, verdict, target)


def _swap_in(new: Path, target: Path, staging: Path) -> None:
    """Two renames; the old folder is moved aside (not deleted) until the new one is in place."""
    target.parent.mkdir(parents=True, exist_ok=True)
    if not target.exists():
        os.rename(new, target)
        return
    aside = staging / "previous"
    os.rename(target, aside)
    try:
        os.rename(new, target)
    except OSError:
        os.rename(aside, target)
        raise


_PACK_ID = re.compile(r"[a-z0-9][a-z0-9-]*")


def recover_interrupted_installs(packs_dir: Path) -> list[str]:
    """After a crash or power cut during an install: a pack that was moved aside but not yet replaced is put
    back, and staging folders left behind are removed. Run once at start-up, before the library is read.
    Returns the ids of the packs put back."""
    staging_parent = packs_dir.parent / STAGING_NAME
    restored: list[str] = []
    if not staging_parent.is_dir():
        return restored
    for staging in sorted(staging_parent.glob("install-*")):
        aside = staging / "previous"
        if aside.is_dir():
            pack_id = installed_id(aside)
            target = packs_dir / pack_id
            if pack_id and not target.exists():
                with contextlib.suppress(OSError):
                    os.rename(aside, target)
                    restored.append(pack_id)
        shutil.rmtree(staging, ignore_errors=True)
    with contextlib.suppress(OSError):
        staging_parent.rmdir()
    return restored


def installed_id(pack_dir: Path) -> str:
    """The id in a pack folder's pack.yaml, if it is a plain pack id (a tampered one cannot point elsewhere)."""
    pack_id = _pack_yaml_text(pack_dir, "id")
    return pack_id if _PACK_ID.fullmatch(pack_id) else ""
