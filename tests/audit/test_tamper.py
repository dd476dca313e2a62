"""Tampering with the stored log in each of the four ways (and a few nastier ones) is caught by
``audit verify``, which names the first bad record. Runs against SQLite and PostgreSQL."""

from __future__ import annotations

import asyncio
import json
from datetime import timedelta

import pytest

from audit.chain import Checkpoint, Signer, entry_hash
from audit.config import AuditConfig

from .conftest import T0, RawSQL, make_record
from .helpers import verify_cli, write_records

N = 30


@pytest.fixture
def chain(cfg: AuditConfig) -> str:
    receipts = asyncio.run(write_records(cfg, N, batch=7))
    assert [r.seq for r in receipts] == list(range(1, N + 1))
    rc, out = verify_cli(cfg)
    assert rc == 0, out
    assert "OK" in out and f"{N} record(s)" in out
    return receipts[0].chain_id


def row(raw: RawSQL, chain_id: str, seq: int) -> tuple:
    return raw(
        "SELECT row_id, seq, prev_hash, record_hash, body FROM audit_records"
        " WHERE chain_id = %s AND seq = %s",
        (chain_id, seq),
    )[0]


def assert_tampered(cfg: AuditConfig, kind: str, seq: int, request_id: str | None = None) -> str:
    rc, out = verify_cli(cfg)
    assert rc == 1, out
    first = [ln for ln in out.splitlines() if ln.startswith("first bad record:")][0]
    assert f"{kind.upper()}:" in first, out
    assert f"seq {seq}" in first, out
    if request_id:
        assert request_id in first, out
    return first


def insert_forged(cfg: AuditConfig, raw: RawSQL, chain_id: str, seq: int, prev: str, i: int) -> None:
    """A well-formed record, correctly hashed and linked, with consistent index columns."""
    from audit.chain import IndexFields

    body = make_record(i, decision="allow").canonical()
    ix = IndexFields.from_body(body)
    raw(
        "INSERT INTO audit_records (chain_id, seq, prev_hash, record_hash, body, request_id, ts, tenant,"
        " model, decision, rules) VALUES (%s,%s,%s,%s,%s,%s,%s,%s,%s,%s,%s)",
        (
            chain_id,
            seq,
            prev,
            entry_hash(chain_id, seq, prev, body),
            body,
            ix.request_id,
            ix.ts if cfg.sink == "sqlite" else T0 + timedelta(seconds=i),
            ix.tenant,
            ix.model,
            ix.decision,
            "[]" if cfg.sink == "sqlite" else [],
        ),
    )


def test_edited_body(cfg: AuditConfig, raw: RawSQL, chain: str) -> None:
    _, _, _, _, body = row(raw, chain, 10)
    d = json.loads(body)
    d["decision"] = "allow"
    d["rules"] = []
    raw(
        "UPDATE audit_records SET body = %s, decision = 'allow', rules = %s WHERE chain_id = %s AND seq = 10",
        (
            json.dumps(d, sort_keys=True, separators=(",", ":"), ensure_ascii=False),
            "[]" if cfg.sink == "sqlite" else [],
            chain,
        ),
    )
    assert_tampered(cfg, "edited", 10, "req-000009")


def test_edited_and_rehashed_record(cfg: AuditConfig, raw: RawSQL, chain: str) -> None:
    """The attacker recomputes the edited record's own hash: the next record's link no longer matches."""
    _, _, prev, _, body = row(raw, chain, 10)
    body2 = body.replace("확인했습니다.", "no response")
    raw(
        "UPDATE audit_records SET body = %s, record_hash = %s WHERE chain_id = %s AND seq = 10",
        (body2, entry_hash(chain, 10, prev, body2), chain),
    )
    assert_tampered(cfg, "edited", 10, "req-000009")


