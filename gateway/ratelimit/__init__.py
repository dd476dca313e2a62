"""Rate limits and spend budgets per API key and per tenant (``rate_limits:`` in gateway.yaml).

- :mod:`.limits`: which limits apply to a request, token estimates, budget periods.
- :mod:`.store`: the counters, in Redis (one atomic Lua script per check, shared by every replica)
  or in this process when no Redis is configured.
- :mod:`.pricing`: what a request cost, for budgets (configured prices, else litellm's bundled map).

The input stage that enforces them (429 + ``Retry-After``) and settles token and spend counters
from the real usage when the request ends is :mod:`gateway.stages.rate_limit`.
"""
