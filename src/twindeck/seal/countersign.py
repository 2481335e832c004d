"""Countersignatures: the other party's device signs the same seal (format.md §6.4).

The other party's device signs the seal's signed body — the same bytes the recording device
signed — followed by a ``countersigner <name>`` line, with its own Ed25519 key. The signature is
checked here before it is stored, and it is appended after the seal as a ``countersignature``
record, which is not a leaf: the seal, its code and every earlier byte of the log stay exactly
as they were.
"""

from __future__ import annotations

import fcntl
import os
from pathlib import Path

from twindeck.errors import KeyProblem, NotIntact, NotSealed, UnusableInput
from twindeck.seal.encoding import b64encode, canonical_json
from twindeck.seal.keys import fingerprint, verify_signature
from twindeck.seal.log import LOG_NAME, countersign_body, is_party_name, seal_body
from twindeck.seal.verify import verify_recording


def sealed_body(path: Path) -> tuple[int, bytes]:
    """(tree size, the seal's signed body) of an intact, sealed recording; a countersigner signs
    :func:`countersign_body` of it."""
    return _sealed(path)[:2]


def _sealed(path: Path) -> tuple[int, bytes, set[str]]:
    """(tree size, seal body, keys that already countersigned the seal itself)."""
    report = verify_recording(path)
    if not report.sealed:
        raise NotSealed(f"{path} is not sealed yet")
    if not report.ok:
        raise NotIntact(f"{path} is {report.verdict}: it cannot be countersigned")
    body = seal_body(
        report.recording_id,
        report.tree_size,
        bytes.fromhex(report.root),
        report.seal_time,
        report.frames,
        report.end,
    )
    return (
        report.tree_size,
        body,
        {
            c.fingerprint
            for c in report.countersignatures
            if c.valid and c.tree_size == report.tree_size
        },
    )


def add_countersignature(path: Path, public_raw: bytes, signature: bytes, name: str) -> str:
    """Check and store another device's signature of the seal; returns its key fingerprint."""
    if not path.is_dir():
        raise UnusableInput(f"{path}: countersignatures are added to the recording folder")
    if len(public_raw) != 32 or len(signature) != 64:
        raise KeyProblem("a countersignature is a 32-byte Ed25519 key and a 64-byte signature")
    if not is_party_name(name):
        raise UnusableInput("a name is up to 100 printable characters, no spaces at the ends")
    size, body, already = _sealed(path)
    if not verify_signature(public_raw, signature, countersign_body(body, name)):
        raise KeyProblem("the countersignature does not match this recording's seal")
    if fingerprint(public_raw) in already:
        return fingerprint(public_raw)  # signed before: once is enough
    record = {
        "type": "countersignature",
        "tree_size": size,
        "key": b64encode(public_raw),
        "name": name,
        "signature": b64encode(signature),
    }
    line = canonical_json(record) + b"\n"
    fd = os.open(path / LOG_NAME, os.O_WRONLY | os.O_APPEND)
    try:
        fcntl.flock(fd, fcntl.LOCK_EX)
        os.write(fd, line)
        os.fsync(fd)
    finally:
        os.close(fd)
    return fingerprint(public_raw)


__all__ = ["add_countersignature", "sealed_body"]
