"""Older schema versions are migrated on load; links are https/tel/sms only; no HTML in text."""

from __future__ import annotations

from pathlib import Path

from harbourlight.packs.pack_loader import load_pack
from pack_archives import TODAY, make_pack

LESSON = "lessons/example-secrets.yaml"


def _edit(path: Path, old: str, new: str) -> None:
    text = path.read_text("utf-8")
    assert old in text
    path.write_text(text.replace(old, new, 1), "utf-8")


def test_a_version_0_pack_is_migrated_and_says_so(tmp_path: Path) -> None:
    folder = make_pack(tmp_path / "pack")
    _edit(folder / "pack.yaml", "schema_version: 1", "schema_version: 0")
    _edit(folder / "pack.yaml", "title:", "name:")
    _edit(folder / LESSON, "duration_minutes: 8", "minutes: 8")
    result = load_pack(folder, TODAY)
    assert result.errors == []
    assert result.pack is not None and result.pack.title == "Test pack"
    assert result.pack.lessons[0].duration_minutes == 8
    assert [p.code for p in result.warnings] == ["schema-migrated"]
    assert result.warnings[0].line == 5  # points at the author's schema_version line


def test_migrated_files_keep_their_positions(tmp_path: Path) -> None:
    folder = make_pack(tmp_path / "pack")
    _edit(folder / "pack.yaml", "schema_version: 1", "schema_version: 0")
    _edit(folder / "pack.yaml", 'title: "Test pack"', "name: 5")
    result = load_pack(folder, TODAY)
    assert [(p.line, p.code) for p in result.errors] == [(7, "wrong-type")]


def test_a_newer_schema_is_refused_with_the_version_needed(tmp_path: Path) -> None:
    folder = make_pack(tmp_path / "pack")
    _edit(folder / "pack.yaml", "schema_version: 1", "schema_version: 7")
    _edit(folder / "pack.yaml", "min_app_version: 0.1.0", "min_app_version: 4.2.0")
    result = load_pack(folder, TODAY)
    assert [p.code for p in result.errors] == ["schema-too-new"]
    assert "needs Harbourlight ≥ 4.2.0" in result.errors[0].hint


def test_a_schema_older_than_any_migration_is_refused(tmp_path: Path) -> None:
    folder = make_pack(tmp_path / "pack")
    _edit(folder / "pack.yaml", "schema_version: 1", "schema_version: -1")
    assert [p.code for p in load_pack(folder, TODAY).errors] == ["schema-too-old"]


def test_links_may_only_be_https_tel_or_sms(tmp_path: Path) -> None:
    folder = make_pack(tmp_path / "pack")
    _edit(
        folder / LESSON,
        "      - If a secret makes you worried, tell a trusted adult.",
        "      - Call [Childline](tel:08001111), text [us](sms:85258) or see [the site](https://example.org).\n"
        "      - Never [this](javascript:alert(1)) or [that](http://example.org) or [file](file:///etc/passwd).",
    )
    result = load_pack(folder, TODAY)
    bad = [p for p in result.errors if p.code == "bad-link"]
    assert [p.message for p in bad] == [
        "the link 'javascript:alert(1' is not allowed",
        "the link 'http://example.org' is not allowed",
        "the link 'file:///etc/passwd' is not allowed",
    ]
    assert {p.file for p in bad} == {LESSON}
    assert {p.line for p in bad} == {36}


def test_html_is_refused_in_text(tmp_path: Path) -> None:
    folder = make_pack(tmp_path / "pack")
    _edit(folder / "pack.yaml", 'description: "', 'description: "<b>Bold</b> ')
    result = load_pack(folder, TODAY)
    assert [(p.code, p.file, p.line) for p in result.errors] == [("html", "pack.yaml", 8)]
    folder2 = make_pack(tmp_path / "pack2")
    _edit(folder2 / LESSON, "Sam and his sister", "Sam <3 his sister and 2 < 3 >")
    assert load_pack(folder2, TODAY).errors == []  # hearts and comparisons are not HTML
