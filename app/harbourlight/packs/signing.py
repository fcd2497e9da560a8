"""Ed25519 keys and signatures for pack manifests (PyNaCl, libsodium's binding, does the mathematics).

A publisher signs the exact bytes of MANIFEST.json; the manifest holds every file's SHA-256, so one
signature covers the whole pack. Public keys travel as base64 of the 32 raw bytes; a key's id is the first
16 hex digits of the SHA-256 of those bytes, short enough to read aloud and compare. Private key files are
unencrypted PKCS#8 PEM (RFC 8410), the format OpenSSL and the earlier `cryptography`-based keygen write, so
keys made before the switch to PyNaCl (docs/decisions/0017-signatures-with-pynacl.md) still load.
"""

from __future__ import annotations

import base64
import binascii
import hashlib
import os
import re
from dataclasses import dataclass
from pathlib import Path

from nacl.exceptions import BadSignatureError
from nacl.signing import SigningKey, VerifyKey

PrivateKey = SigningKey

# PKCS#8 for an Ed25519 key is fixed: this DER prefix (RFC 8410 section 7), then the 32-byte seed.
_PKCS8_PREFIX = bytes.fromhex("302e020100300506032b657004220420")
_PEM = re.compile(rb"-----BEGIN PRIVATE KEY-----\s*([A-Za-z0-9+/=\s]+?)\s*-----END PRIVATE KEY-----")


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
            VerifyKey(self.raw).verify(data, signature)
        except (BadSignatureError, ValueError, TypeError):
            return False
        return True


def generate() -> PrivateKey:
    return SigningKey.generate()


def public_of(private: PrivateKey) -> PublicKey:
    return PublicKey(bytes(private.verify_key))


def private_pem(private: PrivateKey) -> bytes:
    der = _PKCS8_PREFIX + bytes(private)
    body = base64.b64encode(der).decode("ascii")
    return f"-----BEGIN PRIVATE KEY-----\n{body}\n-----END PRIVATE KEY-----\n".encode("ascii")


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
        f'id: "{public.key_id}"\n'
        f"publisher: {publisher!r}\n"
        f'public_key: "{public.text}"\n',
        encoding="utf-8",
    )
    return public


def load_private(path: Path) -> PrivateKey:
    try:
        text = path.read_bytes()
    except OSError as exc:
        raise KeyProblem(f"could not read {path}: {exc.strerror or exc}") from None
    match = _PEM.search(text)
    try:
        der = base64.b64decode(b"".join(match.group(1).split()), validate=True) if match else b""
    except (binascii.Error, ValueError):
        der = b""
    if not der:
        raise KeyProblem(f"{path} is not an unencrypted PEM private key made by 'harbourlight-pack keygen'")
    if len(der) != len(_PKCS8_PREFIX) + 32 or not der.startswith(_PKCS8_PREFIX):
        raise KeyProblem(f"{path} is not an ed25519 key")
    return SigningKey(der[len(_PKCS8_PREFIX) :])


def sign(private: PrivateKey, data: bytes) -> bytes:
    return bytes(private.sign(data).signature)
