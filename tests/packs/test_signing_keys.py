"""Key files keep their format across the library switch (docs/decisions/0017)."""

from __future__ import annotations

import base64
from pathlib import Path

import pytest

from harbourlight.packs import signing

# RFC 8410 section 10.3: an ed25519 private key in PKCS#8 PEM, as OpenSSL and the old keygen wrote it,
# and its public key from section 10.1.
RFC_PRIVATE = b"""-----BEGIN PRIVATE KEY-----
MC4CAQAwBQYDK2VwBCIEINTuctv5E1hK1bbY8fdp+K06/nwoy/HU++CXqI9EdVhC
-----END PRIVATE KEY-----
"""
RFC_PUBLIC = bytes.fromhex("19bf44096984cdfe8541bac167dc3b96c85086aa30b6b6cb0c5c38ad703166e1")


def test_a_pkcs8_key_from_openssl_loads_and_gives_its_public_key(tmp_path: Path) -> None:
    path = tmp_path / "old.key"
    path.write_bytes(RFC_PRIVATE)
    private = signing.load_private(path)
    assert signing.public_of(private).raw == RFC_PUBLIC
    assert signing.private_pem(private).split() == RFC_PRIVATE.split()


def test_keygen_sign_verify_round_trip(tmp_path: Path) -> None:
    public = signing.write_key_pair(tmp_path / "ngo.key", "NGO")
    private = signing.load_private(tmp_path / "ngo.key")
    signature = signing.sign(private, b"manifest")
    assert public.verifies(b"manifest", signature)
    assert not public.verifies(b"manifest!", signature)
    assert not public.verifies(b"manifest", signature[:-1] + bytes([signature[-1] ^ 1]))
    assert not public.verifies(b"manifest", b"short")


@pytest.mark.parametrize(
    "content, why",
    [
        (b"not a key", "not an unencrypted PEM private key"),
        (b"-----BEGIN PRIVATE KEY-----\n!!!\n-----END PRIVATE KEY-----\n", "not an unencrypted PEM private key"),
        (
            b"-----BEGIN PRIVATE KEY-----\n" + base64.b64encode(b"\x30" * 48) + b"\n-----END PRIVATE KEY-----\n",
            "not an ed25519 key",
        ),
    ],
)
def test_a_file_that_is_not_an_ed25519_key_says_so(tmp_path: Path, content: bytes, why: str) -> None:
    path = tmp_path / "bad.key"
    path.write_bytes(content)
    with pytest.raises(signing.KeyProblem, match=why):
        signing.load_private(path)
