"""What a hash chain is made of: entries, their index columns, signed checkpoints, the hash rules.

Plain data shared by the chain logic (:mod:`audit.chain`), the stores (:mod:`audit.sinks`) and the
spool. It imports neither, so a store can name these types without importing the verifier (the
old ``audit.chain`` <-> ``audit.sinks.base`` import circle). The design is in :mod:`audit.chain`.
"""

from __future__ import annotations

import base64
import hashlib
import json
import os
import secrets
import socket
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Any, Literal

from audit.record import AuditRecord, canonical_json
from audit.signing import Keyring, Signer

HASH_DOMAIN = "sgw-audit/v1"
CheckpointKind = Literal["genesis", "checkpoint", "close", "anchor"]


def now_iso() -> str:
    return datetime.now(UTC).strftime("%Y-%m-%dT%H:%M:%S.%fZ")


def genesis_hash(chain_id: str) -> str:
    return hashlib.sha256(f"{HASH_DOMAIN}\ngenesis\n{chain_id}".encode()).hexdigest()


def entry_hash(chain_id: str, seq: int, prev_hash: str, body: str) -> str:
    h = hashlib.sha256()
    h.update(f"{HASH_DOMAIN}\n{chain_id}\n{seq}\n{prev_hash}\n".encode())
    h.update(body.encode("utf-8"))
    return h.hexdigest()


def new_chain_id(writer_id: str | None = None) -> str:
    prefix = (writer_id or socket.gethostname() or "gw").replace(" ", "_")[:60]
    stamp = datetime.now(UTC).strftime("%Y%m%dT%H%M%S")
    return f"{prefix}-{stamp}-{os.getpid()}-{secrets.token_hex(4)}"


# ----------------------------------------------------------------------------------------------------
# entries


@dataclass(frozen=True, slots=True)
class IndexFields:
    """Columns derived from the body so stores can filter without parsing JSON."""

    request_id: str
    ts: str  # started_at, "%Y-%m-%dT%H:%M:%S.%fZ" (sorts as text)
    tenant: str
    model: str | None
    decision: str
    rules: tuple[str, ...]
    # Records written before these columns existed have no such keys: "request" and None, which is also
    # what the added columns hold for their rows.
    kind: str = "request"
    client_request_id: str | None = None

    @classmethod
    def from_body(cls, body: str) -> IndexFields:
        d = json.loads(body)
        ts = norm_ts(d["started_at"])
        rules: dict[str, None] = {}
        for r in d.get("rules") or ():
            rules.setdefault(r["rule_id"], None)
        return cls(
            d["request_id"],
            ts,
            d["tenant"],
            d.get("model_alias"),
            d["decision"],
            tuple(rules),
            d.get("kind") or "request",
            d.get("client_request_id"),
        )


def norm_ts(v: str | datetime) -> str:
    if isinstance(v, str):
        v = datetime.fromisoformat(v.replace("Z", "+00:00"))
    if v.tzinfo is None:
        v = v.replace(tzinfo=UTC)
    return v.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%S.%fZ")


@dataclass(frozen=True, slots=True)
class ChainEntry:
    chain_id: str
    seq: int
    prev_hash: str
    record_hash: str
    body: str
    index: IndexFields

    def content_ok(self, seq: int | None = None) -> bool:
        return entry_hash(self.chain_id, self.seq if seq is None else seq, self.prev_hash, self.body) == (
            self.record_hash
        )

    def to_json(self) -> dict[str, Any]:
        return {
            "chain_id": self.chain_id,
            "seq": self.seq,
            "prev_hash": self.prev_hash,
            "record_hash": self.record_hash,
            "body": self.body,
        }

    @classmethod
    def from_json(cls, d: dict[str, Any]) -> ChainEntry:
        return cls(
            d["chain_id"],
            d["seq"],
            d["prev_hash"],
            d["record_hash"],
            d["body"],
            IndexFields.from_body(d["body"]),
        )

    def record(self) -> AuditRecord:
        return AuditRecord.from_json(self.body)


@dataclass(frozen=True, slots=True)
class StoredEntry(ChainEntry):
    """An entry as read back from a store: ``row_id`` is the store's arrival order, and the index columns
    are what the store holds (they are checked against the body during verification)."""

    row_id: int = 0


# ----------------------------------------------------------------------------------------------------
# keys and checkpoints


def checkpoint_problem(keyring: Keyring, cp: Checkpoint) -> str | None:
    """None when the checkpoint's signature is good and by a trusted key, else why not."""
    if cp.key_id not in keyring:
        return f"signed by unknown key {cp.key_id}"
    try:
        signature = base64.b64decode(cp.signature)
    except ValueError:
        return "signature does not match"
    if not keyring.verify(cp.key_id, cp.payload(), signature):
        return "signature does not match"
    return None


@dataclass(frozen=True, slots=True)
class Checkpoint:
    chain_id: str
    seq: int
    head_hash: str
    kind: CheckpointKind
    created_at: str
    key_id: str
    signature: str = ""
    row_id: int = 0

    def payload(self) -> bytes:
        return canonical_json(
            {
                "v": 1,
                "chain_id": self.chain_id,
                "seq": self.seq,
                "head_hash": self.head_hash,
                "kind": self.kind,
                "created_at": self.created_at,
                "key_id": self.key_id,
            }
        ).encode()

    @classmethod
    def make(
        cls, signer: Signer, chain_id: str, seq: int, head_hash: str, kind: CheckpointKind
    ) -> Checkpoint:
        cp = cls(chain_id, seq, head_hash, kind, now_iso(), signer.key_id)
        signature = base64.b64encode(signer.sign(cp.payload())).decode()
        return cls(chain_id, seq, head_hash, kind, cp.created_at, cp.key_id, signature)

    def to_json(self) -> dict[str, Any]:
        return {
            "chain_id": self.chain_id,
            "seq": self.seq,
            "head_hash": self.head_hash,
            "kind": self.kind,
            "created_at": self.created_at,
            "key_id": self.key_id,
            "signature": self.signature,
        }

    @classmethod
    def from_json(cls, d: dict[str, Any]) -> Checkpoint:
        return cls(
            d["chain_id"], d["seq"], d["head_hash"], d["kind"], d["created_at"], d["key_id"], d["signature"]
        )
