"""Append-only on-disk spool for audit batches the database could not take.

Layout: ``<spool_dir>/<writer_id>/<000001>.jsonl`` plus a ``LOCK`` file the owning writer holds with
``flock`` for its whole life. The kernel drops that lock when the process dies (SIGKILL included), so
another writer on the same host (or the same gateway restarted) can *adopt* a dead writer's directory
and replay it. Live writers never touch each other's spools.

Format: one line per batch, ``{"e": [entries...], "c": [checkpoints...]}`` + ``\\n``. A batch is the
unit of acknowledgement.

fsync policy (what "acknowledged" means)
----------------------------------------
:meth:`Spool.append` writes the whole batch with one ``write`` and then ``fsync``s the file (and the
directory when it created a new segment) *before* returning; the writer acknowledges a record only after
that (or after the database committed it). One fsync covers every record in the batch (group commit).
So an acknowledged record survives SIGKILL and power loss. A batch torn by a crash mid-write was never
acknowledged: replay ignores an incomplete last line. If a write fails (disk full), the segment is
truncated back to its last complete batch so the file never holds a torn line in the middle.
"""

from __future__ import annotations

import fcntl
import json
import logging
import os
import shutil
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

from audit.entries import ChainEntry, Checkpoint

log = logging.getLogger("audit.spool")

SEGMENT_BYTES = 64 * 1024 * 1024


class SpoolFull(OSError):
    """The spool reached its configured size limit."""


@dataclass
class SpoolBatch:
    entries: list[ChainEntry]
    checkpoints: list[Checkpoint]


