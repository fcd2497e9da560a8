"""Helpers for archive and install tests: a tiny valid pack, keys, and hand-made (hostile) zips."""

from __future__ import annotations

import datetime as dt
import hashlib
import os
import zipfile
from pathlib import Path

from harbourlight.packs import signing
from harbourlight.packs.manifest import MANIFEST_NAME, SIGNATURE_NAME
from harbourlight.packs.publish import build_archive, sign_archive
from harbourlight.packs.scaffold import scaffold
from harbourlight.packs.trust import TrustedKey, TrustList

CONTENT = Path(__file__).resolve().parents[1] / "content"
TODAY = dt.date(2026, 11, 23)
PNG = b"\x89PNG\r\n\x1a\n" + b"\x00" * 64


def make_pack(folder: Path, pack_id: str = "test-pack", version: str = "1.0.0") -> Path:
    scaffold(folder, pack_id, "Test pack", "Test NGO", CONTENT / "schema", TODAY)
    manifest = folder / "pack.yaml"
    manifest.write_text(manifest.read_text("utf-8").replace("\nversion: 0.1.0", f"\nversion: {version}"), "utf-8")
    return folder


def trust_for(key: signing.PrivateKey, publisher: str = "Test NGO") -> TrustList:
    public = signing.public_of(key)
    return TrustList((TrustedKey(public.key_id, publisher, public),))


def built(tmp: Path, key: signing.PrivateKey | None, pack_id: str = "test-pack", version: str = "1.0.0") -> Path:
    """A built (and, with a key, signed) archive of a fresh tiny pack."""
    folder = make_pack(tmp / f"src-{pack_id}-{version}", pack_id, version)
    data, _id, _version = build_archive(folder, TODAY)
    path = tmp / f"{pack_id}-{version}.hlpack"
    path.write_bytes(data)
    if key is not None:
        path.write_bytes(sign_archive(path, key, "Test NGO"))
    return path


def rewrite(source: Path, target: Path, change: dict[str, bytes | None]) -> Path:
    """Copy an archive, replacing (bytes) or dropping (None) entries, keeping everything else as is."""
    with zipfile.ZipFile(source) as zin, zipfile.ZipFile(target, "w", zipfile.ZIP_DEFLATED) as zout:
        for info in zin.infolist():
            if info.filename in change:
                data = change.pop(info.filename)
                if data is not None:
                    zout.writestr(info, data)
            else:
                zout.writestr(info, zin.read(info))
        for name, data in change.items():
            if data is not None:
                zout.writestr(name, data)
    return target


def add_entry(
    source: Path, target: Path, info: zipfile.ZipInfo, data: bytes, key: signing.PrivateKey | None = None
) -> Path:
    """Copy an archive and add one entry listed in the manifest, as a careless or hostile publisher would;
    with a key the new manifest is signed, so only the content checks can catch it."""
    import json

    from harbourlight.packs.trust import signature_document

    with zipfile.ZipFile(source) as zin:
        manifest = json.loads(zin.read(MANIFEST_NAME))
        manifest["files"].append({"path": info.filename, "size": len(data), "sha256": hashlib.sha256(data).hexdigest()})
        manifest_bytes = json.dumps(manifest).encode()
        with zipfile.ZipFile(target, "w", zipfile.ZIP_DEFLATED) as zout:
            for item in zin.infolist():
                if item.filename == MANIFEST_NAME:
                    zout.writestr(item, manifest_bytes)
                elif item.filename != SIGNATURE_NAME:
                    zout.writestr(item, zin.read(item))
            if key is not None:
                zout.writestr(SIGNATURE_NAME, signature_document(key, manifest_bytes, "Test NGO"))
            zout.writestr(info, data)
    return target


def replace_with_manifest(source: Path, target: Path, name: str, data: bytes) -> Path:
    """Change one file and its manifest entry but keep the old signature, as a forger without the key would."""
    import json

    with zipfile.ZipFile(source) as zin:
        manifest = json.loads(zin.read(MANIFEST_NAME))
        for entry in manifest["files"]:
            if entry["path"] == name:
                entry.update(size=len(data), sha256=hashlib.sha256(data).hexdigest())
        with zipfile.ZipFile(target, "w", zipfile.ZIP_DEFLATED) as zout:
            for item in zin.infolist():
                if item.filename == MANIFEST_NAME:
                    zout.writestr(item, json.dumps(manifest).encode())
                elif item.filename == name:
                    zout.writestr(item, data)
                else:
                    zout.writestr(item, zin.read(item))
    return target


def tree_hash(folder: Path) -> str:
    """Names, types and contents of everything under a folder (missing folder hashes as empty)."""
    digest = hashlib.sha256()
    if not folder.exists():
        return digest.hexdigest()
    for dirpath, dirnames, filenames in sorted(os.walk(folder)):
        dirnames.sort()
        rel = Path(dirpath).relative_to(folder).as_posix()
        digest.update(f"D {rel}\n".encode())
        for name in sorted(filenames):
            path = Path(dirpath) / name
            digest.update(f"F {rel}/{name} {path.is_symlink()}\n".encode())
            if not path.is_symlink():
                digest.update(path.read_bytes())
    return digest.hexdigest()