def test_edited_index_column_only(cfg: AuditConfig, raw: RawSQL, chain: str) -> None:
    """Hiding a block from dashboard filters by editing only the indexed column is caught too."""
    raw("UPDATE audit_records SET decision = 'allow' WHERE chain_id = %s AND seq = 14", (chain,))
    first = assert_tampered(cfg, "edited", 14)
    assert "decision" in first


def test_whole_chain_rewritten_is_caught_by_signed_checkpoint(
    cfg: AuditConfig, raw: RawSQL, chain: str
) -> None:
    """Edit seq 10 and recompute every later hash: links are consistent, the signed close is not."""
    prev = row(raw, chain, 9)[3]
    for seq in range(10, N + 1):
        _, _, _, _, body = row(raw, chain, seq)
        if seq == 10:
            body = body.replace("확인했습니다.", "rewritten")
        h = entry_hash(chain, seq, prev, body)
        raw(
            "UPDATE audit_records SET body = %s, prev_hash = %s, record_hash = %s"
            " WHERE chain_id = %s AND seq = %s",
            (body, prev, h, chain, seq),
        )
        prev = h
    first = assert_tampered(cfg, "edited", N)
    assert "signed close" in first and "after seq 0" in first


def test_deleted_record(cfg: AuditConfig, raw: RawSQL, chain: str) -> None:
    raw("DELETE FROM audit_records WHERE chain_id = %s AND seq = 12", (chain,))
    first = assert_tampered(cfg, "deleted", 13)
    assert "seq 12" in first


def test_deleted_and_renumbered(cfg: AuditConfig, raw: RawSQL, chain: str) -> None:
    raw("DELETE FROM audit_records WHERE chain_id = %s AND seq IN (12, 13)", (chain,))
    raw("UPDATE audit_records SET seq = seq + 1000 WHERE chain_id = %s AND seq > 13", (chain,))
    raw("UPDATE audit_records SET seq = seq - 1002 WHERE chain_id = %s AND seq > 1000", (chain,))
    first = assert_tampered(cfg, "deleted", 12)
    assert "renumbered" in first


def test_deleted_first_and_last_records(cfg: AuditConfig, raw: RawSQL, chain: str) -> None:
    raw("DELETE FROM audit_records WHERE chain_id = %s AND seq >= 27", (chain,))
    first = assert_tampered(cfg, "deleted", 27)
    assert "27..30" in first and "close" in first
    raw("DELETE FROM audit_records WHERE chain_id = %s AND seq = 1", (chain,))
    assert_tampered(cfg, "deleted", 2)


def test_inserted_record_in_the_middle(cfg: AuditConfig, raw: RawSQL, chain: str) -> None:
    """Shift seq 10.. up by one and insert a well-formed forged record, correctly linked to seq 9."""
    raw("UPDATE audit_records SET seq = seq + 1000 WHERE chain_id = %s AND seq >= 10", (chain,))
    raw("UPDATE audit_records SET seq = seq - 999 WHERE chain_id = %s AND seq > 1000", (chain,))
    insert_forged(cfg, raw, chain, 10, row(raw, chain, 9)[3], 999)
    assert_tampered(cfg, "inserted", 10, "req-000999")


def test_inserted_after_the_signed_close(cfg: AuditConfig, raw: RawSQL, chain: str) -> None:
    insert_forged(cfg, raw, chain, N + 1, row(raw, chain, N)[3], 500)
    first = assert_tampered(cfg, "inserted", N + 1)
    assert "close" in first


def test_inserted_fabricated_chain(cfg: AuditConfig, raw: RawSQL, chain: str) -> None:
    from audit.chain import genesis_hash

    fake = "forged-chain"
    insert_forged(cfg, raw, fake, 1, genesis_hash(fake), 600)
    rc, out = verify_cli(cfg)
    assert rc == 1 and "INSERTED: chain forged-chain" in out and "genesis" in out, out


