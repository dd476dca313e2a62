"""Gateway overhead benchmark (issue 2, "Measured").

One run, three legs, one after the other, against the same fake upstream
(``tests/fake_upstream.py``), with the same concurrency and the same request mix:

  direct   the client talks to the fake upstream itself (the ceiling, and proof the client is not the
           bottleneck)
  gateway  through ``safety-gateway serve`` with one external model and no rules
           (``bench/gateway-bench.yaml``)
  litellm  through the LiteLLM proxy (``litellm[proxy]==1.106.2``) in its own venv
           ``bench/.venv-litellm`` (created by ``bench/setup_litellm_venv.sh``), no guardrails, no DB,
           local cost map, telemetry off (``bench/litellm-bench.yaml``)

The load generator is a small HTTP/1.1 keep-alive client on raw asyncio streams (uvloop when present):
the client, the upstream and the proxy share the machine's cores, so the client must cost as little
as possible. Each leg has a warm-up, then a measured window of fixed duration (or request count).
A request counts in the window when it completes inside it; its latency is the time from writing the
request to reading the last byte of the response (for streams: the terminating chunk).

Prints one JSON document on stdout (``--out FILE`` also writes it); progress goes to stderr.

    .venv/bin/python bench/overhead.py                      # all three legs, 64 connections, 15 s each
    .venv/bin/python bench/overhead.py --mix chat=1,chat_stream=1 --concurrency 64 --duration 20
    .venv/bin/python bench/overhead.py --legs direct,litellm --requests 5000
"""

from __future__ import annotations

import argparse
import asyncio
import contextlib
import datetime as dt
import json
import os
import platform
import random
import shutil
import signal
import socket
import statistics
import subprocess
import sys
import tempfile
import time
import urllib.error
import urllib.request
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import psutil

REPO = Path(__file__).resolve().parent.parent
BENCH = REPO / "bench"
BENCH_KEY = "sk-bench-overhead-0001"  # its sha256 is in bench/gateway-bench.yaml
LITELLM_VERSION = "1.106.2"
LITELLM_VENV = BENCH / ".venv-litellm"
MODEL_ALIAS = "fake"

PROMPTS = [
    "Say hello in one short sentence.",
    "What is the capital of France?",
    "Give me one word that rhymes with cat.",
    "Summarise: the quick brown fox jumps over the lazy dog.",
]

KINDS = ("chat", "chat_stream", "completions", "embeddings")


def log(msg: str) -> None:
    print(f"[{Path(sys.argv[0]).stem} {time.strftime('%H:%M:%S')}] {msg}", file=sys.stderr, flush=True)


# --------------------------------------------------------------------------------------------
# Requests
# --------------------------------------------------------------------------------------------


def request_body(kind: str, model: str, prompt: str) -> tuple[str, dict[str, Any]]:
    if kind == "chat":
        return "/chat/completions", {
            "model": model,
            "messages": [{"role": "user", "content": prompt}],
            "max_tokens": 32,
        }
    if kind == "chat_stream":
        return "/chat/completions", {
            "model": model,
            "messages": [{"role": "user", "content": prompt}],
            "max_tokens": 32,
            "stream": True,
        }
    if kind == "completions":
        return "/completions", {"model": model, "prompt": prompt, "max_tokens": 32}
    if kind == "embeddings":
        return "/embeddings", {"model": model, "input": prompt}
    raise ValueError(kind)


def build_requests(kind: str, host: str, port: int, base_path: str, model: str, key: str) -> list[bytes]:
    """Pre-encoded HTTP/1.1 requests (one per prompt) so the client does no work per request."""
    out = []
    for prompt in PROMPTS:
        path, body = request_body(kind, model, prompt)
        raw = json.dumps(body, separators=(",", ":")).encode()
        head = (
            f"POST {base_path}{path} HTTP/1.1\r\n"
            f"Host: {host}:{port}\r\n"
            f"Authorization: Bearer {key}\r\n"
            "Content-Type: application/json\r\n"
            "Accept: */*\r\n"
            f"Content-Length: {len(raw)}\r\n\r\n"
        ).encode()
        out.append(head + raw)
    return out


