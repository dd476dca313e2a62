"""The FastAPI application, HTTP only: routes, middleware, error mapping.

What happens to a request is the pipeline's business (gateway/stages/, put in order by
``build_pipeline``); what the gateway is made of is gateway/services.py; start, stop and the end
of every request are gateway/runtime.py; streamed answers are gateway/streaming.py.
"""

from __future__ import annotations

import contextlib
import fnmatch
import logging
import re
import time
import urllib.parse
from collections.abc import AsyncIterator, Awaitable, Callable, MutableMapping
from enum import Enum
from typing import TYPE_CHECKING, Any

import orjson
from fastapi import FastAPI, Request
from fastapi.exceptions import RequestValidationError
from starlette.exceptions import HTTPException as StarletteHTTPException
from starlette.responses import Response

from gateway import __version__
from gateway.auth import KeyStore, Principal
from gateway.config import GatewayConfig
from gateway.context import RequestContext, new_request_id
from gateway.errors import GatewayError, invalid_request, payload_too_large
from gateway.logs import request_id_var
from gateway.runtime import Gateway, build_gateway
from gateway.schemas import openapi_body
from gateway.services import build_keystore
from gateway.streaming import stream_response

if TYPE_CHECKING:
    from gateway.provenance import Keyring
    from gateway.provenance.verify import VerifyReport

__all__ = ["RequestIdMiddleware", "build_keystore", "create_app", "header_text"]

log = logging.getLogger("safety_gateway")

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
                    headers.extend(
                        (k.encode(), v.encode()) for k, v in extra.items() if k.encode() not in present
                    )
                message["headers"] = headers
            await send(message)

        await self.app(scope, receive, send_wrapper)


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


def _gateway(request: Request) -> Gateway:
    gw: Gateway = request.app.state.gateway
    return gw


def _authenticate(request: Request) -> Principal:
    return _gateway(request).keys.authenticate(
        request.headers.get("authorization"), request.headers.get("api-key")
    )


def _admin(request: Request) -> Principal:
    principal = _authenticate(request)
    if principal.tenant not in _gateway(request).cfg.admin_tenants:
        raise GatewayError(
            403, "This key may not use the admin endpoints.", "permission_error", code="admin_only"
        )
    return principal


def _provenance_disabled() -> GatewayError:
    return GatewayError(
        404,
        "Provenance signing is disabled on this gateway.",
        "invalid_request_error",
        code="provenance_disabled",
    )


# -- the OpenAI routes ------------------------------------------------------------------------------------


async def proxy(request: Request, endpoint: str) -> Response:
    gw = _gateway(request)
    state = request.scope["state"]
    client = request.client
    ctx = RequestContext(
        request_id=state["request_id"],
        endpoint=endpoint,
        started=state["started"],
        client_addr=client.host if client else None,
    )
    tracing = gw.tracing
    if tracing is None:
        return await handle(gw, request, ctx, state)
    token = tracing.start_request(ctx, request.headers)
    try:
        return await handle(gw, request, ctx, state)
    except BaseException:
        # Not a GatewayError (those finish normally): the error handler answers 500; close the span.
        tracing.end_request(ctx, 500, "-", "error")
        raise
    finally:
        tracing.detach(token)


async def read_request(gw: Gateway, request: Request, ctx: RequestContext) -> None:
    """Authenticate, read and parse the body into the context (413 / 400 on a bad one)."""
    headers = request.headers
    principal = gw.keys.authenticate(headers.get("authorization"), headers.get("api-key"))
    ctx.tenant, ctx.key_id = principal.tenant, principal.key_id
    if gw.services.auditor is not None:
        gw.services.auditor.check()  # audit_failure: closed refuses what it cannot record
    raw = await _read_body(request, gw.cfg.server.max_body_bytes)
    try:
        body = orjson.loads(raw)
    except orjson.JSONDecodeError as exc:
        raise invalid_request(f"Request body is not valid JSON: {exc}", param="body") from None
    if _too_deep(raw, body):
        raise invalid_request(
            f"Request body nests JSON more than {MAX_JSON_DEPTH} levels deep.", param="body"
        )
    ctx.body = body
    ctx.headers = {
        k: header_text(v) for k, v in headers.items() if k.startswith("x-") or k == "accept-language"
    }
    if isinstance(body, dict):
        model = body.get("model")
        ctx.model = model if isinstance(model, str) else None
        ctx.stream = ctx.endpoint != "embeddings" and body.get("stream") is True


