"""The reliability suite (issue 9): the gateway under load and failure.

Every scenario starts its own processes (fake upstream, gateway(s), classifier service, private
PostgreSQL and Redis on free ports in a temp dir; the shared instances on 5432/6379 are never
touched), drives them with the raw-asyncio load generator in :mod:`tests.reliability.client`, and
returns a JSON-able result with named checks. ``python -m tests.reliability --help`` runs them;
``tests/test_reliability_ci.py`` runs a reduced version inside ``make test``.

Modules: ``services`` (processes), ``configs`` (gateway.yaml per scenario), ``client`` (HTTP/1.1 +
SSE), ``workload`` (the request mix and what each request must get back), ``runner`` (concurrency,
percentiles, fault timeline), ``evidence`` (audit count/verify, PII grep), ``scenarios_*``.
"""
