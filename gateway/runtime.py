"""One running gateway: its services, its pipeline, and what happens at start, at stop and when a
request ends (metrics, rate-limit settlement, the audit record, the access log line, the trace)."""

from __future__ import annotations

import asyncio
import contextlib
import gc
import logging
import signal
import threading
import time
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from gateway.config import GatewayConfig
from gateway.context import RequestContext
from gateway.detectors.registry import registered
from gateway.logs import log_event
from gateway.services import Services, build_services
from gateway.stages import Pipeline, build_pipeline
from policies.findings import Detector, DetectorError

if TYPE_CHECKING:
    from audit.sinks.base import AuditSink
    from gateway.auth import KeyStore
    from gateway.tracing import Tracing

log = logging.getLogger("safety_gateway")
access_log = logging.getLogger("safety_gateway.access")


@dataclass
class Gateway:
    """Everything one running gateway holds; the routes read it from ``app.state.gateway``."""

    services: Services
    pipeline: Pipeline
    audit_store: AuditSink | None = None  # read by the dashboard and the verify endpoint
    _warmups: list[asyncio.Task[None]] = field(default_factory=list)

    # The parts the routes use, by name.
    @property
    def warming(self) -> set[str]:
        """Detectors still loading their models (owned by the services, which the stages read)."""
        return self.services.warming

    @property
    def cfg(self) -> GatewayConfig:
        return self.services.cfg

    @property
    def keys(self) -> KeyStore:
        return self.services.keys

    @property
    def detectors(self) -> dict[str, Detector]:
        return self.services.detectors

    @property
    def tracing(self) -> Tracing | None:
        return self.services.tracing

    def ready(self) -> tuple[bool, dict[str, Any]]:
        local, names = self.services.local, self.services.local_names
        pending = [n for n in names if n in local.pending]
        errors = {n: e for n, e in local.errors.items() if n in names}
        if errors:
            return False, {"status": "error", "errors": errors}
        if pending or self.warming:
            return False, {"status": "loading", "pending": pending + sorted(self.warming)}
        return True, {"status": "ready"}

    # -- life cycle -------------------------------------------------------------------------------------
    def _used_detectors(self) -> set[str]:
        policy = self.services.policy
        if policy is None:
            return set()
        return {r.detector for p in policy.store.current.policies for r in p.rules if r.detector}

    async def start(self, load_models: bool) -> None:
        s = self.services
        used = self._used_detectors()
        local_pending = load_models and bool(s.local.pending)
        if local_pending:
            # transformers resolves its names lazily; two loader threads importing it at once can see a
            # half-initialised module. Resolved once, here (detectors that load models do the same below).
            from transformers import AutoModel, AutoModelForCausalLM, AutoTokenizer  # noqa: F401
        specs = registered()
        for name in s.detectors:
            spec = specs.get(name)
            if name in used and spec is not None and spec.preload is not None:
                spec.preload()
        if local_pending:
            # In a thread so /healthz answers while the weights load; /readyz reports progress.
            threading.Thread(target=s.local.load_all, name="model-loader", daemon=True).start()
        if s.auditor is not None:
            await s.auditor.start()
        if s.ratelimit is not None:
            await s.ratelimit.start()
        _settle_garbage_collector()
        loop = asyncio.get_running_loop()
        for name, detector in s.detectors.items():
            # Detectors with models or indexes to load (classifier, copyright corpus) load before /readyz.
            warmup = getattr(detector, "warmup", None)
            if name in used and warmup is not None:
                self._warmups.append(loop.create_task(self._warm(name, warmup)))
        if s.policy is not None:
            store = s.policy.store
            self._prepare_rules(loop)
            store.add_listener(lambda ok, _store: self._prepare_rules(loop, reload=True) if ok else None)
            if s.cfg.policy_settings.reload_interval_s > 0:
                store.start(s.cfg.policy_settings.reload_interval_s)
            with contextlib.suppress(ValueError, RuntimeError, NotImplementedError):
                # Only possible in the main thread (not when tests serve the app from a thread).
                loop.add_signal_handler(signal.SIGHUP, store.reload)

    def _prepare_rules(self, loop: asyncio.AbstractEventLoop, reload: bool = False) -> None:
        """Detectors with a ``prepare(params)`` hook (``similar_to`` embeds its example lists) get every
        rule's params now and after each successful reload, off the request path; at start /readyz
        waits for it. After a reload the old lists keep serving until the new ones are ready."""
        policy = self.services.policy
        if policy is None:
            return
        jobs: list[tuple[Any, Any]] = []
        for p in policy.store.current.policies:
            for r in p.rules:
                prepare = getattr(self.services.detectors.get(r.detector or ""), "prepare", None)
                if prepare is not None:
                    jobs.append((prepare, r.params))
        if not jobs:
            return

        async def run() -> None:
            for prepare, params in jobs:
                await asyncio.to_thread(prepare, params)

        if reload:  # called from the store's reload thread; readiness does not flap on a reload
            asyncio.run_coroutine_threadsafe(run(), loop)
        else:
            self._warmups.append(loop.create_task(self._warm("rule preparation", run)))

    async def _warm(self, name: str, warmup: Any) -> None:
        """Load a detector's model before traffic needs it; /readyz says not ready meanwhile."""
        self.warming.add(name)
        t0 = time.perf_counter()
        try:
            await warmup()
            log.info("detector %s ready in %.1f s", name, time.perf_counter() - t0)
        except Exception as exc:  # noqa: BLE001 — rules using it then fail per their on_error
            # DetectorError messages name the backend and the failure type, never request text.
            log.error(
                "detector %s failed to load: %s",
                name,
                exc if isinstance(exc, DetectorError) else type(exc).__name__,
            )
        finally:
            self.warming.discard(name)

    async def close(self) -> None:
        s = self.services
        if s.policy is not None:
            s.policy.store.stop()
        for task in self._warmups:
            task.cancel()
        if s.auditor is not None:
            await s.auditor.close()
        for name, detector in s.detectors.items():
            aclose = getattr(detector, "aclose", None)
            if aclose is not None:
                try:
                    await aclose()
                except Exception as exc:  # noqa: BLE001 — shutting down: the others still close
                    log.warning("detector %s did not close cleanly: %s", name, type(exc).__name__)
        if s.ratelimit is not None:
            await s.ratelimit.close()
        await s.router.close()
        if s.tracing is not None:
            s.tracing.shutdown()

    # -- the end of every request ------------------------------------------------------------------------
    def finish(self, ctx: RequestContext, status: int) -> None:
        s = self.services
        ctx.status = status
        label = ctx.model if ctx.model and s.router.has(ctx.model) else "-"
        s.metrics.observe_request(ctx, label, status)
        if s.ratelimit is not None:
            s.ratelimit.settle(ctx, status)
        if s.auditor is not None:
            s.auditor.record(ctx, status)
        self.pipeline.finished(ctx)
        tracing = s.tracing
        if s.cfg.server.access_log:
            log_event(
                access_log,
                {
                    "event": "request",
                    "request_id": ctx.request_id,
                    "trace_id": tracing.trace_id(ctx) if tracing is not None else None,
                    "tenant": ctx.tenant,
                    "key_id": ctx.key_id,
                    "endpoint": ctx.endpoint,
                    "model": label,
                    "deployment": ctx.deployment_id,
                    "zone": ctx.zone,
                    "status": status,
                    "decision": ctx.outcome(status),
                    "error_code": ctx.error_code,
                    "attempts": ctx.attempts,
                    "latency_ms": round(ctx.elapsed_ms(), 3),
                    "overhead_ms": round(ctx.overhead_ms(), 3),
                    "upstream_ms": round(ctx.upstream_ms, 3),
                },
            )
        if tracing is not None:
            tracing.end_request(ctx, status, label, ctx.outcome(status))


