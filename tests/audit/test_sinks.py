"""Both stores against real servers: write through the writer, query, page, export, migrate, prune."""

from __future__ import annotations

import asyncio
import csv
import io
import json
from datetime import datetime, timedelta

import psycopg
import pytest

from audit.chain import verify
from audit.config import AuditConfig, open_store, open_writer
from audit.query import export, iter_records
from audit.sinks.base import AuditQuery, AuditSink

from .conftest import PG_DSN, T0, RawSQL, make_record
from .helpers import run_cli, verify_cli, write_records


async def test_write_query_and_page(cfg: AuditConfig, store: AuditSink) -> None:
    receipts = await write_records(cfg, 120, batch=25)
    assert all(r.stored == "db" for r in receipts)
    assert await store.count() == 120
    rep = await verify(store, cfg.keyring())
    assert rep.ok and rep.records == 120 and rep.checkpoints >= 3, rep.to_json()

    # filters
    blocks = [s async for s in iter_records(store, AuditQuery(decision="block"))]
    assert len(blocks) == 30 and all(s.record.decision == "block" for s in blocks)
    rule = [s async for s in iter_records(store, AuditQuery(rule="rule.redact"))]
    assert [s.record.request_id for s in rule] == [f"req-{i:06d}" for i in range(2, 120, 4)]
    acme_gpt = [s async for s in iter_records(store, AuditQuery(tenant="acme", model="gpt-4o"))]
    assert {s.record.tenant for s in acme_gpt} == {"acme"} and len(acme_gpt) == 20
    window = [
        s
        async for s in iter_records(
            store, AuditQuery(since=T0 + timedelta(seconds=10), until="2026-03-01T09:00:20Z")
        )
    ]
    assert [s.record.request_id for s in window] == [f"req-{i:06d}" for i in range(10, 20)]
    one = await store.query(AuditQuery(request_id="req-000042"))
    assert len(one.items) == 1 and one.items[0].record.provenance_id == "wm-000042"

    # keyset paging, both directions
    seen: list[int] = []
    q = AuditQuery(limit=50)
    while True:
        page = await store.query(q)
        seen += [i.row_id for i in page.items]
        if page.next_cursor is None:
            break
        q = AuditQuery(limit=50, cursor=page.next_cursor)
    assert len(seen) == 120 and seen == sorted(seen)
    desc = await store.query(AuditQuery(limit=10, order="desc"))
    assert [i.row_id for i in desc.items] == sorted(seen, reverse=True)[:10]
    desc2 = await store.query(AuditQuery(limit=10, order="desc", cursor=desc.next_cursor))
    assert [i.row_id for i in desc2.items] == sorted(seen, reverse=True)[10:20]

    # records come back exactly as written
    body = make_record(7).canonical()
    got = await store.query(AuditQuery(request_id="req-000007"))
    assert got.items[0].body == body


async def test_export_jsonl_and_csv(cfg: AuditConfig, store: AuditSink) -> None:
    await write_records(cfg, 40)
    buf = io.StringIO()
    n = await export(store, AuditQuery(decision="block"), buf)
    lines = [json.loads(x) for x in buf.getvalue().splitlines()]
    assert n == 10 and len(lines) == 10
    assert (
        lines[0]["decision"] == "block"
        and lines[0]["_audit"]["seq"] >= 1
        and "record_hash" in lines[0]["_audit"]
    )

    rc, out, err = await asyncio.to_thread(
        run_cli, cfg, "audit", "export", "--format", "csv", "--tenant", "univ", "--rule", "rule.flag"
    )
    assert rc == 0, err
    rows = list(csv.DictReader(io.StringIO(out)))
    assert rows and all(r["tenant"] == "univ" and "rule.flag:flag" in r["rules"] for r in rows)
    assert rows[0]["pii"] == "KR_RRN:1;PHONE_NUMBER:" + rows[0]["pii"].split(":")[-1]
    assert "<PHONE_NUMBER>" in rows[0]["prompt"]

    rc, out, err = await asyncio.to_thread(
        run_cli, cfg, "audit", "export", "--since", "2026-03-01T09:00:30Z", "--limit", "3"
    )
    assert rc == 0 and [json.loads(x)["request_id"] for x in out.splitlines()] == [
        "req-000030",
        "req-000031",
        "req-000032",
    ]


async def test_migrations_are_recorded_and_idempotent(cfg: AuditConfig) -> None:
    stores = [open_store(cfg) for _ in range(3)]
    await asyncio.gather(*(s.open() for s in stores))  # concurrent first start, like replicas
    for s in stores:
        await s.close()
    if cfg.sink == "postgres":
        with psycopg.connect(PG_DSN) as c:
            rows = c.execute(
                f'SELECT version FROM "{cfg.postgres_schema}".audit_schema_migrations'
            ).fetchall()
    else:
        import sqlite3

        with sqlite3.connect(cfg.path) as c:
            rows = c.execute("SELECT version FROM audit_schema_migrations").fetchall()
            assert c.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
    assert rows == [(1,), (2,), (3,)]


