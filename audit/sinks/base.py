"""What every audit store offers: durable batch writes, chain reads for verification, queries, pruning."""

from __future__ import annotations

import abc
from collections.abc import AsyncIterator
from dataclasses import dataclass, field
from datetime import datetime
from typing import Any, Literal

from audit.entries import ChainEntry, Checkpoint, IndexFields, StoredEntry, norm_ts
from audit.record import AuditRecord


class SinkUnavailable(Exception):
    """The store cannot be reached or refused the write; the writer falls back to the spool."""


@dataclass(frozen=True)
class AuditQuery:
    """Filters for export and the dashboard. Times are compared with the record's ``started_at``:
    ``since`` inclusive, ``until`` exclusive. Paging is keyset paging on the store's row id: pass the
    ``next_cursor`` of one page as ``cursor`` of the next."""

    since: datetime | str | None = None
    until: datetime | str | None = None
    tenant: str | None = None
    model: str | None = None
    decision: str | None = None
    rule: str | None = None
    request_id: str | None = None
    request_id_prefix: str | None = None  # a compact watermark names its request by a prefix only
    client_request_id: str | None = None
    kind: str | None = None  # "request" | "dashboard"; None: both
    chain_id: str | None = None
    limit: int = 100
    cursor: int | None = None
    order: Literal["asc", "desc"] = "asc"

    def ts_bounds(self) -> tuple[str | None, str | None]:
        return (norm_ts(self.since) if self.since else None, norm_ts(self.until) if self.until else None)


@dataclass
class StoredRecord:
    row_id: int
    chain_id: str
    seq: int
    record_hash: str
    body: str

    @property
    def record(self) -> AuditRecord:
        return AuditRecord.from_json(self.body)

    def export_dict(self) -> dict[str, Any]:
        import json

        d: dict[str, Any] = json.loads(self.body)
        d["_audit"] = {
            "row_id": self.row_id,
            "chain_id": self.chain_id,
            "seq": self.seq,
            "record_hash": self.record_hash,
        }
        return d


@dataclass
class Page:
    items: list[StoredRecord] = field(default_factory=list)
    next_cursor: int | None = None


@dataclass
class Summary:
    """Aggregates for the dashboard overview (same filters as :class:`AuditQuery`, paging ignored)."""

    total: int = 0
    by_decision: dict[str, int] = field(default_factory=dict)
    by_day: dict[str, dict[str, int]] = field(default_factory=dict)  # "YYYY-MM-DD" -> decision -> n
    by_rule: dict[str, int] = field(default_factory=dict)
    by_tenant: dict[str, dict[str, int]] = field(default_factory=dict)  # tenant -> decision -> n
    by_model: dict[str, dict[str, int]] = field(default_factory=dict)
    time_zone: str = "UTC"  # the zone whose calendar days ``by_day`` counts


