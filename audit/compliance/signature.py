"""Detached Ed25519 signatures over a report file, checkable with the public key alone.

``report.pdf`` gets ``report.pdf.sig`` beside it: a small JSON document whose ``signature`` is the
standard-base64 Ed25519 signature over the report file's exact bytes (no hashing or canonical form
to reproduce), so a third party needs nothing of ours::

    jq -r .signature report.pdf.sig | base64 -d > sig.bin
    openssl pkeyutl -verify -pubin -inkey audit-public.pem -rawin -in report.pdf -sigfile sig.bin

A detached file keeps the report byte-for-byte what was signed (an embedded signature would have
to sign a document minus itself, which no stock tool checks). The other fields are informational;
``key_id`` names which trusted key to use, and only the signature decides.
"""

from __future__ import annotations

import base64
import hashlib
import json
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path

from audit.signing import Keyring, Signer

FORMAT = "safety-gateway-compliance-signature/v1"
SUFFIX = ".sig"


def signature_path(report: Path) -> Path:
    return report.with_name(report.name + SUFFIX)


def signature_document(data: bytes, name: str, signer: Signer) -> dict[str, str | int]:
    """The ``.sig`` document for a report's bytes (also what the dashboard's report download carries)."""
    return {
        "format": FORMAT,
        "file": name,
        "size": len(data),
        "sha256": hashlib.sha256(data).hexdigest(),
        "algorithm": "Ed25519",
        "key_id": signer.key_id,
        "public_key_pem": signer.public_pem(),
        "signed_at": datetime.now(UTC).strftime("%Y-%m-%dT%H:%M:%SZ"),
        "signature": base64.b64encode(signer.sign(data)).decode("ascii"),
    }


def sign_file(report: Path, signer: Signer, *, sig_path: Path | None = None) -> Path:
    doc = signature_document(report.read_bytes(), report.name, signer)
    out = sig_path or signature_path(report)
    out.write_text(json.dumps(doc, indent=2) + "\n", encoding="utf-8")
    return out


@dataclass
class Verdict:
    ok: bool
    key_id: str | None
    message: str


def verify_file(report: Path, keyring: Keyring, *, sig_path: Path | None = None) -> Verdict:
    """Good only when the signature over the file's bytes verifies with a key in ``keyring``."""
    path = sig_path or signature_path(report)
    try:
        data = report.read_bytes()
        doc = json.loads(path.read_text(encoding="utf-8"))
    except FileNotFoundError as exc:
        return Verdict(False, None, f"missing file: {exc.filename}")
    except (OSError, ValueError) as exc:
        return Verdict(False, None, f"cannot read the signature {path}: {exc}")
    if not isinstance(doc, dict) or doc.get("format") != FORMAT or not isinstance(doc.get("signature"), str):
        return Verdict(False, None, f"{path} is not a compliance report signature ({FORMAT})")
    key_id = doc.get("key_id") if isinstance(doc.get("key_id"), str) else None
    try:
        signature = base64.b64decode(doc["signature"], validate=True)
    except ValueError:
        return Verdict(False, key_id, "the signature is not valid base64")
    if not len(keyring):
        return Verdict(
            False, key_id, "no trusted public key given (--key PEM, or a config with the audit key)"
        )
    # The key id only picks the key; a report signed by an untrusted key fails whatever it claims.
    candidates = [key_id] if key_id in keyring else list(keyring)
    for kid in candidates:
        if kid is not None and keyring.verify(kid, data, signature):
            return Verdict(
                True, kid, f"signature good: Ed25519 key {kid}, sha256 {hashlib.sha256(data).hexdigest()}"
            )
    if key_id not in keyring:
        return Verdict(False, key_id, f"signed by key {key_id}, which is not among the trusted keys")
    return Verdict(False, key_id, "signature does not match the file (it was changed after signing)")
