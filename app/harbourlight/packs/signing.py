"""Ed25519 keys and signatures for pack manifests (the `cryptography` library does the mathematics).

A publisher signs the exact bytes of MANIFEST.json; the manifest holds every file's SHA-256, so one
signature covers the whole pack. Public keys travel as base64 of the 32 raw bytes; a key's id is the first
16 hex digits of the SHA-256 of those bytes, short enough to read aloud and compare.
"""

from __future__ import annotations

import base64
import binascii
import hashlib
import os
from dataclasses import dataclass
from pathlib import Path

from cryptography.exceptions import InvalidSignature
from cryptography.hazmat.primitives import serialization
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey, Ed25519PublicKey


class KeyProblem(Exception):
    """A key file or key text could not be used; the message says why."""


@dataclass(frozen=True)
class PublicKey:
    raw: bytes  # 32 bytes

    @property
    def key_id(self) -> str:
        return hashlib.sha256(self.raw).hexdigest()[:16]

    @property
    def text(self) -> str:
        return base64.b64encode(self.raw).decode("ascii")

    @classmethod
    def from_text(cls, text: str) -> PublicKey:
        try:
            raw = base64.b64decode(text.strip(), validate=True)
        except (binascii.Error, ValueError):
            raise KeyProblem("the public key is not valid base64 text") from None
        if len(raw) != 32:
            raise KeyProblem(f"an ed25519 public key has 32 bytes, this one has {len(raw)}")
        return cls(raw)

    def verifies(self, data: bytes, signature: bytes) -> bool:
        try:
            Ed25519PublicKey.from_public_bytes(self.raw).verify(signature, data)
        except (InvalidSignature, ValueError):
            return False
        return True


def generate() -> Ed25519PrivateKey:
    return Ed25519PrivateKey.generate()


def public_of(private: Ed25519PrivateKey) -> PublicKey:
    raw = private.public_key().public_bytes(serialization.Encoding.Raw, serialization.PublicFormat.Raw)
    return PublicKey(raw)


def private_pem(private: Ed25519PrivateKey) -> bytes:
    return private.private_bytes(
        serialization.Encoding.PEM, serialization.PrivateFormat.PKCS8, serialization.NoEncryption()
    )


def write_key_pair(private_path: Path, publisher: str) -> PublicKey:
    """Write a new private key (readable by its owner only) and `<name>.pub` beside it; return the public key."""
    private = generate()
    public = public_of(private)
    private_path.parent.mkdir(parents=True, exist_ok=True)
    # O_EXCL: never overwrite an existing key by accident; 0600 from the first byte, not chmod afterwards.
    fd = os.open(private_path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
    with os.fdopen(fd, "wb") as handle:
        handle.write(private_pem(private))
    public_path = private_path.with_name(private_path.name + ".pub")
    public_path.write_text(
        f"# Harbourlight publisher key for {publisher}\n"
        f"id: \"{public.key_id}\"\n"
        f"publisher: {publisher!r}\n"
        f"public_key: \"{public.text}\"\n",
        encoding="utf-8",
    )
    return public


def load_private(path: Path) -> Ed25519PrivateKey:
    try:
        key = serialization.load_pem_private_key(path.read_bytes(), password=None)
    except OSError as exc:
        raise KeyProblem(f"could not read {path}: {exc.strerror or exc}") from None
    except (ValueError, TypeError):
        raise KeyProblem(f"{path} is not an unencrypted PEM private key made by 'harbourlight-pack keygen'") from None
    if not isinstance(key, Ed25519PrivateKey):
        raise KeyProblem(f"{path} is not an ed25519 key")
    return key


def sign(private: Ed25519PrivateKey, data: bytes) -> bytes:
    return private.sign(data)
