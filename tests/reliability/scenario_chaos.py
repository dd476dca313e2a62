"""Faults during load. The mix adds one kind per upstream misbehaviour (timeout, 503, 429, connection
reset, stream cut mid-way, slow drip, a failing model with a fallback, a client hanging up
mid-stream), and a director takes the gateway's dependencies away one at a time, then brings them
back:

  classifier service  SIGKILL, restarted (the baseline's classifier rule is ``on_error: closed``)
  PostgreSQL (audit)  ``pg_ctl stop -m fast``, started again (records go to the spool meanwhile)
  Redis (vault)       stopped, started again empty (pseudonymization fails closed meanwhile)

Every request is tagged with the phase it was sent in; the result says per phase what the clients
saw. Afterwards every request has exactly one audit record in PostgreSQL and the chain verifies.
"""

from __future__ import annotations

import asyncio
import collections
import time
from typing import Any

from tests.reliability import common, configs, evidence, workload
from tests.reliability.harness import Checks, Stack, document, log
from tests.reliability.runner import Load, Sample, run_load, summarize
from tests.reliability.scenario_replicas import ratelimit_available
from tests.reliability.services import (
    GatewayProc,
    PrivatePostgres,
    PrivateRedis,
    Proc,
    classifier_proc,
    http_get,
    upstream_proc,
)

PII_KINDS = common.PII_KINDS
VAULT_DOWN = common.VAULT_DOWN


def _director(
    classifier: Proc, pg: PrivatePostgres, redis: PrivateRedis, hold_s: float, events: list[dict[str, Any]]
) -> Any:
    async def note(load: Load, phase: str) -> None:
        load.phase = phase
        events.append(
            {
                "t_s": round(asyncio.get_running_loop().time() - load.t0, 1),
                "phase": phase,
                "requests_done": load.done,
            }
        )
        log(f"phase {phase} ({load.done} requests done)")

    async def direct(load: Load) -> None:
        await note(load, "steady")
        await asyncio.sleep(hold_s)
        # SIGKILL: the service does not say goodbye; the gateway finds out from refused connections.
        await asyncio.to_thread(classifier.kill)
        await note(load, "classifier_down")
        await asyncio.sleep(hold_s)
        # While it loads its model a request may still be refused, or already be answered.
        await note(load, "classifier_restarting")
        t0 = time.monotonic()
        await asyncio.to_thread(classifier.start, 180)  # returns once /healthz answers
        events.append({"classifier_restart_s": round(time.monotonic() - t0, 1)})
        await note(load, "classifier_back")
        await asyncio.sleep(hold_s)
        # The phase starts before the stop: a request racing the shutdown may get either answer.
        await note(load, "postgres_down")
        await asyncio.to_thread(pg.stop, "fast")
        await asyncio.sleep(hold_s * 1.5)
        await asyncio.to_thread(pg.start)
        await note(load, "postgres_back")
        await asyncio.sleep(hold_s)
        await note(load, "redis_down")
        await asyncio.to_thread(redis.stop)
        await asyncio.sleep(hold_s)
        await asyncio.to_thread(redis.start)
        await note(load, "redis_back")
        await asyncio.sleep(hold_s)

    return direct


def _allowed(s: Sample, expected: dict[str, str], detector_errors: set[str]) -> set[str]:
    """A request that straddled a phase change may get what either phase calls for."""
    return _allowed_in(s, s.phase, expected, detector_errors) | _allowed_in(
        s, s.phase_end or s.phase, expected, detector_errors
    )


def _allowed_in(s: Sample, phase: str, expected: dict[str, str], detector_errors: set[str]) -> set[str]:
    """What a request may get back, given its kind and the phase it was sent in. A block whose audit
    record says the classifier failed (timeout under load) is the fail-closed choice working, in any
    phase; those are counted separately."""
    if s.kind in workload.FAULT_EXPECT:
        ok = workload.fault_outcomes(s.kind)
    elif s.kind in PII_KINDS:
        ok = {"ok", "blocked"}  # blocked only with a classifier finding on that text: checked from the audit
    else:
        ok = {expected.get(s.prompt_key, "ok")}
    if s.request_id in detector_errors:
        ok = ok | {"blocked"}
    if phase == "classifier_down" and s.kind != "client_abort":
        ok = {"blocked"}  # on_error: closed — nothing passes unchecked
    if phase == "classifier_restarting" and s.kind != "client_abort":
        ok = ok | {"blocked"}
    if phase == "redis_down" and s.kind in PII_KINDS:
        ok = ok | VAULT_DOWN  # fail closed: raw PII is never forwarded instead
    return ok


