"""Rate limits and spend budgets per API key and per tenant (``rate_limits:`` in gateway.yaml).

- :mod:`.limits`: which limits apply to a request, token estimates, budget periods.
- :mod:`.store`: the counters, in Redis (one atomic Lua script per check, shared by every replica)
  or in this process when no Redis is configured.
- :mod:`.pricing`: what a request cost, for budgets (configured prices, else litellm's bundled map).
- :mod:`.stage`: the input stage that enforces them (429 + ``Retry-After``) and settles token and
  spend counters from the real usage when the request ends.
"""

from gateway.ratelimit.stage import RateLimitStage, build_rate_limiter

__all__ = ["RateLimitStage", "build_rate_limiter"]