async def handle(gw: Gateway, request: Request, ctx: RequestContext, state: dict[str, Any]) -> Response:
    try:
        await read_request(gw, request, ctx)
        await gw.pipeline.run_input(ctx)
        if ctx.stream:
            response: Response = await stream_response(gw, ctx, ctx.endpoint)
            # The overhead header of a stream covers the time to its first byte.
            state["upstream_ms"] = ctx.upstream_ms
            state["response_headers"] = ctx.response_headers
            return response
        result = await gw.services.router.call(ctx, ctx.endpoint, ctx.body)  # type: ignore[arg-type]
        result["model"] = ctx.model
        result = await gw.pipeline.run_output(ctx, result)
        state["upstream_ms"] = ctx.upstream_ms
        state["response_headers"] = ctx.response_headers
        payload = orjson.dumps(result)
        gw.finish(ctx, 200)
        return Response(payload, media_type=JSON)
    except GatewayError as err:
        state["upstream_ms"] = ctx.upstream_ms
        state["response_headers"] = ctx.response_headers
        ctx.error_code = err.code or err.type
        gw.finish(ctx, err.status)
        return _error_response(err)
    except Exception:
        # A bug still leaves the request's audit record, metrics and access log line; the
        # exception handler answers 500 and logs the traceback.
        ctx.error_code = "internal_error"
        gw.finish(ctx, 500)
        raise


async def chat_completions(request: Request) -> Response:
    return await proxy(request, "chat.completions")


async def completions(request: Request) -> Response:
    return await proxy(request, "completions")


async def embeddings(request: Request) -> Response:
    return await proxy(request, "embeddings")


async def models(request: Request) -> Response:
    gw = _gateway(request)
    try:
        principal = _authenticate(request)
    except GatewayError as err:
        return _error_response(err)
    access = gw.keys.access(principal.tenant)
    router = gw.services.router
    data = [
        {
            "id": alias,
            "object": "model",
            "created": 0,
            "owned_by": "safety-gateway",
            "zones": sorted(router.zones(alias)),
        }
        for alias in router.aliases()
        if access.allows(alias)
    ]
    return Response(orjson.dumps({"object": "list", "data": data}), media_type=JSON)


# -- admin, provenance, ops ---------------------------------------------------------------------------------
async def admin_policies(request: Request) -> Response:
    try:
        _admin(request)
    except GatewayError as err:
        return _error_response(err)
    policy = _gateway(request).services.policy
    if policy is None:
        return Response(
            orjson.dumps(
                {"version": None, "policies": [], "files": [], "note": "no policy_paths configured"}
            ),
            media_type=JSON,
        )
    return Response(orjson.dumps(policy.store.status(), default=str), media_type=JSON)


async def provenance_keys(request: Request) -> Response:
    """The public keys provenance records and marks verify against (JWK Set; no auth: they are public)."""
    s = _gateway(request).services
    if s.keyring is None or s.signer is None:
        return _error_response(_provenance_disabled())
    doc: dict[str, Any] = {**s.keyring.jwks(), "current": s.signer.key_id}
    return Response(
        orjson.dumps(doc),
        media_type="application/jwk-set+json",
        headers={"cache-control": "public, max-age=300"},
    )


async def provenance_pem(request: Request) -> Response:
    signer = _gateway(request).services.signer
    if signer is None:
        return _error_response(_provenance_disabled())
    return Response(signer.public_pem(), media_type="application/x-pem-file")