def fixed_offset_minutes(
    tz: str | None, since: datetime | str | None, until: datetime | str | None
) -> int | None:
    """The zone's UTC offset in minutes when it is the same all through the years the query spans
    (UTC, Asia/Seoul, Asia/Kolkata...); None for a zone with daylight saving time in that span, whose
    days a store must count from finer UTC buckets."""
    from datetime import UTC
    from zoneinfo import ZoneInfo

    zone = ZoneInfo(tz or "UTC")
    now = datetime.now(UTC).year
    first = _year(since, now - 1)
    last = _year(until, now + 1)
    offsets = {
        datetime(y, m, 1, tzinfo=UTC).astimezone(zone).utcoffset()
        for y in range(min(first, last), max(first, last) + 1)
        for m in (1, 4, 7, 10)
    }
    if len(offsets) != 1:
        return None
    off = offsets.pop()
    return 0 if off is None else int(off.total_seconds() // 60)


def _year(v: datetime | str | None, default: int) -> int:
    if v is None:
        return default
    return int(norm_ts(v)[:4])


def local_day(bucket_utc: str, tz: str) -> str:
    """The calendar day in ``tz`` of a UTC time ``YYYY-MM-DDTHH:MM`` (a store's 15-minute bucket)."""
    from datetime import UTC
    from zoneinfo import ZoneInfo

    dt = datetime.fromisoformat(bucket_utc).replace(tzinfo=UTC)
    return dt.astimezone(ZoneInfo(tz)).date().isoformat()


class AuditSink(abc.ABC):
    """Async store interface. Connections are opened lazily and re-opened after a failure, so one sink
    object survives the database going away and coming back."""

    kind: str = "?"
    config: Any = None  # the AuditConfig it was built from (set by audit.config.open_store)

    # -- lifecycle ---------------------------------------------------------------------------------------
    @abc.abstractmethod
    async def open(self) -> None:
        """Connect and apply migrations (idempotent)."""

    @abc.abstractmethod
    async def close(self) -> None: ...

    async def __aenter__(self) -> AuditSink:
        await self.open()
        return self

    async def __aexit__(self, *exc: object) -> None:
        await self.close()

    # -- writing ------------------------------------------------------------------------------------------
    @abc.abstractmethod
    async def write(self, entries: list[ChainEntry], checkpoints: list[Checkpoint]) -> None:
        """Store entries and checkpoints in one transaction; when this returns they are committed.
        Idempotent: an entry whose (chain_id, seq) is already stored is skipped (spool replay after a
        crash may repeat a batch). Raises :class:`SinkUnavailable` on any failure."""

    # -- reading the chain --------------------------------------------------------------------------------
    @abc.abstractmethod
    async def chain_ids(self) -> list[str]: ...

    @abc.abstractmethod
    def iter_chain(self, chain_id: str) -> AsyncIterator[StoredEntry]:
        """All entries of one chain ordered by (seq, row_id)."""

    @abc.abstractmethod
    async def checkpoints(self, chain_id: str) -> list[Checkpoint]: ...

    @abc.abstractmethod
    async def find_seq(
        self, chain_id: str, *, record_hash: str | None = None, prev_hash: str | None = None
    ) -> int | None: ...

    @abc.abstractmethod
    async def get_entry(self, chain_id: str, seq: int) -> StoredEntry | None: ...

    # -- querying ---------------------------------------------------------------------------------------
    @abc.abstractmethod
    async def query(self, q: AuditQuery) -> Page: ...

    @abc.abstractmethod
    async def count(self) -> int: ...

    @abc.abstractmethod
    async def summary(self, q: AuditQuery, top: int = 10, tz: str | None = None) -> Summary:
        """Aggregates; ``by_day`` counts calendar days in the IANA zone ``tz`` (default UTC), so a
        request at 2026-11-30T16:30Z is on 2026-12-01 in Asia/Seoul."""

    async def analyze(self) -> None:  # noqa: B027 - optional hook: stores without statistics do nothing
        """Refresh planner statistics (after bulk loads or pruning)."""

    # -- retention --------------------------------------------------------------------------------------
    @abc.abstractmethod
    async def prune_cut(self, chain_id: str, before_ts: str) -> int | None:
        """Highest seq such that every remaining entry up to it started before ``before_ts``."""

    @abc.abstractmethod
    async def apply_prune(self, anchor: Checkpoint) -> int:
        """Insert the anchor, delete entries with seq <= anchor.seq and checkpoints before it; atomically."""


def index_row(e: ChainEntry) -> tuple[Any, ...]:
    ix = e.index
    return (
        e.chain_id,
        e.seq,
        e.prev_hash,
        e.record_hash,
        e.body,
        ix.request_id,
        ix.ts,
        ix.tenant,
        ix.model,
        ix.decision,
    )


def make_index(
    request_id: str,
    ts: str | datetime,
    tenant: str,
    model: str | None,
    decision: str,
    rules: Any,
    kind: str | None = None,
    client_request_id: str | None = None,
) -> IndexFields:
    return IndexFields(
        request_id,
        norm_ts(ts),
        tenant,
        model,
        decision,
        tuple(rules or ()),
        kind or "request",
        client_request_id,
    )
