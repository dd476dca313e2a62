"""Counters for rate limits: in Redis (every replica sees the same numbers) or in this process.

One call checks every limit that applies to a request and, only when all of them pass, counts the
request against all of them: no limit is charged for a request another limit refused. In Redis
this is one Lua script (atomic, one round trip) that reads the time from Redis itself, so replicas
with drifting clocks still agree on where a minute starts.

An item is ``(kind, key, limit, span_ms, cost)``: kind ``s`` is a sliding one-minute window
(``span_ms`` the window), kind ``f`` a fixed budget period (``span_ms`` the time left in it, for
``Retry-After`` and the key's expiry), checked as "already spent >= limit" and charged afterwards.
"""

from __future__ import annotations

import logging
import math
import time
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any, Protocol

log = logging.getLogger("safety_gateway.ratelimit")

Item = tuple[str, str, float, int, int]  # kind, key, limit, span_ms, cost
Adjustment = tuple[str, str, int, int]  # kind, key, window id (s) or ttl ms (f), delta


class BackendError(Exception):
    """The counter store did not answer (Redis down, slow or refusing)."""


@dataclass(frozen=True, slots=True)
class Verdict:
    rejected: int | None  # index of the first item over its limit, None when all passed
    retry_after_ms: int
    window: int  # the sliding-window id the request was counted in (to correct token counts later)


class Store(Protocol):
    async def acquire(self, items: Sequence[Item]) -> Verdict: ...

    async def adjust(self, adjustments: Sequence[Adjustment]) -> None: ...

    async def close(self) -> None: ...


def sliding_wait_ms(limit: float, cost: float, c: float, p: float, f: float, span: int) -> float:
    """How long until ``cost`` more fits: first while last window's weight decays, else into the next
    window (where this window's count becomes the decaying one)."""
    if c + cost <= limit and p > 0:
        wait = (1 - (limit - cost - c) / p - f) * span
    else:
        g = max(0.0, 1 - (limit - cost) / c) if c > 0 else 0.0
        wait = (1 - f + g) * span
    return max(1.0, wait)


class MemoryStore:
    """Per process: the same arithmetic as the Lua script, for a gateway without Redis."""

    def __init__(self) -> None:
        self._sliding: dict[str, list[float]] = {}  # key -> [window id, this window, last window]
        self._fixed: dict[
            str, tuple[str, float]
        ] = {}  # counter -> (period id, spent); a new period replaces it

    async def acquire(self, items: Sequence[Item]) -> Verdict:
        now = int(time.time() * 1000)
        staged: list[tuple[list[float], float] | None] = []
        window = 0
        for i, (kind, key, limit, span, cost) in enumerate(items):
            if kind == "s":
                w = now // span
                state = self._sliding.get(key)
                if state is None or state[0] < w - 1:
                    c = p = 0.0
                elif state[0] == w - 1:
                    c, p = 0.0, state[1]
                else:
                    c, p = state[1], state[2]
                f = (now - w * span) / span
                if p * (1 - f) + c + cost > limit:
                    return Verdict(i, math.ceil(sliding_wait_ms(limit, cost, c, p, f, span)), w)
                staged.append(([float(w), c, p], cost))
                window = w
            else:
                if self._spent(key) >= limit:
                    return Verdict(i, span, 0)
                staged.append(None)
        for (_kind, key, *_), entry in zip(items, staged, strict=True):
            if entry is not None:
                state, staged_cost = entry
                state[1] += staged_cost
                self._sliding[key] = state
        return Verdict(None, 0, window)

    async def adjust(self, adjustments: Sequence[Adjustment]) -> None:
        self.adjust_now(adjustments)

    def adjust_now(self, adjustments: Sequence[Adjustment]) -> None:
        """In process nothing waits: the request's finish applies its correction directly (no task)."""
        for kind, key, ref, delta in adjustments:
            if kind == "s":
                state = self._sliding.get(key)
                if state is not None and state[0] == ref:
                    state[1] = max(0.0, state[1] + delta)
                elif state is not None and state[0] == ref + 1:
                    state[2] = max(0.0, state[2] + delta)
            elif delta > 0:
                counter, _, period = key.rpartition(":")
                self._fixed[counter] = (period, self._spent(key) + delta)

    def _spent(self, key: str) -> float:
        counter, _, period = key.rpartition(":")  # budget keys end with their period id
        entry = self._fixed.get(counter)
        return entry[1] if entry is not None and entry[0] == period else 0.0

    async def close(self) -> None:
        return None


