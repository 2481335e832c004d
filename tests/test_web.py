"""The web app's HTTP API, in process (FastAPI's TestClient): chunk ordering, the guards, the one
error shape, and a recording made entirely through the API."""

from __future__ import annotations

import io
import time
from collections.abc import Iterator
from pathlib import Path

import numpy as np
import pytest
from fastapi.testclient import TestClient

from twindeck.seal import DeviceKey, verify_recording
from twindeck.web import create_app

RATE = 8000
BASE = "http://127.0.0.1:8765"


@pytest.fixture
def client(tmp_path: Path) -> Iterator[TestClient]:
    app = create_app(tmp_path / "recs", DeviceKey.from_seed(bytes(range(32))))
    with TestClient(app, base_url=BASE) as c:
        yield c


def pcm(seconds: float, seed: int = 0) -> bytes:
    rng = np.random.default_rng(seed)
    return (rng.standard_normal(int(RATE * seconds)) * 3000).astype("<i2").tobytes()


def post_chunk(client: TestClient, live_id: str, seq: int, body: bytes) -> tuple[int, dict]:
    r = client.post(
        f"/api/recordings/{live_id}/chunks?seq={seq}",
        content=body,
        headers={"Content-Type": "application/octet-stream"},
    )
    return r.status_code, r.json()


def wait_saved(client: TestClient, live_id: str, seconds: float) -> dict:
    for _ in range(100):
        status = client.get(f"/api/recordings/{live_id}/status").json()
        if status["saved_s"] >= seconds:
            return status
        time.sleep(0.05)
    raise AssertionError(status)


def test_record_through_the_api(client: TestClient, tmp_path: Path) -> None:
    r = client.post(
        "/api/recordings",
        json={"rate_hz": RATE, "channels": 1, "title": "../../etc/passwd", "assessment": "wca",
              "present": ["claimant", "companion"], "check": {"ok": 1, "advice": "Good"}},
    )  # fmt: skip
    assert r.status_code == 200, r.text
    live = r.json()
    assert live["state"] == "recording" and live["name"].endswith("-etc-passwd.twindeck")
    audio = pcm(3.5)
    chunks = [audio[i : i + 1600] for i in range(0, len(audio), 1600)]
    assert post_chunk(client, live["id"], 0, chunks[0])[0] == 200
    assert post_chunk(client, live["id"], 0, chunks[0])[0] == 200  # a re-send is harmless
    code, body = post_chunk(client, live["id"], 5, chunks[5])  # one skipped ahead is refused
    assert code == 409 and body["expected"] == 1
    for seq, chunk in enumerate(chunks[1:], 1):
        assert post_chunk(client, live["id"], seq, chunk)[0] == 200
    # acknowledged means written: 100 ms segments, one per chunk, all on disk already
    assert client.get(f"/api/recordings/{live['id']}/status").json()["saved_s"] == 3.5
    note = client.post(
        f"/api/recordings/{live['id']}/control", json={"action": "note", "text": "walked about 8 m"}
    )
    assert note.json()["notes"][0]["text"] == "walked about 8 m"
    post_chunk(client, live["id"], len(chunks), b"")  # notes are applied between chunks
    done = client.post(f"/api/recordings/{live['id']}/control", json={"action": "stop"}).json()
    assert done["state"] == "sealed" and done["seal"]["duration_s"] == 3.5

    rec = tmp_path / "recs" / live["name"]
    report = verify_recording(rec)
    assert report.verdict == "intact" and report.seal_code == done["seal"]["code"]
    assert (rec / "audio.pcm").read_bytes() == audio
    assert [e.kind for e in report.events] == ["check", "start", "note", "stop"]
    assert report.meta["present"] == ["claimant", "companion"]

    assert post_chunk(client, live["id"], len(chunks) + 1, b"\0\0")[0] == 409  # ended
    library = client.get("/api/library").json()["recordings"]
    assert library[0]["seal_code"] == done["seal"]["code"] and library[0]["verdict"] == "intact"
    svg = client.get(f"/api/library/{live['name']}/qr.svg")
    assert svg.headers["content-type"] == "image/svg+xml" and b"<svg" in svg.content
    download = client.get(f"/api/library/{live['name']}/download")
    copy = tmp_path / "copy.twindeck.zip"
    copy.write_bytes(download.content)
    assert verify_recording(copy).seal_code == done["seal"]["code"]


