"""The pre-flight microphone check: is the input live, loud enough, not clipping, not too noisy?

The audio is cut into 50 ms blocks. The *speech level* is the 90th percentile of block RMS (the
loud parts), the *noise floor* the 10th percentile (the pauses between words). Advice is for a
person about to start an assessment, in plain words; the figures are sealed into the recording as
a ``check`` event (whole numbers only, dB in tenths) so a tribunal can see the set-up was tested.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from typing import Any

import numpy as np

from twindeck.capture import Chunk, SourceEvent
from twindeck.meter import CLIP_FRACTION, FLOOR_DBFS, dbfs, samples
from twindeck.seal.pcm import AudioFormat

BLOCK_S = 0.05
DEAD_DBFS = -70.0  # loudest part quieter than this: nothing is coming in
QUIET_DBFS = -42.0  # speech quieter than this is hard to transcribe and to hear back
NOISY_SNR_DB = 12.0  # speech less than this above the noise floor
CLIPPED_RATIO = 0.001  # more than 0.1 % of samples at full scale


@dataclass(frozen=True)
class CheckResult:
    duration_s: float
    speech_dbfs: float
    noise_floor_dbfs: float
    peak_dbfs: float
    clipped_ratio: float
    input_problems: int  # dropouts or lost input declared by the source during the check
    ok: bool
    advice: str

    def describe_lines(self) -> list[str]:
        return [
            f"Checked {self.duration_s:.1f} s of audio.",
            f"  speech level  {self.speech_dbfs:6.1f} dBFS",
            f"  noise floor   {self.noise_floor_dbfs:6.1f} dBFS",
            f"  peak          {self.peak_dbfs:6.1f} dBFS",
            f"  clipped       {self.clipped_ratio * 100:6.2f} % of samples",
            *([f"  input problems {self.input_problems}"] if self.input_problems else []),
            ("OK: " if self.ok else "PROBLEM: ") + self.advice,
        ]

    def as_event_data(self) -> dict[str, Any]:
        """The check as sealed event data: integers only (the log has no floats)."""
        return {
            "duration_ms": round(self.duration_s * 1000),
            "speech_dbfs_x10": round(self.speech_dbfs * 10),
            "noise_floor_dbfs_x10": round(self.noise_floor_dbfs * 10),
            "peak_dbfs_x10": round(self.peak_dbfs * 10),
            "clipped_ppm": round(self.clipped_ratio * 1_000_000),
            "input_problems": self.input_problems,
            "ok": 1 if self.ok else 0,
            "advice": self.advice,
        }


def analyse_check(items: Iterable[Chunk | SourceEvent], fmt: AudioFormat) -> CheckResult:
    block = max(1, round(fmt.rate_hz * BLOCK_S))
    pending = bytearray()
    block_rms: list[float] = []
    peak = 0.0
    clipped = total = problems = 0

    def measure(pcm: bytes | bytearray) -> None:
        nonlocal peak, clipped, total
        x = samples(pcm, fmt)
        if x.size == 0:
            return
        a = np.abs(x)
        peak = max(peak, float(a.max()))
        clipped += int(np.count_nonzero(a >= CLIP_FRACTION))
        total += x.size
        block_rms.append(float(np.sqrt(np.mean(x * x, axis=0)).max()))

    step = block * fmt.frame_bytes
    for item in items:
        if isinstance(item, SourceEvent):
            problems += item.kind in {"dropout", "input_lost"}
            continue
        pending += item.pcm
        while len(pending) >= step:
            measure(pending[:step])
            del pending[:step]
    if len(pending) >= fmt.frame_bytes * max(1, block // 4):  # keep a tail of a useful size
        measure(pending)

    duration_s = total / fmt.channels / fmt.rate_hz if total else 0.0
    if block_rms:
        speech = dbfs(float(np.percentile(block_rms, 90)))
        floor = dbfs(float(np.percentile(block_rms, 10)))
    else:
        speech = floor = FLOOR_DBFS
    ratio = clipped / total if total else 0.0
    ok, advice = _advise(duration_s, speech, floor, ratio, problems)
    return CheckResult(duration_s, speech, floor, dbfs(peak), ratio, problems, ok, advice)


def _advise(
    duration_s: float, speech: float, floor: float, clipped: float, problems: int
) -> tuple[bool, str]:
    if duration_s < 0.5:
        return False, "No sound came from the microphone. Is it plugged in and chosen?"
    if speech < DEAD_DBFS:
        return False, "The microphone gives silence. Is it muted, or switched off?"
    if clipped > CLIPPED_RATIO:
        return False, "Too loud: the sound is clipping. Move the microphone further away."
    if problems:
        return False, "The input dropped out during the check. Check the cable or connection."
    if speech < QUIET_DBFS:
        return False, "Very quiet. Move the microphone closer to the people talking."
    if speech - floor < NOISY_SNR_DB:
        return (
            True,
            "Usable, but background noise is close to the speech level. "
            "Speak during the check; if it was speech, find a quieter spot.",
        )
    return True, "Good level, no clipping. Ready to record."


__all__ = ["CheckResult", "analyse_check"]
