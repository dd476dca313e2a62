"""The FastAPI application: OpenAI-compatible routes over the pipeline and the router."""

from __future__ import annotations

import asyncio
import contextlib
import fnmatch
import gc
import logging
import re
import signal
import threading
import time
import urllib.parse
from collections.abc import AsyncIterator, Awaitable, Callable, MutableMapping
from dataclasses import dataclass, field
from typing import Any

import orjson
from fastapi import FastAPI, Request
from fastapi.exceptions import RequestValidationError
from starlette.exceptions import HTTPException as StarletteHTTPException
from starlette.responses import Response, StreamingResponse

from gateway import __version__
from gateway.audit_stage import AuditCaptureStage, Auditor
from gateway.auth import KeyStore, keys_from_environment
from gateway.config import GatewayConfig, base_dir, resolve_path
from gateway.context import RequestContext, new_request_id
from gateway.errors import GatewayError, invalid_request, payload_too_large
from gateway.local_model import PROVIDER, REGISTRY, LocalModel, LocalModelRegistry, choose_device
from gateway.logs import log_event, request_id_var
from gateway.metrics import Metrics, decision_label
from gateway.pii_stage import PIIRestoreStage, PIITransform
from gateway.pipeline import InputStage, OutputStage, Pipeline, feed_all, finish_all
from gateway.policy_stage import PolicyEngine, PolicyInputStage, PolicyOutputStage
from gateway.provenance.greenlist import greenlist_from_params
from gateway.provenance_stage import ProvenanceStage
from gateway.routing.deployments import build_deployments
from gateway.routing.router import ModelRouter
from gateway.routing.upstream import StreamInterrupted
from gateway.schemas import openapi_body
from gateway.stages import ModelAccessStage, ReadinessStage, SchemaStage, UsageStage
from policies.findings import DetectorError

log = logging.getLogger("safety_gateway")
access_log = logging.getLogger("safety_gateway.access")

_REQUEST_ID_RE = re.compile(r"[A-Za-z0-9._:@/+=-]{1,128}")
JSON = "application/json"

Scope = MutableMapping[str, Any]
Message = MutableMapping[str, Any]
Receive = Callable[[], Awaitable[Message]]
Send = Callable[[Message], Awaitable[None]]


class RequestIdMiddleware:
    """Pure ASGI (no per-request task like BaseHTTPMiddleware): gives every request an id and
    stamps ``x-request-id`` and ``x-gateway-overhead-ms`` on every response, errors included."""

    def __init__(self, app: Callable[[Scope, Receive, Send], Awaitable[None]]) -> None:
        self.app = app

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        started = time.perf_counter()
        rid = None
        for name, value in scope["headers"]:
            if name == b"x-request-id":
                candidate = value.decode("latin-1")
                if _REQUEST_ID_RE.fullmatch(candidate):
                    rid = candidate
                break
        rid = rid or new_request_id()
        state = scope.setdefault("state", {})
        state["request_id"] = rid
        state["started"] = started
        request_id_var.set(rid)  # log lines of this request carry its id (this task's context only)

        async def send_wrapper(message: Message) -> None:
            if message["type"] == "http.response.start":
                headers = list(message.get("headers", []))
                upstream_ms = state.get("upstream_ms", 0.0)
                overhead = max(0.0, (time.perf_counter() - started) * 1000.0 - upstream_ms)
                headers.append((b"x-request-id", rid.encode()))
                headers.append((b"x-gateway-overhead-ms", f"{overhead:.3f}".encode()))
                extra = state.get("response_headers")
                if extra:
                    present = {name.lower() for name, _ in headers}
                    headers.extend((k.encode(), v.encode()) for k, v in extra.items() if k.encode() not in present)
                message["headers"] = headers
            await send(message)

        await self.app(scope, receive, send_wrapper)


