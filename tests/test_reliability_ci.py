"""The reliability suite, reduced to what CI can afford (issue 9; the full runs are ``make load chaos
fuzz soak replicas``, see docs/reliability.md).

One gateway process (the baseline policy without its CPU classifier rule, every upstream fault as a
model, audit in a private PostgreSQL, pseudonym vault in a private Redis) takes 1,000 requests of
the realistic mix from 32 concurrent raw-HTTP clients while PostgreSQL and then Redis are stopped
and started again. Then a sample of hostile input, a tenant trying to reach a model through a
fallback, and a request trying to redirect itself. Without PostgreSQL's binaries or redis-server
the run falls back to SQLite / the in-memory vault and skips the outage assertions.
"""

from __future__ import annotations

import asyncio
import collections
import json
import time
from typing import Any

import pytest
import yaml

from tests.reliability import common, configs, evidence, hostile, workload
from tests.reliability.client import openai_error, raw_exchange
from tests.reliability.harness import Stack
from tests.reliability.runner import Load, run_load
from tests.reliability.services import (
    GatewayProc,
    PrivatePostgres,
    PrivateRedis,
    http_get,
    postgres_available,
    redis_available,
    upstream_proc,
)

REQUESTS = 1000
CONCURRENCY = 32
HOSTILE = {
    "empty body",
    "NaN literal",
    "lone surrogate escape",
    "invalid UTF-8 in a string",
    "nesting 5000 deep",
    "nesting 500 deep in an extra field",
    "nesting 200 deep in an extra field",
    "messages is a string",
    "n as a string",
    "model unknown",
    "body over the size limit (5 MB)",
    "chunked body over the size limit",
    "wrong key",
    "64 KB Authorization header",
    "duplicate keys (the last wins, and is what is checked)",
}


def _director(pg: PrivatePostgres | None, redis: PrivateRedis | None) -> Any:
    async def direct(load: Load) -> None:
        if pg is not None:
            await load.wait_progress(0.25)
            load.phase = "postgres_down"
            await asyncio.to_thread(pg.stop, "fast")
            await asyncio.sleep(2.0)
            await asyncio.to_thread(pg.start)
            load.phase = "postgres_back"
            await asyncio.sleep(1.0)
        if redis is not None:
            await load.wait_progress(0.6)
            load.phase = "redis_down"
            await asyncio.to_thread(redis.stop)
            await asyncio.sleep(1.5)
            await asyncio.to_thread(redis.start)
            load.phase = "redis_back"
            await asyncio.sleep(1.5)

    return direct


def _allowed(kind: str, phase: str, prompt_key: str) -> set[str]:
    if kind in workload.FAULT_EXPECT:
        ok = workload.fault_outcomes(kind)
    elif kind.startswith("injection"):
        # Without the classifier rule only the keyword backstop blocks: the paraphrases pass.
        ok = {"blocked"} if int(prompt_key.split(":")[1]) < len(workload.KEYWORD_INJECTIONS) else {"ok"}
    else:
        ok = {"ok"}
    if phase == "redis_down" and kind in common.PII_KINDS:
        ok |= common.VAULT_DOWN
    return ok


