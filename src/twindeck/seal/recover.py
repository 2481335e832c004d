"""Sealing what an interrupted recording left behind (format.md §8).

A crash can leave: a log line cut short, audio written after the last sealed segment, a missing
checkpoint. Recovery verifies everything that was sealed, cuts the unsealed tail, declares what
it cut in a ``recovered`` event, and seals with ``end=interrupted``. It never seals altered data.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from twindeck.errors import AlreadySealed, KeyProblem, NotARecording, NotIntact
from twindeck.seal.archive import open_recording
from twindeck.seal.encoding import b64decode, parse_line
from twindeck.seal.keys import DeviceKey, fingerprint
from twindeck.seal.log import AUDIO_NAME, LOG_NAME, Clock, LogBuilder, SealInfo
from twindeck.seal.pcm import AudioFormat
from twindeck.seal.verify import Report, verify_files
from twindeck.seal.writer import FolderSink


class _AfterCrash:
    """Real wall-clock time, but elapsed time held at the last value the recorder wrote:
    the recorder's monotonic clock died with it (format.md §8)."""

    def __init__(self, clock: Clock, last_elapsed_ms: int, last_time: str) -> None:
        self._clock = clock
        self._elapsed = last_elapsed_ms
        self._last_time = last_time

    def now(self) -> tuple[str, int]:
        # never before the log's last line: a machine may restart with its clock behind
        return max(self._clock.now()[0], self._last_time), self._elapsed


@dataclass(frozen=True)
class Recovery:
    seal: SealInfo
    discarded_frames: int
    discarded_log_bytes: int
    report: Report


def recover_recording(path: Path, key: DeviceKey, clock: Clock) -> Recovery:
    if not path.is_dir():
        raise NotARecording(
            f"{path} is not a recording folder",
            hint="Recovery works on the folder a recording was written to (name.twindeck).",
        )
    # Take the writer's lock first: a recording still in progress must not be sealed under it.
    sink = FolderSink.reopen(path)
    try:
        files = open_recording(path)
        try:
            report = verify_files(files)
            log = files.log
        finally:
            files.close()
        if report.sealed:
            raise AlreadySealed(f"{path} is already sealed (code {report.seal_code})")
        # only what a crash leaves (the verifier's "incomplete": a cut-off last line and at most
        # one segment of audio past the log) is sealed; anything more is not ours to bless
        if report.verdict != "incomplete":
            first = next((p for p in report.problems if p.code != "not_sealed"), None)
            raise NotIntact(
                f"{path} cannot be recovered: {first.message if first else report.verdict}"
            )
        complete = log[: log.rfind(b"\n") + 1]
        lines = complete.splitlines()
        header = parse_line(lines[0])
        if b64decode(header["key"]["public"], 32) != key.public_raw:
            raise KeyProblem(
                f"{path} was recorded with key {fingerprint(b64decode(header['key']['public']))}; "
                f"this device's key is {key.fingerprint}",
                hint="Run recover on the device that made the recording.",
            )
        audio = header["audio"]
        fmt = AudioFormat(audio["encoding"], audio["rate_hz"], audio["channels"])
        builder = LogBuilder(
            header, key, fmt, int(audio["segment_frames"]), int(header["checkpoint_every"])
        )
        last_elapsed, last_time, latest = 0, report.started, report.started
        for line in lines:
            record = parse_line(line)
            if record["type"] in ("header", "segment", "event"):
                builder.replay_leaf(line, record)
                last_elapsed = max(last_elapsed, int(record.get("elapsed_ms", 0)))
            if record["type"] in ("segment", "event"):
                last_time = record["time"]
            latest = max(latest, str(record.get("time", "")))
        clock = _AfterCrash(clock, last_elapsed, latest)
        audio_size = (path / AUDIO_NAME).stat().st_size
        keep_audio = builder.frames * fmt.frame_bytes
        discarded_frames = (audio_size - keep_audio) // fmt.frame_bytes
        discarded_log = len(log) - len(complete)
        # Cut the unsealed tail, then declare it and seal.
        sink.audio_len, sink.log_len = keep_audio, len(complete)
        sink.rollback()
        lines_out = builder.event_line(
            "recovered",
            {
                "discarded_frames": discarded_frames,
                "discarded_log_bytes": discarded_log,
                "last_sealed_time": last_time,
            },
            clock.now(),
        )
        lines_out += builder.seal_line(clock.now()[0], "interrupted")
        sink.append(b"", lines_out)
        sink.release_reserve()
        assert builder.sealed is not None
        return Recovery(builder.sealed, discarded_frames, discarded_log, report)
    finally:
        sink.close()


__all__ = ["LOG_NAME", "Recovery", "recover_recording"]
