"""Hash chain, signed checkpoints, verification and retention pruning.

Design: one chain per writer
----------------------------
Every :class:`audit.writer.AuditWriter` (one per gateway process) opens its own chain with a fresh,
unique ``chain_id`` when it starts. Entry ``n`` of a chain stores

    record_hash = SHA-256("sgw-audit/v1" \\n chain_id \\n n \\n prev_hash \\n body)

where ``prev_hash`` is the ``record_hash`` of entry ``n-1`` (entry 1 links to ``genesis_hash(chain_id)``)
and ``body`` is the record's canonical JSON, stored byte for byte. Replicas never contend for a shared
head, so N replicas write in parallel without locks, the chain is computed *before* the record reaches a
database or the spool (a spooled record keeps its place when replayed later), and SQLite and PostgreSQL
behave the same. The database's own row id only records arrival order.

The hash chain alone cannot stop someone who rewrites a whole chain (SHA-256 has no secret), so the
writer adds Ed25519-signed checkpoints: ``genesis`` when the chain opens (a chain without one was
fabricated), ``checkpoint`` every N records / T seconds (covers truncation of the tail), ``close`` when the
writer shuts down (anything after it was inserted) and ``anchor`` when retention pruning cuts the chain
(verification then starts from the anchor).

Verification walks each chain in ``seq`` order and names the *first* bad entry with one of the four kinds
``edited``, ``deleted``, ``inserted``, ``reordered`` (plus ``checkpoint`` for a forged or altered
checkpoint).
"""

from __future__ import annotations

import time
from collections.abc import AsyncIterator, Iterable
from dataclasses import dataclass, field
from datetime import datetime
from typing import Any, Literal

from audit.entries import (
    HASH_DOMAIN,
    ChainEntry,
    Checkpoint,
    CheckpointKind,
    IndexFields,
    StoredEntry,
    checkpoint_problem,
    entry_hash,
    genesis_hash,
    new_chain_id,
    norm_ts,
    now_iso,
)
from audit.signing import Keyring, Signer
from audit.sinks.base import AuditSink

# Entries and checkpoints live in audit.entries (shared with the stores); re-exported here.
__all__ = [
    "HASH_DOMAIN",
    "ChainEntry",
    "ChainState",
    "Checkpoint",
    "CheckpointKind",
    "IndexFields",
    "Keyring",
    "Problem",
    "ProblemKind",
    "PruneResult",
    "Signer",
    "StoredEntry",
    "VerifyReport",
    "checkpoint_problem",
    "entry_hash",
    "entry_status",
    "genesis_hash",
    "new_chain_id",
    "now_iso",
    "prune",
    "verify",
    "verify_chain",
]

ProblemKind = Literal["edited", "deleted", "inserted", "reordered", "checkpoint"]


# ----------------------------------------------------------------------------------------------------
# the writer's side of one chain


class ChainState:
    """Head of one chain, owned by exactly one writer task. Not thread-safe by design."""

    def __init__(
        self,
        chain_id: str,
        signer: Signer | None,
        *,
        checkpoint_every: int = 1000,
        checkpoint_interval_s: float = 60.0,
    ):
        self.chain_id = chain_id
        self.signer = signer
        self.seq = 0
        self.head = genesis_hash(chain_id)
        self.checkpoint_every = checkpoint_every
        self.checkpoint_interval_s = checkpoint_interval_s
        self._since_cp = 0
        self._cp_time = time.monotonic()
        self._genesis_done = False

    def mark(self) -> tuple[int, str, int, float, bool]:
        return (self.seq, self.head, self._since_cp, self._cp_time, self._genesis_done)

    def rollback(self, mark: tuple[int, str, int, float, bool]) -> None:
        self.seq, self.head, self._since_cp, self._cp_time, self._genesis_done = mark

    def append(self, body: str) -> ChainEntry:
        seq = self.seq + 1
        h = entry_hash(self.chain_id, seq, self.head, body)
        entry = ChainEntry(self.chain_id, seq, self.head, h, body, IndexFields.from_body(body))
        self.seq, self.head = seq, h
        self._since_cp += 1
        return entry

    def _cp(self, kind: CheckpointKind) -> Checkpoint | None:
        if self.signer is None:
            return None
        self._since_cp = 0
        self._cp_time = time.monotonic()
        return Checkpoint.make(self.signer, self.chain_id, self.seq, self.head, kind)

    def genesis(self) -> Checkpoint | None:
        """The chain's signed birth certificate; emitted once, with the first batch."""
        if self._genesis_done:
            return None
        self._genesis_done = True
        if self.signer is None:
            return None
        return Checkpoint.make(self.signer, self.chain_id, 0, genesis_hash(self.chain_id), "genesis")

    def due_checkpoint(self) -> Checkpoint | None:
        if self._since_cp == 0:
            return None
        if self._since_cp >= self.checkpoint_every or (
            time.monotonic() - self._cp_time >= self.checkpoint_interval_s
        ):
            return self._cp("checkpoint")
        return None

    def close(self) -> Checkpoint | None:
        return self._cp("close")


