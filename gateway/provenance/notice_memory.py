"""Which conversations were already shown a ``once_per_conversation`` notice.

Kept where the gateway keeps its other per-conversation state, the pseudonym vault's store: in this
process by default, in Redis when ``pii.vault.backend: redis`` (every replica then agrees). A key
is SHA-256 of tenant, conversation id and notice id, so neither the client's id nor the notice
text is stored. Entries live ``pii.vault.ttl_s`` (sliding): a conversation idle longer than that
is shown the notice again. When the store fails, the notice is shown: telling twice is the safe
error, never telling is not.
"""

from __future__ import annotations

import hashlib
import logging
import time
from collections import OrderedDict
from typing import Any, Protocol

from gateway.pii.config import PIISettings

log = logging.getLogger("safety_gateway.provenance")


def memory_key(tenant: str, conversation: str, notice_id: str) -> str:
    return hashlib.sha256(f"{tenant}\x00{conversation}\x00{notice_id}".encode()).hexdigest()[:32]


class NoticeMemory(Protocol):
    async def first_time(self, key: str) -> bool:
        """True exactly once per key (until it expires): the caller shows the notice then."""
        ...


class InMemoryNoticeMemory:
    """Per process, at most ``max_entries`` conversations (least recently used forgotten first)."""

    def __init__(self, ttl_s: float = 3600.0, max_entries: int = 100_000) -> None:
        self.ttl_s = ttl_s
        self.max_entries = max_entries
        self._seen: OrderedDict[str, float] = OrderedDict()  # key -> expiry (monotonic)

    async def first_time(self, key: str) -> bool:
        now = time.monotonic()
        expires = self._seen.pop(key, None)
        self._seen[key] = now + self.ttl_s
        while len(self._seen) > self.max_entries:
            self._seen.popitem(last=False)
        return expires is None or expires <= now


class RedisNoticeMemory:
    def __init__(self, client: Any, prefix: str, ttl_s: int) -> None:
        self.client = client
        self.prefix = prefix + "notice:"
        self.ttl_s = max(1, ttl_s)

    async def first_time(self, key: str) -> bool:
        name = self.prefix + key
        try:
            if await self.client.set(name, b"1", nx=True, ex=self.ttl_s):
                return True
            await self.client.expire(name, self.ttl_s)
            return False
        except Exception as exc:  # noqa: BLE001 — any store failure: show the notice
            log.warning("notice memory: redis error (%s); showing the notice", type(exc).__name__)
            return True


def build_notice_memory(pii: PIISettings) -> NoticeMemory:
    vault = pii.vault
    if vault.backend == "redis" and vault.url:
        import redis.asyncio as aioredis

        return RedisNoticeMemory(aioredis.Redis.from_url(vault.url), vault.prefix, int(vault.ttl_s))
    return InMemoryNoticeMemory(float(vault.ttl_s))
