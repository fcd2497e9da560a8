"""The Linux desktop entry and AppStream metadata pass the freedesktop validators; the tarball installer works."""

from __future__ import annotations

import os
import re
import shutil
import subprocess
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[2]
LINUX = REPO / "installer" / "linux"
APP_ID = "org.harbourlight.Harbourlight"
DESKTOP = LINUX / f"{APP_ID}.desktop"
METAINFO = LINUX / f"{APP_ID}.metainfo.xml"


def tool(name: str) -> str:
    path = shutil.which(name)
    if path is None:
        pytest.skip(f"{name} is not installed (tools/setup.sh installs it: desktop-file-utils / appstream)")
    return path


def test_desktop_entry_is_valid() -> None:
    result = subprocess.run([tool("desktop-file-validate"), str(DESKTOP)], capture_output=True, text=True)
    assert result.returncode == 0 and not result.stdout.strip(), result.stdout + result.stderr


def test_appstream_metainfo_is_valid() -> None:
    result = subprocess.run(
        [tool("appstreamcli"), "validate", "--no-net", str(METAINFO)], capture_output=True, text=True
    )
    assert result.returncode == 0, result.stdout + result.stderr


def test_one_application_id_everywhere() -> None:
    assert re.search(rf"<id>{re.escape(APP_ID)}</id>", METAINFO.read_text("utf-8"))
    assert f"Icon={APP_ID}\n" in DESKTOP.read_text("utf-8")
    assert f'APP_ID = "{APP_ID}"' in (REPO / "app" / "harbourlight" / "ui" / "app_icon.py").read_text("utf-8")
    assert f'APP_ID = "{APP_ID}"' in (REPO / "installer" / "harbourlight.spec").read_text("utf-8")
    from harbourlight import __version__

    assert f'<release version="{__version__}"' in METAINFO.read_text("utf-8")  # bump both together


def test_ci_runs_the_documented_linux_build() -> None:
    command = "installer/build-linux --self-test"
    assert command in (REPO / "installer" / "README.md").read_text("utf-8")
    assert command in (REPO / "tools" / "run-tests").read_text("utf-8")


def _fake_tarball(tmp_path: Path) -> Path:
    """The tarball's layout as installer/build-linux makes it, with a stand-in for the frozen app."""
    stage = tmp_path / "harbourlight-0.0.0"
    (stage / "harbourlight").mkdir(parents=True)
    app = stage / "harbourlight" / "harbourlight"
    app.write_text("#!/bin/sh\necho harbourlight ran\n")
    app.chmod(0o755)
    for sub, source in (("applications", DESKTOP), ("metainfo", METAINFO)):
        (stage / "share" / sub).mkdir(parents=True)
        shutil.copy(source, stage / "share" / sub)
    icons = REPO / "app" / "harbourlight" / "ui" / "icons"
    (stage / "share/icons/hicolor/scalable/apps").mkdir(parents=True)
    shutil.copy(icons / "harbourlight.svg", stage / f"share/icons/hicolor/scalable/apps/{APP_ID}.svg")
    for png in icons.glob("harbourlight-*.png"):
        size = png.stem.split("-")[1]
        folder = stage / f"share/icons/hicolor/{size}x{size}/apps"
        folder.mkdir(parents=True)
        shutil.copy(png, folder / f"{APP_ID}.png")
    shutil.copy(LINUX / "install.sh", stage)
    return stage


def test_tarball_installs_for_one_user_and_uninstalls_cleanly(tmp_path: Path) -> None:
    stage = _fake_tarball(tmp_path)
    home = tmp_path / "home"
    env = {**os.environ, "HOME": str(home), "XDG_DATA_HOME": ""}
    subprocess.run(["sh", str(stage / "install.sh")], env=env, check=True, capture_output=True)

    launcher = home / ".local/bin/harbourlight"
    assert subprocess.run([str(launcher)], capture_output=True, text=True).stdout == "harbourlight ran\n"
    entry = home / f".local/share/applications/{APP_ID}.desktop"
    assert f"Exec={home}/.local/opt/harbourlight/harbourlight\n" in entry.read_text("utf-8")
    assert (home / f".local/share/icons/hicolor/48x48/apps/{APP_ID}.png").is_file()
    assert (home / f".local/share/icons/hicolor/scalable/apps/{APP_ID}.svg").is_file()
    if shutil.which("desktop-file-validate"):
        assert subprocess.run(["desktop-file-validate", str(entry)], capture_output=True).returncode == 0

    subprocess.run(["sh", str(stage / "install.sh"), "--uninstall"], env=env, check=True, capture_output=True)
    left = [p for p in home.rglob("*") if p.is_file() and p.name not in ("mimeinfo.cache", "icon-theme.cache")]
    assert left == []
    assert not launcher.exists() and not launcher.is_symlink()