def parse_mix(spec: str) -> dict[str, float]:
    mix: dict[str, float] = {}
    for part in filter(None, (p.strip() for p in spec.split(","))):
        name, _, weight = part.partition("=")
        if name not in KINDS:
            raise SystemExit(f"--mix: unknown kind {name!r} (choose from {', '.join(KINDS)})")
        mix[name] = float(weight or 1)
    if not mix or sum(mix.values()) <= 0:
        raise SystemExit("--mix: give at least one kind with a positive weight, e.g. chat=1,chat_stream=1")
    return mix


# --------------------------------------------------------------------------------------------
# The load generator: raw asyncio HTTP/1.1 keep-alive client
# --------------------------------------------------------------------------------------------


class HTTPError(Exception):
    pass


class Conn:
    """One keep-alive connection. ``request`` returns (status, ttfb_s, body, overhead header)."""

    def __init__(self, host: str, port: int) -> None:
        self.host, self.port = host, port
        self.reader: asyncio.StreamReader | None = None
        self.writer: asyncio.StreamWriter | None = None

    async def open(self) -> None:
        self.reader, self.writer = await asyncio.open_connection(self.host, self.port, limit=1 << 20)
        sock = self.writer.get_extra_info("socket")
        if sock is not None:
            with contextlib.suppress(OSError):
                sock.setsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY, 1)

    def close(self) -> None:
        if self.writer is not None:
            with contextlib.suppress(Exception):
                self.writer.close()
        self.reader = self.writer = None

    async def request(self, raw: bytes, t0: float) -> tuple[int, float, bytes, str | None]:
        if self.writer is None:
            await self.open()
        assert self.reader is not None and self.writer is not None
        reader = self.reader
        self.writer.write(raw)
        head = await reader.readuntil(b"\r\n\r\n")
        ttfb = time.perf_counter() - t0
        lines = head.split(b"\r\n")
        status = int(lines[0][9:12])
        length = -1
        chunked = False
        close = False
        overhead = None
        for line in lines[1:]:
            name, _, value = line.partition(b":")
            name = name.lower()
            if name == b"content-length":
                length = int(value)
            elif name == b"transfer-encoding":
                chunked = b"chunked" in value.lower()
            elif name == b"connection":
                close = b"close" in value.lower()
            elif name == b"x-gateway-overhead-ms":
                overhead = value.strip().decode()
        if chunked:
            parts = []
            while True:
                size_line = await reader.readuntil(b"\r\n")
                size = int(size_line.split(b";", 1)[0], 16)
                if size == 0:
                    # trailers (normally none) end with an empty line
                    while (await reader.readuntil(b"\r\n")) != b"\r\n":
                        pass
                    break
                parts.append((await reader.readexactly(size + 2))[:-2])
            body = b"".join(parts)
        elif length >= 0:
            body = await reader.readexactly(length) if length else b""
        else:
            body = await reader.read()
            close = True
        if close:
            self.close()
        return status, ttfb, body, overhead


@dataclass
class Sample:
    kind: str
    start: float
    end: float
    ttfb: float
    ok: bool
    error: str | None = None
    overhead_ms: float | None = None


@dataclass
class LoadState:
    stop: bool = False
    t0: float | None = None  # measured window start
    t1: float | None = None  # measured window end
    target: int | None = None  # request-count mode
    in_window: int = 0
    done: asyncio.Event = field(default_factory=asyncio.Event)
    samples: list[Sample] = field(default_factory=list)


def response_ok(kind: str, status: int, body: bytes) -> str | None:
    """None when the response is what a client expects, else a short error kind."""
    if status != 200:
        return f"http_{status}"
    if kind == "chat_stream":
        if not body.rstrip().endswith(b"data: [DONE]"):
            return "stream_incomplete"
    elif kind == "embeddings":
        if b'"embedding"' not in body:
            return "bad_body"
    elif b'"choices"' not in body:
        return "bad_body"
    return None


