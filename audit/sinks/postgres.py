"""PostgreSQL audit store for multi-replica deployments (psycopg 3, async).

* Batched writes: one transaction per batch, rows sent with ``executemany`` (pipeline mode), so a batch
  of hundreds of records costs about one round trip and one commit. A committed batch is durable
  (``synchronous_commit`` on, the PostgreSQL default).
* Schema migrations: ``<schema>.audit_schema_migrations`` lists the applied versions; migrations run
  under a transaction-level advisory lock, so replicas starting together apply each one exactly once.
* Everything lives in one schema (``schema=`` option, default ``public``), which also lets tests and
  several deployments share a database.
* The connection is opened lazily and dropped on any error, so the sink reconnects by itself when the
  database comes back; ``connect_timeout`` bounds how long a dead server can stall the writer.
"""

from __future__ import annotations

import asyncio
import re
from collections.abc import AsyncIterator, Awaitable, Callable
from datetime import datetime
from typing import Any, TypeVar

import psycopg

from audit.entries import ChainEntry, Checkpoint, StoredEntry
from audit.sinks.base import AuditQuery, AuditSink, Page, SinkUnavailable, StoredRecord, Summary, make_index

MIGRATIONS: list[tuple[int, str, list[str]]] = [
    (
        1,
        "records and checkpoints",
        [
            """CREATE TABLE {s}.audit_records (
            row_id BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
            chain_id TEXT NOT NULL,
            seq BIGINT NOT NULL,
            prev_hash TEXT NOT NULL,
            record_hash TEXT NOT NULL,
            body TEXT NOT NULL,
            request_id TEXT NOT NULL,
            ts TIMESTAMPTZ NOT NULL,
            tenant TEXT NOT NULL,
            model TEXT,
            decision TEXT NOT NULL,
            rules TEXT[] NOT NULL DEFAULT '{}',
            UNIQUE (chain_id, seq)
        )""",
            "CREATE INDEX audit_records_ts ON {s}.audit_records (ts)",
            "CREATE INDEX audit_records_tenant_ts ON {s}.audit_records (tenant, ts)",
            "CREATE INDEX audit_records_model_ts ON {s}.audit_records (model, ts)",
            "CREATE INDEX audit_records_decision_ts ON {s}.audit_records (decision, ts)",
            "CREATE INDEX audit_records_request ON {s}.audit_records (request_id)",
            "CREATE INDEX audit_records_rules ON {s}.audit_records USING GIN (rules)",
            """CREATE TABLE {s}.audit_checkpoints (
            row_id BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
            chain_id TEXT NOT NULL,
            seq BIGINT NOT NULL,
            head_hash TEXT NOT NULL,
            kind TEXT NOT NULL,
            created_at TEXT NOT NULL,
            key_id TEXT NOT NULL,
            signature TEXT NOT NULL,
            UNIQUE (chain_id, kind, seq)
        )""",
        ],
    ),
    # Pages are ordered by row_id (keyset paging): (col, row_id) lets "decision = %s ORDER BY row_id
    # DESC LIMIT 50" read 50 index entries instead of sorting every matching row.
    (
        2,
        "filter indexes ordered by row id",
        [
            "DROP INDEX IF EXISTS {s}.audit_records_tenant_ts",
            "DROP INDEX IF EXISTS {s}.audit_records_model_ts",
            "DROP INDEX IF EXISTS {s}.audit_records_decision_ts",
            "CREATE INDEX audit_records_tenant_row ON {s}.audit_records (tenant, row_id)",
            "CREATE INDEX audit_records_model_row ON {s}.audit_records (model, row_id)",
            "CREATE INDEX audit_records_decision_row ON {s}.audit_records (decision, row_id)",
        ],
    ),
    # Dashboard sign-ins, views and exports are records of their own kind in the same chain; the
    # client's x-request-id is kept beside the gateway's own id. Both columns are added with values
    # that are right for every existing row (kind 'request', no client id), so no row is rewritten.
    (
        3,
        "record kind and client request id",
        [
            "ALTER TABLE {s}.audit_records ADD COLUMN kind TEXT NOT NULL DEFAULT 'request'",
            "ALTER TABLE {s}.audit_records ADD COLUMN client_request_id TEXT",
            "CREATE INDEX audit_records_kind_row ON {s}.audit_records (kind, row_id)",
            "CREATE INDEX audit_records_client_request ON {s}.audit_records (client_request_id)"
            " WHERE client_request_id IS NOT NULL",
        ],
    ),
]

