"""Compare our recording with another recording of the same assessment (e.g. the provider's copy
from a subject access request, in any format, lossy included): which spans one has that the other
does not, with times in both.

Both are reduced to 8 kHz mono and described every 20 ms by 24 log band energies (normalised per
band, so gain and codec colour matter little). The other copy is walked in 2-second windows; each
is found in ours near where the last one was (a narrow search), or, if it is not there, anywhere
(a cut or an insertion moves it). Where the position jumps, the boundary is refined frame by
frame. Cuts of two seconds or more are found; boundaries are given to about 0.1 s.
"""

from __future__ import annotations

import shutil
import subprocess
from dataclasses import dataclass
from pathlib import Path

import numpy as np

from twindeck.errors import UnsupportedAudio
from twindeck.seal import AudioFormat, open_recording

RATE = 8000
HOP = 160  # 20 ms
BANDS = 24
WINDOW = 100  # frames: 2 s
NEAR = 25  # frames: 0.5 s either side of where it should be
MATCH = 0.5  # normalised correlation that counts as the same audio, where it was expected
FAR_MATCH = 0.75  # anywhere else: a stricter bar, as a long recording offers many near-misses
MIN_GAP_S = 1.0


@dataclass(frozen=True)
class Span:
    kind: str  # missing_from_other | only_in_other | repeated_in_other
    ours_s: tuple[float, float]
    other_s: tuple[float, float]

    def describe(self) -> str:
        from twindeck.seal import clock_text

        a, b = self.ours_s
        c, d = self.other_s
        if self.kind == "missing_from_other":
            return (f"{clock_text(b - a)} of ours ({clock_text(a)}–{clock_text(b)}) is missing "
                    f"from the other copy, at {clock_text(c)} in it")  # fmt: skip
        if self.kind == "only_in_other":
            return (f"{clock_text(d - c)} of the other copy ({clock_text(c)}–{clock_text(d)}) is "
                    f"not in ours (at {clock_text(a)} in ours)")  # fmt: skip
        return f"the other copy repeats ours {clock_text(a)}–{clock_text(b)} at {clock_text(c)}"


def _resample(x: np.ndarray, rate: int) -> np.ndarray:
    if rate == RATE:
        return x.astype(np.float32)
    import av

    resampler = av.AudioResampler(format="flt", layout="mono", rate=RATE)
    out = []
    step = rate * 10
    for i in range(0, x.size, step):
        frame = av.AudioFrame.from_ndarray(
            x[i : i + step].astype(np.float32).reshape(1, -1), format="flt", layout="mono"
        )
        frame.sample_rate = rate
        out += [o.to_ndarray().reshape(-1) for o in resampler.resample(frame)]
    out += [o.to_ndarray().reshape(-1) for o in resampler.resample(None)]
    return np.concatenate(out) if out else np.zeros(0, np.float32)


def load_recording(path: Path) -> np.ndarray:
    from twindeck.meter import samples
    from twindeck.seal import verify_recording

    report = verify_recording(path)
    assert report.audio is not None
    fmt: AudioFormat = report.audio
    files = open_recording(path)
    try:
        size = report.frames * fmt.frame_bytes
        data = b"".join(bytes(b) for b in files.audio.ranges([(0, size)]))
    finally:
        files.close()
    return _resample(samples(data, fmt).mean(axis=1), fmt.rate_hz)


def load_any(path: Path) -> np.ndarray:
    """Any audio file: libsndfile first, then ffmpeg (MP3, AAC, …), as 8 kHz mono."""
    import soundfile as sf

    try:
        x, rate = sf.read(str(path), dtype="float32", always_2d=True)
        return _resample(x.mean(axis=1), rate)
    except (RuntimeError, sf.LibsndfileError):
        pass
    if shutil.which("ffmpeg") is None:
        raise UnsupportedAudio(
            f"{path}: cannot read this audio without ffmpeg (apt-get install ffmpeg)"
        )
    done = subprocess.run(
        ["ffmpeg", "-v", "error", "-i", str(path), "-ac", "1", "-ar", str(RATE),
         "-f", "f32le", "-"],
        capture_output=True,
    )  # fmt: skip
    if done.returncode != 0:
        raise UnsupportedAudio(
            f"{path} is not audio ffmpeg can read: {done.stderr.decode()[-200:]}"
        )
    return np.frombuffer(done.stdout, "<f4").copy()