async def _write_as_old_release(cfg: AuditConfig, raw: RawSQL, n: int, migrations: int) -> None:
    """What a release with only the first ``migrations`` migrations left behind: its tables, and rows
    and bodies without the columns and keys added since (kind, client_request_id, actor)."""
    from unittest import mock

    import audit.sinks.postgres as pg
    import audit.sinks.sqlite as sq
    from audit.chain import ChainState, new_chain_id
    from audit.record import canonical_json

    mod = pg if cfg.sink == "postgres" else sq
    with mock.patch.object(mod, "MIGRATIONS", mod.MIGRATIONS[:migrations]):
        s = open_store(cfg)
        await s.open()
        await s.close()
    chain = ChainState(new_chain_id("old-release"), cfg.signer(), checkpoint_every=10**6)
    cps = [chain.genesis()]
    for i in range(n):
        d = make_record(i).to_dict()
        for new_key in ("kind", "client_request_id", "actor"):
            del d[new_key]
        e = chain.append(canonical_json(d))
        ts = e.index.ts if cfg.sink == "sqlite" else datetime.fromisoformat(e.index.ts.replace("Z", "+00:00"))
        rules = json.dumps(list(e.index.rules)) if cfg.sink == "sqlite" else list(e.index.rules)
        raw(
            "INSERT INTO audit_records (chain_id, seq, prev_hash, record_hash, body, request_id, ts, tenant,"
            " model, decision, rules) VALUES (%s,%s,%s,%s,%s,%s,%s,%s,%s,%s,%s)",
            (e.chain_id, e.seq, e.prev_hash, e.record_hash, e.body, e.index.request_id, ts, e.index.tenant)
            + (e.index.model, e.index.decision, rules),
        )
    cps.append(chain.close())
    for c in cps:
        assert c is not None
        raw(
            "INSERT INTO audit_checkpoints (chain_id, seq, head_hash, kind, created_at, key_id, signature)"
            " VALUES (%s,%s,%s,%s,%s,%s,%s)",
            (c.chain_id, c.seq, c.head_hash, c.kind, c.created_at, c.key_id, c.signature),
        )


@pytest.mark.parametrize("migrations", [1, 2])
async def test_upgrade_from_an_older_schema(cfg: AuditConfig, raw: RawSQL, migrations: int) -> None:
    """A store created by an older release is upgraded in place, data kept: its rows read as request
    records without a client request id, and the chain still verifies."""
    await _write_as_old_release(cfg, raw, 10, migrations)
    await write_records(cfg, 10, start=10)
    store = open_store(cfg)
    try:
        assert await store.count() == 20
        page = await store.query(AuditQuery(decision="block", order="desc", limit=2))
        assert [i.record.request_id for i in page.items] == ["req-000017", "req-000013"]
        old = await store.query(AuditQuery(kind="request", limit=100))
        assert len(old.items) == 20 and all(i.record.client_request_id is None for i in old.items)
        assert not (await store.query(AuditQuery(kind="dashboard"))).items
        assert (await verify(store, cfg.keyring())).ok
    finally:
        await store.close()
    rc, out = await asyncio.to_thread(verify_cli, cfg)  # `audit verify` agrees
    assert rc == 0, out


async def test_writer_is_off_the_critical_path(cfg: AuditConfig) -> None:
    """submit_nowait returns at once; the future resolves when the record is durable."""
    w = await open_writer(cfg)
    futs = [w.submit_nowait(make_record(i)) for i in range(200)]
    assert not all(f.done() for f in futs)
    receipts = await asyncio.gather(*futs)
    assert [r.seq for r in receipts] == list(range(1, 201))
    await w.close()
    assert (await asyncio.to_thread(verify_cli, cfg))[0] == 0


def test_prune_leaves_a_signed_anchor(cfg: AuditConfig) -> None:
    asyncio.run(write_records(cfg, 30))
    asyncio.run(write_records(cfg, 30, start=30))
    rc, out, err = run_cli(cfg, "audit", "prune", "--before", "2026-03-01T09:00:45Z")
    assert rc == 0, err
    assert "pruned 45 record(s)" in out
    rc, out = verify_cli(cfg)
    assert rc == 0, out

    async def remaining() -> list[str]:
        s = open_store(cfg)
        try:
            return [r.record.request_id async for r in iter_records(s, AuditQuery())]
        finally:
            await s.close()

    assert asyncio.run(remaining()) == [f"req-{i:06d}" for i in range(45, 60)]
    # deleting past the anchor is still caught
    from .conftest import RawSQL

    raw = RawSQL(cfg)
    chain, s0 = raw("SELECT chain_id, seq FROM audit_records ORDER BY row_id LIMIT 1")[0]
    assert s0 == 16  # records 45.. are seq 16.. of the second chain; the first chain is fully pruned
    raw("DELETE FROM audit_records WHERE chain_id = %s AND seq = %s", (chain, s0))
    rc, out = verify_cli(cfg)
    assert rc == 1 and "DELETED" in out and "seq 17" in out, out


def test_verify_reports_unreachable_store(tmp_path) -> None:
    cfg = AuditConfig(
        sink="postgres",
        postgres_dsn="postgresql://postgres@127.0.0.1:1/test",
        signing_key=str(tmp_path / "k.pem"),
        connect_timeout_s=1,
    )
    rc, out, err = run_cli(cfg, "audit", "verify")
    assert rc == 2 and "cannot read the audit store" in err