@dataclass
class Gateway:
    """Everything one running gateway holds; the routes read it from ``app.state.gateway``."""

    cfg: GatewayConfig
    keys: KeyStore
    router: ModelRouter
    pipeline: Pipeline
    metrics: Metrics = field(default_factory=Metrics)
    local: LocalModelRegistry = field(default_factory=lambda: REGISTRY)
    local_names: list[str] = field(default_factory=list)
    policy_store: Any = None  # policies.store.PolicyStore when policy_paths are configured
    auditor: Auditor | None = None
    warming: set[str] = field(default_factory=set)  # detectors still loading their models
    detectors: dict[str, Any] = field(default_factory=dict)
    signer: Any = None  # gateway.provenance.Signer when provenance is enabled
    keyring: Any = None  # the public keys its records verify against (current + rotated-out)
    audit_store: Any = None  # the audit store read by the dashboard and the verify endpoint
    tracing: Any = None  # gateway.tracing.Tracing when OTEL_* configure traces
    ratelimit: Any = None  # gateway.ratelimit.RateLimitStage when rate_limits are configured
    vault: Any = None  # the pseudonym vault, when policies pseudonymize

    def ready(self) -> tuple[bool, dict[str, Any]]:
        pending = [n for n in self.local_names if n in self.local.pending]
        errors = {n: e for n, e in self.local.errors.items() if n in self.local_names}
        if errors:
            return False, {"status": "error", "errors": errors}
        if pending or self.warming:
            return False, {"status": "loading", "pending": pending + sorted(self.warming)}
        return True, {"status": "ready"}


def build_keystore(cfg: GatewayConfig) -> KeyStore:
    hashes = {k.key_sha256: k.tenant for k in cfg.keys}
    hashes.update(keys_from_environment())
    return KeyStore(hashes, {t: e.models for t, e in cfg.tenants.items()}, cfg.default_models)


def build_gateway(cfg: GatewayConfig, keys: KeyStore | None = None, tracing: Any = None) -> Gateway:
    keys = keys if keys is not None else build_keystore(cfg)
    deployments = build_deployments(cfg)
    local_names: list[str] = []
    for dep in deployments:
        if dep.provider == PROVIDER:
            path_value = dep.litellm_params.get("model_path")
            if not path_value:
                raise ValueError(f"model '{dep.alias}': an inprocess model needs litellm_params.model_path")
            if dep.upstream_model not in REGISTRY.models:
                REGISTRY.add(LocalModel(dep.upstream_model, resolve_path(cfg, str(path_value)),
                                        device=choose_device(dep.litellm_params.get("device")),
                                        default_max_tokens=int(dep.litellm_params.get("max_tokens", 256)),
                                        greenlist=greenlist_from_params(dep.litellm_params, name=dep.alias)))
            local_names.append(dep.upstream_model)
    if local_names:
        from gateway.local_provider import register_provider

        # Before the Router is built: litellm checks every deployment's provider on construction.
        register_provider(REGISTRY)
    router = ModelRouter(cfg, deployments)
    router.may_use = lambda tenant, alias: tenant is not None and keys.access(tenant).allows(alias)
    input_stages: list[InputStage] = [SchemaStage(), ModelAccessStage(router, keys)]
    output_stages: list[OutputStage] = []
    metrics = Metrics()
    from gateway.ratelimit import build_rate_limiter

    ratelimit = build_rate_limiter(cfg, metrics)
    if ratelimit is not None:
        input_stages.append(ratelimit)
    policy_store = None
    auditor = build_auditor(cfg) if cfg.audit is not None else None
    vault = None
    detectors: dict[str, Any] = {}
    if cfg.policy_paths:
        engine, vault = build_policy_engine(cfg, router)
        policy_store = engine.store
        detectors = dict(engine.detectors)
        if tracing is not None:
            engine.detectors = tracing.wrap_detectors(engine.detectors)  # a span per detector call
        input_stages.append(PolicyInputStage(engine))
        # Output rules see the still-pseudonymized text (so only PII the model made up is caught).
        output_stages.append(PolicyOutputStage(engine))
    if auditor is not None:
        # Before pseudonyms are restored: reviewers read what the upstream saw and said.
        output_stages.append(AuditCaptureStage())
    if vault is not None:
        output_stages.append(PIIRestoreStage(vault))
    if local_names:
        # After the policy stage: a route decision may have changed the model.
        input_stages.append(ReadinessStage(router, REGISTRY))
    output_stages.append(UsageStage())
    signer = keyring = None
    if cfg.provenance.enabled:
        signer, keyring = build_signer(cfg)
        # Last: it signs exactly what the client receives (pseudonyms restored, notice and marks added).
        output_stages.append(ProvenanceStage(signer, engine.standing_annotations if cfg.policy_paths else (lambda c: []),
                                             cfg.provenance.watermark_interval_chars))
    pipeline = Pipeline(input_stages, output_stages)
    if tracing is not None:
        pipeline.tracing = tracing
        router.fast = tracing.wrap_backend(router.fast, "fast")
        if router.litellm is not None:
            router.litellm = tracing.wrap_backend(router.litellm, "litellm")
    gw = Gateway(cfg, keys, router, pipeline, metrics=metrics, local_names=local_names, policy_store=policy_store,
                 auditor=auditor, detectors=detectors, tracing=tracing, ratelimit=ratelimit, vault=vault)
    gw.signer, gw.keyring = signer, keyring
    metrics.ready.set_function(lambda: 1.0 if gw.ready()[0] else 0.0)
    if "classifier" in detectors:
        metrics.watch_classifier()
    if auditor is not None:
        auditor.on_result = metrics.audit_result
        metrics.watch_audit_spool(auditor.spool_depth)
    if policy_store is not None:
        def on_reload(ok: bool, store: Any) -> None:
            gw.metrics.policy_reloads.labels("ok" if ok else "error").inc()
            if ok:
                gw.metrics.policy_info.set(store.loaded_at)

        policy_store.add_listener(on_reload)
        gw.metrics.policy_info.set(policy_store.loaded_at)
    return gw