def test_guards_and_the_error_shape(client: TestClient) -> None:
    assert client.get("/", headers={"Host": "evil.example:8765"}).status_code == 421
    r = client.post(
        "/api/recordings", json={"rate_hz": RATE}, headers={"Origin": "http://evil.example"}
    )
    assert r.status_code == 403 and r.json()["error"]["code"] == "cross_site"
    r = client.post(
        "/api/recordings",
        content=b"rate_hz=8000",
        headers={"Content-Type": "application/x-www-form-urlencoded"},
    )
    assert r.status_code == 415
    r = client.post("/api/recordings", json={"rate_hz": 5})
    assert r.status_code == 400 and "sample rate" in r.json()["error"]["message"]
    for path in (
        "/api/library/..%2F..%2Fetc/download",
        "/api/library/x/download",
        "/api/recordings/nope/status",
    ):
        r = client.get(path)
        assert r.status_code == 404 and set(r.json()["error"]) == {"code", "message", "hint"}, path
    live = client.post("/api/recordings", json={"rate_hz": RATE, "channels": 1}).json()
    code, body = post_chunk(client, live["id"], 0, b"\0")  # half a frame
    assert code == 400 and "whole frames" in body["error"]["message"]
    code, body = post_chunk(client, live["id"], 0, b"\0" * (2 << 20))
    assert code == 413
    r = client.post(f"/api/recordings/{live['id']}/control", json={"action": "note", "text": ""})
    assert r.status_code == 400
    r = client.post(f"/api/recordings/{live['id']}/control", json={"action": "explode"})
    assert (
        r.status_code == 400
        and "pause, resume, note, consent or stop" in r.json()["error"]["message"]
    )
    page = client.get("/")
    assert "default-src 'self'" in page.headers["content-security-policy"]
    client.post(f"/api/recordings/{live['id']}/control", json={"action": "stop"})


def test_check_endpoint(client: TestClient) -> None:
    t = np.arange(RATE * 3) / RATE
    tone = (np.sin(2 * np.pi * 300 * t) * (np.sin(2 * np.pi * 2 * t) > 0) * 9000).astype("<i2")
    r = client.post(
        f"/api/check?rate_hz={RATE}&channels=1",
        content=tone.tobytes(),
        headers={"Content-Type": "application/octet-stream"},
    )
    data = r.json()
    assert data["ok"] and data["advice"].startswith("Good") and data["sealed"]["ok"] == 1
    silent = client.post(
        f"/api/check?rate_hz={RATE}&channels=1",
        content=bytes(RATE * 4),
        headers={"Content-Type": "application/octet-stream"},
    ).json()
    assert not silent["ok"] and "silence" in silent["advice"]


def test_a_closed_tab_is_sealed_as_interrupted(tmp_path: Path) -> None:
    from twindeck.seal import AudioFormat
    from twindeck.web.live import Studio

    studio = Studio(tmp_path, DeviceKey.from_seed(bytes(32)))
    live = studio.start(AudioFormat("s16le", RATE, 1), {}, None, give_up_s=3.0)
    audio = pcm(2.5)
    for seq, at in enumerate(range(0, len(audio), 1600)):
        assert live.source.offer(seq, audio[at : at + 1600]) == "ok"
    assert live.thread is not None
    live.thread.join(20)  # no more audio comes: the tab is gone
    assert live.result is not None and live.result.seal.end == "interrupted"
    report = verify_recording(live.path)
    assert report.verdict == "intact" and report.frames == int(
        RATE * 2.5
    )  # nothing received is lost
    assert [e.kind for e in report.events] == ["start", "input_lost", "stop"]


