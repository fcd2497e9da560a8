"""Installing a pack killed with SIGKILL at random moments: after the start-up recovery the library holds the
old or the new version of the pack, complete and valid, and nothing half-installed."""

from __future__ import annotations

import os
import random
from pathlib import Path

import pytest
from test_crash_safety import fork_and_kill

from harbourlight.packs.pack_loader import load_pack
from harbourlight.packs.trust import TrustList
from harbourlight.services.installer import STAGING_NAME, install_pack, recover_interrupted_installs
from harbourlight.services.policy import Policy
from pack_archives import TODAY, built

pytestmark = pytest.mark.skipif(not hasattr(os, "fork"), reason="SIGKILL and fork are POSIX")

KILLS = int(os.environ.get("HARBOURLIGHT_INSTALL_KILLS", "60"))
VERSIONS = ("1.0.0", "2.0.0")


def installed_version(packs: Path) -> str:
    result = load_pack(packs / "test-pack", TODAY)
    assert result.pack is not None and not result.errors, [p.format() for p in result.errors]
    return result.pack.version


def test_pack_install_survives_sigkill_at_random_points(tmp_path: Path) -> None:
    archives = [built(tmp_path, None, "test-pack", version) for version in VERSIONS]
    packs = tmp_path / "data" / "packs"
    install_pack(archives[0], packs, TrustList(()), Policy(), allow_unverified=True, today=TODAY)
    rng = random.Random(42)
    for _ in range(KILLS):
        before = installed_version(packs)
        index = VERSIONS.index(before)

        def install_next(i: int) -> int:
            install_pack(
                archives[(i + 1) % 2], packs, TrustList(()), Policy(), allow_unverified=True, allow_downgrade=True
            )
            return i + 1

        reported = [VERSIONS[i % 2] for i in fork_and_kill(install_next, index, rng, pause=0.08)]
        assert reported[0] != before  # the writer really alternates versions
        recover_interrupted_installs(packs)  # what the app does at start-up
        # Old or new, complete and valid: the one last reported, or the next one if its swap had finished.
        assert installed_version(packs) in VERSIONS
        assert [p.name for p in packs.iterdir()] == ["test-pack"], "something half-installed is in the library"
        assert not (packs.parent / STAGING_NAME).exists()


def test_recovery_puts_back_a_pack_moved_aside_by_an_interrupted_install(tmp_path: Path) -> None:
    archives = [built(tmp_path, None, "test-pack", version) for version in VERSIONS]
    packs = tmp_path / "data" / "packs"
    install_pack(archives[0], packs, TrustList(()), Policy(), allow_unverified=True, today=TODAY)
    staging = packs.parent / STAGING_NAME / "install-crashed"
    staging.mkdir(parents=True)
    os.rename(packs / "test-pack", staging / "previous")  # the crash came between the two renames
    assert recover_interrupted_installs(packs) == ["test-pack"]
    assert installed_version(packs) == "1.0.0" and not (packs.parent / STAGING_NAME).exists()


def test_recovery_ignores_a_tampered_id_that_points_outside_the_library(tmp_path: Path) -> None:
    packs = tmp_path / "data" / "packs"
    aside = packs.parent / STAGING_NAME / "install-x" / "previous"
    aside.mkdir(parents=True)
    (aside / "pack.yaml").write_text("id: ../../escape\n", encoding="utf-8")
    assert recover_interrupted_installs(packs) == []
    assert not (tmp_path / "escape").exists() and not (packs.parent / STAGING_NAME).exists()
