"""Real processes: two gateways writing to one PostgreSQL, and a gateway killed with SIGKILL mid-load."""

from __future__ import annotations

import asyncio
import os
import signal
import subprocess
import sys
from pathlib import Path

import psycopg
import pytest

from audit.chain import verify
from audit.config import AuditConfig, open_store, open_writer

from .conftest import PG_DSN
from .helpers import verify_cli

ROOT = Path(__file__).resolve().parents[2]


def spawn(
    cfg: AuditConfig, start: int, count: int, conc: int = 32, go_file: Path | None = None
) -> subprocess.Popen[str]:
    env = {**os.environ, "AUDIT_TEST_GO_FILE": str(go_file or "")}
    return subprocess.Popen(
        [
            sys.executable,
            "-m",
            "tests.audit.writer_proc",
            cfg.model_dump_json(),
            str(start),
            str(count),
            str(conc),
        ],
        cwd=ROOT,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        env=env,
    )


def stored_ids(cfg: AuditConfig) -> list[str]:
    if cfg.sink == "postgres":
        with psycopg.connect(PG_DSN) as c:
            return [
                r[0]
                for r in c.execute(
                    f'SELECT request_id FROM "{cfg.postgres_schema}".audit_records ORDER BY row_id'
                )
            ]
    import sqlite3

    with sqlite3.connect(cfg.path) as c:
        return [r[0] for r in c.execute("SELECT request_id FROM audit_records ORDER BY row_id")]


def test_two_gateway_processes_on_one_postgres(tmp_path: Path, pg_schema: str) -> None:
    cfg = AuditConfig(
        sink="postgres",
        postgres_dsn=PG_DSN,
        postgres_schema=pg_schema,
        spool_dir=str(tmp_path / "spool"),
        signing_key=str(tmp_path / "k.pem"),
        checkpoint_every=100,
    )
    cfg.signer()  # both replicas share the deployment's key (created here first, as a deploy step would)
    go = tmp_path / "go"
    procs = [spawn(cfg, 0, 1500, conc=8, go_file=go), spawn(cfg, 10_000, 1500, conc=8, go_file=go)]
    for p in procs:  # both connected and migrated; then start them together
        assert p.stdout is not None and p.stdout.readline().startswith("READY"), (
            p.stderr.read() if p.stderr else ""
        )
    go.touch()
    outs = [p.communicate(timeout=120) for p in procs]
    for p, (out, err) in zip(procs, outs):
        assert p.returncode == 0, err
        assert out.count("ACK ") == 1500 and "DONE" in out
    ids = stored_ids(cfg)
    assert len(ids) == 3000 and len(set(ids)) == 3000
    # the two writers really interleaved in the table
    firsts = [i < "req-010000" for i in ids]
    switches = sum(a != b for a, b in zip(firsts, firsts[1:]))
    assert switches > 1, switches
    rc, out = verify_cli(cfg)
    assert rc == 0, out
    assert "2 chain(s), 3000 record(s)" in out


def _kill_mid_load(cfg: AuditConfig, min_acks: int) -> set[str]:
    """Start a writer with unbounded load, SIGKILL it after ``min_acks`` acknowledgements; return every
    request id it acknowledged before dying."""
    p = spawn(cfg, 0, 0, conc=64)
    assert p.stdout is not None
    acked: set[str] = set()
    line = p.stdout.readline()
    assert line.startswith("READY"), line + p.stderr.read()
    while len(acked) < min_acks:
        line = p.stdout.readline()
        assert line, p.stderr.read()
        if line.startswith("ACK "):
            acked.add(line.split()[1])
    os.kill(p.pid, signal.SIGKILL)
    rest, _ = p.communicate(timeout=30)
    acked.update(ln.split()[1] for ln in rest.splitlines() if ln.startswith("ACK "))
    assert p.returncode == -signal.SIGKILL
    return acked


@pytest.mark.parametrize("sink", ["sqlite", "postgres"])
def test_sigkill_during_load_loses_nothing_acknowledged(tmp_path: Path, sink: str, request) -> None:
    kw = dict(
        spool_dir=str(tmp_path / "spool"),
        signing_key=str(tmp_path / "k.pem"),
        path=str(tmp_path / "a.db"),
        checkpoint_every=200,
    )
    if sink == "postgres":
        kw.update(sink="postgres", postgres_dsn=PG_DSN, postgres_schema=request.getfixturevalue("pg_schema"))
    cfg = AuditConfig(**kw)
    acked = _kill_mid_load(cfg, 3000)
    ids = set(stored_ids(cfg))
    assert acked <= ids, f"{len(acked - ids)} acknowledged records lost"
    # the killed writer's chain still verifies (it just has no signed close)
    rc, out = verify_cli(cfg)
    assert rc == 0, out


def test_sigkill_while_spooling_then_replay(tmp_path: Path, pg_schema: str) -> None:
    """The database is down, the gateway spools, then it is SIGKILLed. The next gateway (database back)
    replays the dead one's spool: every acknowledged record arrives, in acknowledgement order."""
    down = AuditConfig(
        sink="postgres",
        postgres_dsn="postgresql://postgres@127.0.0.1:1/test",
        postgres_schema=pg_schema,
        spool_dir=str(tmp_path / "spool"),
        signing_key=str(tmp_path / "k.pem"),
        connect_timeout_s=1,
        retry_interval_s=0.5,
    )
    acked = _kill_mid_load(down, 2000)
    assert list((tmp_path / "spool").rglob("*.jsonl"))

    up = down.model_copy(update={"postgres_dsn": PG_DSN})

    async def restart() -> None:
        w = await open_writer(up)
        await w.close()

    asyncio.run(restart())
    ids = stored_ids(up)
    assert acked <= set(ids), f"{len(acked - set(ids))} acknowledged records lost"
    # order: the replayed records are in submission order (acks were in order too)
    assert ids == sorted(ids)
    rc, out = verify_cli(up)
    assert rc == 0, out

    async def report():
        s = open_store(up)
        try:
            return await verify(s, up.keyring())
        finally:
            await s.close()

    rep = asyncio.run(report())
    assert rep.ok and rep.records == len(ids)