def test_join_link_serves_only_its_recording_and_checks_countersignatures(
    client: TestClient,
) -> None:
    from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey
    from cryptography.hazmat.primitives.serialization import Encoding, PublicFormat

    from twindeck.seal.countersign import sealed_body
    from twindeck.seal.encoding import b64encode
    from twindeck.seal.log import countersign_body

    live = client.post("/api/recordings", json={"rate_hz": RATE, "channels": 1}).json()
    token = live["join"].rsplit("/", 1)[1]
    assert client.get("/join/not-the-token").status_code == 404
    assert client.get("/api/join/not-the-token/log?from=0").status_code == 404
    assert client.get(live["join"]).status_code == 200
    audio = pcm(1.2)
    for seq, at in enumerate(range(0, len(audio), 1600)):
        post_chunk(client, live["id"], seq, audio[at : at + 1600])
    wait_saved(client, live["id"], 1.0)
    log = client.get(f"/api/join/{token}/log?from=0")
    assert log.headers["x-live"] == "1" and log.content.endswith(b"\n")
    assert client.get(f"/api/join/{token}/audio?from=0&to=16000").content == audio[:16000]
    assert client.get(f"/api/join/{token}/audio?from=0&to=999999").status_code == 409
    assert client.get(f"/api/join/{token}/audio?from=5&to=1").status_code == 400
    done = client.post(f"/api/recordings/{live['id']}/control", json={"action": "stop"}).json()

    other = Ed25519PrivateKey.generate()
    public = other.public_key().public_bytes(Encoding.Raw, PublicFormat.Raw)
    rec = Path(client.app.state.studio.folder) / done["name"]  # type: ignore[attr-defined]
    _, body = sealed_body(rec)
    signed = countersign_body(body, "HP")
    renamed = client.post(  # a signature does not carry over to another name
        f"/api/join/{token}/countersign",
        json={"key": b64encode(public), "signature": b64encode(other.sign(signed)), "name": "X"},
    )
    assert renamed.status_code == 409
    bad = client.post(
        f"/api/join/{token}/countersign",
        json={"key": b64encode(public), "signature": b64encode(other.sign(b"something else"))},
    )
    assert bad.status_code == 409 and "does not match" in bad.json()["error"]["message"]
    good = client.post(
        f"/api/join/{token}/countersign",
        json={"key": b64encode(public), "signature": b64encode(other.sign(signed)), "name": "HP"},
    )
    assert good.status_code == 200
    again = client.post(
        f"/api/join/{token}/countersign",
        json={"key": b64encode(public), "signature": b64encode(other.sign(signed)), "name": "HP"},
    )
    assert again.status_code == 200  # stored once
    report = verify_recording(rec)
    assert report.verdict == "intact" and [c.name for c in report.countersignatures] == ["HP"]
    assert client.get(f"/api/join/{token}/log?from=0").headers["x-live"] == "0"


def test_lan_listener_serves_only_the_join_pages(tmp_path: Path) -> None:
    from twindeck.web import Lan

    lan = Lan("127.0.0.1", 8766, "AB:CD")
    app = create_app(tmp_path / "recs", DeviceKey.from_seed(bytes(32)), lan=lan)
    with (
        TestClient(app, base_url=BASE) as local,
        TestClient(app, base_url="https://127.0.0.1:8766") as remote,
    ):
        live = local.post("/api/recordings", json={"rate_hz": RATE, "channels": 1}).json()
        assert live["join_url"].startswith("https://127.0.0.1:8766/join/")
        assert live["tls_fingerprint"] == "AB:CD"
        path = live["join_url"].removeprefix("https://127.0.0.1:8766")
        assert remote.get(path).status_code == 200
        assert remote.get("/static/verify.js").status_code == 200
        offline = remote.get("/verify.html")
        assert offline.status_code == 200 and "TD.Verifier" in offline.text
        assert "connect-src" not in offline.headers["content-security-policy"]  # none at all
        assert "default-src 'none'" in offline.headers["content-security-policy"]
        for forbidden in (
            "/",
            "/api/library",
            "/static/app.js",
            f"/api/recordings/{live['id']}/status",
        ):
            r = remote.get(forbidden)
            assert r.status_code == 404 and r.json()["error"]["code"] == "not_found", forbidden
        r = remote.post(f"/api/recordings/{live['id']}/control", json={"action": "stop"})
        assert r.status_code == 404  # the other party cannot stop the recording
        local.post(f"/api/recordings/{live['id']}/control", json={"action": "stop"})


