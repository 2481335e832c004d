"""The command line, end to end: record from a real audio file, verify, info, export, recover."""

from __future__ import annotations

import json
import shutil
import subprocess
import sys
from pathlib import Path

import numpy as np
import pytest
import soundfile as sf

from twindeck.cli import main


@pytest.fixture(autouse=True)
def _home(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    home = tmp_path / "home"
    monkeypatch.setenv("TWINDECK_HOME", str(home))
    return home


def make_wav(
    path: Path,
    seconds: float,
    rate: int = 16000,
    channels: int = 1,
    subtype: str = "PCM_16",
    seed: int = 1,
) -> np.ndarray:
    rng = np.random.default_rng(seed)
    t = np.arange(int(seconds * rate)) / rate
    tone = 0.3 * np.sin(2 * np.pi * 440 * t) + 0.05 * rng.standard_normal(t.size)
    data = np.stack([tone * (0.5 + 0.5 * c) for c in range(channels)], axis=1)
    sf.write(str(path), data, rate, subtype=subtype)
    return data


def test_record_verify_export_round_trip_is_bit_exact(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    wav = tmp_path / "talk.wav"
    make_wav(wav, 12.5)
    rec = tmp_path / "a.twindeck"
    assert main(["record", str(rec), "--input", str(wav), "--title", "PIP assessment"]) == 0
    out = capsys.readouterr().out
    code = next(line.split(": ")[1] for line in out.splitlines() if line.startswith("Seal code"))
    assert len(code) == 14

    assert main(["verify", str(rec), "--code", code.lower().replace("-", " ")]) == 0
    out = capsys.readouterr().out
    assert "INTACT" in out and code in out and "0:12.5" in out

    exported = tmp_path / "out.wav"
    assert main(["export", str(rec), "--to", str(exported)]) == 0
    original, _ = sf.read(str(wav), dtype="int16")
    again, _ = sf.read(str(exported), dtype="int16")
    assert np.array_equal(original, again)
    # the sample data chunk is byte-identical too
    assert wav.read_bytes()[-original.nbytes :] == exported.read_bytes()[-original.nbytes :]

    flac = tmp_path / "out.flac"
    assert main(["export", str(rec), "--to", str(flac)]) == 0
    assert np.array_equal(sf.read(str(flac), dtype="int16")[0], original)
    # a lossless copy verifies against the same seal
    assert main(["verify", str(rec), "--audio", str(flac)]) == 0


@pytest.mark.parametrize(("subtype", "channels"), [("PCM_24", 2), ("FLOAT", 1), ("PCM_32", 3)])
def test_other_sample_formats_are_kept_exactly(tmp_path: Path, subtype: str, channels: int) -> None:
    wav = tmp_path / "in.wav"
    make_wav(wav, 3.2, rate=22050, channels=channels, subtype=subtype)
    rec = tmp_path / "r.twindeck"
    assert main(["record", str(rec), "--input", str(wav)]) == 0
    out = tmp_path / "out.wav"
    assert main(["export", str(rec), "--to", str(out)]) == 0
    dtype = "float32" if subtype == "FLOAT" else "int32"
    assert np.array_equal(sf.read(str(wav), dtype=dtype)[0], sf.read(str(out), dtype=dtype)[0])
    assert sf.info(str(out)).subtype == subtype


def test_copies_are_identical_and_verify_says_so(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    wav = tmp_path / "talk.wav"
    make_wav(wav, 4)
    a, b = tmp_path / "a.twindeck", tmp_path / "usb" / "b.twindeck"
    b.parent.mkdir()
    assert main(["record", str(a), "--input", str(wav), "--copy-to", str(b)]) == 0
    for name in ("log.jsonl", "audio.pcm"):
        assert (a / name).read_bytes() == (b / name).read_bytes()
    zipped = tmp_path / "a.twindeck.zip"
    assert main(["export", str(a), "--to", str(zipped)]) == 0
    capsys.readouterr()
    assert main(["verify", str(a), str(b), str(zipped)]) == 0
    assert "IDENTICAL" in capsys.readouterr().out

    other = tmp_path / "c.twindeck"
    assert main(["record", str(other), "--input", str(wav)]) == 0
    capsys.readouterr()
    assert main(["verify", str(a), str(other)]) == 1
    assert "DIFFERENT" in capsys.readouterr().out


def test_verify_json_schema_and_tamper_exit_code(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    wav = tmp_path / "talk.wav"
    make_wav(wav, 5)
    rec = tmp_path / "a.twindeck"
    assert main(["record", str(rec), "--input", str(wav)]) == 0
    capsys.readouterr()
    assert main(["verify", str(rec), "--json"]) == 0
    data = json.loads(capsys.readouterr().out)
    assert data["schema"] == "twindeck.verify/1" and data["verdict"] == "intact"
    assert data["recording"]["frames"] == 5 * 16000 and data["problems"] == []

    audio = bytearray((rec / "audio.pcm").read_bytes())
    audio[16000 * 2 * 3 + 100] ^= 0x40  # one sample in the fourth second
    (rec / "audio.pcm").write_bytes(bytes(audio))
    assert main(["verify", str(rec), "--json"]) == 1
    data = json.loads(capsys.readouterr().out)
    assert data["verdict"] == "tampered"
    assert [(p["code"], p["segment"]) for p in data["problems"]] == [("segment_changed", 3)]
    assert main(["verify", str(rec)]) == 1
    assert "segment 3 (0:03.0–0:04.0)" in capsys.readouterr().out
    assert main(["export", str(rec), "--to", str(tmp_path / "x.wav")]) == 1
    assert "not intact" in capsys.readouterr().err


@pytest.mark.parametrize(
    "make",
    [
        lambda d: d / "missing.twindeck",
        lambda d: (d / "random.bin").write_bytes(bytes(range(256)) * 50) and d / "random.bin",
        lambda d: (d / "empty").mkdir() or d / "empty",
        lambda d: (
            (d / "bomb.twindeck").mkdir()
            or (d / "bomb.twindeck" / "log.jsonl").write_text("[" * 200000 + "\n")
            and d / "bomb.twindeck"
        ),
    ],
    ids=["missing", "random-file", "empty-folder", "json-bomb"],
)
def test_unusable_input_is_one_clear_line_and_exit_2(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], make: object
) -> None:
    path = make(tmp_path)  # type: ignore[operator]
    assert main(["verify", str(path)]) == 2
    err = capsys.readouterr().err
    assert err.startswith("error: ") and "Traceback" not in err
    assert str(path) in err.splitlines()[0]


def test_truncated_zip_is_unusable(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    wav = tmp_path / "talk.wav"
    make_wav(wav, 3)
    rec = tmp_path / "a.twindeck"
    assert main(["record", str(rec), "--input", str(wav)]) == 0
    zipped = tmp_path / "a.twindeck.zip"
    assert main(["export", str(rec), "--to", str(zipped)]) == 0
    data = zipped.read_bytes()
    zipped.write_bytes(data[: len(data) // 2])
    capsys.readouterr()
    assert main(["verify", str(zipped)]) == 2
    assert "damaged zip" in capsys.readouterr().err


def test_info_lists_details_and_events(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    wav = tmp_path / "talk.wav"
    make_wav(wav, 2)
    rec = tmp_path / "a.twindeck"
    assert (
        main(
            [
                "record",
                str(rec),
                "--input",
                str(wav),
                "--assessment",
                "pip",
                "--present",
                "Assessor",
                "--present",
                "Companion",
            ]
        )
        == 0
    )
    capsys.readouterr()
    assert main(["info", str(rec)]) == 0
    out = capsys.readouterr().out
    assert "pip" in out and "Assessor, Companion" in out and "start" in out and "stop" in out
    assert "0:02.0" in out


def test_refuses_to_overwrite_and_bad_input_formats(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    wav = tmp_path / "talk.wav"
    make_wav(wav, 1)
    rec = tmp_path / "a.twindeck"
    assert main(["record", str(rec), "--input", str(wav)]) == 0
    before = (rec / "log.jsonl").read_bytes()
    assert main(["record", str(rec), "--input", str(wav)]) == 1
    assert "already exists" in capsys.readouterr().err
    assert (rec / "log.jsonl").read_bytes() == before

    u8 = tmp_path / "u8.wav"
    make_wav(u8, 1, subtype="PCM_U8")
    assert main(["record", str(tmp_path / "b.twindeck"), "--input", str(u8)]) == 2
    assert "PCM_U8" in capsys.readouterr().err
    assert main(["export", str(rec), "--to", str(tmp_path / "x.mp3")]) == 2
    assert (
        ".wav, .flac, .cue (an audio CD image), .iso (a data disc) or .twindeck.zip"
        in capsys.readouterr().err
    )


def test_qr_png_and_key(tmp_path: Path, capsys: pytest.CaptureFixture[str], _home: Path) -> None:
    wav = tmp_path / "talk.wav"
    make_wav(wav, 1)
    rec = tmp_path / "a.twindeck"
    assert main(["record", str(rec), "--input", str(wav)]) == 0
    png = tmp_path / "seal.png"
    assert main(["qr", str(rec), "--to", str(png)]) == 0
    assert png.read_bytes()[:8] == b"\x89PNG\r\n\x1a\n"
    # an independent decoder reads it back: the full root, whose first 12 characters are the code
    decoded = subprocess.run(
        ["zbarimg", "-q", "--raw", str(png)], capture_output=True, text=True, check=True
    ).stdout.strip()
    report = json.loads(_verify_json(rec))
    _, version, _, size, root = decoded.split(":")
    assert version == "1" and int(size) == report["seal"]["tree_size"]
    assert root[:12] == report["seal"]["code"].replace("-", "")
    capsys.readouterr()
    assert main(["key"]) == 0
    out = capsys.readouterr().out
    key_file = _home / "keys" / "device.key"
    assert key_file.stat().st_mode & 0o777 == 0o600
    fingerprint = json.loads(_verify_json(rec))["evidence"]["key_fingerprint"]
    assert f"Device key   {fingerprint}" in out


def _verify_json(rec: Path) -> str:
    result = subprocess.run(
        [
            sys.executable,
            "-c",
            "import sys; from twindeck.cli import main; sys.exit(main())",
            "verify",
            str(rec),
            "--json",
        ],
        capture_output=True,
        text=True,
        check=True,
    )
    return result.stdout


def test_console_script_runs(tmp_path: Path) -> None:
    exe = shutil.which("twindeck")
    if exe is None:
        pytest.skip("twindeck is not installed as a console script")
    result = subprocess.run([exe, "--version"], capture_output=True, text=True, check=True)
    assert result.stdout.startswith("twindeck ")
