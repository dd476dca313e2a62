"""Pseudonym vaults: placeholder <-> original value, isolated per scope.

A *scope* is a conversation id (so ``<PERSON_1>`` stays the same person across turns) or, when the
client sends none, the request id. Lookups only ever read the caller's scope: a placeholder never
resolves to another scope's value.

- :class:`InMemoryVault` — default, one process; sliding TTL and a bounded number of scopes (LRU).
- :class:`RedisVault` — shared by replicas; values AES-GCM encrypted with a key from config/env
  (``SAFETY_GATEWAY_VAULT_KEY``), bound to their scope (associated data), so a ciphertext copied
  into another scope does not decrypt. The forward index stores HMACs, not values. Keys use a
  ``{hash-tag}`` so one scope's keys sit in one cluster slot.
"""

from __future__ import annotations

import base64
import hashlib
import hmac
import os
import threading
import time
from collections import OrderedDict
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from typing import Any, Protocol, runtime_checkable

VAULT_KEY_ENV = "SAFETY_GATEWAY_VAULT_KEY"


class VaultError(Exception):
    """The vault failed (unreachable, wrong key, corrupt entry). Never carries a value."""


def make_placeholder(entity: str, n: int) -> str:
    return f"<{entity}_{n}>"


@runtime_checkable
class Vault(Protocol):
    async def placeholders(self, scope: str, pairs: Sequence[tuple[str, str]]) -> list[str]:
        """Placeholders for ``(entity, value)`` pairs: an existing one if the value is known in
        the scope, else a new ``<ENTITY_n>`` (n counts per entity within the scope)."""
        ...

    async def mapping(self, scope: str) -> dict[str, str]:
        """Placeholder -> value for one scope (empty if unknown or expired)."""
        ...

    async def drop(self, scope: str) -> None: ...


# --- in memory -----------------------------------------------------------------------------------


@dataclass
class _Scope:
    forward: dict[tuple[str, str], str] = field(default_factory=dict)
    reverse: dict[str, str] = field(default_factory=dict)
    counters: dict[str, int] = field(default_factory=dict)
    expires: float = 0.0


class InMemoryVault:
    """Process-local vault. ``ttl_s`` is sliding (refreshed on use); at most ``max_scopes`` scopes
    (least recently used evicted first) and ``max_values_per_scope`` values per scope."""

    def __init__(
        self,
        ttl_s: float = 3600.0,
        max_scopes: int = 10_000,
        max_values_per_scope: int = 5_000,
        clock: Callable[[], float] = time.monotonic,
    ) -> None:
        self.ttl_s = ttl_s
        self.max_scopes = max_scopes
        self.max_values_per_scope = max_values_per_scope
        self._clock = clock
        self._scopes: OrderedDict[str, _Scope] = OrderedDict()
        self._lock = threading.Lock()

    def __len__(self) -> int:
        return len(self._scopes)

    def _get(self, scope: str, create: bool) -> _Scope | None:
        now = self._clock()
        st = self._scopes.get(scope)
        if st is not None and st.expires <= now:
            del self._scopes[scope]
            st = None
        if st is None:
            if not create:
                return None
            st = _Scope()
            self._scopes[scope] = st
            while len(self._scopes) > self.max_scopes:
                self._scopes.popitem(last=False)
        self._scopes.move_to_end(scope)
        st.expires = now + self.ttl_s
        return st

    async def placeholders(self, scope: str, pairs: Sequence[tuple[str, str]]) -> list[str]:
        out: list[str] = []
        with self._lock:
            st = self._get(scope, create=True)
            assert st is not None
            for entity, value in pairs:
                ph = st.forward.get((entity, value))
                if ph is None:
                    if len(st.reverse) >= self.max_values_per_scope:
                        raise VaultError("pii vault: too many values in one scope")
                    n = st.counters.get(entity, 0) + 1
                    st.counters[entity] = n
                    ph = make_placeholder(entity, n)
                    st.forward[(entity, value)] = ph
                    st.reverse[ph] = value
                out.append(ph)
        return out

    async def mapping(self, scope: str) -> dict[str, str]:
        with self._lock:
            st = self._get(scope, create=False)
            return dict(st.reverse) if st else {}

    async def drop(self, scope: str) -> None:
        with self._lock:
            self._scopes.pop(scope, None)

    def purge_expired(self) -> int:
        now = self._clock()
        with self._lock:
            dead = [k for k, s in self._scopes.items() if s.expires <= now]
            for k in dead:
                del self._scopes[k]
        return len(dead)


# --- redis ---------------------------------------------------------------------------------------

_LUA_GET_OR_CREATE = """
local ttl = tonumber(ARGV[1])
local out = {}
local i = 2
while i <= #ARGV do
  local fid, entity, blob = ARGV[i], ARGV[i + 1], ARGV[i + 2]
  local ph = redis.call('HGET', KEYS[1], fid)
  if not ph then
    local n = redis.call('HINCRBY', KEYS[3], entity, 1)
    ph = '<' .. entity .. '_' .. n .. '>'
    redis.call('HSET', KEYS[1], fid, ph)
    redis.call('HSET', KEYS[2], ph, blob)
  end
  table.insert(out, ph)
  i = i + 3
end
redis.call('EXPIRE', KEYS[1], ttl)
redis.call('EXPIRE', KEYS[2], ttl)
redis.call('EXPIRE', KEYS[3], ttl)
return out
"""


