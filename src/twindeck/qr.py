"""The seal as a QR code: for the other party to photograph, in the terminal or as a PNG."""

from __future__ import annotations

import io
from pathlib import Path

from twindeck.errors import DestinationError


def seal_uri(recording_id: str, tree_size: int, root_hex: str, code: str, key_fpr: str) -> str:
    """What the QR code holds: enough to check a copy against, offline, years later."""
    return (
        f"twindeck:seal?v=1&id={recording_id}&n={tree_size}&root={root_hex}"
        f"&code={code}&key={key_fpr}"
    )


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
