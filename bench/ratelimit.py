"""What rate limits and tracing cost on the request path (issue 8).

Runs ``bench/overhead.py``'s gateway leg once per variant, one after the other, each on the same
base config (``bench/gateway-bench.yaml``) plus one section:

  plain           nothing added (the reference)
  limits-memory   rate_limits with rpm and tpm per key and tenant, counters in the gateway's process
  limits-redis    the same limits, counters in Redis (one Lua call before, one after each request)
  trace-unsampled tracing configured (OTLP) with OTEL_TRACES_SAMPLER=always_off: spans are created
                  but not recorded: the instrumentation's own cost
  trace-sampled   every request traced and exported over OTLP/HTTP to a local sink that answers 200

The limits are set far above the load, so nothing is refused: the figures are the cost of counting.
Prints one JSON document (``--out`` also writes it); progress goes to stderr.

    .venv/bin/python bench/ratelimit.py --duration 10
    .venv/bin/python bench/ratelimit.py --variants plain,limits-redis --redis redis://127.0.0.1:6379/0
"""

from __future__ import annotations

import argparse
import asyncio
import json
import os
import subprocess
import sys
import tempfile
import threading
import uuid
from pathlib import Path
from typing import Any

REPO = Path(__file__).resolve().parent.parent
BASE = REPO / "bench" / "gateway-bench.yaml"
VARIANTS = ("plain", "limits-memory", "limits-redis", "trace-unsampled", "trace-sampled")

LIMITS = """
rate_limits:
  redis_url: "{redis}"
  key_prefix: "sg:bench:{run}:"
  keys: {{default: {{rpm: 100000000, tpm: 1000000000000}}}}
  tenants: {{default: {{rpm: 100000000, tpm: 1000000000000}}}}
"""


class OtlpSink:
    """Accepts OTLP/HTTP posts and answers 200 with an empty body; counts the exports."""

    def __init__(self) -> None:
        self.port = 0
        self.posts = 0
        self._loop: asyncio.AbstractEventLoop | None = None

    async def _handle(self, reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
        try:
            while True:
                head = await reader.readuntil(b"\r\n\r\n")
                length = 0
                for line in head.split(b"\r\n"):
                    if line.lower().startswith(b"content-length:"):
                        length = int(line.split(b":", 1)[1])
                if length:
                    await reader.readexactly(length)
                self.posts += 1
                writer.write(
                    b"HTTP/1.1 200 OK\r\ncontent-type: application/x-protobuf\r\ncontent-length: 0\r\n\r\n"
                )
                await writer.drain()
        except (asyncio.IncompleteReadError, ConnectionError):
            writer.close()

    def start(self) -> OtlpSink:
        ready = threading.Event()

        def run() -> None:
            self._loop = asyncio.new_event_loop()
            server = self._loop.run_until_complete(asyncio.start_server(self._handle, "127.0.0.1", 0))
            self.port = server.sockets[0].getsockname()[1]
            ready.set()
            self._loop.run_forever()

        threading.Thread(target=run, daemon=True, name="otlp-sink").start()
        ready.wait(10)
        return self


def log(msg: str) -> None:
    print(f"[ratelimit-bench] {msg}", file=sys.stderr, flush=True)


def run_variant(name: str, args: argparse.Namespace, tmp: Path, sink: OtlpSink) -> dict[str, Any]:
    text = BASE.read_text()
    env = {k: v for k, v in os.environ.items() if not k.startswith("OTEL_")}
    if name == "limits-memory":
        text += LIMITS.format(redis="", run=uuid.uuid4().hex[:8])
    elif name == "limits-redis":
        text += LIMITS.format(redis=args.redis, run=uuid.uuid4().hex[:8])
    elif name == "trace-unsampled":
        env.update(
            OTEL_TRACES_EXPORTER="otlp",
            OTEL_EXPORTER_OTLP_ENDPOINT=f"http://127.0.0.1:{sink.port}",
            OTEL_TRACES_SAMPLER="always_off",
        )
    elif name == "trace-sampled":
        env.update(OTEL_TRACES_EXPORTER="otlp", OTEL_EXPORTER_OTLP_ENDPOINT=f"http://127.0.0.1:{sink.port}")
    config = tmp / f"{name}.yaml"
    config.write_text(text)
    out = tmp / f"{name}.json"
    cmd = [
        sys.executable,
        str(REPO / "bench" / "overhead.py"),
        "--legs",
        "gateway",
        "--gateway-config",
        str(config),
        "--duration",
        str(args.duration),
        "--warmup",
        str(args.warmup),
        "--concurrency",
        str(args.concurrency),
        "--out",
        str(out),
    ]
    log(f"{name}: {' '.join(cmd[1:])}")
    before = sink.posts
    subprocess.run(cmd, env=env, check=True, stdout=subprocess.DEVNULL)
    leg = json.loads(out.read_text())["legs"]["gateway"]
    result = {
        "rps": leg["rps"],
        "errors": leg["errors"],
        "latency_ms": leg["latency_ms"],
        "x_gateway_overhead_ms": leg["x_gateway_overhead_ms"],
        "server_cores": leg["cpu"]["server_cores"],
    }
    if name.startswith("trace"):
        result["otlp_exports"] = sink.posts - before
    return result


def main(argv: list[str] | None = None) -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n", 1)[0])
    ap.add_argument("--variants", default=",".join(VARIANTS))
    ap.add_argument("--duration", type=float, default=10)
    ap.add_argument("--warmup", type=float, default=3)
    ap.add_argument("--concurrency", type=int, default=64)
    ap.add_argument("--redis", default=os.environ.get("REDIS_URL", "redis://127.0.0.1:6379/0"))
    ap.add_argument("--out")
    args = ap.parse_args(argv)
    variants = [v.strip() for v in args.variants.split(",") if v.strip()]
    for v in variants:
        if v not in VARIANTS:
            raise SystemExit(f"--variants: unknown {v!r} (choose from {', '.join(VARIANTS)})")
    sink = OtlpSink().start()
    tmp = Path(tempfile.mkdtemp(prefix="sg-ratelimit-bench-"))
    results = {v: run_variant(v, args, tmp, sink) for v in variants}
    plain = results.get("plain", {}).get("rps")
    if plain:
        for r in results.values():
            r["rps_vs_plain"] = round(r["rps"] / plain, 3)
    doc = {
        "benchmark": "safety-gateway rate limits and tracing cost (issue 8)",
        "settings": {
            "duration_s": args.duration,
            "warmup_s": args.warmup,
            "concurrency": args.concurrency,
            "mix": "chat=1,chat_stream=1 (bench/overhead.py default)",
            "base_config": str(BASE.name),
        },
        "variants": results,
    }
    text = json.dumps(doc, indent=2)
    print(text)
    if args.out:
        Path(args.out).write_text(text + "\n")


if __name__ == "__main__":
    main()
