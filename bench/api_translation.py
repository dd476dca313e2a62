"""What translating the Responses and Messages APIs at the edge costs, against chat completions, in one run.

One ``safety-gateway serve`` (one external model, the PII pseudonymization rule of
policies/library/baseline.yaml's kind so the pipeline has work to do) on the fake upstream
(``tests/fake_upstream.py``). The same agent turn (system prompt, a user turn, an assistant tool call,
its tool result, a user turn, one function tool) is sent as a chat completion, a Responses request and
an Anthropic Messages request, whole and streamed, interleaved request by request so drift hits all
alike. Per kind: the client's p50/p99 latency and the gateway's own ``x-gateway-overhead-ms`` (time not
spent waiting for the upstream; for streams, to the first byte), and both minus chat's.

    .venv/bin/python bench/api_translation.py --out bench/results/api-translation.json
"""

from __future__ import annotations

import argparse
import json
import platform
import statistics
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

import httpx

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
from bench.overhead import BENCH_KEY, Server, child_env, free_port  # noqa: E402
from bench.policy_overhead import config_text  # noqa: E402  (the same bench gateway.yaml)

REPO = Path(__file__).resolve().parents[1]

POLICY = """\
apiVersion: safety-gateway/v1
kind: Policy
metadata: {name: bench-pii, owner: bench}
spec:
  match: {}
  rules:
    - id: pseudonymize-email
      direction: input
      detector: pii
      params: {entities: [EMAIL_ADDRESS]}
      action: pseudonymize
"""

SYSTEM = "You are a careful assistant. Use the tools when they help."
ASK = "What is the weather in Seoul? Send the summary to kim.minsu@example.go.kr afterwards."
RESULT = "Seoul: 21 degrees, clear sky, light wind from the west."
FOLLOW = "Thanks. Please write the summary in two sentences."
ARGS = json.dumps({"city": "Seoul"})
SCHEMA = {"type": "object", "properties": {"city": {"type": "string"}}, "required": ["city"]}


def chat_body(stream: bool) -> dict[str, Any]:
    return {
        "model": "fake",
        "stream": stream,
        "messages": [
            {"role": "system", "content": SYSTEM},
            {"role": "user", "content": ASK},
            {
                "role": "assistant",
                "content": None,
                "tool_calls": [
                    {"id": "call_1", "type": "function", "function": {"name": "weather", "arguments": ARGS}}
                ],
            },
            {"role": "tool", "tool_call_id": "call_1", "content": RESULT},
            {"role": "user", "content": FOLLOW},
        ],
        "tools": [{"type": "function", "function": {"name": "weather", "parameters": SCHEMA}}],
    }


def responses_body(stream: bool) -> dict[str, Any]:
    return {
        "model": "fake",
        "stream": stream,
        "instructions": SYSTEM,
        "input": [
            {"role": "user", "content": ASK},
            {"type": "function_call", "call_id": "call_1", "name": "weather", "arguments": ARGS},
            {"type": "function_call_output", "call_id": "call_1", "output": RESULT},
            {"role": "user", "content": FOLLOW},
        ],
        "tools": [{"type": "function", "name": "weather", "parameters": SCHEMA}],
    }


def messages_body(stream: bool) -> dict[str, Any]:
    return {
        "model": "fake",
        "stream": stream,
        "max_tokens": 256,
        "system": SYSTEM,
        "messages": [
            {"role": "user", "content": ASK},
            {
                "role": "assistant",
                "content": [
                    {"type": "tool_use", "id": "call_1", "name": "weather", "input": {"city": "Seoul"}}
                ],
            },
            {
                "role": "user",
                "content": [
                    {"type": "tool_result", "tool_use_id": "call_1", "content": RESULT},
                    {"type": "text", "text": FOLLOW},
                ],
            },
        ],
        "tools": [{"name": "weather", "input_schema": SCHEMA}],
    }


KINDS = {
    "chat": ("/v1/chat/completions", chat_body),
    "responses": ("/v1/responses", responses_body),
    "messages": ("/v1/messages", messages_body),
}


def _pct(xs: list[float]) -> dict[str, float]:
    xs = sorted(xs)
    return {
        "p50_ms": round(statistics.median(xs), 3),
        "p99_ms": round(xs[min(len(xs) - 1, int(len(xs) * 0.99))], 3),
        "n": len(xs),
    }


