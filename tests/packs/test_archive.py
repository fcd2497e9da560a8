"""Building, signing and verifying `.hlpack` archives."""

from __future__ import annotations

import shutil
import stat
import zipfile
from pathlib import Path

import pytest

from harbourlight.packs import datafiles, signing
from harbourlight.packs.archive import ArchiveError
from harbourlight.packs.manifest import Manifest
from harbourlight.packs.publish import build_archive, sign_archive, verify_archive
from harbourlight.packs.trust import TrustList
from pack_archives import PNG, TODAY, built, make_pack, trust_for


def test_the_same_folder_always_builds_the_same_bytes(tmp_path: Path) -> None:
    first = make_pack(tmp_path / "a" / "pack")
    (first / "media" / "cover.png").write_bytes(PNG)
    second = tmp_path / "elsewhere" / "pack"
    shutil.copytree(first, second)
    (second / "pack.yaml").touch()  # a newer modification time must not matter
    assert build_archive(first, TODAY)[0] == build_archive(second, TODAY)[0]


def test_entries_are_sorted_with_fixed_dates_and_permissions(tmp_path: Path) -> None:
    folder = make_pack(tmp_path / "pack")
    (folder / "media" / "b.png").write_bytes(PNG)
    (folder / "media" / "a.png").write_bytes(PNG)
    (folder / ".git").mkdir()
    (folder / ".git" / "config").write_text("x")
    (folder / ".DS_Store").write_bytes(b"\x00")
    archive = tmp_path / "p.hlpack"
    archive.write_bytes(build_archive(folder, TODAY)[0])
    with zipfile.ZipFile(archive) as zf:
        infos = zf.infolist()
        assert [i.filename for i in infos] == [
            "MANIFEST.json",
            "lessons/example-secrets.yaml",
            "media/a.png",
            "media/b.png",
            "pack.yaml",
        ]
        assert {i.date_time for i in infos} == {(1980, 1, 1, 0, 0, 0)}
        assert {i.external_attr >> 16 for i in infos} == {0o100644}
        manifest = Manifest.from_bytes(zf.read("MANIFEST.json"))
    assert (manifest.pack_id, manifest.version) == ("test-pack", "1.0.0")
    assert [f.path for f in manifest.files] == [
        "lessons/example-secrets.yaml",
        "media/a.png",
        "media/b.png",
        "pack.yaml",
    ]
    assert manifest.by_path()["media/a.png"].size == len(PNG)


def test_build_refuses_a_pack_with_errors(tmp_path: Path) -> None:
    folder = make_pack(tmp_path / "pack")
    lesson = folder / "lessons" / "example-secrets.yaml"
    lesson.write_text(lesson.read_text("utf-8").replace('band: "8-10"', 'band: "9-10"'), "utf-8")
    with pytest.raises(ArchiveError, match="fix the pack's errors first"):
        build_archive(folder, TODAY)


def test_build_refuses_html_scripts_and_links(tmp_path: Path) -> None:
    folder = make_pack(tmp_path / "pack")
    (folder / "media" / "page.html").write_text("<p>hi</p>")
    (folder / "media" / "run.sh").write_text("echo hi")
    with pytest.raises(ArchiveError) as caught:
        build_archive(folder, TODAY)
    assert "media/page.html" in caught.value.message and "media/run.sh" in caught.value.message
    (folder / "media" / "page.html").unlink()
    (folder / "media" / "run.sh").unlink()
    (folder / "media" / "link.png").symlink_to(folder / "pack.yaml")
    with pytest.raises(ArchiveError, match="is a link"):
        build_archive(folder, TODAY)


def test_sign_then_verify(tmp_path: Path) -> None:
    key = signing.generate()
    archive = built(tmp_path, key)
    report = verify_archive(archive, trust_for(key), TODAY)
    assert report.verdict.trusted
    assert report.problems == []
    assert (report.pack_id, report.version, report.files) == ("test-pack", "1.0.0", 2)
    assert verify_archive(archive, TrustList(), TODAY).verdict.status == "unknown-key"


def test_signing_is_reproducible_too(tmp_path: Path) -> None:
    key = signing.generate()
    archive = built(tmp_path, None)
    assert sign_archive(archive, key, "Test NGO") == sign_archive(archive, key, "Test NGO")


