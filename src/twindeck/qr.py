"""The seal as a QR code: for the other party to photograph, in the terminal or as a PNG."""

from __future__ import annotations

import io
from pathlib import Path

from twindeck.errors import DestinationError
from twindeck.seal.encoding import crockford


def seal_text(recording_id: str, tree_size: int, root_hex: str) -> str:
    """What the QR code holds: the recording, its tree size and full root (docs/verifying.md).

    ``TWINDECK:1:<id, 26 Crockford chars>:<tree size>:<root, 52 Crockford chars>`` — upper case
    only, so the QR code uses its compact alphanumeric mode and stays small enough to photograph.
    The short seal code is the root's first 12 characters.
    """
    rid = crockford(bytes.fromhex(recording_id) + b"\0", 26)
    root = crockford(bytes.fromhex(root_hex) + b"\0", 52)
    return f"TWINDECK:1:{rid}:{tree_size}:{root}"


def terminal_qr(data: str) -> str:
    import segno

    out = io.StringIO()
    segno.make(data, error="m").terminal(out=out, compact=True)
    return out.getvalue()


def save_qr_png(data: str, target: Path) -> None:
    import segno

    try:
        segno.make(data, error="m").save(str(target), kind="png", scale=8, border=4)
    except OSError as exc:
        raise DestinationError(f"cannot write {target}: {exc.strerror or exc}") from exc