_REC_COLS = (
    "row_id, chain_id, seq, prev_hash, record_hash, body, request_id, ts, tenant, model, decision, rules,"
    " kind, client_request_id"
)
_IDENT = re.compile(r"^[A-Za-z_][A-Za-z0-9_]{0,62}$")

T = TypeVar("T")


def _entry(r: tuple[Any, ...]) -> StoredEntry:
    ix = make_index(r[6], r[7], r[8], r[9], r[10], r[11], r[12], r[13])
    return StoredEntry(r[1], r[2], r[3], r[4], r[5], ix, row_id=r[0])


def _ts(v: str | None) -> datetime | None:
    return None if v is None else datetime.fromisoformat(v.replace("Z", "+00:00"))


class PostgresSink(AuditSink):
    kind = "postgres"

    def __init__(
        self, dsn: str, *, schema: str = "public", connect_timeout: float = 3.0, page_size: int = 5000
    ):
        if not _IDENT.match(schema):
            raise ValueError(f"invalid PostgreSQL schema name for the audit store: {schema!r}")
        self.dsn = dsn
        self.schema = schema
        self.connect_timeout = connect_timeout
        self.page_size = page_size
        self._conn: psycopg.AsyncConnection[Any] | None = None
        self._lock = asyncio.Lock()

    def _q(self, text: str) -> str:
        return text.replace("{s}", f'"{self.schema}"')

    async def _connect(self) -> psycopg.AsyncConnection[Any]:
        if self._conn is not None and not self._conn.closed:
            return self._conn
        conn = await asyncio.wait_for(
            psycopg.AsyncConnection.connect(
                self.dsn,
                connect_timeout=max(1, int(self.connect_timeout)),
                application_name="safety-gateway-audit",
            ),
            timeout=self.connect_timeout + 1,
        )
        try:
            await self._migrate(conn)
        except BaseException:
            await conn.close()
            raise
        self._conn = conn
        return conn

    async def _migrate(self, conn: psycopg.AsyncConnection[Any]) -> None:
        async with conn.transaction():
            await conn.execute(
                "SELECT pg_advisory_xact_lock(hashtext(%s))", (f"sgw-audit-migrate:{self.schema}",)
            )
            await conn.execute(self._q("CREATE SCHEMA IF NOT EXISTS {s}"))
            await conn.execute(
                self._q(
                    "CREATE TABLE IF NOT EXISTS {s}.audit_schema_migrations (version INT PRIMARY KEY,"
                    " description TEXT NOT NULL, applied_at TIMESTAMPTZ NOT NULL DEFAULT now())"
                )
            )
            cur = await conn.execute(self._q("SELECT version FROM {s}.audit_schema_migrations"))
            have = {r[0] for r in await cur.fetchall()}
            for version, desc, stmts in MIGRATIONS:
                if version in have:
                    continue
                for s in stmts:
                    await conn.execute(self._q(s))
                await conn.execute(
                    self._q("INSERT INTO {s}.audit_schema_migrations (version, description) VALUES (%s, %s)"),
                    (version, desc),
                )

    async def _run(self, fn: Callable[[psycopg.AsyncConnection[Any]], Awaitable[T]]) -> T:
        """``await fn(connection)`` in one transaction; any database failure is :class:`SinkUnavailable`."""
        async with self._lock:
            try:
                conn = await self._connect()
                async with conn.transaction():
                    return await fn(conn)
            except (TimeoutError, psycopg.Error, OSError) as exc:
                await self._drop()
                raise SinkUnavailable(f"postgres: {exc.__class__.__name__}: {exc}".strip()) from exc

    async def _drop(self) -> None:
        if self._conn is not None:
            try:
                await self._conn.close()
            except Exception:
                pass
            self._conn = None

    async def open(self) -> None:
        await self._run(lambda c: asyncio.sleep(0))

    async def close(self) -> None:
        async with self._lock:
            await self._drop()

    async def drop_schema(self) -> None:
        """Remove the whole audit schema (tests and benchmarks clean up with this)."""

        async def q(c: psycopg.AsyncConnection[Any]) -> None:
            await c.execute(self._q("DROP SCHEMA IF EXISTS {s} CASCADE"))

        await self._run(q)
        await self.close()

    # -- writing ------------------------------------------------------------------------------------------
    async def write(self, entries: list[ChainEntry], checkpoints: list[Checkpoint]) -> None:
        rows = [
            (
                e.chain_id,
                e.seq,
                e.prev_hash,
                e.record_hash,
                e.body,
                e.index.request_id,
                _ts(e.index.ts),
                e.index.tenant,
                e.index.model,
                e.index.decision,
                list(e.index.rules),
                e.index.kind,
                e.index.client_request_id,
            )
            for e in entries
        ]
        cps = [
            (c.chain_id, c.seq, c.head_hash, c.kind, c.created_at, c.key_id, c.signature) for c in checkpoints
        ]

        async def q(conn: psycopg.AsyncConnection[Any]) -> None:
            async with conn.cursor() as cur:
                if rows:
                    await cur.executemany(
                        self._q(
                            "INSERT INTO {s}.audit_records (chain_id, seq, prev_hash, record_hash, body,"
                            " request_id, ts, tenant, model, decision, rules, kind, client_request_id)"
                            " VALUES (%s,%s,%s,%s,%s,%s,%s,%s,%s,%s,%s,%s,%s)"
                            " ON CONFLICT (chain_id, seq) DO NOTHING"
                        ),
                        rows,
                    )
                if cps:
                    await cur.executemany(
                        self._q(
                            "INSERT INTO {s}.audit_checkpoints (chain_id, seq, head_hash, kind, created_at,"
                            " key_id, signature) VALUES (%s,%s,%s,%s,%s,%s,%s)"
                            " ON CONFLICT (chain_id, kind, seq) DO NOTHING"
                        ),
                        cps,
                    )

        await self._run(q)

    # -- chain reads --------------------------------------------------------------------------------------
    async def chain_ids(self) -> list[str]:
        async def q(c: psycopg.AsyncConnection[Any]) -> list[str]:
            cur = await c.execute(
                self._q(
                    "SELECT chain_id, min(first) AS first FROM ("
                    " SELECT chain_id, min(row_id) AS first FROM {s}.audit_records GROUP BY chain_id"
                    " UNION ALL SELECT chain_id, min(row_id) FROM {s}.audit_checkpoints GROUP BY chain_id) t"
                    " GROUP BY chain_id ORDER BY first"
                )
            )
            return [r[0] for r in await cur.fetchall()]

        return await self._run(q)

    async def iter_chain(self, chain_id: str) -> AsyncIterator[StoredEntry]:
        last: tuple[int, int] = (-(2**62), 0)
        while True:

            async def q(c: psycopg.AsyncConnection[Any], last: tuple[int, int] = last) -> list[Any]:
                cur = await c.execute(
                    self._q(
                        f"SELECT {_REC_COLS} FROM {{s}}.audit_records"
                        " WHERE chain_id = %s AND (seq, row_id) > (%s, %s) ORDER BY seq, row_id LIMIT %s"
                    ),
                    (chain_id, last[0], last[1], self.page_size),
                )
                return await cur.fetchall()

            rows = await self._run(q)
            for r in rows:
                yield _entry(r)
            if len(rows) < self.page_size:
                return
            last = (rows[-1][2], rows[-1][0])

    async def checkpoints(self, chain_id: str) -> list[Checkpoint]:
        async def q(c: psycopg.AsyncConnection[Any]) -> list[Checkpoint]:
            cur = await c.execute(
                self._q(
                    "SELECT row_id, chain_id, seq, head_hash, kind, created_at, key_id, signature"
                    " FROM {s}.audit_checkpoints WHERE chain_id = %s ORDER BY seq, row_id"
                ),
                (chain_id,),
            )
            return [
                Checkpoint(r[1], r[2], r[3], r[4], r[5], r[6], r[7], row_id=r[0])
                for r in await cur.fetchall()
            ]

        return await self._run(q)

    async def find_seq(
        self, chain_id: str, *, record_hash: str | None = None, prev_hash: str | None = None
    ) -> int | None:
        col, val = ("record_hash", record_hash) if record_hash is not None else ("prev_hash", prev_hash)

        async def q(c: psycopg.AsyncConnection[Any]) -> int | None:
            cur = await c.execute(
                self._q(f"SELECT seq FROM {{s}}.audit_records WHERE chain_id = %s AND {col} = %s LIMIT 1"),
                (chain_id, val),
            )
            r = await cur.fetchone()
            return r[0] if r else None

        return await self._run(q)

    async def get_entry(self, chain_id: str, seq: int) -> StoredEntry | None:
        async def q(c: psycopg.AsyncConnection[Any]) -> StoredEntry | None:
            cur = await c.execute(
                self._q(
                    f"SELECT {_REC_COLS} FROM {{s}}.audit_records WHERE chain_id = %s AND seq = %s"
                    " ORDER BY row_id LIMIT 1"
                ),
                (chain_id, seq),
            )
            r = await cur.fetchone()
            return _entry(r) if r else None

        return await self._run(q)

    # -- queries ------------------------------------------------------------------------------------------
    @staticmethod
    def _where(qy: AuditQuery) -> tuple[list[str], list[Any]]:
        where: list[str] = []
        args: list[Any] = []
        since, until = qy.ts_bounds()
        for cond, val in (
            ("ts >= %s", _ts(since)),
            ("ts < %s", _ts(until)),
            ("tenant = %s", qy.tenant),
            ("model = %s", qy.model),
            ("decision = %s", qy.decision),
            ("request_id = %s", qy.request_id),
            ("client_request_id = %s", qy.client_request_id),
            ("kind = %s", qy.kind),
            ("chain_id = %s", qy.chain_id),
            ("rules @> ARRAY[%s]::text[]", qy.rule),
        ):
            if val is not None:
                where.append(cond)
                args.append(val)
        if qy.request_id_prefix is not None:
            where.append("request_id LIKE %s")
            escaped = qy.request_id_prefix.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")
            args.append(escaped + "%")
        return where, args

    async def summary(self, qy: AuditQuery, top: int = 10, tz: str | None = None) -> Summary:
        where, args = self._where(qy)
        w = (" WHERE " + " AND ".join(where)) if where else ""
        zone = tz or "UTC"

        async def q(c: psycopg.AsyncConnection[Any]) -> Summary:
            s = Summary(time_zone=zone)
            # PostgreSQL knows the IANA zones (daylight saving time included): days in the dashboard's zone.
            cur = await c.execute(
                self._q(
                    "SELECT to_char(ts AT TIME ZONE %s, 'YYYY-MM-DD'), decision, count(*)"
                    " FROM {s}.audit_records" + w + " GROUP BY 1, 2"
                ),
                [zone, *args],
            )
            for day, dec, n in await cur.fetchall():
                s.by_day.setdefault(day, {})[dec] = n
                s.by_decision[dec] = s.by_decision.get(dec, 0) + n
                s.total += n
            cur = await c.execute(
                self._q(
                    "SELECT r, count(*) FROM {s}.audit_records, unnest(rules) AS r"
                    + w
                    + " GROUP BY 1 ORDER BY 2 DESC LIMIT %s"
                ),
                [*args, top],
            )
            s.by_rule = {r: n for r, n in await cur.fetchall()}
            for col, out in (("tenant", s.by_tenant), ("model", s.by_model)):
                cur = await c.execute(
                    self._q(
                        f"SELECT coalesce({col}, '-'), decision, count(*) FROM {{s}}.audit_records"
                        + w
                        + " GROUP BY 1, 2"
                    ),
                    args,
                )
                for key, dec, n in await cur.fetchall():
                    out.setdefault(key, {})[dec] = n
            return s

        return await self._run(q)

    async def query(self, qy: AuditQuery) -> Page:
        where, args = self._where(qy)
        if qy.cursor is not None:
            where.append("row_id > %s" if qy.order == "asc" else "row_id < %s")
            args.append(qy.cursor)
        text = "SELECT row_id, chain_id, seq, record_hash, body FROM {s}.audit_records"
        if where:
            text += " WHERE " + " AND ".join(where)
        text += f" ORDER BY row_id {'ASC' if qy.order == 'asc' else 'DESC'} LIMIT %s"
        args.append(qy.limit + 1)

        async def q(c: psycopg.AsyncConnection[Any]) -> list[Any]:
            cur = await c.execute(self._q(text), args)
            return await cur.fetchall()

        rows = await self._run(q)
        items = [StoredRecord(*r) for r in rows[: qy.limit]]
        return Page(items, items[-1].row_id if len(rows) > qy.limit else None)

    async def count(self) -> int:
        async def q(c: psycopg.AsyncConnection[Any]) -> int:
            cur = await c.execute(self._q("SELECT count(*) FROM {s}.audit_records"))
            row = await cur.fetchone()
            return int(row[0]) if row is not None else 0

        return await self._run(q)

    async def analyze(self) -> None:
        async def q(c: psycopg.AsyncConnection[Any]) -> None:
            await c.execute(self._q("ANALYZE {s}.audit_records"))
            await c.execute(self._q("ANALYZE {s}.audit_checkpoints"))

        await self._run(q)

    # -- retention ----------------------------------------------------------------------------------------
    async def prune_cut(self, chain_id: str, before_ts: str) -> int | None:
        async def q(c: psycopg.AsyncConnection[Any]) -> int | None:
            cur = await c.execute(
                self._q(
                    "SELECT min(seq), max(seq), min(seq) FILTER (WHERE ts >= %s) FROM {s}.audit_records"
                    " WHERE chain_id = %s"
                ),
                (_ts(before_ts), chain_id),
            )
            row = await cur.fetchone()
            lo, hi, young = row if row is not None else (None, None, None)
            if lo is None:
                return None
            cut = hi if young is None else young - 1
            return cut if cut >= lo else None

        return await self._run(q)

    async def apply_prune(self, anchor: Checkpoint) -> int:
        async def q(c: psycopg.AsyncConnection[Any]) -> int:
            await c.execute(
                self._q(
                    "INSERT INTO {s}.audit_checkpoints"
                    " (chain_id, seq, head_hash, kind, created_at, key_id, signature)"
                    " VALUES (%s,%s,%s,%s,%s,%s,%s) ON CONFLICT DO NOTHING"
                ),
                (
                    anchor.chain_id,
                    anchor.seq,
                    anchor.head_hash,
                    anchor.kind,
                    anchor.created_at,
                    anchor.key_id,
                    anchor.signature,
                ),
            )
            cur = await c.execute(
                self._q("DELETE FROM {s}.audit_records WHERE chain_id = %s AND seq <= %s"),
                (anchor.chain_id, anchor.seq),
            )
            n = cur.rowcount
            await c.execute(
                self._q(
                    "DELETE FROM {s}.audit_checkpoints WHERE chain_id = %s AND kind != 'close' AND (seq < %s"
                    " OR (seq = %s AND kind != 'anchor'))"
                ),
                (anchor.chain_id, anchor.seq, anchor.seq),
            )
            return n

        return await self._run(q)
