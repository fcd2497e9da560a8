"""`.hlpack` archives: a zip of the pack folder plus MANIFEST.json (and SIGNATURE.json once signed).

Writing is reproducible (sorted entries, fixed 1980-01-01 timestamps and permissions, fixed compression),
so the same folder always gives the same bytes and reviewers can compare hashes.

Reading trusts nothing in the file: every entry name, type, size and compression ratio is checked before a
byte is extracted, and the real bytes are counted and hashed while they are read, because zip headers can lie.
"""

from __future__ import annotations

import contextlib
import hashlib
import io
import os
import stat
import zipfile
from collections.abc import Iterator
from pathlib import Path, PurePosixPath

from harbourlight.packs import datafiles
from harbourlight.packs.manifest import (
    MANIFEST_NAME,
    MAX_MANIFEST_BYTES,
    SIGNATURE_NAME,
    FileEntry,
    Manifest,
    ManifestProblem,
    sha256_hex,
)
from harbourlight.packs.problems import ERROR, Problem

MAX_FILES = 5_000
MAX_TOTAL_BYTES = 200 * 1024 * 1024
MAX_RATIO = 100  # uncompressed / compressed, for entries big enough to matter
RATIO_MIN_BYTES = 1024 * 1024
FIXED_DATE = (1980, 1, 1, 0, 0, 0)
FILE_MODE = 0o100644
COMPRESS_LEVEL = 9
CHUNK = 64 * 1024
SPECIAL = (MANIFEST_NAME, SIGNATURE_NAME)


class ArchiveError(Exception):
    """A pack archive was refused; `code` is stable for tests, the message is for people."""

    def __init__(self, code: str, message: str):
        super().__init__(message)
        self.code = code
        self.message = message


# --- building -------------------------------------------------------------------------------------------


def _scan(pack_dir: Path) -> tuple[list[tuple[str, Path]], list[tuple[str, str]]]:
    """The files that go into an archive, sorted, and (path, reason) for each that may not.
    Hidden files and folders (.git, .DS_Store) are left out."""
    found: list[tuple[str, Path]] = []
    refused: list[tuple[str, str]] = []
    for dirpath, dirnames, filenames in os.walk(pack_dir, followlinks=False):
        dirnames[:] = sorted(d for d in dirnames if not d.startswith("."))
        for dirname in dirnames:
            if (Path(dirpath) / dirname).is_symlink():
                rel = Path(dirpath, dirname).relative_to(pack_dir).as_posix()
                refused.append((rel, f"'{rel}' is a link; copy the real folder in"))
        dirnames[:] = [d for d in dirnames if not (Path(dirpath) / d).is_symlink()]
        for name in sorted(filenames):
            if name.startswith("."):
                continue
            full = Path(dirpath) / name
            rel = full.relative_to(pack_dir).as_posix()
            if rel in SPECIAL:
                continue  # written fresh by the builder
            if full.is_symlink() or not full.is_file():
                refused.append((rel, f"'{rel}' is a link or special file; packs hold plain files only"))
                continue
            with full.open("rb") as handle:
                head = handle.read(datafiles.HEAD_BYTES)
            reason = datafiles.content_problem(rel, head, full.stat().st_size)
            if reason:
                refused.append((rel, reason))
            else:
                found.append((rel, full))
    return sorted(found), refused


def collect_files(pack_dir: Path) -> list[tuple[str, Path]]:
    """Every file that goes into the archive, sorted; raises ArchiveError naming every file that may not."""
    found, refused = _scan(pack_dir)
    if refused:
        raise ArchiveError("bad-file", "; ".join(reason for _rel, reason in refused))
    return found


def folder_problems(pack_dir: Path) -> list[Problem]:
    """Files in a pack folder that building would refuse, as located problems (for validate and Author mode)."""
    _found, refused = _scan(pack_dir)
    hint = "remove it from the pack folder, or hide it by starting its name with a dot"
    return [Problem(rel, 0, 0, reason, ERROR, hint, "file-not-allowed") for rel, reason in refused]


def make_manifest(pack_id: str, version: str, files: list[tuple[str, bytes]]) -> Manifest:
    entries = tuple(FileEntry(rel, len(data), sha256_hex(data)) for rel, data in sorted(files))
    return Manifest(pack_id, version, entries)


def _info(name: str) -> zipfile.ZipInfo:
    info = zipfile.ZipInfo(name, date_time=FIXED_DATE)
    info.compress_type = zipfile.ZIP_DEFLATED
    info.create_system = 3  # unix, so the permission bits below mean the same everywhere
    info.external_attr = FILE_MODE << 16
    return info