def test_serve_lan_uses_https_with_the_fingerprint_it_shows(tmp_path: Path) -> None:
    import os
    import re
    import signal
    import socket
    import ssl
    import subprocess
    import sys

    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    env = {**os.environ, "TWINDECK_HOME": str(tmp_path / "home")}
    cmd = [
        sys.executable,
        "-m",
        "twindeck",
        "serve",
        "--no-browser",
        "--lan",
        "--port",
        str(port),
        "--folder",
        str(tmp_path / "r"),
    ]
    proc = subprocess.Popen(cmd, env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    try:
        for _ in range(100):
            try:
                pem = ssl.get_server_certificate(("127.0.0.1", port + 1), timeout=1)
                break
            except OSError:
                time.sleep(0.1)
        der = ssl.PEM_cert_to_DER_cert(pem)
        import hashlib

        digest = hashlib.sha256(der).hexdigest().upper()
    finally:
        proc.send_signal(signal.SIGINT)
        out, err = proc.communicate(timeout=20)
    shown = re.search(r"fingerprint \(SHA-256\) ([0-9A-F:]+)", out)
    assert shown and shown.group(1).replace(":", "") == digest
    assert proc.returncode == 0, err
    assert (tmp_path / "home" / "tls" / "lan-key.pem").stat().st_mode & 0o777 == 0o600


def test_ctrl_c_on_the_server_seals_recordings_in_progress(tmp_path: Path) -> None:
    import os
    import signal
    import socket
    import subprocess
    import sys

    import httpx

    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    env = {**os.environ, "TWINDECK_HOME": str(tmp_path / "home")}
    cmd = [
        sys.executable,
        "-m",
        "twindeck",
        "serve",
        "--no-browser",
        "--port",
        str(port),
        "--folder",
        str(tmp_path / "r"),
    ]
    proc = subprocess.Popen(cmd, env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    base = f"http://127.0.0.1:{port}"
    try:
        for _ in range(100):
            try:
                httpx.get(base + "/")
                break
            except httpx.TransportError:
                time.sleep(0.1)
        live = httpx.post(base + "/api/recordings", json={"rate_hz": RATE, "channels": 1}).json()
        audio = pcm(2.0)
        for seq, at in enumerate(range(0, len(audio), 1600)):
            httpx.post(
                f"{base}/api/recordings/{live['id']}/chunks?seq={seq}",
                content=audio[at : at + 1600],
                headers={"Content-Type": "application/octet-stream"},
            )
    finally:
        proc.send_signal(signal.SIGINT)
        out, _ = proc.communicate(timeout=30)
    assert proc.returncode == 0 and "Every recording in progress was sealed" in out
    report = verify_recording(tmp_path / "r" / live["name"])
    assert report.verdict == "intact" and report.end == "stopped" and report.frames == 2 * RATE


def test_the_app_on_restart_seals_what_a_crash_left(tmp_path: Path) -> None:
    from twindeck.seal import AudioFormat, RecordingWriter, SystemClock

    key = DeviceKey.from_seed(bytes(range(32)))
    folder = tmp_path / "recs"
    folder.mkdir()
    writer = RecordingWriter.create(
        [folder / "crashed.twindeck"], key=key, fmt=AudioFormat("s16le", RATE, 1),
        clock=SystemClock(), source={"kind": "browser"}, meta={}, software="test",
    )  # fmt: skip
    writer.add_event("start")
    audio = pcm(3.0)
    for at in range(0, len(audio), 2 * RATE):
        writer.add_segment(audio[at : at + 2 * RATE])
    writer.close()  # as a killed server leaves it: no seal
    with open(folder / "crashed.twindeck" / "audio.pcm", "ab") as f:
        f.write(pcm(0.5, seed=1))  # half a segment in flight
    other = folder / "someone-elses.twindeck"
    foreign = RecordingWriter.create(
        [other], key=DeviceKey.from_seed(bytes(32)), fmt=AudioFormat("s16le", RATE, 1),
        clock=SystemClock(), source={"kind": "browser"}, meta={}, software="test",
    )  # fmt: skip
    foreign.add_event("start")
    foreign.close()
    assert verify_recording(folder / "crashed.twindeck").verdict == "incomplete"
    app = create_app(folder, key)
    with TestClient(app, base_url=BASE) as client:
        library = {r["name"]: r for r in client.get("/api/library").json()["recordings"]}
    report = verify_recording(folder / "crashed.twindeck")
    assert report.verdict == "intact" and report.end == "interrupted" and report.frames == 3 * RATE
    assert library["crashed.twindeck"]["verdict"] == "intact"
    assert verify_recording(other).verdict == "incomplete"  # another device's: left alone


def test_audio_as_wav_with_ranges_and_the_transcript(client: TestClient, tmp_path: Path) -> None:
    import subprocess

    import soundfile as sf

    from twindeck.cli import main as cli

    speech = subprocess.run(
        ["espeak-ng", "-v", "en-gb", "-s", "140", "--stdout", "I can walk to the shop."],
        capture_output=True, check=True,
    ).stdout  # fmt: skip
    wav = tmp_path / "talk.wav"
    wav.write_bytes(speech)
    folder = Path(client.app.state.studio.folder)  # type: ignore[attr-defined]
    folder.mkdir(parents=True, exist_ok=True)
    rec = folder / "talk.twindeck"
    assert cli(["record", str(rec), "--input", str(wav)]) == 0
    full = client.get("/api/library/talk.twindeck/audio.wav")
    assert full.status_code == 200 and full.headers["accept-ranges"] == "bytes"
    data, rate = sf.read(io.BytesIO(full.content), dtype="int16")
    assert rate == 22050 and data.tobytes() == (rec / "audio.pcm").read_bytes()
    part = client.get("/api/library/talk.twindeck/audio.wav", headers={"Range": "bytes=40-99"})
    assert part.status_code == 206 and part.content == full.content[40:100]
    assert part.headers["content-range"] == f"bytes 40-99/{len(full.content)}"
    assert (
        client.get(
            "/api/library/talk.twindeck/audio.wav", headers={"Range": "bytes=999999-"}
        ).status_code
        == 416
    )

    assert client.get("/api/library/talk.twindeck/transcript").status_code == 404
    job = client.post("/api/library/talk.twindeck/transcribe", json={}).json()
    for _ in range(300):
        if job["state"] != "running":
            break
        time.sleep(0.1)
        job = client.get("/api/library/talk.twindeck/transcribe").json()
    assert job["state"] == "done", job
    view = client.get("/api/library/talk.twindeck/transcript").json()
    assert view["matches_recording"] and "shop" in " ".join(u["text"] for u in view["utterances"])
    library = client.get("/api/library").json()["recordings"]
    assert next(r for r in library if r["name"] == "talk.twindeck")["transcript"] is True


def test_checkpoints_are_countersigned_while_recording(client: TestClient) -> None:
    from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey
    from cryptography.hazmat.primitives.serialization import Encoding, PublicFormat

    from twindeck.seal.encoding import b64encode
    from twindeck.seal.log import countersign_body
    from twindeck.web import _checkpoint_body

    live = client.post("/api/recordings", json={"rate_hz": RATE, "channels": 1}).json()
    token = live["join"].rsplit("/", 1)[1]
    audio = pcm(11.0)
    for seq, at in enumerate(range(0, len(audio), 1600)):
        post_chunk(client, live["id"], seq, audio[at : at + 1600])
    wait_saved(client, live["id"], 10.0)
    rec = Path(client.app.state.studio.folder) / live["name"]  # type: ignore[attr-defined]
    size = 102  # header, start, a hundred 100 ms segments: the checkpoint at 10 s
    key = Ed25519PrivateKey.generate()
    public = b64encode(key.public_key().public_bytes(Encoding.Raw, PublicFormat.Raw))
    signed = key.sign(countersign_body(_checkpoint_body(rec, size), "HP"))
    url = f"/api/join/{token}/countersign"
    body = {"key": public, "signature": b64encode(signed), "name": "HP", "tree_size": size}
    assert client.post(url, json=body | {"name": "Someone else"}).status_code == 409
    missing = client.post(url, json=body | {"tree_size": 7})
    assert missing.status_code == 409
    assert "no checkpoint of 7 leaves" in missing.json()["error"]["message"]
    assert client.post(url, json=body).status_code == 200
    post_chunk(client, live["id"], len(audio) // 1600 + 1, b"")  # applied between chunks
    client.post(f"/api/recordings/{live['id']}/control", json={"action": "stop"})
    report = verify_recording(rec)
    assert report.verdict == "intact"
    assert [(c.tree_size, c.name, c.valid) for c in report.countersignatures] == [
        (size, "HP", True)
    ]
