"""``rate_limit``: the rate-limit input stage (right after ``model_access``: the key, tenant and model
are known).

Before the call: count the request against every limit of its key and tenant at once — requests
per minute, the token reservation (prompt estimate + completion allowance) per minute, and "is the
budget already spent". Over any of them: 429 in OpenAI's format (``type`` ``requests``/``tokens``, or
``insufficient_quota`` for a budget) with ``Retry-After``. After the request (``settle``, called when
it finishes, streams included): the token counters are corrected by the difference between the
reservation and the upstream's reported usage, and the spend is added to the budgets.

When the counter store fails, ``on_backend_error`` decides: ``open`` lets the request through,
``closed`` refuses it with 503; either way ``safety_gateway_ratelimit_backend_errors_total{mode}``
counts it.
"""

from __future__ import annotations

import asyncio
import logging
import math
import time
from dataclasses import dataclass

from gateway.auth import key_id_of
from gateway.config import GatewayConfig, RateLimitSettings
from gateway.context import RequestContext
from gateway.errors import GatewayError
from gateway.metrics import Metrics
from gateway.ratelimit.limits import NANO_USD, WINDOW_S, Check, estimate_tokens, period_bounds, plan_checks
from gateway.ratelimit.pricing import Pricing
from gateway.ratelimit.store import BackendError, Item, MemoryStore, RedisStore, Store

log = logging.getLogger("safety_gateway.ratelimit")

WINDOW_MS = int(WINDOW_S * 1000)
MAX_PENDING = 100_000  # reservations of requests that never finished are dropped beyond this
FLUSH_S = 0.02  # corrections for Redis are gathered this long and sent in one call per tenant
FLUSH_MAX = 256
_TYPES = {"rpm": "requests", "tpm": "tokens", "budget": "insufficient_quota"}


@dataclass(slots=True)
class Reservation:
    window: int
    prompt: int
    completion: int
    checks: tuple[Check, ...]
    items: list[Item]


def _seconds(ms: float) -> int:
    return max(1, math.ceil(ms / 1000.0))


