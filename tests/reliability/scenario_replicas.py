"""Two replicas: two gateway processes with one config, sharing PostgreSQL (audit) and Redis (pseudonym
vault, and rate-limit counters when ``gateway.ratelimit`` is installed), behind the load generator,
which alternates requests between them.

- The mixed load, alternating: no 5xx, every answer well-formed.
- Conversations whose first turn goes to one replica and second turn to the other: the second
  replica restores the pseudonyms the first one created (``x-conversation-id``).
- A tenant limited to ``rpm`` requests per minute sends many more, alternating: the two replicas
  together accept about ``rpm`` (one shared counter), not ``2 x rpm``.
- The audit store holds one record per request from both replicas (one chain each); ``audit
  verify`` passes.

The classifier rule is left out (the baseline without it): two in-process CPU classifiers would
only compete for the same two cores, and none of these properties depend on it.
"""

from __future__ import annotations

import asyncio
import collections
import importlib.util
import time
import uuid
from typing import Any

import orjson

from tests.reliability import common, configs, evidence, workload
from tests.reliability.client import Conn, encode_request, openai_error
from tests.reliability.harness import Checks, Stack, document, log
from tests.reliability.runner import Load, run_load, summarize
from tests.reliability.services import GatewayProc, PrivatePostgres, PrivateRedis, http_get, upstream_proc

RPM = 40


def ratelimit_available() -> bool:
    return importlib.util.find_spec("gateway.ratelimit") is not None


async def _post(
    port: int, key: str, body: dict[str, Any], headers: dict[str, str]
) -> tuple[int, dict[str, str], bytes]:
    conn = Conn("127.0.0.1", port)
    try:
        raw = encode_request(
            "POST",
            "/v1/chat/completions",
            f"127.0.0.1:{port}",
            {"Authorization": f"Bearer {key}", "Content-Type": "application/json", **headers},
            orjson.dumps(body),
        )
        r = await conn.request(raw, asyncio.get_running_loop().time())
        return r.status, r.headers, r.body
    finally:
        conn.close()


async def conversations(ports: list[int], key: str, n: int, run_id: str) -> dict[str, Any]:
    """Turn 1 (PII) on one replica, turn 2 (asking for the placeholders back) on the other."""
    sem = asyncio.Semaphore(16)
    outcomes: collections.Counter[str] = collections.Counter()
    sent: list[str] = []

    async def one(i: int) -> None:
        import random

        rng = random.Random(i)
        rrn, phone = workload.rrn(rng, 60_000 + i), workload.phone(60_000 + i)
        sent.extend([rrn, phone])
        conv = {"x-conversation-id": f"{run_id}-conv-{i}-{uuid.uuid4().hex[:6]}"}
        first, second = ports[i % 2], ports[(i + 1) % 2]
        async with sem:
            s1, _, b1 = await _post(
                first,
                key,
                {
                    "model": "fake-echo",
                    "messages": [
                        {"role": "user", "content": f"주민등록번호 {rrn}, 연락처 {phone} 확인 부탁드립니다."}
                    ],
                },
                conv,
            )
            s2, _, b2 = await _post(
                second,
                key,
                {
                    "model": "fake-echo",
                    "messages": [{"role": "user", "content": "다시 알려 주세요: <KR_RRN_1> / <KR_PHONE_1>"}],
                },
                conv,
            )
        if s1 != 200 or s2 != 200:
            outcomes[f"status {s1}/{s2}"] += 1
            return
        answer = orjson.loads(b2)["choices"][0]["message"]["content"]
        outcomes["restored across replicas" if rrn in answer and phone in answer else "not restored"] += 1

    await asyncio.gather(*(one(i) for i in range(n)))
    return {"conversations": n, "outcomes": dict(outcomes), "pii_sent": sent}


async def rate_limit_burst(ports: list[int], key: str, n: int) -> dict[str, Any]:
    statuses: collections.Counter[int] = collections.Counter()
    per_replica: collections.Counter[str] = collections.Counter()
    bad_429: list[str] = []
    sem = asyncio.Semaphore(8)

    async def one(i: int) -> None:
        port = ports[i % 2]
        async with sem:
            s, h, b = await _post(
                port,
                key,
                {"model": "fake", "messages": [{"role": "user", "content": "hello"}]},
                {"x-request-id": f"burst-{i}"},
            )
        statuses[s] += 1
        if s == 200:
            per_replica[f"replica {i % 2}"] += 1
        if s == 429 and (openai_error(b) is None or not h.get("retry-after")):
            bad_429.append(b[:120].decode(errors="replace"))

    t0 = time.monotonic()
    await asyncio.gather(*(one(i) for i in range(n)))
    return {
        "sent": n,
        "seconds": round(time.monotonic() - t0, 2),
        "statuses": dict(statuses),
        "accepted_per_replica": dict(per_replica),
        "malformed_429": bad_429[:3],
    }


