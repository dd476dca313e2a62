"""Cost of refusing an oversized request: walking its text first, or deciding on its shape first.

    .venv/bin/python bench/shape_gate.py [--repeat 5] [--out bench/results/shape-gate.json]

Both legs use the shipped ``baseline.yaml`` size rule on the same bodies (100,000 empty text parts;
10,000 tool definitions; 100,000 completions prompts) in one run: ``walk_first`` is what the gateway did
before (walk every field into text items, then the size gate), ``shape_first`` what it does now
(``policies.runner.refuse_on_shape`` on ``gateway.request_shape``; no text walked). Prints JSON.
"""

from __future__ import annotations

import argparse
import asyncio
import json
import statistics
import time
from pathlib import Path
from typing import Any

from gateway.openai_text import request_items
from gateway.request_shape import request_shape
from policies.detectors import builtin_detectors
from policies.evaluator import evaluate
from policies.loader import load_policy_set
from policies.matcher import RequestMeta
from policies.runner import refuse_on_shape, run_plan

BASELINE = Path(__file__).resolve().parents[1] / "policies" / "library" / "baseline.yaml"
BODIES: dict[str, tuple[str, dict[str, Any]]] = {
    "100k_text_parts": (
        "chat.completions",
        {"model": "m", "messages": [{"role": "user", "content": [{"type": "text", "text": ""}] * 100_000}]},
    ),
    "10k_tools": (
        "chat.completions",
        {
            "model": "m",
            "messages": [{"role": "user", "content": "hi"}],
            "tools": [
                {"type": "function", "function": {"name": f"t{i}", "description": "d"}} for i in range(10_000)
            ],
        },
    ),
    "100k_prompts": ("completions", {"model": "m", "prompt": ["x"] * 100_000}),
}


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--repeat", type=int, default=5)
    ap.add_argument("--out", type=Path)
    args = ap.parse_args()
    ps = load_policy_set([BASELINE])
    detectors = builtin_detectors()
    meta = RequestMeta.build(tenant="t", model="m", endpoint="/v1/chat/completions")
    plan = ps.plan(ps.match(meta), "input", meta)
    size_only = plan  # the classifier/PII detectors are absent here: only the gate's cost is compared

    async def walk_first(endpoint: str, body: dict[str, Any]) -> str:
        items = [*request_items(endpoint, body), request_shape(endpoint, body)]
        results = await run_plan(size_only, items, detectors)
        return str(evaluate(size_only, results).action)

    async def shape_first(endpoint: str, body: dict[str, Any]) -> str:
        results = await refuse_on_shape(size_only, request_shape(endpoint, body), detectors)
        return "walk" if results is None else str(evaluate(size_only, results).action)

    out: dict[str, Any] = {"policy": str(BASELINE.name), "repeat": args.repeat, "cases": {}}
    for name, (endpoint, body) in BODIES.items():
        row: dict[str, Any] = {}
        for leg, fn in (("walk_first", walk_first), ("shape_first", shape_first)):
            times, action = [], ""
            for _ in range(args.repeat):
                t0 = time.perf_counter()
                action = asyncio.run(fn(endpoint, body))
                times.append((time.perf_counter() - t0) * 1000)
            row[leg] = {
                "decision": action,
                "p50_ms": round(statistics.median(times), 2),
                "max_ms": round(max(times), 2),
            }
        out["cases"][name] = row
        print(json.dumps({name: row}), flush=True)
    if args.out:
        args.out.write_text(json.dumps(out, indent=2) + "\n", encoding="utf-8")


if __name__ == "__main__":
    main()
