"""OpenTelemetry traces: a span per request, per pipeline stage, per detector call (the classifier's
included) and per upstream attempt, with W3C ``traceparent`` carried to the upstreams and to the
classifier service.

Configured by the standard variables only, and **off unless configured**: tracing is on when
``OTEL_TRACES_EXPORTER`` names ``otlp`` or ``console``, or when it is unset and an OTLP endpoint
(``OTEL_EXPORTER_OTLP_ENDPOINT`` / ``OTEL_EXPORTER_OTLP_TRACES_ENDPOINT``) is; ``OTEL_SDK_DISABLED=true``
turns it off whatever else is set. The exporter is OTLP over HTTP/protobuf and reads its own
``OTEL_EXPORTER_OTLP_*`` settings; ``OTEL_SERVICE_NAME`` / ``OTEL_RESOURCE_ATTRIBUTES`` name the
service, ``OTEL_TRACES_SAMPLER`` samples, ``OTEL_BSP_*`` tune the batching. When tracing is off no
span object is ever created: every hook is behind an ``is None`` test.

The gateway's tracer provider is its own, never the process-global one: libraries in the process
that trace through the global provider (guardrails-ai records validator inputs and outputs as span
attributes) stay no-ops, so no span here can carry prompt text. Span attributes are ids, the model
alias, tenant, zone, status, decision, rule ids and counts; exception messages are never recorded
(upstream error messages can quote the request), only error types and codes.
"""

from __future__ import annotations

import contextlib
import logging
import os
import time
from collections.abc import AsyncIterator, Iterator, Mapping, Sequence
from typing import TYPE_CHECKING, Any

from opentelemetry import context as otel_context
from opentelemetry import trace
from opentelemetry.trace import Span, SpanKind, StatusCode
from opentelemetry.trace.propagation.tracecontext import TraceContextTextMapPropagator

from gateway import __version__

if TYPE_CHECKING:
    from opentelemetry.sdk.trace import TracerProvider

    from gateway.context import RequestContext
    from gateway.routing.deployments import Deployment

log = logging.getLogger("safety_gateway.tracing")

SUPPORTED_EXPORTERS = ("otlp", "console")
DEFAULT_SERVICE_NAME = "safety-gateway"
MAX_OPEN_REQUESTS = 100_000
# Only trace context (traceparent/tracestate) crosses process boundaries; never baggage, which a
# client could fill with anything.
_PROPAGATOR = TraceContextTextMapPropagator()
_ROUTES = {
    "chat.completions": "/v1/chat/completions",
    "completions": "/v1/completions",
    "embeddings": "/v1/embeddings",
}


def exporters_from_environment(environ: Mapping[str, str] | None = None) -> list[str]:
    """The span exporters the OTEL_* variables ask for; empty when tracing is off."""
    env = os.environ if environ is None else environ
    if env.get("OTEL_SDK_DISABLED", "").strip().lower() == "true":
        return []
    names = [n.strip().lower() for n in env.get("OTEL_TRACES_EXPORTER", "").split(",") if n.strip()]
    if not names:
        endpoint = env.get("OTEL_EXPORTER_OTLP_TRACES_ENDPOINT") or env.get("OTEL_EXPORTER_OTLP_ENDPOINT")
        return ["otlp"] if endpoint else []
    unknown = [n for n in names if n not in SUPPORTED_EXPORTERS and n != "none"]
    if unknown:
        log.warning(
            "OTEL_TRACES_EXPORTER: %s not supported (only %s); ignored",
            ", ".join(unknown),
            " and ".join(SUPPORTED_EXPORTERS),
        )
    return [n for n in names if n in SUPPORTED_EXPORTERS]


