"""Installing packs is all or nothing: every hostile archive is refused with its own message, and the
library is byte-for-byte what it was before."""

from __future__ import annotations

import os
import stat
import zipfile
from pathlib import Path

import pytest

from harbourlight.packs import signing
from harbourlight.services.installer import InstallError, install_pack, installed_id, installed_version
from harbourlight.services.policy import Policy
from pack_archives import PNG, TODAY, add_entry, built, replace_with_manifest, rewrite, tree_hash, trust_for

LESSON = "lessons/example-secrets.yaml"


@pytest.fixture(scope="module")
def key():  # type: ignore[no-untyped-def]
    return signing.generate()


@pytest.fixture
def library(tmp_path: Path, key) -> Path:  # type: ignore[no-untyped-def]
    """A user library that already holds one installed pack."""
    packs = tmp_path / "data" / "packs"
    install_pack(built(tmp_path, key, "already-here"), packs, trust_for(key), Policy(), today=TODAY)
    return packs


def _install(archive: Path, packs: Path, key, **kwargs) -> None:  # type: ignore[no-untyped-def]
    install_pack(
        archive, packs, kwargs.pop("trust", trust_for(key)), kwargs.pop("policy", Policy()), today=TODAY, **kwargs
    )


def _refused(archive: Path, packs: Path, key, code: str, words: str, **kwargs) -> None:  # type: ignore[no-untyped-def]
    before = tree_hash(packs)
    with pytest.raises(InstallError) as caught:
        _install(archive, packs, key, **kwargs)
    assert caught.value.code == code, caught.value.message
    assert words in caught.value.message
    assert tree_hash(packs) == before
    assert not (packs.parent / ".install-staging").exists()


def _entry(name: str, mode: int = 0o100644) -> zipfile.ZipInfo:
    info = zipfile.ZipInfo(name, date_time=(1980, 1, 1, 0, 0, 0))
    info.create_system = 3
    info.external_attr = mode << 16
    info.compress_type = zipfile.ZIP_DEFLATED
    return info


def test_a_signed_pack_installs_and_is_readable(tmp_path: Path, library: Path, key) -> None:  # type: ignore[no-untyped-def]
    done = install_pack(built(tmp_path, key), library, trust_for(key), Policy(), today=TODAY)
    assert (done.pack_id, done.version, done.previous_version) == ("test-pack", "1.0.0", "")
    assert done.verdict.trusted
    assert (library / "test-pack" / "pack.yaml").is_file()
    assert (library / "test-pack" / LESSON).is_file()


def test_path_traversal_is_refused(tmp_path: Path, library: Path, key) -> None:  # type: ignore[no-untyped-def]
    evil = add_entry(built(tmp_path, key), tmp_path / "evil.hlpack", _entry("../escaped.yaml"), b"x: 1\n")
    _refused(evil, library, key, "unsafe-path", "climbs out of the pack")
    assert not (library.parent / "escaped.yaml").exists()


def test_absolute_path_is_refused(tmp_path: Path, library: Path, key) -> None:  # type: ignore[no-untyped-def]
    evil = add_entry(built(tmp_path, key), tmp_path / "evil.hlpack", _entry("/tmp/escaped.yaml"), b"x: 1\n")
    _refused(evil, library, key, "unsafe-path", "absolute path")


@pytest.mark.parametrize("name", ["lessons/nul.yaml", "lessons/a.yaml:stream", "lessons/a.yaml.", "media\\x.png"])
def test_names_other_systems_cannot_store_are_refused(tmp_path: Path, library: Path, key, name: str) -> None:  # type: ignore[no-untyped-def]
    evil = add_entry(built(tmp_path, key), tmp_path / "evil.hlpack", _entry(name), b"x: 1\n")
    _refused(evil, library, key, "unsafe-path", "name")


def test_symlink_is_refused(tmp_path: Path, library: Path, key) -> None:  # type: ignore[no-untyped-def]
    link = _entry("lessons/link.yaml", stat.S_IFLNK | 0o777)
    evil = add_entry(built(tmp_path, key), tmp_path / "evil.hlpack", link, b"../../../etc/passwd")
    _refused(evil, library, key, "special-file", "symbolic link")


