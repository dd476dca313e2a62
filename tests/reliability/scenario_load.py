"""Load: ``concurrency`` clients send ``requests`` requests of the realistic mix through one gateway
with the shipped baseline policy (classifier in-process on CPU), SQLite audit and the in-memory vault.

Afterwards: one audit record per request and ``audit verify`` passes; no 5xx; decisions under load
equal decisions at rest; no raw PII value in the gateway's log, the audit store, its spool, the
metrics, or what reached the external upstream; latency percentiles. ``compare`` > 0 repeats a
shorter run with the classifier rule removed, which says what the classifier costs.
"""

from __future__ import annotations

import json
import time
from typing import Any

from tests.reliability import common, configs, evidence, workload
from tests.reliability.harness import Checks, Stack, document, log
from tests.reliability.runner import CpuMeter, Load, rss_mib, rss_monitor, run_load, summarize
from tests.reliability.services import GatewayProc, http_get, upstream_proc


def tracing_available() -> bool:
    import importlib.util

    return importlib.util.find_spec("gateway.tracing") is not None


def _leg(
    st: Stack, name: str, requests: int, concurrency: int, classifier: bool, checks: Checks, full: bool
) -> dict[str, Any]:
    up = st.add(upstream_proc(st.dir, name=f"upstream-{name}")).start()
    gwdir = st.dir / name
    gwdir.mkdir()
    policy = [str(configs.BASELINE)] if classifier else [str(configs.baseline_without_classifier(gwdir))]
    cfg = configs.render(
        configs.GatewaySpec(
            upstream_base=f"http://127.0.0.1:{up.port}",
            policy_paths=policy,
        ),
        gwdir,
    )
    env = configs.gateway_env()
    if full and tracing_available():
        # Spans printed to the gateway's log (OTEL's console exporter): grepped for PII with the rest.
        env.update(OTEL_TRACES_EXPORTER="console", OTEL_SERVICE_NAME="safety-gateway-reliability")
    gw = st.add(GatewayProc(f"gateway-{name}", cfg, st.dir, env=env))
    t0 = time.monotonic()
    gw.start(wait=300)
    startup_s = round(time.monotonic() - t0, 1)
    key = configs.key_for("alpha")
    run_id = f"{name}{int(time.time()) % 100000}"

    expected, cal = common.calibrate(gw.port, key, run_id)
    load = Load([("127.0.0.1", gw.port)], key, requests, concurrency, workload.LOAD_MIX, run_id)
    rss: list[tuple[float, float, float]] = []
    meter = CpuMeter({"gateway": gw.pid, "upstream": up.pid})
    rss_start = rss_mib(gw.pid)
    log(f"{name}: {requests} requests at concurrency {concurrency} (gateway ready in {startup_s} s)")
    meter.start()
    run_load(load, monitors=[rss_monitor(gw.pid, rss, 5.0)])
    cpu = meter.stop()
    summary = summarize(load)
    log(
        f"{name}: {summary['throughput_rps']} req/s, latency {summary['latency_ms_all']}, "
        f"outcomes {summary['outcomes']}"
    )
    result: dict[str, Any] = {
        "startup_s": startup_s,
        "summary": summary,
        "cpu": cpu,
        "rss_mib": {
            "before": round(rss_start, 1),
            "after": round(rss_mib(gw.pid), 1),
            "max": max((r[2] for r in rss), default=None),
        },
    }
    if not full:
        gw.stop()
        return result

    metrics = http_get(f"{gw.root}/metrics", {"authorization": f"Bearer {configs.key_for('ops')}"})
    upstream_seen = http_get(f"http://127.0.0.1:{up.port}/_requests")
    log("stopping the gateway (flushes the audit writer), then reading the audit store")
    gw.stop()
    samples = cal.samples + load.samples
    common.standard_checks(checks, samples)
    export = evidence.audit_export(cfg)
    audit = evidence.audit_check(cfg, export, [s.request_id for s in samples], common.outcomes_by_id(samples))
    records = evidence.parse_export(export)
    errors = evidence.detector_error_ids(records)
    # A request the classifier could not judge in time is blocked (on_error: closed); the audit record
    # says so. Any other difference from the decision at rest would be a bug (batching, races).
    flips = common.mismatches(load.samples, expected)
    bad = [s for s in flips if s.request_id not in errors]
    checks.add(
        "decisions under load equal the decisions at rest (but for fail-closed detector errors)",
        not bad,
        [(s.request_id, s.prompt_key, s.outcome) for s in bad[:5]],
    )
    result["fail_closed_on_detector_error"] = {
        "requests": len(errors),
        "share": round(len(errors) / max(1, len(load.samples)), 4),
        "of_which_would_have_passed": len(flips) - len(bad),
    }
    pii_blocks = common.pii_blocks(load.samples, records)
    checks.add(
        "PII requests answered with their values restored, or blocked only by a classifier finding",
        pii_blocks["ok"],
        pii_blocks,
    )
    result["pii_blocks"] = pii_blocks
    cs = common.calibration_summary(expected)
    checks.add(
        "keyword injections blocked",
        cs["keyword_injections"]["blocked"] == cs["keyword_injections"]["prompts"],
        cs["keyword_injections"],
    )
    checks.add(
        "audit: exactly one record per request",
        audit["missing"] == 0 and audit["duplicates"] == 0 and audit["unexpected"] == 0,
        {k: audit[k] for k in ("records", "requests_sent", "missing", "duplicates", "unexpected")},
    )
    checks.add("audit verify passes", audit["verify"].get("ok") is True, audit["verify"])
    checks.add(
        "audit decisions match what the clients saw",
        audit.get("decision_mismatches") == 0,
        audit.get("decision_mismatch_examples"),
    )
    pii = load.pii_sent + cal.pii_sent
    leaks = evidence.find_leaks(
        pii, evidence.files_under(st.dir), {"metrics": metrics, "audit-export": export.encode()}
    )
    spans = gw.log_path.read_text(errors="replace").count('"trace_id"')
    result["trace_spans_in_log"] = spans
    if tracing_available():
        checks.add(
            "traces were exported (console exporter) and grepped with the logs",
            spans > len(load.samples),
            spans,
        )
    checks.add("no raw PII in logs, traces, audit store, spool or metrics", leaks["ok"], leaks["leaks"])
    upstream_leaks = evidence.find_leaks(pii, [], {"upstream-last-200-bodies": upstream_seen})
    checks.add(
        "no raw PII reached the external upstream (last 200 bodies)",
        upstream_leaks["ok"],
        upstream_leaks["leaks"],
    )
    pii_bodies = sum(1 for b in json.loads(upstream_seen) if "KR_RRN_" in json.dumps(b, ensure_ascii=False))
    result.update(
        calibration=cs,
        audit=audit,
        pii_grep={k: leaks[k] for k in ("values_sent", "sources_scanned", "bytes_scanned", "leaks")},
        upstream_bodies_with_placeholders=pii_bodies,
        rss_samples=rss[:: max(1, len(rss) // 40)],
    )
    return result


def run(
    requests: int = 20_000, concurrency: int = 200, compare: int = 0, keep: bool = False
) -> dict[str, Any]:
    checks = Checks()
    with Stack("load", keep) as st:
        main = _leg(st, "baseline", requests, concurrency, True, checks, full=True)
        sections: dict[str, Any] = {"load": main}
        if compare:
            # The same mix without the classifier rule (keywords, PII and size limits stay): the
            # difference is what the CPU classifier costs.
            other = _leg(st, "no-classifier", compare, concurrency, False, checks, full=False)
            a, b = main["summary"], other["summary"]
            sections["without_classifier"] = other
            sections["classifier_cost"] = {
                "rps_with": a["throughput_rps"],
                "rps_without": b["throughput_rps"],
                "p50_ms_with": a["latency_ms_all"].get("p50"),
                "p50_ms_without": b["latency_ms_all"].get("p50"),
                "gateway_cpu_s_per_1000_requests_with": round(
                    1000 * main["cpu"]["cpu_s"]["gateway"] / a["requests"], 2
                ),
                "gateway_cpu_s_per_1000_requests_without": round(
                    1000 * other["cpu"]["cpu_s"]["gateway"] / b["requests"], 2
                ),
            }
            c = sections["classifier_cost"]
            c["classifier_share_of_gateway_cpu"] = round(
                1 - c["gateway_cpu_s_per_1000_requests_without"] / c["gateway_cpu_s_per_1000_requests_with"],
                3,
            )
    settings = {
        "requests": requests,
        "concurrency": concurrency,
        "mix": workload.LOAD_MIX,
        "policy": "policies/library/baseline.yaml",
        "classifier": "in-process, CPU (bundled model)",
        "audit": "sqlite + spool",
        "vault": "memory",
        "compare_without_classifier": compare,
    }
    return document("load", settings, checks, **sections)
