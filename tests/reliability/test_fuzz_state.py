"""Settings and progress files, damaged in every way: sound defaults or sound values, a notice, nothing lost.

"Nothing lost" means: after loading, the exact bytes that were on disk still exist, either untouched in
place or kept aside as `<name>.broken-<time>`.
"""

from __future__ import annotations

import json
import tempfile
from pathlib import Path
from typing import Any

from fuzzing import FUZZ, damaged_bytes
from hypothesis import given
from hypothesis import strategies as st

from harbourlight.core.vocabulary import AGE_BANDS
from harbourlight.packs import signing
from harbourlight.services.policy import Policy, load_policy
from harbourlight.services.progress import MAX_NICKNAME, ProgressStore
from harbourlight.services.settings import THEMES, Settings, SettingsStore

json_values: st.SearchStrategy[Any] = st.recursive(
    st.one_of(
        st.none(),
        st.booleans(),
        st.integers(min_value=-(2**80), max_value=2**80),
        st.floats(allow_nan=False),
        st.text(max_size=30),
        st.sampled_from(["8-10", "11-13", "NO", "no", "ß1", "ǅǅ", "dark", "", "\u202e"]),
    ),
    lambda inner: st.one_of(st.lists(inner, max_size=4), st.dictionaries(st.text(max_size=10), inner, max_size=4)),
    max_leaves=15,
)

settings_like = st.fixed_dictionaries(
    {},
    optional={
        "band": json_values,
        "country": json_values,
        "language": json_values,
        "text_scale": json_values,
        "theme": json_values,
        "dyslexia_font": json_values,
        "nickname": json_values,
    },
)
progress_like = st.fixed_dictionaries(
    {},
    optional={
        "version": json_values,
        "profiles": st.one_of(
            json_values,
            st.dictionaries(
                st.text(max_size=40),
                st.one_of(
                    json_values,
                    st.fixed_dictionaries(
                        {},
                        optional={
                            "done": st.one_of(json_values, st.lists(st.text(max_size=8))),
                            "paused": st.one_of(
                                json_values, st.dictionaries(st.text(max_size=8), st.lists(st.text(max_size=8)))
                            ),
                        },
                    ),
                ),
                max_size=3,
            ),
        ),
    },
)


def _encoded(value: Any) -> bytes:
    return json.dumps(value).encode("utf-8")


state_bytes = st.one_of(
    st.binary(max_size=300),
    settings_like.map(_encoded),
    progress_like.map(_encoded),
    json_values.map(_encoded),
    settings_like.map(_encoded).flatmap(lambda b: st.integers(0, len(b)).map(lambda n: b[:n])),  # truncated
    st.integers(1, 100_000).map(lambda n: b"[" * n + b"]" * n),  # deep nesting: recursion in the JSON parser
    st.sampled_from([b"", b"\xef\xbb\xbf{}", b"{}\x00", b"NaN", b'{"band": NaN}', b"\xff\xfe{\x00}\x00"]),
)


def assert_nothing_lost(path: Path, original: bytes) -> None:
    if path.exists():
        assert path.read_bytes() == original, "the file was changed while loading"
        return
    [kept] = list(path.parent.glob(f"{path.name}.broken-*"))
    assert kept.read_bytes() == original, "the damaged file was not kept as it was"


def assert_sound(settings: Settings) -> None:
    assert settings.band in ("", *AGE_BANDS)
    assert settings.country == "" or (len(settings.country) == 2 and settings.country.isascii())
    assert settings.country.isupper() or settings.country == ""
    assert isinstance(settings.text_scale, int) and 100 <= settings.text_scale <= 200
    assert settings.theme in THEMES
    assert isinstance(settings.dyslexia_font, bool) and isinstance(settings.language, str)
    assert isinstance(settings.nickname, str) and len(settings.nickname) <= MAX_NICKNAME


@FUZZ
@given(state_bytes)
def test_any_settings_file_gives_sound_settings_and_loses_nothing(data: bytes) -> None:
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "settings.json"
        path.write_bytes(data)
        store = SettingsStore(path)
        settings = store.load()
        assert_sound(settings)
        assert_nothing_lost(path, data)
        if not path.exists():
            assert settings == Settings() and "kept as settings.json.broken-" in store.notice
        store.save(settings)  # and the app can carry on saving
        assert SettingsStore(path).load() == settings


@FUZZ
@given(state_bytes)
def test_any_progress_file_gives_sound_progress_and_loses_nothing(data: bytes) -> None:
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "progress.json"
        path.write_bytes(data)
        store = ProgressStore(path)
        store.load()
        assert_nothing_lost(path, data)
        if not path.exists():
            assert "kept as progress.json.broken-" in store.notice
        for nickname in ["", *store.nicknames()]:
            progress = store.get(nickname)
            assert all(isinstance(lesson, str) for lesson in progress.done)
            assert all(isinstance(step, str) for path_ in progress.paused.values() for step in path_)
        store.put(store.get().finish("a-lesson"))
        again = ProgressStore(path)
        again.load()
        assert "a-lesson" in again.get().done and not again.notice


_KEY = signing.public_of(signing.generate())
POLICY_SEED = f"""country: "NO"
languages: [nb, en]
allowed_packs: [harbourlight-default, "school-*"]
allowed_publishers: [{_KEY.key_id}]
trusted_keys:
  - id: {_KEY.key_id}
    publisher: County school office
    public_key: {_KEY.text}
allow_import: false
allow_author_mode: false
"""


@FUZZ
@given(st.one_of(damaged_bytes([POLICY_SEED.encode()]), st.binary(max_size=200)))
def test_any_school_policy_file_gives_a_policy_and_a_broken_one_gives_the_safest(data: bytes) -> None:
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "policy.yaml"
        path.write_bytes(data)
        policy, problems = load_policy(path)
        assert isinstance(policy, Policy)
        if data == POLICY_SEED.encode():
            assert not problems and policy.country == "NO"  # the seed itself is a sound policy
        if problems:  # unusable: imports and author mode switched off, and the user is told where the file is wrong
            assert not policy.allow_import and not policy.allow_author_mode
            assert policy.notice and all(p.message.strip() for p in problems)
        assert path.read_bytes() == data  # a school's file is never moved or rewritten by the app
