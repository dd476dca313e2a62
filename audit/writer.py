"""The asynchronous audit writer: off the request's critical path, durable when it says so.

    writer = await open_writer(cfg)           # or AuditWriter(sink, spool, signer); await writer.start()
    receipt = await writer.submit(record)      # returns once the record is durable; raises AuditUnavailable
    fut = writer.submit_nowait(record)         # never waits; the future resolves when durable
    await writer.close()

Path of a record: ``submit`` puts it on an in-memory queue and returns a future. One background task
takes everything queued (up to ``batch_max``), links it into this writer's hash chain, and stores the
batch in one go:

1. into the database (one transaction), unless the spool still holds older records;
2. otherwise, or when the database fails, appended to the on-disk spool and fsynced (see
   :mod:`audit.spool` for the fsync policy);
3. if neither accepts, the batch is failed with :class:`AuditUnavailable` and the chain is rolled back
   to before the batch (a failed batch leaves no hole in the chain).

The future resolves only after step 1 committed or step 2 fsynced: **an acknowledged record survives
SIGKILL**. Records still in the queue when the process dies were never acknowledged.

While the spool holds records, every batch goes to the spool and the spool is replayed into the
database (oldest first, a bounded chunk per loop turn so new records are never starved) every
``retry_interval_s`` until it is empty; only then do batches go straight to the database again. So
records reach the database in the order they were acknowledged.

``audit_failure`` (a policy setting) maps onto this API:

* ``closed``: call ``writer.ensure_available()`` before serving (raises when audit is down), and
  ``await writer.submit(record)``; on :class:`AuditUnavailable` fail the request.
* ``open``: ``writer.submit_nowait(record)`` inside ``try/except AuditUnavailable``; failures are
  logged and counted in ``writer.stats.failed``, never silently dropped.
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
import time
from dataclasses import asdict, dataclass
from pathlib import Path
from typing import Literal

from audit.chain import ChainEntry, ChainState, Checkpoint, Signer, new_chain_id
from audit.record import AuditRecord
from audit.sinks.base import AuditSink, SinkUnavailable
from audit.spool import Spool, read_segment

log = logging.getLogger("audit.writer")

State = Literal["ok", "spooling", "down"]


class AuditUnavailable(Exception):
    """Neither the database nor the spool can accept audit records (or the writer is closed or
    overloaded). Under ``audit_failure: closed`` the request must fail."""


@dataclass(frozen=True)
class Receipt:
    chain_id: str
    seq: int
    record_hash: str
    stored: Literal["db", "spool"]


@dataclass
class WriterStats:
    submitted: int = 0
    written_db: int = 0
    written_spool: int = 0
    replayed: int = 0
    failed: int = 0
    batches: int = 0
    quarantined_segments: int = 0

    def to_dict(self) -> dict[str, int]:
        return asdict(self)


_STOP = object()


class AuditWriter:
    def __init__(
        self,
        sink: AuditSink,
        spool: Spool | None,
        signer: Signer | None,
        *,
        writer_id: str | None = None,
        batch_max: int = 512,
        queue_max: int = 20_000,
        checkpoint_every: int = 1000,
        checkpoint_interval_s: float = 60.0,
        retry_interval_s: float = 1.0,
        replay_chunk: int = 5000,
    ):
        self.sink = sink
        self.spool = spool
        self.signer = signer
        self.chain = ChainState(
            new_chain_id(writer_id),
            signer,
            checkpoint_every=checkpoint_every,
            checkpoint_interval_s=checkpoint_interval_s,
        )
        self.batch_max = batch_max
        self.retry_interval_s = retry_interval_s
        self.replay_chunk = replay_chunk
        self.stats = WriterStats()
        self.state: State = "ok"
        self.last_error: str | None = None
        self._queue: asyncio.Queue[object] = asyncio.Queue(maxsize=queue_max)
        self._task: asyncio.Task[None] | None = None
        self._closing = False
        self._next_retry = 0.0
        self._next_orphan_scan = 0.0
        self._replay_seg: Path | None = None
        self._replay_batches: list[tuple[list[ChainEntry], list[Checkpoint]]] = []

    @property
    def chain_id(self) -> str:
        return self.chain.chain_id

    # -- lifecycle ---------------------------------------------------------------------------------------
    async def start(self) -> AuditWriter:
        if self.spool is not None:
            await asyncio.to_thread(self.spool.open)
        try:
            await self.sink.open()
        except SinkUnavailable as exc:
            self._note_db_down(exc)
        if self.spool is not None and self.spool.pending():
            self.state = "spooling" if self.state == "ok" else self.state
        self._task = asyncio.create_task(self._run(), name=f"audit-writer-{self.chain_id}")
        return self

    async def close(self, timeout: float = 30.0) -> None:
        """Write everything queued, sign a ``close`` checkpoint, try one last replay, release resources."""
        if self._task is None:
            return
        self._closing = True
        await self._queue.put(_STOP)
        try:
            await asyncio.wait_for(asyncio.shield(self._task), timeout)
        except TimeoutError:
            log.error(
                "audit writer did not drain within %.0fs; unacknowledged records stay unacknowledged", timeout
            )
            self._task.cancel()
            with contextlib.suppress(asyncio.CancelledError):
                await self._task
        self._task = None
        if self.spool is not None:
            await asyncio.to_thread(self.spool.close)
        await self.sink.close()

    async def __aenter__(self) -> AuditWriter:
        return await self.start()

    async def __aexit__(self, *exc: object) -> None:
        await self.close()

    # -- the public API ------------------------------------------------------------------------------------
    def ensure_available(self) -> None:
        """Raise :class:`AuditUnavailable` when records cannot currently be stored anywhere."""
        if self._closing or self._task is None or self._task.done():
            raise AuditUnavailable("audit writer is not running")
        if self.state == "down" and time.monotonic() < self._next_retry:
            what = (
                "audit store and spool unavailable"
                if self.spool
                else "audit store unavailable and no spool configured"
            )
            raise AuditUnavailable(f"{what}: {self.last_error}")

    def submit_nowait(self, record: AuditRecord) -> asyncio.Future[Receipt]:
        """Queue a record; returns at once. The future resolves to a :class:`Receipt` once the record is
        durable, or fails with :class:`AuditUnavailable`. Raises at once when audit is known to be down
        or the queue is full."""
        self.ensure_available()
        fut: asyncio.Future[Receipt] = asyncio.get_running_loop().create_future()
        fut.add_done_callback(_retrieve)
        try:
            self._queue.put_nowait((record, fut))
        except asyncio.QueueFull:
            self.stats.failed += 1
            raise AuditUnavailable("audit queue is full (the store is slower than the traffic)") from None
        self.stats.submitted += 1
        return fut

    async def submit(self, record: AuditRecord) -> Receipt:
        """Queue a record and wait until it is durable (committed to the database or fsynced to the
        spool)."""
        return await self.submit_nowait(record)

    async def flush(self) -> None:
        """Wait until everything submitted so far is durable (or failed)."""
        fut: asyncio.Future[None] = asyncio.get_running_loop().create_future()
        await self._queue.put(fut)
        await fut

    @property
    def queue_depth(self) -> int:
        return self._queue.qsize()

    @property
    def spool_depth(self) -> int:
        """Records in the on-disk spool not yet replayed into the database (for a gauge; records of a
        dead writer's adopted spool count once replayed, so this can read low, never stay high)."""
        if self.spool is None or not self.spool.pending():
            return 0
        return max(0, self.stats.written_spool - self.stats.replayed)

    # -- the background task --------------------------------------------------------------------------------
    async def _run(self) -> None:
        stopping = False
        while not stopping:
            try:
                item = await asyncio.wait_for(self._queue.get(), timeout=self._tick_s())
            except TimeoutError:
                try:
                    await self._idle()
                except Exception:
                    log.exception("audit writer: unexpected error in background maintenance")
                continue
            items = [item]
            while len(items) < self.batch_max:
                try:
                    items.append(self._queue.get_nowait())
                except asyncio.QueueEmpty:
                    break
            batch: list[tuple[AuditRecord, asyncio.Future[Receipt]]] = []
            flushes: list[asyncio.Future[None]] = []
            for it in items:
                if it is _STOP:
                    stopping = True
                elif isinstance(it, asyncio.Future):
                    flushes.append(it)
                else:
                    batch.append(it)  # type: ignore[arg-type]
            if batch:
                try:
                    await self._process(batch)
                except Exception as exc:
                    log.exception("audit writer: unexpected error while storing a batch")
                    for _, fut in batch:
                        if not fut.done():
                            self.stats.failed += 1
                            fut.set_exception(AuditUnavailable(f"audit writer error: {exc!r}"))
            for f in flushes:
                if not f.done():
                    f.set_result(None)
        # shutting down: seal the chain and try to empty the spool one last time
        cp = self.chain.close() if self.chain.seq > 0 else None
        if cp is not None:
            try:
                await self._store([], [cp])
            except AuditUnavailable as exc:
                log.error("audit: could not store the close checkpoint: %s", exc)
        if self.spool is not None and self.spool.pending():
            self._next_retry = 0.0
            await self._replay(budget=None)

    def _tick_s(self) -> float:
        return max(0.05, min(self.retry_interval_s, 1.0))

    async def _idle(self) -> None:
        """Nothing queued: replay the spool, probe a dead store, write a due checkpoint."""
        now = time.monotonic()
        if self.spool is not None and now >= self._next_orphan_scan:
            self._next_orphan_scan = now + 30.0
            await asyncio.to_thread(self.spool.adopt_orphans)
        if self.spool is not None and self.spool.pending() and now >= self._next_retry:
            await self._replay(budget=self.replay_chunk)
        elif self.state == "down" and now >= self._next_retry:
            try:
                await self.sink.write([], [])
                self.state = "ok"
            except SinkUnavailable as exc:
                self._note_db_down(exc)
        mark = self.chain.mark()
        cp = self.chain.due_checkpoint()
        if cp is not None:
            try:
                await self._store([], [cp])
            except AuditUnavailable:
                self.chain.rollback(mark)

    async def _process(self, batch: list[tuple[AuditRecord, asyncio.Future[Receipt]]]) -> None:
        self.stats.batches += 1
        mark = self.chain.mark()
        cps: list[Checkpoint] = []
        g = self.chain.genesis()
        if g is not None:
            cps.append(g)
        # serializing and hashing is CPU work: do it in a thread so the gateway's event loop keeps serving
        linked = await asyncio.to_thread(self._link, [r for r, _ in batch])
        entries: list[ChainEntry] = []
        futs: list[asyncio.Future[Receipt]] = []
        for (_, fut), got in zip(batch, linked):
            if isinstance(got, Exception):
                self.stats.failed += 1
                if not fut.done():
                    fut.set_exception(AuditUnavailable(f"record cannot be serialized: {got}"))
                continue
            entries.append(got)
            futs.append(fut)
        cp = self.chain.due_checkpoint()
        if cp is not None:
            cps.append(cp)
        if not entries and not cps:
            return
        try:
            where = await self._store(entries, cps)
        except AuditUnavailable as exc:
            self.chain.rollback(mark)
            self.stats.failed += len(futs)
            for fut in futs:
                if not fut.done():
                    fut.set_exception(AuditUnavailable(str(exc)))
            return
        for e, fut in zip(entries, futs):
            if not fut.done():
                fut.set_result(Receipt(e.chain_id, e.seq, e.record_hash, where))

    def _link(self, records: list[AuditRecord]) -> list[ChainEntry | Exception]:
        out: list[ChainEntry | Exception] = []
        for record in records:
            try:
                body = record.canonical()
            except Exception as exc:
                out.append(exc)
                continue
            out.append(self.chain.append(body))
        return out

    async def _store(self, entries: list[ChainEntry], cps: list[Checkpoint]) -> Literal["db", "spool"]:
        spool = self.spool
        if spool is not None and spool.pending() and time.monotonic() >= self._next_retry:
            await self._replay(budget=self.replay_chunk)
        if spool is None or not spool.pending():
            if self.state == "ok" or time.monotonic() >= self._next_retry or spool is None:
                try:
                    await self.sink.write(entries, cps)
                    self.state = "ok"
                    self.stats.written_db += len(entries)
                    return "db"
                except SinkUnavailable as exc:
                    self._note_db_down(exc)
        if spool is None:
            self.state = "down"
            raise AuditUnavailable(f"audit store unavailable and no spool configured: {self.last_error}")
        try:
            await asyncio.to_thread(spool.append, entries, cps)
        except OSError as exc:
            self.state = "down"
            self.last_error = f"{self.last_error}; spool: {exc}"
            self._next_retry = time.monotonic() + self.retry_interval_s
            log.error("audit: spool cannot accept records: %s", exc)
            raise AuditUnavailable(f"audit store and spool unavailable: {self.last_error}") from exc
        self.state = "spooling"
        self.stats.written_spool += len(entries)
        return "spool"

    def _note_db_down(self, exc: Exception) -> None:
        if self.state == "ok":
            log.warning(
                "audit store unavailable, %s: %s",
                "spooling records to disk" if self.spool else "no spool configured",
                exc,
            )
        self.last_error = str(exc)
        self.state = "spooling" if self.spool is not None else "down"
        self._next_retry = time.monotonic() + self.retry_interval_s

    async def _replay(self, budget: int | None) -> None:
        """Move spooled batches into the database, oldest first; at most ``budget`` entries per call."""
        spool = self.spool
        assert spool is not None
        spool.rotate()
        moved = 0
        while budget is None or moved < budget:
            if self._replay_seg is None:
                segs = spool.segments()
                if not segs:
                    break
                seg = segs[0]
                try:
                    batches = await asyncio.to_thread(_read_batches, seg)
                except ValueError as exc:
                    spool.quarantine(seg, str(exc))
                    self.stats.quarantined_segments += 1
                    continue
                self._replay_seg, self._replay_batches = seg, batches
            # merge consecutive spool batches into one database write
            entries: list[ChainEntry] = []
            cps: list[Checkpoint] = []
            take = 0
            for e, c in self._replay_batches:
                if take and len(entries) + len(e) > max(self.batch_max, 2000):
                    break
                entries.extend(e)
                cps.extend(c)
                take += 1
            try:
                await self.sink.write(entries, cps)
            except SinkUnavailable as exc:
                self._note_db_down(exc)
                return
            del self._replay_batches[:take]
            moved += len(entries)
            self.stats.replayed += len(entries)
            if not self._replay_batches:
                await asyncio.to_thread(spool.done, self._replay_seg)
                self._replay_seg = None
        if not spool.pending():
            if self.state != "ok":
                log.warning("audit spool replayed into the store; writing directly again")
            self.state = "ok"


def _read_batches(seg: Path) -> list[tuple[list[ChainEntry], list[Checkpoint]]]:
    return [(b.entries, b.checkpoints) for b in read_segment(seg)]


def _retrieve(fut: asyncio.Future[Receipt]) -> None:
    if not fut.cancelled() and fut.exception() is not None:
        log.warning("audit record not stored: %s", fut.exception())
