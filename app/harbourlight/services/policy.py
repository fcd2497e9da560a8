"""The school policy file: settings IT can lock for every user of a machine.

The file is optional. When it exists but cannot be read or holds anything unexpected (even one misspelt key),
the app does not guess: it runs with the safest reading (no installing packs, no Author mode, no extra keys)
and says so, because a silently ignored `allow_import: false` would be worse than a locked feature.
"""

from __future__ import annotations

import fnmatch
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:  # imported where used: most machines have no policy file, so start-up skips YAML and crypto
    from harbourlight.packs.problems import Problem
    from harbourlight.packs.safe_yaml import LoadedYaml
    from harbourlight.packs.trust import TrustedKey, TrustList

KNOWN_KEYS = (
    "country",
    "languages",
    "allowed_packs",
    "allowed_publishers",
    "trusted_keys",
    "allow_import",
    "allow_author_mode",
)


@dataclass(frozen=True)
class Policy:
    """The school policy's locks; the defaults, used when there is no policy file, lock nothing."""

    country: str = ""  # "" = the learner chooses
    languages: tuple[str, ...] = ()  # () = every UI language
    allowed_packs: tuple[str, ...] | None = None  # pack id patterns; None = any pack
    allowed_publishers: tuple[str, ...] | None = None  # key ids; None = every trusted key
    trusted_keys: tuple[TrustedKey, ...] = ()
    allow_import: bool = True
    allow_author_mode: bool = True
    source: str = ""  # the file it came from, "" when there is none
    notice: str = ""  # told to the user when the file was unusable

    def allows_pack(self, pack_id: str) -> bool:
        if self.allowed_packs is None:
            return True
        return any(fnmatch.fnmatchcase(pack_id, pattern) for pattern in self.allowed_packs)

    def trust(self, shipped: TrustList) -> TrustList:
        """The shipped keys plus the policy's own, narrowed to the allowed publishers."""
        combined = shipped.with_keys(self.trusted_keys)
        return combined if self.allowed_publishers is None else combined.only(self.allowed_publishers)


def safest(source: str, reason: str) -> Policy:
    return Policy(
        allowed_publishers=(),
        allow_import=False,
        allow_author_mode=False,
        source=source,
        notice=f"The school policy file {source} could not be used ({reason}). Installing packs and Author mode "
        "are switched off until it is fixed.",
    )


def _strings(loaded: LoadedYaml, key: str, problems: list[Problem]) -> tuple[str, ...] | None:
    value = loaded.data.get(key)
    if value is None:
        return None
    if not isinstance(value, list) or not all(isinstance(v, str) for v in value):
        problems.append(loaded.problem((key,), f"'{key}' should be a list of text", "", "wrong-type"))
        return None
    return tuple(value)


def _flag(loaded: LoadedYaml, key: str, problems: list[Problem]) -> bool:
    value = loaded.data.get(key, True)
    if not isinstance(value, bool):
        problems.append(loaded.problem((key,), f"'{key}' should be true or false", "", "wrong-type"))
        return False
    return value


def parse_policy(loaded: LoadedYaml, source: str) -> tuple[Policy, list[Problem]]:
    problems: list[Problem] = []
    data: Any = loaded.data
    if data is None:
        return Policy(source=source), []
    if not isinstance(data, dict):
        return safest(source, "it is not a block of keys"), [loaded.problem((), "expected keys", "", "wrong-type")]
    for key in data:
        if key not in KNOWN_KEYS:
            problems.append(
                loaded.problem((str(key),), f"unknown key '{key}'", "known: " + ", ".join(KNOWN_KEYS), "unknown-key")
            )
    country = data.get("country", "")
    if not isinstance(country, str) or (country and not (len(country) == 2 and country.isalpha())):
        problems.append(
            loaded.problem(("country",), "'country' should be a two-letter code in quotes", "", "bad-format")
        )
        country = ""
    keys: list[TrustedKey] = []
    if "trusted_keys" in data:
        from harbourlight.packs.trust import parse_keys

        keys, key_problems = parse_keys(loaded, data["trusted_keys"], ("trusted_keys",))
        problems.extend(key_problems)
    policy = Policy(
        country=country.upper(),
        languages=_strings(loaded, "languages", problems) or (),
        allowed_packs=_strings(loaded, "allowed_packs", problems),
        allowed_publishers=_strings(loaded, "allowed_publishers", problems),
        trusted_keys=tuple(keys),
        allow_import=_flag(loaded, "allow_import", problems),
        allow_author_mode=_flag(loaded, "allow_author_mode", problems),
        source=source,
    )
    if problems:
        first = problems[0]
        return safest(source, f"line {first.line}: {first.message}"), problems
    return policy, []


def load_policy(path: Path) -> tuple[Policy, list[Problem]]:
    """The policy in force: none when the file is absent, the safest one when it is broken."""
    if not path.is_file():
        if path.exists():  # a folder or device where the file should be
            return safest(str(path), "it is not a file"), []
        return Policy(), []
    from harbourlight.packs.safe_yaml import YamlError, load_file

    try:
        loaded = load_file(path)
    except YamlError as exc:
        return safest(str(path), exc.problem.message), [exc.problem]
    return parse_policy(loaded, str(path))