def archive_bytes(manifest: Manifest, files: list[tuple[str, bytes]], signature: bytes | None = None) -> bytes:
    """The archive for these files; the same arguments always give the same bytes."""
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", compression=zipfile.ZIP_DEFLATED, compresslevel=COMPRESS_LEVEL) as zf:
        zf.writestr(_info(MANIFEST_NAME), manifest.to_bytes(), compresslevel=COMPRESS_LEVEL)
        if signature is not None:
            zf.writestr(_info(SIGNATURE_NAME), signature, compresslevel=COMPRESS_LEVEL)
        for rel, data in sorted(files):
            zf.writestr(_info(rel), data, compresslevel=COMPRESS_LEVEL)
    return buffer.getvalue()


# --- reading --------------------------------------------------------------------------------------------


def _name_problem(name: str) -> str:
    if not name or "\\" in name or "\x00" in name or any(ord(c) < 32 for c in name):
        return f"the archive holds an entry with an unusable name {name!r}"
    if name.startswith("/") or (len(name) > 1 and name[1] == ":"):
        return f"the archive holds an absolute path '{name}'; a pack may only write inside its own folder"
    parts = PurePosixPath(name.rstrip("/")).parts
    if ".." in parts:
        return f"the archive holds a path that climbs out of the pack ('{name}'); it was refused"
    if any(part in ("", ".") for part in name.rstrip("/").split("/")):
        return f"the archive holds an entry with an unusable name {name!r}"
    # Names Windows cannot store, or would store as something else (ADS streams, devices, trailing dots).
    for part in name.rstrip("/").split("/"):
        if ":" in part or part.endswith((".", " ")) or part.split(".")[0].upper() in _WINDOWS_DEVICES:
            return f"the archive holds an entry with a name Windows cannot use {name!r}"
    return ""


_WINDOWS_DEVICES = {"CON", "PRN", "AUX", "NUL", *(f"COM{i}" for i in range(10)), *(f"LPT{i}" for i in range(10))}


def _type_problem(info: zipfile.ZipInfo) -> str:
    mode = info.external_attr >> 16
    if info.create_system == 3 and mode:
        if stat.S_ISLNK(mode):
            return f"'{info.filename}' is a symbolic link; packs may not contain links"
        file_type = stat.S_IFMT(mode)  # 0 when the tool wrote permissions only (Python's zipfile does)
        if file_type and file_type not in (stat.S_IFREG, stat.S_IFDIR):
            return f"'{info.filename}' is a device or other special file; packs hold plain files only"
    if info.flag_bits & 0x1:
        return f"'{info.filename}' is encrypted; packs are not encrypted"
    if info.compress_type not in (zipfile.ZIP_STORED, zipfile.ZIP_DEFLATED):
        return f"'{info.filename}' uses a compression method Harbourlight does not read"
    return ""


class CheckedArchive:
    """An archive whose listing and manifest passed every check; files are verified as they are read."""

    def __init__(self, zf: zipfile.ZipFile, manifest_bytes: bytes, signature_bytes: bytes | None):
        self.zip = zf
        self.manifest_bytes = manifest_bytes
        self.signature_bytes = signature_bytes
        try:
            self.manifest = Manifest.from_bytes(manifest_bytes)
        except ManifestProblem as exc:
            raise ArchiveError("bad-manifest", str(exc)) from None

    def _stream(self, info: zipfile.ZipInfo, limit: int) -> Iterator[bytes]:
        total = 0
        try:
            with self.zip.open(info) as source:
                while chunk := source.read(CHUNK):
                    total += len(chunk)
                    if total > limit or total > info.file_size:
                        raise ArchiveError(
                            "zip-bomb", f"'{info.filename}' expands to more than the archive says; it was refused"
                        )
                    yield chunk
        except (zipfile.BadZipFile, EOFError, OSError, ValueError, NotImplementedError) as exc:
            raise ArchiveError(
                "damaged", f"the archive is damaged or incomplete ({exc}); download or copy it again"
            ) from None

    def read(self, entry: FileEntry) -> bytes:
        """A file's bytes, after checking them against the manifest."""
        data = b"".join(self._stream(self.zip.getinfo(entry.path), entry.size))
        self._verify(entry, len(data), hashlib.sha256(data).hexdigest(), data[: datafiles.HEAD_BYTES])
        return data

    def extract_to(self, target: Path) -> None:
        """Write every manifest file under `target` (which must be empty), verifying each one."""
        for entry in self.manifest.files:
            destination = target.joinpath(*PurePosixPath(entry.path).parts)
            destination.parent.mkdir(parents=True, exist_ok=True)
            digest = hashlib.sha256()
            size = 0
            head = b""
            with destination.open("xb") as out:
                for chunk in self._stream(self.zip.getinfo(entry.path), entry.size):
                    if len(head) < datafiles.HEAD_BYTES:
                        head += chunk[: datafiles.HEAD_BYTES - len(head)]
                    digest.update(chunk)
                    size += len(chunk)
                    out.write(chunk)
            self._verify(entry, size, digest.hexdigest(), head)

    def _verify(self, entry: FileEntry, size: int, sha256: str, head: bytes) -> None:
        if size != entry.size or sha256 != entry.sha256:
            raise ArchiveError(
                "tampered",
                f"'{entry.path}' was changed after the pack was built: it does not match MANIFEST.json",
            )
        reason = datafiles.content_problem(entry.path, head, size)
        if reason:
            raise ArchiveError("bad-file", reason)