# The arguments travel as one string ("kind limit span cost" per key, space-separated): encoding one
# argument instead of four per key is most of the client's CPU per call.
_ACQUIRE = """
local t = redis.call('TIME')
local now = tonumber(t[1]) * 1000 + math.floor(tonumber(t[2]) / 1000)
local a = {}
for word in string.gmatch(ARGV[1], '%S+') do a[#a + 1] = word end
local ws, cs, ps = {}, {}, {}
for i = 1, #KEYS do
  local b = (i - 1) * 4
  local kind = a[b + 1]
  local limit = tonumber(a[b + 2])
  local span = tonumber(a[b + 3])
  local cost = tonumber(a[b + 4])
  if kind == 's' then
    local w = math.floor(now / span)
    local v = redis.call('HMGET', KEYS[i], 'w', 'c', 'p')
    local sw = tonumber(v[1])
    local c = tonumber(v[2]) or 0
    local p = tonumber(v[3]) or 0
    if sw == w - 1 then p = c; c = 0
    elseif sw ~= w then p = 0; c = 0 end
    local f = (now - w * span) / span
    if p * (1 - f) + c + cost > limit then
      local wait
      if c + cost <= limit and p > 0 then
        wait = (1 - (limit - cost - c) / p - f) * span
      else
        local g = 0
        if c > 0 then g = 1 - (limit - cost) / c end
        if g < 0 then g = 0 end
        wait = (1 - f + g) * span
      end
      if wait < 1 then wait = 1 end
      return {i, math.ceil(wait), w}
    end
    ws[i] = w; cs[i] = c; ps[i] = p
  else
    local spent = tonumber(redis.call('GET', KEYS[i]) or '0')
    if spent >= limit then return {i, span, 0} end
  end
end
local w0 = 0
for i = 1, #KEYS do
  local b = (i - 1) * 4
  if a[b + 1] == 's' then
    local span = tonumber(a[b + 3])
    redis.call('HSET', KEYS[i], 'w', ws[i], 'c', cs[i] + tonumber(a[b + 4]), 'p', ps[i])
    redis.call('PEXPIRE', KEYS[i], span * 2)
    w0 = ws[i]
  end
end
return {0, 0, w0}
"""

_ADJUST = """
local a = {}
for word in string.gmatch(ARGV[1], '%S+') do a[#a + 1] = word end
for i = 1, #KEYS do
  local b = (i - 1) * 3
  local kind = a[b + 1]
  local ref = tonumber(a[b + 2])
  local delta = tonumber(a[b + 3])
  if kind == 's' then
    local v = redis.call('HMGET', KEYS[i], 'w', 'c', 'p')
    local sw = tonumber(v[1])
    if sw == ref then
      local c = (tonumber(v[2]) or 0) + delta
      if c < 0 then c = 0 end
      redis.call('HSET', KEYS[i], 'c', c)
    elseif sw == ref + 1 then
      local p = (tonumber(v[3]) or 0) + delta
      if p < 0 then p = 0 end
      redis.call('HSET', KEYS[i], 'p', p)
    end
  elseif delta > 0 then
    redis.call('INCRBY', KEYS[i], delta)
    redis.call('PEXPIRE', KEYS[i], ref)
  end
end
return 1
"""


class RedisStore:
    """Counters in Redis under ``prefix``. After a failure Redis is not asked again for
    ``retry_interval_s``: a dead Redis must not add its timeout to every request."""

    def __init__(self, client: Any, prefix: str, retry_interval_s: float = 1.0) -> None:
        self.client = client
        self.prefix = prefix
        self.retry_interval_s = retry_interval_s
        self._acquire = client.register_script(_ACQUIRE)
        self._adjust = client.register_script(_ADJUST)
        self._down_until = 0.0

    @classmethod
    def from_url(cls, url: str, prefix: str, timeout_s: float, retry_interval_s: float) -> RedisStore:
        import redis.asyncio as aioredis
        from redis.asyncio.retry import Retry
        from redis.backoff import NoBackoff
        from redis.exceptions import ConnectionError as RedisConnectionError

        # One immediate retry on a fresh connection when a pooled one turns out dead (Redis restarted):
        # the send failed, so the script did not run and nothing is charged twice. Timeouts are not
        # retried: a dead Redis must not double its timeout on every request.
        client = aioredis.Redis.from_url(
            url,
            socket_timeout=timeout_s,
            socket_connect_timeout=timeout_s,
            retry=Retry(NoBackoff(), 1),
            retry_on_error=[RedisConnectionError],
            retry_on_timeout=False,
        )
        return cls(client, prefix, retry_interval_s)

    async def _run(self, script: Any, keys: list[str], args: list[Any]) -> Any:
        if self._down_until and time.monotonic() < self._down_until:
            raise BackendError("redis marked down after a recent failure")
        from redis.exceptions import RedisError

        try:
            result = await script(keys=keys, args=args)
        except (RedisError, OSError, TimeoutError) as exc:
            if not self._down_until:
                log.warning(
                    "rate limits: redis unavailable (%s); retrying in %.1f s",
                    type(exc).__name__,
                    self.retry_interval_s,
                )
            self._down_until = time.monotonic() + self.retry_interval_s
            raise BackendError(type(exc).__name__) from None
        if self._down_until:
            log.warning("rate limits: redis reachable again")
            self._down_until = 0.0
        return result

    async def acquire(self, items: Sequence[Item]) -> Verdict:
        keys = [self.prefix + key for _, key, _, _, _ in items]
        args = " ".join(
            f"{kind} {float(limit)!r} {int(span)} {int(cost)}" for kind, _, limit, span, cost in items
        )
        index, wait, window = await self._run(self._acquire, keys, [args])
        return Verdict(int(index) - 1 if int(index) else None, int(wait), int(window))

    async def adjust(self, adjustments: Sequence[Adjustment]) -> None:
        keys = [self.prefix + key for _, key, _, _ in adjustments]
        args = " ".join(f"{kind} {int(ref)} {int(delta)}" for kind, _, ref, delta in adjustments)
        await self._run(self._adjust, keys, [args])

    async def close(self) -> None:
        await self.client.aclose()