def test_device_file_is_refused(tmp_path: Path, library: Path, key) -> None:  # type: ignore[no-untyped-def]
    device = _entry("lessons/dev.yaml", stat.S_IFCHR | 0o644)
    evil = add_entry(built(tmp_path, key), tmp_path / "evil.hlpack", device, b"")
    _refused(evil, library, key, "special-file", "device")


def test_zip_bomb_is_refused(tmp_path: Path, library: Path, key) -> None:  # type: ignore[no-untyped-def]
    bomb = PNG + b"\x00" * (4 * 1024 * 1024)  # compresses about 1000:1
    evil = add_entry(built(tmp_path, key), tmp_path / "evil.hlpack", _entry("media/bomb.png"), bomb, key)
    _refused(evil, library, key, "zip-bomb", "zip bomb")


def test_oversized_file_is_refused(tmp_path: Path, library: Path, key) -> None:  # type: ignore[no-untyped-def]
    big = _entry("media/big.png")
    big.compress_type = zipfile.ZIP_STORED
    evil = add_entry(built(tmp_path, key), tmp_path / "evil.hlpack", big, PNG + os.urandom(6 * 1024 * 1024))
    _refused(evil, library, key, "too-large", "image files may be at most")


def test_a_file_changed_after_signing_is_refused(tmp_path: Path, library: Path, key) -> None:  # type: ignore[no-untyped-def]
    signed = built(tmp_path, key)
    with zipfile.ZipFile(signed) as zf:
        text = zf.read(LESSON).replace(b"Sam", b"Max")
    evil = rewrite(signed, tmp_path / "evil.hlpack", {LESSON: text})
    _refused(evil, library, key, "tampered", f"'{LESSON}' was changed after the pack was built")


def test_a_manifest_changed_after_signing_fails_the_signature(tmp_path: Path, library: Path, key) -> None:  # type: ignore[no-untyped-def]
    signed = built(tmp_path, key)
    with zipfile.ZipFile(signed) as zf:
        text = zf.read(LESSON).replace(b"Sam", b"Max")
    forged = replace_with_manifest(signed, tmp_path / "forged.hlpack", LESSON, text)
    _refused(forged, library, key, "bad-signature", "signature does not match")


def test_a_pack_signed_with_an_unknown_key_is_refused(tmp_path: Path, library: Path, key) -> None:  # type: ignore[no-untyped-def]
    stranger = signing.generate()
    _refused(built(tmp_path, stranger), library, key, "unknown-key", "not on the list of trusted publishers")


