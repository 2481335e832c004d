"""Every class of change to a sealed recording is caught, and named: what, which segment, when.

Each test makes a real 35 s recording (8 kHz mono, one-second segments, a checkpoint every ten
segments, two notes), changes its files on disk the way an attacker or an accident would, and
checks the verifier's verdict and the exact problems it reports.

The pristine log, by line (leaf):
  1 header (0) · 2 start (1) · 3–7 segments 0–4 (2–6) · 8 note (7) · 9–13 segments 5–9 (8–12)
  14 checkpoint of 13 leaves · 15–24 segments 10–19 (13–22) · 25 checkpoint of 23 leaves
  26 note (23) · 27–36 segments 20–29 (24–33) · 37 checkpoint of 34 leaves
  38–42 segments 30–34 (34–38) · 43 stop (39) · 44 seal of 40 leaves
"""

from __future__ import annotations

import struct
import zipfile
import zlib
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

from conftest import Made, fixed_key, make_recording
from twindeck.errors import NotARecording, UnsupportedFormat, UnusableInput
from twindeck.seal import DeviceKey, Problem, Report, pack_recording, verify_recording
from twindeck.seal.encoding import b64decode, b64encode, canonical_json, parse_line

SEG = 16_000  # bytes of audio in one segment (8000 frames of s16le mono)
CHECKPOINT_LINES = (14, 25, 37)
SEAL_LINE = 44
NOTE_LINES = (8, 26)


# -- helpers -----------------------------------------------------------------------------------


def lines_of(path: Path) -> list[bytes]:
    data = (path / "log.jsonl").read_bytes()
    assert data.endswith(b"\n")
    return data[:-1].split(b"\n")


def write_lines(path: Path, lines: list[bytes], end: bytes = b"\n") -> None:
    (path / "log.jsonl").write_bytes(b"\n".join(lines) + end)


def edit_line(path: Path, line_no: int, change: Callable[[dict[str, Any]], None]) -> None:
    """Parse log line ``line_no`` (1-based), change the record, write it back canonically."""
    lines = lines_of(path)
    record = parse_line(lines[line_no - 1])
    change(record)
    lines[line_no - 1] = canonical_json(record)
    write_lines(path, lines)


def segment_line(path: Path, index: int) -> int:
    """The 1-based log line of segment ``index``."""
    for number, line in enumerate(lines_of(path), start=1):
        record = parse_line(line)
        if record["type"] == "segment" and record["index"] == index:
            return number
    raise AssertionError(f"no segment {index}")


def edit_audio(path: Path, change: Callable[[bytearray], None]) -> None:
    audio = bytearray((path / "audio.pcm").read_bytes())
    change(audio)
    (path / "audio.pcm").write_bytes(bytes(audio))


def verify(path: Path, **kwargs: Any) -> Report:
    report = verify_recording(path, **kwargs)
    assert report.verdict in ("intact", "incomplete", "tampered")
    assert report.ok == (report.verdict == "intact")
    return report


def codes(report: Report) -> list[str]:
    return [p.code for p in report.problems]


def only(report: Report, code: str) -> list[Problem]:
    return [p for p in report.problems if p.code == code]


def flip_sample(audio: bytearray, byte: int) -> None:
    audio[byte] ^= 0x01


# -- the baseline ------------------------------------------------------------------------------


def test_pristine_recording_is_intact_and_laid_out_as_the_tests_assume(
    rec: Made, key: DeviceKey
) -> None:
    report = verify(rec.path)
    assert report.verdict == "intact"
    assert report.problems == [] and report.warnings == []
    assert report.sealed and report.end == "stopped"
    assert report.segments == 35 and report.frames == 35 * 8000 and report.duration_s == 35.0
    assert report.checkpoints == report.checkpoints_valid == 3
    assert rec.seal is not None
    assert report.seal_code == rec.seal.code and report.root == rec.seal.root.hex()
    assert report.tree_size == 40
    assert report.key_fingerprint == key.fingerprint == fixed_key().fingerprint
    assert [e.kind for e in report.events] == ["start", "note", "note", "stop"]
    assert [e.at_s for e in report.events] == [0.0, 5.0, 20.0, 35.0]
    assert (rec.path / "audio.pcm").read_bytes() == rec.pcm
    types = [parse_line(line)["type"] for line in lines_of(rec.path)]
    assert [i + 1 for i, t in enumerate(types) if t == "checkpoint"] == list(CHECKPOINT_LINES)
    assert types[SEAL_LINE - 1] == "seal" and len(types) == SEAL_LINE
    assert [types[n - 1] for n in NOTE_LINES] == ["event", "event"]
    assert segment_line(rec.path, 0) == 3 and segment_line(rec.path, 34) == 42


