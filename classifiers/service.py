"""The classifier as its own HTTP service (for GPU nodes): same model, same micro-batcher.

Endpoints
---------
``POST /v1/classify``  ``{"texts": [...], "windows": true}`` →
    ``{"model", "labels", "thresholds", "results": [{"scores": {label: p}, "n_windows", "windows": [...]}]}``
``GET /healthz``       model, labels, device, batcher settings
``GET /metrics``       Prometheus text format (own registry: requests, texts, windows, latency, batch size;
                       batch size, queue depth and inference time also under the gateway's names
                       ``safety_gateway_classifier_*`` so one dashboard covers in-process and service)

A W3C ``traceparent`` header continues the caller's trace: with tracing configured by the standard
``OTEL_*`` variables (see :func:`configure_tracing`), each classify call is a server span carrying
only counts, never text.

Run with ``safety-gateway classifier serve --host 0.0.0.0 --port 8087 [--model PATH] [--device cuda]``.
Texts are never logged.
"""

from __future__ import annotations

import contextlib
import time
from collections.abc import AsyncIterator
from typing import Any

from fastapi import FastAPI, Request
from fastapi.responses import JSONResponse, Response
from prometheus_client import (
    CONTENT_TYPE_LATEST,
    CollectorRegistry,
    Counter,
    Gauge,
    Histogram,
    generate_latest,
)
from pydantic import BaseModel, Field

from classifiers.engine import Classifier, ClassifierSettings

MAX_TEXTS = 256
MAX_CHARS = 2_000_000


class ClassifyRequest(BaseModel):
    texts: list[str] = Field(..., description="texts to classify, each over its whole length")
    windows: bool = Field(True, description="include per-window scores and character spans")


def _error(status: int, message: str, code: str) -> JSONResponse:
    return JSONResponse(
        status_code=status,
        content={
            "error": {
                "message": message,
                "type": "invalid_request_error" if status < 500 else "server_error",
                "code": code,
            }
        },
    )


def configure_tracing() -> Any:
    """A tracer provider from the standard OTEL_* variables, or None when tracing is not configured
    (OTEL_SDK_DISABLED=true, or neither OTEL_TRACES_EXPORTER nor an OTLP endpoint set). The same rules
    as the gateway's (gateway/tracing.py), repeated here because classifiers never import gateway."""
    import os

    if os.environ.get("OTEL_SDK_DISABLED", "").strip().lower() == "true":
        return None
    names = {n.strip().lower() for n in os.environ.get("OTEL_TRACES_EXPORTER", "").split(",") if n.strip()}
    endpoint = os.environ.get("OTEL_EXPORTER_OTLP_TRACES_ENDPOINT") or os.environ.get(
        "OTEL_EXPORTER_OTLP_ENDPOINT"
    )
    if not names and endpoint:
        names = {"otlp"}
    names &= {"otlp", "console"}
    if not names:
        return None
    from opentelemetry.sdk.resources import Resource
    from opentelemetry.sdk.trace import TracerProvider
    from opentelemetry.sdk.trace.export import BatchSpanProcessor, ConsoleSpanExporter

    resource = Resource.create()
    if str(resource.attributes.get("service.name", "")).startswith("unknown_service"):
        resource = resource.merge(Resource({"service.name": "safety-gateway-classifier"}))
    provider = TracerProvider(resource=resource)
    if "console" in names:
        provider.add_span_processor(BatchSpanProcessor(ConsoleSpanExporter()))
    if "otlp" in names:
        from opentelemetry.exporter.otlp.proto.http.trace_exporter import OTLPSpanExporter

        provider.add_span_processor(BatchSpanProcessor(OTLPSpanExporter()))
    return provider


