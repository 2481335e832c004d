"""Canonical encodings: one record has exactly one byte form; times, codes and base64 likewise."""

from __future__ import annotations

import datetime as dt
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from twindeck.seal.encoding import (
    CROCKFORD,
    MAX_DEPTH,
    MAX_SAFE_INT,
    EncodingError,
    b64decode,
    b64encode,
    canonical_json,
    crockford,
    format_time,
    group,
    is_hex64,
    normalise_code,
    parse_line,
    parse_time,
    seal_code,
)
from twindeck.seal.keys import DeviceKey, fingerprint

FAST = settings(max_examples=150, deadline=None)


def _nested(levels: int) -> dict[str, Any]:
    """An object holding ``levels`` - 1 nested lists around an integer: ``levels`` containers."""
    value: Any = 1
    for _ in range(levels - 1):
        value = [value]
    return {"a": value}


# -- canonical JSON ----------------------------------------------------------------------------


def test_canonical_json_is_sorted_compact_utf8() -> None:
    value = {"b": [1, True, None, "é ☎"], "a": {"z": -5, "y": ""}, "A": 0}
    want = '{"A":0,"a":{"y":"","z":-5},"b":[1,true,null,"é ☎"]}'.encode()
    assert canonical_json(value) == want
    assert parse_line(want) == value
    assert canonical_json(dict(reversed(list(value.items())))) == want


def test_control_characters_are_escaped_the_rfc8785_way() -> None:
    line = canonical_json({"t": 'a\nb\t\x01"\\/\x7f'})
    assert line == b'{"t":"a\\nb\\t\\u0001\\"\\\\/\x7f"}'
    assert parse_line(line) == {"t": 'a\nb\t\x01"\\/\x7f'}


@pytest.mark.parametrize(
    "value",
    [
        {"a": 1.5},
        {"a": 1.0},
        {"a": [1, 2.0]},
        {"a": {"b": float("nan")}},
        {"a": (1, 2)},
        {"a": b"bytes"},
    ],
    ids=["float", "integral-float", "float-in-list", "nan", "tuple", "bytes"],
)
def test_canonical_json_rejects_values_outside_the_subset(value: dict[str, Any]) -> None:
    with pytest.raises(EncodingError, match="not allowed"):
        canonical_json(value)


@pytest.mark.parametrize("key", ["é", "☎", "ключ", 1, None])
def test_canonical_json_rejects_non_ascii_or_non_text_keys(key: object) -> None:
    with pytest.raises(EncodingError, match="is not ASCII text"):
        canonical_json({"ok": {key: 1}})  # type: ignore[dict-item]


def test_canonical_json_integer_range() -> None:
    assert canonical_json({"a": MAX_SAFE_INT, "b": -MAX_SAFE_INT}) == (
        b'{"a":9007199254740991,"b":-9007199254740991}'
    )
    for bad in (MAX_SAFE_INT + 1, -MAX_SAFE_INT - 1, 2**64):
        with pytest.raises(EncodingError, match=r"outside"):
            canonical_json({"a": bad})
    with pytest.raises(EncodingError, match="outside"):
        parse_line(b'{"a":9007199254740992}')


def test_canonical_json_rejects_lone_surrogates() -> None:
    with pytest.raises(EncodingError, match="surrogate"):
        canonical_json({"a": "\ud800"})
    with pytest.raises(EncodingError, match="surrogate"):
        parse_line(b'{"a":"\\ud800"}')


def test_nesting_limit() -> None:
    assert MAX_DEPTH == 8
    line = canonical_json(_nested(MAX_DEPTH))
    assert parse_line(line) == _nested(MAX_DEPTH)
    with pytest.raises(EncodingError, match="nested deeper than 8"):
        canonical_json(_nested(MAX_DEPTH + 1))
    deeper = b'{"a":' + b"[" * MAX_DEPTH + b"1" + b"]" * MAX_DEPTH + b"}"
    with pytest.raises(EncodingError, match="nested deeper than 8"):
        parse_line(deeper)


@pytest.mark.parametrize(
    "bomb",
    [
        b'{"a":' + b"[" * 100_000 + b"]" * 100_000 + b"}",
        b'{"a":' + b'{"a":' * 100_000 + b"1" + b"}" * 100_001,
        b"[" * 100_000,
    ],
    ids=["lists", "objects", "unclosed"],
)
def test_json_bomb_is_an_encoding_error_not_a_recursion_error(bomb: bytes) -> None:
    with pytest.raises(EncodingError):
        parse_line(bomb)


