"""RFC 3161 timestamps against a real local time-stamping authority (OpenSSL's `openssl ts`
behind a small HTTP server), and the stored tokens checked by `openssl ts -verify` too."""

from __future__ import annotations

import base64
import http.server
import json
import shutil
import subprocess
import threading
from collections.abc import Iterator
from pathlib import Path

import pytest

from conftest import Made, make_recording
from twindeck.cli import main
from twindeck.seal import verify_recording
from twindeck.seal.log import seal_body

TSA_CONFIG = """
[ tsa ]
default_tsa = tsa_config1
[ tsa_config1 ]
dir = {d}
serial = {d}/serial
signer_cert = {d}/tsa.pem
certs = {d}/ca.pem
signer_key = {d}/tsa.key
signer_digest = sha256
default_policy = 1.2.3.4.1
digests = sha256
accuracy = secs:1
ordering = no
tsa_name = yes
ess_cert_id_chain = no
ess_cert_id_alg = sha256
"""


def openssl(*args: str, cwd: Path) -> None:
    subprocess.run(["openssl", *args], cwd=cwd, check=True, capture_output=True)


@pytest.fixture(scope="module")
def tsa(tmp_path_factory: pytest.TempPathFactory) -> Iterator[tuple[str, Path]]:
    """(URL, root certificate) of a time-stamping authority on 127.0.0.1."""
    if shutil.which("openssl") is None:
        pytest.skip("openssl is not installed")
    d = tmp_path_factory.mktemp("tsa")
    ec = ("-newkey", "ec", "-pkeyopt", "ec_paramgen_curve:P-256", "-nodes")
    openssl("req", "-x509", *ec, "-keyout", "ca.key", "-out", "ca.pem", "-days", "30",
            "-subj", "/CN=Test TSA Root", "-addext", "basicConstraints=critical,CA:TRUE",
            "-addext", "keyUsage=critical,keyCertSign", cwd=d)  # fmt: skip
    openssl("req", *ec, "-keyout", "tsa.key", "-out", "tsa.csr", "-subj", "/CN=Test TSA", cwd=d)
    (d / "ext.cnf").write_text(
        "extendedKeyUsage=critical,timeStamping\nbasicConstraints=CA:FALSE\n"
    )
    openssl("x509", "-req", "-in", "tsa.csr", "-CA", "ca.pem", "-CAkey", "ca.key",
            "-CAcreateserial", "-out", "tsa.pem", "-days", "30",
            "-extfile", "ext.cnf", cwd=d)  # fmt: skip
    (d / "tsa.cnf").write_text(TSA_CONFIG.format(d=d))
    (d / "serial").write_text("01\n")
    lock = threading.Lock()

    class Handler(http.server.BaseHTTPRequestHandler):
        def do_POST(self) -> None:
            query = self.rfile.read(int(self.headers["Content-Length"]))
            with lock:
                (d / "q.tsq").write_bytes(query)
                openssl(
                    "ts",
                    "-reply",
                    "-queryfile",
                    "q.tsq",
                    "-config",
                    "tsa.cnf",
                    "-out",
                    "r.tsr",
                    cwd=d,
                )
                reply = (d / "r.tsr").read_bytes()
            self.send_response(200)
            self.send_header("Content-Type", "application/timestamp-reply")
            self.send_header("Content-Length", str(len(reply)))
            self.end_headers()
            self.wfile.write(reply)

        def log_message(self, *args: object) -> None:
            pass

    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{server.server_address[1]}/tsa", d / "ca.pem"
    server.shutdown()
    server.server_close()


