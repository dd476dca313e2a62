"""Rate limits and budgets: the window arithmetic, the Redis script, the gateway's 429s through the
openai SDK, token reservations corrected by real usage, spend budgets, two gateway processes
sharing one Redis, and what happens when Redis is down (open and closed)."""

from __future__ import annotations

import asyncio
import os
import signal
import socket
import subprocess
import time
import uuid
from pathlib import Path
from typing import Any

import httpx
import openai
import pytest
from openai import OpenAI
from prometheus_client.parser import text_string_to_metric_families

from gateway.ratelimit.store import BackendError, MemoryStore, RedisStore
from tests.conftest import RunningGateway, serve_process, write_config
from tests.fake_upstream import FakeUpstream

REDIS = "redis://127.0.0.1:6379/0"


def _prefix() -> str:
    return f"sg:test:rl:{uuid.uuid4().hex}:"


def _closed_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]  # nothing listens once the socket is closed


def _metric(root: str, key: str, name: str, **labels: str) -> float:
    text = httpx.get(f"{root}/metrics", headers={"authorization": f"Bearer {key}"}).text
    want = set(labels.items())
    return sum(
        s.value
        for f in text_string_to_metric_families(text)
        for s in f.samples
        if s.name == name and want <= set(s.labels.items())
    )


def _chat(client: OpenAI, model: str = "fake", **kw: Any) -> Any:
    return client.chat.completions.create(
        model=model, messages=[{"role": "user", "content": "hello there"}], **kw
    )


# -- the window arithmetic ------------------------------------------------------------------------------


def test_sliding_window_weighs_the_last_minute(monkeypatch: pytest.MonkeyPatch) -> None:
    import gateway.ratelimit.store as store_mod

    clock = [6_000_000.0]  # an exact minute boundary (epoch seconds)
    monkeypatch.setattr(store_mod.time, "time", lambda: clock[0])
    store = MemoryStore()
    item = ("s", "k:rpm", 4.0, 60_000, 1)

    async def take() -> Any:
        return await store.acquire([item])

    async def run() -> None:
        for _ in range(4):
            assert (await take()).rejected is None
        over = await take()
        assert over.rejected == 0 and over.retry_after_ms == 60_000 * 1.25  # next minute + a quarter of it
        clock[0] += 75  # a quarter into the next minute: the last minute's 4 still weigh 3
        assert (await take()).rejected is None  # 3 + 1
        assert (await take()).rejected == 0
        clock[0] += 15  # half way: the last minute weighs 2, this one holds 1
        assert (await take()).rejected is None  # 2 + 1 + 1
        assert (await take()).rejected == 0
        clock[0] += 150  # two minutes later everything has expired
        for _ in range(4):
            assert (await take()).rejected is None

    asyncio.run(run())


def test_one_refusal_charges_no_limit() -> None:
    store = MemoryStore()

    async def run() -> None:
        key, tenant = ("s", "key:rpm", 10.0, 60_000, 1), ("s", "tenant:rpm", 2.0, 60_000, 1)
        assert (await store.acquire([key, tenant])).rejected is None
        assert (await store.acquire([key, tenant])).rejected is None
        assert (await store.acquire([key, tenant])).rejected == 1  # the tenant's limit
        # the refused request did not count against the key
        assert store._sliding["key:rpm"][1] == 2

    asyncio.run(run())