# -- the audio ---------------------------------------------------------------------------------


@pytest.mark.parametrize("segment", [0, 12, 34])
def test_one_sample_changed_names_that_segment_and_its_time(rec: Made, segment: int) -> None:
    edit_audio(rec.path, lambda a: flip_sample(a, segment * SEG + 2 * 4321))
    report = verify(rec.path)
    assert report.verdict == "tampered"
    assert codes(report) == ["segment_changed"]
    (problem,) = report.problems
    assert problem.segment == segment
    assert (problem.start_s, problem.end_s) == (float(segment), float(segment + 1))
    assert problem.line == segment_line(rec.path, segment)
    assert f"segment {segment} (0:{segment:02d}.0–0:{segment + 1:02d}.0)" in problem.message


@pytest.mark.parametrize(
    ("encoding", "channels"),
    [("s16le", 2), ("s24le", 1), ("s24le", 2), ("s32le", 1), ("f32le", 2)],
)
def test_one_sample_changed_in_any_sample_format(
    tmp_path: Path, encoding: str, channels: int
) -> None:
    made = make_recording(
        tmp_path / "fmt.twindeck", seconds=4, encoding=encoding, channels=channels, notes={}
    )
    assert verify(made.path).verdict == "intact"
    frame = made.fmt.frame_bytes
    # the last byte of the last channel of frame 100 of segment 2
    edit_audio(made.path, lambda a: flip_sample(a, 2 * 8000 * frame + 101 * frame - 1))
    report = verify(made.path)
    assert codes(report) == ["segment_changed"]
    assert report.problems[0].segment == 2


def test_segment_replaced_with_silence(rec: Made) -> None:
    def silence(audio: bytearray) -> None:
        audio[7 * SEG : 8 * SEG] = bytes(SEG)

    edit_audio(rec.path, silence)
    report = verify(rec.path)
    assert report.verdict == "tampered"
    assert [(p.code, p.segment) for p in report.problems] == [("segment_changed", 7)]
    assert "0:07.0–0:08.0" in report.problems[0].message


def test_two_segments_audio_swapped(rec: Made) -> None:
    def swap(audio: bytearray) -> None:
        first, second = bytes(audio[3 * SEG : 4 * SEG]), bytes(audio[9 * SEG : 10 * SEG])
        audio[3 * SEG : 4 * SEG], audio[9 * SEG : 10 * SEG] = second, first

    edit_audio(rec.path, swap)
    report = verify(rec.path)
    assert [(p.code, p.segment) for p in report.problems] == [
        ("segment_changed", 3),
        ("segment_changed", 9),
    ]


def test_audio_cut_from_the_middle(rec: Made) -> None:
    """Two seconds removed at 0:20: everything after shifts, and the end runs short."""

    def cut(audio: bytearray) -> None:
        del audio[20 * SEG : 22 * SEG]

    edit_audio(rec.path, cut)
    report = verify(rec.path)
    assert report.verdict == "tampered"
    changed = only(report, "segment_changed")
    assert [p.segment for p in changed] == list(range(20, 33))
    assert "segment 20 (0:20.0–0:21.0)" in changed[0].message
    (missing,) = only(report, "audio_missing")
    assert missing.segment == 33 and missing.start_s == 33.0
    assert "stops at 0:33.0" in missing.message and "up to 0:35.0" in missing.message
    assert set(codes(report)) == {"segment_changed", "audio_missing"}