def features(x: np.ndarray) -> np.ndarray:
    n = max(0, (x.size - 2 * HOP) // HOP)
    if n == 0:
        return np.zeros((0, BANDS), np.float32)
    idx = np.arange(2 * HOP)[None, :] + HOP * np.arange(n)[:, None]
    spectrum = np.abs(np.fft.rfft(x[idx] * np.hanning(2 * HOP), axis=1)) ** 2
    edges = np.linspace(2, spectrum.shape[1], BANDS + 1).astype(int)
    bands = np.stack(
        [spectrum[:, a:b].sum(axis=1) for a, b in zip(edges, edges[1:], strict=False)], 1
    )
    # a floor well under speech level: silence becomes one constant, not random numbers that
    # differ between two copies of the same pause
    f = np.log(np.maximum(bands, 1e-3 * float(bands.mean()) + 1e-12))
    f = (f - f.mean(axis=0)) / (f.std(axis=0) + 1e-6)
    out: np.ndarray = f.astype(np.float32)
    return out


def _score(win: np.ndarray, ref: np.ndarray, lags: np.ndarray) -> np.ndarray:
    """Normalised correlation of ``win`` with ``ref`` at each lag (window start in ref)."""
    if len(win) == 0:
        return np.full(lags.size, -1.0)
    w = win - win.mean()
    w /= np.linalg.norm(w) + 1e-9
    out = np.full(lags.size, -1.0)
    for i, lag in enumerate(lags):
        if lag >= 0 and lag + len(win) <= len(ref):
            r = ref[lag : lag + len(win)]
            r = r - r.mean()
            out[i] = float((w * r).sum() / (np.linalg.norm(r) + 1e-9))
    return out


def _global(win: np.ndarray, ref: np.ndarray) -> tuple[int, float]:
    """The best place for ``win`` anywhere in ``ref`` (FFT per band, then checked exactly)."""
    n = len(ref) + len(win)
    size = 1 << (n - 1).bit_length()
    total = np.zeros(size)
    for b in range(BANDS):
        total += np.fft.irfft(
            np.fft.rfft(ref[:, b], size) * np.conj(np.fft.rfft(win[:, b], size)), size
        )
    valid = total[: len(ref) - len(win) + 1]
    if valid.size == 0:
        return 0, -1.0
    best = np.argsort(valid)[-8:]
    scores = _score(win, ref, best)
    k = int(np.argmax(scores))
    return int(best[k]), float(scores[k])


def _voiced(x: np.ndarray) -> np.ndarray:
    """Per 20 ms frame: is there sound (louder than the quietest third of the recording)?"""
    n = max(0, (x.size - 2 * HOP) // HOP)
    energy = np.array([float(np.mean(x[i * HOP : i * HOP + 2 * HOP] ** 2)) for i in range(n)])
    if energy.size == 0:
        return np.zeros(0, bool)
    floor = np.percentile(energy, 33)
    voiced: np.ndarray = energy > max(floor * 4, 1e-9)
    return voiced


def compare(ours: np.ndarray, other: np.ndarray) -> list[Span]:
    a, b = features(ours), features(other)
    sound = _voiced(other)
    placed: list[tuple[int, int | None]] = []  # (frame in other, frame in ours or None)
    lag: int | None = None
    for t in range(0, len(b) - WINDOW + 1, WINDOW):
        win = b[t : t + WINDOW]
        found: int | None = None
        if lag is not None and sound[t : t + WINDOW].mean() < 0.5:
            continue  # mostly silence: it would match any pause; judge by its neighbours
        if lag is not None:
            near = np.arange(t + lag - NEAR, t + lag + NEAR + 1)
            scores = _score(win, a, near)
            if scores.max() >= MATCH:
                found = int(near[int(np.argmax(scores))])
        if found is None:
            where, score = _global(win, a)
            found = where if score >= FAR_MATCH else None
        placed.append((t, found))
        if found is not None:
            lag = found - t
    return _spans(a, b, placed)


def _refine(a: np.ndarray, b: np.ndarray, t0: int, t1: int, lag0: int, lag1: int) -> int:
    """The frame in ``b`` between t0 and t1 where it stops following ``lag0`` for ``lag1``."""
    best, cut = -np.inf, t0
    sims0 = [_frame_sim(a, b, f, lag0) for f in range(t0, t1)]
    sims1 = [_frame_sim(a, b, f, lag1) for f in range(t0, t1)]
    for k in range(len(sims0) + 1):
        s = sum(sims0[:k]) + sum(sims1[k:])
        if s > best:
            best, cut = s, t0 + k
    return cut


def _edges(a: np.ndarray, b: np.ndarray, t0: int, t1: int, lag0: int, lag1: int) -> tuple[int, int]:
    """Where in ``b`` audio stops following ``lag0``, and where it starts following ``lag1``."""
    sims0 = np.array([_frame_sim(a, b, f, lag0) for f in range(t0, t1)]) - 0.5
    sims1 = np.array([_frame_sim(a, b, f, lag1) for f in range(t0, t1)]) - 0.5
    stop = t0 + int(np.argmax(np.concatenate([[0.0], np.cumsum(sims0)])))
    start = t0 + int(np.argmax(np.concatenate([np.cumsum(sims1[::-1])[::-1], [0.0]])))
    return stop, max(stop, start)


def _frame_sim(a: np.ndarray, b: np.ndarray, f: int, lag: int) -> float:
    g = f + lag
    if not (0 <= g < len(a)) or not 0 <= f < len(b):
        return -1.0
    lo, hi = max(0, f - 3), min(len(b), f + 4)
    if lo + lag < 0 or hi + lag > len(a):
        return -1.0
    x, y = b[lo:hi].ravel(), a[lo + lag : hi + lag].ravel()
    x, y = x - x.mean(), y - y.mean()
    return float((x @ y) / (np.linalg.norm(x) * np.linalg.norm(y) + 1e-9))


def _spans(a: np.ndarray, b: np.ndarray, placed: list[tuple[int, int | None]]) -> list[Span]:
    sec = HOP / RATE
    out: list[Span] = []
    first = next(((t, f - t) for t, f in placed if f is not None), None)
    if first is not None and first[1] * sec >= MIN_GAP_S:  # ours began before the other copy
        out.append(Span("missing_from_other", (0.0, first[1] * sec), (0.0, 0.0)))
    previous: tuple[int, int] | None = None  # (t, lag) of the last placed window
    unmatched_from: int | None = None
    for t, found in placed:
        if found is None:
            if unmatched_from is None:
                unmatched_from = t
            continue
        lag = found - t
        if previous is not None:
            t0, lag0 = previous
            jump = lag - lag0
            if jump * sec >= MIN_GAP_S:  # ours has audio here that the other copy skips
                cut = _refine(a, b, t0, t + WINDOW, lag0, lag)
                out.append(Span("missing_from_other", ((cut + lag0) * sec, (cut + lag) * sec),
                                (cut * sec, cut * sec)))  # fmt: skip
            elif -jump * sec >= MIN_GAP_S:  # the other copy has audio ours does not
                stop, start = _edges(a, b, t0, t + WINDOW, lag0, lag)
                kind = "only_in_other"
                if _score(b[stop:start], a, np.array([stop + lag])).max() >= MATCH:
                    kind = "repeated_in_other"
                out.append(Span(kind, ((stop + lag0) * sec, (stop + lag0) * sec),
                                (stop * sec, start * sec)))  # fmt: skip
            elif unmatched_from is not None:  # the same length, but different audio
                out.append(Span("only_in_other", ((unmatched_from + lag0) * sec, (t + lag) * sec),
                                (unmatched_from * sec, t * sec)))  # fmt: skip
        unmatched_from = None
        previous = (t, lag)
    if unmatched_from is not None:
        ours_at = (previous[0] + previous[1] + WINDOW) * sec if previous else 0.0
        out.append(Span("only_in_other", (ours_at, ours_at), (unmatched_from * sec, len(b) * sec)))
    elif previous is not None:  # ours runs on after the other copy ends
        tail = len(b) + previous[1]
        if (len(a) - tail) * sec >= MIN_GAP_S:
            out.append(Span("missing_from_other", (tail * sec, len(a) * sec), (len(b) * sec,) * 2))
    return out


__all__ = ["Span", "compare", "features", "load_any", "load_recording"]