# ----------------------------------------------------------------------------------------------------
# verification


@dataclass
class Problem:
    kind: ProblemKind
    chain_id: str
    seq: int | None
    detail: str
    row_id: int | None = None
    request_id: str | None = None

    def describe(self) -> str:
        where = f"chain {self.chain_id}"
        if self.seq is not None:
            where += f" seq {self.seq}"
        if self.row_id:
            where += f" (row {self.row_id}"
            where += f", request {self.request_id})" if self.request_id else ")"
        return f"{self.kind.upper()}: {where}: {self.detail}"

    def to_json(self) -> dict[str, Any]:
        return {
            "kind": self.kind,
            "chain_id": self.chain_id,
            "seq": self.seq,
            "row_id": self.row_id,
            "request_id": self.request_id,
            "detail": self.detail,
        }


@dataclass
class VerifyReport:
    chains: int = 0
    records: int = 0
    checkpoints: int = 0
    signatures_checked: bool = True
    problems: list[Problem] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)

    @property
    def ok(self) -> bool:
        return not self.problems

    @property
    def first(self) -> Problem | None:
        """The first bad record in arrival order (chains that break earlier in the store come first)."""
        if not self.problems:
            return None
        return min(self.problems, key=lambda p: (p.row_id is None, p.row_id or 0))

    def to_json(self) -> dict[str, Any]:
        first = self.first
        return {
            "ok": self.ok,
            "chains": self.chains,
            "records": self.records,
            "checkpoints": self.checkpoints,
            "signatures_checked": self.signatures_checked,
            "first_problem": first.to_json() if first else None,
            "problems": [p.to_json() for p in self.problems],
            "warnings": self.warnings,
        }


class _Peekable:
    def __init__(self, it: AsyncIterator[StoredEntry]):
        self._it = it
        self._buf: list[StoredEntry] = []

    def __aiter__(self) -> _Peekable:
        return self

    async def __anext__(self) -> StoredEntry:
        if self._buf:
            return self._buf.pop()
        return await self._it.__anext__()

    async def peek(self) -> StoredEntry | None:
        if not self._buf:
            try:
                self._buf.append(await self._it.__anext__())
            except StopAsyncIteration:
                return None
        return self._buf[0]

    async def aclose(self) -> None:
        close = getattr(self._it, "aclose", None)
        if close is not None:
            await close()


MAX_RENUMBER_PROBE = 10_000