@pytest.mark.parametrize("backend", ["memory", "redis"])
def test_store_semantics(backend: str) -> None:
    async def run() -> None:
        prefix = _prefix()
        store = MemoryStore() if backend == "memory" else RedisStore.from_url(REDIS, prefix, 1.0, 1.0)
        try:
            tpm = ("s", "{t}:k:x:tpm", 100.0, 60_000, 60)
            tenant = ("s", "{t}:t:rpm", 5.0, 60_000, 1)
            budget = ("f", "{t}:t:usd:202611", 1000.0, 3_600_000, 0)
            first = await store.acquire([tpm, tenant, budget])
            assert first.rejected is None and first.window > 0
            second = await store.acquire([tpm, tenant, budget])
            assert second.rejected == 0 and 0 < second.retry_after_ms <= 120_000
            # the real usage was 10 tokens, not 60: correct the first reservation, and the second fits
            await store.adjust([("s", "{t}:k:x:tpm", first.window, -50)])
            assert (await store.acquire([tpm, tenant, budget])).rejected is None
            # a budget is refused once spent, until its period ends
            await store.adjust([("f", "{t}:t:usd:202611", 3_600_000, 1000)])
            refused = await store.acquire([("s", "{t}:k:x:rpm", 100.0, 60_000, 1), budget])
            assert refused.rejected == 1 and refused.retry_after_ms == 3_600_000
            if backend == "redis":  # the refused request was not counted against the other limit
                import redis

                r = redis.Redis.from_url(REDIS)
                try:
                    assert r.hget(f"{prefix}{{t}}:k:x:rpm", "c") is None
                    assert int(float(r.hget(f"{prefix}{{t}}:t:rpm", "c"))) == 2
                    assert 0 < r.pttl(f"{prefix}{{t}}:t:rpm") <= 120_000
                    for k in r.scan_iter(f"{prefix}*"):
                        r.delete(k)
                finally:
                    r.close()
        finally:
            await store.close()

    asyncio.run(run())


def test_redis_down_is_not_asked_again_at_once() -> None:
    async def run() -> None:
        store = RedisStore.from_url(f"redis://127.0.0.1:{_closed_port()}/0", _prefix(), 0.5, 30.0)
        try:
            with pytest.raises(BackendError) as first:
                await store.acquire([("s", "k", 1.0, 60_000, 1)])
            assert "ConnectionError" in str(first.value)
            with pytest.raises(BackendError) as second:  # within retry_interval_s: Redis is not called
                await store.acquire([("s", "k", 1.0, 60_000, 1)])
            assert "marked down" in str(second.value)
        finally:
            await store.close()

    asyncio.run(run())


def test_redis_corrections_are_gathered_and_applied() -> None:
    """With Redis, the usage corrections of many requests go out together and land on the right counters."""
    import redis

    from gateway.config import RateLimitSettings
    from gateway.context import RequestContext
    from gateway.metrics import Metrics
    from gateway.stages.rate_limit import RateLimitStage

    prefix = _prefix()
    settings = RateLimitSettings.model_validate(
        {"keys": {"default": {"rpm": 1000, "tpm": 100000}}, "tenants": {"default": {"tpm": 100000}}}
    )
    stage = RateLimitStage(settings, RedisStore.from_url(REDIS, prefix, 1.0, 1.0), Metrics(), {})
    body = {"model": "m", "messages": [{"role": "user", "content": "hello"}], "max_tokens": 100}

    async def run() -> None:
        for used in (10, 20, 30):
            ctx = RequestContext(
                request_id="r", endpoint="chat.completions", tenant="t1", key_id="key_a", body=body
            )
            await stage.run(ctx)
            ctx.usage, ctx.upstream_status = {"prompt_tokens": used, "completion_tokens": 0}, 200
            stage.settle(ctx, 200)
        await stage.close()  # flushes what is gathered

    asyncio.run(run())
    r = redis.Redis.from_url(REDIS)
    try:
        assert int(float(r.hget(f"{prefix}{{t1}}:k:key_a:tpm", "c"))) == 60
        assert int(float(r.hget(f"{prefix}{{t1}}:t:tpm", "c"))) == 60
        assert int(float(r.hget(f"{prefix}{{t1}}:k:key_a:rpm", "c"))) == 3
        for k in r.scan_iter(f"{prefix}*"):
            r.delete(k)
    finally:
        r.close()


# -- through the gateway --------------------------------------------------------------------------------


def _config(upstream: FakeUpstream, limits: str, extra: str = "") -> str:
    return f"""
        model_list:
          - model_name: fake
            litellm_params: {{model: openai/m, api_base: "{upstream.url("tag=rl")}", api_key: k}}
            model_info: {{input_cost_per_1k_tokens: 1000, output_cost_per_1k_tokens: 1000}}
        keys:
          - {{key_sha256: "{"0" * 64}", tenant: nobody, name: unused-key}}
        metrics_tenants: ['*']
        rate_limits:
{limits}
        {extra}
        """


