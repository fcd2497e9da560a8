"""Installed packs are checked again whenever the library is read: a pack edited after installing, copied in by
hand, or from a publisher the policy no longer trusts is not shown, and the user is told."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from harbourlight.packs import signing
from harbourlight.services.context import AppContext, build_context
from harbourlight.services.installer import install_pack
from harbourlight.services.policy import Policy
from pack_archives import TODAY, built, make_pack, trust_for


@pytest.fixture
def key():  # type: ignore[no-untyped-def]
    return signing.generate()


def _policy_trusting(tmp_path: Path, key, extra: str = "") -> Path:  # type: ignore[no-untyped-def]
    public = signing.public_of(key)
    path = tmp_path / "policy.yaml"
    path.write_text(
        f'trusted_keys:\n  - id: "{public.key_id}"\n    publisher: Test NGO\n    public_key: "{public.text}"\n{extra}',
        "utf-8",
    )
    return path


def _context(app_env: dict[str, str], policy: Path) -> AppContext:
    return build_context({**app_env, "HARBOURLIGHT_POLICY_FILE": str(policy)})


def _installed(tmp_path: Path, app_env: dict[str, str], key) -> Path:  # type: ignore[no-untyped-def]
    packs = Path(app_env["HARBOURLIGHT_DATA_DIR"]) / "packs"
    install_pack(built(tmp_path, key), packs, trust_for(key), Policy(), today=TODAY)
    return packs / "test-pack"


def _pack_ids(context: AppContext) -> list[str]:
    return [p.id for p in context.library.packs]


def test_a_signed_installed_pack_is_shown(tmp_path: Path, app_env: dict[str, str], key) -> None:  # type: ignore[no-untyped-def]
    _installed(tmp_path, app_env, key)
    context = _context(app_env, _policy_trusting(tmp_path, key))
    assert _pack_ids(context) == ["harbourlight-default", "test-pack"]
    assert context.notices == []


def test_a_pack_edited_after_installing_is_not_shown(tmp_path: Path, app_env: dict[str, str], key) -> None:  # type: ignore[no-untyped-def]
    lesson = _installed(tmp_path, app_env, key) / "lessons" / "example-secrets.yaml"
    lesson.write_text(lesson.read_text("utf-8").replace("a teacher", "nobody"), "utf-8")
    context = _context(app_env, _policy_trusting(tmp_path, key))
    assert _pack_ids(context) == ["harbourlight-default"]
    assert context.notices == [
        "The lesson pack “test-pack” is not shown: it was changed after it was installed, or its publisher is no "
        "longer trusted. An adult can install it again."
    ]
    assert any("'lessons/example-secrets.yaml' was changed" in p.message for p in context.library.problems)


def test_a_file_added_after_installing_is_noticed(tmp_path: Path, app_env: dict[str, str], key) -> None:  # type: ignore[no-untyped-def]
    pack = _installed(tmp_path, app_env, key)
    shutil.copy(pack / "lessons" / "example-secrets.yaml", pack / "lessons" / ".hidden.yaml")
    context = _context(app_env, _policy_trusting(tmp_path, key))
    assert _pack_ids(context) == ["harbourlight-default"]
    assert any("'lessons/.hidden.yaml' was added or removed" in p.message for p in context.library.problems)


def test_a_folder_copied_in_by_hand_is_not_shown(tmp_path: Path, app_env: dict[str, str], key) -> None:  # type: ignore[no-untyped-def]
    make_pack(Path(app_env["HARBOURLIGHT_DATA_DIR"]) / "packs" / "test-pack")
    context = _context(app_env, _policy_trusting(tmp_path, key))
    assert _pack_ids(context) == ["harbourlight-default"]
    assert any("not installed from a pack archive" in p.message for p in context.library.problems)


def test_a_publisher_the_policy_no_longer_allows_is_not_shown(tmp_path: Path, app_env: dict[str, str], key) -> None:  # type: ignore[no-untyped-def]
    _installed(tmp_path, app_env, key)
    context = _context(app_env, _policy_trusting(tmp_path, key, "allowed_publishers: []\n"))
    assert _pack_ids(context) == ["harbourlight-default"]
    assert any("not on the list of trusted publishers" in p.message for p in context.library.problems)