def load_vault_key(key: bytes | str | None = None) -> bytes:
    """32-byte AES key: raw bytes, base64 of 16/24/32 bytes, or any passphrase (HKDF-derived).

    Falls back to ``SAFETY_GATEWAY_VAULT_KEY``; raises :class:`VaultError` when neither is set —
    a shared vault without a shared key cannot restore across replicas, so we refuse to guess.
    """
    if key is None:
        key = os.environ.get(VAULT_KEY_ENV)
    if key is None or key == "" or key == b"":
        raise VaultError(f"pii vault: no encryption key; set {VAULT_KEY_ENV} or pii.vault.key")
    if isinstance(key, bytes) and len(key) in (16, 24, 32):
        return key
    text = key.decode() if isinstance(key, bytes) else key
    try:
        raw = base64.b64decode(
            text + "=" * (-len(text) % 4),
            altchars=b"-_" if ("-" in text or "_" in text) else None,
            validate=True,
        )
        if len(raw) in (16, 24, 32):
            return raw
    except (ValueError, TypeError):
        pass
    from cryptography.hazmat.primitives import hashes
    from cryptography.hazmat.primitives.kdf.hkdf import HKDF

    return HKDF(algorithm=hashes.SHA256(), length=32, salt=None, info=b"safety-gateway pii vault").derive(
        text.encode()
    )


class RedisVault:
    """Vault in Redis (redis-py asyncio). Any replica with the same key and prefix can restore."""

    def __init__(
        self,
        client: Any,
        key: bytes | str | None = None,
        prefix: str = "sg:pii:",
        ttl_s: int = 3600,
    ) -> None:
        from cryptography.hazmat.primitives.ciphers.aead import AESGCM

        self.client = client
        raw = load_vault_key(key)
        self._aead = AESGCM(raw)
        self._fid_key = hmac.new(raw, b"forward-index", hashlib.sha256).digest()
        self.prefix = prefix
        self.ttl_s = int(ttl_s)
        self._script = client.register_script(_LUA_GET_OR_CREATE)

    @classmethod
    def from_url(
        cls,
        url: str,
        key: bytes | str | None = None,
        prefix: str = "sg:pii:",
        ttl_s: int = 3600,
        **kwargs: Any,
    ) -> RedisVault:
        import redis.asyncio as aioredis
        from redis.asyncio.retry import Retry
        from redis.backoff import ExponentialBackoff
        from redis.exceptions import ConnectionError as RedisConnectionError
        from redis.exceptions import TimeoutError as RedisTimeoutError

        # A restarted or failed-over Redis leaves dead connections in the pool; without a retry every one
        # of them fails a request (503) after Redis is back. Retried on a fresh connection instead: the
        # script is idempotent (get or create).
        kwargs.setdefault("retry", Retry(ExponentialBackoff(cap=0.2, base=0.01), 2))
        kwargs.setdefault("retry_on_error", [RedisConnectionError, RedisTimeoutError])
        return cls(aioredis.Redis.from_url(url, **kwargs), key=key, prefix=prefix, ttl_s=ttl_s)

    def _scope_id(self, scope: str) -> str:
        return hashlib.sha256(scope.encode()).hexdigest()[:32]

    def _keys(self, scope: str) -> tuple[str, str, str]:
        sid = self._scope_id(scope)
        base = f"{self.prefix}{{{sid}}}"
        return f"{base}:f", f"{base}:r", f"{base}:c"

    def _encrypt(self, scope: str, value: str) -> str:
        nonce = os.urandom(12)
        ct = self._aead.encrypt(nonce, value.encode(), self._scope_id(scope).encode())
        return base64.b64encode(nonce + ct).decode()

    def _decrypt(self, scope: str, blob: bytes | str) -> str:
        from cryptography.exceptions import InvalidTag

        try:
            raw = base64.b64decode(blob)
            return self._aead.decrypt(raw[:12], raw[12:], self._scope_id(scope).encode()).decode()
        except (InvalidTag, ValueError) as e:
            raise VaultError(
                f"pii vault: entry does not decrypt with this key ({type(e).__name__})"
            ) from None

    def _fid(self, entity: str, value: str) -> str:
        return hmac.new(self._fid_key, f"{entity}\0{value}".encode(), hashlib.sha256).hexdigest()[:32]

    async def placeholders(self, scope: str, pairs: Sequence[tuple[str, str]]) -> list[str]:
        if not pairs:
            return []
        args: list[str | int] = [self.ttl_s]
        for entity, value in pairs:
            args += [self._fid(entity, value), entity, self._encrypt(scope, value)]
        try:
            res = await self._script(keys=list(self._keys(scope)), args=args)
        except Exception as e:
            raise VaultError(f"pii vault: redis error ({type(e).__name__})") from None
        return [r.decode() if isinstance(r, bytes) else r for r in res]

    async def mapping(self, scope: str) -> dict[str, str]:
        f, r, c = self._keys(scope)
        try:
            async with self.client.pipeline(transaction=False) as pipe:
                pipe.hgetall(r)
                pipe.expire(f, self.ttl_s)
                pipe.expire(r, self.ttl_s)
                pipe.expire(c, self.ttl_s)
                raw, *_ = await pipe.execute()
        except Exception as e:
            raise VaultError(f"pii vault: redis error ({type(e).__name__})") from None
        out = {}
        for ph, blob in raw.items():
            ph = ph.decode() if isinstance(ph, bytes) else ph
            out[ph] = self._decrypt(scope, blob)
        return out

    async def drop(self, scope: str) -> None:
        try:
            await self.client.delete(*self._keys(scope))
        except Exception as e:
            raise VaultError(f"pii vault: redis error ({type(e).__name__})") from None

    async def aclose(self) -> None:
        await self.client.aclose()