async def worker(
    wid: int,
    host: str,
    port: int,
    requests: dict[str, list[bytes]],
    mix: dict[str, float],
    state: LoadState,
    seed: int,
) -> None:
    rng = random.Random(seed * 1000 + wid)
    kinds = list(mix)
    cum = []
    total = 0.0
    for k in kinds:
        total += mix[k]
        cum.append(total)
    conn = Conn(host, port)
    perf = time.perf_counter
    try:
        while not state.stop:
            x = rng.random() * total
            kind = kinds[next(i for i, c in enumerate(cum) if x < c)] if len(kinds) > 1 else kinds[0]
            raw = rng.choice(requests[kind])
            start = perf()
            try:
                status, ttfb, body, overhead = await conn.request(raw, start)
                error = response_ok(kind, status, body)
            except (OSError, asyncio.IncompleteReadError, asyncio.LimitOverrunError, ValueError) as exc:
                conn.close()
                status, ttfb, overhead = 0, 0.0, None
                error = type(exc).__name__
            end = perf()
            if state.t0 is not None and end >= state.t0 and (state.t1 is None or end <= state.t1):
                oh = None
                if overhead:
                    with contextlib.suppress(ValueError):
                        oh = float(overhead)
                state.samples.append(Sample(kind, start, end, ttfb, error is None, error, oh))
                if state.target is not None:
                    state.in_window += 1
                    if state.in_window >= state.target and state.t1 is None:
                        state.t1 = end
                        state.done.set()
            if error is not None and status == 0:
                await asyncio.sleep(0.01)  # do not spin on a dead server
    finally:
        conn.close()


def pct(values: list[float], q: float) -> float:
    if not values:
        return float("nan")
    values = sorted(values)
    k = (len(values) - 1) * q
    lo = int(k)
    hi = min(lo + 1, len(values) - 1)
    return values[lo] + (values[hi] - values[lo]) * (k - lo)


def lat_summary(values_s: list[float]) -> dict[str, float]:
    ms = [v * 1000 for v in values_s]
    if not ms:
        return {}
    return {
        "p50": round(pct(ms, 0.50), 2),
        "p90": round(pct(ms, 0.90), 2),
        "p99": round(pct(ms, 0.99), 2),
        "mean": round(statistics.fmean(ms), 2),
        "max": round(max(ms), 2),
    }


class CpuMeter:
    """CPU seconds used by a set of processes (each with its children) and by this process."""

    def __init__(self, pids: dict[str, int]) -> None:
        self.procs = {}
        for name, pid in pids.items():
            with contextlib.suppress(psutil.Error):
                self.procs[name] = psutil.Process(pid)
        self.procs["client"] = psutil.Process()

    def _read(self) -> dict[str, float]:
        out = {}
        for name, proc in self.procs.items():
            total = 0.0
            with contextlib.suppress(psutil.Error):
                t = proc.cpu_times()
                total += t.user + t.system
                if name != "client":
                    for child in proc.children(recursive=True):
                        with contextlib.suppress(psutil.Error):
                            ct = child.cpu_times()
                            total += ct.user + ct.system
            out[name] = total
        return out

    def start(self) -> None:
        self.t = time.perf_counter()
        self.a = self._read()

    def stop(self) -> dict[str, float]:
        b = self._read()
        wall = time.perf_counter() - self.t
        return {f"{k}_cores": round((b[k] - self.a[k]) / wall, 3) for k in b}


