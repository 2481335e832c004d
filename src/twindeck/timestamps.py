"""Trusted timestamps (RFC 3161): a third party attests that the seal existed at a time.

The message imprint is SHA-256 of the seal's signed body (format.md §6.3), so a token binds the
time to the recording id, the root of every leaf, the length and the end. Tokens are stored in
the log after the seal as ``timestamp`` records (format.md §6.4): ``tree_size``, ``tsa`` (the
URL asked), ``token`` (base64 DER ``TimeStampToken``) and ``time`` (when this device asked).

Checking a token: the imprint matches the body; the CMS signature verifies with the signing
certificate the token carries; that certificate is for time-stamping (extended key usage) and
was valid at the stamped time; and it chains to a root you trust (``--tsa-roots``). A token that
checks but does not chain to a trusted root says who signed it and that you have not said you
trust them. Nothing here is contacted unless you name a TSA: offline by default.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import os
import secrets
import urllib.error
import urllib.request
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from cryptography import x509
from cryptography.exceptions import InvalidSignature
from cryptography.hazmat.primitives import hashes
from cryptography.hazmat.primitives.asymmetric import ec, ed25519, padding, rsa
from cryptography.x509.oid import ExtendedKeyUsageOID

from twindeck.errors import (
    DestinationError,
    NotIntact,
    NotSealed,
    TimestampFailed,
    UnusableInput,
)
from twindeck.seal.encoding import b64decode, b64encode, canonical_json, format_time
from twindeck.seal.log import LOG_NAME, seal_body

TIMEOUT_S = 20


@dataclass(frozen=True)
class TokenCheck:
    tree_size: int
    tsa_url: str
    gen_time: dt.datetime | None
    signer: str
    valid: bool  # imprint and signature check
    trusted: bool  # and chains to a trusted root
    problem: str = ""
    what: str = "seal"  # or "checkpoint of N leaves"

    def describe(self) -> str:
        if not self.valid:
            return f"✗ timestamp from {self.tsa_url}: {self.problem}"
        when = f"{self.gen_time:%Y-%m-%d %H:%M:%S} UTC" if self.gen_time else "?"
        trust = (
            "a trusted time-stamping authority"
            if self.trusted
            else "not in your trusted roots (--tsa-roots)"
        )
        lead = "sealed" if self.what == "seal" else f"{self.what} existed"
        return f"{lead} no later than {when}, attested by {self.signer} — {trust}"


def build_request(body: bytes) -> tuple[bytes, int]:
    from asn1crypto import algos, core, tsp

    nonce = secrets.randbits(63)
    req = tsp.TimeStampReq(
        {
            "version": "v1",
            "message_imprint": {
                "hash_algorithm": algos.DigestAlgorithm({"algorithm": "sha256"}),
                "hashed_message": hashlib.sha256(body).digest(),
            },
            "nonce": core.Integer(nonce),
            "cert_req": True,
        }
    )
    return req.dump(), nonce


def request_token(url: str, body: bytes) -> bytes:
    """Ask ``url`` for a token over ``body``; returns the DER TimeStampToken."""
    from asn1crypto import tsp

    der, nonce = build_request(body)
    request = urllib.request.Request(
        url, data=der, headers={"Content-Type": "application/timestamp-query"}, method="POST"
    )
    try:
        with urllib.request.urlopen(request, timeout=TIMEOUT_S) as response:
            reply = response.read(1 << 20)
    except (urllib.error.URLError, OSError, ValueError) as exc:
        raise TimestampFailed(f"no answer from {url}: {exc}") from None
    try:
        resp = tsp.TimeStampResp.load(reply)
        status = resp["status"]["status"].native
        if status not in ("granted", "granted_with_mods"):
            raise TimestampFailed(f"{url} refused the request ({status})")
        token = resp["time_stamp_token"]
        info = token["content"]["encap_content_info"]["content"].parsed
        if info["nonce"].native != nonce:
            raise TimestampFailed(f"{url} answered another request (nonce differs)")
        return bytes(token.dump())
    except (ValueError, TypeError, KeyError) as exc:
        raise TimestampFailed(f"{url} did not send a time-stamp reply ({exc})") from None


def _verify_with(cert: x509.Certificate, signature: bytes, data: bytes, digest: str) -> None:
    key = cert.public_key()
    algorithm: hashes.HashAlgorithm = {
        "sha256": hashes.SHA256(),
        "sha384": hashes.SHA384(),
        "sha512": hashes.SHA512(),
    }.get(digest, hashes.SHA256())
    if isinstance(key, rsa.RSAPublicKey):
        key.verify(signature, data, padding.PKCS1v15(), algorithm)
    elif isinstance(key, ec.EllipticCurvePublicKey):
        key.verify(signature, data, ec.ECDSA(algorithm))
    elif isinstance(key, ed25519.Ed25519PublicKey):
        key.verify(signature, data)
    else:
        raise InvalidSignature("unsupported key type")


def check_token(
    token_der: bytes, body: bytes, roots: list[x509.Certificate], tree_size: int, url: str
) -> TokenCheck:
    from asn1crypto import cms

    def fail(problem: str, when: dt.datetime | None = None, signer: str = "?") -> TokenCheck:
        return TokenCheck(tree_size, url, when, signer, False, False, problem)

    try:
        content = cms.ContentInfo.load(token_der)
        signed = content["content"]
        info = signed["encap_content_info"]["content"].parsed
        tst_bytes = bytes(signed["encap_content_info"]["content"].contents)
        gen_time = info["gen_time"].native
        imprint = info["message_imprint"]
        algorithm = imprint["hash_algorithm"]["algorithm"].native
        if algorithm not in ("sha256", "sha384", "sha512"):
            return fail(f"uses {algorithm}, which twindeck does not accept", gen_time)
        if imprint["hashed_message"].native != hashlib.new(algorithm, body).digest():
            return fail("it stamps something other than this seal", gen_time)
        certs = [
            x509.load_der_x509_certificate(c.chosen.dump())
            for c in (signed["certificates"] or [])
            if c.name == "certificate"
        ]
        (signer_info,) = signed["signer_infos"]
        sid = signer_info["sid"].chosen
        signer_cert = next(
            c
            for c in certs
            if c.serial_number == sid["serial_number"].native
            and c.issuer.public_bytes() == sid["issuer"].dump()
        )
        digest = signer_info["digest_algorithm"]["algorithm"].native
        attrs = signer_info["signed_attrs"]
        message_digest = next(a for a in attrs if a["type"].native == "message_digest")
        if message_digest["values"][0].native != hashlib.new(digest, tst_bytes).digest():
            return fail("its signed content was altered", gen_time)
        signed_bytes = attrs.untag().dump()  # the SET OF, as signed (RFC 5652 §5.4)
        _verify_with(signer_cert, bytes(signer_info["signature"].native), signed_bytes, digest)
    except StopIteration:
        return fail("it does not carry the certificate that signed it")
    except InvalidSignature:
        return fail("its signature does not verify")
    except (ValueError, TypeError, KeyError) as exc:
        return fail(f"it is not a readable RFC 3161 token ({exc})")
    signer = signer_cert.subject.rfc4514_string()
    try:
        eku = signer_cert.extensions.get_extension_for_class(x509.ExtendedKeyUsage).value
        if ExtendedKeyUsageOID.TIME_STAMPING not in eku:
            return fail("its certificate is not for time-stamping", gen_time, signer)
    except x509.ExtensionNotFound:
        return fail("its certificate is not for time-stamping", gen_time, signer)
    if not signer_cert.not_valid_before_utc <= gen_time <= signer_cert.not_valid_after_utc:
        return fail("the stamped time is outside its certificate's validity", gen_time, signer)
    return TokenCheck(tree_size, url, gen_time, signer, True, _chains(signer_cert, certs, roots))


def _chains(
    cert: x509.Certificate, pool: list[x509.Certificate], roots: list[x509.Certificate]
) -> bool:
    current = cert
    for _ in range(6):
        for root in roots:
            if current == root:
                return True
            try:
                current.verify_directly_issued_by(root)
                return True
            except (ValueError, TypeError, InvalidSignature):
                pass
        parent = next((c for c in pool if c != current and c.subject == current.issuer), None)
        if parent is None:
            return False
        try:
            current.verify_directly_issued_by(parent)
        except (ValueError, TypeError, InvalidSignature):
            return False
        current = parent
    return False


def load_roots(path: Path | None) -> list[x509.Certificate]:
    if path is None:
        return []
    try:
        return list(x509.load_pem_x509_certificates(path.read_bytes()))
    except (OSError, ValueError) as exc:
        raise UnusableInput(f"cannot read trusted roots from {path}: {exc}") from None


def timestamp_recording(path: Path, url: str) -> TokenCheck:
    """Ask ``url`` to stamp the seal and store the token in the recording's log."""
    from twindeck.seal import verify_recording

    if not path.is_dir():
        raise UnusableInput(f"{path}: timestamps are added to the recording folder")
    report = verify_recording(path)
    if not report.sealed:
        raise NotSealed(f"{path} is not sealed yet")
    if not report.ok:
        raise NotIntact(f"{path} is {report.verdict}: it cannot be timestamped")
    body = seal_body(
        report.recording_id, report.tree_size, bytes.fromhex(report.root),
        report.seal_time, report.frames, report.end,
    )  # fmt: skip
    asked = format_time(dt.datetime.now(dt.UTC))
    token = request_token(url, body)
    record = {
        "type": "timestamp",
        "tree_size": report.tree_size,
        "tsa": url,
        "token": b64encode(token),
        "time": asked,
    }
    fd = os.open(path / LOG_NAME, os.O_WRONLY | os.O_APPEND)
    try:
        import fcntl

        fcntl.flock(fd, fcntl.LOCK_EX)
        os.write(fd, canonical_json(record) + b"\n")
        os.fsync(fd)
    except OSError as exc:
        raise DestinationError(f"cannot add the timestamp to {path}: {exc.strerror}") from exc
    finally:
        os.close(fd)
    return check_token(token, body, [], report.tree_size, url)


