"""Whose signatures are trusted, and what a pack's signature says about it.

The app ships `content/trust/trusted-keys.yaml`; a school policy may add keys or narrow the list. A
signature is only ever checked against a key from this list, never against a key the archive brings along.
"""

from __future__ import annotations

import base64
import binascii
import json
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from harbourlight.packs import signing
from harbourlight.packs.problems import Problem
from harbourlight.packs.safe_yaml import LoadedYaml, YamlError, load_file

TRUSTED = "trusted"
UNSIGNED = "unsigned"
UNKNOWN_KEY = "unknown-key"
BAD_SIGNATURE = "bad-signature"


@dataclass(frozen=True)
class TrustedKey:
    key_id: str
    publisher: str
    public: signing.PublicKey


@dataclass(frozen=True)
class TrustList:
    keys: tuple[TrustedKey, ...] = ()

    def find(self, key_id: str) -> TrustedKey | None:
        return next((k for k in self.keys if k.key_id == key_id), None)

    def with_keys(self, extra: tuple[TrustedKey, ...]) -> TrustList:
        known = {k.key_id for k in self.keys}
        return TrustList(self.keys + tuple(k for k in extra if k.key_id not in known))

    def only(self, key_ids: tuple[str, ...]) -> TrustList:
        return TrustList(tuple(k for k in self.keys if k.key_id in key_ids))


def parse_keys(loaded: LoadedYaml, items: Any, path: tuple[str | int, ...]) -> tuple[list[TrustedKey], list[Problem]]:
    """Keys from a list of {id, publisher, public_key}; each bad entry is a located problem."""
    keys: list[TrustedKey] = []
    problems: list[Problem] = []
    if not isinstance(items, list):
        return keys, [loaded.problem(path, "'keys' should be a list of {id, publisher, public_key}", "", "wrong-type")]
    for index, item in enumerate(items):
        where = (*path, index)
        if not isinstance(item, dict) or not all(
            isinstance(item.get(k), str) for k in ("id", "publisher", "public_key")
        ):
            problems.append(loaded.problem(where, "a key needs id, publisher and public_key as text", "", "bad-key"))
            continue
        try:
            public = signing.PublicKey.from_text(item["public_key"])
        except signing.KeyProblem as exc:
            problems.append(loaded.problem((*where, "public_key"), str(exc), "", "bad-key"))
            continue
        if public.key_id != item["id"]:
            problems.append(
                loaded.problem(
                    (*where, "id"),
                    f"the id '{item['id']}' does not belong to this public key",
                    f"its id is {public.key_id}",
                    "bad-key",
                )
            )
            continue
        keys.append(TrustedKey(public.key_id, item["publisher"], public))
    return keys, problems


def load_trust_file(path: Path) -> tuple[TrustList, list[Problem]]:
    """The trusted keys in a file; a missing file trusts nobody, a broken one is reported."""
    if not path.is_file():
        return TrustList(), []
    try:
        loaded = load_file(path, path.name)
    except YamlError as exc:
        return TrustList(), [exc.problem]
    if not isinstance(loaded.data, dict):
        return TrustList(), [loaded.problem((), "the trust file must have a 'keys:' list", "", "wrong-type")]
    keys, problems = parse_keys(loaded, loaded.data.get("keys", []), ("keys",))
    return TrustList(tuple(keys)), problems


@dataclass(frozen=True)
class Verdict:
    status: str
    key_id: str = ""
    publisher: str = ""

    @property
    def trusted(self) -> bool:
        return self.status == TRUSTED

    def message(self) -> str:
        if self.status == TRUSTED:
            return f"signed by {self.publisher} (key {self.key_id})"
        if self.status == UNSIGNED:
            return "the pack is not signed, so nobody vouches for what is in it"
        if self.status == UNKNOWN_KEY:
            return f"the pack is signed with key {self.key_id or '?'}, which is not on the list of trusted publishers"
        return "the signature does not match the pack: it was changed after signing or signed with another key"


def signature_document(private: signing.PrivateKey, manifest_bytes: bytes, publisher: str) -> bytes:
    public = signing.public_of(private)
    doc = {
        "algorithm": "ed25519",
        "key_id": public.key_id,
        "publisher": publisher,
        "signature": base64.b64encode(signing.sign(private, manifest_bytes)).decode("ascii"),
    }
    return (json.dumps(doc, sort_keys=True, indent=2, ensure_ascii=False) + "\n").encode("utf-8")


def check_signature(manifest_bytes: bytes, signature_bytes: bytes | None, trust: TrustList) -> Verdict:
    if signature_bytes is None:
        return Verdict(UNSIGNED)
    try:
        doc = json.loads(signature_bytes.decode("utf-8"))
        key_id = str(doc["key_id"])
        signature = base64.b64decode(str(doc["signature"]), validate=True)
        algorithm = doc.get("algorithm")
    except (UnicodeDecodeError, ValueError, KeyError, TypeError, binascii.Error):
        return Verdict(BAD_SIGNATURE)
    if algorithm != "ed25519":
        return Verdict(BAD_SIGNATURE, key_id)
    key = trust.find(key_id)
    if key is None:
        return Verdict(UNKNOWN_KEY, key_id, str(doc.get("publisher", "")))
    if not key.public.verifies(manifest_bytes, signature):
        return Verdict(BAD_SIGNATURE, key_id, key.publisher)
    return Verdict(TRUSTED, key_id, key.publisher)
