"""Time to first token (and to the last byte) added by output rules on streams: none vs strict vs fast.

One gateway process, one fake upstream process (streaming word by word with a fixed delay between
chunks, like a model generating), three model aliases that differ only in the output policy:

- ``none``:   no output rules (input rules only);
- ``strict``: output rules (keywords, secrets, PII, copyright) with ``stream_check: strict``;
- ``fast``:   the same rules with ``stream_check: fast``;
- ``marked``: no output rules, but notice + invisible watermark + signed provenance.

Requests alternate between the aliases so drift on a shared machine hits all of them alike.
Prints one JSON object (milliseconds).

    python bench/output_ttft.py [--requests 60] [--words 300] [--drip-ms 5] [--window 512] [--overlap 128]
"""

from __future__ import annotations

import argparse
import asyncio
import json
import os
import platform
import statistics
import sys
import tempfile
import time
from pathlib import Path

import httpx

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
sys.path.insert(0, str(Path(__file__).resolve().parent))

from overhead import Server, child_env, free_port  # noqa: E402

REPO = Path(__file__).resolve().parents[1]
KEY = "sk-bench-ttft"
RULES = """
    - {id: kw, direction: output, detector: keywords, params: {keywords: [NEVER-SAY-THIS]}, action: block}
    - {id: secrets, direction: output, detector: secrets, action: block}
    - {id: pii, direction: output, detector: pii, params: {entities: [KR_RRN, KR_PHONE, EMAIL_ADDRESS]}, action: redact}
    - {id: copy, direction: output, detector: copyright, action: block}
"""  # noqa: E501 - policy rules, one per line


def policy(name: str, model: str, mode: str | None, window: tuple[int, int], rules: str) -> str:
    stream = (
        f"  stream_check: {mode}\n  stream_window: {{size: {window[0]}, overlap: {window[1]}}}\n"
        if mode
        else ""
    )
    return (
        f"apiVersion: safety-gateway/v1\nkind: Policy\nmetadata: {{name: {name}}}\nspec:\n"
        f"  match: {{models: [{model}]}}\n{stream}  rules:\n{rules}"
    )


async def one(client: httpx.AsyncClient, url: str, model: str, prompt: str) -> tuple[float, float]:
    body = {"model": model, "stream": True, "messages": [{"role": "user", "content": prompt}]}
    t0 = time.perf_counter()
    first = None
    async with client.stream("POST", url, json=body, headers={"authorization": f"Bearer {KEY}"}) as r:
        r.raise_for_status()
        async for line in r.aiter_lines():
            if (
                first is None
                and line.startswith("data: {")
                and '"content":"' in line
                and '"content":""' not in line
            ):
                first = time.perf_counter()
    return ((first or time.perf_counter()) - t0) * 1000.0, (time.perf_counter() - t0) * 1000.0


def summary(values: list[float]) -> dict[str, float]:
    values = sorted(values)
    return {
        "p50": round(statistics.median(values), 2),
        "p95": round(values[int(0.95 * (len(values) - 1))], 2),
        "mean": round(statistics.fmean(values), 2),
    }


