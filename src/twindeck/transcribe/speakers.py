"""Who spoke when, on one channel: speaker embeddings from resemblyzer's published GE2E weights,
run here in numpy (no torch), clustered per recording.

The weights (a 3-layer LSTM over 40-band mel frames, then a 256-unit projection, Wan et al. 2018)
come inside the ``resemblyzer`` wheel, installed without its dependencies
(``pip install --no-deps resemblyzer``): twindeck reads ``pretrained.pt`` itself, never imports
resemblyzer (which would pull torch), and never downloads anything.
"""

from __future__ import annotations

import importlib.util
import pickle
import struct
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import numpy as np

from twindeck.errors import ModelMissing

SAMPLE_RATE = 16000
N_FFT, HOP, N_MELS = 400, 160, 40
PARTIAL_FRAMES = 160  # 1.6 s
PARTIAL_RATE = 1.3  # partial utterances per second
MIN_SPAN_S = 0.8
SAME_SPEAKER_BELOW = 0.3  # cosine distance; measured on Festival voices (bench/speakers.py)


# -- reading torch's legacy serialisation without torch -------------------------------------
@dataclass
class _TensorRef:
    key: str
    offset: int
    size: tuple[int, ...]
    stride: tuple[int, ...]


def _rebuild_tensor(storage: Any, offset: int, size: Any, stride: Any, *_: Any) -> _TensorRef:
    return _TensorRef(storage, offset, tuple(size), tuple(stride))


class _Unpickler(pickle.Unpickler):
    def find_class(self, module: str, name: str) -> Any:
        if module == "torch._utils" and name in ("_rebuild_tensor", "_rebuild_tensor_v2"):
            return _rebuild_tensor
        if module == "torch" and name == "FloatStorage":
            return "float32"
        if module == "collections" and name == "OrderedDict":
            import collections

            return collections.OrderedDict
        raise pickle.UnpicklingError(f"{module}.{name} is not allowed in speaker weights")

    def persistent_load(self, pid: Any) -> Any:
        kind, _storage_type, key, _location, _size = pid[:5]
        if kind != "storage":
            raise pickle.UnpicklingError("unexpected persistent id")
        return key


def load_weights(path: Path) -> dict[str, np.ndarray]:
    with open(path, "rb") as f:
        for _ in range(3):  # magic number, protocol version, system info
            pickle.load(f)  # noqa: S301 - plain data, before the restricted unpickler
        state = _Unpickler(f).load()
        keys = pickle.load(f)  # noqa: S301
        storages: dict[str, np.ndarray] = {}
        for key in keys:
            (count,) = struct.unpack("<q", f.read(8))
            storages[key] = np.frombuffer(f.read(4 * count), "<f4")
    model = state.get("model_state", state)
    out = {}
    for name, ref in model.items():
        if not isinstance(ref, _TensorRef):
            continue
        base = storages[ref.key]
        strides = tuple(4 * s for s in ref.stride)
        out[name] = np.lib.stride_tricks.as_strided(
            base[ref.offset :], shape=ref.size, strides=strides
        ).astype(np.float32)
    return out


def weights_path() -> Path:
    spec = importlib.util.find_spec("resemblyzer")
    if spec is None or not spec.submodule_search_locations:
        raise ModelMissing(
            "the speaker model is not installed",
            hint="Install it without its heavy dependencies: pip install --no-deps resemblyzer",
        )
    path = Path(next(iter(spec.submodule_search_locations))) / "pretrained.pt"
    if not path.exists():
        raise ModelMissing(f"{path} is missing")
    return path