async def verify_chain(sink: AuditSink, chain_id: str, keyring: Keyring | None, report: VerifyReport) -> None:
    # Long on purpose: one streaming pass over a chain; every branch shares its state (expected seq, previous
    # hash, pending checkpoints), and the branches read in the order the problems are named.
    def problem(kind: ProblemKind, seq: int | None, detail: str, row: StoredEntry | None = None) -> None:
        report.problems.append(
            Problem(
                kind,
                chain_id,
                seq,
                detail,
                row.row_id if row else None,
                row.index.request_id if row else None,
            )
        )

    cps = await sink.checkpoints(chain_id)
    report.checkpoints += len(cps)
    good: list[Checkpoint] = []
    for cp in cps:
        why = checkpoint_problem(keyring, cp) if keyring else None
        if why:
            problem("checkpoint", cp.seq, f"{cp.kind} checkpoint (row {cp.row_id}) {why}")
            return
        good.append(cp)

    anchors = [c for c in good if c.kind == "anchor"]
    anchor = max(anchors, key=lambda c: c.seq) if anchors else None
    genesis = any(c.kind == "genesis" for c in good)
    if keyring and anchor is None and not genesis:
        problem("inserted", None, "chain has no signed genesis checkpoint: it was not written by a gateway")
        return
    expected_prev = anchor.head_hash if anchor else genesis_hash(chain_id)
    expected_seq = anchor.seq + 1 if anchor else 1
    start_seq = expected_seq - 1
    cp_at: dict[int, list[Checkpoint]] = {}
    for c in good:
        if c.kind in ("checkpoint", "close") and c.seq >= expected_seq:
            cp_at.setdefault(c.seq, []).append(c)
    close_seq = min((c.seq for c in good if c.kind == "close"), default=None)
    last_matching_cp = start_seq

    rows = _Peekable(sink.iter_chain(chain_id))
    prev_row: StoredEntry | None = None
    try:
        async for row in rows:
            report.records += 1
            if row.seq <= start_seq:
                problem(
                    "inserted", row.seq, f"entry at or before the retention anchor (seq {start_seq})", row
                )
                return
            c_ok = row.content_ok()
            l_ok = row.prev_hash == expected_prev and row.seq == expected_seq
            if c_ok and l_ok:
                try:
                    derived = IndexFields.from_body(row.body)
                except (ValueError, KeyError) as exc:
                    problem("edited", row.seq, f"body is not a valid record: {exc}", row)
                    return
                if derived != row.index:
                    cols = [f for f in IndexFields.__slots__ if getattr(derived, f) != getattr(row.index, f)]
                    problem(
                        "edited", row.seq, f"indexed column(s) {', '.join(cols)} differ from the record", row
                    )
                    return
                if close_seq is not None and row.seq > close_seq:
                    problem(
                        "inserted", row.seq, f"entry after the chain's signed close at seq {close_seq}", row
                    )
                    return
                for c in cp_at.get(row.seq, ()):
                    if c.head_hash != row.record_hash:
                        problem(
                            "edited",
                            row.seq,
                            f"chain rewritten: signed {c.kind} at seq {c.seq} does not match; the first "
                            f"altered entry is after seq {last_matching_cp}",
                            row,
                        )
                        return
                    last_matching_cp = row.seq
                expected_prev, expected_seq, prev_row = row.record_hash, expected_seq + 1, row
                continue

            # -- something is wrong at this row: classify it ---------------------------------------------
            nxt = await rows.peek()
            if row.prev_hash != expected_prev and (
                (pred := await sink.find_seq(chain_id, record_hash=row.prev_hash)) is not None
                and pred > row.seq
            ):
                problem(
                    "reordered", row.seq, f"entry appears before its predecessor (now at seq {pred})", row
                )
            elif (
                nxt is not None
                and nxt.prev_hash == expected_prev
                and (nxt.content_ok() or nxt.content_ok(expected_seq))
            ):
                problem(
                    "inserted", row.seq, "entry is not part of the chain (the next entry links past it)", row
                )
            elif (
                prev_row is not None
                and row.prev_hash == prev_row.prev_hash
                and row.prev_hash != expected_prev
            ):
                problem(
                    "inserted",
                    prev_row.seq,
                    "entry is not part of the chain (the next entry links past it)",
                    prev_row,
                )
            elif row.prev_hash != expected_prev and pred is None:
                if c_ok and row.seq > expected_seq:
                    missing = f"seq {expected_seq}" + (
                        f"..{row.seq - 1}" if row.seq - 1 > expected_seq else ""
                    )
                    problem("deleted", row.seq, f"entries missing before this one ({missing})", row)
                elif c_ok and prev_row is not None:
                    problem(
                        "edited",
                        prev_row.seq,
                        "content was replaced and re-hashed (the next entry no longer links to it)",
                        prev_row,
                    )
                elif not c_ok and any(
                    row.content_ok(s) for s in range(row.seq + 1, row.seq + MAX_RENUMBER_PROBE)
                ):
                    problem(
                        "deleted",
                        row.seq,
                        "entries missing before this one, and the following entries were renumbered",
                        row,
                    )
                else:
                    problem("edited", row.seq, "chain link (prev_hash) and content do not match", row)
            else:
                problem("edited", row.seq, "content does not match its hash", row)
            return
    finally:
        await rows.aclose()

    last_seq = expected_seq - 1
    tail = [c for c in good if c.kind in ("checkpoint", "close") and c.seq > last_seq]
    if tail:
        c = max(tail, key=lambda c: c.seq)
        report.problems.append(
            Problem(
                "deleted",
                chain_id,
                last_seq + 1,
                f"entries seq {last_seq + 1}..{c.seq} are missing: a signed {c.kind} at {c.created_at} "
                f"covers seq {c.seq} but the chain ends at seq {last_seq}",
            )
        )


