"""Ed25519 device keys: created on first use, stored 0600, shown by fingerprint (format.md §6.1)."""

from __future__ import annotations

import hashlib
import os
from dataclasses import dataclass
from pathlib import Path

from cryptography.exceptions import InvalidSignature
from cryptography.hazmat.primitives import serialization
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey, Ed25519PublicKey

from twindeck.errors import KeyProblem
from twindeck.seal.encoding import crockford, group


def fingerprint(public_raw: bytes) -> str:
    """20 Crockford characters (100 bits) of SHA-256 over the raw public key, in groups of four."""
    return group(crockford(hashlib.sha256(public_raw).digest(), 20))


def verify_signature(public_raw: bytes, signature: bytes, message: bytes) -> bool:
    try:
        Ed25519PublicKey.from_public_bytes(public_raw).verify(signature, message)
    except (InvalidSignature, ValueError):
        return False
    return True


@dataclass(frozen=True)
class DeviceKey:
    """A signing key. ``public_raw`` is the 32-byte Ed25519 public key."""

    private: Ed25519PrivateKey
    public_raw: bytes

    @classmethod
    def from_seed(cls, seed: bytes) -> DeviceKey:
        private = Ed25519PrivateKey.from_private_bytes(seed)
        raw = private.public_key().public_bytes(
            serialization.Encoding.Raw, serialization.PublicFormat.Raw
        )
        return cls(private, raw)

    @classmethod
    def generate(cls) -> DeviceKey:
        return cls.from_seed(os.urandom(32))

    @property
    def fingerprint(self) -> str:
        return fingerprint(self.public_raw)

    def sign(self, message: bytes) -> bytes:
        return self.private.sign(message)

    def seed(self) -> bytes:
        return self.private.private_bytes(
            serialization.Encoding.Raw,
            serialization.PrivateFormat.Raw,
            serialization.NoEncryption(),
        )


def load_or_create_key(path: Path) -> DeviceKey:
    """Load the device key at ``path`` (PEM, PKCS#8), creating it with mode 0600 if absent."""
    if path.exists():
        return load_key(path)
    key = DeviceKey.generate()
    pem = key.private.private_bytes(
        serialization.Encoding.PEM,
        serialization.PrivateFormat.PKCS8,
        serialization.NoEncryption(),
    )
    try:
        path.parent.mkdir(parents=True, exist_ok=True, mode=0o700)
        fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
        with os.fdopen(fd, "wb") as out:
            out.write(pem)
            out.flush()
            os.fsync(out.fileno())
    except FileExistsError:
        return load_key(path)  # another process created it first
    except OSError as exc:
        raise KeyProblem(f"cannot create the device key at {path}: {exc.strerror}") from exc
    return key


def load_key(path: Path) -> DeviceKey:
    try:
        data = path.read_bytes()
    except OSError as exc:
        raise KeyProblem(f"cannot read the device key at {path}: {exc.strerror}") from exc
    try:
        private = serialization.load_pem_private_key(data, password=None)
    except (ValueError, TypeError) as exc:
        raise KeyProblem(f"{path} is not a readable private key") from exc
    if not isinstance(private, Ed25519PrivateKey):
        raise KeyProblem(f"{path} is not an Ed25519 key")
    raw = private.public_key().public_bytes(
        serialization.Encoding.Raw, serialization.PublicFormat.Raw
    )
    return DeviceKey(private, raw)