@pytest.mark.parametrize(
    ("line", "message"),
    [
        (b'{"a":1,"a":1}', "duplicate key 'a'"),
        (b'{"a":1,"b":{"c":1,"c":2}}', "duplicate key 'c'"),
        (b'{"a":1.5}', "not an integer"),
        (b'{"a":1e3}', "not an integer"),
        (b'{"a":1.0}', "not an integer"),
        (b'{"a":NaN}', "not an integer"),
        (b'{"a":-Infinity}', "not an integer"),
        (b'{"a": 1}', "canonical"),
        (b'{ "a":1}', "canonical"),
        (b'{"a":1} ', "canonical"),
        (b'{"a":1}\n', "canonical"),
        (b'{"a":1}\r', "canonical"),
        (b'{"b":1,"a":2}', "canonical"),
        (b'{"a":"\\u00e9"}', "canonical"),
        (b'{"a":"\\/"}', "canonical"),
        (b'{"a":"\\u0041"}', "canonical"),
        (b'{"a":-0}', "canonical"),
        (b'{"a":01}', "not JSON"),
        (b'{"a":1,}', "not JSON"),
        (b'{"a":1', "not JSON"),
        (b"", "not JSON"),
        (b"\xef\xbb\xbf{}", "not JSON"),
        (b"[1,2]", "not a JSON object"),
        (b'"text"', "not a JSON object"),
        (b"null", "not a JSON object"),
        (b'{"a":"\xff"}', "not UTF-8"),
        (b'{"\xc3\xa9":1}', "not ASCII text"),
    ],
)
def test_parse_line_rejects_everything_but_the_one_canonical_form(
    line: bytes, message: str
) -> None:
    with pytest.raises(EncodingError, match=message):
        parse_line(line)


# generated values the format allows: integers within ±(2^53-1), text, ASCII keys, depth <= 8
_SCALARS = st.one_of(
    st.none(),
    st.booleans(),
    st.integers(-MAX_SAFE_INT, MAX_SAFE_INT),
    st.text(max_size=20),
)
_KEYS = st.text(st.characters(max_codepoint=127), max_size=8)


def _values(depth: int) -> st.SearchStrategy[Any]:
    if depth >= MAX_DEPTH:
        return _SCALARS
    inner = _values(depth + 1)
    return st.one_of(
        _SCALARS,
        st.lists(inner, max_size=4),
        st.dictionaries(_KEYS, inner, max_size=4),
    )


@FAST
@given(value=st.dictionaries(_KEYS, _values(1), max_size=6))
def test_parse_line_inverts_canonical_json(value: dict[str, Any]) -> None:
    line = canonical_json(value)
    assert b"\n" not in line
    parsed = parse_line(line)
    assert parsed == value
    assert canonical_json(parsed) == line


@FAST
@given(value=st.dictionaries(_KEYS, _values(1), min_size=2, max_size=6))
def test_key_order_of_the_input_does_not_matter(value: dict[str, Any]) -> None:
    assert canonical_json(dict(reversed(list(value.items())))) == canonical_json(value)


# -- times -------------------------------------------------------------------------------------


def test_format_time_is_utc_with_milliseconds_truncated() -> None:
    moment = dt.datetime(2026, 11, 24, 1, 42, 31, 123_999, tzinfo=dt.UTC)
    assert format_time(moment) == "2026-11-24T01:42:31.123Z"
    london_summer = dt.timezone(dt.timedelta(hours=1))
    assert format_time(dt.datetime(2026, 6, 1, 9, 0, 0, 5_000, london_summer)) == (
        "2026-06-01T08:00:00.005Z"
    )


@pytest.mark.parametrize(
    "text",
    [
        "2026-11-24T01:42:31Z",
        "2026-11-24T01:42:31.12Z",
        "2026-11-24T01:42:31.1234Z",
        "2026-11-24T01:42:31.123+00:00",
        "2026-11-24T01:42:31.123",
        "2026-11-24 01:42:31.123Z",
        "2026-11-24t01:42:31.123z",
        " 2026-11-24T01:42:31.123Z",
        "2026-02-30T00:00:00.000Z",
        "2026-13-01T00:00:00.000Z",
        "2026-11-24T24:00:00.000Z",
        "",
    ],
)
def test_parse_time_rejects_other_forms(text: str) -> None:
    with pytest.raises(EncodingError):
        parse_time(text)


@pytest.mark.parametrize("text", [None, 1764000000, ["2026-11-24T01:42:31.123Z"]])
def test_parse_time_rejects_non_text(text: object) -> None:
    with pytest.raises(EncodingError, match="is not of the form"):
        parse_time(text)


@pytest.mark.parametrize(
    "text",
    ["2026-11-24T01:42:31.123Z\n", "２０２６-11-24T01:42:31.123Z", "2026-11-24T01:42:31.١٢٣Z"],
    ids=["trailing-newline", "fullwidth-digits", "arabic-indic-digits"],
)
def test_parse_time_refuses_lookalike_forms_as_malformed(text: str) -> None:
    """One time, one spelling: other digits or a trailing newline are not of the form."""
    with pytest.raises(EncodingError, match="is not of the form"):
        parse_time(text)