def test_timestamp_verify_and_openssl_agree(
    rec: Made, tsa: tuple[str, Path], tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    url, root = tsa
    assert main(["timestamp", str(rec.path), "--tsa", url]) == 0
    assert "attested by CN=Test TSA" in capsys.readouterr().out
    assert main(["verify", str(rec.path), "--tsa-roots", str(root)]) == 0
    out = capsys.readouterr().out
    assert "INTACT" in out and "a trusted time-stamping authority" in out
    assert main(["verify", str(rec.path)]) == 0
    assert "not in your trusted roots" in capsys.readouterr().out
    assert main(["verify", str(rec.path), "--json"]) == 0
    checks = json.loads(capsys.readouterr().out)["evidence"]["timestamp_checks"]
    assert len(checks) == 1 and checks[0].startswith("sealed no later than")

    # OpenSSL, independently, accepts the stored token over the seal's signed body
    report = verify_recording(rec.path)
    record = json.loads((rec.path / "log.jsonl").read_text().splitlines()[-1])
    (tmp_path / "token.der").write_bytes(base64.b64decode(record["token"]))
    body = seal_body(report.recording_id, report.tree_size, bytes.fromhex(report.root),
                     report.seal_time, report.frames, report.end)  # fmt: skip
    (tmp_path / "body.bin").write_bytes(body)
    done = subprocess.run(
        ["openssl", "ts", "-verify", "-token_in", "-in", "token.der", "-data", "body.bin",
         "-CAfile", str(root)], cwd=tmp_path, capture_output=True, text=True,
    )  # fmt: skip
    assert "Verification: OK" in done.stdout, done.stderr


def test_altered_or_borrowed_tokens_are_caught(
    rec: Made, tsa: tuple[str, Path], tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    url, root = tsa
    other = make_recording(tmp_path / "other.twindeck", seconds=3, seed=9)
    assert main(["timestamp", str(other.path), "--tsa", url]) == 0
    borrowed = (other.path / "log.jsonl").read_text().splitlines()[-1]
    with open(rec.path / "log.jsonl", "a") as log:
        log.write(borrowed + "\n")
    assert main(["verify", str(rec.path), "--tsa-roots", str(root)]) == 1
    out = capsys.readouterr().out  # a token of another recording names a tree nothing here signed
    assert "which nothing here signed" in out or "stamps something other than this seal" in out

    lines = (other.path / "log.jsonl").read_text().splitlines()
    record = json.loads(lines[-1])
    token = bytearray(base64.b64decode(record["token"]))
    token[-20] ^= 1  # inside the signature
    record["token"] = base64.b64encode(bytes(token)).decode()
    lines[-1] = json.dumps(record, sort_keys=True, separators=(",", ":"))
    (other.path / "log.jsonl").write_text("\n".join(lines) + "\n")
    assert main(["verify", str(other.path), "--json"]) == 1
    problems = json.loads(capsys.readouterr().out)["problems"]
    assert [p["code"] for p in problems] == ["bad_timestamp"]


def test_no_tsa_no_change(rec: Made, capsys: pytest.CaptureFixture[str]) -> None:
    before = (rec.path / "log.jsonl").read_bytes()
    assert main(["timestamp", str(rec.path), "--tsa", "http://127.0.0.1:9/tsa"]) == 1
    err = capsys.readouterr().err
    assert (
        "no answer from http://127.0.0.1:9/tsa" in err and "Run `twindeck timestamp` again" in err
    )
    assert (rec.path / "log.jsonl").read_bytes() == before
    assert main(["timestamp", str(rec.path), "--tsa", "ftp://x"]) == 2


def test_record_with_a_tsa_stamps_checkpoints_and_the_seal(
    tsa: tuple[str, Path], tmp_path: Path, capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
) -> None:  # fmt: skip
    import numpy as np
    import soundfile as sf

    monkeypatch.setenv("TWINDECK_HOME", str(tmp_path / "home"))
    url, root = tsa
    t = np.arange(8000 * 25) / 8000
    sf.write(str(tmp_path / "in.wav"), 0.3 * np.sin(2 * np.pi * 440 * t), 8000, subtype="PCM_16")
    rec = tmp_path / "r.twindeck"
    assert main(["record", str(rec), "--input", str(tmp_path / "in.wav"), "--tsa", url]) == 0
    assert "Trusted timestamps: 3 stored." in capsys.readouterr().out  # checkpoints at 10, 20 s
    assert main(["verify", str(rec), "--tsa-roots", str(root), "--json"]) == 0
    checks = json.loads(capsys.readouterr().out)["evidence"]["timestamp_checks"]
    assert len(checks) == 3 and sum("checkpoint of" in c for c in checks) == 2
    assert all("a trusted time-stamping authority" in c for c in checks)

    # offline: the requests wait, and are sent later
    rec2 = tmp_path / "r2.twindeck"
    assert main(["record", str(rec2), "--input", str(tmp_path / "in.wav"),
                 "--tsa", "http://127.0.0.1:9/tsa"]) == 0  # fmt: skip
    assert "3 waiting" in capsys.readouterr().out
    assert (rec2 / ".tsa-pending.json").exists()
    pending = json.loads((rec2 / ".tsa-pending.json").read_text())
    for item in pending:
        item["tsa"] = url  # back online, at the same authority's new address
    (rec2 / ".tsa-pending.json").write_text(json.dumps(pending))
    assert main(["timestamp", str(rec2)]) == 0
    assert "Sent 3 waiting request(s)" in capsys.readouterr().out
    assert not (rec2 / ".tsa-pending.json").exists()
    assert main(["verify", str(rec2), "--tsa-roots", str(root)]) == 0
