"""Prometheus metrics. Labels are bounded: endpoint, configured model alias, status code.

Never a request id, a tenant-supplied string or any text from a request: an unknown model name
is reported as ``-`` so a client cannot create label values at will.
"""

from __future__ import annotations

from prometheus_client import CollectorRegistry, Counter, Gauge, Histogram, generate_latest
from prometheus_client.exposition import CONTENT_TYPE_LATEST

LATENCY_BUCKETS = (0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10, 30, 60, 120)
OVERHEAD_BUCKETS = (0.0001, 0.00025, 0.0005, 0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 1)


class Metrics:
    content_type = CONTENT_TYPE_LATEST

    def __init__(self) -> None:
        self.registry = CollectorRegistry(auto_describe=True)
        self.requests = Counter("safety_gateway_requests", "Requests handled, by endpoint, model and HTTP status",
                                ["endpoint", "model", "status"], registry=self.registry)
        self.latency = Histogram("safety_gateway_request_duration_seconds",
                                 "Total request latency (to the last byte for streams)",
                                 ["endpoint", "model", "status"], buckets=LATENCY_BUCKETS, registry=self.registry)
        self.overhead = Histogram("safety_gateway_overhead_seconds",
                                  "Time the gateway itself added (excluding the upstream wait)",
                                  ["endpoint", "model"], buckets=OVERHEAD_BUCKETS, registry=self.registry)
        self.retries = Counter("safety_gateway_upstream_retries",
                               "Upstream attempts beyond the first (retries and fallbacks)", ["model"],
                               registry=self.registry)
        self.stream_interrupted = Counter("safety_gateway_stream_interrupted",
                                          "Streams that broke after the first chunk", ["model"],
                                          registry=self.registry)
        self.policy_reloads = Counter("safety_gateway_policy_reloads",
                                      "Policy set reloads, by result (ok, or error: the old set stays in force)",
                                      ["result"], registry=self.registry)
        self.policy_info = Gauge("safety_gateway_policy_loaded_timestamp_seconds",
                                 "When the policy set in force was loaded", registry=self.registry)
        self.ready = Gauge("safety_gateway_ready", "1 when models and policies are loaded", registry=self.registry)
        self._label_cache: dict[tuple[str, str, int], tuple[object, object]] = {}

    def observe(self, endpoint: str, model: str, status: int, seconds: float, overhead: float) -> None:
        key = (endpoint, model, status)
        children = self._label_cache.get(key)
        if children is None:
            # .labels() builds and hashes a tuple each time; the set of keys is small and bounded.
            children = (self.requests.labels(endpoint, model, str(status)),
                        self.latency.labels(endpoint, model, str(status)))
            self._label_cache[key] = children
        children[0].inc()  # type: ignore[attr-defined]
        children[1].observe(seconds)  # type: ignore[attr-defined]
        self.overhead.labels(endpoint, model).observe(overhead)

    def render(self) -> bytes:
        return generate_latest(self.registry)