def run(url: str, n: int) -> dict[str, Any]:
    latency: dict[str, list[float]] = {}
    overhead: dict[str, list[float]] = {}
    failures: dict[str, int] = {}
    headers = {"authorization": f"Bearer {BENCH_KEY}"}
    with httpx.Client(timeout=60, headers=headers) as client:
        for i in range(n + 10):  # the first 10 rounds warm up
            for name, (path, build) in KINDS.items():
                for stream in (False, True):
                    kind = f"{name}{'_stream' if stream else ''}"
                    body = build(stream)
                    t0 = time.perf_counter()
                    with client.stream("POST", url + path, json=body) as r:
                        data = r.read()
                    took = (time.perf_counter() - t0) * 1000
                    ok = r.status_code == 200 and (not stream or data.rstrip().endswith((b"[DONE]", b"}")))
                    if not ok:
                        failures[kind] = failures.get(kind, 0) + 1
                    if i >= 10:
                        latency.setdefault(kind, []).append(took)
                        overhead.setdefault(kind, []).append(
                            float(r.headers.get("x-gateway-overhead-ms", "nan"))
                        )
    out: dict[str, Any] = {}
    for kind, values in latency.items():
        out[kind] = {"latency": _pct(values), "gateway_overhead": _pct(overhead[kind])}
    for kind, result in out.items():
        base = out["chat_stream" if kind.endswith("_stream") else "chat"]
        result["added_vs_chat_p50_ms"] = {
            "latency": round(result["latency"]["p50_ms"] - base["latency"]["p50_ms"], 3),
            "gateway_overhead": round(
                result["gateway_overhead"]["p50_ms"] - base["gateway_overhead"]["p50_ms"], 3
            ),
        }
    return {"kinds": out, "failures": failures}


def in_process(rounds: int = 2000) -> dict[str, float]:
    """The translation functions alone (request in, answer out), microseconds per request."""
    from gateway.apis import MESSAGES, RESPONSES

    answer = {
        "id": "chatcmpl-1",
        "created": 0,
        "choices": [
            {"index": 0, "message": {"role": "assistant", "content": RESULT}, "finish_reason": "stop"}
        ],
        "usage": {"prompt_tokens": 80, "completion_tokens": 12, "total_tokens": 92},
    }
    out = {}
    for api, build in ((RESPONSES, responses_body), (MESSAGES, messages_body)):
        body = build(False)
        t0 = time.perf_counter()
        for _ in range(rounds):
            exchange = api.open(body, "req_0123456789abcdef")
            exchange.answer(json.loads(json.dumps(answer)))
        out[api.name] = round((time.perf_counter() - t0) / rounds * 1e6, 1)
    t0 = time.perf_counter()
    for _ in range(rounds):
        json.loads(json.dumps(answer))
    copy = (time.perf_counter() - t0) / rounds * 1e6
    return {k: round(v - copy, 1) for k, v in out.items()}


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("-n", type=int, default=300, help="measured requests per kind (after 10 warm-up rounds)")
    ap.add_argument("--out", default=None)
    args = ap.parse_args()
    tmp = Path(tempfile.mkdtemp(prefix="sg-api-bench-"))
    policy = tmp / "policy.yaml"
    policy.write_text(POLICY, encoding="utf-8")
    up_port = free_port()
    upstream = Server(
        "upstream",
        [sys.executable, "-m", "tests.fake_upstream", "--port", str(up_port), "--no-record"],
        child_env(),
        tmp,
    )
    try:
        upstream.wait_http(f"http://127.0.0.1:{up_port}/v1/models", 60)
        cfg = tmp / "gateway.yaml"
        cfg.write_text(config_text(up_port, [policy], tmp), encoding="utf-8")
        port = free_port()
        argv = [
            str(REPO / ".venv" / "bin" / "safety-gateway"),
            "serve",
            "--config",
            str(cfg),
            "--port",
            str(port),
        ]
        gw = Server("gateway", argv, child_env(), tmp)
        try:
            gw.wait_http(f"http://127.0.0.1:{port}/readyz", 300)
            result = run(f"http://127.0.0.1:{port}", args.n)
        finally:
            gw.stop()
    finally:
        upstream.stop()
    doc = {
        "benchmark": "api_translation",
        "date": time.strftime("%Y-%m-%d"),
        "machine": {"python": platform.python_version(), "cpus": __import__("os").cpu_count()},
        "n_per_kind": args.n,
        "translation_in_process_us": in_process(),
        **result,
    }
    text = json.dumps(doc, indent=2)
    print(text)
    if args.out:
        Path(args.out).write_text(text + "\n", encoding="utf-8")
    return 0 if not result["failures"] else 1


if __name__ == "__main__":
    raise SystemExit(main())
