"""SQLite audit store: the embedded default.

WAL journal (readers never block the writer), ``synchronous=FULL`` (a commit is fsynced, so it survives
power loss as well as SIGKILL) and ``busy_timeout`` so several processes can share one file. Calls run in
a worker thread so the event loop never waits on the disk.
"""

from __future__ import annotations

import asyncio
import json
import os
import sqlite3
import threading
import time
from collections.abc import AsyncIterator, Callable, Iterator
from pathlib import Path
from typing import Any, TypeVar

from audit.entries import ChainEntry, Checkpoint, StoredEntry
from audit.sinks.base import (
    AuditQuery,
    AuditSink,
    Page,
    SinkUnavailable,
    StoredRecord,
    Summary,
    fixed_offset_minutes,
    local_day,
    make_index,
)

MIGRATIONS: list[tuple[int, str, list[str]]] = [
    (
        1,
        "records and checkpoints",
        [
            """CREATE TABLE audit_records (
            row_id INTEGER PRIMARY KEY AUTOINCREMENT,
            chain_id TEXT NOT NULL,
            seq INTEGER NOT NULL,
            prev_hash TEXT NOT NULL,
            record_hash TEXT NOT NULL,
            body TEXT NOT NULL,
            request_id TEXT NOT NULL,
            ts TEXT NOT NULL,
            tenant TEXT NOT NULL,
            model TEXT,
            decision TEXT NOT NULL,
            rules TEXT NOT NULL DEFAULT '[]',
            UNIQUE (chain_id, seq)
        )""",
            "CREATE INDEX audit_records_ts ON audit_records (ts)",
            "CREATE INDEX audit_records_tenant_ts ON audit_records (tenant, ts)",
            "CREATE INDEX audit_records_model_ts ON audit_records (model, ts)",
            "CREATE INDEX audit_records_decision_ts ON audit_records (decision, ts)",
            "CREATE INDEX audit_records_request ON audit_records (request_id)",
            """CREATE TABLE audit_checkpoints (
            row_id INTEGER PRIMARY KEY AUTOINCREMENT,
            chain_id TEXT NOT NULL,
            seq INTEGER NOT NULL,
            head_hash TEXT NOT NULL,
            kind TEXT NOT NULL,
            created_at TEXT NOT NULL,
            key_id TEXT NOT NULL,
            signature TEXT NOT NULL,
            UNIQUE (chain_id, kind, seq)
        )""",
        ],
    ),
    # Pages are ordered by row_id: an index on (col) ends in the rowid in SQLite, so "decision = ?
    # ORDER BY row_id DESC LIMIT 50" walks the index instead of sorting every matching row.
    (
        2,
        "filter indexes ordered by row id",
        [
            "DROP INDEX IF EXISTS audit_records_tenant_ts",
            "DROP INDEX IF EXISTS audit_records_model_ts",
            "DROP INDEX IF EXISTS audit_records_decision_ts",
            "CREATE INDEX audit_records_tenant ON audit_records (tenant)",
            "CREATE INDEX audit_records_model ON audit_records (model)",
            "CREATE INDEX audit_records_decision ON audit_records (decision)",
        ],
    ),
    # Dashboard sign-ins, views and exports are records of their own kind in the same chain; the
    # client's x-request-id is kept beside the gateway's own id. Both columns are added with values
    # that are right for every existing row (kind 'request', no client id), so no row is rewritten.
    (
        3,
        "record kind and client request id",
        [
            "ALTER TABLE audit_records ADD COLUMN kind TEXT NOT NULL DEFAULT 'request'",
            "ALTER TABLE audit_records ADD COLUMN client_request_id TEXT",
            "CREATE INDEX audit_records_kind ON audit_records (kind)",
            "CREATE INDEX audit_records_client_request ON audit_records (client_request_id)"
            " WHERE client_request_id IS NOT NULL",
        ],
    ),
]

_REC_COLS = (
    "row_id, chain_id, seq, prev_hash, record_hash, body, request_id, ts, tenant, model, decision, rules,"
    " kind, client_request_id"
)

T = TypeVar("T")


def _entry(r: tuple[Any, ...]) -> StoredEntry:
    ix = make_index(r[6], r[7], r[8], r[9], r[10], json.loads(r[11]), r[12], r[13])
    return StoredEntry(r[1], r[2], r[3], r[4], r[5], ix, row_id=r[0])