@pytest.fixture(scope="module")
def run(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Any]:
    out: dict[str, Any] = {}
    with Stack("ci") as st:
        up = st.add(upstream_proc(st.dir)).start()
        base = f"http://127.0.0.1:{up.port}"
        pg = PrivatePostgres() if postgres_available() else None
        if pg is not None:
            st.postgres.append(pg)
            pg.start()
        redis = PrivateRedis(st.dir) if redis_available() else None
        if redis is not None:
            st.add(redis.proc)
            redis.start()
        cfg = configs.render(
            configs.GatewaySpec(
                upstream_base=base,
                faults=True,
                policy_paths=[str(configs.baseline_without_classifier(st.dir))],
                audit={"sink": "postgres", "postgres_dsn": pg.dsn, "postgres_schema": "audit"}
                if pg
                else None,
                vault={"backend": "redis", "url": redis.url, "prefix": "sg:ci:", "ttl_s": 600}
                if redis
                else None,
            ),
            st.dir / "gw",
        )
        doc = yaml.safe_load(cfg.read_text(encoding="utf-8"))
        # beta may use beta-flaky, which fails over to fake-internal, which beta may not use.
        doc["model_list"].append(
            {
                "model_name": "beta-flaky",
                "litellm_params": {
                    "model": "openai/fake-model",
                    "api_base": f"{base}/x/status=500/v1",
                    "api_key": "k",
                },
            }
        )
        doc["router_settings"]["fallbacks"].append({"beta-flaky": ["fake-internal"]})
        doc["tenants"]["beta"]["models"].append("beta-flaky")
        cfg.write_text(yaml.safe_dump(doc, sort_keys=False), encoding="utf-8")
        gw = st.add(GatewayProc("gateway", cfg, st.dir, env=configs.gateway_env())).start(wait=120)
        key = configs.key_for("alpha")

        load = Load(
            [("127.0.0.1", gw.port)],
            key,
            REQUESTS,
            CONCURRENCY,
            {**workload.LOAD_MIX, **workload.FAULT_MIX},
            f"ci{int(time.time()) % 100000}",
        )
        run_load(load, director=_director(pg, redis))

        cases = [c for c in hostile.malformed_cases(key) if c.name in HOSTILE]
        out["hostile"] = [(c, asyncio.run(raw_exchange("127.0.0.1", gw.port, c.raw))) for c in cases]
        out["fallback"] = asyncio.run(
            raw_exchange("127.0.0.1", gw.port, _chat(configs.key_for("beta"), "beta-flaky"))
        )
        out["metrics"] = http_get(f"{gw.root}/metrics", {"authorization": f"Bearer {configs.key_for('ops')}"})
        out["alive"] = http_get(f"{gw.root}/healthz")
        gw.stop()
        # The same config on the litellm path (where request fields become litellm keywords): a client
        # naming another api_base / base_url or a mock_response must still reach the configured upstream.
        doc["router_settings"]["fast_path"] = False
        doc["audit"] = None
        cfg_ll = st.dir / "gw-litellm.yaml"
        cfg_ll.write_text(yaml.safe_dump(doc, sort_keys=False), encoding="utf-8")
        gw_ll = st.add(GatewayProc("gateway-litellm", cfg_ll, st.dir, env=configs.gateway_env())).start(
            wait=120
        )
        out["redirect"] = asyncio.run(
            raw_exchange(
                "127.0.0.1",
                gw_ll.port,
                _chat(
                    key,
                    "fake-echo",
                    api_base=f"{base}/x/reply=HIJACKED/v1",
                    base_url=f"{base}/x/reply=HIJACKED/v1",
                    mock_response="hijacked",
                ),
            )
        )
        out["upstream_stats"] = json.loads(http_get(f"{base}/_stats"))
        gw_ll.stop()
        out["export"] = evidence.audit_export(cfg)
        (st.dir / "audit-export.jsonl").write_text(
            out["export"], encoding="utf-8"
        )  # kept with SG_RELIABILITY_KEEP=1
        out["audit"] = evidence.audit_check(
            cfg,
            out["export"],
            [s.request_id for s in load.samples],
            common.outcomes_by_id([s for s in load.samples if s.kind != "client_abort"]),
        )
        out["leaks"] = evidence.find_leaks(
            load.pii_sent,
            evidence.files_under(st.dir),
            {
                "metrics": out["metrics"],
                "audit-export": out["export"].encode(),
                **({"postgres": evidence.pg_dump(pg.dsn)} if pg else {}),
                **({"redis": evidence.redis_dump(redis.url)} if redis else {}),
            },
        )
        out["log"] = gw.log_path.read_text(errors="replace")
        out.update(load=load, postgres=pg is not None, redis=redis is not None)
    return out


def _chat(key: str, model: str, **extra: Any) -> bytes:
    body = json.dumps({"model": model, "messages": [{"role": "user", "content": "hello"}], **extra}).encode()
    return (
        f"POST /v1/chat/completions HTTP/1.1\r\nHost: gw\r\nAuthorization: Bearer {key}\r\n"
        f"Content-Type: application/json\r\nContent-Length: {len(body)}\r\n\r\n"
    ).encode() + body