async def run_load(
    host: str,
    port: int,
    requests: dict[str, list[bytes]],
    mix: dict[str, float],
    concurrency: int,
    warmup: float,
    duration: float | None,
    count: int | None,
    seed: int,
    cpu_pids: dict[str, int],
    grace: float,
) -> dict[str, Any]:
    state = LoadState()
    tasks = [
        asyncio.create_task(worker(i, host, port, requests, mix, state, seed)) for i in range(concurrency)
    ]
    meter = CpuMeter(cpu_pids)
    await asyncio.sleep(warmup)
    state.t0 = time.perf_counter()
    meter.start()
    if count is not None:
        state.target = count
        # bounded: a request-count leg gives up after 600 s
        with contextlib.suppress(asyncio.TimeoutError):
            await asyncio.wait_for(state.done.wait(), timeout=600)
        if state.t1 is None:
            state.t1 = time.perf_counter()
    else:
        assert duration is not None
        await asyncio.sleep(duration)
        state.t1 = time.perf_counter()
    cpu = meter.stop()
    state.stop = True
    _, pending = await asyncio.wait(tasks, timeout=grace)
    for t in pending:
        t.cancel()
    await asyncio.gather(*pending, return_exceptions=True)

    window = state.t1 - state.t0
    samples = [s for s in state.samples if s.end <= state.t1]
    ok = [s for s in samples if s.ok]
    errors: dict[str, int] = {}
    for s in samples:
        if not s.ok:
            errors[s.error or "?"] = errors.get(s.error or "?", 0) + 1
    by_kind = {}
    for kind in mix:
        ks = [s for s in ok if s.kind == kind]
        entry: dict[str, Any] = {
            "requests": len(ks),
            "latency_ms": lat_summary([s.end - s.start for s in ks]),
        }
        if kind == "chat_stream":
            entry["ttfb_ms"] = lat_summary([s.ttfb for s in ks])
        by_kind[kind] = entry
    result: dict[str, Any] = {
        "window_s": round(window, 3),
        "requests": len(ok),
        "errors": len(samples) - len(ok),
        "error_kinds": errors,
        "unfinished_at_end": len(pending),
        "rps": round(len(ok) / window, 1) if window > 0 else 0.0,
        "latency_ms": lat_summary([s.end - s.start for s in ok]),
        "by_kind": by_kind,
        "cpu": cpu,
    }
    oh = [s.overhead_ms for s in ok if s.overhead_ms is not None]
    if oh:
        result["x_gateway_overhead_ms"] = {"p50": round(pct(oh, 0.5), 3), "p99": round(pct(oh, 0.99), 3)}
    return result


# --------------------------------------------------------------------------------------------
# Processes
# --------------------------------------------------------------------------------------------


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def child_env(extra: dict[str, str] | None = None) -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if k.lower() not in ("http_proxy", "https_proxy", "all_proxy")}
    env["NO_PROXY"] = env["no_proxy"] = "127.0.0.1,localhost"
    env["LITELLM_LOCAL_MODEL_COST_MAP"] = "True"
    env["PYTHONUNBUFFERED"] = "1"
    env.update(extra or {})
    return env


class Server:
    def __init__(
        self, name: str, argv: list[str], env: dict[str, str], logdir: Path, cwd: Path = REPO
    ) -> None:
        self.name = name
        self.log_path = logdir / f"{name}.log"
        self._log = open(self.log_path, "wb")  # noqa: SIM115
        log(f"starting {name}: {' '.join(argv)}")
        self.proc = subprocess.Popen(
            argv, env=env, cwd=cwd, stdout=self._log, stderr=subprocess.STDOUT, start_new_session=True
        )
        self.started = time.perf_counter()

    @property
    def pid(self) -> int:
        return self.proc.pid

    def tail(self, n: int = 30) -> str:
        with contextlib.suppress(OSError):
            return "\n".join(self.log_path.read_text(errors="replace").splitlines()[-n:])
        return ""

    def wait_http(self, url: str, timeout: float) -> float:
        """Poll ``url`` until it answers 200; returns seconds since start."""
        deadline = time.perf_counter() + timeout
        while time.perf_counter() < deadline:
            if self.proc.poll() is not None:
                raise RuntimeError(f"{self.name} exited with {self.proc.returncode}:\n{self.tail()}")
            with (
                contextlib.suppress(OSError, urllib.error.URLError),
                urllib.request.urlopen(url, timeout=2) as resp,
            ):
                if resp.status == 200:
                    return time.perf_counter() - self.started
            time.sleep(0.25)
        raise RuntimeError(f"{self.name} not ready at {url} after {timeout:.0f} s:\n{self.tail()}")

    def stop(self) -> None:
        if self.proc.poll() is None:
            with contextlib.suppress(ProcessLookupError):
                os.killpg(self.proc.pid, signal.SIGTERM)
            try:
                self.proc.wait(10)
            except subprocess.TimeoutExpired:
                with contextlib.suppress(ProcessLookupError):
                    os.killpg(self.proc.pid, signal.SIGKILL)
                self.proc.wait(5)
        self._log.close()


