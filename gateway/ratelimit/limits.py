"""Which limits apply to a request, and what it is expected to consume.

Requests and tokens per minute use a **sliding window counter**: two fixed one-minute counters (this
minute's and the last one's), the last weighted by how much of it still lies inside the sliding
minute. It needs O(1) memory and one small Redis hash per limit, never lets more than the limit
through in any rolling minute by more than the approximation error (a fixed window would allow twice
the limit across a minute boundary), and gives an exact ``Retry-After``. A sliding *log* would be
exact but stores one entry per request.

Budgets use **fixed calendar periods** in UTC (hour, day, month): "50 USD a month" means the month
on the calendar, and the counter starts again at its first second.
"""

from __future__ import annotations

import calendar
import datetime as dt
import hashlib
import re
from dataclasses import dataclass
from typing import Any, Literal

import orjson

from gateway.config import LimitSpec, RateLimitSettings

WINDOW_S = 60.0
NANO_USD = 1_000_000_000  # budgets are counted in integer nano-dollars (Redis INCRBY, no float drift)

Scope = Literal["key", "tenant"]
LimitKind = Literal["rpm", "tpm", "budget"]

_SAFE_TAG = re.compile(r"[A-Za-z0-9._-]{1,64}")


@dataclass(frozen=True, slots=True)
class Check:
    scope: Scope
    limit: LimitKind
    counter: str  # counter name without the store's prefix
    value: float  # requests, tokens, or nano-USD
    who: str  # key id or tenant id, for the error message
    period: str | None = None  # budgets: hour | day | month


def tenant_tag(tenant: str) -> str:
    """The Redis Cluster hash tag of a tenant: all of a tenant's (and its keys') counters share one
    slot, so one Lua script may touch them all."""
    return tenant if _SAFE_TAG.fullmatch(tenant) else hashlib.sha256(tenant.encode()).hexdigest()[:16]


def _spec_checks(spec: LimitSpec, scope: Scope, who: str, base: str) -> list[Check]:
    out: list[Check] = []
    if spec.rpm is not None:
        out.append(Check(scope, "rpm", f"{base}:rpm", float(spec.rpm), who))
    if spec.tpm is not None:
        out.append(Check(scope, "tpm", f"{base}:tpm", float(spec.tpm), who))
    if spec.budget is not None:
        out.append(Check(scope, "budget", f"{base}:usd", spec.budget.usd * NANO_USD, who, spec.budget.period))
    return out


def plan_checks(
    settings: RateLimitSettings, key_id: str, key_name: str | None, tenant: str
) -> tuple[Check, ...]:
    """Key limits (by the key's name, its id, else ``default``) then tenant limits (by id, else ``default``).
    ``default`` gives every key (tenant) its own counters with those limits, not one shared counter."""
    tag = tenant_tag(tenant)
    checks: list[Check] = []
    key_spec = (
        (settings.keys.get(key_name) if key_name else None)
        or settings.keys.get(key_id)
        or settings.keys.get("default")
    )
    if key_spec is not None:
        checks.extend(_spec_checks(key_spec, "key", key_id, f"{{{tag}}}:k:{key_id}"))
    tenant_spec = settings.tenants.get(tenant) or settings.tenants.get("default")
    if tenant_spec is not None:
        checks.extend(_spec_checks(tenant_spec, "tenant", tenant, f"{{{tag}}}:t"))
    return tuple(checks)


def estimate_tokens(endpoint: str, body: dict[str, Any], default_max_tokens: int) -> tuple[int, int]:
    """(prompt, completion) tokens to reserve before the call: about 4 bytes of UTF-8 JSON per prompt
    token (English is ~4 characters a token, Korean ~1 character of 3 bytes), plus the completion
    allowance the request asks for (``max_completion_tokens`` / ``max_tokens``, times ``n``). The
    reservation is corrected with the upstream's usage when the request ends."""
    if endpoint == "chat.completions":
        source = body.get("messages")
    elif endpoint == "completions":
        source = body.get("prompt")
    else:
        source = body.get("input")
    try:
        prompt = len(orjson.dumps(source)) // 4 + 1
    except TypeError:
        prompt = 1
    if endpoint == "embeddings":
        return prompt, 0
    allowance = body.get("max_completion_tokens") or body.get("max_tokens")
    if not isinstance(allowance, int) or allowance <= 0:
        allowance = default_max_tokens
    n = body.get("n")
    n = n if isinstance(n, int) and 0 < n <= 128 else 1
    return prompt, allowance * n


def period_bounds(period: str, now: float) -> tuple[str, float]:
    """(an id for the calendar period containing ``now``, the epoch second it ends), UTC."""
    t = dt.datetime.fromtimestamp(now, dt.UTC)
    if period == "hour":
        start = t.replace(minute=0, second=0, microsecond=0)
        return start.strftime("%Y%m%d%H"), start.timestamp() + 3600
    if period == "day":
        start = t.replace(hour=0, minute=0, second=0, microsecond=0)
        return start.strftime("%Y%m%d"), start.timestamp() + 86400
    start = t.replace(day=1, hour=0, minute=0, second=0, microsecond=0)
    days = calendar.monthrange(t.year, t.month)[1]
    return start.strftime("%Y%m"), start.timestamp() + days * 86400
