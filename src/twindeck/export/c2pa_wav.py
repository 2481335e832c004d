"""Content Credentials (C2PA) in an exported WAV: a courtesy for tools that read them.

The manifest names the recording's seal (id, code, root, tree size, length, device key) in a
``org.twindeck.seal`` assertion, and is signed with a per-device certificate (Ed25519) issued by
this machine's own twindeck root (ECDSA P-256), both made on first use and kept in the data
folder. Standard C2PA readers validate it and report tampering when the audio bytes change.
The detached seal stays the primary proof: a manifest can be stripped, the seal cannot be faked.
The root is not in any public trust list, so readers say "untrusted signer" unless given it.
"""

from __future__ import annotations

import datetime as dt
import json
import os
from pathlib import Path

from twindeck import __version__
from twindeck.errors import DestinationError
from twindeck.seal import Report

ASSERTION = "org.twindeck.seal"


def _credentials(folder: Path) -> tuple[bytes, bytes]:
    """(certificate chain PEM, device private key PEM), made once per machine."""
    from cryptography import x509
    from cryptography.hazmat.primitives import hashes, serialization
    from cryptography.hazmat.primitives.asymmetric import ec, ed25519
    from cryptography.x509.oid import ExtendedKeyUsageOID, NameOID

    chain_path, key_path = folder / "c2pa-chain.pem", folder / "c2pa-device-key.pem"
    if chain_path.exists() and key_path.exists():
        return chain_path.read_bytes(), key_path.read_bytes()
    folder.mkdir(parents=True, exist_ok=True)

    def name(cn: str) -> x509.Name:
        return x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, cn),
                          x509.NameAttribute(NameOID.ORGANIZATION_NAME, "twindeck")])  # fmt: skip

    def usage(**on: bool) -> x509.KeyUsage:
        fields = dict.fromkeys(
            ("digital_signature", "content_commitment", "key_encipherment", "data_encipherment",
             "key_agreement", "key_cert_sign", "crl_sign", "encipher_only", "decipher_only"),
            False,
        )  # fmt: skip
        return x509.KeyUsage(**(fields | on))

    now = dt.datetime.now(dt.UTC)
    root_key = ec.generate_private_key(ec.SECP256R1())
    root = (
        x509.CertificateBuilder().subject_name(name("twindeck root on this computer"))
        .issuer_name(name("twindeck root on this computer")).public_key(root_key.public_key())
        .serial_number(x509.random_serial_number())
        .not_valid_before(now - dt.timedelta(days=1)).not_valid_after(now + dt.timedelta(days=3650))
        .add_extension(x509.BasicConstraints(ca=True, path_length=0), critical=True)
        .add_extension(usage(key_cert_sign=True, crl_sign=True), critical=True)
        .add_extension(x509.SubjectKeyIdentifier.from_public_key(root_key.public_key()),
                       critical=False)
        .sign(root_key, hashes.SHA256())
    )  # fmt: skip
    device_key = ed25519.Ed25519PrivateKey.generate()
    device = (
        x509.CertificateBuilder().subject_name(name("twindeck recorder")).issuer_name(root.subject)
        .public_key(device_key.public_key()).serial_number(x509.random_serial_number())
        .not_valid_before(now - dt.timedelta(days=1)).not_valid_after(now + dt.timedelta(days=3650))
        .add_extension(x509.BasicConstraints(ca=False, path_length=None), critical=True)
        .add_extension(usage(digital_signature=True), critical=True)
        # C2PA signers need an allowed EKU; email protection is one, and is not "any"
        .add_extension(x509.ExtendedKeyUsage([ExtendedKeyUsageOID.EMAIL_PROTECTION]),
                       critical=False)
        .add_extension(x509.AuthorityKeyIdentifier.from_issuer_public_key(root_key.public_key()),
                       critical=False)
        .sign(root_key, hashes.SHA256())
    )  # fmt: skip
    chain = device.public_bytes(serialization.Encoding.PEM) + root.public_bytes(
        serialization.Encoding.PEM
    )
    key_pem = device_key.private_bytes(  # C2PA wants PKCS#8
        serialization.Encoding.PEM, serialization.PrivateFormat.PKCS8,
        serialization.NoEncryption(),
    )  # fmt: skip
    fd = os.open(key_path, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
    with os.fdopen(fd, "wb") as f:
        f.write(key_pem)
    chain_path.write_bytes(chain)
    (folder / "c2pa-root.pem").write_bytes(root.public_bytes(serialization.Encoding.PEM))
    return chain, key_pem


def sign_wav(wav: Path, report: Report, credentials: Path) -> None:
    """Embed a C2PA manifest naming the seal into ``wav`` (rewritten in place, atomically)."""
    import c2pa

    chain, key = _credentials(credentials)
    manifest = {
        "claim_generator_info": [{"name": "twindeck", "version": __version__}],
        "title": wav.name,
        "format": "audio/wav",
        "assertions": [
            {
                "label": "c2pa.actions",
                "data": {"actions": [{
                    "action": "c2pa.created",
                    "digitalSourceType":
                        "http://cv.iptc.org/newscodes/digitalsourcetype/digitalCapture",
                }]},
            },
            {
                "label": ASSERTION,
                "data": {
                    "recording_id": report.recording_id,
                    "seal_code": report.seal_code,
                    "root": report.root,
                    "tree_size": report.tree_size,
                    "frames": report.frames,
                    "key_fingerprint": report.key_fingerprint,
                    "verify": f"twindeck verify RECORDING --audio {wav.name} --code "
                    f"{report.seal_code}",
                },
            },
        ],
    }  # fmt: skip
    signer = c2pa.Signer.from_info(
        c2pa.C2paSignerInfo(alg=b"ed25519", sign_cert=chain, private_key=key, ta_url=None)
    )
    partial = wav.with_name(wav.name + ".c2pa")
    try:
        with open(wav, "rb") as src, open(partial, "w+b") as dst:
            c2pa.Builder(json.dumps(manifest)).sign(signer, "audio/wav", src, dst)
        partial.replace(wav)
    except (OSError, c2pa.C2paError) as exc:
        partial.unlink(missing_ok=True)
        raise DestinationError(f"cannot add Content Credentials to {wav}: {exc}") from exc


def read_manifest(wav: Path) -> dict[str, object]:
    import c2pa

    with open(wav, "rb") as f:
        data: dict[str, object] = json.loads(c2pa.Reader("audio/wav", f).json())
    return data


__all__ = ["ASSERTION", "read_manifest", "sign_wav"]