def _signed_bodies(log: bytes, report: Any) -> dict[int, bytes]:
    """tree size -> the signed body of the seal and of every checkpoint in the log."""
    from twindeck.seal.encoding import parse_line
    from twindeck.seal.log import note_body

    bodies: dict[int, bytes] = {}
    for line in log.split(b"\n"):
        if b'"type":"checkpoint"' in line:
            try:
                r = parse_line(line)
                bodies[int(r["tree_size"])] = note_body(
                    report.recording_id, int(r["tree_size"]), bytes.fromhex(r["root"]), r["time"]
                )
            except (ValueError, KeyError, TypeError):
                continue
    if report.sealed and report.root:
        bodies[report.tree_size] = seal_body(
            report.recording_id, report.tree_size, bytes.fromhex(report.root),
            report.seal_time, report.frames, report.end,
        )  # fmt: skip
    return bodies


def check_recording_timestamps(
    log: bytes, report: Any, roots: list[x509.Certificate]
) -> list[TokenCheck]:
    """Check every timestamp record against the seal or checkpoint it names."""
    from twindeck.seal.encoding import parse_line

    bodies = _signed_bodies(log, report)
    out = []
    for line in log.split(b"\n"):
        if b'"type":"timestamp"' not in line:
            continue
        try:
            record = parse_line(line)
            token = b64decode(record["token"])
            size, url = int(record["tree_size"]), str(record["tsa"])
        except (ValueError, KeyError, TypeError) as exc:
            out.append(
                TokenCheck(0, "?", None, "?", False, False, f"the record is damaged ({exc})")
            )
            continue
        body = bodies.get(size)
        if body is None:
            unknown = f"it names a tree of {size} leaves, which nothing here signed"
            out.append(TokenCheck(size, url, None, "?", False, False, unknown))
            continue
        check = check_token(token, body, roots, size, url)
        if size != report.tree_size:
            check = TokenCheck(
                size, url, check.gen_time, check.signer, check.valid, check.trusted,
                check.problem, what=f"checkpoint of {size} leaves",
            )  # fmt: skip
        out.append(check)
    return out


