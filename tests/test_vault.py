"""Encryption at rest: lock and unlock the library, a wrong passphrase and altered or cut-off
ciphertext refused, recordings still verifying after the round trip, and shared encrypted copies."""

from __future__ import annotations

from pathlib import Path

import pytest

from conftest import make_recording
from twindeck.cli import main
from twindeck.errors import WrongPassphrase
from twindeck.seal import verify_recording
from twindeck.vault import CHUNK, decrypt_file, encrypt_file


@pytest.fixture
def home(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    monkeypatch.setenv("TWINDECK_HOME", str(tmp_path / "home"))
    return tmp_path / "home"


def secret(tmp_path: Path, text: str) -> Path:
    path = tmp_path / f"pass-{len(text)}.txt"
    path.write_text(text + "\n")
    return path


def test_lock_and_unlock_the_library(
    home: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    folder = home / "recordings"
    folder.mkdir(parents=True)
    rec = make_recording(folder / "pip.twindeck", seconds=12)
    unsealed = make_recording(folder / "live.twindeck", seconds=3, seal=False, seed=2)
    (folder / "pip.transcript.json").write_text('{"words": "I can walk to the shop"}')
    good = secret(tmp_path, "correct horse battery staple")
    assert main(["lock", "--passphrase-file", str(good)]) == 0
    out = capsys.readouterr().out
    assert "left in the clear: live.twindeck" in out
    assert not (folder / "pip.twindeck").exists() and not (folder / "pip.transcript.json").exists()
    locked = (folder / "pip.twindeck.zip.enc").read_bytes()
    assert (
        b"log.jsonl" not in locked
        and b"walk to the shop" not in (folder / "pip.transcript.json.enc").read_bytes()
    )
    assert unsealed.path.exists()

    assert main(["unlock", "--passphrase-file", str(secret(tmp_path, "wrong horse"))]) == 1
    assert "not the library's passphrase" in capsys.readouterr().err
    assert main(["unlock", "--passphrase-file", str(good)]) == 0
    report = verify_recording(folder / "pip.twindeck")
    assert report.ok and report.seal_code == rec.seal.code  # type: ignore[union-attr]
    assert (folder / "pip.transcript.json").read_text() == '{"words": "I can walk to the shop"}'
    assert not list(folder.glob("*.enc"))
    assert main(["lock", "--passphrase-file", str(secret(tmp_path, "another one!"))]) == 1


def test_ciphertext_cannot_be_changed_or_cut(tmp_path: Path) -> None:
    clear = tmp_path / "big.bin"
    clear.write_bytes(bytes(range(256)) * (CHUNK // 256 * 2 + 10))  # three chunks
    enc = tmp_path / "big.bin.enc"
    encrypt_file(clear, enc, "pass phrase")
    decrypt_file(enc, tmp_path / "back.bin", "pass phrase")
    assert (tmp_path / "back.bin").read_bytes() == clear.read_bytes()
    data = bytearray(enc.read_bytes())
    with pytest.raises(WrongPassphrase, match="does not open"):
        decrypt_file(enc, tmp_path / "x1", "pass word")
    data[CHUNK + 500] ^= 1
    enc.write_bytes(bytes(data))
    with pytest.raises(WrongPassphrase, match="changed or cut off"):
        decrypt_file(enc, tmp_path / "x2", "pass phrase")
    enc.write_bytes(bytes(data[: len(data) - (len(data) - 39) % (CHUNK + 16) - 1]))  # drop the end
    with pytest.raises(WrongPassphrase):
        decrypt_file(enc, tmp_path / "x3", "pass phrase")
    assert not (tmp_path / "x2").exists() and not (tmp_path / "x3").exists()


def test_a_shared_copy_encrypted_to_a_passphrase(home: Path, tmp_path: Path) -> None:
    rec = make_recording(tmp_path / "a.twindeck", seconds=5)
    single = tmp_path / "a.twindeck.zip"
    assert main(["export", str(rec.path), "--to", str(single)]) == 0
    told = secret(tmp_path, "told by phone")
    assert (
        main(
            [
                "encrypt",
                str(single),
                "--to",
                str(tmp_path / "a.enc"),
                "--passphrase-file",
                str(told),
            ]
        )
        == 0
    )
    assert main(["decrypt", str(tmp_path / "a.enc"), "--to", str(tmp_path / "b.twindeck.zip"),
                 "--passphrase-file", str(told)]) == 0  # fmt: skip
    assert verify_recording(tmp_path / "b.twindeck.zip").seal_code == rec.seal.code  # type: ignore[union-attr]
