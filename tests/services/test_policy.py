"""The school policy file: absent means no limits, broken means the safest reading and a notice."""

from __future__ import annotations

from pathlib import Path

from harbourlight.packs import signing
from harbourlight.packs.trust import TrustList
from harbourlight.services.policy import load_policy
from pack_archives import trust_for


def _write(tmp_path: Path, text: str) -> Path:
    path = tmp_path / "policy.yaml"
    path.write_text(text, "utf-8")
    return path


def test_no_policy_file_means_no_limits(tmp_path: Path) -> None:
    policy, problems = load_policy(tmp_path / "absent.yaml")
    assert problems == [] and policy.notice == ""
    assert policy.allow_import and policy.allow_author_mode and policy.allows_pack("anything")


def test_a_full_policy_is_read(tmp_path: Path) -> None:
    key = signing.public_of(signing.generate())
    path = _write(
        tmp_path,
        f"""country: "NO"
languages: [nb, en]
allowed_packs: [harbourlight-default, "school-*"]
allowed_publishers: [{key.key_id}]
trusted_keys:
  - id: {key.key_id}
    publisher: County school office
    public_key: {key.text}
allow_import: false
allow_author_mode: false
""",
    )
    policy, problems = load_policy(path)
    assert problems == [] and policy.notice == ""
    assert (policy.country, policy.languages) == ("NO", ("nb", "en"))
    assert policy.allows_pack("school-safety") and not policy.allows_pack("other")
    assert not policy.allow_import and not policy.allow_author_mode
    shipped = trust_for(signing.generate(), "Shipped")
    narrowed = policy.trust(shipped)
    assert [k.publisher for k in narrowed.keys] == ["County school office"]


def test_the_norway_problem_makes_the_policy_unusable_not_wrong(tmp_path: Path) -> None:
    policy, problems = load_policy(_write(tmp_path, "country: NO\n"))
    assert problems and problems[0].line == 1
    assert not policy.allow_import and not policy.allow_author_mode
    assert "could not be used" in policy.notice and "line 1" in policy.notice


def test_a_misspelt_key_is_not_silently_ignored(tmp_path: Path) -> None:
    policy, problems = load_policy(_write(tmp_path, "allow_improt: false\n"))
    assert [p.code for p in problems] == ["unknown-key"]
    assert not policy.allow_import
    assert policy.trust(trust_for(signing.generate())) == TrustList()


def test_a_broken_file_gives_the_safest_policy(tmp_path: Path) -> None:
    policy, problems = load_policy(_write(tmp_path, "country: [\n"))
    assert problems[0].code == "yaml-syntax"
    assert not policy.allow_import and not policy.allow_author_mode
    assert str(tmp_path / "policy.yaml") in policy.notice


def test_a_key_whose_id_does_not_match_is_refused(tmp_path: Path) -> None:
    key = signing.public_of(signing.generate())
    text = f'trusted_keys:\n  - id: "0000000000000000"\n    publisher: X\n    public_key: {key.text}\n'
    policy, problems = load_policy(_write(tmp_path, text))
    assert problems[0].code == "bad-key" and key.key_id in problems[0].hint
    assert not policy.allow_import


def test_the_app_applies_the_policy_locks(tmp_path: Path, app_env: dict[str, str]) -> None:
    from harbourlight.services.context import build_context

    path = _write(tmp_path, 'country: "SE"\nlanguages: [sv]\nallowed_packs: [no-such-pack]\n')
    context = build_context({**app_env, "HARBOURLIGHT_POLICY_FILE": str(path)})
    assert (context.settings.country, context.settings.language) == ("SE", "sv")
    assert context.library.packs == []  # the bundled pack is not on the allowed list
    context.update_settings(band="8-10", country="GB", language="en")
    assert (context.settings.band, context.settings.country, context.settings.language) == ("8-10", "SE", "sv")


def test_the_app_tells_the_user_about_a_broken_policy(tmp_path: Path, app_env: dict[str, str]) -> None:
    from harbourlight.services.context import build_context

    path = _write(tmp_path, "allow_import: maybe\n")
    context = build_context({**app_env, "HARBOURLIGHT_POLICY_FILE": str(path)})
    assert any("could not be used" in notice for notice in context.notices)
    assert not context.policy.allow_import
    assert [p.id for p in context.library.packs] == ["harbourlight-default"]
