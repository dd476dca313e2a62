"""A dynamic micro-batcher shared by all concurrent asyncio callers.

Callers submit *windows* (a text may have several). The batcher collects up to ``max_batch`` windows or
waits at most ``max_wait_ms`` after the first one arrived, runs **one** forward pass in a dedicated
worker thread (so the event loop never blocks on inference), and hands each caller its rows. While a
batch runs, new work queues up and forms the next batch — under load batches fill without waiting.

Batches are filled round-robin across callers, one window each per turn: a huge text (a 400 KB prompt is
~1,000 windows) shares every batch with the others instead of holding them all behind it.
"""

from __future__ import annotations

import asyncio
import contextlib
import threading
import time
import weakref
from collections import deque
from collections.abc import Callable, Sequence
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass, field

import numpy as np

BatchObserver = Callable[[int, float], None]


class BatcherGroup:
    """The batchers one application runs, and who wants to hear about their forward passes.

    The gateway's metrics observe a group (``classifiers`` never import the gateway: they call back).
    Observers are held as references (a :class:`weakref.WeakMethod`, or ``lambda: fn`` for a plain
    function), so a discarded observer does not live on; batchers are held weakly too.

    A :class:`MicroBatcher` built without ``group=`` joins :data:`default_group`, the process-wide
    group: the in-process classifier is built by code that knows nothing of metrics, and
    ``tests/test_metrics.py`` pins that such a batcher still reports. An app that wants its own
    numbers (two apps in one process) passes its own group to the batchers it builds.
    """

    def __init__(self) -> None:
        self._observers: list[Callable[[], BatchObserver | None]] = []
        self._live: weakref.WeakSet[MicroBatcher] = weakref.WeakSet()

    def add_observer(self, ref: Callable[[], BatchObserver | None]) -> None:
        """``ref()`` returns a ``fn(batch_size, seconds)`` called after every forward pass, or None once
        gone."""
        self._observers.append(ref)

    def track(self, batcher: MicroBatcher) -> None:
        self._live.add(batcher)

    def queue_depth(self) -> int:
        """Windows waiting in every live batcher of the group."""
        return sum(b.queue_depth for b in list(self._live))

    @property
    def observed(self) -> bool:
        return bool(self._observers)

    def notify(self, size: int, seconds: float) -> None:
        for ref in list(self._observers):
            fn = ref()
            if fn is None:
                with contextlib.suppress(ValueError):
                    self._observers.remove(ref)
                continue
            with contextlib.suppress(Exception):  # an observer's bug must not fail a batch
                fn(size, seconds)


default_group = BatcherGroup()


def add_batch_observer(ref: Callable[[], BatchObserver | None]) -> None:
    """Observe every batcher of the process-wide :data:`default_group` (see
    :meth:`BatcherGroup.add_observer`)."""
    default_group.add_observer(ref)


def total_queue_depth() -> int:
    """Windows waiting in every live batcher of :data:`default_group`."""
    return default_group.queue_depth()


@dataclass(slots=True)
class _Request:
    items: Sequence[object]
    future: asyncio.Future[np.ndarray]
    out: list[np.ndarray | None] = field(default_factory=list)
    remaining: int = 0
    next: int = 0  # the next window to put in a batch


@dataclass(slots=True)
class BatcherStats:
    batches: int = 0
    items: int = 0
    requests: int = 0
    errors: int = 0
    busy_seconds: float = 0.0
    last_batch_size: int = 0
    batch_sizes: list[int] = field(default_factory=list)  # recent, bounded

    def record(self, size: int, seconds: float) -> None:
        self.batches += 1
        self.items += size
        self.busy_seconds += seconds
        self.last_batch_size = size
        self.batch_sizes.append(size)
        if len(self.batch_sizes) > 1024:
            del self.batch_sizes[:512]


