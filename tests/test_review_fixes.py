"""Bugs a reading of the format against the code found (docs/format.md review): each is now
unusable input or a refusal, never a traceback or a silent acceptance."""

from __future__ import annotations

import json
import zipfile
from pathlib import Path

import pytest

from conftest import START, Made, fixed_key, make_recording
from twindeck.cli import main
from twindeck.errors import NotIntact
from twindeck.seal import SteppedClock, recover_recording, verify_recording
from twindeck.seal.encoding import parse_line


def edit_header(rec: Made, **changes: object) -> None:
    lines = (rec.path / "log.jsonl").read_bytes().split(b"\n")
    header = parse_line(lines[0])
    header.update(changes)
    lines[0] = json.dumps(
        header, sort_keys=True, separators=(",", ":"), ensure_ascii=False
    ).encode()
    (rec.path / "log.jsonl").write_bytes(b"\n".join(lines))


@pytest.mark.parametrize(
    "changes",
    [{"source": "microphone"}, {"meta": [1, 2]}, {"version": True}, {"recording_id": "z" * 32}],
    ids=["source-not-object", "meta-not-object", "version-true", "id-not-hex"],
)
def test_a_malformed_header_is_unusable_input(
    rec: Made, changes: dict[str, object], capsys: pytest.CaptureFixture[str]
) -> None:
    edit_header(rec, **changes)
    assert main(["verify", str(rec.path)]) == 2
    err = capsys.readouterr().err
    assert err.startswith("error: ") and "Traceback" not in err


def test_an_encrypted_zip_member_is_unusable_input(rec: Made, tmp_path: Path) -> None:
    packed = tmp_path / "locked.twindeck.zip"
    with zipfile.ZipFile(packed, "w") as z:
        for name in ("log.jsonl", "audio.pcm"):
            z.write(rec.path / name, name)
    data = bytearray(packed.read_bytes())
    at = 0
    while (at := data.find(b"PK\x03\x04", at)) != -1:  # set "encrypted" in every local header
        data[at + 6] |= 1
        at += 4
    at = 0
    while (at := data.find(b"PK\x01\x02", at)) != -1:  # and in the central directory
        data[at + 8] |= 1
        at += 4
    packed.write_bytes(bytes(data))
    assert main(["verify", str(packed)]) == 2


def test_recover_seals_crash_residue_only(tmp_path: Path) -> None:
    made = make_recording(tmp_path / "r.twindeck", seconds=6, seal=False, notes={})
    with open(made.path / "audio.pcm", "ab") as audio:
        audio.write(b"\1\0" * 8000 * 3)  # three seconds added: more than a crash leaves
    assert verify_recording(made.path).verdict == "tampered"
    with pytest.raises(NotIntact):
        recover_recording(made.path, fixed_key(), SteppedClock(START))
    assert not verify_recording(made.path).sealed


def test_live_sources_are_checked_for_undeclared_gaps(tmp_path: Path) -> None:
    from twindeck.seal import AudioFormat, RecordingWriter

    class Jumpy(SteppedClock):
        """A clock that jumps five seconds once, as if audio stopped arriving."""

        def __init__(self) -> None:
            super().__init__(START)
            self.calls = 0

        def now(self) -> tuple[str, int]:
            self.calls += 1
            if self.calls == 6:
                for _ in range(5):
                    super().now()
            return super().now()

    path = tmp_path / "mic.twindeck"
    writer = RecordingWriter.create(
        [path], key=fixed_key(), fmt=AudioFormat("s16le", 8000, 1), clock=Jumpy(),
        source={"kind": "microphone", "device": "test"}, meta={}, software="test",
    )  # fmt: skip
    writer.add_event("start")
    for _ in range(8):
        writer.add_segment(bytes(16000))
    writer.seal()
    report = verify_recording(path)
    assert report.verdict == "intact"
    assert [w.code for w in report.warnings] == ["undeclared_gap"]