def _cp(r: tuple[Any, ...]) -> Checkpoint:
    return Checkpoint(r[1], r[2], r[3], r[4], r[5], r[6], r[7], row_id=r[0])


class SQLiteSink(AuditSink):
    kind = "sqlite"

    def __init__(self, path: str | os.PathLike[str], *, busy_timeout_ms: int = 10_000, page_size: int = 2000):
        self.path = Path(path)
        self.busy_timeout_ms = busy_timeout_ms
        self.page_size = page_size
        self._conn: sqlite3.Connection | None = None
        self._lock = threading.Lock()

    # -- plumbing -----------------------------------------------------------------------------------------
    def _enable_wal(self, conn: sqlite3.Connection) -> None:
        """Switch to WAL, retrying. When two connections both hold a shared lock and both want the
        exclusive one (several replicas opening one new file together), SQLite returns BUSY to one
        of them at once instead of calling the busy handler, since waiting could deadlock; retrying
        after the other has finished succeeds (seen once in CI as "database is locked")."""
        deadline = time.monotonic() + self.busy_timeout_ms / 1000
        delay = 0.01
        while True:
            try:
                conn.execute("PRAGMA journal_mode=WAL")
                return
            except sqlite3.OperationalError as exc:
                if "locked" not in str(exc) or time.monotonic() >= deadline:
                    raise
                time.sleep(delay)
                delay = min(delay * 2, 0.25)

    def _connect(self) -> sqlite3.Connection:
        if self._conn is None:
            self.path.parent.mkdir(parents=True, exist_ok=True)
            conn = sqlite3.connect(
                self.path, isolation_level=None, check_same_thread=False, timeout=self.busy_timeout_ms / 1000
            )
            conn.execute(f"PRAGMA busy_timeout={int(self.busy_timeout_ms)}")
            self._enable_wal(conn)
            conn.execute("PRAGMA synchronous=FULL")
            self._migrate(conn)
            self._conn = conn
        return self._conn

    @staticmethod
    def _migrate(conn: sqlite3.Connection) -> None:
        conn.execute("BEGIN IMMEDIATE")
        try:
            conn.execute("""CREATE TABLE IF NOT EXISTS audit_schema_migrations (
                version INTEGER PRIMARY KEY, description TEXT NOT NULL,
                applied_at TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ','now')))""")
            have = {v for (v,) in conn.execute("SELECT version FROM audit_schema_migrations")}
            for version, desc, stmts in MIGRATIONS:
                if version in have:
                    continue
                for s in stmts:
                    conn.execute(s)
                conn.execute(
                    "INSERT INTO audit_schema_migrations (version, description) VALUES (?, ?)",
                    (version, desc),
                )
            conn.execute("COMMIT")
        except BaseException:
            conn.execute("ROLLBACK")
            raise

    async def _run(self, fn: Callable[..., T], *args: Any) -> T:
        """``fn(connection, *args)`` in a worker thread, under the connection lock."""

        def call() -> T:
            with self._lock:
                try:
                    return fn(self._connect(), *args)
                except sqlite3.Error as exc:
                    if self._conn is not None and self._conn.in_transaction:
                        try:
                            self._conn.execute("ROLLBACK")
                        except sqlite3.Error:
                            pass
                    raise SinkUnavailable(f"sqlite {self.path}: {exc}") from exc

        return await asyncio.to_thread(call)

    async def open(self) -> None:
        await self._run(lambda c: None)

    async def close(self) -> None:
        def _close() -> None:
            with self._lock:
                if self._conn is not None:
                    self._conn.close()
                    self._conn = None

        await asyncio.to_thread(_close)

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
                e.index.ts,
                e.index.tenant,
                e.index.model,
                e.index.decision,
                json.dumps(list(e.index.rules)),
                e.index.kind,
                e.index.client_request_id,
            )
            for e in entries
        ]
        cps = [
            (c.chain_id, c.seq, c.head_hash, c.kind, c.created_at, c.key_id, c.signature) for c in checkpoints
        ]

        def _write(conn: sqlite3.Connection) -> None:
            conn.execute("BEGIN IMMEDIATE")
            conn.executemany(
                "INSERT OR IGNORE INTO audit_records (chain_id, seq, prev_hash, record_hash, body,"
                " request_id, ts, tenant, model, decision, rules, kind, client_request_id)"
                " VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?)",
                rows,
            )
            conn.executemany(
                "INSERT OR IGNORE INTO audit_checkpoints (chain_id, seq, head_hash, kind, created_at, key_id,"
                " signature) VALUES (?,?,?,?,?,?,?)",
                cps,
            )
            conn.execute("COMMIT")

        await self._run(_write)

    # -- chain reads --------------------------------------------------------------------------------------
    async def chain_ids(self) -> list[str]:
        def q(conn: sqlite3.Connection) -> list[str]:
            return [
                r[0]
                for r in conn.execute(
                    "SELECT chain_id, min(row_id) AS first FROM (SELECT chain_id, row_id FROM audit_records"
                    " UNION ALL SELECT chain_id, row_id FROM audit_checkpoints)"
                    " GROUP BY chain_id ORDER BY first"
                )
            ]

        return await self._run(q)

    async def iter_chain(self, chain_id: str) -> AsyncIterator[StoredEntry]:
        last: tuple[int, int] = (-(2**62), 0)
        while True:
            rows = await self._run(
                lambda c, last=last: c.execute(
                    f"SELECT {_REC_COLS} FROM audit_records WHERE chain_id = ? AND (seq, row_id) > (?, ?)"
                    " ORDER BY seq, row_id LIMIT ?",
                    (chain_id, last[0], last[1], self.page_size),
                ).fetchall()
            )
            for r in rows:
                yield _entry(r)
            if len(rows) < self.page_size:
                return
            last = (rows[-1][2], rows[-1][0])

    async def checkpoints(self, chain_id: str) -> list[Checkpoint]:
        rows = await self._run(
            lambda c: c.execute(
                "SELECT row_id, chain_id, seq, head_hash, kind, created_at, key_id, signature"
                " FROM audit_checkpoints WHERE chain_id = ? ORDER BY seq, row_id",
                (chain_id,),
            ).fetchall()
        )
        return [_cp(r) for r in rows]

    async def find_seq(
        self, chain_id: str, *, record_hash: str | None = None, prev_hash: str | None = None
    ) -> int | None:
        col, val = ("record_hash", record_hash) if record_hash is not None else ("prev_hash", prev_hash)
        row = await self._run(
            lambda c: c.execute(
                f"SELECT seq FROM audit_records WHERE chain_id = ? AND {col} = ? LIMIT 1", (chain_id, val)
            ).fetchone()
        )
        return row[0] if row else None

    async def get_entry(self, chain_id: str, seq: int) -> StoredEntry | None:
        row = await self._run(
            lambda c: c.execute(
                f"SELECT {_REC_COLS} FROM audit_records"
                " WHERE chain_id = ? AND seq = ? ORDER BY row_id LIMIT 1",
                (chain_id, seq),
            ).fetchone()
        )
        return _entry(row) if row else None

    # -- queries ------------------------------------------------------------------------------------------
    @staticmethod
    def _where(q: AuditQuery) -> tuple[list[str], list[Any]]:
        where: list[str] = []
        args: list[Any] = []
        since, until = q.ts_bounds()
        for cond, val in (
            ("ts >= ?", since),
            ("ts < ?", until),
            ("tenant = ?", q.tenant),
            ("model = ?", q.model),
            ("decision = ?", q.decision),
            ("request_id = ?", q.request_id),
            ("client_request_id = ?", q.client_request_id),
            ("kind = ?", q.kind),
            ("chain_id = ?", q.chain_id),
        ):
            if val is not None:
                where.append(cond)
                args.append(val)
        if q.request_id_prefix is not None:
            # A range, so the request_id index serves it ("~" sorts after every id character).
            where.append("request_id >= ? AND request_id < ?")
            args.extend((q.request_id_prefix, q.request_id_prefix + "~"))
        if q.rule is not None:
            where.append("EXISTS (SELECT 1 FROM json_each(audit_records.rules) WHERE value = ?)")
            args.append(q.rule)
        return where, args

    async def summary(self, q: AuditQuery, top: int = 10, tz: str | None = None) -> Summary:
        where, args = self._where(q)
        w = (" WHERE " + " AND ".join(where)) if where else ""
        zone = tz or "UTC"
        offset = fixed_offset_minutes(zone, q.since, q.until)

        def days(conn: sqlite3.Connection) -> Iterator[tuple[str, str, int]]:
            if offset == 0:
                yield from conn.execute(
                    f"SELECT substr(ts, 1, 10), decision, count(*) FROM audit_records{w} GROUP BY 1, 2", args
                )
            elif offset is not None:
                # Whole seconds only: date() rounds a fraction, and 23:59:59.9995 would become the next day.
                yield from conn.execute(
                    f"SELECT date(substr(ts, 1, 19), '{offset:+d} minutes'), decision, count(*)"
                    f" FROM audit_records{w} GROUP BY 1, 2",
                    args,
                )
            else:
                # Daylight saving time: count 15-minute UTC buckets (every zone's offset and change is a
                # multiple of 15 minutes) and give each the day it falls on there.
                for hour, quarter, dec, n in conn.execute(
                    "SELECT substr(ts, 1, 13), CAST(substr(ts, 15, 2) AS INTEGER) / 15, decision, count(*)"
                    f" FROM audit_records{w} GROUP BY 1, 2, 3",
                    args,
                ):
                    yield local_day(f"{hour}:{15 * quarter:02d}", zone), dec, n

        def run(conn: sqlite3.Connection) -> Summary:
            s = Summary(time_zone=zone)
            for day, dec, n in days(conn):
                counts = s.by_day.setdefault(day, {})
                counts[dec] = counts.get(dec, 0) + n
                s.by_decision[dec] = s.by_decision.get(dec, 0) + n
                s.total += n
            s.by_rule = dict(
                conn.execute(
                    f"SELECT j.value, count(*) FROM audit_records, json_each(audit_records.rules) j{w}"
                    " GROUP BY 1 ORDER BY 2 DESC LIMIT ?",
                    [*args, top],
                ).fetchall()
            )
            for col, out in (("tenant", s.by_tenant), ("model", s.by_model)):
                for key, dec, n in conn.execute(
                    f"SELECT coalesce({col}, '-'), decision, count(*) FROM audit_records{w} GROUP BY 1, 2",
                    args,
                ):
                    out.setdefault(key, {})[dec] = n
            return s

        return await self._run(run)

    async def query(self, q: AuditQuery) -> Page:
        where, args = self._where(q)
        if q.cursor is not None:
            where.append("row_id > ?" if q.order == "asc" else "row_id < ?")
            args.append(q.cursor)
        sql = "SELECT row_id, chain_id, seq, record_hash, body FROM audit_records"
        if where:
            sql += " WHERE " + " AND ".join(where)
        sql += f" ORDER BY row_id {'ASC' if q.order == 'asc' else 'DESC'} LIMIT ?"
        args.append(q.limit + 1)
        rows = await self._run(lambda c: c.execute(sql, args).fetchall())
        items = [StoredRecord(*r) for r in rows[: q.limit]]
        return Page(items, items[-1].row_id if len(rows) > q.limit else None)

    async def count(self) -> int:
        row = await self._run(lambda c: c.execute("SELECT count(*) FROM audit_records").fetchone())
        return int(row[0])

    async def analyze(self) -> None:
        await self._run(lambda c: c.execute("ANALYZE"))

    # -- retention ----------------------------------------------------------------------------------------
    async def prune_cut(self, chain_id: str, before_ts: str) -> int | None:
        def q(conn: sqlite3.Connection) -> int | None:
            lo, hi = conn.execute(
                "SELECT min(seq), max(seq) FROM audit_records WHERE chain_id = ?", (chain_id,)
            ).fetchone()
            if lo is None:
                return None
            (young,) = conn.execute(
                "SELECT min(seq) FROM audit_records WHERE chain_id = ? AND ts >= ?", (chain_id, before_ts)
            ).fetchone()
            cut = hi if young is None else young - 1
            return cut if cut >= lo else None

        return await self._run(q)

    async def apply_prune(self, anchor: Checkpoint) -> int:
        def q(conn: sqlite3.Connection) -> int:
            conn.execute("BEGIN IMMEDIATE")
            conn.execute(
                "INSERT OR IGNORE INTO audit_checkpoints (chain_id, seq, head_hash, kind, created_at, key_id,"
                " signature) VALUES (?,?,?,?,?,?,?)",
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
            n = conn.execute(
                "DELETE FROM audit_records WHERE chain_id = ? AND seq <= ?", (anchor.chain_id, anchor.seq)
            ).rowcount
            conn.execute(
                "DELETE FROM audit_checkpoints WHERE chain_id = ? AND kind != 'close' AND (seq < ?"
                " OR (seq = ? AND kind != 'anchor'))",
                (anchor.chain_id, anchor.seq, anchor.seq),
            )
            conn.execute("COMMIT")
            return n

        return await self._run(q)
