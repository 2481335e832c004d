"""The single-file form, recovery after a crash, and identical copies written in lockstep."""

from __future__ import annotations

import datetime as dt
import warnings
import zipfile
from pathlib import Path
from typing import Any

import pytest

from conftest import START, Made, fixed_key, make_recording
from twindeck.errors import (
    AlreadyExists,
    AlreadySealed,
    DestinationError,
    KeyProblem,
    NotARecording,
    NotIntact,
    UnusableInput,
)
from twindeck.seal import (
    AudioFormat,
    DeviceKey,
    RecordingWriter,
    Report,
    SteppedClock,
    pack_recording,
    recover_recording,
    verify_recording,
)
from twindeck.seal.archive import MappedAudio, StreamedAudio, open_recording
from twindeck.seal.encoding import parse_line

SEG = 16_000  # bytes in one segment of 8 kHz mono s16le
AFTER = START + dt.timedelta(hours=1)  # the clock of the machine that recovers


def _snapshot(folder: Path) -> dict[str, bytes]:
    return {p.name: p.read_bytes() for p in sorted(folder.iterdir())}


def _same_result(a: Report, b: Report) -> None:
    left, right = a.as_dict(), b.as_dict()
    left.pop("path"), right.pop("path")
    assert left == right


def _repack(folder: Path, target: Path, compression: int, audio: bytes | None = None) -> None:
    with zipfile.ZipFile(target, "w", compression) as archive:
        archive.write(folder / "log.jsonl", "log.jsonl")
        if audio is None:
            archive.write(folder / "audio.pcm", "audio.pcm")
        else:
            archive.writestr("audio.pcm", audio)


# -- packing -------------------------------------------------------------------------------------


def test_packing_twice_gives_identical_bytes(rec: Made, tmp_path: Path) -> None:
    first, second = tmp_path / "one.twindeck.zip", tmp_path / "two.twindeck.zip"
    pack_recording(rec.path, first)
    (rec.path / "log.jsonl").touch()  # a newer mtime must not matter
    pack_recording(rec.path, second)
    assert first.read_bytes() == second.read_bytes()
    assert not list(tmp_path.glob("*.partial"))
    with zipfile.ZipFile(first) as archive:
        infos = archive.infolist()
        assert [i.filename for i in infos] == ["log.jsonl", "audio.pcm"]
        assert all(i.compress_type == zipfile.ZIP_STORED for i in infos)
        assert all(i.date_time == (1980, 1, 1, 0, 0, 0) for i in infos)
        assert archive.read("audio.pcm") == rec.pcm
        assert archive.read("log.jsonl") == (rec.path / "log.jsonl").read_bytes()
        assert archive.testzip() is None


def test_the_zip_verifies_with_the_same_root_and_code_as_the_folder(
    rec: Made, tmp_path: Path
) -> None:
    packed = tmp_path / "assessment.twindeck.zip"
    pack_recording(rec.path, packed)
    files = open_recording(packed)
    try:
        assert files.form == "zip" and isinstance(files.audio, MappedAudio)
    finally:
        files.close()
    folder, single = verify_recording(rec.path), verify_recording(packed)
    assert single.verdict == "intact"
    assert rec.seal is not None
    assert (single.root, single.seal_code) == (rec.seal.root.hex(), rec.seal.code)
    _same_result(folder, single)
    assert verify_recording(packed, expect_code=rec.seal.code, expect_key=rec.key.fingerprint).ok


def test_pack_refuses_to_overwrite(rec: Made, tmp_path: Path) -> None:
    target = tmp_path / "taken.twindeck.zip"
    target.write_bytes(b"something else")
    with pytest.raises(AlreadyExists, match="already exists"):
        pack_recording(rec.path, target)
    assert target.read_bytes() == b"something else"


def test_a_deflated_audio_member_still_verifies(rec: Made, tmp_path: Path) -> None:
    """Someone re-zipped the recording with ordinary compression: read as a stream, same seal."""
    packed = tmp_path / "deflated.zip"
    _repack(rec.path, packed, zipfile.ZIP_DEFLATED)
    files = open_recording(packed)
    try:
        assert isinstance(files.audio, StreamedAudio) and not files.audio.parallel
    finally:
        files.close()
    report = verify_recording(packed)
    assert report.verdict == "intact", [p.message for p in report.problems]
    _same_result(verify_recording(rec.path), report)