async def watermark_verify(request: Request) -> Response:
    """Is this text ours, unaltered, and (for a caller with audit rights) which audit record is it?"""
    from gateway.provenance.verify import audit_records_for

    gw = _gateway(request)
    try:
        principal = _authenticate(request)
        if gw.services.keyring is None:
            raise _provenance_disabled()
        try:
            body = orjson.loads(await _read_body(request, gw.cfg.server.max_body_bytes))
        except orjson.JSONDecodeError as exc:
            raise invalid_request(f"Request body is not valid JSON: {exc}", param="body") from None
        report, token = verify_request(body, gw.services.keyring)
    except GatewayError as err:
        return _error_response(err)
    out = report.to_dict()
    if gw.audit_store is not None and principal.tenant in gw.cfg.admin_tenants:
        out["audit_records"] = await audit_records_for(gw.audit_store, report, token)
    return Response(orjson.dumps(out), media_type=JSON)


def verify_request(body: Any, keyring: Keyring) -> tuple[VerifyReport, str | None]:
    from gateway.provenance import ProvenanceError, SignedProvenance, verify_text

    if not isinstance(body, dict) or not isinstance(body.get("text"), str):
        raise invalid_request(
            'Send {"text": "..."} and optionally "token" (the x-gateway-provenance '
            'value) or "provenance" (the response\'s provenance object).',
            param="text",
        )
    token = body.get("token")
    if token is None and isinstance(body.get("provenance"), dict):
        try:
            token = SignedProvenance.from_dict(body["provenance"]).token
        except ProvenanceError as exc:
            raise invalid_request(f"provenance: {exc}", param="provenance") from None
    if token is not None and not isinstance(token, str):
        raise invalid_request("token must be a string", param="token")
    return verify_text(body["text"], keyring, token), token


async def healthz() -> Response:
    return Response(b'{"status":"ok"}', media_type=JSON)


async def readyz(request: Request) -> Response:
    gw = _gateway(request)
    ready, detail = gw.ready()
    gw.services.metrics.ready.set(1 if ready else 0)
    return Response(orjson.dumps(detail), status_code=200 if ready else 503, media_type=JSON)


async def prometheus(request: Request) -> Response:
    gw = _gateway(request)
    try:
        principal = _authenticate(request)
        allowed = [*gw.cfg.admin_tenants, *gw.cfg.metrics_tenants]
        if not any(fnmatch.fnmatchcase(principal.tenant, pattern) for pattern in allowed):
            raise GatewayError(
                403,
                "This key may not read /metrics (it lists every tenant); use a key of "
                "metrics_tenants or admin_tenants.",
                "permission_error",
                code="metrics_forbidden",
            )
    except GatewayError as err:
        return _error_response(err)
    metrics = gw.services.metrics
    return Response(metrics.render(), media_type=metrics.content_type)


# -- error mapping ------------------------------------------------------------------------------------------
async def http_error(request: Request, exc: Exception) -> Response:
    assert isinstance(exc, StarletteHTTPException)
    kind = {404: "not_found", 405: "method_not_allowed"}.get(exc.status_code, "invalid_request_error")
    message = {
        404: f"Unknown path {request.url.path}.",
        405: f"Method {request.method} is not allowed on {request.url.path}.",
    }.get(exc.status_code, str(exc.detail))
    return _error_response(GatewayError(exc.status_code, message, "invalid_request_error", code=kind))


async def validation_error(request: Request, exc: Exception) -> Response:
    return _error_response(invalid_request("Invalid request."))


async def unexpected(request: Request, exc: Exception) -> Response:
    rid = request.scope.get("state", {}).get("request_id", "?")
    # The traceback names code locations only; exception messages can carry request text.
    log.error(
        "internal error in request %s: %s",
        rid,
        type(exc).__name__,
        exc_info=(type(exc), None, exc.__traceback__),  # type: ignore[arg-type]  # no message
    )
    err = GatewayError(
        500,
        f"Internal gateway error (request id {rid}); the operators can find it in the log.",
        "server_error",
        code="internal_error",
    )
    return _error_response(err)


