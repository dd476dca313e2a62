"""Prometheus metrics. Labels are bounded: endpoint, configured model alias, status code, tenant
ids from config, zones, decisions, stage names, entity types, rule ids from policy files.

Never a request id, a tenant-supplied string or any text from a request: an unknown model name
is reported as ``-`` so a client cannot create label values at will. The names are agreed with the
Helm chart's Grafana dashboard; docs/operations.md lists them all.

The hot path is :meth:`Metrics.observe_request`, once per request: label children are cached per
label tuple (``.labels()`` builds and hashes a tuple and takes a lock every call).
"""

from __future__ import annotations

import weakref
from collections.abc import Callable, Mapping
from typing import TYPE_CHECKING, Any

from prometheus_client import CollectorRegistry, Counter, Gauge, Histogram, generate_latest
from prometheus_client.exposition import CONTENT_TYPE_LATEST

if TYPE_CHECKING:
    from gateway.context import RequestContext

LATENCY_BUCKETS = (0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10, 30, 60, 120)
OVERHEAD_BUCKETS = (0.0001, 0.00025, 0.0005, 0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 1)
STAGE_BUCKETS = (
    0.00005,
    0.0001,
    0.00025,
    0.0005,
    0.001,
    0.0025,
    0.005,
    0.01,
    0.025,
    0.05,
    0.1,
    0.25,
    0.5,
    1,
    2.5,
    5,
)
BATCH_BUCKETS = (1, 2, 4, 8, 16, 32, 64, 128, 256)
INFERENCE_BUCKETS = (0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5)
AUDIT_BUCKETS = (0.0005, 0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10)

STREAM_STOP_REASONS = ("policy", "upstream_interrupted", "client_disconnect")