class Stamper:
    """Asks time-stamping authorities, in the background, to stamp each checkpoint as it is made.

    The recorder collects the tokens between segments (so the log keeps one writer); those that
    arrive after the seal are appended after it. Requests that fail — no network — are kept and
    written to ``.tsa-pending.json`` in the recording when it ends; ``twindeck timestamp`` sends
    them later (their tokens then prove a later time, and the record's ``time`` says when it was
    asked)."""

    def __init__(self, urls: list[str]) -> None:
        import queue
        import threading

        self.urls = urls
        self._ready: list[dict[str, Any]] = []
        self._lock = threading.Lock()
        self.work: queue.Queue[tuple[int, bytes] | None] = queue.Queue()
        self.pending: list[dict[str, Any]] = []
        self.done = 0
        self.thread = threading.Thread(target=self._run, daemon=True, name="tsa")
        self.thread.start()

    def checkpoint(self, tree_size: int, body: bytes) -> None:
        self.work.put((tree_size, body))

    def _run(self) -> None:
        while (item := self.work.get()) is not None:
            size, body = item
            for url in self.urls:
                asked = format_time(dt.datetime.now(dt.UTC))
                try:
                    token = request_token(url, body)
                except TimestampFailed:
                    self.pending.append({"tree_size": size, "tsa": url, "asked": asked})
                    continue
                with self._lock:
                    self._ready.append({"type": "timestamp", "tree_size": size, "tsa": url,
                                        "token": b64encode(token), "time": asked})  # fmt: skip

    def ready(self) -> list[dict[str, Any]]:
        """Tokens received and not yet stored; each is handed out once."""
        with self._lock:
            out, self._ready = self._ready, []
        self.done += len(out)
        return out

    def finish(self, folder: Path, timeout_s: float = 30.0) -> int:
        """Stop; store what came after the seal; keep what could not be sent (returns how many)."""
        from twindeck.seal.encoding import canonical_json as _canonical

        self.work.put(None)
        self.thread.join(timeout_s)
        for record in self.ready():  # after the seal, timestamps may follow it
            _append_line(folder, _canonical(record) + b"\n")
        if self.pending:
            import json

            (folder / PENDING_NAME).write_text(json.dumps(self.pending, indent=1), "utf-8")
        return len(self.pending)