async def verify(
    sink: AuditSink, keyring: Keyring | None, chains: Iterable[str] | None = None
) -> VerifyReport:
    report = VerifyReport(signatures_checked=bool(keyring))
    if not keyring:
        report.warnings.append("no verification key configured: signed checkpoints were not checked")
    ids = list(chains) if chains is not None else await sink.chain_ids()
    for cid in ids:
        report.chains += 1
        await verify_chain(sink, cid, keyring, report)
    return report


async def entry_status(sink: AuditSink, keyring: Keyring | None, entry: StoredEntry) -> dict[str, Any]:
    """A quick integrity view of one record for the dashboard (the full proof is :func:`verify`):
    does its content match its hash, does it link to its stored predecessor, and which signed
    checkpoint covers it."""
    content = entry.content_ok()
    try:
        columns = IndexFields.from_body(entry.body) == entry.index
    except (ValueError, KeyError):
        columns = False
    cps = await sink.checkpoints(entry.chain_id)
    good = [c for c in cps if not keyring or checkpoint_problem(keyring, c) is None]
    anchors = [c for c in good if c.kind == "anchor" and c.seq == entry.seq - 1]
    if entry.seq == 1:
        link = entry.prev_hash == genesis_hash(entry.chain_id)
    elif anchors:
        link = entry.prev_hash == anchors[-1].head_hash
    else:
        pred = await sink.get_entry(entry.chain_id, entry.seq - 1)
        link = pred is not None and pred.record_hash == entry.prev_hash
    covering = min(
        (c for c in good if c.kind in ("checkpoint", "close") and c.seq >= entry.seq),
        key=lambda c: c.seq,
        default=None,
    )
    return {
        "content_ok": content,
        "columns_ok": columns,
        "link_ok": link,
        "ok": content and columns and link,
        "checkpoint": covering.to_json() if covering else None,
        "signatures_checked": bool(keyring),
    }


# ----------------------------------------------------------------------------------------------------
# retention


@dataclass
class PruneResult:
    chain_id: str
    cut_seq: int
    deleted: int


async def prune(
    sink: AuditSink, signer: Signer, before: datetime, keyring: Keyring | None = None
) -> list[PruneResult]:
    """Delete, per chain, the longest prefix of entries that started before ``before``; a signed ``anchor``
    checkpoint at the cut lets verification start there. A chain that does not verify is left alone
    (pruning must not launder tampering)."""
    keyring = keyring or Keyring([signer.public_key])
    cutoff = norm_ts(before)
    results: list[PruneResult] = []
    for cid in await sink.chain_ids():
        rep = VerifyReport()
        await verify_chain(sink, cid, keyring, rep)
        if rep.problems:
            raise RuntimeError(
                f"refusing to prune a chain that fails verification: {rep.problems[0].describe()}"
            )
        cut = await sink.prune_cut(cid, cutoff)
        if cut is None:
            continue
        row = await sink.get_entry(cid, cut)
        assert row is not None
        anchor = Checkpoint.make(signer, cid, cut, row.record_hash, "anchor")
        deleted = await sink.apply_prune(anchor)
        results.append(PruneResult(cid, cut, deleted))
    return results
