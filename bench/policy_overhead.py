"""What the shipped policies add to a request, in one run, side by side (issue 13's latency goals).

Legs (each its own ``safety-gateway serve`` process on the same fake upstream, one after the other):

  none       one external model, no policy
  baseline   + policies/library/baseline.yaml (size limits, classifier: injections and harmful requests,
             jailbreak phrases, PII, secrets, notice)
  baseline+kr  + korea-public-sector.yaml as well

Per leg, at one connection: p50/p99 latency for a 1 KB English prompt and a 600-character Korean prompt
(every request's text is a fresh shuffle of sentences, so the classifier's score cache never hits), one
7,000-character Korean document (status and time), and then throughput with ``--concurrency``
connections for ``--duration`` seconds (again fresh texts of ~300 characters). "Added" = leg − none.

    .venv/bin/python bench/policy_overhead.py --out bench/results/policy-overhead.json
"""

from __future__ import annotations

import argparse
import asyncio
import json
import os
import platform
import random
import statistics
import sys
import tempfile
import time
from pathlib import Path

import httpx

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
from bench.overhead import BENCH_KEY, Server, child_env, free_port  # noqa: E402

REPO = Path(__file__).resolve().parents[1]
LIB = REPO / "policies" / "library"

EN_SENTENCES = [
    "Our team is migrating the billing service from old virtual machines to the Kubernetes cluster.",
    "The plan covers storage, networking, secrets and the rollback procedure for the first week.",
    "Could you review the steps below and point out anything that looks risky to you?",
    "First we snapshot the database and copy it to the new persistent volume in the same zone.",
    "Then we deploy the service with two replicas behind the internal load balancer.",
    "If the error rate stays under one percent for an hour we switch the DNS record.",
    "We keep the old machines running for a week in case something goes wrong later.",
    "Finally we remove the old cron jobs and update the runbook for the on-call engineers.",
    "Please also suggest what we should monitor during the first day after the switch.",
    "Is one hour long enough to decide, or should we wait for the nightly batch jobs to finish?",
    "The finance team needs the invoices generated on the first business day of each month.",
    "Latency for the checkout page must stay below three hundred milliseconds at the median.",
]
KO_SENTENCES = [
    "행정안전부는 지방자치단체의 디지털 전환을 지원하기 위해 올해 관련 예산을 확대한다고 밝혔다.",
    "이번 계획에는 노후 전산 장비 교체와 클라우드 전환 컨설팅이 포함된다.",
    "고령층과 장애인이 온라인 민원을 쉽게 이용할 수 있도록 화면 구성을 단순화한다.",
    "각 지자체는 다음 달 말까지 세부 추진 계획을 제출해야 한다.",
    "부처는 제출된 계획을 검토한 뒤 우수 사례를 선정해 추가 예산을 배정할 예정이다.",
    "담당 부서는 추진 과정에서 개인정보 보호와 정보보안 점검을 병행한다.",
    "분기마다 추진 실적을 누리집에 공개하고 주민 의견을 수렴할 계획이다.",
    "공무원 대상 디지털 역량 교육은 상반기와 하반기에 각각 한 차례 실시한다.",
    "민원 처리 기간은 현재 평균 5일에서 3일로 단축하는 것을 목표로 한다.",
    "자세한 내용은 누리집 공지사항을 참고하거나 담당 부서로 문의하면 된다.",
]


def fresh_text(rng: random.Random, sentences: list[str], chars: int) -> str:
    out = ""
    while len(out) < chars:
        out += rng.choice(sentences) + " "
    return out[:chars]


def config_text(upstream_port: int, policies: list[Path], state: Path) -> str:
    import hashlib

    paths = json.dumps([str(p) for p in policies])
    return f"""
model_list:
  - model_name: fake
    litellm_params:
      {{model: openai/fake-model, api_base: "http://127.0.0.1:{upstream_port}/v1", api_key: sk-fake}}
    model_info: {{zone: external}}
keys:
  - key_sha256: {hashlib.sha256(BENCH_KEY.encode()).hexdigest()}
    tenant: bench
policy_paths: {paths}
"""


def _pct(xs: list[float]) -> dict[str, float]:
    xs = sorted(xs)
    return {
        "p50_ms": round(statistics.median(xs), 2),
        "p99_ms": round(xs[min(len(xs) - 1, int(len(xs) * 0.99))], 2),
        "n": len(xs),
    }


def sequential(url: str, texts: list[str]) -> tuple[dict[str, float], list[int]]:
    lat, codes = [], []
    with httpx.Client(timeout=120, headers={"authorization": f"Bearer {BENCH_KEY}"}) as c:
        for t in texts:
            body = {"model": "fake", "messages": [{"role": "user", "content": t}]}
            t0 = time.perf_counter()
            r = c.post(f"{url}/v1/chat/completions", json=body)
            lat.append((time.perf_counter() - t0) * 1000)
            codes.append(r.status_code)
    return _pct(lat), codes