def run(
    requests: int = 6000, concurrency: int = 64, conversations_n: int = 200, keep: bool = False
) -> dict[str, Any]:
    checks = Checks()
    with Stack("replicas", keep) as st:
        up = st.add(upstream_proc(st.dir)).start()
        pg = PrivatePostgres()
        st.postgres.append(pg)
        pg.start()
        redis = PrivateRedis(st.dir)
        st.add(redis.proc)
        redis.start()
        extra: dict[str, Any] = {}
        limited = ratelimit_available()
        if limited:
            extra["rate_limits"] = {
                "redis_url": redis.url,
                "key_prefix": f"sg:rl:{uuid.uuid4().hex[:8]}:",
                "on_backend_error": "closed",
                "tenants": {"beta": {"rpm": RPM}},
            }
        cfg = configs.render(
            configs.GatewaySpec(
                upstream_base=f"http://127.0.0.1:{up.port}",
                policy_paths=[str(configs.baseline_without_classifier(st.dir))],
                audit={"sink": "postgres", "postgres_dsn": pg.dsn, "postgres_schema": "audit"},
                vault={"backend": "redis", "url": redis.url, "prefix": "sg:rel:", "ttl_s": 600},
                extra=extra,
            ),
            st.dir / "gw",
        )
        # One after the other: the first creates the signing key both use.
        a = st.add(GatewayProc("gateway-a", cfg, st.dir, env=configs.gateway_env())).start(wait=300)
        b = st.add(GatewayProc("gateway-b", cfg, st.dir, env=configs.gateway_env())).start(wait=300)
        ports = [a.port, b.port]
        key = configs.key_for("alpha")
        run_id = f"rep{int(time.time()) % 100000}"

        log(f"{requests} requests alternating between two replicas")
        load = Load([("127.0.0.1", p) for p in ports], key, requests, concurrency, workload.LOAD_MIX, run_id)
        run_load(load)
        summary = summarize(load)
        summary.pop("phases", None)
        common.standard_checks(checks, load.samples)
        per_target = collections.Counter(s.target for s in load.samples)
        checks.add(
            "both replicas served half the requests",
            abs(per_target[0] - per_target[1]) <= 1,
            dict(per_target),
        )

        log(f"{conversations_n} conversations crossing replicas")
        conv = asyncio.run(conversations(ports, key, conversations_n, run_id))
        checks.add(
            "pseudonyms made by one replica are restored by the other",
            conv["outcomes"] == {"restored across replicas": conversations_n},
            conv["outcomes"],
        )

        burst: dict[str, Any] | None = None
        if limited:
            log(f"rate limit: {3 * RPM} requests for a tenant limited to {RPM}/min, alternating")
            burst = asyncio.run(rate_limit_burst(ports, configs.key_for("beta"), 3 * RPM))
            accepted = burst["statuses"].get(200, 0)
            # One shared sliding window: about RPM in total (a minute boundary inside the burst can add a
            # few); two separate counters would accept 2 x RPM.
            checks.add(
                f"rate limit shared: the two replicas together accept about {RPM}, not {2 * RPM}",
                RPM <= accepted <= RPM + RPM // 5
                and set(burst["statuses"]) <= {200, 429}
                and not burst["malformed_429"],
                burst,
            )
        else:
            log("gateway.ratelimit is not installed: the shared rate-limit check is skipped")

        metrics = {
            name: http_get(f"{g.root}/metrics", {"authorization": f"Bearer {configs.key_for('ops')}"})
            for name, g in (("a", a), ("b", b))
        }
        a.stop()
        b.stop()
        # Pseudonym scopes left in Redis: conversations need theirs (until ttl_s); a request without a
        # conversation id needs its own only until its answer is restored.
        pii_requests = [s for s in load.samples if s.kind in common.PII_KINDS and s.outcome == "ok"]
        vault_keys = {
            "keys": evidence.redis_count(redis.url, "sg:rel:*"),
            "pii_requests": len(pii_requests),
            "conversations": conversations_n,
            "keys_per_scope": 3,
        }
        ids = [s.request_id for s in load.samples]
        export = evidence.audit_export(cfg)
        records = evidence.parse_export(export)
        load_ids = set(ids)
        chains = collections.Counter(r["_audit"]["chain_id"] for r in records if r["request_id"] in load_ids)
        audit = evidence.audit_check(
            cfg,
            "\n".join(orjson.dumps(r).decode() for r in records if r["request_id"] in load_ids),
            ids,
            common.outcomes_by_id(load.samples),
        )
        checks.add(
            "audit: one record per request from both replicas, two chains, verify passes",
            audit["ok"] and len(chains) == 2,
            {
                "chains": dict(chains),
                **{k: audit[k] for k in ("records", "missing", "duplicates", "unexpected", "verify")},
            },
        )
        pii = load.pii_sent + conv["pii_sent"]
        leaks = evidence.find_leaks(
            pii,
            evidence.files_under(st.dir),
            {
                "metrics-a": metrics["a"],
                "metrics-b": metrics["b"],
                "audit-export": export.encode(),
                "postgres-dump": evidence.pg_dump(pg.dsn),
                "redis": evidence.redis_dump(redis.url),
            },
        )
        checks.add("no raw PII in logs, PostgreSQL, Redis or metrics", leaks["ok"], leaks["leaks"])
    conv.pop("pii_sent")
    settings = {
        "requests": requests,
        "concurrency": concurrency,
        "replicas": 2,
        "policy": "baseline without classifier",
        "audit": "postgres (shared, private instance)",
        "vault": "redis (shared, private instance)",
        "rate_limits": {"tenant beta rpm": RPM, "store": "redis (shared)"} if limited else "not installed",
    }
    return document(
        "replicas",
        settings,
        checks,
        summary=summary,
        conversations=conv,
        rate_limit=burst,
        audit_chains=dict(chains),
        vault_keys_after_run=vault_keys,
        audit={k: audit[k] for k in ("records", "missing", "duplicates", "unexpected", "verify")},
        pii_grep={k: leaks[k] for k in ("values_sent", "sources_scanned", "bytes_scanned", "leaks")},
    )
