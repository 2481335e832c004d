"""Encryption at rest: a passphrase locks what the library keeps; a copy can travel encrypted.

A file ``X`` becomes ``X.enc``: a header, then AES-256-GCM over 1 MiB chunks (the STREAM
construction: each chunk's nonce is a random 7-byte prefix, a 4-byte counter and a last-chunk
flag, and the header is authenticated with every chunk, so a chunk cannot be changed, reordered,
dropped or cut off without detection). The key comes from the passphrase with scrypt (N = 2^15,
r = 8, p = 1) and a random salt per file. Nothing here invents cryptography: it is AEAD and a
KDF from ``cryptography``, used as their documentation says.

``twindeck lock`` encrypts the sealed recordings (as their single file), transcripts, reports,
findings and the case index, and removes the clear files; ``twindeck unlock`` restores them for a
session. A recording in progress is written in the clear — that is what keeps it crash-safe — and
is locked with the rest when the session ends. docs/threat-model.md says what this does not cover.
"""

from __future__ import annotations

import json
import os
import secrets
import shutil
import struct
import tempfile
from collections.abc import Iterator
from pathlib import Path

from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives.ciphers.aead import AESGCM
from cryptography.hazmat.primitives.kdf.scrypt import Scrypt

from twindeck.errors import BadArgument, DestinationError, UnusableInput, WrongPassphrase

MAGIC = b"TWDENC"
VERSION = 1
CHUNK = 1 << 20
LOG2_N, R, P = 15, 8, 1
HEADER = struct.Struct(">6sBBBB16s7s")  # magic, version, log2 N, r, p, salt, nonce prefix
LOCKED_SUFFIX = ".enc"
SECRET_SUFFIXES = (".transcript.json", ".corrections.json", ".txt", ".vtt", ".srt", ".docx",
                   ".report.txt", ".findings.json", ".pdf")  # fmt: skip


def _key(passphrase: str, salt: bytes, log2_n: int = LOG2_N, r: int = R, p: int = P) -> bytes:
    if not passphrase:
        raise BadArgument("the passphrase is empty")
    return Scrypt(salt=salt, length=32, n=1 << log2_n, r=r, p=p).derive(passphrase.encode())


def _nonce(prefix: bytes, counter: int, last: bool) -> bytes:
    return prefix + struct.pack(">I", counter) + (b"\x01" if last else b"\x00")


def encrypt_file(source: Path, target: Path, passphrase: str) -> None:
    salt, prefix = secrets.token_bytes(16), secrets.token_bytes(7)
    header = HEADER.pack(MAGIC, VERSION, LOG2_N, R, P, salt, prefix)
    aead = AESGCM(_key(passphrase, salt))
    partial = target.with_name(target.name + ".partial")
    size = source.stat().st_size
    try:
        with open(source, "rb") as src, open(partial, "wb") as dst:
            dst.write(header)
            counter, done = 0, 0
            while True:
                chunk = src.read(CHUNK)
                done += len(chunk)
                last = done >= size
                dst.write(aead.encrypt(_nonce(prefix, counter, last), chunk, header))
                counter += 1
                if last:
                    break
            dst.flush()
            os.fsync(dst.fileno())
        partial.replace(target)
    except OSError as exc:
        partial.unlink(missing_ok=True)
        raise DestinationError(f"cannot write {target}: {exc.strerror}") from exc


def _chunks(source: Path, passphrase: str) -> Iterator[bytes]:
    with open(source, "rb") as src:
        header = src.read(HEADER.size)
        if len(header) != HEADER.size or header[:6] != MAGIC:
            raise UnusableInput(f"{source} is not a twindeck encrypted file")
        _, version, log2_n, r, p, salt, prefix = HEADER.unpack(header)
        if version != VERSION or not 10 <= log2_n <= 22 or not 1 <= r <= 32 or not 1 <= p <= 16:
            raise UnusableInput(f"{source}: unsupported encryption parameters")
        aead = AESGCM(_key(passphrase, salt, log2_n, r, p))
        counter = 0
        block = src.read(CHUNK + 16)
        while True:
            following = src.read(CHUNK + 16)
            last = not following
            try:
                yield aead.decrypt(_nonce(prefix, counter, last), block, header)
            except InvalidTag:
                if counter == 0:
                    raise WrongPassphrase(f"the passphrase does not open {source.name}") from None
                raise WrongPassphrase(
                    f"{source.name} was changed or cut off after it was encrypted "
                    f"(at byte {HEADER.size + counter * (CHUNK + 16)})"
                ) from None
            if last:
                return
            counter, block = counter + 1, following