def test_a_deflated_audio_member_with_a_changed_sample(rec: Made, tmp_path: Path) -> None:
    audio = bytearray(rec.pcm)
    audio[12 * SEG + 999] ^= 1
    packed = tmp_path / "deflated.zip"
    _repack(rec.path, packed, zipfile.ZIP_DEFLATED, bytes(audio))
    report = verify_recording(packed)
    assert [(p.code, p.segment) for p in report.problems] == [("segment_changed", 12)]


def test_a_deflated_audio_member_cut_short(rec: Made, tmp_path: Path) -> None:
    packed = tmp_path / "deflated.zip"
    _repack(rec.path, packed, zipfile.ZIP_BZIP2, rec.pcm[: 30 * SEG])
    report = verify_recording(packed)
    assert [(p.code, p.segment) for p in report.problems] == [("audio_missing", 30)]


def test_a_zip_without_audio(rec: Made, tmp_path: Path) -> None:
    packed = tmp_path / "noaudio.zip"
    with zipfile.ZipFile(packed, "w") as archive:
        archive.write(rec.path / "log.jsonl", "log.jsonl")
    report = verify_recording(packed)
    assert [(p.code, p.segment) for p in report.problems] == [("audio_missing", 0)]


def _swap_segment_lines(folder: Path) -> None:
    lines = (folder / "log.jsonl").read_bytes().split(b"\n")
    lines[19], lines[20] = lines[20], lines[19]  # segments 15 and 16
    (folder / "log.jsonl").write_bytes(b"\n".join(lines))


def test_a_deflated_zip_with_segments_out_of_order_is_reported_not_raised(
    rec: Made, tmp_path: Path
) -> None:
    _swap_segment_lines(rec.path)
    packed = tmp_path / "deflated.zip"
    _repack(rec.path, packed, zipfile.ZIP_DEFLATED)
    report = verify_recording(packed)
    assert report.verdict == "tampered"
    _same_result(verify_recording(rec.path), report)


def test_a_damaged_compressed_audio_member_is_reported_not_raised(
    rec: Made, tmp_path: Path
) -> None:
    packed = tmp_path / "deflated.zip"
    _repack(rec.path, packed, zipfile.ZIP_DEFLATED)
    with zipfile.ZipFile(packed) as archive:
        info = archive.getinfo("audio.pcm")
    data = bytearray(packed.read_bytes())
    data[info.header_offset + 30 + len("audio.pcm") + len(info.extra) + 5000] ^= 0x10
    packed.write_bytes(bytes(data))
    try:
        report = verify_recording(packed)
    except UnusableInput:
        return
    assert report.verdict == "tampered"


def test_a_zip_with_two_audio_members_is_not_intact(rec: Made, tmp_path: Path) -> None:
    altered = bytearray(rec.pcm)
    altered[5 * SEG] ^= 1
    packed = tmp_path / "twice.zip"
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", UserWarning)  # zipfile: "Duplicate name"
        with zipfile.ZipFile(packed, "w") as archive:
            archive.write(rec.path / "log.jsonl", "log.jsonl")
            archive.writestr("audio.pcm", bytes(altered))
            archive.writestr("audio.pcm", rec.pcm)
    try:
        report = verify_recording(packed)
    except UnusableInput:
        return
    assert report.verdict == "tampered"


# -- recovery ------------------------------------------------------------------------------------


def _crash(made: Made, audio_bytes: int, log_tail: bytes) -> None:
    """What a crash mid-write leaves: audio of the segment in flight, half its log line."""
    with open(made.path / "audio.pcm", "ab") as audio:
        audio.write(made.pcm[:audio_bytes])
    with open(made.path / "log.jsonl", "ab") as log:
        log.write(log_tail)


def test_recover_an_interrupted_recording(tmp_path: Path) -> None:
    made = make_recording(tmp_path / "crashed.twindeck", seal=False)
    assert (made.path / ".reserve").exists()
    half_line = b'{"elapsed_ms":37000,"frames":8000,"ind'
    _crash(made, 6000, half_line)
    before = verify_recording(made.path)
    assert not before.sealed and "log_truncated" in [p.code for p in before.problems]

    recovery = recover_recording(made.path, made.key, SteppedClock(AFTER))
    assert recovery.discarded_frames == 3000
    assert recovery.discarded_log_bytes == len(half_line)
    assert recovery.seal.end == "interrupted" and recovery.seal.frames == 35 * 8000

    report = verify_recording(made.path)
    assert report.verdict == "intact", [p.message for p in report.problems]
    assert report.end == "interrupted"
    assert (report.seal_code, report.root) == (recovery.seal.code, recovery.seal.root.hex())
    assert report.frames == 35 * 8000 and report.segments == 35
    assert [e.kind for e in report.events] == ["start", "note", "note", "recovered"]
    recovered = report.events[-1]
    assert recovered.at_s == 35.0
    assert recovered.data["discarded_frames"] == 3000
    assert recovered.data["discarded_log_bytes"] == len(half_line)
    assert (made.path / "audio.pcm").read_bytes() == made.pcm  # all sealed audio kept
    assert sorted(p.name for p in made.path.iterdir()) == ["audio.pcm", "log.jsonl"]
    # elapsed time is held where the recorder left it: its clock died with it
    lines = [parse_line(line) for line in (made.path / "log.jsonl").read_bytes().splitlines()]
    assert lines[-2]["kind"] == "recovered" and lines[-3]["index"] == 34
    assert lines[-2]["elapsed_ms"] == lines[-3]["elapsed_ms"] == 38_000
    with pytest.raises(AlreadySealed):
        recover_recording(made.path, made.key, SteppedClock(AFTER))


