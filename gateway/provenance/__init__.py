"""Provenance for generated text: signed records, invisible marks, visible notices, verification,
and a statistical green-list watermark for the in-process model. See docs/provenance.md."""

from gateway.provenance.invisible import (
    Mark,
    MarkInserter,
    MarkKeys,
    extract_marks,
    insert_marks,
    strip_marks,
)
from gateway.provenance.keys import Keyring, Signer, SigningKeyError, load_signer
from gateway.provenance.notice import append_notice, notice_suffix
from gateway.provenance.record import (
    ProvenanceError,
    ProvenanceRecord,
    SignedProvenance,
    content_digest,
    now_rfc3339,
    parse_token,
    token_fingerprint,
)
from gateway.provenance.verify import VerifyReport, verify_text

__all__ = [
    "Keyring",
    "Mark",
    "MarkInserter",
    "MarkKeys",
    "ProvenanceError",
    "ProvenanceRecord",
    "SignedProvenance",
    "Signer",
    "SigningKeyError",
    "VerifyReport",
    "append_notice",
    "content_digest",
    "extract_marks",
    "insert_marks",
    "load_signer",
    "notice_suffix",
    "now_rfc3339",
    "parse_token",
    "strip_marks",
    "token_fingerprint",
    "verify_text",
]