async def throughput(url: str, concurrency: int, duration: float, seed: int) -> dict[str, float]:
    rng = random.Random(seed)
    done, errors = 0, 0
    stop = time.perf_counter() + duration

    async def worker(c: httpx.AsyncClient) -> None:
        nonlocal done, errors
        while time.perf_counter() < stop:
            sents = EN_SENTENCES if rng.random() < 0.5 else KO_SENTENCES
            body = {"model": "fake", "messages": [{"role": "user", "content": fresh_text(rng, sents, 300)}]}
            r = await c.post(f"{url}/v1/chat/completions", json=body)
            if r.status_code == 200:
                done += 1
            else:
                errors += 1

    limits = httpx.Limits(max_connections=concurrency, max_keepalive_connections=concurrency)
    async with httpx.AsyncClient(
        timeout=60, limits=limits, headers={"authorization": f"Bearer {BENCH_KEY}"}
    ) as c:
        t0 = time.perf_counter()
        await asyncio.gather(*(worker(c) for _ in range(concurrency)))
        took = time.perf_counter() - t0
    return {"req_per_s": round(done / took, 1), "ok": done, "errors": errors, "concurrency": concurrency}


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("-n", type=int, default=60, help="sequential requests per prompt kind and leg")
    ap.add_argument("--concurrency", type=int, default=16)
    ap.add_argument("--duration", type=float, default=20.0)
    ap.add_argument("--legs", default="none,baseline,baseline+kr")
    ap.add_argument("--out", default=None)
    args = ap.parse_args()

    legs = {
        "none": [],
        "baseline": [LIB / "baseline.yaml"],
        "baseline+kr": [LIB / "baseline.yaml", LIB / "korea-public-sector.yaml"],
    }
    tmp = Path(tempfile.mkdtemp(prefix="sg-policy-bench-"))
    up_port = free_port()
    upstream = Server(
        "upstream",
        [sys.executable, "-m", "tests.fake_upstream", "--port", str(up_port), "--no-record"],
        child_env(),
        tmp,
    )
    results: dict[str, dict] = {}
    try:
        upstream.wait_http(f"http://127.0.0.1:{up_port}/v1/models", 60)
        for name in args.legs.split(","):
            cfg = tmp / f"{name}.yaml"
            cfg.write_text(config_text(up_port, legs[name], tmp), encoding="utf-8")
            port = free_port()
            gw = Server(
                f"gateway-{name}",
                [
                    str(REPO / ".venv" / "bin" / "safety-gateway"),
                    "serve",
                    "--config",
                    str(cfg),
                    "--port",
                    str(port),
                ],
                child_env(),
                tmp,
            )
            try:
                ready_s = gw.wait_http(f"http://127.0.0.1:{port}/readyz", 300)
                url = f"http://127.0.0.1:{port}"
                rng = random.Random(7)
                sequential(url, [fresh_text(rng, EN_SENTENCES, 1000) for _ in range(5)])  # warm-up
                en, en_codes = sequential(url, [fresh_text(rng, EN_SENTENCES, 1000) for _ in range(args.n)])
                ko, ko_codes = sequential(url, [fresh_text(rng, KO_SENTENCES, 600) for _ in range(args.n)])
                doc, doc_codes = sequential(url, [fresh_text(rng, KO_SENTENCES, 7000)])
                tp = asyncio.run(throughput(url, args.concurrency, args.duration, 11))
                results[name] = {
                    "ready_s": round(ready_s, 1),
                    "en_1kb": en,
                    "ko_600": ko,
                    "ko_7000_doc": {"ms": doc["p50_ms"], "status": doc_codes[0]},
                    "refused": {"en": sum(c != 200 for c in en_codes), "ko": sum(c != 200 for c in ko_codes)},
                    "throughput": tp,
                }
                print(f"{name}: {json.dumps(results[name])}", file=sys.stderr, flush=True)
            finally:
                gw.stop()
    finally:
        upstream.stop()
    base = results.get("none")
    added = {}
    if base:
        for name, r in results.items():
            if name == "none":
                continue
            added[name] = {
                k: {q: round(r[k][q] - base[k][q], 2) for q in ("p50_ms", "p99_ms")}
                for k in ("en_1kb", "ko_600")
            }
    report = {
        "benchmark": "policy_overhead",
        "connections_for_latency": 1,
        "machine": {"cpu_count": os.cpu_count(), "python": platform.python_version()},
        "legs": results,
        "added_vs_none": added,
    }
    text = json.dumps(report, indent=2)
    print(text)
    if args.out:
        Path(args.out).write_text(text + "\n")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