def test_reordered_records(cfg: AuditConfig, raw: RawSQL, chain: str) -> None:
    raw("UPDATE audit_records SET seq = -1 WHERE chain_id = %s AND seq = 10", (chain,))
    raw("UPDATE audit_records SET seq = 10 WHERE chain_id = %s AND seq = 11", (chain,))
    raw("UPDATE audit_records SET seq = 11 WHERE chain_id = %s AND seq = -1", (chain,))
    assert_tampered(cfg, "reordered", 10, "req-000010")


def test_reordered_far_apart(cfg: AuditConfig, raw: RawSQL, chain: str) -> None:
    raw("UPDATE audit_records SET seq = -1 WHERE chain_id = %s AND seq = 5", (chain,))
    raw("UPDATE audit_records SET seq = 5 WHERE chain_id = %s AND seq = 20", (chain,))
    raw("UPDATE audit_records SET seq = 20 WHERE chain_id = %s AND seq = -1", (chain,))
    assert_tampered(cfg, "reordered", 5, "req-000019")


def test_forged_checkpoint(cfg: AuditConfig, raw: RawSQL, chain: str) -> None:
    """A checkpoint signed by someone else's key (or edited) is rejected."""
    other = Signer.generate()
    cp = Checkpoint.make(other, chain, 5, row(raw, chain, 5)[3], "checkpoint")
    raw(
        "INSERT INTO audit_checkpoints (chain_id, seq, head_hash, kind, created_at, key_id, signature)"
        " VALUES (%s,%s,%s,%s,%s,%s,%s)",
        (cp.chain_id, cp.seq, cp.head_hash, cp.kind, cp.created_at, cp.key_id, cp.signature),
    )
    rc, out = verify_cli(cfg)
    assert rc == 1 and "CHECKPOINT:" in out and "unknown key" in out, out
    raw("DELETE FROM audit_checkpoints WHERE key_id = %s", (other.key_id,))
    raw("UPDATE audit_checkpoints SET seq = 3 WHERE chain_id = %s AND kind = 'close'", (chain,))
    rc, out = verify_cli(cfg)
    assert rc == 1 and "signature does not match" in out, out


def test_verify_needs_the_right_key(cfg: AuditConfig, chain: str, tmp_path) -> None:
    """An inspector can verify with only the public key; a wrong key fails the check."""
    from audit.chain import Signer as S

    pub = tmp_path / "inspector.pub.pem"
    pub.write_text(S.from_file(cfg.signing_key).public_pem())
    cfg2 = cfg.model_copy(update={"signing_key": None, "verify_keys": [str(pub)]})
    assert verify_cli(cfg2)[0] == 0
    wrong = tmp_path / "wrong.pub.pem"
    wrong.write_text(S.generate().public_pem())
    cfg3 = cfg.model_copy(update={"signing_key": None, "verify_keys": [str(wrong)]})
    rc, out = verify_cli(cfg3)
    assert rc == 1 and "unknown key" in out


def test_inserted_naively(cfg: AuditConfig, raw: RawSQL, chain: str) -> None:
    """A crude insert (made-up hashes) between renumbered records is named as the inserted one."""
    from audit.chain import IndexFields

    raw("UPDATE audit_records SET seq = seq + 1000 WHERE chain_id = %s AND seq >= 20", (chain,))
    raw("UPDATE audit_records SET seq = seq - 999 WHERE chain_id = %s AND seq > 1000", (chain,))
    body = make_record(777, decision="allow").canonical()
    ix = IndexFields.from_body(body)
    raw(
        "INSERT INTO audit_records (chain_id, seq, prev_hash, record_hash, body, request_id, ts, tenant,"
        " model, decision, rules) VALUES (%s,20,%s,%s,%s,%s,%s,%s,%s,%s,%s)",
        (
            chain,
            "0" * 64,
            "f" * 64,
            body,
            ix.request_id,
            ix.ts if cfg.sink == "sqlite" else T0,
            ix.tenant,
            ix.model,
            ix.decision,
            "[]" if cfg.sink == "sqlite" else [],
        ),
    )
    assert_tampered(cfg, "inserted", 20, "req-000777")