def run(
    requests: int = 4000, concurrency: int = 16, hold_s: float = 8.0, keep: bool = False
) -> dict[str, Any]:
    checks = Checks()
    events: list[dict[str, Any]] = []
    with Stack("chaos", keep) as st:
        up = st.add(upstream_proc(st.dir)).start()
        clf = st.add(classifier_proc(st.dir)).start(wait=180)
        pg = PrivatePostgres()
        st.postgres.append(pg)
        pg.start()
        redis = PrivateRedis(st.dir)
        st.add(redis.proc)
        redis.start()
        cfg = configs.render(
            configs.GatewaySpec(
                upstream_base=f"http://127.0.0.1:{up.port}",
                faults=True,
                audit={"sink": "postgres", "postgres_dsn": pg.dsn, "postgres_schema": "audit"},
                vault={"backend": "redis", "url": redis.url, "prefix": "sg:rel:", "ttl_s": 600},
                extra={
                    "rate_limits": {
                        "redis_url": redis.url,
                        "key_prefix": "sg:rl:chaos:",
                        "on_backend_error": "open",
                        "tenants": {"alpha": {"rpm": 1_000_000}},
                    }
                }
                if ratelimit_available()
                else {},
                classifier={
                    "backend": "remote",
                    "timeout_s": 5.0,
                    "remote": {
                        "url": f"http://127.0.0.1:{clf.port}",
                        "timeout_s": 4.0,
                        "retries": 1,
                    },
                },
            ),
            st.dir / "gw",
        )
        gw = st.add(GatewayProc("gateway", cfg, st.dir, env=configs.gateway_env())).start(wait=300)
        key = configs.key_for("alpha")
        run_id = f"chaos{int(time.time()) % 100000}"
        expected, cal = common.calibrate(gw.port, key, run_id)
        load = Load(
            [("127.0.0.1", gw.port)],
            key,
            requests,
            concurrency,
            {**workload.LOAD_MIX, **workload.FAULT_MIX},
            run_id,
        )
        run_load(load, director=_director(clf, pg, redis, hold_s, events))
        summary = summarize(load)
        log(f"{summary['requests']} requests, {summary['throughput_rps']} req/s, {summary['outcomes']}")
        metrics = http_get(f"{gw.root}/metrics", {"authorization": f"Bearer {configs.key_for('ops')}"})
        upstream_seen = http_get(f"http://127.0.0.1:{up.port}/_requests")
        gw.stop()

        samples = cal.samples + load.samples
        export = evidence.audit_export(cfg)
        records = evidence.parse_export(export)
        errors = evidence.detector_error_ids(records)
        wrong = [s for s in load.samples if s.outcome not in _allowed(s, expected, errors)]
        by_phase_kind = collections.Counter((s.phase, s.kind, s.outcome) for s in wrong)
        checks.add(
            "every answer is what its kind and phase call for",
            not wrong,
            {f"{p}/{k}: {o}": n for (p, k, o), n in by_phase_kind.most_common(12)},
        )
        problems = [s for s in samples if s.problem]
        checks.add(
            "every answer well-formed (OpenAI error bodies, streams end with [DONE] or an error event)",
            not problems,
            [(s.request_id, s.kind, s.problem) for s in problems[:5]],
        )
        c500 = [s for s in samples if s.status == 500]
        checks.add("no 500 (no unhandled error in the gateway)", not c500, [s.request_id for s in c500[:5]])
        r429 = [s for s in load.samples if s.kind == "fault_429" and s.outcome.startswith("error:429")]
        checks.add(
            "429 keeps the upstream's Retry-After",
            bool(r429) and all(s.retry_after == "7" for s in r429),
            collections.Counter(s.retry_after for s in r429),
        )
        back = [
            s for s in load.samples if s.phase in ("classifier_back", "postgres_back", "redis_back", "after")
        ]
        checks.add(
            "every dependency recovered (answers after each comeback are normal)",
            bool(back) and all(s.outcome in _allowed(s, expected, errors) for s in back),
            len(back),
        )
        pii_blocks = common.pii_blocks(load.samples, records)
        checks.add(
            "PII requests answered with their values restored, or blocked only by a classifier finding",
            pii_blocks["ok"],
            pii_blocks,
        )
        timeouts = collections.Counter(
            s.phase
            for s in load.samples
            if s.request_id in errors and s.phase not in ("classifier_down", "classifier_restarting")
        )
        audit = evidence.audit_check(
            cfg,
            export,
            [s.request_id for s in samples],
            common.outcomes_by_id([s for s in samples if s.kind != "client_abort"]),
        )
        checks.add(
            "no audit record lost or doubled (PostgreSQL stopped and restarted mid-run)",
            audit["missing"] == 0 and audit["duplicates"] == 0 and audit["unexpected"] == 0,
            {
                k: audit[k]
                for k in (
                    "records",
                    "requests_sent",
                    "missing",
                    "duplicates",
                    "unexpected",
                    "missing_examples",
                )
            },
        )
        checks.add("audit verify passes", audit["verify"].get("ok") is True, audit["verify"])
        checks.add(
            "audit decisions match what the clients saw",
            audit.get("decision_mismatches") == 0,
            audit.get("decision_mismatch_examples"),
        )
        aborted = {s.request_id for s in load.samples if s.kind == "client_abort"}
        abort_records = collections.Counter(
            r["labels"].get("status") for r in records if r["request_id"] in aborted
        )
        # A stream the client left is recorded as 499 (a request blocked before it streamed: 400).
        checks.add(
            "a client hanging up mid-stream leaves a record saying so (499), never a 200",
            bool(abort_records) and set(abort_records) <= {"499", "400"},
            dict(abort_records),
        )
        fallbacks = sum(1 for r in records if r["labels"].get("served_by_alias"))
        pii = load.pii_sent + cal.pii_sent
        leaks = evidence.find_leaks(
            pii,
            evidence.files_under(st.dir),
            {
                "metrics": metrics,
                "audit-export": export.encode(),
                "postgres-dump": evidence.pg_dump(pg.dsn),
                "redis": evidence.redis_dump(redis.url),
                "upstream-last-200-bodies": upstream_seen,
            },
        )
        checks.add(
            "no raw PII in logs, audit (PostgreSQL dump), spool, Redis, metrics or upstream bodies",
            leaks["ok"],
            leaks["leaks"],
        )
        phases = summary.pop("phases")
        rl_errors = [
            line
            for line in metrics.decode().splitlines()
            if line.startswith("safety_gateway_ratelimit_backend_errors_total")
        ]
    settings = {
        "requests": requests,
        "concurrency": concurrency,
        "hold_s": hold_s,
        "mix": {**workload.LOAD_MIX, **workload.FAULT_MIX},
        "faults": configs.FAULT_MODELS,
        "audit": "postgres (private instance) + spool",
        "vault": "redis (private instance)",
        "classifier": "remote service (safety-gateway classifier serve, CPU)",
        "audit_failure": "closed",
        "classifier_rule_on_error": "closed",
    }
    return document(
        "chaos",
        settings,
        checks,
        timeline=events,
        phases=phases,
        summary=summary,
        calibration=common.calibration_summary(expected),
        audit=audit,
        client_abort_audit_status=dict(abort_records),
        fallbacks_recorded=fallbacks,
        classifier_timeouts_outside_outage=dict(timeouts),
        pii_blocks=pii_blocks,
        ratelimit_backend_errors=rl_errors,
        pii_grep={k: leaks[k] for k in ("values_sent", "sources_scanned", "bytes_scanned", "leaks")},
    )
