"""Memory soak: ``requests`` requests of the load mix through one gateway, its RSS sampled with psutil
every few seconds. The RSS at the end of the warm-up (10 % of the requests, at least 5,000)
is the baseline; growth after it must stay within 5 %.

``classifier="local"`` runs the shipped baseline as in the load scenario (torch in the gateway
process); ``"off"`` the baseline without its classifier rule, which leaves only the gateway's own
code (pipeline, PII, vault, audit, metrics) in the process, so a leak in it is not hidden by torch.
"""

from __future__ import annotations

import statistics
import time
from typing import Any

from tests.reliability import common, configs, evidence, workload
from tests.reliability.harness import Checks, Stack, document, log
from tests.reliability.runner import CpuMeter, Load, rss_mib, rss_monitor, run_load, summarize
from tests.reliability.services import GatewayProc, upstream_proc

MAX_GROWTH = 0.05


def growth(samples: list[tuple[float, float, float]], warmup: float) -> dict[str, Any]:
    """Baseline: median RSS just after the warm-up (progress in [warmup, warmup + 5 %]); end: median of
    the last 5 % of the run."""
    after = [s for s in samples if s[1] >= warmup]
    if len(after) < 4:
        return {"error": "too few samples after the warm-up"}
    base = [s[2] for s in after if s[1] <= warmup + 0.05] or [after[0][2]]
    end = [s[2] for s in after if s[1] >= 0.95] or [after[-1][2]]
    b, e = statistics.median(base), statistics.median(end)
    peak = max(s[2] for s in after)
    return {
        "baseline_mib": round(b, 1),
        "end_mib": round(e, 1),
        "peak_after_warmup_mib": round(peak, 1),
        "growth": round((e - b) / b, 4),
        "peak_growth": round((peak - b) / b, 4),
        "first_sample_mib": samples[0][2] if samples else None,
    }


def run(
    requests: int = 50_000,
    concurrency: int = 64,
    classifier: str = "off",
    warmup: float | None = None,
    keep: bool = False,
) -> dict[str, Any]:
    checks = Checks()
    with Stack("soak", keep) as st:
        up = st.add(upstream_proc(st.dir, record=False)).start()
        policy = (
            [str(configs.BASELINE)]
            if classifier == "local"
            else [str(configs.baseline_without_classifier(st.dir))]
        )
        cfg = configs.render(
            configs.GatewaySpec(
                upstream_base=f"http://127.0.0.1:{up.port}",
                policy_paths=policy,
                access_log=False,
            ),
            st.dir / "gw",
        )
        gw = st.add(GatewayProc("gateway", cfg, st.dir, env=configs.gateway_env())).start(wait=300)
        key = configs.key_for("alpha")
        run_id = f"soak{int(time.time()) % 100000}"
        samples: list[tuple[float, float, float]] = [(0.0, 0.0, round(rss_mib(gw.pid), 1))]
        load = Load([("127.0.0.1", gw.port)], key, requests, concurrency, workload.LOAD_MIX, run_id)
        meter = CpuMeter({"gateway": gw.pid, "upstream": up.pid})
        log(f"soak: {requests} requests at concurrency {concurrency}, classifier {classifier}")
        meter.start()
        run_load(load, monitors=[rss_monitor(gw.pid, samples, 2.0)])
        cpu = meter.stop()
        samples.append((round(load.t1 - load.t0, 1), 1.0, round(rss_mib(gw.pid), 1)))
        summary = summarize(load)
        summary.pop("phases", None)
        # Caches, pools and allocator arenas fill during the first few thousand requests: the warm-up is
        # 10 % of the run but at least 5,000 requests (so runs under ~20,000 say little).
        warmup = warmup if warmup is not None else min(0.5, max(0.1, 5000 / requests))
        g = growth(samples, warmup)
        log(f"soak: {summary['throughput_rps']} req/s; RSS {g}")
        gw.stop()
        common.standard_checks(checks, load.samples)
        checks.add(f"RSS growth after the warm-up <= {MAX_GROWTH:.0%}", g.get("growth", 1.0) <= MAX_GROWTH, g)
        export = evidence.audit_export(cfg)
        audit = evidence.audit_check(cfg, export, [s.request_id for s in load.samples])
        checks.add(
            "audit: exactly one record per request, chain verifies",
            audit["ok"],
            {k: audit[k] for k in ("records", "missing", "duplicates", "unexpected", "verify")},
        )
    settings = {
        "requests": requests,
        "concurrency": concurrency,
        "classifier": classifier,
        "warmup_fraction": warmup,
        "mix": workload.LOAD_MIX,
        "audit": "sqlite + spool",
        "vault": "memory",
        "access_log": False,
    }
    return document(
        "soak",
        settings,
        checks,
        rss=g,
        summary=summary,
        cpu=cpu,
        audit={k: audit[k] for k in ("records", "missing", "duplicates", "unexpected", "verify")},
        rss_samples=samples[:: max(1, len(samples) // 60)],
    )
