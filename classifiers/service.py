"""The classifier as its own HTTP service (for GPU nodes): same model, same micro-batcher.

Endpoints
---------
``POST /v1/classify``  ``{"texts": [...], "windows": true}`` →
    ``{"model", "labels", "thresholds", "results": [{"scores": {label: p}, "n_windows", "windows": [...]}]}``
``GET /healthz``       model, labels, device, batcher settings
``GET /metrics``       Prometheus text format (own registry: requests, texts, windows, latency, batch size)

Run with ``safety-gateway classifier serve --host 0.0.0.0 --port 8087 [--model PATH] [--device cuda]``.
Texts are never logged.
"""

from __future__ import annotations

import contextlib
import time
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


def create_app(classifier: Classifier, *, max_texts: int = MAX_TEXTS, max_chars: int = MAX_CHARS) -> FastAPI:
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

    def on_batch(n: int, dt: float) -> None:
        batch_size.observe(n)
        batch_seconds.observe(dt)

    classifier.batcher._on_batch = on_batch

    @contextlib.asynccontextmanager
    async def lifespan(_: FastAPI):
        yield
        await classifier.aclose()

    app = FastAPI(title="safety-gateway classifier", version="1", lifespan=lifespan)
    app.state.classifier = classifier

    @app.exception_handler(Exception)
    async def _unhandled(_: Request, exc: Exception) -> JSONResponse:  # pragma: no cover - defensive
        requests.labels("error").inc()
        return _error(500, f"classifier failed: {type(exc).__name__}", "classifier_error")

    @app.post("/v1/classify")
    async def classify(body: ClassifyRequest) -> Any:
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
    uvicorn.run(create_app(classifier), host=host, port=port, log_level=log_level, access_log=False)