def test_recover_between_two_segments_discards_nothing(tmp_path: Path) -> None:
    made = make_recording(tmp_path / "stopped.twindeck", seconds=12, seal=False)
    before = verify_recording(made.path)
    assert before.verdict == "incomplete"
    assert [p.code for p in before.problems] == ["not_sealed"]
    recovery = recover_recording(made.path, made.key, SteppedClock(AFTER))
    assert (recovery.discarded_frames, recovery.discarded_log_bytes) == (0, 0)
    report = verify_recording(made.path)
    assert report.ok and report.end == "interrupted" and report.frames == 12 * 8000
    assert (made.path / "audio.pcm").read_bytes() == made.pcm


def test_recovered_event_names_the_last_sealed_time(tmp_path: Path) -> None:
    made = make_recording(tmp_path / "crashed.twindeck", seal=False)
    last_line = (made.path / "log.jsonl").read_bytes().splitlines()[-1]
    last = parse_line(last_line)
    assert last["type"] == "segment" and last["index"] == 34
    recover_recording(made.path, made.key, SteppedClock(AFTER))
    report = verify_recording(made.path)
    assert report.events[-1].data["last_sealed_time"] == last["time"]


def test_recovery_with_a_clock_behind_the_log_never_seals_a_tampered_log(tmp_path: Path) -> None:
    made = make_recording(tmp_path / "crashed.twindeck", seal=False)
    try:
        recover_recording(made.path, made.key, SteppedClock(START))
    except (NotIntact, KeyProblem, DestinationError):  # refusing with a clear error is fine too
        return
    report = verify_recording(made.path)
    assert report.verdict == "intact", [p.message for p in report.problems]


def _refused(made: Made, error: type[Exception], match: str, **kwargs: Any) -> None:
    before = _snapshot(made.path)
    with pytest.raises(error, match=match):
        recover_recording(made.path, kwargs.get("key", made.key), SteppedClock(AFTER))
    assert _snapshot(made.path) == before, "a refused recovery must not touch the files"


def test_recover_refuses_an_altered_unsealed_recording(tmp_path: Path) -> None:
    made = make_recording(tmp_path / "altered.twindeck", seal=False)
    audio = bytearray(made.pcm)
    audio[4 * SEG + 10] ^= 1
    (made.path / "audio.pcm").write_bytes(bytes(audio))
    _refused(made, NotIntact, r"cannot be recovered: segment 4 \(0:04.0–0:05.0\)")


def test_recover_refuses_an_unsealed_recording_with_an_edited_note(tmp_path: Path) -> None:
    made = make_recording(tmp_path / "edited.twindeck", seal=False)
    log = (made.path / "log.jsonl").read_bytes()
    (made.path / "log.jsonl").write_bytes(log.replace(b"walk to the shops", b"run to the shops!"))
    _refused(made, NotIntact, "differs from what was signed")


def test_recover_refuses_a_sealed_recording(rec: Made) -> None:
    assert rec.seal is not None
    _refused(rec, AlreadySealed, f"already sealed \\(code {rec.seal.code}\\)")


def test_recover_refuses_another_devices_key(tmp_path: Path, other_key: DeviceKey) -> None:
    made = make_recording(tmp_path / "theirs.twindeck", seal=False)
    _crash(made, 100, b'{"elapsed')
    other = other_key
    _refused(made, KeyProblem, f"recorded with key {made.key.fingerprint}", key=other)
    _refused(made, KeyProblem, f"this device's key is {other.fingerprint}", key=other)


def test_recover_refuses_what_is_not_a_recording_folder(rec: Made, tmp_path: Path) -> None:
    packed = tmp_path / "a.twindeck.zip"
    pack_recording(rec.path, packed)
    with pytest.raises(NotARecording, match="not a recording folder"):
        recover_recording(packed, rec.key, SteppedClock(AFTER))