# -- features ---------------------------------------------------------------------------------
def _mel_filters() -> np.ndarray:
    """librosa's default mel filterbank (Slaney scale, Slaney area normalisation)."""

    def hz_to_mel(value: float) -> float:
        if value < 1000.0:
            return value / (200.0 / 3)
        return 15.0 + float(np.log(value / 1000.0)) / (float(np.log(6.4)) / 27.0)

    def mel_to_hz(m: np.ndarray) -> np.ndarray:
        lin = m * (200.0 / 3)
        log = 1000.0 * np.exp((np.log(6.4) / 27.0) * (m - 15.0))
        return np.where(m >= 15.0, log, lin)

    fft_freqs = np.linspace(0, SAMPLE_RATE / 2, N_FFT // 2 + 1)
    mel_points = mel_to_hz(np.linspace(hz_to_mel(0.0), hz_to_mel(SAMPLE_RATE / 2), N_MELS + 2))
    fdiff = np.diff(mel_points)
    ramps = mel_points[:, None] - fft_freqs[None, :]
    weights = np.zeros((N_MELS, fft_freqs.size))
    for i in range(N_MELS):
        lower = -ramps[i] / fdiff[i]
        upper = ramps[i + 2] / fdiff[i + 1]
        weights[i] = np.maximum(0, np.minimum(lower, upper))
    weights *= (2.0 / (mel_points[2 : N_MELS + 2] - mel_points[:N_MELS]))[:, None]
    return weights.astype(np.float32)


_FILTERS = _mel_filters()
_WINDOW = (0.5 - 0.5 * np.cos(2 * np.pi * np.arange(N_FFT) / N_FFT)).astype(np.float32)


def mel_frames(wav: np.ndarray) -> np.ndarray:
    """(frames, 40) power mel spectrogram, as resemblyzer computes it (not log)."""
    wav = wav.astype(np.float32)
    if wav.size <= N_FFT // 2:
        wav = np.pad(wav, (0, N_FFT // 2 + 1 - wav.size))
    padded = np.pad(wav, N_FFT // 2, mode="reflect")
    n = 1 + (padded.size - N_FFT) // HOP
    idx = np.arange(N_FFT)[None, :] + HOP * np.arange(n)[:, None]
    spectrum = np.abs(np.fft.rfft(padded[idx] * _WINDOW, axis=1)) ** 2
    mel: np.ndarray = (spectrum @ _FILTERS.T).astype(np.float32)
    return mel


def _normalise_volume(wav: np.ndarray, target_dbfs: float = -30.0) -> np.ndarray:
    rms = float(np.sqrt(np.mean(wav.astype(np.float64) ** 2))) if wav.size else 0.0
    if rms == 0:
        return wav
    change = target_dbfs - 20 * np.log10(rms)
    return wav * (10 ** (change / 20)) if change > 0 else wav  # increase only


def _sigmoid(x: np.ndarray) -> np.ndarray:
    return 0.5 * (1.0 + np.tanh(0.5 * x))  # 1 / (1 + e^-x), without overflow


class SpeakerEncoder:
    def __init__(self, path: Path | None = None) -> None:
        w = load_weights(path or weights_path())
        self.layers = [
            (w[f"lstm.weight_ih_l{i}"], w[f"lstm.weight_hh_l{i}"],
             w[f"lstm.bias_ih_l{i}"] + w[f"lstm.bias_hh_l{i}"])
            for i in range(3)
        ]  # fmt: skip
        self.linear_w, self.linear_b = w["linear.weight"], w["linear.bias"]

    def forward(self, mels: np.ndarray) -> np.ndarray:
        """(batch, frames, 40) -> (batch, 256) unit embeddings (PyTorch LSTM gate order i f g o)."""
        x = mels
        batch = x.shape[0]
        for w_ih, w_hh, b in self.layers:
            hidden = w_hh.shape[1]
            h = np.zeros((batch, hidden), np.float32)
            c = np.zeros((batch, hidden), np.float32)
            pre = x @ w_ih.T + b  # (batch, frames, 4 hidden)
            outputs = np.empty((batch, x.shape[1], hidden), np.float32)
            for t in range(x.shape[1]):
                gates = pre[:, t] + h @ w_hh.T
                i, f, g, o = np.split(gates, 4, axis=1)
                c = _sigmoid(f) * c + _sigmoid(i) * np.tanh(g)
                h = _sigmoid(o) * np.tanh(c)
                outputs[:, t] = h
            x = outputs
        raw = np.maximum(0, h @ self.linear_w.T + self.linear_b)
        out: np.ndarray = raw / np.maximum(np.linalg.norm(raw, axis=1, keepdims=True), 1e-9)
        return out

    def embed(self, wav16k: np.ndarray) -> np.ndarray:
        """One utterance -> a 256-d unit vector: the mean of 1.6 s partials, 1.3 per second."""
        wav = _normalise_volume(wav16k)
        frames = mel_frames(wav)
        step = max(1, round(SAMPLE_RATE / PARTIAL_RATE / HOP))
        if frames.shape[0] < PARTIAL_FRAMES:
            frames = np.pad(frames, ((0, PARTIAL_FRAMES - frames.shape[0]), (0, 0)))
        starts = list(range(0, frames.shape[0] - PARTIAL_FRAMES + 1, step)) or [0]
        partials = np.stack([frames[s : s + PARTIAL_FRAMES] for s in starts])
        mean = self.forward(partials).mean(axis=0)
        unit: np.ndarray = mean / max(float(np.linalg.norm(mean)), 1e-9)
        return unit


def cluster(embeddings: np.ndarray, n_speakers: int | None = None) -> list[int]:
    """Agglomerative clustering, average linkage on cosine distance; labels by first appearance.

    Without ``n_speakers`` merging stops when the closest clusters are further apart than
    SAME_SPEAKER_BELOW. Lance–Williams updates on one distance matrix: an hour's thousand
    utterances cluster in about a second."""
    n = embeddings.shape[0]
    if n == 0:
        return []
    dist = (1.0 - embeddings @ embeddings.T).astype(np.float64)
    np.fill_diagonal(dist, np.inf)
    sizes = np.ones(n)
    members: dict[int, list[int]] = {i: [i] for i in range(n)}
    while len(members) > 1:
        i, j = np.unravel_index(int(np.argmin(dist)), dist.shape)
        if n_speakers is not None:
            if len(members) <= n_speakers:
                break
        elif dist[i, j] > SAME_SPEAKER_BELOW:
            break
        merged = (sizes[i] * dist[i] + sizes[j] * dist[j]) / (sizes[i] + sizes[j])
        dist[i], dist[:, i] = merged, merged
        dist[i, i] = np.inf
        dist[j], dist[:, j] = np.inf, np.inf
        sizes[i] += sizes[j]
        members[int(i)] += members.pop(int(j))
    label = {m: c for c, group in enumerate(members.values()) for m in group}
    order: dict[int, int] = {}
    return [order.setdefault(label[i], len(order)) for i in range(n)]


__all__ = ["SpeakerEncoder", "cluster", "load_weights", "mel_frames", "weights_path"]
