"""Failed sign-ins lock a user name and a client address out for a while (in memory, per process).

Two counters per attempt: the user name as typed (known or not, so a lock-out tells nothing about
which names exist) and the client address (the real one: audit.clientaddr, so a client cannot
reset it with ``X-Forwarded-For``). Per name stops guessing one password from many addresses; per
address stops one client spraying many names.

In memory on purpose: the dashboard is a small, human-facing page and the limiter must work with
no Redis configured. With several replicas each keeps its own counters, so an attacker spread
over N replicas gets N times the budget (docs/dashboard-security.md says so and what to do).
"""

from __future__ import annotations

import math
import time
from collections import OrderedDict, deque
from collections.abc import Callable
from dataclasses import dataclass, field

from audit.dashboard.auth import LoginThrottleConfig


@dataclass(slots=True)
class _Counter:
    failures: deque[float] = field(default_factory=deque)
    locked_until: float = 0.0


class LoginThrottle:
    def __init__(self, cfg: LoginThrottleConfig, clock: Callable[[], float] = time.monotonic) -> None:
        self.cfg = cfg
        self.clock = clock
        self._counters: OrderedDict[str, _Counter] = OrderedDict()

    @staticmethod
    def _keys(username: str, addr: str | None) -> list[tuple[str, str]]:
        keys = [("user", "u:" + username)]
        if addr:
            keys.append(("client", "a:" + addr))
        return keys

    def _limit(self, kind: str) -> int:
        return self.cfg.user_failures if kind == "user" else self.cfg.client_failures

    def retry_after(self, username: str, addr: str | None) -> int:
        """Seconds until this name and address may try again; 0 when they may now."""
        if not self.cfg.enabled:
            return 0
        now = self.clock()
        wait = 0.0
        for _, key in self._keys(username, addr):
            c = self._counters.get(key)
            if c is not None and c.locked_until > now:
                wait = max(wait, c.locked_until - now)
        return math.ceil(wait) if wait > 0 else 0

    def failure(self, username: str, addr: str | None) -> None:
        if not self.cfg.enabled:
            return
        now = self.clock()
        for kind, key in self._keys(username, addr):
            c = self._counters.pop(key, None) or _Counter()
            self._counters[key] = c  # most recently used last: the oldest are forgotten first
            while c.failures and c.failures[0] <= now - self.cfg.window_s:
                c.failures.popleft()
            c.failures.append(now)
            over = len(c.failures) - self._limit(kind)
            if over >= 0:
                lock = min(self.cfg.max_lockout_s, self.cfg.lockout_s * 2 ** min(over, 32))
                c.locked_until = max(c.locked_until, now + lock)
        while len(self._counters) > self.cfg.max_tracked:
            self._counters.popitem(last=False)

    def success(self, username: str) -> None:
        """A correct password clears the name's failures (not the address's: one valid account must not
        let a client reset its own spray budget)."""
        self._counters.pop("u:" + username, None)
