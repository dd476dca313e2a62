"""Where once_per_conversation notices are remembered: in the process, or in Redis shared by replicas
(gateway/provenance/notice_memory.py). Redis tests use a real server and skip without one."""

from __future__ import annotations

import os
import uuid
from collections.abc import AsyncIterator
from typing import Any

import pytest

from gateway.pii.config import PIISettings
from gateway.provenance.notice_memory import (
    InMemoryNoticeMemory,
    RedisNoticeMemory,
    build_notice_memory,
    memory_key,
)

REDIS_URL = os.environ.get("SAFETY_GATEWAY_TEST_REDIS_URL", "redis://127.0.0.1:6379/0")


async def test_in_memory_says_first_time_once_per_key_until_it_expires() -> None:
    memory = InMemoryNoticeMemory(ttl_s=3600)
    a, b = memory_key("t1", "conv", "sha256:1"), memory_key("t2", "conv", "sha256:1")
    assert a != b  # tenants never share a conversation
    assert await memory.first_time(a) and not await memory.first_time(a)
    assert await memory.first_time(b)
    expired = InMemoryNoticeMemory(ttl_s=0)
    assert await expired.first_time(a) and await expired.first_time(a)  # told again after the TTL


async def test_in_memory_forgets_the_least_recent_beyond_its_bound() -> None:
    memory = InMemoryNoticeMemory(max_entries=2)
    for key in ("a", "b", "c"):
        assert await memory.first_time(key)
    assert await memory.first_time("a")  # forgotten: shown again, never silently suppressed
    assert not await memory.first_time("c")


async def test_a_failing_store_shows_the_notice() -> None:
    class Down:
        async def set(self, *args: Any, **kwargs: Any) -> bool:
            raise ConnectionError("redis down")

    memory = RedisNoticeMemory(Down(), "sg:pii:", 60)
    assert await memory.first_time("k") and await memory.first_time("k")


@pytest.fixture
async def redis_client() -> AsyncIterator[Any]:
    import redis.asyncio as aioredis

    client = aioredis.Redis.from_url(REDIS_URL)
    try:
        await client.ping()
    except Exception:
        await client.aclose()
        pytest.skip(f"no Redis at {REDIS_URL}")
    prefix = f"sgtest:notice:{uuid.uuid4().hex}:"
    yield client, prefix
    keys = [k async for k in client.scan_iter(match=prefix + "*")]
    if keys:
        await client.delete(*keys)
    await client.aclose()


async def test_redis_is_shared_by_replicas_and_expires(redis_client: Any) -> None:
    client, prefix = redis_client
    one, two = RedisNoticeMemory(client, prefix, 60), RedisNoticeMemory(client, prefix, 60)
    key = memory_key("tenant", "conversation", "sha256:abc")
    assert await one.first_time(key)
    assert not await two.first_time(key)  # the other replica knows it was shown
    assert 0 < await client.ttl(prefix + "notice:" + key) <= 60
    names = [k async for k in client.scan_iter(match=prefix + "*")]
    assert names == [(prefix + "notice:" + key).encode()]  # hashed: no conversation id, no text


def test_the_vault_settings_choose_the_store() -> None:
    assert isinstance(build_notice_memory(PIISettings()), InMemoryNoticeMemory)
    settings = PIISettings.model_validate({"vault": {"backend": "redis", "url": REDIS_URL, "ttl_s": 120}})
    memory = build_notice_memory(settings)
    assert isinstance(memory, RedisNoticeMemory) and memory.ttl_s == 120 and memory.prefix == "sg:pii:notice:"