def smoke(host: str, port: int, requests: dict[str, list[bytes]]) -> None:
    """One request of each kind before the warm-up: fail fast with the server's answer."""

    async def go() -> None:
        conn = Conn(host, port)
        try:
            for kind, reqs in requests.items():
                status, _, body, _ = await asyncio.wait_for(conn.request(reqs[0], time.perf_counter()), 30)
                err = response_ok(kind, status, body)
                if err:
                    raise RuntimeError(f"smoke request {kind} failed ({err}): {body[:500]!r}")
        finally:
            conn.close()

    asyncio.run(go())


def render_config(template: Path, upstream_port: int, dest: Path) -> Path:
    text = template.read_text().replace("${UPSTREAM_PORT}", str(upstream_port))
    dest.write_text(text)
    return dest


# --------------------------------------------------------------------------------------------
# Machine info
# --------------------------------------------------------------------------------------------


def cpu_model() -> str:
    with contextlib.suppress(OSError):
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                return line.split(":", 1)[1].strip()
    return platform.processor() or "unknown"


def pkg_version(python: Path, dist: str) -> str | None:
    if not python.exists():
        return None
    with contextlib.suppress(Exception):
        out = subprocess.run(
            [str(python), "-c", f"import importlib.metadata as m; print(m.version({dist!r}))"],
            capture_output=True,
            text=True,
            timeout=60,
            check=False,
        )
        return out.stdout.strip() or None
    return None


def git_info() -> dict[str, Any]:
    """The commit measured, and whether the gateway's files differed from it (a shared, busy tree)."""
    info: dict[str, Any] = {}
    with contextlib.suppress(Exception):
        info["commit"] = (
            subprocess.run(
                ["git", "rev-parse", "--short", "HEAD"],
                cwd=REPO,
                capture_output=True,
                text=True,
                timeout=10,
                check=False,
            ).stdout.strip()
            or None
        )
        dirty = subprocess.run(
            ["git", "status", "--porcelain", "--", "gateway", "pyproject.toml"],
            cwd=REPO,
            capture_output=True,
            text=True,
            timeout=10,
            check=False,
        ).stdout.splitlines()
        info["gateway_uncommitted_files"] = len(dirty)
    return info


def machine_info() -> dict[str, Any]:
    affinity = None
    with contextlib.suppress(AttributeError, OSError):
        affinity = len(os.sched_getaffinity(0))
    return {
        "cpu_model": cpu_model(),
        "logical_cores": os.cpu_count(),
        "physical_cores": psutil.cpu_count(logical=False),
        "usable_cores": affinity,
        "memory_gib": round(psutil.virtual_memory().total / 2**30, 1),
        "os": platform.platform(),
        "python": platform.python_version(),
        "python_executable": sys.executable,
        "loadavg_at_start": [round(x, 2) for x in os.getloadavg()],
    }


# --------------------------------------------------------------------------------------------
# Legs
# --------------------------------------------------------------------------------------------