def test_signing_refuses_an_archive_changed_after_building(tmp_path: Path) -> None:
    archive = built(tmp_path, None)
    with zipfile.ZipFile(archive) as zf:
        files = {n: zf.read(n) for n in zf.namelist()}
    files["pack.yaml"] += b"# changed\n"
    with zipfile.ZipFile(archive, "w") as zf:
        for name, data in files.items():
            zf.writestr(name, data)
    with pytest.raises(ArchiveError, match="was changed after the pack was built"):
        sign_archive(archive, signing.generate(), "x")


@pytest.mark.parametrize(
    ("name", "head", "ok"),
    [
        ("media/a.png", PNG, True),
        ("media/a.jpg", b"\xff\xd8\xff\xe0" + b"\x00" * 12, True),
        ("media/a.webp", b"RIFF\x00\x00\x00\x00WEBPVP8 ", True),
        ("media/a.ogg", b"OggS" + b"\x00" * 12, True),
        ("media/a.mp3", b"ID3\x04" + b"\x00" * 12, True),
        ("media/a.wav", b"RIFF\x00\x00\x00\x00WAVEfmt ", True),
        ("media/a.png", b"\xff\xd8\xff\xe0" + b"\x00" * 12, False),
        ("media/a.wav", b"RIFF\x00\x00\x00\x00WEBPVP8 ", False),
        ("media/a.svg", b"<svg>", False),
        ("media/a.js", b"alert(1)", False),
        ("lessons/a.yaml", b"id: a\x00", False),
    ],
)
def test_media_must_be_what_their_names_say(name: str, head: bytes, ok: bool) -> None:
    assert (datafiles.content_problem(name, head, len(head)) == "") is ok


def test_media_size_caps() -> None:
    assert "at most" in datafiles.content_problem("media/a.png", PNG, datafiles.IMAGE_MAX_BYTES + 1)
    assert datafiles.content_problem("media/a.ogg", b"OggS", datafiles.AUDIO_MAX_BYTES) == ""
    # A big pack's catalog may outgrow a lesson file's cap (the default pack's are ~1 MB a language)
    catalog_size = 3 * datafiles.TEXT_MAX_BYTES
    assert datafiles.content_problem("locales/nb/pack.po", b'msgid ""', catalog_size) == ""
    assert "at most" in datafiles.content_problem("lessons/a.yaml", b"id: a", catalog_size)
    assert "at most" in datafiles.content_problem("locales/nb/pack.po", b'msgid ""', datafiles.CATALOG_MAX_BYTES + 1)


def test_the_private_key_file_is_for_its_owner_only(tmp_path: Path) -> None:
    public = signing.write_key_pair(tmp_path / "keys" / "ngo.key", "NGO")
    assert stat.S_IMODE((tmp_path / "keys" / "ngo.key").stat().st_mode) == 0o600
    assert public.key_id in (tmp_path / "keys" / "ngo.key.pub").read_text("utf-8")
    with pytest.raises(FileExistsError):
        signing.write_key_pair(tmp_path / "keys" / "ngo.key", "NGO")
    private = signing.load_private(tmp_path / "keys" / "ngo.key")
    assert signing.public_of(private) == public


def test_the_default_pack_builds_signs_and_installs(tmp_path: Path) -> None:
    from harbourlight.services.installer import install_pack
    from harbourlight.services.policy import Policy

    default = Path(__file__).resolve().parents[2] / "content" / "packs" / "default"
    key = signing.generate()
    archive = tmp_path / "default.hlpack"
    archive.write_bytes(build_archive(default, TODAY)[0])
    archive.write_bytes(sign_archive(archive, key, "Harbourlight project"))
    done = install_pack(archive, tmp_path / "packs", trust_for(key), Policy(), today=TODAY)
    assert (done.pack_id, done.verdict.trusted) == ("harbourlight-default", True)
    assert len(list((tmp_path / "packs" / "harbourlight-default" / "lessons").glob("*.yaml"))) == len(
        list((default / "lessons").glob("*.yaml"))
    )


def test_folder_problems_name_what_build_would_refuse(tmp_path: Path) -> None:
    from harbourlight.packs.archive import folder_problems

    folder = make_pack(tmp_path / "pack")
    assert folder_problems(folder) == []
    (folder / "media" / "notes.html").write_text("<p>x</p>")
    (folder / "media" / "fake.png").write_text("not a picture")
    problems = folder_problems(folder)
    assert [(p.file, p.code) for p in problems] == [
        ("media/fake.png", "file-not-allowed"),
        ("media/notes.html", "file-not-allowed"),
    ]