class MicroBatcher:
    """``await batcher.submit(items)`` → ``np.ndarray`` with one row per item, in order."""

    def __init__(
        self,
        fn: Callable[[Sequence[object]], np.ndarray],
        *,
        max_batch: int = 32,
        max_wait_ms: float = 2.0,
        name: str = "classifier",
        on_batch: BatchObserver | None = None,
        group: BatcherGroup | None = None,
    ) -> None:
        if max_batch < 1:
            raise ValueError("max_batch must be >= 1")
        self._fn = fn
        self.max_batch = int(max_batch)
        self.max_wait = max(0.0, float(max_wait_ms)) / 1000.0
        self._pending: deque[_Request] = deque()  # callers with windows not yet in a batch, in turn order
        self._depth = 0  # windows not yet in a batch
        self._wakeup: asyncio.Event | None = None
        self._task: asyncio.Task[None] | None = None
        self._loop: asyncio.AbstractEventLoop | None = None
        self._executor = ThreadPoolExecutor(max_workers=1, thread_name_prefix=f"{name}-infer")
        self._lock = threading.Lock()
        self.stats = BatcherStats()
        self._on_batch = on_batch
        self._closed = False
        self._group = default_group if group is None else group
        self._group.track(self)

    # ---- public ----------------------------------------------------------------------------------
    async def submit(self, items: Sequence[object]) -> np.ndarray:
        if self._closed:
            raise RuntimeError("batcher is closed")
        loop = asyncio.get_running_loop()
        self._ensure_worker(loop)
        fut: asyncio.Future[np.ndarray] = loop.create_future()
        if not items:
            return np.zeros((0, 0), dtype=np.float32)
        req = _Request(items, fut, [None] * len(items), len(items))
        self._pending.append(req)
        self._depth += len(items)
        self.stats.requests += 1
        assert self._wakeup is not None
        self._wakeup.set()
        rows: np.ndarray = await fut
        return rows

    async def aclose(self) -> None:
        self._closed = True
        if self._task is not None:
            self._task.cancel()
            with contextlib.suppress(asyncio.CancelledError, Exception):
                await self._task
        self._executor.shutdown(wait=False, cancel_futures=True)

    def close(self) -> None:
        self._closed = True
        self._executor.shutdown(wait=False, cancel_futures=True)

    @property
    def queue_depth(self) -> int:
        return self._depth

    def expected_wait_s(self, extra: int = 0) -> float:
        """How long ``extra`` more windows would wait for their rows, from the measured cost per window
        (0.0 until a batch has run): callers shed load instead of queueing past their deadline."""
        if not self.stats.items:
            return 0.0
        per_window = self.stats.busy_seconds / self.stats.items
        return (self._depth + extra) * per_window

    # ---- internals -------------------------------------------------------------------------------
    def _ensure_worker(self, loop: asyncio.AbstractEventLoop) -> None:
        if self._task is not None and self._loop is loop and not self._task.done():
            return
        # a new event loop (tests, a restarted server): fail what the old one left behind
        for req in self._pending:
            if not req.future.done():
                try:
                    req.future.get_loop().call_soon_threadsafe(
                        req.future.set_exception, RuntimeError("event loop changed")
                    )
                except RuntimeError:
                    pass
        self._pending.clear()
        self._depth = 0
        self._loop = loop
        self._wakeup = asyncio.Event()
        self._task = loop.create_task(self._run(), name="micro-batcher")

    def _take_batch(self) -> list[tuple[_Request, int]]:
        """Up to ``max_batch`` windows, one per caller per turn (round-robin across batches too)."""
        batch: list[tuple[_Request, int]] = []
        while self._pending and len(batch) < self.max_batch:
            req = self._pending.popleft()
            if req.future.done():  # caller gave up (cancelled / timed out): drop what it had left
                self._depth -= len(req.items) - req.next
                continue
            batch.append((req, req.next))
            req.next += 1
            self._depth -= 1
            if req.next < len(req.items):
                self._pending.append(req)
        return batch

    async def _run(self) -> None:
        assert self._wakeup is not None
        loop = asyncio.get_running_loop()
        while True:
            if not self._depth:
                self._wakeup.clear()
                await self._wakeup.wait()
                continue
            # wait for more work, up to max_wait after the first item, unless the batch is full
            if self._depth < self.max_batch and self.max_wait > 0:
                deadline = loop.time() + self.max_wait
                while self._depth < self.max_batch:
                    remaining = deadline - loop.time()
                    if remaining <= 0:
                        break
                    self._wakeup.clear()
                    try:
                        await asyncio.wait_for(self._wakeup.wait(), remaining)
                    except TimeoutError:
                        break
            batch = self._take_batch()
            if not batch:
                continue
            items = [req.items[i] for req, i in batch]
            t0 = time.perf_counter()
            try:
                rows = await loop.run_in_executor(self._executor, self._fn, items)
            except Exception as exc:  # noqa: BLE001 - one bad batch fails its callers, not the batcher
                self.stats.errors += 1
                for req, _ in batch:
                    if not req.future.done():
                        req.future.set_exception(exc)
                continue
            dt = time.perf_counter() - t0
            self.stats.record(len(items), dt)
            if self._on_batch is not None:
                with contextlib.suppress(Exception):
                    self._on_batch(len(items), dt)
            if self._group.observed:
                self._group.notify(len(items), dt)
            for r, (req, i) in enumerate(batch):
                if req.future.done():
                    continue
                req.out[i] = rows[r]
                req.remaining -= 1
                if req.remaining == 0:
                    req.future.set_result(np.stack([row for row in req.out if row is not None]))