PENDING_NAME = ".tsa-pending.json"


def send_pending(path: Path) -> tuple[int, int]:
    """Send the requests a recording kept while offline; returns (sent, still waiting)."""
    import json

    from twindeck.seal import open_recording, verify_recording

    target = path / PENDING_NAME
    items = json.loads(target.read_text("utf-8"))
    report = verify_recording(path)
    files = open_recording(path)
    try:
        bodies = _signed_bodies(files.log, report)
    finally:
        files.close()
    left, sent = [], 0
    for item in items:
        size = item.get("tree_size") or report.tree_size
        body = bodies.get(size)
        if body is None:
            continue
        try:
            token = request_token(str(item["tsa"]), body)
        except TimestampFailed:
            left.append(item)
            continue
        now = format_time(dt.datetime.now(dt.UTC))
        record = {"type": "timestamp", "tree_size": size, "tsa": str(item["tsa"]),
                  "token": b64encode(token), "time": now}  # fmt: skip
        _append_line(path, canonical_json(record) + b"\n")
        sent += 1
    if left:
        target.write_text(json.dumps(left, indent=1), "utf-8")
    else:
        target.unlink()
    return sent, len(left)


def _append_line(path: Path, line: bytes) -> None:
    import fcntl

    fd = os.open(path / LOG_NAME, os.O_WRONLY | os.O_APPEND)
    try:
        fcntl.flock(fd, fcntl.LOCK_EX)
        os.write(fd, line)
        os.fsync(fd)
    except OSError as exc:
        raise DestinationError(f"cannot add the timestamp to {path}: {exc.strerror}") from exc
    finally:
        os.close(fd)


__all__ = [
    "PENDING_NAME",
    "Stamper",
    "TokenCheck",
    "check_recording_timestamps",
    "check_token",
    "load_roots",
    "request_token",
    "send_pending",
    "timestamp_recording",
]