async def _warm(gw: Gateway, name: str, detector: Any) -> None:
    """Load a detector's model before traffic needs it; /readyz says not ready meanwhile."""
    gw.warming.add(name)
    t0 = time.perf_counter()
    try:
        await detector.warmup()
        log.info("detector %s ready in %.1f s", name, time.perf_counter() - t0)
    except Exception as exc:  # noqa: BLE001 — rules using it then fail per their on_error
        # DetectorError messages name the backend and the failure type, never request text.
        log.error("detector %s failed to load: %s", name, exc if isinstance(exc, DetectorError) else type(exc).__name__)
    finally:
        gw.warming.discard(name)


def build_signer(cfg: GatewayConfig) -> tuple[Any, Any]:
    from gateway.provenance import Keyring, load_signer

    p = cfg.provenance
    signer = load_signer(str(resolve_path(cfg, p.signing_key)) if p.signing_key else None,
                         state_dir=resolve_path(cfg, p.state_dir))
    keyring = Keyring.from_signer(signer, [resolve_path(cfg, k) for k in p.previous_public_keys])
    return signer, keyring


def build_auditor(cfg: GatewayConfig) -> Auditor:
    from audit.config import AuditConfig
    from gateway.pii.config import build_detector

    audit_cfg = AuditConfig.model_validate(cfg.audit or {}).resolved(base_dir(cfg))
    return Auditor(audit_cfg, cfg.audit_failure, build_detector(cfg.pii))


def build_policy_engine(cfg: GatewayConfig, router: ModelRouter) -> tuple[PolicyEngine, Any]:
    """Load the policy files (errors carry file:line:column) with every detector this install has,
    the PII detector and the pseudonym vault configured from ``pii:``."""
    from gateway.detectors_registry import available_detectors
    from gateway.pii.config import build_detector, build_vault
    from policies.store import PolicyStore

    vault = build_vault(cfg.pii)
    pii = build_detector(cfg.pii)
    overrides: dict[str, Any] = {"pii": pii}
    try:
        from gateway.detectors.classifier import ClassifierDetector

        overrides["classifier"] = ClassifierDetector(cfg.classifier or None)
    except ImportError:  # the classifier's dependencies are missing: rules naming it fail per on_error
        pass
    from gateway.detectors.copyright import CopyrightDetector

    overrides["copyright"] = CopyrightDetector(cfg.copyright, base_dir(cfg))
    detectors = available_detectors(overrides)
    paths = [resolve_path(cfg, p) for p in cfg.policy_paths]
    store = PolicyStore(paths, known_detectors=set(detectors))
    ps = cfg.policy_settings
    engine = PolicyEngine(store, detectors, router, transform=PIITransform(vault, pii.salt),
                          detector_timeout_s=ps.detector_timeout_s, stream_check=ps.stream_check,
                          stream_window=(ps.stream_window_chars, ps.stream_overlap_chars))
    return engine, vault


async def _read_body(request: Request, limit: int) -> bytes:
    declared = request.headers.get("content-length")
    if declared and declared.isdigit() and int(declared) > limit:
        raise payload_too_large(limit)
    chunks: list[bytes] = []
    size = 0
    async for chunk in request.stream():
        size += len(chunk)
        if size > limit:
            raise payload_too_large(limit)
        chunks.append(chunk)
    return b"".join(chunks)