class RateLimitStage:
    name = "rate_limit"

    def __init__(
        self,
        settings: RateLimitSettings,
        store: Store,
        metrics: Metrics,
        key_names: dict[str, str],
        pricing: Pricing | None = None,
    ) -> None:
        self.settings = settings
        self.store = store
        self.metrics = metrics
        self.key_names = key_names
        self.pricing = pricing
        self._plans: dict[tuple[str, str], tuple[Check, ...]] = {}
        self._pending: dict[int, tuple[RequestContext, Reservation]] = {}
        self._tasks: set[asyncio.Task[None]] = set()
        self._corrections: dict[tuple[str, str, int], int] = {}
        self._flush_at: asyncio.TimerHandle | None = None

    async def start(self) -> None:
        if self.pricing is not None:
            await asyncio.to_thread(self.pricing.resolve)

    async def close(self) -> None:
        if self._flush_at is not None:
            self._flush_at.cancel()
            self._flush()
        if self._tasks:
            await asyncio.gather(*self._tasks, return_exceptions=True)
        await self.store.close()

    def checks_for(self, key_id: str, tenant: str) -> tuple[Check, ...]:
        plan = self._plans.get((key_id, tenant))
        if plan is None:
            plan = plan_checks(self.settings, key_id, self.key_names.get(key_id), tenant)
            self._plans[(key_id, tenant)] = plan
        return plan

    # -- before the call -------------------------------------------------------------------------------
    async def run(self, ctx: RequestContext) -> None:
        assert ctx.key_id is not None and ctx.tenant is not None
        checks = self.checks_for(ctx.key_id, ctx.tenant)
        if not checks:
            return
        counts_tokens = any(c.limit != "rpm" for c in checks)
        prompt = completion = 0
        if counts_tokens and isinstance(ctx.body, dict):
            prompt, completion = estimate_tokens(ctx.endpoint, ctx.body, self.settings.default_max_tokens)
        estimate = prompt + completion
        now = time.time()
        items: list[Item] = []
        for check in checks:
            if check.limit == "rpm":
                items.append(("s", check.counter, check.value, WINDOW_MS, 1))
            elif check.limit == "tpm":
                if estimate > check.value:
                    self.metrics.ratelimit_rejections.labels(check.scope, "tpm").inc()
                    raise GatewayError(
                        400,
                        f"This request reserves about {estimate} tokens (prompt estimate plus max_tokens), "
                        f"more than the {check.scope} limit of {int(check.value)} tokens per minute "
                        "allows at all; "
                        "lower max_tokens or shorten the prompt.",
                        "invalid_request_error",
                        param="max_tokens",
                        code="tokens_exceed_rate_limit",
                    )
                items.append(("s", check.counter, check.value, WINDOW_MS, estimate))
            else:
                period_id, end = period_bounds(check.period or "month", now)
                items.append(
                    ("f", f"{check.counter}:{period_id}", check.value, max(1, int((end - now) * 1000)), 0)
                )
        try:
            verdict = await self.store.acquire(items)
        except BackendError:
            mode = self.settings.on_backend_error
            self.metrics.ratelimit_backend_errors.labels(mode).inc()
            if mode == "closed":
                raise GatewayError(
                    503,
                    "Rate limits cannot be checked right now (their counter store is unavailable), and "
                    "this gateway does not forward requests it cannot count "
                    "(rate_limits.on_backend_error: closed).",
                    "service_unavailable",
                    code="rate_limit_unavailable",
                    headers={"retry-after": str(_seconds(self.settings.retry_interval_s * 1000))},
                ) from None
            return
        if verdict.rejected is not None:
            check = checks[verdict.rejected]
            self.metrics.ratelimit_rejections.labels(check.scope, check.limit).inc()
            raise self._rejection(check, verdict.retry_after_ms, estimate)
        if counts_tokens:
            if len(self._pending) >= MAX_PENDING:
                del self._pending[next(iter(self._pending))]
            self._pending[id(ctx)] = (ctx, Reservation(verdict.window, prompt, completion, checks, items))

    @staticmethod
    def _rejection(check: Check, retry_ms: int, estimate: int) -> GatewayError:
        seconds = _seconds(retry_ms)
        who = f"{check.scope} '{check.who}'"
        if check.limit == "rpm":
            message = (
                f"Rate limit reached for {who}: {int(check.value)} requests per minute. Retry in {seconds} s."
            )
        elif check.limit == "tpm":
            message = (
                f"Rate limit reached for {who}: {int(check.value)} tokens per minute (this request reserves "
                f"about {estimate}). Retry in {seconds} s."
            )
        else:
            message = (
                f"Spend budget of {check.value / NANO_USD:.2f} USD per {check.period} reached for {who}. "
                f"It renews in {seconds} s."
            )
        code = "insufficient_quota" if check.limit == "budget" else "rate_limit_exceeded"
        return GatewayError(
            429, message, _TYPES[check.limit], code=code, headers={"retry-after": str(seconds)}
        )

    # -- after the request -------------------------------------------------------------------------------
    def settle(self, ctx: RequestContext, status: int) -> None:
        """Correct the token reservation and charge the spend (off the request path)."""
        entry = self._pending.pop(id(ctx), None)
        if entry is None:
            return
        res = entry[1]
        usage = ctx.usage if isinstance(ctx.usage, dict) else None
        if usage:
            prompt = int(usage.get("prompt_tokens") or 0)
            completion = int(usage.get("completion_tokens") or 0)
            if not prompt and not completion:
                prompt = int(usage.get("total_tokens") or 0)
        elif ctx.upstream_status == 200:
            # Served, but the usage was not reported (a stream without include_usage): the reservation stands.
            prompt, completion = res.prompt, res.completion
        else:
            prompt = completion = 0  # refused or failed before the upstream answered: nothing was used
        delta = prompt + completion - (res.prompt + res.completion)
        adjustments: list[tuple[str, str, int, int]] = []
        for check, item in zip(res.checks, res.items, strict=True):
            if check.limit == "tpm" and delta:
                adjustments.append(("s", item[1], res.window, delta))
            elif check.limit == "budget" and self.pricing is not None and (prompt or completion):
                nano = round(self.pricing.cost(ctx.deployment_id, prompt, completion) * NANO_USD)
                if nano > 0:
                    adjustments.append(("f", item[1], item[3] + 86_400_000, nano))
        if not adjustments:
            return
        if isinstance(self.store, MemoryStore):
            self.store.adjust_now(adjustments)
            return
        # Redis: a round trip per request would cost as much as the check itself; gather them.
        for kind, key, ref, delta in adjustments:
            k = (kind, key, ref)
            self._corrections[k] = self._corrections.get(k, 0) + delta
        if self._flush_at is None:
            self._flush_at = asyncio.get_running_loop().call_later(FLUSH_S, self._flush)

    def _flush(self) -> None:
        self._flush_at = None
        corrections, self._corrections = self._corrections, {}
        by_tag: dict[str, list[tuple[str, str, int, int]]] = {}
        for (kind, key, ref), delta in corrections.items():
            if delta:  # one script call touches one tenant's keys (one Redis Cluster slot)
                by_tag.setdefault(key.partition("}")[0], []).append((kind, key, ref, delta))
        loop = asyncio.get_running_loop()
        for items in by_tag.values():
            for i in range(0, len(items), FLUSH_MAX):
                task = loop.create_task(self._adjust(items[i : i + FLUSH_MAX]))
                self._tasks.add(task)
                task.add_done_callback(self._tasks.discard)

    async def _adjust(self, adjustments: list[tuple[str, str, int, int]]) -> None:
        try:
            await self.store.adjust(adjustments)
        except BackendError:
            log.debug("rate limits: usage correction not stored (counter store unavailable)")


def build_rate_limiter(cfg: GatewayConfig, metrics: Metrics) -> RateLimitStage | None:
    settings = cfg.rate_limits
    if settings is None or not (settings.keys or settings.tenants):
        return None
    url = settings.redis_url.strip()
    store: Store = (
        RedisStore.from_url(url, settings.key_prefix, settings.timeout_s, settings.retry_interval_s)
        if url
        else MemoryStore()
    )
    budgets = any(spec.budget is not None for spec in (*settings.keys.values(), *settings.tenants.values()))
    key_names = {key_id_of(k.key_sha256): k.name for k in cfg.keys if k.name}
    if not url:
        log.info(
            "rate limits: counters in this process (no rate_limits.redis_url): each replica counts alone"
        )
    return RateLimitStage(settings, store, metrics, key_names, Pricing(cfg) if budgets else None)