def provider_from_environment(environ: Mapping[str, str] | None = None) -> TracerProvider | None:
    exporters = exporters_from_environment(environ)
    if not exporters:
        return None
    from opentelemetry.sdk.resources import Resource
    from opentelemetry.sdk.trace import TracerProvider
    from opentelemetry.sdk.trace.export import BatchSpanProcessor, ConsoleSpanExporter

    resource = Resource.create({"service.version": __version__})
    if str(resource.attributes.get("service.name", "")).startswith("unknown_service"):
        resource = resource.merge(Resource({"service.name": DEFAULT_SERVICE_NAME}))
    provider = TracerProvider(resource=resource)  # the sampler comes from OTEL_TRACES_SAMPLER
    for name in exporters:
        if name == "console":
            provider.add_span_processor(BatchSpanProcessor(ConsoleSpanExporter()))
        else:
            protocol = (
                os.environ.get("OTEL_EXPORTER_OTLP_TRACES_PROTOCOL")
                or os.environ.get("OTEL_EXPORTER_OTLP_PROTOCOL")
                or "http/protobuf"
            )
            if protocol != "http/protobuf":
                log.warning("OTLP protocol %r is not supported; exporting over http/protobuf", protocol)
            from opentelemetry.exporter.otlp.proto.http.trace_exporter import OTLPSpanExporter

            provider.add_span_processor(BatchSpanProcessor(OTLPSpanExporter()))
    log.info("tracing on: exporting spans with %s", ", ".join(exporters))
    return provider


def _error(span: Span, code: str) -> None:
    """Mark a span failed with a code (an error type or our error code), never a message."""
    span.set_status(StatusCode.ERROR, code)
    span.set_attribute("error.type", code)