class Metrics:
    content_type = CONTENT_TYPE_LATEST

    # Long on purpose: every metric is declared here, in one list a reader can scan; splitting it would
    # scatter the names
    def __init__(self, finding_kinds: Mapping[str, str] | None = None) -> None:
        if finding_kinds is None:
            from gateway.detectors.registry import finding_kinds as registered_kinds

            finding_kinds = registered_kinds()
        # Detectors whose findings are entities (PII): counted by type and direction (registry).
        self.entity_detectors = frozenset(n for n, kind in finding_kinds.items() if kind == "entities")
        self.registry = r = CollectorRegistry(auto_describe=True)
        self.requests = Counter(
            "safety_gateway_requests",
            "Requests handled, by endpoint, model, HTTP status, tenant, zone and decision",
            ["endpoint", "model", "status", "tenant", "zone", "decision"],
            registry=r,
        )
        self.latency = Histogram(
            "safety_gateway_request_duration_seconds",
            "Total request latency (to the last byte for streams)",
            ["endpoint", "model", "status"],
            buckets=LATENCY_BUCKETS,
            registry=r,
        )
        self.overhead = Histogram(
            "safety_gateway_overhead_seconds",
            "Time the gateway itself added (excluding the upstream wait)",
            ["endpoint", "model"],
            buckets=OVERHEAD_BUCKETS,
            registry=r,
        )
        self.stage = Histogram(
            "safety_gateway_stage_duration_seconds",
            "Time spent in one pipeline stage (non-streamed output stages; input stages always)",
            ["stage"],
            buckets=STAGE_BUCKETS,
            registry=r,
        )
        self.upstream = Histogram(
            "safety_gateway_upstream_duration_seconds",
            "Time waiting for the upstream per request, all attempts (streams: to the first chunk)",
            ["model", "zone"],
            buckets=LATENCY_BUCKETS,
            registry=r,
        )
        self.retries = Counter(
            "safety_gateway_upstream_retries",
            "Upstream attempts beyond the first (retries and fallbacks)",
            ["model"],
            registry=r,
        )
        self.classifier_batch = Histogram(
            "safety_gateway_classifier_batch_size",
            "Windows per forward pass of the in-process classifier",
            buckets=BATCH_BUCKETS,
            registry=r,
        )
        self.classifier_queue = Gauge(
            "safety_gateway_classifier_queue_depth",
            "Windows waiting for the in-process classifier's next batch",
            registry=r,
        )
        self.classifier_inference = Histogram(
            "safety_gateway_classifier_inference_seconds",
            "Forward pass time of the in-process classifier",
            buckets=INFERENCE_BUCKETS,
            registry=r,
        )
        self.pii_entities = Counter(
            "safety_gateway_pii_entities",
            "PII entities found, by entity type and direction (input/output)",
            ["entity", "direction"],
            registry=r,
        )
        self.rules_fired = Counter(
            "safety_gateway_rules_fired",
            "Policy rules that fired, by policy, rule id and action",
            ["policy", "rule", "action"],
            registry=r,
        )
        self.stream_stops = Counter(
            "safety_gateway_stream_stops",
            "Streams that ended early: stopped by policy, upstream broke off, client left",
            ["reason"],
            registry=r,
        )
        self.stream_interrupted = Counter(
            "safety_gateway_stream_interrupted",
            "Streams that broke after the first chunk",
            ["model"],
            registry=r,
        )
        self.policy_reloads = Counter(
            "safety_gateway_policy_reloads",
            "Policy set reloads, by result (ok, or error: the old set stays in force)",
            ["result"],
            registry=r,
        )
        self.policy_info = Gauge(
            "safety_gateway_policy_loaded_timestamp_seconds",
            "When the policy set in force was loaded",
            registry=r,
        )
        self.audit_write = Histogram(
            "safety_gateway_audit_write_seconds",
            "From handing an audit record to the writer until it is durable (db or spool)",
            buckets=AUDIT_BUCKETS,
            registry=r,
        )
        self.audit_spool = Gauge(
            "safety_gateway_audit_spool_depth",
            "Audit records in the on-disk spool waiting for the database",
            registry=r,
        )
        self.audit_records = Counter(
            "safety_gateway_audit_records",
            "Audit records by result: db, spool (durable either way) or failed (lost)",
            ["result"],
            registry=r,
        )
        self.ratelimit_rejections = Counter(
            "safety_gateway_ratelimit_rejections",
            "Requests refused by a rate limit or budget",
            ["scope", "limit"],
            registry=r,
        )
        self.ratelimit_backend_errors = Counter(
            "safety_gateway_ratelimit_backend_errors",
            "Rate-limit checks the counter store could not answer, by the failure mode applied "
            "(open: let through, closed: refused)",
            ["mode"],
            registry=r,
        )
        self.ready = Gauge("safety_gateway_ready", "1 when models and policies are loaded", registry=r)
        for reason in STREAM_STOP_REASONS:
            self.stream_stops.labels(reason)  # present at 0 so rate() works from the first stop
        self._request_cache: dict[tuple[str, str, int, str, str, str], tuple[Any, Any]] = {}
        self._overhead_cache: dict[tuple[str, str], Any] = {}
        self._stage_cache: dict[str, Any] = {}
        self._upstream_cache: dict[tuple[str, str], Any] = {}

    # -- per request -------------------------------------------------------------------------------
    def observe(
        self,
        endpoint: str,
        model: str,
        status: int,
        seconds: float,
        overhead: float,
        tenant: str = "-",
        zone: str = "-",
        decision: str | None = None,
    ) -> None:
        key = (endpoint, model, status, tenant, zone, decision or ("error" if status >= 400 else "allow"))
        children = self._request_cache.get(key)
        if children is None:
            children = (
                self.requests.labels(endpoint, model, str(status), tenant, zone, key[5]),
                self.latency.labels(endpoint, model, str(status)),
            )
            self._request_cache[key] = children
        children[0].inc()
        children[1].observe(seconds)
        child = self._overhead_cache.get((endpoint, model))
        if child is None:
            child = self._overhead_cache[(endpoint, model)] = self.overhead.labels(endpoint, model)
        child.observe(overhead)

    def observe_request(self, ctx: RequestContext, model: str, status: int) -> None:
        """Everything one finished request contributes; ``model`` is the bounded alias label."""
        self.observe(
            ctx.endpoint,
            model,
            status,
            ctx.elapsed_ms() / 1000.0,
            ctx.overhead_ms() / 1000.0,
            ctx.tenant or "-",
            ctx.zone or "-",
            ctx.outcome(status),
        )
        for stage, ms in ctx.timings.items():
            child = self._stage_cache.get(stage)
            if child is None:
                child = self._stage_cache[stage] = self.stage.labels(stage)
            child.observe(ms / 1000.0)
        if ctx.attempts:
            key = (model, ctx.zone or "-")
            child = self._upstream_cache.get(key)
            if child is None:
                child = self._upstream_cache[key] = self.upstream.labels(*key)
            child.observe(ctx.upstream_ms / 1000.0)
            if ctx.attempts > 1:
                self.retries.labels(model).inc(ctx.attempts - 1)
        if ctx.findings:
            entities = self.entity_detectors
            for f in ctx.findings:
                if f.detector in entities:
                    self.pii_entities.labels(f.type, f.direction).inc()
        for decision in ctx.decision.values():
            for reason in decision.reasons:
                self._rule(reason.rule, reason.action)
            shadow = decision.shadow
            if shadow is not None:
                for reason in shadow.reasons:
                    if reason.mode == "shadow":
                        self._rule(reason.rule, f"{reason.action} (shadow)")

    def _rule(self, rule_id: str, action: str) -> None:
        policy, _, rule = rule_id.partition("/")
        self.rules_fired.labels(policy, rule or policy, action).inc()

    def stream_stopped(self, reason: str) -> None:
        self.stream_stops.labels(reason).inc()

    # -- hooks for the other parts -----------------------------------------------------------------
    def watch_classifier(self) -> None:
        """Follow every in-process micro-batcher (classifiers never import the gateway: they call back)."""
        from classifiers import batcher

        batcher.add_batch_observer(weakref.WeakMethod(self._classifier_batch))
        self.classifier_queue.set_function(batcher.total_queue_depth)

    def _classifier_batch(self, size: int, seconds: float) -> None:
        self.classifier_batch.observe(size)
        self.classifier_inference.observe(seconds)

    def audit_result(self, result: str, seconds: float | None) -> None:
        self.audit_records.labels(result).inc()
        if seconds is not None:
            self.audit_write.observe(seconds)

    def watch_audit_spool(self, depth: Callable[[], int]) -> None:
        self.audit_spool.set_function(depth)

    def render(self) -> bytes:
        return generate_latest(self.registry)
