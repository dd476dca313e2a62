"""Audit write throughput with the hash chain, into SQLite and PostgreSQL.

    flock /tmp/heavy.lock python bench/audit_throughput.py [--records 20000] [--concurrency 256]
        [--sinks sqlite,postgres] [--dsn postgresql://postgres@127.0.0.1:5432/test]

Drives the real writer the way the gateway does: ``concurrency`` request tasks each ``await
writer.submit(record)`` (so every record counted is *acknowledged*: committed, or fsynced to the spool),
records pre-built so only the audit path is timed. Also times the spool path (database unreachable) and
``audit verify`` over what was written. Prints one JSON object.
"""

from __future__ import annotations

import argparse
import asyncio
import json
import logging
import os
import platform
import secrets
import shutil
import statistics
import sys
import tempfile
import time
from datetime import UTC, datetime, timedelta
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from audit.chain import verify
from audit.config import AuditConfig, open_store, open_writer
from audit.record import AuditRecord, ClassifierScore, PiiCount, RuleHit, Usage

T0 = datetime(2026, 3, 1, tzinfo=UTC)


def record(i: int) -> AuditRecord:
    block = i % 10 == 0
    return AuditRecord(
        request_id=f"bench-{i:08d}",
        started_at=T0 + timedelta(milliseconds=i),
        finished_at=T0 + timedelta(milliseconds=i + 400),
        tenant=f"tenant-{i % 20}",
        key_id=f"key-{i % 50}",
        client_addr="10.1.2.3",
        endpoint="/v1/chat/completions",
        model_alias="gpt-4o",
        deployment="azure-kr/gpt-4o",
        zone="domestic",
        policy_name="public-sector",
        policy_version="2026.03.1",
        mode="enforce",
        decision="block" if block else "allow",
        rules=(RuleHit(rule_id="pii.rrn.block", action="block", detector="presidio", score=0.93),)
        if block
        else (),
        pii=(PiiCount(entity_type="KR_RRN", count=1), PiiCount(entity_type="PHONE_NUMBER", count=2)),
        classifier=(ClassifierScore(classifier="harm-v1", category="violence", score=0.02),),
        usage=Usage(prompt_tokens=120, completion_tokens=300, total_tokens=420, cost_usd=0.0042),
        latency_ms={"auth": 0.1, "input.pii": 3.2, "input.classifier": 8.5, "upstream": 640.0, "output": 4.0},
        upstream_status=200,
        provenance_id=f"wm-{i:08d}",
        text_mode="redacted",
        prompt="주민등록번호 <KR_RRN> 로 민원 조회 부탁드립니다. 연락처 <PHONE_NUMBER>.",
        response="민원 조회 결과를 안내드립니다. " * 8,
    )


async def run_one(cfg: AuditConfig, n: int, concurrency: int, measure_verify: bool) -> dict:
    recs = [record(i) for i in range(n)]
    w = await open_writer(cfg)
    lat: list[float] = []
    it = iter(recs)

    async def client() -> None:
        for r in it:
            t = time.perf_counter()
            await w.submit(r)
            lat.append(time.perf_counter() - t)

    t0 = time.perf_counter()
    await asyncio.gather(*(client() for _ in range(concurrency)))
    elapsed = time.perf_counter() - t0
    stats = w.stats.to_dict()
    await w.close()
    lat.sort()
    out = {
        "records": n,
        "seconds": round(elapsed, 3),
        "records_per_s": round(n / elapsed),
        "ack_latency_ms": {
            "p50": round(lat[len(lat) // 2] * 1e3, 2),
            "p99": round(lat[int(len(lat) * 0.99)] * 1e3, 2),
            "mean": round(statistics.fmean(lat) * 1e3, 2),
        },
        "batches": stats["batches"],
        "mean_batch": round(n / max(1, stats["batches"]), 1),
        "stored_db": stats["written_db"],
        "stored_spool": stats["written_spool"],
    }
    if measure_verify:
        store = open_store(cfg)
        t0 = time.perf_counter()
        rep = await verify(store, cfg.keyring())
        dt = time.perf_counter() - t0
        await store.close()
        out["verify"] = {
            "ok": rep.ok,
            "records": rep.records,
            "seconds": round(dt, 3),
            "records_per_s": round(rep.records / dt),
        }
    return out


async def main() -> None:
    logging.basicConfig(level=logging.ERROR)
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--records", type=int, default=20_000)
    ap.add_argument("--concurrency", type=int, default=256)
    ap.add_argument("--sinks", default="sqlite,postgres,spool")
    ap.add_argument(
        "--dsn", default=os.environ.get("AUDIT_BENCH_PG_DSN", "postgresql://postgres@127.0.0.1:5432/test")
    )
    args = ap.parse_args()
    tmp = Path(tempfile.mkdtemp(prefix="audit-bench-"))
    key = str(tmp / "k.pem")
    results: dict = {
        "python": platform.python_version(),
        "cpus": os.cpu_count(),
        "concurrency": args.concurrency,
    }
    for sink in args.sinks.split(","):
        if sink == "sqlite":
            cfg = AuditConfig(path=str(tmp / "bench.db"), spool_dir=str(tmp / "spool"), signing_key=key)
            results["sqlite"] = await run_one(cfg, args.records, args.concurrency, True)
        elif sink == "postgres":
            schema = f"audit_bench_{secrets.token_hex(4)}"
            cfg = AuditConfig(
                sink="postgres",
                postgres_dsn=args.dsn,
                postgres_schema=schema,
                spool_dir=str(tmp / "spool"),
                signing_key=key,
            )
            try:
                results["postgres"] = await run_one(cfg, args.records, args.concurrency, True)
            finally:
                store = open_store(cfg)
                await store.drop_schema()  # type: ignore[attr-defined]
        elif sink == "spool":
            # database unreachable: every record is acknowledged from the fsynced spool
            cfg = AuditConfig(
                sink="postgres",
                postgres_dsn="postgresql://postgres@127.0.0.1:1/none",
                spool_dir=str(tmp / "spool-only"),
                signing_key=key,
                connect_timeout_s=1,
                retry_interval_s=3600,
            )
            results["spool_db_down"] = await run_one(cfg, args.records, args.concurrency, False)
    shutil.rmtree(tmp, ignore_errors=True)
    print(json.dumps(results, indent=2))


if __name__ == "__main__":
    asyncio.run(main())