def header_text(value: str) -> str:
    """A header value as the text the client meant: HTTP carries Latin-1, so Korean labels such as
    ``대외비`` arrive percent-encoded (``%EB%8C%80...``) or as raw UTF-8 bytes; both decode here."""
    if value.isascii():
        return urllib.parse.unquote(value, errors="strict") if "%" in value else value
    try:
        return value.encode("latin-1").decode("utf-8")
    except (UnicodeEncodeError, UnicodeDecodeError):
        return value


_background: set[asyncio.Task[None]] = set()


def _forget(vault: Any, scope: str) -> None:
    """A request's own pseudonyms (no conversation id) are needed only until its answer has been
    restored: drop them when it ends, rather than keep the raw values (encrypted) in the vault for its
    whole TTL. Conversation scopes stay for later turns."""
    async def drop() -> None:
        with contextlib.suppress(Exception):  # best effort: the TTL still removes them
            await vault.drop(scope)

    task = asyncio.get_running_loop().create_task(drop())
    _background.add(task)
    task.add_done_callback(_background.discard)


# orjson parses 1024 levels of nesting but writes only 254: a deeper body would pass every check and
# then fail to be forwarded (or audited). Refused up front instead.
MAX_JSON_DEPTH = 254


def _too_deep(raw: bytes, body: Any) -> bool:
    if raw.count(b"[") + raw.count(b"{") <= MAX_JSON_DEPTH:  # cheap: almost every body stops here
        return False
    stack: list[tuple[Any, int]] = [(body, 1)]
    while stack:
        node, depth = stack.pop()
        if isinstance(node, dict | list):
            if depth > MAX_JSON_DEPTH:
                return True
            stack.extend((v, depth + 1) for v in (node.values() if isinstance(node, dict) else node))
    return False


def _error_response(err: GatewayError) -> Response:
    return Response(err.body_bytes(), status_code=err.status, media_type=JSON, headers=err.headers)