async def run(args: argparse.Namespace) -> dict:
    tmp = Path(tempfile.mkdtemp(prefix="ttft-"))
    up_port, gw_port = free_port(), free_port()
    window = (args.window, args.overlap)
    (tmp / "policies").mkdir()
    (tmp / "corpus").mkdir()
    (tmp / "corpus" / "protected.txt").write_text(
        " ".join(f"protected{i} words of a book passage" for i in range(2000)), encoding="utf-8"
    )
    (tmp / "policies" / "strict.yaml").write_text(policy("strict", "strict", "strict", window, RULES))
    (tmp / "policies" / "fast.yaml").write_text(policy("fast", "fast", "fast", window, RULES))
    (tmp / "policies" / "marked.yaml").write_text(
        policy(
            "marked",
            "marked",
            None,
            window,
            "    - {id: notice, direction: output, action: notice, message: AI-generated.}\n"
            "    - {id: mark, direction: output, action: watermark}\n",
        )
    )
    (tmp / "policies" / "input.yaml").write_text(
        policy(
            "input",
            "none",
            None,
            window,
            "    - {id: kw, direction: input, detector: keywords, "
            "params: {keywords: [NEVER-SAY-THIS]}, action: block}\n",
        )
    )
    api = f"http://127.0.0.1:{up_port}/x/echo,drip={args.drip_ms}/v1"
    models = "".join(
        f'  - model_name: {m}\n    litellm_params: {{model: openai/m, api_base: "{api}", api_key: k}}\n'
        for m in ("none", "strict", "fast", "marked")
    )
    (tmp / "gateway.yaml").write_text(
        f"server: {{port: {gw_port}}}\nmodel_list:\n{models}policy_paths: [policies]\n"
        f"copyright: {{corpus: corpus}}\nprovenance: {{state_dir: state}}\n"
    )
    env = child_env({"SAFETY_GATEWAY_KEYS": f"{KEY}=bench"})
    upstream = Server(
        "fake-upstream", [sys.executable, "-m", "tests.fake_upstream", "--port", str(up_port)], env, tmp
    )
    gateway = Server(
        "gateway",
        [str(Path(sys.executable).parent / "safety-gateway"), "serve", "--config", str(tmp / "gateway.yaml")],
        env,
        tmp,
    )
    try:
        upstream.wait_http(f"http://127.0.0.1:{up_port}/_stats", 30)
        gateway.wait_http(f"http://127.0.0.1:{gw_port}/readyz", 120)
        words = " ".join(f"word{i}" for i in range(args.words))
        url = f"http://127.0.0.1:{gw_port}/v1/chat/completions"
        legs = ["none", "strict", "fast", "marked"]
        ttft: dict[str, list[float]] = {m: [] for m in legs}
        total: dict[str, list[float]] = {m: [] for m in legs}
        async with httpx.AsyncClient(timeout=120, trust_env=False) as client:
            for m in legs:  # warm-up
                await one(client, url, m, words)
            for i in range(args.requests):
                for m in legs[i % len(legs) :] + legs[: i % len(legs)]:
                    a, b = await one(client, url, m, words)
                    ttft[m].append(a)
                    total[m].append(b)
        text_chars = len(words)
        return {
            "benchmark": "output_ttft",
            "machine": {
                "cpus": os.cpu_count(),
                "python": platform.python_version(),
                "platform": platform.platform(),
            },
            "params": {
                "requests_per_leg": args.requests,
                "words": args.words,
                "chars": text_chars,
                "drip_ms_per_chunk": args.drip_ms,
                "window": args.window,
                "overlap": args.overlap,
                "output_rules": ["keywords", "secrets", "pii", "copyright"],
            },
            "ttft_ms": {m: summary(v) for m, v in ttft.items()},
            "total_ms": {m: summary(v) for m, v in total.items()},
            "ttft_added_ms_p50": {
                m: round(statistics.median(ttft[m]) - statistics.median(ttft["none"]), 2) for m in legs[1:]
            },
            "total_added_ms_p50": {
                m: round(statistics.median(total[m]) - statistics.median(total["none"]), 2) for m in legs[1:]
            },
        }
    finally:
        gateway.stop()
        upstream.stop()


def main() -> None:
    p = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    p.add_argument("--requests", type=int, default=60, help="streams per leg")
    p.add_argument("--words", type=int, default=300, help="words per streamed answer (one chunk each)")
    p.add_argument("--drip-ms", type=int, default=5, help="upstream delay between chunks")
    p.add_argument("--window", type=int, default=512)
    p.add_argument("--overlap", type=int, default=128)
    print(json.dumps(asyncio.run(run(p.parse_args())), indent=2))


if __name__ == "__main__":
    main()