def test_every_request_answered_well_formed_and_never_500(run: dict[str, Any]) -> None:
    samples = run["load"].samples
    assert len(samples) >= REQUESTS
    assert not [s.outcome for s in samples if s.outcome.startswith("transport:")]
    assert not [s.request_id for s in samples if s.status == 500]
    assert not [(s.request_id, s.problem) for s in samples if s.problem]
    assert "internal error in request" not in run["log"]


def test_every_kind_and_phase_gets_its_documented_answer(run: dict[str, Any]) -> None:
    wrong = collections.Counter(
        (s.phase, s.kind, s.outcome)
        for s in run["load"].samples
        if s.outcome
        not in _allowed(s.kind, s.phase, s.prompt_key) | _allowed(s.kind, s.phase_end, s.prompt_key)
    )
    assert not wrong, wrong.most_common(8)
    kinds = {s.kind for s in run["load"].samples}
    assert set(workload.FAULT_MIX) <= kinds  # every fault was exercised
    r429 = [s for s in run["load"].samples if s.kind == "fault_429"]
    assert r429 and all(s.retry_after == "7" for s in r429)


def test_one_audit_record_per_request_through_the_outages(run: dict[str, Any]) -> None:
    audit = run["audit"]
    assert (audit["missing"], audit["duplicates"]) == (0, 0), audit["missing_examples"]
    # The hostile sample and the fallback probe went through the proxy too: a record each, nothing more —
    # except header blocks over server.max_header_bytes, refused with 431 by the HTTP server while they
    # arrive (gateway/server.py), before there is a request to record.
    assert (
        audit["unexpected"]
        == sum(1 for _, resp in run["hostile"] if resp is not None and resp.status != 431) + 1
    )
    assert audit["verify"].get("ok") is True, audit["verify"]
    assert audit["decision_mismatches"] == 0, audit["decision_mismatch_examples"]
    if not run["postgres"]:
        pytest.skip("no PostgreSQL binaries: audit ran on SQLite, no outage")
    assert "postgres_down" in {s.phase for s in run["load"].samples}


def test_redis_outage_fails_closed_for_pii_only(run: dict[str, Any]) -> None:
    if not run["redis"]:
        pytest.skip("no redis-server: the vault ran in memory, no outage")
    down = [s for s in run["load"].samples if s.phase == "redis_down"]
    assert down
    assert {s.outcome for s in down if s.kind in ("chat", "completions", "embeddings")} <= {"ok"}
    after = [s for s in run["load"].samples if s.phase == "redis_back" and s.kind in common.PII_KINDS]
    assert after and {s.outcome for s in after} == {"ok"}  # back, and restoring again


def test_hostile_sample_gets_clear_errors(run: dict[str, Any]) -> None:
    assert run["alive"] == b'{"status":"ok"}'
    for case, resp in run["hostile"]:
        assert resp is not None or case.may_close, case.name
        if resp is None:
            continue
        assert resp.status in case.expect, (case.name, resp.status, resp.body[:200])
        if resp.status >= 400 and case.openai_body:
            assert openai_error(resp.body) is not None, (case.name, resp.body[:200])


def test_no_fallback_or_request_field_widens_access(run: dict[str, Any]) -> None:
    assert run["fallback"] is not None and run["fallback"].status == 502  # never served by fake-internal
    # Body fields that would steer the call (api_base, base_url, ...) are refused by name (issue 14: every
    # field has one treatment, policies/request_fields.py), where they used to be ignored.
    assert run["redirect"] is not None and run["redirect"].status == 400
    error = json.loads(run["redirect"].body)["error"]
    assert error["code"] == "unsupported_parameter" and error["param"] in ("api_base", "base_url", "api_key")
    assert not any("HIJACKED" in path for path in run["upstream_stats"])


def test_no_raw_pii_in_logs_audit_vault_or_metrics(run: dict[str, Any]) -> None:
    leaks = run["leaks"]
    assert leaks["values_sent"] > 300 and leaks["bytes_scanned"] > 100_000
    assert '"event":"request"' in run["log"] or '"event": "request"' in run["log"]  # the access log was on
    assert leaks["ok"], leaks["leaks"]