class Tracing:
    """The gateway's tracer and the spans of one request's life."""

    def __init__(self, provider: Any, finding_kinds: Mapping[str, str] | None = None) -> None:
        if finding_kinds is None:
            from gateway.detectors.registry import finding_kinds as registered_kinds

            finding_kinds = registered_kinds()
        # Detectors whose findings are entities (PII): counted on the request span (registry).
        self.entity_detectors = frozenset(n for n, kind in finding_kinds.items() if kind == "entities")
        self.provider = provider
        self.tracer = provider.get_tracer("safety-gateway", __version__)
        # Request spans by id(ctx): RequestContext has slots and no field for it. The context is kept
        # too so its id cannot be reused while the span is open.
        self._requests: dict[int, tuple[RequestContext, Span]] = {}

    @classmethod
    def from_environment(cls) -> Tracing | None:
        provider = provider_from_environment()
        return cls(provider) if provider is not None else None

    def shutdown(self) -> None:
        with contextlib.suppress(Exception):
            self.provider.shutdown()  # flushes what the batch processor still holds

    # -- the request ---------------------------------------------------------------------------------
    def start_request(self, ctx: RequestContext, headers: Mapping[str, str]) -> object:
        """Open the request's span (continuing the caller's trace when it sent ``traceparent``) and
        make it current; returns the token for :meth:`detach`."""
        parent = _PROPAGATOR.extract(headers) if "traceparent" in headers else None
        route = _ROUTES.get(ctx.endpoint, ctx.endpoint)
        span = self.tracer.start_span(
            f"POST {route}",
            context=parent,
            kind=SpanKind.SERVER,
            attributes={
                "http.request.method": "POST",
                "http.route": route,
                "safety_gateway.request_id": ctx.request_id,
                "safety_gateway.endpoint": ctx.endpoint,
            },
        )
        if len(self._requests) >= MAX_OPEN_REQUESTS:  # requests that never finished (a client gone before
            _, (_, stale) = next(iter(self._requests.items()))  # its stream began): end the oldest
            del self._requests[next(iter(self._requests))]
            stale.end()
        self._requests[id(ctx)] = (ctx, span)
        return otel_context.attach(trace.set_span_in_context(span))

    @staticmethod
    def detach(token: object) -> None:
        otel_context.detach(token)  # type: ignore[arg-type]

    def trace_id(self, ctx: RequestContext) -> str | None:
        entry = self._requests.get(id(ctx))
        if entry is None:
            return None
        sc = entry[1].get_span_context()
        return format(sc.trace_id, "032x") if sc.is_valid else None

    def end_request(self, ctx: RequestContext, status: int, model: str, decision: str) -> None:
        entry = self._requests.pop(id(ctx), None)
        if entry is None:
            return
        span = entry[1]
        if span.is_recording():
            attrs: dict[str, Any] = {
                "http.response.status_code": status,
                "safety_gateway.model": model,
                "safety_gateway.decision": decision,
                "safety_gateway.stream": ctx.stream,
                "safety_gateway.attempts": ctx.attempts,
                "safety_gateway.findings": len(ctx.findings),
                "safety_gateway.upstream_ms": round(ctx.upstream_ms, 3),
                "safety_gateway.overhead_ms": round(ctx.overhead_ms(), 3),
            }
            for key, value in (
                ("tenant", ctx.tenant),
                ("key_id", ctx.key_id),
                ("zone", ctx.zone),
                ("deployment", ctx.deployment_id),
                ("policy_version", ctx.policy_version),
                ("error_code", ctx.error_code),
                ("fallback_alias", ctx.fallback_used),
                ("zone_constraint", ctx.zone_constraint),
            ):
                if value is not None:
                    attrs[f"safety_gateway.{key}"] = value
            rules = _rule_ids(ctx)
            if rules:
                attrs["safety_gateway.rules"] = rules
            pii = sum(1 for f in ctx.findings if f.detector in self.entity_detectors)
            if pii:
                attrs["safety_gateway.pii_entities"] = pii
            usage = ctx.usage if isinstance(ctx.usage, dict) else None
            if usage:
                for src, dst in (
                    ("prompt_tokens", "gen_ai.usage.input_tokens"),
                    ("completion_tokens", "gen_ai.usage.output_tokens"),
                ):
                    if isinstance(usage.get(src), int):
                        attrs[dst] = usage[src]
            span.set_attributes(attrs)
            if status >= 500:
                _error(span, ctx.error_code or str(status))
        span.end()

    # -- stages and detectors ------------------------------------------------------------------------
    @contextlib.contextmanager
    def stage(self, name: str) -> Iterator[Span | None]:
        from gateway.errors import GatewayError

        if not _recording():
            yield None  # the request is not sampled: no child spans either (they would not be sampled)
            return
        with self.tracer.start_as_current_span(
            f"stage {name}",
            attributes={"safety_gateway.stage": name},
            record_exception=False,
            set_status_on_exception=False,
        ) as span:
            try:
                yield span
            except GatewayError as err:
                span.set_attribute("http.response.status_code", err.status)
                _error(span, err.code or err.type)
                raise
            except BaseException as exc:
                _error(span, type(exc).__name__)
                raise

    def wrap_detectors(self, detectors: Mapping[str, Any]) -> dict[str, Any]:
        return {name: _TracedDetector(d, self) for name, d in detectors.items()}

    # -- upstream ------------------------------------------------------------------------------------
    def wrap_backend(self, backend: Any, name: str) -> Any:
        backend.propagate_trace = True  # the backend now injects traceparent from the current span
        return _TracedBackend(backend, self, name)

    def _upstream_span(self, dep: Deployment, endpoint: str, backend: str, stream: bool) -> Span:
        span: Span = self.tracer.start_span(
            f"upstream {endpoint}",
            kind=SpanKind.CLIENT,
            attributes={
                "safety_gateway.deployment": dep.id,
                "safety_gateway.model": dep.alias,
                "safety_gateway.zone": dep.zone,
                "safety_gateway.provider": dep.provider,
                "safety_gateway.backend": backend,
                "safety_gateway.stream": stream,
            },
        )
        return span


def _recording() -> bool:
    return trace.get_current_span().is_recording()


def inject_traceparent(headers: dict[str, str]) -> None:
    """Add ``traceparent`` (and ``tracestate``) for the current span to outgoing headers."""
    _PROPAGATOR.inject(headers)


def _rule_ids(ctx: RequestContext) -> list[str]:
    out: list[str] = []
    for decision in ctx.decision.values():
        for reason in decision.reasons:
            if reason.rule not in out:
                out.append(reason.rule)
    return out


def _upstream_failed(span: Span, exc: BaseException) -> None:
    status = getattr(exc, "status", None)
    if isinstance(status, int):
        span.set_attribute("http.response.status_code", status)
    _error(span, str(getattr(exc, "kind", None) or type(exc).__name__))


