"""Signed provenance records: which gateway request produced a text, and its digest.

A record is signed over its canonical form (UTF-8 JSON, sorted keys, no spaces). The compact token
``b64url(canonical).b64url(signature)`` is plain ASCII, so it fits an HTTP header, an SSE chunk and a
JSON body alike; anyone with the public key (served as a JWK) can check it without our code.
"""

from __future__ import annotations

import hashlib
import json
from dataclasses import asdict, dataclass, field, fields
from datetime import UTC, datetime
from typing import Any

import orjson

from gateway.provenance.invisible import strip_marks
from gateway.provenance.keys import Keyring, Signer, b64url, b64url_decode

RECORD_VERSION = 1


class ProvenanceError(ValueError):
    """A token or record that cannot be parsed."""


def now_rfc3339() -> str:
    return datetime.now(UTC).isoformat(timespec="milliseconds").replace("+00:00", "Z")


def content_digest(text: str) -> str:
    """Hex SHA-256 of ``text`` without invisible marks: marking or stripping marks is not an edit,
    while the visible notice and every other character are part of the content."""
    return hashlib.sha256(strip_marks(text).encode("utf-8")).hexdigest()


def token_fingerprint(token: str) -> str:
    """What the audit record keeps of a provenance token: its SHA-256, prefixed ``sha256:``.

    Not the token itself: the token carries the SHA-256 of the answer, and a short answer (a yes, a
    number, a restored identifier) can be recovered from that digest by trying candidates. The
    fingerprint cannot be recomputed without the token's signature, which only the client holds; a
    token presented for verification is matched to its record by this value."""
    return "sha256:" + hashlib.sha256(token.encode("ascii")).hexdigest()


@dataclass(frozen=True)
class ProvenanceRecord:
    request_id: str
    model: str  # the alias the client asked for
    deployment: str  # the deployment that answered
    zone: str
    policy_version: str
    created: str  # RFC 3339, UTC
    content_sha256: list[str] = field(default_factory=list)  # one per choice, in choice order
    watermark: bool = False  # invisible marks were inserted
    key_id: str = ""  # filled in by sign()
    v: int = RECORD_VERSION

    def to_dict(self) -> dict[str, Any]:
        # Spelled out rather than dataclasses.asdict (which deep-copies): this runs on every response.
        return {
            "content_sha256": list(self.content_sha256),
            "created": self.created,
            "deployment": self.deployment,
            "key_id": self.key_id,
            "model": self.model,
            "policy_version": self.policy_version,
            "request_id": self.request_id,
            "v": self.v,
            "watermark": self.watermark,
            "zone": self.zone,
        }

    def canonical(self) -> bytes:
        # Sorted keys, no spaces, UTF-8 (the same bytes json.dumps(sort_keys, compact,
        # ensure_ascii=False) gives).
        return orjson.dumps(self.to_dict(), option=orjson.OPT_SORT_KEYS)

    def sign(self, signer: Signer) -> SignedProvenance:
        if self.key_id and self.key_id != signer.key_id:
            raise ValueError(f"record names key {self.key_id} but the signer's key is {signer.key_id}")
        record = ProvenanceRecord(
            self.request_id,
            self.model,
            self.deployment,
            self.zone,
            self.policy_version,
            self.created,
            list(self.content_sha256),
            self.watermark,
            signer.key_id,
            self.v,
        )
        payload = record.canonical()
        signature = signer.sign(payload)
        return SignedProvenance(record, b64url(signature), f"{b64url(payload)}.{b64url(signature)}")


@dataclass(frozen=True)
class SignedProvenance:
    record: ProvenanceRecord
    signature: str  # base64url, no padding
    token: str  # b64url(canonical) "." b64url(signature)

    def as_dict(self) -> dict[str, Any]:
        return {**self.record.to_dict(), "signature": self.signature, "token": self.token}

    @classmethod
    def from_dict(cls, body: dict[str, Any]) -> SignedProvenance:
        """From a response's ``provenance`` field: the token is authoritative; the readable fields
        must agree with it (a body edited after signing is reported, not trusted)."""
        token = body.get("token")
        if not isinstance(token, str):
            raise ProvenanceError("provenance object has no token")
        signed = parse_token(token)
        shown = {k: body[k] for k in (f.name for f in fields(ProvenanceRecord)) if k in body}
        if any(asdict(signed.record)[k] != v for k, v in shown.items()):
            raise ProvenanceError("provenance fields do not match its token")
        return signed


_FIELD_TYPES: dict[str, type | tuple[type, ...]] = {
    "request_id": str,
    "model": str,
    "deployment": str,
    "zone": str,
    "policy_version": str,
    "created": str,
    "content_sha256": list,
    "watermark": bool,
    "key_id": str,
    "v": int,
}


def parse_token(token: str) -> SignedProvenance:
    if not isinstance(token, str) or not token.isascii():
        raise ProvenanceError("provenance token must be ASCII text")
    token = token.strip()
    parts = token.split(".")
    if len(parts) != 2 or not all(parts):
        raise ProvenanceError("provenance token must be two base64url parts joined by '.'")
    try:
        payload, signature = b64url_decode(parts[0]), b64url_decode(parts[1])
    except ValueError:
        raise ProvenanceError("provenance token is not base64url") from None
    if len(signature) != 64:
        raise ProvenanceError(f"provenance signature must be 64 bytes, got {len(signature)}")
    try:
        data = json.loads(payload.decode("utf-8"))
    except (UnicodeDecodeError, ValueError):
        raise ProvenanceError("provenance token payload is not JSON") from None
    if not isinstance(data, dict):
        raise ProvenanceError("provenance token payload is not a JSON object")
    if data.get("v") != RECORD_VERSION:
        raise ProvenanceError(f"unsupported provenance record version {data.get('v')!r}")
    if set(data) != set(_FIELD_TYPES):
        missing, extra = set(_FIELD_TYPES) - set(data), set(data) - set(_FIELD_TYPES)
        raise ProvenanceError(
            f"provenance record fields wrong (missing {sorted(missing)}, unknown {sorted(extra)})"
        )
    for name, kind in _FIELD_TYPES.items():
        value = data[name]
        # bool is an int in Python: keep "v": true out.
        if not isinstance(value, kind) or (kind is int and isinstance(value, bool)):
            raise ProvenanceError(f"provenance field {name!r} has the wrong type")
    if not all(isinstance(d, str) for d in data["content_sha256"]):
        raise ProvenanceError("provenance field 'content_sha256' must be a list of hex strings")
    record = ProvenanceRecord(**data)
    return SignedProvenance(record, parts[1], token)


def verify(signed: SignedProvenance, keyring: Keyring) -> bool:
    """True when a key in ``keyring`` signed exactly this record (in canonical form)."""
    try:
        payload_b64, sig_b64 = signed.token.split(".")
        payload, signature = b64url_decode(payload_b64), b64url_decode(sig_b64)
    except ValueError:
        return False
    if sig_b64 != signed.signature or payload != signed.record.canonical():
        return False  # a non-canonical payload (duplicate keys, spacing) is not what we sign
    return keyring.verify(signed.record.key_id, payload, signature)