def create_app(cfg: GatewayConfig, keys: KeyStore | None = None, *, load_models: bool = True,
               tracer_provider: Any = None) -> FastAPI:
    """``tracer_provider``: an OpenTelemetry SDK TracerProvider to trace with (tests); by default the
    OTEL_* environment decides (gateway/tracing.py), and tracing is off unless it is configured."""
    from gateway.tracing import Tracing

    tracing = Tracing(tracer_provider) if tracer_provider is not None else Tracing.from_environment()
    gw = build_gateway(cfg, keys, tracing)
    metrics = gw.metrics
    router = gw.router
    pipeline = gw.pipeline
    limit = cfg.server.max_body_bytes

    @contextlib.asynccontextmanager
    async def lifespan(app: FastAPI) -> AsyncIterator[None]:
        store = gw.policy_store
        used = {r.detector for p in store.current.policies for r in p.rules} if store is not None else set()
        # Only when something will load a model: importing transformers (and torch) costs ~230 MiB.
        if (load_models and gw.local.pending) or ("classifier" in gw.detectors and "classifier" in used):
            # transformers resolves its names lazily; two loader threads importing it at once can see a
            # half-initialised module ("cannot import name 'AutoModel'"). Resolve them once, here.
            from transformers import AutoModel, AutoModelForCausalLM, AutoTokenizer  # noqa: F401
        if load_models and gw.local.pending:
            # In a thread so /healthz answers while the weights load; /readyz reports progress.
            threading.Thread(target=gw.local.load_all, name="model-loader", daemon=True).start()
        # Everything imported and built so far lives as long as the process: move it out of the
        # collector's reach so full collections scan only per-request garbage (shorter tail latency).
        if gw.auditor is not None:
            await gw.auditor.start()
        if gw.ratelimit is not None:
            await gw.ratelimit.start()
        gc.collect()
        gc.freeze()
        # Young-generation collections still cost ~10% CPU at default thresholds; fewer, larger ones
        # measured +8..37% req/s and a lower p99 (docs/performance.md).
        gc.set_threshold(10_000, 50, 100)
        warmups: list[asyncio.Task[None]] = []
        if store is not None:
            # Detectors with models or indexes to load (classifier, copyright corpus) load before /readyz.
            for name, detector in (gw.detectors or {}).items():
                if name in used and hasattr(detector, "warmup"):
                    warmups.append(asyncio.get_running_loop().create_task(_warm(gw, name, detector)))
        if store is not None:
            if cfg.policy_settings.reload_interval_s > 0:
                store.start(cfg.policy_settings.reload_interval_s)
            with contextlib.suppress(ValueError, RuntimeError, NotImplementedError):
                # Only possible in the main thread (not when tests serve the app from a thread).
                asyncio.get_running_loop().add_signal_handler(signal.SIGHUP, store.reload)
        yield
        if store is not None:
            store.stop()
        for task in warmups:
            task.cancel()
        if gw.auditor is not None:
            await gw.auditor.close()
        for detector in (gw.detectors or {}).values():
            if hasattr(detector, "aclose"):
                with contextlib.suppress(Exception):
                    await detector.aclose()
        if gw.ratelimit is not None:
            await gw.ratelimit.close()
        await router.close()
        if tracing is not None:
            tracing.shutdown()

    # FastAPI's built-in OpenTelemetry hooks are off: they cost time on every request, and could be
    # switched to exporting by an environment variable. The gateway's own tracing decides what a
    # span may carry (never prompt text).
    # No /docs or /redoc: they load their scripts from a CDN (blank on a closed network). The OpenAPI
    # document stays at /openapi.json (no secrets in it) for client generators and the fuzz suite.
    app = FastAPI(title="safety-gateway", version=__version__, lifespan=lifespan, docs_url=None, redoc_url=None,
                  description="OpenAI-compatible safety gateway and policy-enforcement proxy.",
                  telemetry={"tracing": False, "metrics": False, "logs": False, "auto_configure": False})
    app.state.gateway = gw

    def finish(ctx: RequestContext, status: int) -> None:
        ctx.status = status
        label = ctx.model if ctx.model and router.has(ctx.model) else "-"
        metrics.observe_request(ctx, label, status)
        if gw.ratelimit is not None:
            gw.ratelimit.settle(ctx, status)
        if gw.auditor is not None:
            gw.auditor.record(ctx, status)
        if gw.vault is not None and ctx.pii_scope is not None and ctx.pii_scope.startswith("req:"):
            _forget(gw.vault, ctx.pii_scope)
        trace_id = tracing.trace_id(ctx) if tracing is not None else None
        if cfg.server.access_log:
            log_event(access_log, {
                "event": "request", "request_id": ctx.request_id, "trace_id": trace_id, "tenant": ctx.tenant,
                "key_id": ctx.key_id, "endpoint": ctx.endpoint, "model": label, "deployment": ctx.deployment_id,
                "zone": ctx.zone, "status": status, "decision": decision_label(ctx, status),
                "error_code": ctx.error_code, "attempts": ctx.attempts,
                "latency_ms": round(ctx.elapsed_ms(), 3), "overhead_ms": round(ctx.overhead_ms(), 3),
                "upstream_ms": round(ctx.upstream_ms, 3)})
        if tracing is not None:
            tracing.end_request(ctx, status, label, decision_label(ctx, status))

    async def proxy(request: Request, endpoint: str) -> Response:
        state = request.scope["state"]
        client = request.client
        ctx = RequestContext(request_id=state["request_id"], endpoint=endpoint, started=state["started"],
                             client_addr=client.host if client else None)
        if tracing is None:
            return await handle(request, ctx, endpoint, state)
        token = tracing.start_request(ctx, request.headers)
        try:
            return await handle(request, ctx, endpoint, state)
        except BaseException:
            # Not a GatewayError (those finish normally): the error handler answers 500; close the span.
            tracing.end_request(ctx, 500, "-", "error")
            raise
        finally:
            tracing.detach(token)

    async def handle(request: Request, ctx: RequestContext, endpoint: str, state: dict[str, Any]) -> Response:
        try:
            headers = request.headers
            principal = gw.keys.authenticate(headers.get("authorization"), headers.get("api-key"))
            ctx.tenant, ctx.key_id = principal.tenant, principal.key_id
            if gw.auditor is not None:
                gw.auditor.check()
            raw = await _read_body(request, limit)
            try:
                body = orjson.loads(raw)
            except orjson.JSONDecodeError as exc:
                raise invalid_request(f"Request body is not valid JSON: {exc}", param="body") from None
            if _too_deep(raw, body):
                raise invalid_request(f"Request body nests JSON more than {MAX_JSON_DEPTH} levels deep.", param="body")
            ctx.body = body
            ctx.headers = {k: header_text(v) for k, v in headers.items()
                           if k.startswith("x-") or k == "accept-language"}
            if isinstance(body, dict):
                model = body.get("model")
                ctx.model = model if isinstance(model, str) else None
                ctx.stream = endpoint != "embeddings" and body.get("stream") is True
            await pipeline.run_input(ctx)
            if ctx.stream:
                response = await stream(ctx, endpoint)
                # The overhead header of a stream covers the time to its first byte.
                state["upstream_ms"] = ctx.upstream_ms
                state["response_headers"] = ctx.response_headers
                return response
            result = await router.call(ctx, endpoint, ctx.body)  # type: ignore[arg-type]
            result["model"] = ctx.model
            result = await pipeline.run_output(ctx, result)
            state["upstream_ms"] = ctx.upstream_ms
            state["response_headers"] = ctx.response_headers
            payload = orjson.dumps(result)
            finish(ctx, 200)
            return Response(payload, media_type=JSON)
        except GatewayError as err:
            state["upstream_ms"] = ctx.upstream_ms
            state["response_headers"] = ctx.response_headers
            ctx.error_code = err.code or err.type
            finish(ctx, err.status)
            return _error_response(err)
        except Exception:
            # A bug still leaves the request's audit record, metrics and access log line; the
            # exception handler answers 500 and logs the traceback.
            ctx.error_code = "internal_error"
            finish(ctx, 500)
            raise

    async def stream(ctx: RequestContext, endpoint: str) -> Response:
        chunks = await router.open_stream(ctx, endpoint, ctx.body)  # type: ignore[arg-type]
        filters = pipeline.stream_filters(ctx)

        def frame(chunk: dict[str, Any]) -> bytes:
            chunk["model"] = ctx.model
            return b"data: " + orjson.dumps(chunk) + b"\n\n"

        stoppers = [f for f in filters if hasattr(f, "stopped")]

        async def body() -> AsyncIterator[bytes]:
            status = 200
            try:
                async for batch in chunks:
                    frames = [frame(out) for chunk in batch for out in await feed_all(filters, chunk)]
                    if frames:
                        yield b"".join(frames)
                    if stoppers and any(f.stopped for f in stoppers):
                        break  # an output rule ended the stream: the upstream is closed below
                tail = [frame(out) for out in await finish_all(filters)]
                stop = next((f.stop_error for f in stoppers if f.stop_error is not None), None)
                if stop is not None:
                    # The client has its content_filter chunk; the error event says why (the openai
                    # SDK raises it as an APIError naming the rules), then the stream ends normally.
                    status = stop.status
                    ctx.error_code = stop.code or stop.type
                    metrics.stream_stopped("policy")
                    tail.append(b"data: " + stop.body_bytes() + b"\n\n")
                elif ctx.stream_stop is not None:
                    metrics.stream_stopped("policy")
                yield b"".join(tail) + b"data: [DONE]\n\n"
            except StreamInterrupted as exc:
                status = 502
                ctx.error_code = "upstream_stream_interrupted"
                metrics.stream_interrupted.labels(ctx.model or "-").inc()
                metrics.stream_stopped("upstream_interrupted")
                err = GatewayError(502, f"The upstream stream broke off: {exc.error.message}.", "upstream_error",
                                   code="upstream_stream_interrupted")
                yield b"data: " + err.body_bytes() + b"\n\n"
            except GatewayError as err:  # an output stage stopped the stream
                status = err.status
                ctx.error_code = err.code or err.type
                if err.code == "content_policy_violation":
                    metrics.stream_stopped("policy")
                yield b"data: " + err.body_bytes() + b"\n\n"
            except (asyncio.CancelledError, GeneratorExit):
                metrics.stream_stopped("client_disconnect")  # the client went away mid-stream
                # Recorded as such (nginx's 499), not as the 200 the stream started with: the client
                # did not receive the whole answer.
                status = 499
                ctx.error_code = "client_disconnected"
                raise
            except Exception as exc:  # noqa: BLE001 — a bug mid-stream still ends as an OpenAI error event
                status = 500
                ctx.error_code = "internal_error"
                log.error("internal error in stream %s: %s", ctx.request_id, type(exc).__name__,
                          exc_info=(type(exc), None, exc.__traceback__))
                err = GatewayError(500, f"Internal gateway error (request id {ctx.request_id}); the operators "
                                   "can find it in the log.", "server_error", code="internal_error")
                yield b"data: " + err.body_bytes() + b"\n\n"
            finally:
                with contextlib.suppress(Exception):
                    await chunks.aclose()  # type: ignore[attr-defined]
                finish(ctx, status)

        return StreamingResponse(body(), media_type="text/event-stream",
                                 headers={"cache-control": "no-cache", "x-accel-buffering": "no"})

    @app.post("/v1/chat/completions", tags=["openai"], openapi_extra=openapi_body("chat.completions"))
    async def chat_completions(request: Request) -> Response:
        return await proxy(request, "chat.completions")

    @app.post("/v1/completions", tags=["openai"], openapi_extra=openapi_body("completions"))
    async def completions(request: Request) -> Response:
        return await proxy(request, "completions")

    @app.post("/v1/embeddings", tags=["openai"], openapi_extra=openapi_body("embeddings"))
    async def embeddings(request: Request) -> Response:
        return await proxy(request, "embeddings")

    @app.get("/v1/models", tags=["openai"])
    async def models(request: Request) -> Response:
        try:
            principal = gw.keys.authenticate(request.headers.get("authorization"), request.headers.get("api-key"))
        except GatewayError as err:
            return _error_response(err)
        access = gw.keys.access(principal.tenant)
        data = [{"id": alias, "object": "model", "created": 0, "owned_by": "safety-gateway",
                 "zones": sorted(router.zones(alias))}
                for alias in router.aliases() if access.allows(alias)]
        return Response(orjson.dumps({"object": "list", "data": data}), media_type=JSON)

    @app.get("/admin/policies", tags=["admin"])
    async def admin_policies(request: Request) -> Response:
        try:
            principal = gw.keys.authenticate(request.headers.get("authorization"), request.headers.get("api-key"))
            if principal.tenant not in cfg.admin_tenants:
                raise GatewayError(403, "This key may not use the admin endpoints.", "permission_error",
                                   code="admin_only")
        except GatewayError as err:
            return _error_response(err)
        if gw.policy_store is None:
            return Response(orjson.dumps({"version": None, "policies": [], "files": [],
                                          "note": "no policy_paths configured"}), media_type=JSON)
        return Response(orjson.dumps(gw.policy_store.status(), default=str), media_type=JSON)

    @app.get("/.well-known/jwks.json", tags=["provenance"])
    async def provenance_keys() -> Response:
        """The public keys provenance records and marks verify against (JWK Set; no auth: they are public)."""
        if gw.keyring is None:
            return _error_response(GatewayError(404, "Provenance signing is disabled on this gateway.",
                                                "invalid_request_error", code="provenance_disabled"))
        doc = gw.keyring.jwks()
        doc["current"] = gw.signer.key_id
        return Response(orjson.dumps(doc), media_type="application/jwk-set+json",
                        headers={"cache-control": "public, max-age=300"})

    @app.get("/.well-known/provenance-public-key.pem", tags=["provenance"])
    async def provenance_pem() -> Response:
        if gw.signer is None:
            return _error_response(GatewayError(404, "Provenance signing is disabled on this gateway.",
                                                "invalid_request_error", code="provenance_disabled"))
        return Response(gw.signer.public_pem(), media_type="application/x-pem-file")

    @app.post("/v1/watermark/verify", tags=["provenance"])
    async def watermark_verify(request: Request) -> Response:
        """Is this text ours, unaltered, and (for a caller with audit rights) which audit record is it?"""
        try:
            principal = gw.keys.authenticate(request.headers.get("authorization"), request.headers.get("api-key"))
            if gw.keyring is None:
                raise GatewayError(404, "Provenance signing is disabled on this gateway.", "invalid_request_error",
                                   code="provenance_disabled")
            try:
                body = orjson.loads(await _read_body(request, limit))
            except orjson.JSONDecodeError as exc:
                raise invalid_request(f"Request body is not valid JSON: {exc}", param="body") from None
            report, token = await verify_request(body)
        except GatewayError as err:
            return _error_response(err)
        out = report.to_dict()
        if gw.auditor is not None and principal.tenant in cfg.admin_tenants:
            out["audit_records"] = await audit_records_for(report)
            if token is not None:
                from gateway.provenance import token_fingerprint

                fp = token_fingerprint(token)
                for rec in out["audit_records"]:  # was this very token issued for that request?
                    rec["provenance_token_matches"] = rec.get("provenance_id") == fp
        return Response(orjson.dumps(out), media_type=JSON)

    async def verify_request(body: Any) -> tuple[Any, str | None]:
        from gateway.provenance import ProvenanceError, SignedProvenance, verify_text

        if not isinstance(body, dict) or not isinstance(body.get("text"), str):
            raise invalid_request("Send {\"text\": \"...\"} and optionally \"token\" (the x-gateway-provenance "
                                  "value) or \"provenance\" (the response's provenance object).", param="text")
        token = body.get("token")
        if token is None and isinstance(body.get("provenance"), dict):
            try:
                token = SignedProvenance.from_dict(body["provenance"]).token
            except ProvenanceError as exc:
                raise invalid_request(f"provenance: {exc}", param="provenance") from None
        if token is not None and not isinstance(token, str):
            raise invalid_request("token must be a string", param="token")
        return verify_text(body["text"], gw.keyring, token), token

    async def audit_records_for(report: Any) -> list[dict[str, Any]]:
        from audit import AuditQuery

        ids = list(dict.fromkeys([*report.request_ids, *([report.token_request_id] if report.token_request_id else [])]))
        found: list[dict[str, Any]] = []
        store = gw.audit_store
        for rid in ids[:10]:
            if not rid.startswith("req_"):
                continue  # a client-chosen id is carried only as a hash: not searchable
            page = await store.query(AuditQuery(request_id=rid, limit=5))
            found.extend(item.export_dict() for item in page.items)
        return found

    @app.get("/healthz", tags=["ops"])
    async def healthz() -> Response:
        return Response(b'{"status":"ok"}', media_type=JSON)

    @app.get("/readyz", tags=["ops"])
    async def readyz() -> Response:
        ready, detail = gw.ready()
        metrics.ready.set(1 if ready else 0)
        return Response(orjson.dumps(detail), status_code=200 if ready else 503, media_type=JSON)

    @app.get("/metrics", tags=["ops"])
    async def prometheus(request: Request) -> Response:
        try:
            principal = gw.keys.authenticate(request.headers.get("authorization"), request.headers.get("api-key"))
            allowed = [*cfg.admin_tenants, *cfg.metrics_tenants]
            if not any(fnmatch.fnmatchcase(principal.tenant, pattern) for pattern in allowed):
                raise GatewayError(403, "This key may not read /metrics (it lists every tenant); use a key of "
                                   "metrics_tenants or admin_tenants.", "permission_error", code="metrics_forbidden")
        except GatewayError as err:
            return _error_response(err)
        return Response(metrics.render(), media_type=metrics.content_type)

    @app.exception_handler(StarletteHTTPException)
    async def http_error(request: Request, exc: StarletteHTTPException) -> Response:
        kind = {404: "not_found", 405: "method_not_allowed"}.get(exc.status_code, "invalid_request_error")
        message = {404: f"Unknown path {request.url.path}.",
                   405: f"Method {request.method} is not allowed on {request.url.path}."}.get(
            exc.status_code, str(exc.detail))
        err = GatewayError(exc.status_code, message, "invalid_request_error", code=kind)
        return _error_response(err)

    @app.exception_handler(RequestValidationError)
    async def validation_error(request: Request, exc: RequestValidationError) -> Response:
        return _error_response(invalid_request("Invalid request."))

    @app.exception_handler(Exception)
    async def unexpected(request: Request, exc: Exception) -> Response:
        rid = request.scope.get("state", {}).get("request_id", "?")
        # The traceback names code locations only; exception messages can carry request text.
        log.error("internal error in request %s: %s", rid, type(exc).__name__,
                  exc_info=(type(exc), None, exc.__traceback__))
        err = GatewayError(500, f"Internal gateway error (request id {rid}); the operators can find it in the log.",
                           "server_error", code="internal_error")
        return _error_response(err)

    if gw.auditor is not None:
        from audit.config import open_store
        from audit.dashboard.app import create_dashboard

        acfg = gw.auditor.cfg
        gw.audit_store = open_store(acfg)
        app.mount("/audit", create_dashboard(gw.audit_store, acfg.dashboard, acfg.keyring()))
    app.add_middleware(RequestIdMiddleware)
    return app
