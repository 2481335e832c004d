"""The offline verifier page: one self-contained HTML file that checks a single-file copy.

It is the browser verifier of the join page (static/verify.js, written from docs/format.md, not
from twindeck's Python) inlined into static/verify-page.html, so it runs from a USB stick or an
e-mail attachment with no network and no install, in any browser with WebCrypto Ed25519.
"""

from __future__ import annotations

from pathlib import Path

from twindeck.errors import AlreadyExists, DestinationError

STATIC = Path(__file__).parent / "static"


def offline_verifier_html() -> str:
    page = (STATIC / "verify-page.html").read_text("utf-8")
    script = (STATIC / "verify.js").read_text("utf-8")
    if "</script" in script.lower():
        raise AssertionError("verify.js cannot be inlined")
    return page.replace("/*VERIFY_JS*/", script)


def write_offline_verifier(target: Path) -> None:
    if target.exists():
        raise AlreadyExists(f"{target} already exists; twindeck never overwrites a file")
    try:
        target.write_text(offline_verifier_html(), "utf-8")
    except OSError as exc:
        raise DestinationError(f"cannot write {target}: {exc.strerror}") from exc


__all__ = ["offline_verifier_html", "write_offline_verifier"]