def decrypt_file(source: Path, target: Path, passphrase: str) -> None:
    if target.exists():
        raise BadArgument(f"{target} already exists; twindeck never overwrites a file")
    partial = target.with_name(target.name + ".partial")
    try:
        with open(partial, "wb") as dst:
            for chunk in _chunks(source, passphrase):
                dst.write(chunk)
        partial.replace(target)
    except BaseException:
        partial.unlink(missing_ok=True)
        raise


def remove_for_good(path: Path) -> None:
    """Overwrite, then delete a file or folder (best effort on SSDs and journaling file systems)."""
    _remove(path)


def _remove(path: Path) -> None:
    """Overwrite, then delete (on SSDs and journaling file systems this is best effort only)."""
    if path.is_dir():
        for child in path.iterdir():
            _remove(child)
        path.rmdir()
        return
    try:
        size = path.stat().st_size
        with open(path, "r+b") as f:
            f.write(b"\0" * size)
            f.flush()
            os.fsync(f.fileno())
    except OSError:
        pass
    path.unlink(missing_ok=True)


def lock_file(home: Path) -> Path:
    return home / "lock.json"


def set_passphrase(home: Path, passphrase: str) -> None:
    salt = secrets.token_bytes(16)
    check = AESGCM(_key(passphrase, salt)).encrypt(b"\0" * 12, b"twindeck", b"lock")
    lock_file(home).write_text(
        json.dumps({"salt": salt.hex(), "check": check.hex(), "log2_n": LOG2_N}), "utf-8"
    )


def check_passphrase(home: Path, passphrase: str) -> None:
    path = lock_file(home)
    if not path.exists():
        raise BadArgument("the library has no passphrase yet: `twindeck lock` sets one")
    data = json.loads(path.read_text("utf-8"))
    try:
        AESGCM(_key(passphrase, bytes.fromhex(data["salt"]), data["log2_n"])).decrypt(
            b"\0" * 12, bytes.fromhex(data["check"]), b"lock"
        )
    except InvalidTag:
        raise WrongPassphrase("that is not the library's passphrase") from None


def lock_library(home: Path, folder: Path, passphrase: str) -> list[str]:
    """Encrypt what the library keeps; returns what was locked. Unsealed recordings stay."""
    from twindeck.seal import pack_recording, verify_recording

    done: list[str] = []
    if not folder.is_dir():
        folder.mkdir(parents=True)
    for rec in sorted(folder.glob("*.twindeck")):
        report = verify_recording(rec)
        if not report.sealed:
            continue  # still recording, or to recover: left in the clear, said so by the caller
        with tempfile.TemporaryDirectory(dir=folder) as tmp:
            single = Path(tmp) / (rec.name + ".zip")
            pack_recording(rec, single)
            encrypt_file(single, folder / (rec.name + ".zip" + LOCKED_SUFFIX), passphrase)
            _remove(single)
        _remove(rec)
        done.append(rec.name)
    for path in sorted(folder.iterdir()):
        if path.is_file() and path.name.endswith(SECRET_SUFFIXES):
            encrypt_file(path, path.with_name(path.name + LOCKED_SUFFIX), passphrase)
            _remove(path)
            done.append(path.name)
    index = home / "twindeck.sqlite"
    if index.exists():
        encrypt_file(index, index.with_name(index.name + LOCKED_SUFFIX), passphrase)
        _remove(index)
        done.append(index.name)
    return done


def unlock_library(home: Path, folder: Path, passphrase: str) -> list[str]:
    from twindeck.seal import verify_recording

    check_passphrase(home, passphrase)
    done = []
    for enc in sorted([*folder.glob("*" + LOCKED_SUFFIX), *home.glob("*" + LOCKED_SUFFIX)]):
        clear = enc.with_name(enc.name.removesuffix(LOCKED_SUFFIX))
        if clear.name.endswith(".twindeck.zip"):
            folder_form = clear.with_name(clear.name.removesuffix(".zip"))
            decrypt_file(enc, clear, passphrase)
            _unpack(clear, folder_form)
            clear.unlink()
            if not verify_recording(folder_form).ok:
                raise UnusableInput(f"{folder_form} does not verify after unlocking")
        else:
            decrypt_file(enc, clear, passphrase)
        enc.unlink()
        done.append(clear.name)
    return done


def _unpack(single: Path, folder: Path) -> None:
    import zipfile

    if folder.exists():
        raise BadArgument(f"{folder} already exists")
    tmp = folder.with_name(folder.name + ".partial")
    tmp.mkdir(mode=0o700)
    with zipfile.ZipFile(single) as z:
        for name in ("log.jsonl", "audio.pcm"):
            with z.open(name) as src, open(tmp / name, "wb") as dst:
                shutil.copyfileobj(src, dst)
    tmp.rename(folder)


__all__ = [
    "check_passphrase",
    "decrypt_file",
    "encrypt_file",
    "lock_library",
    "remove_for_good",
    "set_passphrase",
    "unlock_library",
]
