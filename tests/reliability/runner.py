"""Drive a gateway (or several, alternating) with ``concurrency`` clients until ``total`` requests are
answered, while a scenario's *director* coroutine injects faults and names the current phase.

Every answer is judged (:func:`tests.reliability.workload.outcome`) and kept as a :class:`Sample`
tagged with the phase it was sent in, so the result says, per fault, what the clients saw.
"""

from __future__ import annotations

import asyncio
import collections
import contextlib
import statistics
import time
from collections.abc import Awaitable, Callable
from dataclasses import dataclass, field
from typing import Any

import psutil

from tests.reliability import workload
from tests.reliability.client import Conn, abort_after_head

REQUEST_TIMEOUT_S = 120.0


@dataclass(slots=True)
class Sample:
    index: int
    kind: str
    request_id: str
    target: int
    phase: str
    start: float
    end: float
    ttfb: float
    status: int
    outcome: str
    problem: str | None
    prompt_key: str
    overhead_ms: float | None = None
    retry_after: str | None = None
    phase_end: str = ""  # the phase when the answer arrived (a request can straddle a fault)


@dataclass
class Load:
    targets: list[tuple[str, int]]
    key: str
    total: int
    concurrency: int
    mix: dict[str, float]
    run_id: str
    seed: int = 1
    build: Callable[[int, str], workload.Req] | None = None  # default: workload.build
    phase: str = "steady"
    issued: int = 0
    done: int = 0
    samples: list[Sample] = field(default_factory=list)
    pii_sent: list[str] = field(default_factory=list)
    director_done: bool = True
    t0: float = 0.0
    t1: float = 0.0

    def progress(self) -> float:
        return self.done / self.total if self.total else 1.0

    async def wait_progress(self, fraction: float) -> None:
        while self.progress() < fraction:
            await asyncio.sleep(0.05)

    def _next(self) -> int | None:
        if self.issued >= self.total and self.director_done:
            return None
        i = self.issued
        self.issued += 1
        return i

    def _sample(
        self,
        req: workload.Req,
        target: int,
        phase: str,
        start: float,
        status: int,
        outcome: str,
        problem: str | None = None,
        ttfb: float = 0.0,
        headers: dict[str, str] | None = None,
    ) -> None:
        h = headers or {}
        oh = h.get("x-gateway-overhead-ms")
        self.samples.append(
            Sample(
                req.index,
                req.kind,
                req.request_id,
                target,
                phase,
                start,
                asyncio.get_running_loop().time(),
                ttfb,
                status,
                outcome,
                problem,
                req.prompt_key,
                float(oh) if oh else None,
                h.get("retry-after"),
                phase_end=self.phase,
            )
        )
        self.done += 1

    async def _worker(self, wid: int) -> None:
        import random

        rng = random.Random(self.seed * 7919 + wid)
        conns = [Conn(h, p) for h, p in self.targets]
        loop = asyncio.get_running_loop()
        try:
            while (i := self._next()) is not None:
                kind = workload.pick(random.Random(self.seed * 1_000_033 + i), self.mix)
                req = self.build(i, kind) if self.build else workload.build(i, kind, self.run_id, self.seed)
                self.pii_sent.extend(req.pii)
                t = i % len(self.targets)
                host, port = self.targets[t]
                raw = req.encode(f"{host}:{port}", self.key)
                phase = self.phase
                start = loop.time()
                if req.kind == "client_abort":
                    try:
                        status = await asyncio.wait_for(abort_after_head(host, port, raw), REQUEST_TIMEOUT_S)
                        self._sample(req, t, phase, start, status, "aborted")
                    except (OSError, asyncio.IncompleteReadError, TimeoutError) as exc:
                        self._sample(req, t, phase, start, 0, f"transport:{type(exc).__name__}")
                    continue
                try:
                    resp = await asyncio.wait_for(conns[t].request(raw, start), REQUEST_TIMEOUT_S)
                except (
                    OSError,
                    asyncio.IncompleteReadError,
                    asyncio.LimitOverrunError,
                    ValueError,
                    TimeoutError,
                ) as exc:
                    conns[t].close()
                    self._sample(req, t, phase, start, 0, f"transport:{type(exc).__name__}")
                    await asyncio.sleep(0.05 + rng.random() * 0.05)  # do not spin on a dead server
                    continue
                out, problem = workload.outcome(req, resp)
                self._sample(req, t, phase, start, resp.status, out, problem, resp.ttfb_s, resp.headers)
        finally:
            for c in conns:
                c.close()

    async def run(
        self,
        director: Callable[[Load], Awaitable[None]] | None = None,
        monitors: list[Callable[[Load], Awaitable[None]]] | None = None,
    ) -> None:
        self.t0 = asyncio.get_running_loop().time()
        tasks = [asyncio.create_task(self._worker(w)) for w in range(self.concurrency)]
        side: list[asyncio.Task[None]] = [asyncio.create_task(m(self)) for m in monitors or []]
        if director is not None:
            self.director_done = False

            async def direct() -> None:
                try:
                    await director(self)
                finally:
                    self.director_done = True
                    self.phase = "after"

            side.append(asyncio.create_task(direct()))
        await asyncio.gather(*tasks)
        self.t1 = asyncio.get_running_loop().time()
        for s in side:
            if not s.done():
                s.cancel()
        results = await asyncio.gather(*side, return_exceptions=True)
        for r in results:
            if isinstance(r, BaseException) and not isinstance(r, asyncio.CancelledError):
                raise r