def test_recover_refuses_a_recording_still_being_written(tmp_path: Path) -> None:
    path = tmp_path / "live.twindeck"
    writer = RecordingWriter.create(
        [path],
        key=fixed_key(),
        fmt=AudioFormat("s16le", 8000, 1),
        clock=SteppedClock(START),
        source={},
        meta={},
        software="tests",
    )
    try:
        writer.add_segment(bytes(SEG))
        with pytest.raises(DestinationError, match="being recorded by another process"):
            recover_recording(path, fixed_key(), SteppedClock(AFTER))
        writer.seal()
    finally:
        writer.close()
    assert verify_recording(path).ok


# -- copies in lockstep --------------------------------------------------------------------------


def test_lockstep_copies_are_byte_identical(tmp_path: Path) -> None:
    (tmp_path / "usb").mkdir()
    paths = [tmp_path / "a.twindeck", tmp_path / "usb" / "a.twindeck"]
    made = make_recording(paths)
    first, second = _snapshot(paths[0]), _snapshot(paths[1])
    assert first == second
    assert sorted(first) == ["audio.pcm", "log.jsonl"]  # the reserve is released at the seal
    assert first["audio.pcm"] == made.pcm
    reports = [verify_recording(p) for p in paths]
    assert all(r.ok for r in reports)
    assert made.seal is not None
    assert {r.seal_code for r in reports} == {made.seal.code}
    packed = [tmp_path / "a.zip", tmp_path / "b.zip"]
    for folder, target in zip(paths, packed, strict=True):
        pack_recording(folder, target)
    assert packed[0].read_bytes() == packed[1].read_bytes()


def test_lockstep_copies_are_identical_while_recording(tmp_path: Path) -> None:
    paths = [tmp_path / "a.twindeck", tmp_path / "b.twindeck", tmp_path / "c.twindeck"]
    writer = RecordingWriter.create(
        paths,
        key=fixed_key(),
        fmt=AudioFormat("s16le", 8000, 1),
        clock=SteppedClock(START),
        source={"kind": "file"},
        meta={},
        software="tests",
        checkpoint_every=2,
    )
    try:
        for second in range(5):
            writer.add_segment(bytes([second]) * SEG)
            writer.add_event("note", {"text": f"after {second + 1} s"})
            snapshots = [_snapshot(p) for p in paths]
            assert snapshots[0] == snapshots[1] == snapshots[2]
    finally:
        writer.close()
    assert [r.verdict for r in map(verify_recording, paths)] == ["incomplete"] * 3


def test_the_writer_never_overwrites(rec: Made) -> None:
    before = _snapshot(rec.path)
    with pytest.raises(AlreadyExists):
        make_recording(rec.path)
    assert _snapshot(rec.path) == before


@pytest.mark.parametrize("member", ["audio.pcm", "log.jsonl"])
def test_an_unknown_compression_method_is_unusable_not_a_crash(
    rec: Made, tmp_path: Path, member: str
) -> None:
    """Found by bench/fuzz_verifier.py: a flipped bit in a member's method field."""
    packed = tmp_path / "odd.twindeck.zip"
    pack_recording(rec.path, packed)
    with zipfile.ZipFile(packed) as archive:
        info = archive.getinfo(member)
    data = bytearray(packed.read_bytes())
    name = member.encode()
    at = data.find(b"PK\x01\x02")
    while data[at + 46 : at + 46 + len(name)] != name:  # this member's central directory entry
        at = data.find(b"PK\x01\x02", at + 4)
    for method_at in (info.header_offset + 8, at + 10):  # local header, central entry
        data[method_at] = 99  # method 99: WinZip's AES, which zipfile does not read
    packed.write_bytes(bytes(data))
    with pytest.raises(UnusableInput):
        verify_recording(packed)


def test_a_local_header_naming_another_file_is_unusable(rec: Made, tmp_path: Path) -> None:
    """Found by bench/fuzz_verifier.py: zipfile itself refuses such a member; so do we."""
    packed = tmp_path / "renamed.twindeck.zip"
    pack_recording(rec.path, packed)
    with zipfile.ZipFile(packed) as archive:
        info = archive.getinfo("audio.pcm")
    data = bytearray(packed.read_bytes())
    data[info.header_offset + 30 + 1] ^= 0x10  # "audio.pcm" -> "aeio.pcm" in the local header
    packed.write_bytes(bytes(data))
    with pytest.raises(UnusableInput, match="names another file"):
        verify_recording(packed)
