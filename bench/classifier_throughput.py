"""Prompts/s with N concurrent asyncio callers: dynamic micro-batching vs one prompt per forward pass.

flock /tmp/heavy.lock .venv/bin/python bench/classifier_throughput.py [--callers 32] [--per-caller 20]
"""

from __future__ import annotations

import argparse
import asyncio
import json
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from bench.classifier_common import SHORT_PROMPTS, machine, pct, rss_mb


async def run(clf, callers: int, per_caller: int) -> dict:
    lat: list[float] = []

    async def caller(i: int) -> None:
        for k in range(per_caller):
            t = time.perf_counter()
            await clf.classify([SHORT_PROMPTS[(i + k) % len(SHORT_PROMPTS)]])
            lat.append(time.perf_counter() - t)

    t0 = time.perf_counter()
    await asyncio.gather(*(caller(i) for i in range(callers)))
    wall = time.perf_counter() - t0
    n = callers * per_caller
    st = clf.batcher.stats
    return {
        "prompts": n,
        "seconds": round(wall, 3),
        "prompts_per_s": round(n / wall, 1),
        "p50_ms": pct(lat, 50),
        "p99_ms": pct(lat, 99),
        "forward_passes": st.batches,
        "mean_batch": round(st.items / max(1, st.batches), 2),
    }


async def amain(args) -> dict:
    from classifiers.engine import Classifier
    from classifiers.model import load_model

    model = load_model(args.model, device=args.device, threads=args.threads)
    out = {
        "bench": "classifier_throughput",
        "model": model.name,
        "device": str(model.device),
        **machine(),
        "callers": args.callers,
        "per_caller": args.per_caller,
    }
    # warm up
    model.score_texts(SHORT_PROMPTS)
    for name, (mb, wait) in {"unbatched": (1, 0.0), "batched": (args.max_batch, args.max_wait_ms)}.items():
        clf = Classifier(model, max_batch=mb, max_wait_ms=wait)
        out[name] = {"max_batch": mb, "max_wait_ms": wait, **await run(clf, args.callers, args.per_caller)}
        await clf.aclose()
    out["speedup"] = round(out["batched"]["prompts_per_s"] / out["unbatched"]["prompts_per_s"], 2)
    out["rss_mb"] = rss_mb()
    return out


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--model", default=None)
    ap.add_argument("--callers", type=int, default=32)
    ap.add_argument("--per-caller", type=int, default=20)
    ap.add_argument("--max-batch", type=int, default=32)
    ap.add_argument("--max-wait-ms", type=float, default=2.0)
    ap.add_argument("--threads", type=int, default=None)
    ap.add_argument("--device", default="auto")
    args = ap.parse_args()
    print(json.dumps(asyncio.run(amain(args)), indent=2))


if __name__ == "__main__":
    main()
