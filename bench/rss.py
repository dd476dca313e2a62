"""Idle memory of safety-gateway (issue 2, "Measured"), with and without the bundled model.

Starts ``safety-gateway serve`` twice, one after the other:

  bundled   the bundled default config (no ``--config``): loads SmolLM2-135M in-process
  external  ``bench/gateway-bench.yaml``: one external model on the fake upstream, no local model

For each, waits until ``GET /readyz`` answers 200, lets the process settle, and reports its resident
memory (RSS, the process and all its children; USS/PSS too where the kernel gives them) as JSON on
stdout (``--out FILE`` also writes it). Progress on stderr.

    .venv/bin/python bench/rss.py
    .venv/bin/python bench/rss.py --only external --out bench/results/rss.json
"""

from __future__ import annotations

import argparse
import contextlib
import datetime as dt
import json
import shutil
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

import psutil

sys.path.insert(0, str(Path(__file__).resolve().parent))
from overhead import BENCH, REPO, Server, child_env, free_port, git_info, log, machine_info, render_config


def tree_memory(pid: int) -> dict[str, Any]:
    root = psutil.Process(pid)
    procs = [root, *root.children(recursive=True)]
    rss = uss = pss = 0
    full = True
    for p in procs:
        with contextlib.suppress(psutil.Error):
            try:
                m = p.memory_full_info()
                uss += m.uss
                pss += getattr(m, "pss", 0)
            except psutil.AccessDenied:
                full = False
                m = p.memory_info()
            rss += m.rss
    out: dict[str, Any] = {"rss_mib": round(rss / 2**20, 1), "processes": len(procs)}
    if full:
        out["uss_mib"] = round(uss / 2**20, 1)
        out["pss_mib"] = round(pss / 2**20, 1)
    with contextlib.suppress(psutil.Error):
        out["threads"] = sum(p.num_threads() for p in procs)
    return out


def measure(
    name: str, argv: list[str], port: int, tmp: Path, settle: float, timeout: float, samples: int
) -> dict[str, Any]:
    # cwd: the temp dir, so whatever the gateway writes relative to it (the embedded default's ./var
    # audit database) stays out of the working tree
    server = Server(f"gateway-{name}", argv, child_env(), tmp, cwd=tmp)
    try:
        ready_s = server.wait_http(f"http://127.0.0.1:{port}/readyz", timeout)
        log(f"{name}: ready after {ready_s:.1f} s; settling {settle:.0f} s")
        time.sleep(settle)
        readings = []
        for _ in range(samples):
            readings.append(tree_memory(server.pid))
            time.sleep(1)
        # the median reading by RSS (they barely move when idle)
        readings.sort(key=lambda r: r["rss_mib"])
        res = dict(readings[len(readings) // 2])
        res["rss_mib_min_max"] = [readings[0]["rss_mib"], readings[-1]["rss_mib"]]
        res["ready_after_s"] = round(ready_s, 1)
        log(f"{name}: idle RSS {res['rss_mib']} MiB")
        return res
    finally:
        server.stop()


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--only", choices=["bundled", "external"], help="measure one configuration only")
    ap.add_argument("--gateway-bin", default=str(REPO / ".venv" / "bin" / "safety-gateway"))
    ap.add_argument("--settle", type=float, default=5.0, help="seconds to wait after ready (5)")
    ap.add_argument("--samples", type=int, default=3, help="readings, 1 s apart (3)")
    ap.add_argument("--timeout", type=float, default=300.0, help="seconds to wait for /readyz (300)")
    ap.add_argument("--keep-logs", action="store_true")
    ap.add_argument("--out", help="also write the JSON here")
    args = ap.parse_args(argv)

    gw = Path(args.gateway_bin)
    if not gw.exists():
        raise SystemExit(f"{gw} not found: install the project (.venv) or pass --gateway-bin")
    tmp = Path(tempfile.mkdtemp(prefix="sg-rss-"))
    result: dict[str, Any] = {
        "benchmark": "safety-gateway idle RSS (issue 2)",
        "date_utc": dt.datetime.now(dt.UTC).strftime("%Y-%m-%dT%H:%M:%SZ"),
        "machine": machine_info(),
        "git": git_info(),
        "configs": {},
    }
    servers: list[Server] = []
    try:
        if args.only in (None, "bundled"):
            port = free_port()
            result["configs"]["bundled_default_with_smollm2"] = measure(
                "bundled",
                [str(gw), "serve", "--host", "127.0.0.1", "--port", str(port)],
                port,
                tmp,
                args.settle,
                args.timeout,
                args.samples,
            )
        if args.only in (None, "external"):
            up_port = free_port()
            upstream = Server(
                "upstream",
                [sys.executable, "-m", "tests.fake_upstream", "--port", str(up_port), "--no-record"],
                child_env(),
                tmp,
            )
            servers.append(upstream)
            upstream.wait_http(f"http://127.0.0.1:{up_port}/v1/models", 30)
            cfg = render_config(BENCH / "gateway-bench.yaml", up_port, tmp / "gateway.yaml")
            port = free_port()
            result["configs"]["external_only_no_local_model"] = measure(
                "external",
                [str(gw), "serve", "--config", str(cfg), "--host", "127.0.0.1", "--port", str(port)],
                port,
                tmp,
                args.settle,
                args.timeout,
                args.samples,
            )
    finally:
        for s in servers:
            s.stop()
        if args.keep_logs:
            log(f"logs kept in {tmp}")
        else:
            shutil.rmtree(tmp, ignore_errors=True)

    c = result["configs"]
    if "bundled_default_with_smollm2" in c and "external_only_no_local_model" in c:
        result["bundled_model_costs_mib"] = round(
            c["bundled_default_with_smollm2"]["rss_mib"] - c["external_only_no_local_model"]["rss_mib"], 1
        )
    text = json.dumps(result, indent=2)
    print(text)
    if args.out:
        Path(args.out).parent.mkdir(parents=True, exist_ok=True)
        Path(args.out).write_text(text + "\n")
        log(f"wrote {args.out}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
