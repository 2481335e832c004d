"""Canonical encodings of the format: JSON lines, times, codes, fingerprints (format.md §3)."""

from __future__ import annotations

import base64
import datetime as dt
import json
import re
from typing import Any

MAX_SAFE_INT = 2**53 - 1
MAX_DEPTH = 8
CROCKFORD = "0123456789ABCDEFGHJKMNPQRSTVWXYZ"
_TIME_RE = re.compile(r"[0-9]{4}-[0-9]{2}-[0-9]{2}T[0-9]{2}:[0-9]{2}:[0-9]{2}\.[0-9]{3}Z")
_HEX64_RE = re.compile(r"[0-9a-f]{64}")


class EncodingError(ValueError):
    """A value that is not in the format's canonical form."""


def _check(value: Any, depth: int) -> None:
    if depth > MAX_DEPTH:
        raise EncodingError(f"nested deeper than {MAX_DEPTH} levels")
    if value is None or isinstance(value, bool):
        return
    if isinstance(value, int):
        if abs(value) > MAX_SAFE_INT:
            raise EncodingError(f"integer {value} outside ±(2^53-1)")
        return
    if isinstance(value, str):
        try:
            value.encode("utf-8")
        except UnicodeEncodeError as exc:
            raise EncodingError("text is not valid Unicode (lone surrogate)") from exc
        return
    if isinstance(value, list):
        for item in value:
            _check(item, depth + 1)
        return
    if isinstance(value, dict):
        for key, item in value.items():
            if not isinstance(key, str) or not key.isascii():
                raise EncodingError(f"object key {key!r} is not ASCII text")
            _check(item, depth + 1)
        return
    raise EncodingError(f"{type(value).__name__} values are not allowed (no floats)")


def canonical_json(value: dict[str, Any]) -> bytes:
    """RFC 8785 (JCS) for the subset the format allows: no floats, ASCII keys."""
    _check(value, 0)
    text = json.dumps(value, ensure_ascii=False, sort_keys=True, separators=(",", ":"))
    return text.encode("utf-8")


def _no_duplicates(pairs: list[tuple[str, Any]]) -> dict[str, Any]:
    obj: dict[str, Any] = {}
    for key, value in pairs:
        if key in obj:
            raise EncodingError(f"duplicate key {key!r}")
        obj[key] = value
    return obj


def _no_float(text: str) -> Any:
    raise EncodingError(f"number {text} is not an integer")


def parse_line(line: bytes) -> dict[str, Any]:
    """Parse one log line and insist it is canonical (so one record has exactly one encoding)."""
    try:
        value = json.loads(
            line.decode("utf-8"),
            object_pairs_hook=_no_duplicates,
            parse_float=_no_float,
            parse_constant=_no_float,
        )
    except UnicodeDecodeError as exc:
        raise EncodingError("not UTF-8 text") from exc
    except RecursionError as exc:
        raise EncodingError("nested too deeply") from exc
    except json.JSONDecodeError as exc:
        raise EncodingError(f"not JSON ({exc.msg} at column {exc.colno})") from exc
    if not isinstance(value, dict):
        raise EncodingError("not a JSON object")
    if canonical_json(value) != line:
        raise EncodingError("not in canonical form (format.md §3.1)")
    return value


def format_time(moment: dt.datetime) -> str:
    """UTC with milliseconds: ``2026-11-24T01:42:31.123Z``."""
    utc = moment.astimezone(dt.UTC)
    return utc.strftime("%Y-%m-%dT%H:%M:%S.") + f"{utc.microsecond // 1000:03d}Z"


def parse_time(text: object) -> dt.datetime:
    if not isinstance(text, str) or not _TIME_RE.fullmatch(text):
        raise EncodingError(f"time {text!r} is not of the form 2026-11-24T01:42:31.123Z")
    try:  # the regex fixed every position: slicing is exact, and ten times faster than strptime
        return dt.datetime(
            int(text[0:4]),
            int(text[5:7]),
            int(text[8:10]),
            int(text[11:13]),
            int(text[14:16]),
            int(text[17:19]),
            int(text[20:23]) * 1000,
            tzinfo=dt.UTC,
        )
    except ValueError as exc:
        raise EncodingError(f"time {text!r} is not a real date") from exc


def is_hex64(text: object) -> bool:
    return isinstance(text, str) and bool(_HEX64_RE.fullmatch(text))


def b64encode(data: bytes) -> str:
    return base64.b64encode(data).decode("ascii")


def b64decode(text: object, length: int | None = None) -> bytes:
    if not isinstance(text, str):
        raise EncodingError("expected base64 text")
    try:
        data = base64.b64decode(text.encode("ascii"), validate=True)
    except (ValueError, UnicodeEncodeError) as exc:
        raise EncodingError("not valid base64") from exc
    if b64encode(data) != text:
        raise EncodingError("base64 is not in canonical form")
    if length is not None and len(data) != length:
        raise EncodingError(f"expected {length} bytes, found {len(data)}")
    return data


def crockford(data: bytes, chars: int) -> str:
    """The first ``chars`` characters of Crockford base32 over ``data`` (big-endian bits)."""
    bits = int.from_bytes(data, "big")
    total = len(data) * 8
    if chars * 5 > total:
        raise ValueError("not enough bits")
    return "".join(CROCKFORD[(bits >> (total - 5 * (i + 1))) & 31] for i in range(chars))


def group(text: str, size: int = 4) -> str:
    return "-".join(text[i : i + size] for i in range(0, len(text), size))


def seal_code(root: bytes) -> str:
    """The short human code of a seal: 60 bits of the root, ``7KQ2-M9XD-4RTA`` (format.md §6.3)."""
    return group(crockford(root, 12))


def normalise_code(text: str) -> str:
    """Accept a code as a person might type it: any case, spaces, O for 0, I/L for 1."""
    table = str.maketrans({"O": "0", "I": "1", "L": "1", "U": "V"})
    raw = "".join(ch for ch in text.upper() if ch.isalnum()).translate(table)
    return group(raw)
