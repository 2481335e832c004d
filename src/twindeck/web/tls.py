"""A self-signed certificate for LAN mode: phones need HTTPS for WebCrypto and a secure context.

The certificate is made once per machine (ECDSA P-256, valid five years) for this machine's LAN
addresses and kept beside the device key. Its SHA-256 fingerprint is shown on the recorder's
screen, so the other party can compare it with what their browser shows before trusting it.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import ipaddress
import os
import socket
from dataclasses import dataclass
from pathlib import Path

from cryptography import x509
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import ec
from cryptography.x509.oid import NameOID


@dataclass(frozen=True)
class Certificate:
    cert_path: Path
    key_path: Path
    fingerprint: str  # SHA-256 of the DER certificate, colon-separated hex
    addresses: tuple[str, ...]


def lan_address() -> str:
    """This machine's address on the local network (no packet is sent: UDP connect only)."""
    with socket.socket(socket.AF_INET, socket.SOCK_DGRAM) as s:
        try:
            s.connect(("192.0.2.1", 9))  # TEST-NET-1: routing lookup only
            return str(s.getsockname()[0])
        except OSError:
            return "127.0.0.1"


def load_or_create(folder: Path, addresses: list[str]) -> Certificate:
    cert_path, key_path = folder / "lan-cert.pem", folder / "lan-key.pem"
    wanted = sorted(set(addresses) | {"127.0.0.1"})
    if cert_path.exists() and key_path.exists():
        cert = x509.load_pem_x509_certificate(cert_path.read_bytes())
        san = cert.extensions.get_extension_for_class(x509.SubjectAlternativeName).value
        have = sorted(str(ip) for ip in san.get_values_for_type(x509.IPAddress))
        if have == wanted and cert.not_valid_after_utc > dt.datetime.now(dt.UTC):
            return _describe(cert, cert_path, key_path)
    folder.mkdir(parents=True, exist_ok=True)
    key = ec.generate_private_key(ec.SECP256R1())
    name = x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, "twindeck on this computer")])
    now = dt.datetime.now(dt.UTC)
    cert = (
        x509.CertificateBuilder()
        .subject_name(name)
        .issuer_name(name)
        .public_key(key.public_key())
        .serial_number(x509.random_serial_number())
        .not_valid_before(now - dt.timedelta(minutes=5))
        .not_valid_after(now + dt.timedelta(days=5 * 365))
        .add_extension(
            x509.SubjectAlternativeName(
                [x509.DNSName("localhost")]
                + [x509.IPAddress(ipaddress.ip_address(a)) for a in wanted]
            ),
            critical=False,
        )
        .add_extension(x509.BasicConstraints(ca=False, path_length=None), critical=True)
        .sign(key, hashes.SHA256())
    )
    fd = os.open(key_path, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
    with os.fdopen(fd, "wb") as f:
        f.write(
            key.private_bytes(
                serialization.Encoding.PEM,
                serialization.PrivateFormat.PKCS8,
                serialization.NoEncryption(),
            )
        )
    cert_path.write_bytes(cert.public_bytes(serialization.Encoding.PEM))
    return _describe(cert, cert_path, key_path)


def _describe(cert: x509.Certificate, cert_path: Path, key_path: Path) -> Certificate:
    digest = hashlib.sha256(cert.public_bytes(serialization.Encoding.DER)).hexdigest().upper()
    san = cert.extensions.get_extension_for_class(x509.SubjectAlternativeName).value
    addresses = tuple(str(ip) for ip in san.get_values_for_type(x509.IPAddress))
    fingerprint = ":".join(digest[i : i + 2] for i in range(0, len(digest), 2))
    return Certificate(cert_path, key_path, fingerprint, addresses)


__all__ = ["Certificate", "lan_address", "load_or_create"]
