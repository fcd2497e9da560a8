"""The NGO workflow from the README, end to end on the command line: new → validate → build → keygen → sign
→ verify → install on another profile → it appears; a tampered copy is refused."""

from __future__ import annotations

import io
import os
import zipfile
from pathlib import Path

import pytest

from harbourlight.cli.pack import main
from harbourlight.services.library import load_library
from pack_archives import rewrite


def run(*args: str) -> tuple[int, str]:
    out = io.StringIO()
    code = main(
        [
            *args,
            *(["--today", "2026-11-23"] if args[0] in ("new", "build", "stats", "diff", "verify", "install") else []),
        ],
        out,
    )
    return code, out.getvalue()


@pytest.fixture
def profile(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    monkeypatch.setenv("HARBOURLIGHT_DATA_DIR", str(tmp_path / "other-profile" / "data"))
    monkeypatch.setenv("HARBOURLIGHT_CONFIG_DIR", str(tmp_path / "other-profile" / "config"))
    monkeypatch.setenv("HARBOURLIGHT_POLICY_FILE", str(tmp_path / "policy.yaml"))
    return tmp_path / "other-profile" / "data" / "packs"


def test_new_pack_to_installed_pack(tmp_path: Path, profile: Path) -> None:
    pack = tmp_path / "my-pack"
    assert (
        run("new", str(pack), "--id", "my-ngo-pack", "--title", "Staying safe: online", "--publisher", "My NGO")[0] == 0
    )
    assert "yaml-language-server: $schema=" in (pack / "pack.yaml").read_text("utf-8")
    code, text = run("validate", str(pack))
    assert code == 0, text
    code, text = run("stats", str(pack))
    assert code == 0 and "8-10: 1" in text and "story: 1" in text
    archive = tmp_path / "my.hlpack"
    assert run("build", str(pack), "-o", str(archive))[0] == 0
    key = tmp_path / "keys" / "ngo.key"
    assert run("keygen", str(key), "--publisher", "My NGO")[0] == 0
    code, text = run("sign", str(archive), "--key", str(key))
    assert code == 0 and "signed with key" in text

    code, text = run("verify", str(archive))
    assert code == 2 and "not on the list of trusted publishers" in text
    code, text = run("install", str(archive))
    assert code == 1 and "not installed" in text
    assert not profile.exists()

    # The other profile's school trusts the NGO's key through its policy file.
    public = (tmp_path / "keys" / "ngo.key.pub").read_text("utf-8")
    entry = "".join(f"    {line}\n" if i else f"  - {line}\n" for i, line in enumerate(public.splitlines()[1:]))
    (tmp_path / "policy.yaml").write_text("trusted_keys:\n" + entry, "utf-8")
    code, text = run("verify", str(archive))
    assert code == 0 and "signed by My NGO" in text
    code, text = run("install", str(archive))
    assert code == 0, text
    library = load_library([profile], tmp_path / "no-helplines")
    assert [p.id for p in library.packs] == ["my-ngo-pack"]
    assert library.packs[0].title == "Staying safe: online"
    from harbourlight.services.context import build_context

    app = build_context(os.environ)  # the app on that profile, with its policy: the pack is there
    assert [p.id for p in app.library.packs] == ["harbourlight-default", "my-ngo-pack"]
    assert app.notices == []

    with zipfile.ZipFile(archive) as zf:
        lesson = zf.read("lessons/example-secrets.yaml").replace(b"a teacher", b"nobody")
    tampered = rewrite(archive, tmp_path / "tampered.hlpack", {"lessons/example-secrets.yaml": lesson})
    code, text = run("verify", str(tampered))
    assert code == 1 and "was changed after the pack was built" in text
    code, text = run("install", str(tampered))
    assert code == 1 and "was changed after the pack was built" in text


def test_diff_for_reviewers(tmp_path: Path) -> None:
    old, new = tmp_path / "old", tmp_path / "new"
    run("new", str(old), "--id", "p", "--title", "P")
    run("new", str(new), "--id", "p", "--title", "P")
    lesson = new / "lessons" / "example-secrets.yaml"
    lesson.write_text(lesson.read_text("utf-8").replace("Sam and his sister", "Sam and his brother"), "utf-8")
    (new / "lessons" / "second.yaml").write_text(lesson.read_text("utf-8").replace("id: example-secrets", "id: second"))
    code, text = run("diff", str(old), str(new))
    assert code == 0
    assert "+ lesson second" in text
    assert "~ lesson example-secrets: steps changed: story" in text
    assert "version did not go up" in text


def test_install_is_refused_when_the_policy_switches_it_off(tmp_path: Path, profile: Path) -> None:
    (tmp_path / "policy.yaml").write_text("allow_import: false\n", "utf-8")
    code, text = run("install", str(tmp_path / "x.hlpack"))
    assert code == 1 and "switched off by the school policy" in text


def test_new_refuses_a_folder_that_is_not_empty(tmp_path: Path) -> None:
    (tmp_path / "busy").mkdir()
    (tmp_path / "busy" / "notes.txt").write_text("mine")
    code, text = run("new", str(tmp_path / "busy"), "--id", "p", "--title", "P")
    assert code == 1 and "not empty" in text
    assert (tmp_path / "busy" / "notes.txt").read_text() == "mine"


def test_validate_reports_files_that_build_would_refuse(tmp_path: Path) -> None:
    pack = tmp_path / "p"
    run("new", str(pack), "--id", "p", "--title", "P")
    (pack / "media" / "run.js").write_text("alert(1)")
    code, text = run("validate", str(pack))
    assert code == 1
    assert "media/run.js: error: 'media/run.js' is not allowed in a pack" in text


def test_build_and_sign_write_the_archive_atomically(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    pack, archive = tmp_path / "my-pack", tmp_path / "out" / "my.hlpack"
    assert run("new", str(pack), "--id", "my-ngo-pack", "--title", "Staying safe", "--publisher", "My NGO")[0] == 0
    stale = archive.parent / f".{archive.name}.crashed.tmp"  # left by a build that was killed long ago
    stale.parent.mkdir()
    stale.write_bytes(b"half an archive")
    os.utime(stale, (0, 0))
    assert run("build", str(pack), "-o", str(archive))[0] == 0
    assert [p.name for p in archive.parent.iterdir()] == ["my.hlpack"]
    built = archive.read_bytes()
    key = tmp_path / "ngo.key"
    assert run("keygen", str(key), "--publisher", "My NGO")[0] == 0

    def fail(*_args: object) -> None:
        raise OSError("disk full")

    monkeypatch.setattr("harbourlight.services.atomic.os.replace", fail)
    with pytest.raises(OSError):
        run("sign", str(archive), "--key", str(key))
    assert archive.read_bytes() == built  # the unsigned archive is untouched, and no half-written one is left
    assert [p.name for p in archive.parent.iterdir()] == ["my.hlpack"]