def run_load(
    load: Load,
    director: Callable[[Load], Awaitable[None]] | None = None,
    monitors: list[Callable[[Load], Awaitable[None]]] | None = None,
) -> Load:
    try:
        import uvloop

        runner: Callable[..., Any] = uvloop.run
    except ImportError:
        runner = asyncio.run
    runner(load.run(director, monitors))
    return load


# -- summaries --------------------------------------------------------------------------------------


def pct(values: list[float], q: float) -> float:
    if not values:
        return float("nan")
    v = sorted(values)
    k = (len(v) - 1) * q
    lo = int(k)
    hi = min(lo + 1, len(v) - 1)
    return v[lo] + (v[hi] - v[lo]) * (k - lo)


def latency(values_s: list[float]) -> dict[str, float]:
    ms = [x * 1000 for x in values_s]
    if not ms:
        return {}
    return {
        "n": len(ms),
        "p50": round(pct(ms, 0.5), 1),
        "p90": round(pct(ms, 0.9), 1),
        "p99": round(pct(ms, 0.99), 1),
        "max": round(max(ms), 1),
        "mean": round(statistics.fmean(ms), 1),
    }


def summarize(load: Load) -> dict[str, Any]:
    s = load.samples
    window = load.t1 - load.t0
    by_kind: dict[str, Any] = {}
    for kind in sorted({x.kind for x in s}):
        ks = [x for x in s if x.kind == kind]
        entry: dict[str, Any] = {
            "requests": len(ks),
            "outcomes": dict(collections.Counter(x.outcome for x in ks).most_common()),
            "latency_ms": latency([x.end - x.start for x in ks if x.status]),
        }
        if workload.KINDS[kind].stream:
            entry["ttfb_ms"] = latency([x.ttfb for x in ks if x.status == 200])
        by_kind[kind] = entry
    phases: dict[str, Any] = {}
    for phase in dict.fromkeys(x.phase for x in s):
        ps = [x for x in s if x.phase == phase]
        phases[phase] = {
            "requests": len(ps),
            "outcomes": dict(collections.Counter(x.outcome for x in ps).most_common()),
            "by_kind": {
                k: dict(collections.Counter(x.outcome for x in ps if x.kind == k).most_common())
                for k in sorted({x.kind for x in ps})
            },
        }
    oh = [x.overhead_ms for x in s if x.overhead_ms is not None and x.status == 200]
    problems = [x for x in s if x.problem]
    return {
        "requests": len(s),
        "concurrency": load.concurrency,
        "window_s": round(window, 2),
        "throughput_rps": round(len(s) / window, 1) if window > 0 else None,
        "statuses": dict(collections.Counter(str(x.status) for x in s).most_common()),
        "outcomes": dict(collections.Counter(x.outcome for x in s).most_common()),
        "latency_ms_all": latency([x.end - x.start for x in s if x.status]),
        "latency_ms_200": latency([x.end - x.start for x in s if x.status == 200]),
        "x_gateway_overhead_ms": {"p50": round(pct(oh, 0.5), 2), "p99": round(pct(oh, 0.99), 2)}
        if oh
        else {},
        "by_kind": by_kind,
        "phases": phases,
        "problems": len(problems),
        "problem_examples": [
            {"request_id": x.request_id, "kind": x.kind, "status": x.status, "problem": x.problem}
            for x in problems[:10]
        ],
    }


# -- process monitors -------------------------------------------------------------------------------


class CpuMeter:
    """CPU seconds per named process (children included) over a window."""

    def __init__(self, pids: dict[str, int]) -> None:
        self.procs: dict[str, psutil.Process] = {}
        for name, pid in pids.items():
            with contextlib.suppress(psutil.Error):
                self.procs[name] = psutil.Process(pid)
        self.procs["client"] = psutil.Process()
        self.a: dict[str, float] = {}
        self.t = 0.0

    def _read(self) -> dict[str, float]:
        out = {}
        for name, p in self.procs.items():
            total = 0.0
            with contextlib.suppress(psutil.Error):
                t = p.cpu_times()
                total = t.user + t.system
                if name != "client":
                    for c in p.children(recursive=True):
                        with contextlib.suppress(psutil.Error):
                            ct = c.cpu_times()
                            total += ct.user + ct.system
            out[name] = total
        return out

    def start(self) -> None:
        self.t, self.a = time.monotonic(), self._read()

    def stop(self) -> dict[str, Any]:
        b = self._read()
        wall = time.monotonic() - self.t
        secs = {k: round(b[k] - self.a.get(k, 0.0), 2) for k in b}
        return {
            "wall_s": round(wall, 2),
            "cpu_s": secs,
            "cores": {k: round(v / wall, 3) for k, v in secs.items()},
        }


def rss_mib(pid: int) -> float:
    p = psutil.Process(pid)
    return (p.memory_info().rss + sum(c.memory_info().rss for c in p.children(recursive=True))) / 2**20


def rss_monitor(
    pid: int, out: list[tuple[float, float, float]], every_s: float = 2.0
) -> Callable[[Load], Awaitable[None]]:
    """Appends (seconds, progress, RSS MiB) every ``every_s`` while the load runs."""

    async def monitor(load: Load) -> None:
        loop = asyncio.get_running_loop()
        while True:
            with contextlib.suppress(psutil.Error):
                out.append(
                    (round(loop.time() - load.t0, 1), round(load.progress(), 4), round(rss_mib(pid), 1))
                )
            await asyncio.sleep(every_s)

    return monitor