# Long on purpose: the service's routes are closures over one classifier and its metrics, declared
# together
def create_app(
    classifier: Classifier,
    *,
    max_texts: int = MAX_TEXTS,
    max_chars: int = MAX_CHARS,
    tracer_provider: Any = None,
) -> FastAPI:
    tracer = tracer_provider.get_tracer("safety-gateway-classifier") if tracer_provider is not None else None
    reg = CollectorRegistry()
    requests = Counter("classifier_requests_total", "classify requests", ["status"], registry=reg)
    texts_c = Counter("classifier_texts_total", "texts classified", registry=reg)
    windows_c = Counter("classifier_windows_total", "windows scored", registry=reg)
    latency = Histogram(
        "classifier_request_seconds",
        "classify request latency",
        buckets=(0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10),
        registry=reg,
    )
    batch_size = Histogram(
        "classifier_batch_size",
        "windows per forward pass",
        buckets=(1, 2, 4, 8, 16, 32, 64, 128, 256),
        registry=reg,
    )
    batch_seconds = Histogram(
        "classifier_batch_seconds",
        "forward pass time",
        buckets=(0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5),
        registry=reg,
    )
    queue = Gauge("classifier_queue_depth", "windows waiting for a batch", registry=reg)
    queue.set_function(lambda: classifier.batcher.queue_depth)
    # The gateway's metric names (the Grafana dashboard reads these from gateway and service alike).
    sg_batch = Histogram(
        "safety_gateway_classifier_batch_size",
        "Windows per forward pass",
        buckets=(1, 2, 4, 8, 16, 32, 64, 128, 256),
        registry=reg,
    )
    sg_inference = Histogram(
        "safety_gateway_classifier_inference_seconds",
        "Forward pass time",
        buckets=(0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5),
        registry=reg,
    )
    sg_queue = Gauge(
        "safety_gateway_classifier_queue_depth", "Windows waiting for the next batch", registry=reg
    )
    sg_queue.set_function(lambda: classifier.batcher.queue_depth)

    def on_batch(n: int, dt: float) -> None:
        batch_size.observe(n)
        batch_seconds.observe(dt)
        sg_batch.observe(n)
        sg_inference.observe(dt)

    classifier.batcher._on_batch = on_batch

    @contextlib.asynccontextmanager
    async def lifespan(_: FastAPI) -> AsyncIterator[None]:
        yield
        await classifier.aclose()

    app = FastAPI(title="safety-gateway classifier", version="1", lifespan=lifespan)
    app.state.classifier = classifier

    @app.exception_handler(Exception)
    async def _unhandled(_: Request, exc: Exception) -> JSONResponse:  # pragma: no cover - defensive
        requests.labels("error").inc()
        return _error(500, f"classifier failed: {type(exc).__name__}", "classifier_error")

    @app.post("/v1/classify")
    async def classify(body: ClassifyRequest, request: Request) -> Any:
        if tracer is None:
            return await _classify(body)
        from opentelemetry import propagate, trace

        parent = propagate.extract(request.headers)
        with tracer.start_as_current_span(
            "classifier.classify",
            context=parent,
            kind=trace.SpanKind.SERVER,
            record_exception=False,
            set_status_on_exception=False,
        ) as span:
            span.set_attribute("classifier.texts", len(body.texts))
            response = await _classify(body)
            if isinstance(response, JSONResponse):
                span.set_attribute("http.response.status_code", response.status_code)
                span.set_status(trace.StatusCode.ERROR)
            else:
                span.set_attribute("classifier.windows", sum(r["n_windows"] for r in response["results"]))
            return response

    async def _classify(body: ClassifyRequest) -> Any:
        t0 = time.perf_counter()
        if len(body.texts) > max_texts:
            requests.labels("rejected").inc()
            return _error(413, f"at most {max_texts} texts per request", "too_many_texts")
        if any(len(t) > max_chars for t in body.texts):
            requests.labels("rejected").inc()
            return _error(413, f"a text is longer than {max_chars} characters", "text_too_long")
        try:
            results = await classifier.classify(body.texts)
        except ValueError as exc:
            requests.labels("rejected").inc()
            return _error(422, str(exc), "invalid_text")
        except Exception as exc:  # noqa: BLE001 - any inference failure is a 500 with a clear body
            requests.labels("error").inc()
            return _error(500, f"classifier failed: {type(exc).__name__}", "classifier_error")
        requests.labels("ok").inc()
        texts_c.inc(len(body.texts))
        windows_c.inc(sum(len(r.spans) for r in results))
        latency.observe(time.perf_counter() - t0)
        return {
            "model": classifier.model.name,
            "labels": list(classifier.labels),
            "thresholds": classifier.thresholds,
            "results": [r.to_json(include_windows=body.windows) for r in results],
        }

    @app.get("/healthz")
    async def healthz() -> dict[str, Any]:
        return {"status": "ok", **classifier.info()}

    @app.get("/metrics")
    async def metrics() -> Response:
        return Response(generate_latest(reg), media_type=CONTENT_TYPE_LATEST)

    return app


def serve(
    settings: ClassifierSettings, host: str = "127.0.0.1", port: int = 8087, log_level: str = "info"
) -> None:
    import uvicorn

    classifier = Classifier.from_settings(settings)
    provider = configure_tracing()
    try:
        uvicorn.run(
            create_app(classifier, tracer_provider=provider),
            host=host,
            port=port,
            log_level=log_level,
            access_log=False,
        )
    finally:
        if provider is not None:
            provider.shutdown()