def ensure_litellm_venv() -> Path:
    exe = LITELLM_VENV / "bin" / "litellm"
    if not exe.exists() or pkg_version(LITELLM_VENV / "bin" / "python", "litellm") != LITELLM_VERSION:
        log("creating bench/.venv-litellm (bench/setup_litellm_venv.sh) ...")
        subprocess.run(["bash", str(BENCH / "setup_litellm_venv.sh")], check=True)
    return exe


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(
        description=__doc__.split("\n\n")[0], formatter_class=argparse.RawDescriptionHelpFormatter
    )
    ap.add_argument(
        "--legs",
        default="direct,gateway,litellm",
        help="comma-separated legs to run, in order (default: direct,gateway,litellm); "
        "gateway-litellm is the gateway with router_settings.fast_path false",
    )
    ap.add_argument(
        "--mix",
        default="chat=1,chat_stream=1",
        help=f"request mix as kind=weight, kinds: {', '.join(KINDS)} (default chat=1,chat_stream=1)",
    )
    ap.add_argument(
        "--concurrency", type=int, default=64, help="connections, each one request at a time (64)"
    )
    ap.add_argument("--duration", type=float, default=15.0, help="measured seconds per leg (15)")
    ap.add_argument("--requests", type=int, default=None, help="measure this many requests per leg instead")
    ap.add_argument("--warmup", type=float, default=4.0, help="warm-up seconds per leg before measuring (4)")
    ap.add_argument("--grace", type=float, default=15.0, help="seconds to let in-flight requests end (15)")
    ap.add_argument("--seed", type=int, default=1)
    ap.add_argument("--gateway-bin", default=str(REPO / ".venv" / "bin" / "safety-gateway"))
    ap.add_argument(
        "--gateway-config",
        default=str(BENCH / "gateway-bench.yaml"),
        help="template; ${UPSTREAM_PORT} is replaced (default bench/gateway-bench.yaml)",
    )
    ap.add_argument(
        "--litellm-config",
        default=str(BENCH / "litellm-bench.yaml"),
        help="template; ${UPSTREAM_PORT} is replaced (default bench/litellm-bench.yaml)",
    )
    ap.add_argument(
        "--litellm-access-log",
        action="store_true",
        help="keep uvicorn's per-request access log in the LiteLLM proxy (off by default)",
    )
    ap.add_argument("--startup-timeout", type=float, default=180.0)
    ap.add_argument("--keep-logs", action="store_true", help="keep the servers' logs (path printed)")
    ap.add_argument("--out", help="also write the JSON here")
    args = ap.parse_args(argv)

    legs = [x.strip() for x in args.legs.split(",") if x.strip()]
    for leg in legs:
        if leg not in ("direct", "gateway", "gateway-litellm", "litellm"):
            raise SystemExit(f"--legs: unknown leg {leg!r}")
    mix = parse_mix(args.mix)
    measure = {"duration": None if args.requests else args.duration, "count": args.requests}

    try:
        import uvloop  # the client's own loop: lighter per request

        loop_impl = "uvloop"
    except ImportError:
        uvloop = None
        loop_impl = "asyncio"

    host = "127.0.0.1"
    tmp = Path(tempfile.mkdtemp(prefix="sg-overhead-"))
    result: dict[str, Any] = {
        "benchmark": "safety-gateway overhead (issue 2)",
        "date_utc": dt.datetime.now(dt.UTC).strftime("%Y-%m-%dT%H:%M:%SZ"),
        "command": " ".join([Path(sys.executable).name, *sys.argv]) if argv is None else " ".join(argv),
        "machine": machine_info(),
        "git": git_info(),
        "settings": {
            "concurrency": args.concurrency,
            "mix": mix,
            "warmup_s": args.warmup,
            "duration_s": measure["duration"],
            "requests_per_leg": measure["count"],
            "client": f"raw asyncio HTTP/1.1 keep-alive ({loop_impl})",
            "upstream": "tests/fake_upstream.py --no-record (uvloop)",
            "prompts": "4 short user prompts, max_tokens 32; the fake replies with 15 words",
        },
        "versions": {
            "litellm_in_gateway_venv": pkg_version(REPO / ".venv" / "bin" / "python", "litellm"),
            "litellm_proxy": None,
        },
        "legs": {},
    }

    upstream_port = free_port()
    servers: list[Server] = []
    upstream = Server(
        "upstream",
        [sys.executable, "-m", "tests.fake_upstream", "--port", str(upstream_port), "--no-record"],
        child_env(),
        tmp,
    )
    servers.append(upstream)

    def run_leg(name: str, port: int, base_path: str, model: str, key: str, server: Server | None) -> None:
        requests = {k: build_requests(k, host, port, base_path, model, key) for k in mix}
        smoke(host, port, requests)
        pids = {"upstream": upstream.pid}
        if server is not None:
            pids["server"] = server.pid
        what = f"{measure['count']} requests" if measure["count"] else f"{measure['duration']:.0f} s"
        log(f"leg {name}: warm-up {args.warmup:.0f} s, then {what} at concurrency {args.concurrency}")
        runner = asyncio.run if uvloop is None else uvloop.run
        res = runner(
            run_load(
                host,
                port,
                requests,
                mix,
                args.concurrency,
                args.warmup,
                measure["duration"],
                measure["count"],
                args.seed,
                pids,
                args.grace,
            )
        )
        if server is not None:
            res["startup_s"] = round(server.ready_s, 2)  # type: ignore[attr-defined]
            with contextlib.suppress(psutil.Error):
                p = psutil.Process(server.pid)
                res["rss_mib_after"] = round(
                    (p.memory_info().rss + sum(c.memory_info().rss for c in p.children(recursive=True)))
                    / 2**20,
                    1,
                )
        lat = res.get("latency_ms", {})
        log(
            f"leg {name}: {res['rps']} req/s, p50 {lat.get('p50')} ms, p99 {lat.get('p99')} ms, "
            f"errors {res['errors']}, cpu {res['cpu']}"
        )
        result["legs"][name] = res

    try:
        upstream.wait_http(f"http://{host}:{upstream_port}/v1/models", 30)
        for leg in legs:
            if leg == "direct":
                run_leg("direct", upstream_port, "/v1", "fake-model", "sk-fake", None)
            elif leg in ("gateway", "gateway-litellm"):
                gw_bin = Path(args.gateway_bin)
                if not gw_bin.exists():
                    raise SystemExit(f"{gw_bin} not found: install the project (.venv) or pass --gateway-bin")
                cfg = render_config(Path(args.gateway_config), upstream_port, tmp / f"{leg}.yaml")
                if leg == "gateway-litellm":
                    # the same gateway, with every upstream call through litellm (no fast path)
                    cfg.write_text(cfg.read_text() + "router_settings:\n  fast_path: false\n")
                port = free_port()
                gw = Server(
                    leg,
                    [str(gw_bin), "serve", "--config", str(cfg), "--host", host, "--port", str(port)],
                    child_env({"UPSTREAM_PORT": str(upstream_port)}),
                    tmp,
                    cwd=tmp,
                )
                servers.append(gw)
                gw.ready_s = gw.wait_http(f"http://{host}:{port}/readyz", args.startup_timeout)  # type: ignore[attr-defined]
                try:
                    run_leg(leg, port, "/v1", MODEL_ALIAS, BENCH_KEY, gw)
                finally:
                    gw.stop()
            elif leg == "litellm":
                exe = ensure_litellm_venv()
                result["versions"]["litellm_proxy"] = pkg_version(LITELLM_VENV / "bin" / "python", "litellm")
                cfg = render_config(Path(args.litellm_config), upstream_port, tmp / "litellm.yaml")
                port = free_port()
                argv_ll = [
                    str(exe),
                    "--config",
                    str(cfg),
                    "--host",
                    host,
                    "--port",
                    str(port),
                    "--num_workers",
                    "1",
                ]
                if not args.litellm_access_log:
                    logcfg = tmp / "litellm-logging.json"
                    logcfg.write_text(json.dumps(UVICORN_QUIET_ACCESS))
                    argv_ll += ["--log_config", str(logcfg)]
                ll = Server(
                    "litellm",
                    argv_ll,
                    child_env(
                        {
                            "LITELLM_TELEMETRY": "False",
                            "LITELLM_DONT_SHOW_FEEDBACK_BOX": "True",
                            "DISABLE_ADMIN_UI": "True",
                            "LITELLM_MODE": "PRODUCTION",
                        }
                    ),
                    tmp,
                )
                servers.append(ll)
                ll.ready_s = ll.wait_http(f"http://{host}:{port}/health/liveliness", args.startup_timeout)  # type: ignore[attr-defined]
                try:
                    run_leg("litellm", port, "/v1", MODEL_ALIAS, BENCH_KEY, ll)
                finally:
                    ll.stop()
    finally:
        for s in reversed(servers):
            s.stop()
        if args.keep_logs:
            log(f"server logs kept in {tmp}")
        else:
            shutil.rmtree(tmp, ignore_errors=True)

    add_comparisons(result)
    text = json.dumps(result, indent=2)
    print(text)
    if args.out:
        Path(args.out).parent.mkdir(parents=True, exist_ok=True)
        Path(args.out).write_text(text + "\n")
        log(f"wrote {args.out}")
    return 0


