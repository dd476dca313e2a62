"""Fixtures for the audit tests: real SQLite files and the local PostgreSQL (schema per test)."""

from __future__ import annotations

import asyncio
import os
import secrets
import sqlite3
from collections.abc import AsyncIterator
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

import psycopg
import pytest

from audit.config import AuditConfig, open_store
from audit.record import AuditRecord, ClassifierScore, PiiCount, RuleHit, StreamStop, Usage
from audit.sinks.base import AuditSink

PG_DSN = os.environ.get("AUDIT_TEST_PG_DSN", "postgresql://postgres@127.0.0.1:5432/test")
T0 = datetime(2026, 3, 1, 9, 0, 0, tzinfo=UTC)
TENANTS = ["acme", "gov-seoul", "univ"]
MODELS = ["gpt-4o", "internal-small"]


def make_record(i: int, **kw: Any) -> AuditRecord:
    decision = kw.pop("decision", ["allow", "block", "redact", "flag"][i % 4])
    rules = ()
    if decision != "allow":
        rules = (
            RuleHit(
                rule_id=f"rule.{decision}",
                action=decision,
                detector="presidio",
                score=0.5 + (i % 5) / 10,
                stage="input",
            ),
        )
    fields: dict[str, Any] = dict(
        request_id=f"req-{i:06d}",
        started_at=T0 + timedelta(seconds=i),
        finished_at=T0 + timedelta(seconds=i, milliseconds=250),
        tenant=TENANTS[i % len(TENANTS)],
        key_id=f"key-{i % 7}",
        client_addr=f"10.0.0.{i % 250}",
        endpoint="/v1/chat/completions",
        model_alias=MODELS[i % len(MODELS)],
        deployment="azure-kr-central/gpt-4o" if i % 2 == 0 else "local/smollm2",
        zone="domestic",
        policy_name="public-sector",
        policy_version="2026.03.1",
        mode="enforce",
        decision=decision,
        rules=rules,
        pii=(PiiCount(entity_type="KR_RRN", count=1), PiiCount(entity_type="PHONE_NUMBER", count=i % 3)),
        classifier=(ClassifierScore(classifier="harm-v1", category="self_harm", score=0.01 * (i % 50)),),
        stream_stop=StreamStop(rule_id="rule.block", reason="output blocked", chunk_index=3)
        if decision == "block"
        else None,
        usage=Usage(prompt_tokens=12, completion_tokens=30, total_tokens=42, cost_usd=0.00042),
        latency_ms={"auth": 0.2, "input.pii": 4.1, "upstream": 812.5},
        upstream_status=200,
        provenance_id=f"wm-{i:06d}",
        text_mode="redacted",
        prompt=f"내 번호는 <PHONE_NUMBER> 입니다 ({i})",
        response="확인했습니다.",
    )
    fields.update(kw)
    return AuditRecord(**fields)


@pytest.fixture
def pg_schema() -> Any:
    name = f"audit_t_{secrets.token_hex(5)}"
    yield name
    with psycopg.connect(PG_DSN, autocommit=True) as c:
        c.execute(f'DROP SCHEMA IF EXISTS "{name}" CASCADE')


@pytest.fixture(params=["sqlite", "postgres"])
def cfg(request: pytest.FixtureRequest, tmp_path: Path) -> AuditConfig:
    """An audit configuration for each real store."""
    base = dict(
        path=str(tmp_path / "audit.db"),
        spool_dir=str(tmp_path / "spool"),
        signing_key=str(tmp_path / "audit-key.pem"),
        checkpoint_every=50,
        retry_interval_s=0.2,
    )
    if request.param == "postgres":
        schema = request.getfixturevalue("pg_schema")
        return AuditConfig(sink="postgres", postgres_dsn=PG_DSN, postgres_schema=schema, **base)
    return AuditConfig(**base)


@pytest.fixture
async def store(cfg: AuditConfig) -> AsyncIterator[AuditSink]:
    s = open_store(cfg)
    yield s
    await s.close()


class RawSQL:
    """Direct SQL on a store's tables, the way an attacker with database access would tamper."""

    def __init__(self, cfg: AuditConfig):
        self.cfg = cfg

    def __call__(self, sql: str, params: tuple[Any, ...] = ()) -> list[tuple[Any, ...]]:
        if self.cfg.sink == "sqlite":
            with sqlite3.connect(self.cfg.path) as c:
                rows = c.execute(sql.replace("%s", "?"), params).fetchall()
                c.commit()
                return rows
        with psycopg.connect(PG_DSN, autocommit=True) as c:
            c.execute(f'SET search_path TO "{self.cfg.postgres_schema}"')
            cur = c.execute(sql, params)
            return cur.fetchall() if cur.description else []


@pytest.fixture
def raw(cfg: AuditConfig) -> RawSQL:
    return RawSQL(cfg)


class TcpProxy:
    """A TCP forwarder we can stop and start: 'the database went away' without touching PostgreSQL."""

    def __init__(self, target_port: int = 5432):
        self.target_port = target_port
        self.port = 0
        self._server: asyncio.base_events.Server | None = None
        self._conns: set[asyncio.StreamWriter] = set()

    async def start(self) -> None:
        self._server = await asyncio.start_server(self._handle, "127.0.0.1", self.port)
        self.port = self._server.sockets[0].getsockname()[1]

    async def stop(self) -> None:
        if self._server is not None:
            self._server.close()
            await self._server.wait_closed()
            self._server = None
        for w in list(self._conns):
            w.transport.abort()
        self._conns.clear()

    async def _handle(self, r: asyncio.StreamReader, w: asyncio.StreamWriter) -> None:
        try:
            ur, uw = await asyncio.open_connection("127.0.0.1", self.target_port)
        except OSError:
            w.transport.abort()
            return
        self._conns.update((w, uw))

        async def pipe(a: asyncio.StreamReader, b: asyncio.StreamWriter) -> None:
            try:
                while data := await a.read(65536):
                    b.write(data)
                    await b.drain()
            except (OSError, asyncio.CancelledError):
                pass
            finally:
                b.transport.abort()

        await asyncio.gather(pipe(r, uw), pipe(ur, w))
        self._conns.discard(w)
        self._conns.discard(uw)
