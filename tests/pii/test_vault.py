"""Vaults: scope isolation, TTL, bounds; Redis encryption at rest and restore across processes."""

from __future__ import annotations

import asyncio
import json
import os
import subprocess
import sys
import uuid
from pathlib import Path

import pytest

from gateway.pii import InMemoryVault, Pseudonymizer, RedisVault, VaultError
from gateway.pii.vault import load_vault_key

REDIS_URL = os.environ.get("SAFETY_GATEWAY_TEST_REDIS_URL", "redis://127.0.0.1:6379/0")
ROOT = Path(__file__).resolve().parents[2]
RRN, PHONE = "900101-1234568", "010-1234-5678"


class Clock:
    def __init__(self) -> None:
        self.t = 1000.0

    def __call__(self) -> float:
        return self.t


# --- in memory ----------------------------------------------------------------------------------


async def test_memory_scopes_are_isolated():
    v = InMemoryVault()
    assert await v.placeholders("a", [("KR_RRN", RRN), ("KR_PHONE", PHONE), ("KR_RRN", RRN)]) == [
        "<KR_RRN_1>",
        "<KR_PHONE_1>",
        "<KR_RRN_1>",
    ]
    assert await v.placeholders("b", [("KR_PHONE", "010-0000-0000")]) == ["<KR_PHONE_1>"]
    assert await v.mapping("a") == {"<KR_RRN_1>": RRN, "<KR_PHONE_1>": PHONE}
    assert await v.mapping("b") == {"<KR_PHONE_1>": "010-0000-0000"}
    assert await v.mapping("c") == {}


async def test_memory_ttl_is_sliding():
    clock = Clock()
    v = InMemoryVault(ttl_s=10, clock=clock)
    await v.placeholders("a", [("KR_RRN", RRN)])
    clock.t += 8
    assert await v.mapping("a")  # refreshed
    clock.t += 8
    assert await v.mapping("a") == {"<KR_RRN_1>": RRN}
    clock.t += 11
    assert await v.mapping("a") == {}
    assert len(v) == 0


async def test_memory_bounded():
    v = InMemoryVault(max_scopes=3, max_values_per_scope=2)
    for s in "abcd":
        await v.placeholders(s, [("X", s)])
    assert len(v) == 3 and await v.mapping("a") == {}  # least recently used evicted
    await v.placeholders("d", [("X", "1")])
    with pytest.raises(VaultError) as e:
        await v.placeholders("d", [("X", "secret-value-123")])
    assert "secret-value-123" not in str(e.value)


def test_vault_key_forms(monkeypatch):
    import base64

    raw = os.urandom(32)
    assert load_vault_key(raw) == raw
    assert load_vault_key(base64.b64encode(raw).decode()) == raw
    assert load_vault_key(base64.urlsafe_b64encode(raw).decode()) == raw
    assert len(load_vault_key("a passphrase")) == 32
    monkeypatch.delenv("SAFETY_GATEWAY_VAULT_KEY", raising=False)
    with pytest.raises(VaultError, match="SAFETY_GATEWAY_VAULT_KEY"):
        load_vault_key(None)


# --- redis --------------------------------------------------------------------------------------


@pytest.fixture
async def redis_client():
    import redis.asyncio as aioredis

    client = aioredis.Redis.from_url(REDIS_URL)
    try:
        await client.ping()
    except Exception:
        await client.aclose()
        pytest.skip(f"no Redis at {REDIS_URL}")
    prefix = f"sgtest:pii:{uuid.uuid4().hex}:"
    yield client, prefix
    keys = [k async for k in client.scan_iter(match=prefix + "*")]
    if keys:
        await client.delete(*keys)
    await client.aclose()


async def _all_values(client, prefix) -> bytes:
    dump = b""
    async for k in client.scan_iter(match=prefix + "*"):
        dump += k
        for f, val in (await client.hgetall(k)).items():
            dump += f + val
    return dump


async def test_redis_roundtrip_isolated_and_encrypted(redis_client):
    client, prefix = redis_client
    v = RedisVault(client, key="test key 1", prefix=prefix, ttl_s=60)
    assert await v.placeholders("conv-a", [("KR_RRN", RRN), ("KR_PHONE", PHONE), ("KR_RRN", RRN)]) == [
        "<KR_RRN_1>",
        "<KR_PHONE_1>",
        "<KR_RRN_1>",
    ]
    assert await v.placeholders("conv-a", [("KR_PHONE", PHONE), ("KR_PHONE", "010-2222-3333")]) == [
        "<KR_PHONE_1>",
        "<KR_PHONE_2>",
    ]
    assert await v.placeholders("conv-b", [("KR_PHONE", "010-9999-0000")]) == ["<KR_PHONE_1>"]
    assert await v.mapping("conv-a") == {
        "<KR_RRN_1>": RRN,
        "<KR_PHONE_1>": PHONE,
        "<KR_PHONE_2>": "010-2222-3333",
    }
    assert await v.mapping("conv-b") == {"<KR_PHONE_1>": "010-9999-0000"}
    assert await v.mapping("conv-c") == {}

    # nothing readable at rest: neither the values nor their digits
    dump = await _all_values(client, prefix)
    for raw in (RRN, PHONE, "9001011234568", "01012345678", "conv-a"):
        assert raw.encode() not in dump

    # every key has a TTL
    async for k in client.scan_iter(match=prefix + "*"):
        assert 0 < await client.ttl(k) <= 60

    await v.drop("conv-a")
    assert await v.mapping("conv-a") == {}