def test_audio_truncated_at_the_end(rec: Made) -> None:
    def truncate(audio: bytearray) -> None:
        del audio[len(audio) - 3 * SEG - SEG // 2 :]  # keep 31.5 s

    edit_audio(rec.path, truncate)
    report = verify(rec.path)
    assert report.verdict == "tampered"
    assert codes(report) == ["audio_missing"]
    problem = report.problems[0]
    assert problem.segment == 31 and problem.start_s == 31.0
    assert "stops at 0:31.5" in problem.message
    assert "from segment 31 (0:31.0) on" in problem.message


def test_audio_file_deleted(rec: Made) -> None:
    (rec.path / "audio.pcm").unlink()
    report = verify(rec.path)
    assert codes(report) == ["audio_missing"]
    assert report.problems[0].segment == 0


@pytest.mark.parametrize(
    ("added", "shown"), [(2 * SEG, "0:02.0"), (SEG // 2, "0:00.5")], ids=["2s", "half-second"]
)
def test_audio_appended(rec: Made, added: int, shown: str) -> None:
    with open(rec.path / "audio.pcm", "ab") as audio:
        audio.write(rec.pcm[:added])
    report = verify(rec.path)
    assert report.verdict == "tampered"
    assert codes(report) == ["audio_extra"]
    assert report.problems[0].start_s == 35.0
    assert f"runs {shown} past the end" in report.problems[0].message


def test_a_single_byte_appended(rec: Made) -> None:
    with open(rec.path / "audio.pcm", "ab") as audio:
        audio.write(b"\x01")
    assert codes(verify(rec.path)) == ["audio_extra"]


# -- the log: leaves cut, repeated, reordered, spliced -------------------------------------------


def test_segment_line_deleted(rec: Made) -> None:
    lines = lines_of(rec.path)
    del lines[segment_line(rec.path, 15) - 1]  # line 20, leaf 18
    write_lines(rec.path, lines)
    report = verify(rec.path)
    assert report.verdict == "tampered"
    first = report.problems[0]
    assert (first.code, first.line, first.leaf) == ("leaf_order", 20, 18)
    assert "leaves 18–18 are missing (cut out)" in first.message
    order = only(report, "segment_order")[0]
    assert (order.segment, order.start_s, order.line) == (16, 16.0, 20)
    assert "segment 16 (0:16.0–0:17.0) found where segment 15 belongs" in order.message
    (gap,) = only(report, "audio_gap")
    assert gap.segment == 16 and "ends at sample 120000 (0:15.0)" in gap.message
    # the checkpoints and the seal no longer stand where their tree sizes say
    positions = only(report, "checkpoint_position")
    assert [p.line for p in positions] == [24, None, 43]  # later ones summed up in one line
    assert "1 later checkpoint(s) are out of place too" in positions[1].message
    assert "seal on log line 43 covers 40 leaves" in positions[-1].message
    assert not only(report, "segment_changed")  # every remaining segment's audio is its own


def test_segment_line_duplicated(rec: Made) -> None:
    lines = lines_of(rec.path)
    at = segment_line(rec.path, 15)
    lines.insert(at, lines[at - 1])  # line 20 again as line 21
    write_lines(rec.path, lines)
    report = verify(rec.path)
    assert report.verdict == "tampered"
    first = report.problems[0]
    assert (first.code, first.line, first.leaf) == ("leaf_order", 21, 19)
    assert "leaf 18 appears where leaf 19 belongs (inserted or reordered)" in first.message
    order = only(report, "segment_order")[0]
    assert (order.segment, order.line) == (15, 21)
    assert "segment 15 (0:15.0–0:16.0) found where segment 16 belongs" in order.message
    (gap,) = only(report, "audio_gap")
    assert gap.segment == 15 and "duplicated" in gap.message


def test_two_segment_lines_swapped(rec: Made) -> None:
    lines = lines_of(rec.path)
    at = segment_line(rec.path, 15) - 1
    lines[at], lines[at + 1] = lines[at + 1], lines[at]
    write_lines(rec.path, lines)
    report = verify(rec.path)
    assert report.verdict == "tampered"
    assert [(p.line, p.segment) for p in only(report, "segment_order")] == [(20, 16), (21, 15)]
    assert [p.line for p in only(report, "leaf_order")] == [20, 21]
    assert {p.line for p in only(report, "time_order")} == {21}
    assert [p.segment for p in only(report, "audio_gap")] == [16, 15, 17]
    # the leaf count is unchanged, so the signed roots are compared, and differ from leaf 13 on
    inconsistent = only(report, "inconsistent_checkpoint")
    assert [p.line for p in inconsistent] == [25, None]
    assert "1 later checkpoint(s) do not match either" in inconsistent[1].message
    assert inconsistent[0].leaf == 13 and inconsistent[0].start_s == 10.0
    assert "leaves 13–22, 0:10.0–0:20.0 into the recording" in inconsistent[0].message
    assert [p.line for p in only(report, "seal_mismatch")] == [SEAL_LINE]
    assert not only(report, "segment_changed")


@pytest.mark.parametrize("change", ["deleted", "duplicated"])
def test_one_cut_or_repeated_line_is_reported_once(rec: Made, change: str) -> None:
    lines = lines_of(rec.path)
    at = segment_line(rec.path, 15) - 1
    if change == "deleted":
        del lines[at]
    else:
        lines.insert(at, lines[at])
    write_lines(rec.path, lines)
    report = verify(rec.path)
    assert len(only(report, "leaf_order")) == 1, [p.message for p in only(report, "leaf_order")]
    assert len(only(report, "segment_order")) == 1


def test_segment_spliced_in_from_another_recording_with_the_same_key(
    rec: Made, tmp_path: Path
) -> None:
    """Segment 12 and its audio taken from another recording by the same device, with the same
    layout and clock: the line and its audio agree, only the signed roots give it away."""
    other = make_recording(tmp_path / "other.twindeck", seed=99)
    assert other.key.public_raw == rec.key.public_raw
    at = segment_line(rec.path, 12)
    lines, theirs = lines_of(rec.path), lines_of(other.path)
    assert lines[at - 1] != theirs[at - 1]
    lines[at - 1] = theirs[at - 1]
    write_lines(rec.path, lines)

    def splice(audio: bytearray) -> None:
        audio[12 * SEG : 13 * SEG] = other.pcm[12 * SEG : 13 * SEG]

    edit_audio(rec.path, splice)
    report = verify(rec.path)
    assert report.verdict == "tampered"
    assert codes(report) == ["inconsistent_checkpoint", "inconsistent_checkpoint", "seal_mismatch"]
    first = report.problems[0]
    assert first.line == 25 and first.leaf == 13 and first.start_s == 10.0
    assert "leaves 13–22, 0:10.0–0:20.0 into the recording" in first.message


# -- the log: cut short, unsealed ---------------------------------------------------------------


def test_seal_removed_is_incomplete(rec: Made) -> None:
    write_lines(rec.path, lines_of(rec.path)[:-1])
    report = verify(rec.path)
    assert report.verdict == "incomplete"
    assert not report.sealed and report.seal_code == ""
    assert codes(report) == ["not_sealed"]
    assert "ends at 0:35.0" in report.problems[0].message
    assert report.tree_size == 40  # the unsealed tree, for information


@pytest.mark.parametrize(("keep_lines", "seconds"), [(20, 16), (25, 20), (43, 35)])
def test_log_and_audio_cut_back_together_is_incomplete_not_intact(
    rec: Made, keep_lines: int, seconds: int
) -> None:
    write_lines(rec.path, lines_of(rec.path)[:keep_lines])
    edit_audio(rec.path, lambda a: a.__delitem__(slice(seconds * SEG, None)))
    report = verify(rec.path)
    assert report.verdict == "incomplete"
    assert codes(report) == ["not_sealed"]
    assert f"ends at 0:{seconds:02d}.0" in report.problems[0].message
    assert report.frames == seconds * 8000


def test_log_cut_after_a_line_with_the_audio_left_is_tampered(rec: Made) -> None:
    write_lines(rec.path, lines_of(rec.path)[:20])
    report = verify(rec.path)
    assert report.verdict == "tampered"
    assert codes(report) == ["audio_extra"]
    assert report.problems[0].start_s == 16.0
    assert "runs 0:19.0 past the end" in report.problems[0].message


def test_log_cut_mid_line(rec: Made) -> None:
    lines = lines_of(rec.path)
    write_lines(rec.path, [*lines[:20], lines[20][:40]], end=b"")
    report = verify(rec.path)
    assert report.verdict == "tampered"
    assert codes(report) == ["log_truncated", "audio_extra"]
    assert report.problems[0].line == 21
    assert "incomplete (40 bytes)" in report.problems[0].message


def test_what_a_crash_leaves_is_incomplete_not_tampered(tmp_path: Path) -> None:
    made = make_recording(tmp_path / "crashed.twindeck", seal=False)
    with open(made.path / "audio.pcm", "ab") as audio:
        audio.write(made.pcm[: SEG // 3])  # part of the segment in flight
    with open(made.path / "log.jsonl", "ab") as log:
        log.write(b'{"elapsed_ms":37000,"fra')
    report = verify(made.path)
    assert report.verdict == "incomplete", [p.message for p in report.problems]
    assert "not_sealed" in codes(report)


# -- the log: notes, times, header ----------------------------------------------------------------


def test_note_text_edited(rec: Made) -> None:
    edit_line(rec.path, NOTE_LINES[1], lambda r: r["data"].update(text="claimant says no pain"))
    report = verify(rec.path)
    assert report.verdict == "tampered"
    assert codes(report) == ["inconsistent_checkpoint", "seal_mismatch"]
    first = report.problems[0]
    assert first.line == 37 and first.leaf == 23 and first.start_s == 20.0
    assert "checkpoint of 2026-11-24T10:02:44.120Z (log line 37)" in first.message
    assert "leaves 23–33, 0:20.0–0:30.0 into the recording" in first.message


def test_note_time_edited_still_in_order(rec: Made) -> None:
    edit_line(rec.path, NOTE_LINES[0], lambda r: r.update(time="2026-11-24T10:02:18.500Z"))
    report = verify(rec.path)
    assert codes(report) == ["inconsistent_checkpoint", "inconsistent_checkpoint", "seal_mismatch"]
    assert "2 later checkpoint(s) do not match either" in report.problems[1].message
    first = report.problems[0]
    assert first.line == 14 and first.leaf == 0
    assert "leaves 0–12, 0:00.0–0:10.0" in first.message


def test_note_time_edited_backwards(rec: Made) -> None:
    edit_line(rec.path, NOTE_LINES[0], lambda r: r.update(time="2026-11-24T10:02:13.000Z"))
    report = verify(rec.path)
    assert report.verdict == "tampered"
    (order,) = only(report, "time_order")
    assert (order.line, order.leaf) == (8, 7)
    assert "dated 2026-11-24T10:02:13.000Z, before the line above it" in order.message
    assert [p.line for p in only(report, "inconsistent_checkpoint")] == [CHECKPOINT_LINES[0], None]
    assert [p.line for p in only(report, "seal_mismatch")] == [SEAL_LINE]


def test_note_elapsed_time_edited_backwards(rec: Made) -> None:
    edit_line(rec.path, NOTE_LINES[1], lambda r: r.update(elapsed_ms=100))
    report = verify(rec.path)
    (order,) = only(report, "time_order")
    assert order.line == 26 and "elapsed time goes backwards" in order.message
    assert only(report, "inconsistent_checkpoint")[0].line == 37


@pytest.mark.parametrize("field", ["time", "elapsed_ms"])
def test_segment_time_moved_forwards_is_reported_once(rec: Made, field: str) -> None:
    later: dict[str, object] = {"time": "2026-11-24T11:00:00.000Z", "elapsed_ms": 3_600_000}
    edit_line(rec.path, segment_line(rec.path, 3), lambda r: r.update({field: later[field]}))
    report = verify(rec.path)
    assert only(report, "inconsistent_checkpoint")[0].line == 14
    assert [p.line for p in only(report, "time_order")] == [7]


@pytest.mark.parametrize(
    ("every", "checkpoints", "span"),
    [(1, 35, "leaves 7–8, 0:05.0–0:06.0"), (4, 8, "leaves 6–10, 0:04.0–0:08.0")],
)
def test_more_checkpoints_pin_a_change_more_closely(
    tmp_path: Path, every: int, checkpoints: int, span: str
) -> None:
    made = make_recording(tmp_path / "often.twindeck", checkpoint_every=every)
    report = verify(made.path)
    assert report.ok and report.checkpoints == report.checkpoints_valid == checkpoints
    lines = lines_of(made.path)
    (note_line,) = [i + 1 for i, line in enumerate(lines) if b"walk to the shops" in line]
    edit_line(made.path, note_line, lambda r: r["data"].update(text="nothing was said"))
    first = verify(made.path).problems[0]
    assert first.code == "inconsistent_checkpoint" and span in first.message


def test_header_metadata_edited(rec: Made) -> None:
    edit_line(rec.path, 1, lambda r: r["meta"].update(case="PIP-TEST-0002"))
    report = verify(rec.path)
    assert report.verdict == "tampered"
    assert report.meta == {"case": "PIP-TEST-0002"}
    assert codes(report)[0] == "inconsistent_checkpoint"
    first = report.problems[0]
    assert first.line == 14 and first.leaf == 0 and first.start_s == 0.0
    assert "leaves 0–12, 0:00.0–0:10.0" in first.message
    assert codes(report)[-1] == "seal_mismatch"


def test_header_started_time_edited(rec: Made) -> None:
    edit_line(rec.path, 1, lambda r: r.update(started="2026-11-23T10:02:11.120Z"))
    report = verify(rec.path)
    assert report.started == "2026-11-23T10:02:11.120Z"
    assert only(report, "inconsistent_checkpoint")[0].line == 14


# -- keys and signatures -----------------------------------------------------------------------


def test_public_key_in_header_replaced(rec: Made, other_key: DeviceKey) -> None:
    other = other_key
    edit_line(rec.path, 1, lambda r: r["key"].update(public=b64encode(other.public_raw)))
    report = verify(rec.path)
    assert report.verdict == "tampered"
    assert report.key_fingerprint == other.fingerprint
    bad = only(report, "bad_signature")
    assert [p.line for p in bad] == [*CHECKPOINT_LINES, SEAL_LINE]
    assert other.fingerprint in bad[0].message
    assert "checkpoint (log line 14)" in bad[0].message and "seal (log line 44)" in bad[-1].message


def test_whole_recording_resigned_by_another_key(
    rec: Made, tmp_path: Path, other_key: DeviceKey
) -> None:
    """Re-made from the same audio and notes under another key: it verifies on its own; only
    the fingerprint or the code noted at the time tell it apart."""
    assert rec.seal is not None
    forged = make_recording(
        tmp_path / "forged.twindeck", key=other_key, recording_id=rec.recording_id
    )
    assert forged.pcm == rec.pcm
    alone = verify(forged.path)
    assert alone.verdict == "intact" and alone.recording_id == rec.recording_id
    assert alone.seal_code != rec.seal.code

    by_key = verify(forged.path, expect_key=rec.key.fingerprint)
    assert by_key.verdict == "tampered" and codes(by_key) == ["unknown_key"]
    assert other_key.fingerprint in by_key.problems[0].message
    assert rec.key.fingerprint in by_key.problems[0].message

    by_code = verify(forged.path, expect_code=rec.seal.code)
    assert by_code.verdict == "tampered" and codes(by_code) == ["code_mismatch"]
    assert f"not the {rec.seal.code}" in by_code.problems[0].message

    both = verify(forged.path, expect_key=rec.key.fingerprint, expect_code=rec.seal.code)
    assert codes(both) == ["unknown_key", "code_mismatch"]


def test_expected_key_and_code_as_a_person_types_them(rec: Made) -> None:
    assert rec.seal is not None
    typed_key = rec.key.fingerprint.lower().replace("-", " ").replace("0", "o")
    typed_code = rec.seal.code.lower().replace("-", "")
    report = verify(rec.path, expect_key=typed_key, expect_code=typed_code)
    assert report.verdict == "intact", [p.message for p in report.problems]


@pytest.mark.parametrize("line_no", [*CHECKPOINT_LINES, SEAL_LINE])
def test_signature_byte_flipped(rec: Made, line_no: int) -> None:
    def flip(record: dict[str, Any]) -> None:
        signature = bytearray(b64decode(record["signature"], 64))
        signature[17] ^= 0x40
        record["signature"] = b64encode(bytes(signature))

    edit_line(rec.path, line_no, flip)
    report = verify(rec.path)
    assert report.verdict == "tampered"
    assert [(p.code, p.line) for p in report.problems] == [("bad_signature", line_no)]
    assert report.checkpoints_valid == (2 if line_no in CHECKPOINT_LINES else 3)


@pytest.mark.parametrize(
    ("field", "value", "expected"),
    [
        ("end", "interrupted", ["bad_signature"]),
        ("time", "2026-11-24T10:02:52.000Z", ["bad_signature"]),
        ("frames", 8000, ["bad_signature", "seal_mismatch"]),
        ("tree_size", 39, ["checkpoint_position"]),
        ("root", "00" * 32, ["bad_signature", "seal_mismatch", "seal_mismatch"]),
    ],
)
def test_seal_fields_edited(rec: Made, field: str, value: object, expected: list[str]) -> None:
    edit_line(rec.path, SEAL_LINE, lambda r: r.update({field: value}))
    report = verify(rec.path)
    assert report.verdict == "tampered"
    assert codes(report) == expected
    assert all(p.line == SEAL_LINE for p in report.problems)


def test_seal_code_edited(rec: Made) -> None:
    assert rec.seal is not None
    forged = ("0000" if not rec.seal.code.startswith("0000") else "1111") + rec.seal.code[4:]
    edit_line(rec.path, SEAL_LINE, lambda r: r.update(code=forged))
    report = verify(rec.path)
    assert report.verdict == "tampered"
    assert [(p.code, p.line) for p in report.problems] == [("seal_mismatch", SEAL_LINE)]
    assert f"seal code {forged} does not match its root" in report.problems[0].message
    # whoever wrote down the real code is told, too
    assert "code_mismatch" in codes(verify(rec.path, expect_code=rec.seal.code))


@pytest.mark.parametrize(
    "extra",
    [
        "repeated stop event",
        "second seal",
        "checkpoint",
        "new note",
    ],
)
def test_a_line_after_the_seal(rec: Made, extra: str) -> None:
    lines = lines_of(rec.path)
    if extra == "repeated stop event":
        added = lines[-2]
    elif extra == "second seal":
        added = lines[-1]
    elif extra == "checkpoint":
        added = lines[CHECKPOINT_LINES[-1] - 1]
    else:
        record = parse_line(lines[NOTE_LINES[0] - 1])
        record.update(n=40, at_frames=280000, time="2026-11-24T10:03:00.000Z", elapsed_ms=50000)
        record["data"] = {"text": "claimant admitted everything"}
        added = canonical_json(record)
    write_lines(rec.path, [*lines, added])
    report = verify(rec.path)
    assert report.verdict == "tampered"
    assert [(p.code, p.line) for p in report.problems] == [("after_seal", SEAL_LINE + 1)]
    assert "comes after the seal" in report.problems[0].message


@pytest.mark.parametrize(
    ("line_no", "what"),
    [(11, "segment"), (8, "note"), (14, "checkpoint"), (SEAL_LINE, "seal")],
)
def test_non_canonical_line(rec: Made, line_no: int, what: str) -> None:
    """The same record with one space added is a different line: damaged, not silently read."""
    lines = lines_of(rec.path)
    lines[line_no - 1] = lines[line_no - 1].replace(b",", b", ", 1)
    assert parse_line(lines[line_no - 1].replace(b", ", b",", 1))  # it was canonical before
    write_lines(rec.path, lines)
    report = verify(rec.path)
    assert report.verdict == "tampered"
    first = report.problems[0]
    assert (first.code, first.line) == ("log_damaged", line_no)
    assert "not in canonical form" in first.message
    if what == "checkpoint":
        assert codes(report) == ["log_damaged"]
        assert [w.code for w in report.warnings] == ["checkpoint_missing"]


def test_unknown_record_type(rec: Made) -> None:
    lines = lines_of(rec.path)
    lines.insert(20, canonical_json({"type": "annotation", "text": "inserted later"}))
    write_lines(rec.path, lines)
    report = verify(rec.path)
    assert [(p.code, p.line) for p in report.problems] == [("unknown_record", 21)]


def test_a_checkpoint_removed_is_only_a_warning(rec: Made) -> None:
    """Checkpoints are evidence of when; the seal alone covers the content (format.md §6.2)."""
    lines = lines_of(rec.path)
    del lines[CHECKPOINT_LINES[0] - 1]
    write_lines(rec.path, lines)
    report = verify(rec.path)
    assert report.verdict == "intact"
    assert [w.code for w in report.warnings] == ["checkpoint_missing"]
    assert "first after leaf 12" in report.warnings[0].message
    assert report.checkpoints == 2


def _root_with_newline(record: dict[str, Any]) -> None:
    record["root"] += "\n"


def _extra_field(record: dict[str, Any]) -> None:
    record["comment"] = "the claimant admitted everything"


@pytest.mark.parametrize(
    ("line_no", "change"),
    [
        (SEAL_LINE, _root_with_newline),
        (CHECKPOINT_LINES[1], _root_with_newline),
        (SEAL_LINE, _extra_field),
        (CHECKPOINT_LINES[0], _extra_field),
        (CHECKPOINT_LINES[0], None),
    ],
    ids=["seal-root-newline", "checkpoint-root-newline", "seal-extra", "checkpoint-extra", "dup"],
)
def test_signed_lines_have_exactly_one_form(
    rec: Made, line_no: int, change: Callable[[dict[str, Any]], None] | None
) -> None:
    """A changed file must not verify intact, even where the change is outside the leaves."""
    if change is None:  # the same checkpoint line twice
        lines = lines_of(rec.path)
        lines.insert(line_no, lines[line_no - 1])
        write_lines(rec.path, lines)
    else:
        edit_line(rec.path, line_no, change)
    report = verify(rec.path)
    assert report.verdict == "tampered"
    assert report.problems and all(p.line in (line_no, line_no + 1) for p in report.problems)


# -- the single-file form ------------------------------------------------------------------------


def _member_offset(archive_path: Path, name: str) -> int:
    with zipfile.ZipFile(archive_path) as archive:
        info = archive.getinfo(name)
    with open(archive_path, "rb") as handle:
        handle.seek(info.header_offset + 26)
        name_len = int.from_bytes(handle.read(2), "little")
        extra_len = int.from_bytes(handle.read(2), "little")
    return info.header_offset + 30 + name_len + extra_len


def test_zip_with_audio_altered_inside(rec: Made, tmp_path: Path) -> None:
    packed = tmp_path / "assessment.twindeck.zip"
    pack_recording(rec.path, packed)
    data = bytearray(packed.read_bytes())
    data[_member_offset(packed, "audio.pcm") + 12 * SEG + 1234] ^= 0x01
    packed.write_bytes(bytes(data))
    report = verify(packed)
    assert report.verdict == "tampered"
    assert [(p.code, p.segment) for p in report.problems] == [("segment_changed", 12)]
    assert "segment 12 (0:12.0–0:13.0)" in report.problems[0].message


def test_zip_with_a_note_altered_inside(rec: Made, tmp_path: Path) -> None:
    packed = tmp_path / "assessment.twindeck.zip"
    pack_recording(rec.path, packed)
    with zipfile.ZipFile(packed) as archive:
        old_crc = archive.getinfo("log.jsonl").CRC
    data = packed.read_bytes()
    assert data.count(b"walk to the shops") == 1
    data = data.replace(b"walk to the shops", b"run to the shops!")
    packed.write_bytes(data)
    # edited in place, the member no longer matches its CRC: a damaged file, not a recording
    with pytest.raises(NotARecording, match="damaged zip file"):
        verify_recording(packed)
    # an attacker fixes the CRC (local header and central directory); the seal still shows it
    original = (rec.path / "log.jsonl").read_bytes()
    new_log = original.replace(b"walk to the shops", b"run to the shops!")
    old, new = (struct.pack("<L", c) for c in (old_crc, zlib.crc32(new_log)))
    assert data.count(old) == 2
    packed.write_bytes(data.replace(old, new))
    report = verify(packed)
    assert report.verdict == "tampered"
    assert report.events[1].data["text"] == "assessor asks about the run to the shops!"
    assert codes(report)[0] == "inconsistent_checkpoint" and report.problems[0].line == 14


# -- input that is not a recording at all ---------------------------------------------------------


def _missing(tmp: Path, rec: Made) -> Path:
    return tmp / "nowhere.twindeck"


def _random_file(tmp: Path, rec: Made) -> Path:
    path = tmp / "noise.twindeck.zip"
    path.write_bytes(bytes((i * 7919 + 13) % 256 for i in range(5000)))
    return path


def _empty_folder(tmp: Path, rec: Made) -> Path:
    path = tmp / "empty.twindeck"
    path.mkdir()
    return path


def _half_zip(tmp: Path, rec: Made) -> Path:
    packed = tmp / "whole.twindeck.zip"
    pack_recording(rec.path, packed)
    path = tmp / "half.twindeck.zip"
    data = packed.read_bytes()
    path.write_bytes(data[: len(data) // 2])
    return path


def _zip_without_log(tmp: Path, rec: Made) -> Path:
    path = tmp / "nolog.twindeck.zip"
    with zipfile.ZipFile(path, "w") as archive:
        archive.write(rec.path / "audio.pcm", "audio.pcm")
    return path


def _log_first_line(text: bytes) -> Callable[[Path, Made], Path]:
    def build(tmp: Path, rec: Made) -> Path:
        lines = lines_of(rec.path)
        write_lines(rec.path, [text, *lines[1:]])
        return rec.path

    return build


def _header(change: Callable[[dict[str, Any]], None]) -> Callable[[Path, Made], Path]:
    def build(tmp: Path, rec: Made) -> Path:
        edit_line(rec.path, 1, change)
        return rec.path

    return build


def _empty_log(tmp: Path, rec: Made) -> Path:
    (rec.path / "log.jsonl").write_bytes(b"")
    return rec.path


@pytest.mark.parametrize(
    ("build", "error", "message"),
    [
        (_missing, UnusableInput, "does not exist"),
        (_random_file, NotARecording, "is not a twindeck recording"),
        (_empty_folder, NotARecording, "has no log.jsonl"),
        (_half_zip, NotARecording, "damaged zip file"),
        (_zip_without_log, NotARecording, "a zip without log.jsonl"),
        (_empty_log, NotARecording, "the log is empty"),
        (_log_first_line(b"\x00\x01garbage\xff"), NotARecording, "first log line is not a header"),
        (_log_first_line(b"[" * 100_000), NotARecording, "first log line is not a header"),
        (
            _log_first_line(b'{"a":' + b'{"a":' * 100_000 + b"1" + b"}" * 100_001),
            NotARecording,
            "first log line is not a header",
        ),
        (_log_first_line(b'{"type":"event"}'), NotARecording, "does not start with a twindeck"),
        (_header(lambda r: r.update(version=99)), UnsupportedFormat, "format version 99"),
        (_header(lambda r: r.update(format="other")), NotARecording, "does not start with"),
        (_header(lambda r: r.pop("audio")), NotARecording, "header is malformed"),
        (_header(lambda r: r["audio"].update(rate_hz=5)), NotARecording, "header is malformed"),
        (_header(lambda r: r["key"].update(alg="rsa")), NotARecording, "header is malformed"),
        (_header(lambda r: r["key"].update(public="AAAA")), NotARecording, "malformed"),
        (_header(lambda r: r.update(n=3)), NotARecording, "header is malformed"),
    ],
    ids=[
        "missing-path",
        "random-binary",
        "empty-folder",
        "half-a-zip",
        "zip-without-log",
        "empty-log",
        "garbage-first-line",
        "json-bomb-lists",
        "json-bomb-objects",
        "event-first",
        "version-99",
        "other-format",
        "no-audio-field",
        "bad-rate",
        "other-key-algorithm",
        "short-key",
        "header-not-leaf-0",
    ],
)
def test_unusable_input_raises_one_clear_error(
    tmp_path: Path,
    rec: Made,
    build: Callable[[Path, Made], Path],
    error: type[UnusableInput],
    message: str,
) -> None:
    path = build(tmp_path, rec)
    with pytest.raises(UnusableInput) as caught:
        verify_recording(path)
    exc = caught.value
    assert type(exc) is error
    assert exc.exit_code == 2 and exc.hint
    text = str(exc)
    assert message in text
    assert "\n" not in text and len(text) < 300
    assert str(path) in text