def _check_listing(zf: zipfile.ZipFile) -> dict[str, zipfile.ZipInfo]:
    infos = zf.infolist()
    if len(infos) > MAX_FILES:
        raise ArchiveError("too-many-files", f"the archive holds {len(infos):,} entries; at most {MAX_FILES:,}")
    files: dict[str, zipfile.ZipInfo] = {}
    folded: set[str] = set()
    total = 0
    for info in infos:
        name = info.filename
        reason = _name_problem(name) or _type_problem(info)
        if reason:
            code = "unsafe-path" if "path" in reason or "name" in reason else "special-file"
            raise ArchiveError(code, reason)
        if info.is_dir():
            continue
        if name in files or name.casefold() in folded:
            raise ArchiveError(
                "duplicate", f"'{name}' appears twice in the archive (names must differ in more than case)"
            )
        files[name] = info
        folded.add(name.casefold())
        if info.file_size >= RATIO_MIN_BYTES and info.file_size > MAX_RATIO * max(info.compress_size, 1):
            raise ArchiveError(
                "zip-bomb",
                f"'{name}' is compressed more than {MAX_RATIO}:1 ({info.compress_size:,} → {info.file_size:,} bytes), "
                "which is how zip bombs work; it was refused",
            )
        if name not in SPECIAL:
            kind = datafiles.kind_of(name)
            if kind is None:
                raise ArchiveError("bad-file", datafiles.content_problem(name, b"", 0))
            if info.file_size > kind.max_bytes:
                raise ArchiveError(
                    "too-large",
                    f"'{name}' is {info.file_size:,} bytes; {kind.name} files may be at most {kind.max_bytes:,}",
                )
        total += info.file_size
        if total > MAX_TOTAL_BYTES:
            raise ArchiveError("too-large", f"the pack unpacks to more than {MAX_TOTAL_BYTES // (1024 * 1024)} MB")
    return files


def _read_small(zf: zipfile.ZipFile, info: zipfile.ZipInfo) -> bytes:
    if info.file_size > MAX_MANIFEST_BYTES:
        raise ArchiveError("too-large", f"{info.filename} is too large")
    try:
        with zf.open(info) as source:
            data = source.read(MAX_MANIFEST_BYTES + 1)
    except (zipfile.BadZipFile, EOFError, OSError, ValueError, NotImplementedError) as exc:
        raise ArchiveError(
            "damaged", f"the archive is damaged or incomplete ({exc}); download or copy it again"
        ) from None
    if len(data) > MAX_MANIFEST_BYTES:
        raise ArchiveError("zip-bomb", f"{info.filename} expands to more than the archive says")
    return data


@contextlib.contextmanager
def open_archive(path: Path) -> Iterator[CheckedArchive]:
    """Open and check an archive; raises ArchiveError with a specific message for anything unsafe."""
    try:
        size = path.stat().st_size
    except OSError as exc:
        raise ArchiveError("unreadable", f"could not read {path.name}: {exc.strerror or exc}") from None
    if size > MAX_TOTAL_BYTES:
        raise ArchiveError("too-large", f"{path.name} is larger than {MAX_TOTAL_BYTES // (1024 * 1024)} MB")
    try:
        zf = zipfile.ZipFile(path)
    except (zipfile.BadZipFile, EOFError, OSError, ValueError) as exc:
        raise ArchiveError(
            "damaged",
            f"{path.name} is not a complete pack archive ({exc}); it may not have finished downloading or copying",
        ) from None
    with zf:
        files = _check_listing(zf)
        if MANIFEST_NAME not in files:
            raise ArchiveError(
                "no-manifest", "the archive has no MANIFEST.json; build it with 'harbourlight-pack build'"
            )
        manifest_bytes = _read_small(zf, files[MANIFEST_NAME])
        signature = _read_small(zf, files[SIGNATURE_NAME]) if SIGNATURE_NAME in files else None
        checked = CheckedArchive(zf, manifest_bytes, signature)
        listed = checked.manifest.by_path()
        present = {name for name in files if name not in SPECIAL}
        extra = sorted(present - set(listed))
        missing = sorted(set(listed) - present)
        if extra:
            raise ArchiveError(
                "tampered", f"'{extra[0]}' was added after the pack was built: it is not in MANIFEST.json"
            )
        if missing:
            raise ArchiveError("tampered", f"'{missing[0]}' is listed in MANIFEST.json but missing from the archive")
        for entry in checked.manifest.files:
            if files[entry.path].file_size != entry.size:
                raise ArchiveError(
                    "tampered", f"'{entry.path}' was changed after the pack was built: its size does not match"
                )
        yield checked