@FAST
@given(
    moment=st.datetimes(
        min_value=dt.datetime(1970, 1, 2),
        max_value=dt.datetime(9999, 12, 30),
        timezones=st.sampled_from(
            [dt.UTC, dt.timezone(dt.timedelta(hours=1)), dt.timezone(dt.timedelta(hours=-5))]
        ),
    )
)
def test_times_round_trip(moment: dt.datetime) -> None:
    text = format_time(moment)
    parsed = parse_time(text)
    assert parsed.tzinfo == dt.UTC
    assert parsed == moment.replace(microsecond=moment.microsecond // 1000 * 1000)
    assert format_time(parsed) == text


# -- hex, base64 -------------------------------------------------------------------------------


def test_is_hex64() -> None:
    assert is_hex64("0123456789abcdef" * 4)
    for bad in ("0123456789ABCDEF" * 4, "0" * 63, "0" * 65, "g" * 64, None, 0, b"0" * 64):
        assert not is_hex64(bad)


def test_is_hex64_refuses_a_trailing_newline() -> None:
    # A root or digest written as "…\n" is not the canonical lower-case hex of 32 bytes.
    assert not is_hex64("0" * 64 + "\n")


@pytest.mark.parametrize(
    ("text", "message"),
    [
        ("AB==", "canonical"),  # non-zero padding bits
        ("AAA", "not valid base64"),
        ("AA", "not valid base64"),
        ("AA==\n", "not valid base64"),
        (" AA==", "not valid base64"),
        ("-_8=", "not valid base64"),
        ("AA=A", "not valid base64"),
        ("é", "not valid base64"),
        (b"AA==", "expected base64 text"),
        (None, "expected base64 text"),
    ],
)
def test_b64decode_accepts_only_canonical_base64(text: object, message: str) -> None:
    with pytest.raises(EncodingError, match=message):
        b64decode(text)


def test_b64decode_checks_length() -> None:
    assert b64decode("AAAA", 3) == b"\0\0\0"
    with pytest.raises(EncodingError, match="expected 32 bytes, found 3"):
        b64decode("AAAA", 32)


@FAST
@given(data=st.binary(max_size=80))
def test_b64_round_trip(data: bytes) -> None:
    text = b64encode(data)
    assert b64decode(text, len(data)) == data


# -- codes -------------------------------------------------------------------------------------


def _root_with_leading_digits(digits: str) -> bytes:
    value = 0
    for ch in digits:
        value = value * 32 + CROCKFORD.index(ch)
    return (value << (256 - 5 * len(digits))).to_bytes(32, "big")


def test_seal_code_is_the_first_60_bits_in_crockford_base32() -> None:
    assert seal_code(bytes(32)) == "0000-0000-0000"
    assert seal_code(b"\xff" * 32) == "ZZZZ-ZZZZ-ZZZZ"
    assert seal_code(_root_with_leading_digits("0123456789AB")) == "0123-4567-89AB"
    assert seal_code(_root_with_leading_digits("CDEFGHJKMNPQ")) == "CDEF-GHJK-MNPQ"
    assert seal_code(_root_with_leading_digits("RSTVWXYZ7KQ2")) == "RSTV-WXYZ-7KQ2"


def test_crockford_and_group() -> None:
    assert crockford(b"\x08", 1) == "1"  # 00001 000
    with pytest.raises(ValueError, match="not enough bits"):
        crockford(b"\x00", 2)
    assert group("ABCDEFGHJK") == "ABCD-EFGH-JK"
    assert group("") == ""


def test_fingerprint_shape() -> None:
    key = DeviceKey.from_seed(bytes(range(32)))
    fp = fingerprint(key.public_raw)
    assert fp == key.fingerprint
    assert len(fp) == 24 and fp.count("-") == 4
    assert set(fp.replace("-", "")) <= set(CROCKFORD)


@pytest.mark.parametrize(
    "typed",
    [
        "7KQ2-M9XD-4RTA",
        "7kq2-m9xd-4rta",
        "7KQ2M9XD4RTA",
        "7kq2 m9xd 4rta",
        " 7KQ2 - M9XD - 4RTA ",
        "7kq2—m9xd—4rta",
    ],
)
def test_normalise_code_accepts_what_a_person_types(typed: str) -> None:
    assert normalise_code(typed) == "7KQ2-M9XD-4RTA"


def test_normalise_code_reads_look_alike_letters_as_digits() -> None:
    assert normalise_code("O0oI-1iL-l") == "0001-1111"
    assert normalise_code("7KQ2-M9XD-4RTA") == normalise_code("7kq2m9xd4rta")
    assert normalise_code("VNDN-C9XC-4WKA") != normalise_code("VNDN-C9XC-4WKB")


@FAST
@given(root=st.binary(min_size=32, max_size=32))
def test_seal_codes_survive_being_retyped(root: bytes) -> None:
    code = seal_code(root)
    assert len(code) == 14 and code.count("-") == 2
    assert normalise_code(code) == code
    assert normalise_code(code.lower().replace("-", " ")) == code
    assert normalise_code(code.replace("0", "o").replace("1", "l")) == code