def _settle_garbage_collector() -> None:
    # Everything imported and built so far lives as long as the process: move it out of the
    # collector's reach so full collections scan only per-request garbage (shorter tail latency).
    gc.collect()
    gc.freeze()
    # Young-generation collections still cost ~10% CPU at default thresholds; fewer, larger ones
    # measured +8..37% req/s and a lower p99 (docs/performance.md).
    gc.set_threshold(10_000, 50, 100)


def _watch(gw: Gateway) -> None:
    """Metrics that follow the gateway's parts: readiness, detectors' own (registry), audit, reloads."""
    s = gw.services
    metrics = s.metrics
    metrics.ready.set_function(lambda: 1.0 if gw.ready()[0] else 0.0)
    specs = registered()
    for name in s.detectors:
        spec = specs.get(name)
        if spec is not None and spec.watch is not None:
            spec.watch(metrics)
    if s.auditor is not None:
        s.auditor.on_result = metrics.audit_result
        metrics.watch_audit_spool(s.auditor.spool_depth)
    if s.policy is not None:
        store = s.policy.store

        def on_reload(ok: bool, current: Any) -> None:
            metrics.policy_reloads.labels("ok" if ok else "error").inc()
            # One line per reload, good or bad: operators read the log, not only the metric.
            version = current.current.version
            if ok:
                metrics.policy_info.set(current.loaded_at)
                log.info(
                    "policies reloaded: version %s in force (%d policies)",
                    version,
                    len(current.current.policies),
                )
            else:
                log.error("policy reload failed; version %s stays in force: %s", version, current.last_error)

        store.add_listener(on_reload)
        metrics.policy_info.set(store.loaded_at)


def build_gateway(
    cfg: GatewayConfig, keys: KeyStore | None = None, tracing: Tracing | None = None
) -> Gateway:
    services = build_services(cfg, keys, tracing)
    gw = Gateway(services, build_pipeline(cfg, services))
    _watch(gw)
    log.debug("pipeline: %s", gw.pipeline.describe())
    return gw