def test_rpm_429_in_openai_format(make_gateway: Any, upstream: FakeUpstream) -> None:
    gw: RunningGateway = make_gateway(
        _config(
            upstream,
            """
          keys: {default: {rpm: 2}}
          tenants: {beta: {rpm: 1000}}
        """,
        )
    )
    client = OpenAI(base_url=gw.url, api_key=gw.key("alpha"), max_retries=0)
    _chat(client)
    _chat(client)
    with pytest.raises(openai.RateLimitError) as err:
        _chat(client)
    assert err.value.status_code == 429
    assert err.value.code == "rate_limit_exceeded" and err.value.type == "requests"
    body = err.value.response.json()
    assert set(body["error"]) == {"message", "type", "param", "code"}
    assert "2 requests per minute" in body["error"]["message"]
    retry_after = int(err.value.response.headers["retry-after"])
    assert 1 <= retry_after <= 120
    assert err.value.response.headers["x-request-id"]
    # another key has its own counter ("default" is per key, not shared)
    _chat(OpenAI(base_url=gw.url, api_key=gw.key("beta"), max_retries=0))
    assert (
        _metric(
            gw.root, gw.key("beta"), "safety_gateway_ratelimit_rejections_total", scope="key", limit="rpm"
        )
        == 1
    )
    assert (
        _metric(gw.root, gw.key("beta"), "safety_gateway_requests_total", status="429", tenant="alpha") == 1
    )


def test_tokens_reserved_then_corrected_by_usage(make_gateway: Any, upstream: FakeUpstream) -> None:
    # The fake upstream answers with ~17 completion tokens; each request reserves its prompt estimate
    # plus max_tokens=120. Without the correction, the second request (2 x ~125 > 200) would be refused.
    gw: RunningGateway = make_gateway(
        _config(
            upstream,
            """
          tenants: {alpha: {tpm: 200}}
        """,
        )
    )
    client = OpenAI(base_url=gw.url, api_key=gw.key("alpha"), max_retries=0)
    used = _chat(client, max_tokens=120).usage.total_tokens
    assert used < 60
    time.sleep(0.2)  # the correction is written just after the response
    chunks = list(_chat(client, max_tokens=120, stream=True, stream_options={"include_usage": True}))
    assert chunks[-1].usage.total_tokens < 60  # a stream's usage corrects its reservation too
    time.sleep(0.2)
    _chat(client, max_tokens=120)
    time.sleep(0.2)
    with pytest.raises(openai.RateLimitError) as err:  # ~3 x 25 used + 125 reserved > 200
        _chat(client, max_tokens=120)
    assert err.value.type == "tokens" and "200 tokens per minute" in err.value.message
    # A request that could never fit is a client error naming max_tokens.
    with pytest.raises(openai.BadRequestError) as big:
        _chat(client, max_tokens=500)
    assert big.value.param == "max_tokens" and big.value.code == "tokens_exceed_rate_limit"
    assert (
        _metric(
            gw.root, gw.key("alpha"), "safety_gateway_ratelimit_rejections_total", scope="tenant", limit="tpm"
        )
        == 2
    )


def test_stream_without_usage_keeps_its_reservation(make_gateway: Any, upstream: FakeUpstream) -> None:
    gw: RunningGateway = make_gateway(
        _config(
            upstream,
            """
          tenants: {alpha: {tpm: 300}}
        """,
        )
    )
    client = OpenAI(base_url=gw.url, api_key=gw.key("alpha"), max_retries=0)
    list(_chat(client, max_tokens=120, stream=True))  # no include_usage: the ~125 reserved stay counted
    time.sleep(0.2)
    list(_chat(client, max_tokens=120, stream=True))
    time.sleep(0.2)
    with pytest.raises(openai.RateLimitError):
        _chat(client, max_tokens=120)