# uvicorn's default logging, less the per-request access lines (LiteLLM proxy leg).
UVICORN_QUIET_ACCESS = {
    "version": 1,
    "disable_existing_loggers": False,
    "formatters": {
        "default": {"()": "uvicorn.logging.DefaultFormatter", "fmt": "%(levelprefix)s %(message)s"}
    },
    "handlers": {
        "default": {"formatter": "default", "class": "logging.StreamHandler", "stream": "ext://sys.stderr"}
    },
    "loggers": {
        "uvicorn": {"handlers": ["default"], "level": "INFO", "propagate": False},
        "uvicorn.error": {"level": "INFO"},
        "uvicorn.access": {"handlers": ["default"], "level": "WARNING", "propagate": False},
    },
}


def add_comparisons(result: dict[str, Any]) -> None:
    legs = result["legs"]
    direct = legs.get("direct")
    if direct and direct.get("latency_ms"):
        for name, leg in legs.items():
            if name == "direct" or not leg.get("latency_ms"):
                continue
            leg["added_latency_ms"] = {
                q: round(leg["latency_ms"][q] - direct["latency_ms"][q], 2) for q in ("p50", "p90", "p99")
            }
    ll = legs.get("litellm")
    if not (ll and ll.get("rps")):
        return
    ratios: dict[str, Any] = {}
    for name, prefix in (("gateway", "gateway"), ("gateway-litellm", "gateway_litellm_path")):
        gw = legs.get(name)
        if not (gw and gw.get("rps")):
            continue
        ratios[f"{prefix}_rps_over_litellm_rps"] = round(gw["rps"] / ll["rps"], 2)
        if "added_latency_ms" in gw and "added_latency_ms" in ll:
            for q in ("p50", "p99"):
                if ll["added_latency_ms"][q] > 0:
                    ratios[f"{prefix}_{q}_added_over_litellm_{q}_added"] = round(
                        gw["added_latency_ms"][q] / ll["added_latency_ms"][q], 3
                    )
    if "gateway_rps_over_litellm_rps" in ratios:
        ratios["goal"] = "gateway rps >= 3x litellm rps and gateway p99 added <= 1/3 of litellm's"
        ratios["goal_met"] = bool(
            ratios["gateway_rps_over_litellm_rps"] >= 3
            and ratios.get("gateway_p99_added_over_litellm_p99_added", 99) <= 1 / 3
        )
    if ratios:
        result["ratios"] = ratios


if __name__ == "__main__":
    sys.exit(main())
