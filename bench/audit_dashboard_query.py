"""Dashboard query latency over a large audit store (default 1,000,000 records).

    flock /tmp/heavy.lock python bench/audit_dashboard_query.py [--records 1000000] [--sinks sqlite,postgres]

Loads chained records straight through the sink (bulk, no writer queue; hash chain and index columns
exactly as the writer makes them), then times what the dashboard does: the overview aggregates
(filtered and unfiltered), the first records page (newest first), a filtered page (decision, tenant,
rule, time window), a deep page via the keyset cursor, a single-record lookup, a 1,000-record export
and a ``audit verify`` pass. Each query is run 5 times; median and max in ms. Prints JSON.
"""

from __future__ import annotations

import argparse
import asyncio
import io
import json
import os
import secrets
import shutil
import statistics
import sys
import tempfile
import time
from datetime import UTC, datetime, timedelta
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from audit.chain import ChainState, Signer, verify
from audit.config import AuditConfig, open_store
from audit.query import export
from audit.record import canonical_json
from audit.sinks.base import AuditQuery

T0 = datetime(2026, 1, 1, tzinfo=UTC)
DECISIONS = ["allow"] * 14 + ["block", "redact", "flag", "pseudonymize", "route", "allow"]


def body(i: int, span_s: int) -> str:
    dec = DECISIONS[i % len(DECISIONS)]
    t = T0 + timedelta(seconds=i * span_s / 1_000_000)
    rules = (
        []
        if dec in ("allow", "route")
        else [
            {
                "rule_id": f"rule.{dec}.{i % 7}",
                "action": dec,
                "detector": "presidio",
                "score": 0.9,
                "stage": "input",
            }
        ]
    )
    ts = t.strftime("%Y-%m-%dT%H:%M:%S.%fZ")
    return canonical_json(
        {
            "schema_version": 1,
            "request_id": f"r{i:09d}",
            "started_at": ts,
            "finished_at": ts,
            "tenant": f"tenant-{i % 40}",
            "key_id": f"k{i % 300}",
            "client_addr": "10.0.0.1",
            "endpoint": "/v1/chat/completions",
            "model_alias": ["gpt-4o", "internal-small", "claude"][i % 3],
            "deployment": "d",
            "zone": "domestic",
            "policy_name": "public-sector",
            "policy_version": "2026.1",
            "mode": "enforce",
            "decision": dec,
            "rules": rules,
            "pii": [{"entity_type": "KR_RRN", "count": 1, "stage": "input"}],
            "classifier": [],
            "stream_stop": None,
            "usage": {"prompt_tokens": 100, "completion_tokens": 200, "total_tokens": 300, "cost_usd": 0.003},
            "latency_ms": {"upstream": 500.0},
            "upstream_status": 200,
            "provenance_id": f"wm{i}",
            "text_mode": "redacted",
            "prompt": "민원 처리 요청: 주민번호 <KR_RRN>, 연락처 <PHONE_NUMBER>",
            "response": "처리 결과를 안내드립니다.",
            "labels": {},
        }
    )


async def load(store, n: int, signer: Signer, writers: int = 4, batch: int = 5000) -> float:
    chains = [ChainState(f"bench-{w}", signer) for w in range(writers)]
    t0 = time.perf_counter()
    for lo in range(0, n, batch):
        per: dict[int, list] = {}
        cps = []
        for i in range(lo, min(lo + batch, n)):
            ch = chains[i % writers]
            g = ch.genesis()
            if g:
                cps.append(g)
            per.setdefault(i % writers, []).append(ch.append(body(i, 90 * 86400)))
        entries = [e for w in sorted(per) for e in per[w]]
        for ch in chains:
            cp = ch.due_checkpoint()
            if cp:
                cps.append(cp)
        await store.write(entries, cps)
    await store.write([], [c for c in (ch.close() for ch in chains) if c])
    elapsed = time.perf_counter() - t0
    await store.analyze()  # what autovacuum / a periodic ANALYZE would have done
    return elapsed


async def timed(fn, reps: int = 5) -> dict:
    ts = []
    for _ in range(reps):
        t = time.perf_counter()
        await fn()
        ts.append((time.perf_counter() - t) * 1e3)
    return {"median_ms": round(statistics.median(ts), 1), "max_ms": round(max(ts), 1)}


async def bench(store, n: int, signer: Signer) -> dict:
    load_s = await load(store, n, signer)
    out: dict = {"records": n, "load_seconds": round(load_s, 1), "load_records_per_s": round(n / load_s)}
    mid = T0 + timedelta(days=45)
    week = AuditQuery(since=mid, until=mid + timedelta(days=7))
    page = await store.query(AuditQuery(limit=50, order="desc"))
    deep_cursor = page.items[-1].row_id - n // 2
    q = {
        "overview_all": lambda: store.summary(AuditQuery()),
        "overview_one_week": lambda: store.summary(week),
        "overview_tenant": lambda: store.summary(AuditQuery(tenant="tenant-7")),
        "records_first_page": lambda: store.query(AuditQuery(limit=50, order="desc")),
        "records_decision_block": lambda: store.query(AuditQuery(decision="block", limit=50, order="desc")),
        "records_tenant_model_week": lambda: store.query(
            AuditQuery(
                tenant="tenant-3",
                model="claude",
                since=mid,
                until=mid + timedelta(days=7),
                limit=50,
                order="desc",
            )
        ),
        "records_rule": lambda: store.query(AuditQuery(rule="rule.flag.3", limit=50, order="desc")),
        "records_deep_page": lambda: store.query(AuditQuery(limit=50, order="desc", cursor=deep_cursor)),
        "record_by_request_id": lambda: store.query(AuditQuery(request_id=f"r{n // 3:09d}")),
        "export_1000_csv": lambda: export(
            store, AuditQuery(decision="redact"), io.StringIO(), fmt="csv", max_records=1000
        ),
    }
    for name, fn in q.items():
        out[name] = await timed(fn)
    t = time.perf_counter()
    rep = await verify(store, None)
    out["verify_all"] = {"ok": rep.ok, "seconds": round(time.perf_counter() - t, 1)}
    return out


async def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--records", type=int, default=1_000_000)
    ap.add_argument("--sinks", default="sqlite,postgres")
    ap.add_argument(
        "--dsn", default=os.environ.get("AUDIT_BENCH_PG_DSN", "postgresql://postgres@127.0.0.1:5432/test")
    )
    args = ap.parse_args()
    tmp = Path(tempfile.mkdtemp(prefix="audit-qbench-"))
    signer = Signer.generate()
    res: dict = {"cpus": os.cpu_count()}
    try:
        for sink in args.sinks.split(","):
            if sink == "sqlite":
                store = open_store(AuditConfig(path=str(tmp / "q.db")))
                res["sqlite"] = await bench(store, args.records, signer)
                await store.close()
                res["sqlite"]["db_mb"] = round(sum(p.stat().st_size for p in tmp.glob("q.db*")) / 2**20)
            elif sink == "postgres":
                store = open_store(
                    AuditConfig(
                        sink="postgres",
                        postgres_dsn=args.dsn,
                        postgres_schema=f"audit_qbench_{secrets.token_hex(4)}",
                    )
                )
                try:
                    res["postgres"] = await bench(store, args.records, signer)
                finally:
                    await store.drop_schema()  # type: ignore[attr-defined]
    finally:
        shutil.rmtree(tmp, ignore_errors=True)
    print(json.dumps(res, indent=2))


if __name__ == "__main__":
    asyncio.run(main())