def test_a_truncated_archive_is_refused(tmp_path: Path, library: Path, key) -> None:  # type: ignore[no-untyped-def]
    signed = built(tmp_path, key)
    cut = tmp_path / "cut.hlpack"
    cut.write_bytes(signed.read_bytes()[: signed.stat().st_size // 2])
    _refused(cut, library, key, "damaged", "not a complete pack archive")


def test_an_unsigned_pack_is_refused_outside_author_mode(tmp_path: Path, library: Path, key) -> None:  # type: ignore[no-untyped-def]
    _refused(built(tmp_path, None), library, key, "unsigned", "not signed")


def test_an_unsigned_pack_installs_when_unverified_packs_are_allowed(tmp_path: Path, library: Path, key) -> None:  # type: ignore[no-untyped-def]
    done = install_pack(built(tmp_path, None), library, trust_for(key), Policy(), allow_unverified=True, today=TODAY)
    assert not done.verdict.trusted
    assert (library / "test-pack" / "pack.yaml").is_file()


def test_html_and_scripts_are_refused(tmp_path: Path, library: Path, key) -> None:  # type: ignore[no-untyped-def]
    evil = add_entry(built(tmp_path, key), tmp_path / "evil.hlpack", _entry("media/page.html"), b"<script>", key)
    _refused(evil, library, key, "bad-file", "no HTML, scripts or programs")


def test_a_picture_that_is_not_a_picture_is_refused(tmp_path: Path, library: Path, key) -> None:  # type: ignore[no-untyped-def]
    evil = add_entry(built(tmp_path, key), tmp_path / "evil.hlpack", _entry("media/x.png"), b"MZ\x90\x00" * 8, key)
    _refused(evil, library, key, "bad-file", "does not contain PNG data")


def test_a_file_missing_from_the_manifest_is_refused(tmp_path: Path, library: Path, key) -> None:  # type: ignore[no-untyped-def]
    signed = built(tmp_path, key)
    evil = rewrite(signed, tmp_path / "evil.hlpack", {"media/extra.png": PNG})
    _refused(evil, library, key, "tampered", "is not in MANIFEST.json")


def test_a_pack_with_schema_errors_is_refused(tmp_path: Path, library: Path, key) -> None:  # type: ignore[no-untyped-def]
    from harbourlight.packs.archive import archive_bytes, make_manifest
    from harbourlight.packs.trust import signature_document

    signed = built(tmp_path, key)
    with zipfile.ZipFile(signed) as zf:
        files = [(n, zf.read(n)) for n in zf.namelist() if n not in ("MANIFEST.json", "SIGNATURE.json")]
    files = [(n, d.replace(b"kind: summary", b"kind: summry")) for n, d in files]
    manifest = make_manifest("test-pack", "1.0.0", files)
    broken = tmp_path / "broken.hlpack"
    broken.write_bytes(archive_bytes(manifest, files, signature_document(key, manifest.to_bytes(), "Test NGO")))
    _refused(broken, library, key, "invalid", "did you mean 'summary'")


def test_import_switched_off_by_policy(tmp_path: Path, library: Path, key) -> None:  # type: ignore[no-untyped-def]
    _refused(built(tmp_path, key), library, key, "import-disabled", "school policy", policy=Policy(allow_import=False))


def test_pack_not_allowed_by_policy(tmp_path: Path, library: Path, key) -> None:  # type: ignore[no-untyped-def]
    policy = Policy(allowed_packs=("harbourlight-*",))
    _refused(built(tmp_path, key), library, key, "not-allowed", "does not allow the pack 'test-pack'", policy=policy)


def test_a_newer_version_replaces_the_old_one(tmp_path: Path, library: Path, key) -> None:  # type: ignore[no-untyped-def]
    _install(built(tmp_path, key, version="1.0.0"), library, key)
    done = install_pack(built(tmp_path, key, version="1.1.0"), library, trust_for(key), Policy(), today=TODAY)
    assert (done.previous_version, done.version) == ("1.0.0", "1.1.0")
    assert "version: 1.1.0" in (library / "test-pack" / "pack.yaml").read_text("utf-8")
    assert sorted(p.name for p in library.iterdir()) == ["already-here", "test-pack"]


def test_a_downgrade_needs_confirmation(tmp_path: Path, library: Path, key) -> None:  # type: ignore[no-untyped-def]
    _install(built(tmp_path, key, version="2.0.0"), library, key)
    older = built(tmp_path, key, version="1.0.0")
    _refused(older, library, key, "downgrade", "needs confirmation")
    done = install_pack(older, library, trust_for(key), Policy(), allow_downgrade=True, today=TODAY)
    assert (done.previous_version, done.version) == ("2.0.0", "1.0.0")


def test_a_failed_swap_puts_the_old_pack_back(tmp_path: Path, library: Path, key, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    _install(built(tmp_path, key, version="1.0.0"), library, key)
    before = tree_hash(library)
    real_rename = os.rename
    calls = []

    def failing_second_rename(src, dst):  # type: ignore[no-untyped-def]
        calls.append((src, dst))
        if len(calls) == 2:
            raise OSError(28, "No space left on device")
        return real_rename(src, dst)

    monkeypatch.setattr(os, "rename", failing_second_rename)
    with pytest.raises(InstallError) as caught:
        _install(built(tmp_path, key, version="1.1.0"), library, key)
    assert caught.value.code == "disk"
    assert tree_hash(library) == before


@pytest.mark.parametrize(
    ("manifest", "pack_id", "version"),
    [
        ("id: my-pack\nversion: 1.2.0\n", "my-pack", "1.2.0"),
        ("id: ../../elsewhere\nversion: 2\n", "", ""),  # a tampered id points nowhere; a number is not a version
        ("- a list, not a mapping\n", "", ""),
        ("id: [unclosed\n", "", ""),
        (None, "", ""),  # no pack.yaml at all
    ],
)
def test_an_installed_pack_folder_says_its_id_and_version_or_nothing(
    tmp_path: Path, manifest: str | None, pack_id: str, version: str
) -> None:
    if manifest is not None:
        (tmp_path / "pack.yaml").write_text(manifest, encoding="utf-8")
    assert (installed_id(tmp_path), installed_version(tmp_path)) == (pack_id, version)