async def test_redis_wrong_key_and_moved_ciphertext_fail_closed(redis_client):
    client, prefix = redis_client
    v = RedisVault(client, key="right key", prefix=prefix)
    await v.placeholders("conv-a", [("KR_RRN", RRN)])
    with pytest.raises(VaultError) as e:
        await RedisVault(client, key="wrong key", prefix=prefix).mapping("conv-a")
    assert RRN not in str(e.value)

    # Copy scope a's ciphertext into scope b: it is bound to its scope and does not decrypt there.
    fa, ra, _ = v._keys("conv-a")
    fb, rb, _ = v._keys("conv-b")
    blob = await client.hget(ra, "<KR_RRN_1>")
    await client.hset(rb, "<KR_RRN_1>", blob)
    with pytest.raises(VaultError):
        await v.mapping("conv-b")


async def test_redis_concurrent_placeholders_are_consistent(redis_client):
    client, prefix = redis_client
    v = RedisVault(client, key="k", prefix=prefix)
    res = await asyncio.gather(*[v.placeholders("c", [("PERSON", f"p{i % 5}")]) for i in range(40)])
    by_value: dict[str, set[str]] = {}
    for i, (ph,) in enumerate(res):
        by_value.setdefault(f"p{i % 5}", set()).add(ph)
    assert all(len(s) == 1 for s in by_value.values())
    assert sorted(p for s in by_value.values() for p in s) == [f"<PERSON_{i}>" for i in range(1, 6)]


_CHILD = r"""
import asyncio, json, sys
from gateway.pii import PIIDetector, Pseudonymizer, RedisVault

async def main(mode, url, prefix, scope, text):
    vault = RedisVault.from_url(url, prefix=prefix)  # key from SAFETY_GATEWAY_VAULT_KEY
    p = Pseudonymizer(vault, scope)
    if mode == "in":
        det = PIIDetector(salt=b"s")
        out = await p.pseudonymize(text, det.analyze(text))
    else:
        out = (await p.restorer()).restore(text)
    await vault.aclose()
    print(json.dumps(out, ensure_ascii=False))

asyncio.run(main(*sys.argv[1:]))
"""


def _child(*args: str) -> str:
    env = {**os.environ, "SAFETY_GATEWAY_VAULT_KEY": "replica shared key", "PYTHONPATH": str(ROOT)}
    r = subprocess.run(
        [sys.executable, "-c", _CHILD, *args], capture_output=True, text=True, env=env, cwd=ROOT, timeout=120
    )
    assert r.returncode == 0, r.stderr[-2000:]
    return json.loads(r.stdout)


async def test_redis_restore_across_two_processes(redis_client):
    """Replica 1 pseudonymizes the request; replica 2 (another process) restores the response."""
    _, prefix = redis_client
    text = f"주민등록번호 {RRN}입니다. 연락처 {PHONE}로 연락 주세요."
    masked = await asyncio.to_thread(_child, "in", REDIS_URL, prefix, "conv-42", text)
    assert masked == "주민등록번호 <KR_RRN_1>입니다. 연락처 <KR_PHONE_1>로 연락 주세요."
    reply = "확인했습니다: <KR_RRN_1>, <KR_PHONE_1>. <KR_PHONE_2>는 모릅니다."
    restored = await asyncio.to_thread(_child, "out", REDIS_URL, prefix, "conv-42", reply)
    assert restored == f"확인했습니다: {RRN}, {PHONE}. <KR_PHONE_2>는 모릅니다."
    # another conversation on the same replicas gets nothing back
    other = await asyncio.to_thread(_child, "out", REDIS_URL, prefix, "conv-43", reply)
    assert other == reply


async def test_pseudonymizer_requires_scope():
    with pytest.raises(ValueError):
        Pseudonymizer(InMemoryVault(), "")


def test_build_from_config(monkeypatch):
    from gateway.pii.config import build_detector, build_vault

    assert isinstance(build_vault({}), InMemoryVault)
    assert build_vault({"vault": {"backend": "memory", "ttl_s": 5}}).ttl_s == 5
    v = build_vault({"vault": {"backend": "redis", "url": REDIS_URL, "key": "k", "prefix": "sgtest:cfg:"}})
    assert isinstance(v, RedisVault) and v.prefix == "sgtest:cfg:"
    with pytest.raises(VaultError, match="url"):
        build_vault({"vault": {"backend": "redis"}})
    with pytest.raises(VaultError, match="unknown backend"):
        build_vault({"vault": {"backend": "etcd"}})
    assert build_detector({"salt": "x"}).name == "pii"