class _TracedBackend:
    """A span per upstream attempt around a routing backend (fast path or litellm)."""

    def __init__(self, inner: Any, tracing: Tracing, name: str) -> None:
        self.inner = inner
        self.tracing = tracing
        self.name = name

    async def call(
        self, dep: Deployment, endpoint: str, body: dict[str, Any], timeout: float, request_id: str
    ) -> dict[str, Any]:
        if not _recording():  # unsampled: traceparent still goes out (the request span's, unsampled flag)
            unsampled: dict[str, Any] = await self.inner.call(dep, endpoint, body, timeout, request_id)
            return unsampled
        span = self.tracing._upstream_span(dep, endpoint, self.name, False)
        token = otel_context.attach(trace.set_span_in_context(span))
        try:
            result: dict[str, Any] = await self.inner.call(dep, endpoint, body, timeout, request_id)
            span.set_attribute("http.response.status_code", 200)
            return result
        except BaseException as exc:
            _upstream_failed(span, exc)
            raise
        finally:
            otel_context.detach(token)
            span.end()

    def stream(
        self, dep: Deployment, endpoint: str, body: dict[str, Any], timeout: float, request_id: str
    ) -> AsyncIterator[list[dict[str, Any]]]:
        if not _recording():
            return self.inner.stream(dep, endpoint, body, timeout, request_id)  # type: ignore[no-any-return]
        return self._stream(dep, endpoint, body, timeout, request_id)

    async def _stream(
        self, dep: Deployment, endpoint: str, body: dict[str, Any], timeout: float, request_id: str
    ) -> AsyncIterator[list[dict[str, Any]]]:
        # Started on the first __anext__ (inside the request's context: the parent is the request span).
        # The span stays open until the stream ends; it is current only while the connection is made.
        span = self.tracing._upstream_span(dep, endpoint, self.name, True)
        t0 = time.perf_counter()
        agen = self.inner.stream(dep, endpoint, body, timeout, request_id)
        token = otel_context.attach(trace.set_span_in_context(span))
        chunks = 0
        try:
            try:
                first = await agen.__anext__()
            finally:
                otel_context.detach(token)
            span.set_attribute("http.response.status_code", 200)
            span.add_event(
                "first_chunk", {"safety_gateway.ttfb_ms": round((time.perf_counter() - t0) * 1000, 3)}
            )
            chunks += len(first)
            yield first
            async for batch in agen:
                chunks += len(batch)
                yield batch
        except StopAsyncIteration:
            return
        except BaseException as exc:
            if not isinstance(exc, GeneratorExit):
                _upstream_failed(span, exc)
            raise
        finally:
            span.set_attribute("safety_gateway.chunks", chunks)
            span.end()
            with contextlib.suppress(Exception):
                await agen.aclose()

    async def close(self) -> None:
        await self.inner.close()

    def __getattr__(self, name: str) -> Any:
        return getattr(self.inner, name)


class _TracedDetector:
    """A span per detector call; current while it runs, so the remote classifier's HTTP call carries
    this span as the parent of the classifier service's own."""

    def __init__(self, inner: Any, tracing: Tracing) -> None:
        self.inner = inner
        self.tracing = tracing
        self.name = getattr(inner, "name", type(inner).__name__)

    async def detect(self, items: Sequence[Any], params: Mapping[str, Any], direction: str) -> Any:
        if not _recording():
            result = self.inner.detect(items, params, direction)
            return await result if hasattr(result, "__await__") else result
        with self.tracing.tracer.start_as_current_span(
            f"detector {self.name}",
            record_exception=False,
            set_status_on_exception=False,
            attributes={
                "safety_gateway.detector": self.name,
                "safety_gateway.direction": direction,
                "safety_gateway.items": len(items),
            },
        ) as span:
            try:
                result = self.inner.detect(items, params, direction)
                if hasattr(result, "__await__"):
                    result = await result
            except BaseException as exc:
                _error(span, type(exc).__name__)
                raise
            result = list(result)
            span.set_attribute("safety_gateway.findings", len(result))
            return result

    def __getattr__(self, name: str) -> Any:
        return getattr(self.inner, name)