def _fsync_dir(path: Path) -> None:
    fd = os.open(path, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def encode_batch(entries: list[ChainEntry], checkpoints: list[Checkpoint]) -> bytes:
    return (
        json.dumps(
            {"e": [e.to_json() for e in entries], "c": [c.to_json() for c in checkpoints]},
            ensure_ascii=False,
            separators=(",", ":"),
        )
        + "\n"
    ).encode("utf-8")


def read_segment(path: Path) -> Iterator[SpoolBatch]:
    """Batches of one segment, in order. A torn last line (crash mid-append: never acknowledged) is
    skipped; a bad line anywhere else raises ``ValueError`` naming the line."""
    with open(path, "rb") as f:
        lines = f.read().split(b"\n")
    # after the final "\n" split() leaves b"" (complete file) or a torn fragment (never acknowledged)
    tail = lines.pop()
    if tail:
        log.warning(
            "spool %s: ignoring an incomplete last batch (%d bytes, never acknowledged)", path, len(tail)
        )
    for n, line in enumerate(lines, 1):
        try:
            d = json.loads(line)
            batch = SpoolBatch(
                [ChainEntry.from_json(e) for e in d["e"]], [Checkpoint.from_json(c) for c in d["c"]]
            )
        except (ValueError, KeyError, TypeError) as exc:
            raise ValueError(f"spool {path}: line {n} is corrupt: {exc}") from exc
        for e in batch.entries:
            if not e.content_ok():
                raise ValueError(
                    f"spool {path}: line {n}: entry {e.chain_id}/{e.seq} does not match its hash"
                )
        yield batch


class Spool:
    def __init__(
        self,
        root: str | os.PathLike[str],
        writer_id: str,
        *,
        max_bytes: int = 1 << 30,
        segment_bytes: int = SEGMENT_BYTES,
    ):
        self.root = Path(root)
        self.writer_id = writer_id
        self.dir = self.root / writer_id
        self.max_bytes = max_bytes
        self.segment_bytes = segment_bytes
        self._lock_fd: int | None = None
        self._fd: int | None = None
        self._cur: Path | None = None
        self._cur_size = 0
        self._next_no = 1
        self._adopted: dict[Path, int] = {}  # dead writers' dirs we hold the lock of
        self.bytes_used = 0

    # -- lifecycle ---------------------------------------------------------------------------------------
    def open(self) -> None:
        self.dir.mkdir(parents=True, exist_ok=True)
        fd = os.open(self.dir / "LOCK", os.O_RDWR | os.O_CREAT, 0o600)
        try:
            fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except BlockingIOError:
            os.close(fd)
            raise RuntimeError(f"audit spool {self.dir} is in use by another live writer") from None
        self._lock_fd = fd
        existing = self._segments_in(self.dir)
        if existing:
            self._next_no = int(existing[-1].stem) + 1
        self.bytes_used = sum(p.stat().st_size for p in existing)
        self.adopt_orphans()

    def close(self) -> None:
        self.rotate()
        for fd in self._adopted.values():
            os.close(fd)
        self._adopted.clear()
        if self._lock_fd is not None:
            # an empty spool directory of ours is removed; one with data stays for the next writer
            if not self._segments_in(self.dir):
                try:
                    (self.dir / "LOCK").unlink()
                    self.dir.rmdir()
                except OSError:
                    pass
            os.close(self._lock_fd)
            self._lock_fd = None

    def adopt_orphans(self) -> list[Path]:
        """Take over spool directories whose writer is dead (its flock is free)."""
        found: list[Path] = []
        if not self.root.exists():
            return found
        for d in sorted(self.root.iterdir()):
            if d == self.dir or d in self._adopted or not d.is_dir() or d.name.startswith("."):
                continue
            try:
                fd = os.open(d / "LOCK", os.O_RDWR | os.O_CREAT, 0o600)
            except OSError:
                continue
            try:
                fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
            except BlockingIOError:
                os.close(fd)
                continue
            segs = self._segments_in(d)
            if not segs:
                self._remove_dir(d, fd)
                continue
            self._adopted[d] = fd
            self.bytes_used += sum(p.stat().st_size for p in segs)
            found.append(d)
            log.warning("audit spool: adopted %d segment(s) of dead writer %s", len(segs), d.name)
        return found

    @staticmethod
    def _segments_in(d: Path) -> list[Path]:
        return sorted(p for p in d.glob("*.jsonl") if p.stem.isdigit())

    def _remove_dir(self, d: Path, fd: int) -> None:
        try:
            if not any(p.name.startswith("corrupt-") for p in d.iterdir()):
                shutil.rmtree(d, ignore_errors=True)
        finally:
            os.close(fd)

    # -- writing ------------------------------------------------------------------------------------------
    def append(self, entries: list[ChainEntry], checkpoints: list[Checkpoint]) -> None:
        """Durably append one batch (write + fsync). Raises OSError/SpoolFull when it cannot."""
        data = encode_batch(entries, checkpoints)
        if self.bytes_used + len(data) > self.max_bytes:
            raise SpoolFull(f"audit spool {self.root} is full ({self.bytes_used} of {self.max_bytes} bytes)")
        if self._fd is None or self._cur_size >= self.segment_bytes:
            self.rotate()
            self._cur = self.dir / f"{self._next_no:06d}.jsonl"
            self._next_no += 1
            self._fd = os.open(self._cur, os.O_WRONLY | os.O_CREAT | os.O_APPEND, 0o600)
            self._cur_size = os.fstat(self._fd).st_size
            _fsync_dir(self.dir)
        start = self._cur_size
        try:
            view = memoryview(data)
            while view:
                n = os.write(self._fd, view)
                view = view[n:]
            os.fsync(self._fd)
        except OSError:
            try:
                os.ftruncate(self._fd, start)
            except OSError:
                pass
            self.rotate()
            raise
        self._cur_size += len(data)
        self.bytes_used += len(data)

    def rotate(self) -> None:
        """Close the current segment; the next append starts a new one."""
        if self._fd is not None:
            os.close(self._fd)
            self._fd = None
            if self._cur is not None and self._cur_size == 0:
                self._cur.unlink(missing_ok=True)
            self._cur = None
            self._cur_size = 0

    # -- replay -------------------------------------------------------------------------------------------
    def pending(self) -> bool:
        return bool(self._adopted) or self._cur is not None or bool(self._segments_in(self.dir))

    def segments(self) -> list[Path]:
        """Closed segments to replay, oldest first: adopted (dead writers') before our own."""
        out: list[Path] = []
        for d in sorted(self._adopted):
            out.extend(self._segments_in(d))
        out.extend(p for p in self._segments_in(self.dir) if p != self._cur)
        return out

    def done(self, seg: Path) -> None:
        """A segment was fully replayed into the database: delete it."""
        size = seg.stat().st_size if seg.exists() else 0
        seg.unlink(missing_ok=True)
        _fsync_dir(seg.parent)
        self.bytes_used = max(0, self.bytes_used - size)
        d = seg.parent
        if d in self._adopted and not self._segments_in(d):
            self._remove_dir(d, self._adopted.pop(d))

    def quarantine(self, seg: Path, why: str) -> Path:
        """Move a corrupt segment aside (never silently dropped)."""
        dest = seg.with_name(f"corrupt-{seg.name}")
        os.replace(seg, dest)
        log.error("audit spool: quarantined %s -> %s: %s", seg, dest, why)
        return dest