def test_budget_per_tenant(make_gateway: Any, upstream: FakeUpstream) -> None:
    # 1000 USD per 1k tokens = 1 USD a token: the first request (~30 tokens) spends the 5 USD budget.
    gw: RunningGateway = make_gateway(
        _config(
            upstream,
            """
          tenants: {alpha: {budget: {usd: 5, period: day}}}
        """,
        )
    )
    client = OpenAI(base_url=gw.url, api_key=gw.key("alpha"), max_retries=0)
    _chat(client)
    time.sleep(0.2)
    with pytest.raises(openai.RateLimitError) as err:
        _chat(client)
    assert err.value.code == "insufficient_quota" and err.value.type == "insufficient_quota"
    assert "5.00 USD per day" in err.value.message
    now = time.gmtime()
    to_midnight = 86400 - (now.tm_hour * 3600 + now.tm_min * 60 + now.tm_sec)
    assert abs(int(err.value.response.headers["retry-after"]) - to_midnight) <= 5
    _chat(OpenAI(base_url=gw.url, api_key=gw.key("beta"), max_retries=0))  # other tenants have no budget


def test_prices_from_litellm_cost_map() -> None:
    from gateway.config import parse_config
    from gateway.ratelimit.pricing import Pricing
    from policies.yaml_source import parse_yaml

    text = """
model_list:
  - model_name: mini
    litellm_params: {model: openai/gpt-4o-mini, api_base: "http://127.0.0.1:9/v1"}
  - model_name: own
    litellm_params: {model: openai/own-model, api_base: "http://127.0.0.1:9/v1"}
  - model_name: priced
    litellm_params: {model: openai/own-model, api_base: "http://127.0.0.1:9/v1"}
    model_info: {input_cost_per_1k_tokens: 0.5, output_cost_per_1k_tokens: 1.5}
"""
    pricing = Pricing(parse_config(parse_yaml(text, "gw.yaml")))
    pricing.resolve()
    assert pricing.cost("mini#0", 1000, 1000) > 0  # litellm's bundled map knows gpt-4o-mini
    assert pricing.cost("own#0", 1000, 1000) == 0  # unknown and unpriced: free for budgets
    assert pricing.cost("priced#0", 1000, 2000) == pytest.approx(0.5 + 3.0)


@pytest.mark.parametrize("mode", ["open", "closed"])
def test_redis_down(make_gateway: Any, upstream: FakeUpstream, mode: str) -> None:
    gw: RunningGateway = make_gateway(
        _config(
            upstream,
            f"""
          redis_url: "redis://127.0.0.1:{_closed_port()}/0"
          on_backend_error: {mode}
          timeout_s: 0.5
          keys: {{default: {{rpm: 1}}}}
        """,
        )
    )
    client = OpenAI(base_url=gw.url, api_key=gw.key("alpha"), max_retries=0)
    if mode == "open":
        for _ in range(3):  # rpm 1, but the limit cannot be counted: let through
            _chat(client)
    else:
        with pytest.raises(openai.InternalServerError) as err:
            _chat(client)
        assert err.value.status_code == 503 and err.value.code == "rate_limit_unavailable"
        assert int(err.value.response.headers["retry-after"]) >= 1
    errors = _metric(gw.root, gw.key("alpha"), "safety_gateway_ratelimit_backend_errors_total", mode=mode)
    assert errors == (3 if mode == "open" else 1)


def test_config_errors_carry_positions(tmp_path: Path) -> None:
    from gateway.config import ConfigError, load_config

    path = write_config(
        tmp_path,
        """
        model_list:
          - model_name: fake
            litellm_params: {model: openai/m, api_base: "http://127.0.0.1:9/v1"}
        rate_limits:
          keys:
            no-such-key: {rpm: 10}
          tenants:
            a: {rpm: 0, budget: {usd: 5, period: fortnight}}
        """,
    )
    with pytest.raises(ConfigError) as err:
        load_config(path)
    text = str(err.value)
    assert "rate_limits.tenants.a.rpm" in text and "gateway.yaml:9:" in text
    assert "period" in text
    path = write_config(
        tmp_path,
        """
        model_list:
          - model_name: fake
            litellm_params: {model: openai/m, api_base: "http://127.0.0.1:9/v1"}
        rate_limits:
          keys:
            no-such-key: {rpm: 10}
        """,
    )
    with pytest.raises(ConfigError) as err:
        load_config(path)
    assert "gateway.yaml:7:" in str(err.value) and "unknown key 'no-such-key'" in str(err.value)