# -- the app ------------------------------------------------------------------------------------------------
@contextlib.asynccontextmanager
async def lifespan(app: FastAPI) -> AsyncIterator[None]:
    gw: Gateway = app.state.gateway
    await gw.start(load_models=app.state.load_models)
    yield
    await gw.close()


def _mount_dashboard(app: FastAPI, gw: Gateway) -> None:
    """The compliance dashboard at /audit/, over the same store the auditor writes."""
    from audit.config import open_store
    from audit.dashboard.app import create_dashboard

    auditor = gw.services.auditor
    if auditor is None:
        return
    gw.audit_store = open_store(auditor.cfg)
    app.mount("/audit", create_dashboard(gw.audit_store, auditor.cfg.dashboard, auditor.cfg.keyring()))


def _add_routes(app: FastAPI) -> None:
    """Every route, in one list."""
    openai: list[str | Enum] = ["openai"]
    provenance: list[str | Enum] = ["provenance"]
    ops: list[str | Enum] = ["ops"]
    admin: list[str | Enum] = ["admin"]
    for path, endpoint, handler in (
        ("/v1/chat/completions", "chat.completions", chat_completions),
        ("/v1/completions", "completions", completions),
        ("/v1/embeddings", "embeddings", embeddings),
    ):
        app.add_api_route(path, handler, methods=["POST"], tags=openai, openapi_extra=openapi_body(endpoint))
    app.add_api_route("/v1/models", models, methods=["GET"], tags=openai)
    app.add_api_route("/admin/policies", admin_policies, methods=["GET"], tags=admin)
    app.add_api_route("/.well-known/jwks.json", provenance_keys, methods=["GET"], tags=provenance)
    app.add_api_route(
        "/.well-known/provenance-public-key.pem", provenance_pem, methods=["GET"], tags=provenance
    )
    app.add_api_route("/v1/watermark/verify", watermark_verify, methods=["POST"], tags=provenance)
    app.add_api_route("/healthz", healthz, methods=["GET"], tags=ops)
    app.add_api_route("/readyz", readyz, methods=["GET"], tags=ops)
    app.add_api_route("/metrics", prometheus, methods=["GET"], tags=ops)


def create_app(
    cfg: GatewayConfig, keys: KeyStore | None = None, *, load_models: bool = True, tracer_provider: Any = None
) -> FastAPI:
    """``tracer_provider``: an OpenTelemetry SDK TracerProvider to trace with (tests); by default the
    OTEL_* environment decides (gateway/tracing.py), and tracing is off unless it is configured."""
    from gateway.tracing import Tracing

    tracing = Tracing(tracer_provider) if tracer_provider is not None else Tracing.from_environment()
    gw = build_gateway(cfg, keys, tracing)
    # FastAPI's built-in OpenTelemetry hooks are off: they cost time on every request, and could be
    # switched to exporting by an environment variable. The gateway's own tracing decides what a
    # span may carry (never prompt text).
    # No /docs or /redoc: they load their scripts from a CDN (blank on a closed network). The OpenAPI
    # document stays at /openapi.json (no secrets in it) for client generators and the fuzz suite.
    app = FastAPI(
        title="safety-gateway",
        version=__version__,
        lifespan=lifespan,
        docs_url=None,
        redoc_url=None,
        description="OpenAI-compatible safety gateway and policy-enforcement proxy.",
        telemetry={"tracing": False, "metrics": False, "logs": False, "auto_configure": False},
    )
    app.state.gateway = gw
    app.state.load_models = load_models
    _add_routes(app)
    app.add_exception_handler(StarletteHTTPException, http_error)
    app.add_exception_handler(RequestValidationError, validation_error)
    app.add_exception_handler(Exception, unexpected)
    _mount_dashboard(app, gw)
    app.add_middleware(RequestIdMiddleware)
    return app
