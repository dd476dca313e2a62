"""CPU latency at batch 1: p50/p99 for a 128-token prompt and a 1 KB prompt, plus RSS. Prints JSON.

flock /tmp/heavy.lock .venv/bin/python bench/classifier_latency.py [--iters 200] [--threads 2]
"""

from __future__ import annotations

import argparse
import json
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from bench.classifier_common import machine, pct, rss_mb, text_of_bytes, text_of_tokens


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--model", default=None)
    ap.add_argument("--iters", type=int, default=200)
    ap.add_argument("--warmup", type=int, default=10)
    ap.add_argument("--threads", type=int, default=None)
    ap.add_argument("--device", default="auto")
    args = ap.parse_args()

    rss0 = rss_mb()
    from classifiers.model import load_model

    t0 = time.perf_counter()
    model = load_model(args.model, device=args.device, threads=args.threads)
    load_s = time.perf_counter() - t0
    rss_loaded = rss_mb()

    prompts = {
        "128_tokens": text_of_tokens(model.tokenizer, model.window_tokens - 2),
        "1kb": text_of_bytes(1024),
    }
    out = {
        "bench": "classifier_latency",
        "model": model.name,
        "device": str(model.device),
        **machine(),
        "load_seconds": round(load_s, 2),
        "rss_mb_before_load": rss0,
        "rss_mb_loaded": rss_loaded,
        "cases": {},
    }
    for name, text in prompts.items():
        wins = model.windows(text)
        for _ in range(args.warmup):
            model.score_windows(model.windows(text))
        lat = []
        for _ in range(args.iters):
            t = time.perf_counter()
            model.score_windows(model.windows(text))  # tokenize + window + one forward pass
            lat.append(time.perf_counter() - t)
        out["cases"][name] = {
            "chars": len(text),
            "windows": len(wins),
            "tokens_per_window": [len(w.input_ids) for w in wins],
            "p50_ms": pct(lat, 50),
            "p99_ms": pct(lat, 99),
            "mean_ms": round(sum(lat) / len(lat) * 1000, 3),
            "iters": args.iters,
        }
    out["rss_mb_after"] = rss_mb()
    print(json.dumps(out, indent=2))


if __name__ == "__main__":
    main()