# -- two gateway processes, one Redis --------------------------------------------------------------------


def _serve(config: Path, env: dict[str, str]) -> tuple[subprocess.Popen[str], int]:
    return serve_process(config, env)


def test_two_processes_share_the_limits(tmp_path: Path, upstream: FakeUpstream) -> None:
    prefix = _prefix()
    config = write_config(
        tmp_path,
        f"""
        model_list:
          - model_name: fake
            litellm_params: {{model: openai/m, api_base: "{upstream.url("tag=rl2")}", api_key: k}}
        metrics_tenants: ['*']
        rate_limits:
          redis_url: ${{RL_REDIS_URL:-}}
          key_prefix: "{prefix}"
          keys: {{default: {{rpm: 5}}}}
          tenants: {{team: {{tpm: 100000}}}}
        """,
    )
    env = {**os.environ, "SAFETY_GATEWAY_KEYS": "sk-shared=team", "RL_REDIS_URL": REDIS}
    a, port_a = _serve(config, env)
    b, port_b = _serve(config, env)
    try:
        clients = [
            OpenAI(base_url=f"http://127.0.0.1:{p}/v1", api_key="sk-shared", max_retries=0)
            for p in (port_a, port_b)
        ]
        outcomes = []
        for i in range(8):  # alternate replicas: only the shared counter can stop the 6th
            try:
                _chat(clients[i % 2])
                outcomes.append("ok")
            except openai.RateLimitError:
                outcomes.append("429")
        assert outcomes == ["ok"] * 5 + ["429"] * 3
        rejected = sum(
            _metric(
                f"http://127.0.0.1:{p}",
                "sk-shared",
                "safety_gateway_ratelimit_rejections_total",
                scope="key",
                limit="rpm",
            )
            for p in (port_a, port_b)
        )
        assert rejected == 3
    finally:
        for proc in (a, b):
            proc.send_signal(signal.SIGINT)
            proc.communicate(timeout=30)
    import redis

    r = redis.Redis.from_url(REDIS)
    try:
        keys = list(r.scan_iter(f"{prefix}*"))
        assert keys  # the counters were in Redis
        for k in keys:
            r.delete(k)
    finally:
        r.close()


def test_redis_restart_costs_no_request(tmp_path: Path) -> None:
    """Pooled connections die with a restarted Redis; the next request retries once on a fresh one
    instead of failing (and, with on_backend_error: closed, refusing traffic for a while)."""
    import shutil

    binary = shutil.which("redis-server")
    if binary is None:
        pytest.skip("redis-server not installed")
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    argv = [
        binary,
        "--port",
        str(port),
        "--bind",
        "127.0.0.1",
        "--save",
        "",
        "--appendonly",
        "no",
        "--dir",
        str(tmp_path),
    ]

    def start() -> subprocess.Popen[bytes]:
        proc = subprocess.Popen(argv, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        deadline = time.monotonic() + 10
        while time.monotonic() < deadline:
            with socket.socket() as probe:
                if probe.connect_ex(("127.0.0.1", port)) == 0:
                    return proc
            time.sleep(0.05)
        raise AssertionError("private redis-server did not start")

    async def scenario() -> None:
        store = RedisStore.from_url(f"redis://127.0.0.1:{port}/0", _prefix(), 1.0, 1.0)
        item = ("s", "key:a", 100.0, 60_000, 1)
        assert (await store.acquire([item])).rejected is None  # a pooled connection now exists
        proc.terminate()
        proc.wait(10)
        restarted = start()
        try:
            assert (await store.acquire([item])).rejected is None  # no BackendError
        finally:
            await store.close()
            restarted.terminate()
            restarted.wait(10)

    proc = start()
    try:
        asyncio.run(scenario())
    finally:
        if proc.poll() is None:
            proc.terminate()
