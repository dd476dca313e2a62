"""The FastAPI application, HTTP only: routes, middleware, error mapping.

What happens to a request is the pipeline's business (gateway/stages/, put in order by
``build_pipeline``); what the gateway is made of is gateway/services.py; start, stop and the end
of every request are gateway/runtime.py; streamed answers are gateway/streaming.py.
"""

from __future__ import annotations

import contextlib
import fnmatch
import logging
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

from audit.clientaddr import TrustedProxies
from audit.record import ID_PATTERN, client_request_id
from gateway import __version__
from gateway.apis import MESSAGES, RESPONSES, ClientAPI, Exchange
from gateway.auth import KeyStore, Principal
from gateway.client_limits import ClientGone, HeaderLimitMiddleware, parse_json_body, read_body
from gateway.config import GatewayConfig
from gateway.context import RequestContext, new_request_id
from gateway.errors import GatewayError, invalid_request
from gateway.logs import request_id_var
from gateway.runtime import Gateway, build_gateway
from gateway.schemas import openapi_body
from gateway.services import build_keystore
from gateway.streaming import stream_response

if TYPE_CHECKING:
    from gateway.provenance import Keyring, MarkKeys
    from gateway.provenance.verify import VerifyReport

__all__ = ["RequestIdMiddleware", "build_keystore", "create_app", "header_text"]

log = logging.getLogger("safety_gateway")

JSON = "application/json"

Scope = MutableMapping[str, Any]
Message = MutableMapping[str, Any]
Receive = Callable[[], Awaitable[Message]]
Send = Callable[[Message], Awaitable[None]]


class RequestIdMiddleware:
    """Pure ASGI (no per-request task like BaseHTTPMiddleware): gives every request an id and
    stamps ``x-request-id`` and ``x-gateway-overhead-ms`` on every response, errors included.

    The id is always the gateway's own, so it is unique in the audit log; a client's ``x-request-id``
    is kept apart (``client_request_id``, sanitized) and echoed as ``x-client-request-id`` only when
    it is a plain id (audit.record.ID_PATTERN), so a client can still correlate without choosing
    the audit id or having arbitrary text reflected. It also resolves the client address through
    ``server.trusted_proxies`` (audit.clientaddr) once per request."""

    def __init__(
        self,
        app: Callable[[Scope, Receive, Send], Awaitable[None]],
        trusted_proxies: TrustedProxies | None = None,
    ) -> None:
        self.app = app
        self.trusted_proxies = trusted_proxies or TrustedProxies()

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        started = time.perf_counter()
        sent_id = next((v.decode("latin-1") for k, v in scope["headers"] if k == b"x-request-id"), None)
        echo = sent_id.encode() if sent_id and ID_PATTERN.fullmatch(sent_id) else None
        rid = new_request_id()
        state = scope.setdefault("state", {})
        state["request_id"] = rid
        state["client_request_id"] = client_request_id(sent_id)
        state["client"] = self.trusted_proxies.resolve(scope)
        state["started"] = started
        request_id_var.set(rid)  # log lines of this request carry its id (this task's context only)

        async def send_wrapper(message: Message) -> None:
            if message["type"] == "http.response.start":
                headers = list(message.get("headers", []))
                upstream_ms = state.get("upstream_ms", 0.0)
                overhead = max(0.0, (time.perf_counter() - started) * 1000.0 - upstream_ms)
                headers.append((b"x-request-id", rid.encode()))
                if echo is not None:
                    headers.append((b"x-client-request-id", echo))
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


def header_text(value: str) -> str:
    """A header value as the text the client meant: HTTP carries Latin-1, so Korean labels such as
    ``대외비`` arrive percent-encoded (``%EB%8C%80...``) or as raw UTF-8 bytes; both decode here."""
    if value.isascii():
        return urllib.parse.unquote(value, errors="strict") if "%" in value else value
    try:
        return value.encode("latin-1").decode("utf-8")
    except (UnicodeEncodeError, UnicodeDecodeError):
        return value


def _error_response(err: GatewayError, api: ClientAPI | None = None) -> Response:
    body = err.body_bytes() if api is None else api.error_body(err)  # each API's own error format
    return Response(body, status_code=err.status, media_type=JSON, headers=err.headers)


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


async def proxy(request: Request, endpoint: str, api: ClientAPI | None = None) -> Response:
    """``api``: a foreign API translated at the edge into ``endpoint`` (gateway/apis/)."""
    gw = _gateway(request)
    state = request.scope["state"]
    ctx = RequestContext(
        request_id=state["request_id"],
        endpoint=endpoint,
        client_api=api.path if api is not None else None,
        started=state["started"],
        client_addr=state["client"].addr,  # the peer, or what a trusted proxy says (audit.clientaddr)
        client_request_id=state["client_request_id"],
    )
    tracing = gw.tracing
    if tracing is None:
        return await handle(gw, request, ctx, state, api)
    token = tracing.start_request(ctx, request.headers)
    try:
        return await handle(gw, request, ctx, state, api)
    except BaseException:
        # Not a GatewayError (those finish normally): the error handler answers 500; close the span.
        tracing.end_request(ctx, 500, "-", "error")
        raise
    finally:
        tracing.detach(token)


async def read_request(
    gw: Gateway, request: Request, ctx: RequestContext, api: ClientAPI | None = None
) -> Exchange | None:
    """Authenticate, read and parse the body into the context (413 / 400 on a bad one); a foreign
    API's body is translated here, so the pipeline sees a chat.completions body."""
    headers = request.headers
    principal = gw.keys.authenticate(
        headers.get("authorization"), headers.get(api.key_header if api else "api-key")
    )
    ctx.tenant, ctx.key_id = principal.tenant, principal.key_id
    if gw.services.auditor is not None:
        gw.services.auditor.check()  # audit_failure: closed refuses what it cannot record
    server = gw.cfg.server
    body = await parse_json_body(await read_body(request, server.max_body_bytes, server.body_timeout_s))
    exchange = None
    if api is not None:
        t0 = time.perf_counter()
        exchange = api.open(body, ctx.request_id)
        body = exchange.chat
        ctx.timings["translate"] = (time.perf_counter() - t0) * 1000.0
    ctx.body = body
    ctx.headers = {}
    for k, v in headers.items():
        if k.startswith("x-") or k == "accept-language":
            # A repeated header is one comma-separated list (RFC 9110 5.3), not "the last one wins":
            # x-data-classification: 대외비 then x-data-classification: public keeps 대외비.
            text = header_text(v)
            ctx.headers[k] = f"{ctx.headers[k]}, {text}" if k in ctx.headers else text
    if isinstance(body, dict):
        model = body.get("model")
        ctx.model = model if isinstance(model, str) else None
        ctx.stream = ctx.endpoint != "embeddings" and body.get("stream") is True
    return exchange


async def handle(
    gw: Gateway, request: Request, ctx: RequestContext, state: dict[str, Any], api: ClientAPI | None = None
) -> Response:
    try:
        exchange = await read_request(gw, request, ctx, api)
        await gw.pipeline.run_input(ctx)
        if ctx.stream:
            encoder = exchange.stream() if exchange is not None else None
            response: Response = await stream_response(gw, ctx, ctx.endpoint, encoder)
            # The overhead header of a stream covers the time to its first byte.
            state["upstream_ms"] = ctx.upstream_ms
            state["response_headers"] = ctx.response_headers
            return response
        result = await gw.services.router.call(ctx, ctx.endpoint, ctx.body)  # type: ignore[arg-type]
        result["model"] = ctx.model
        result = await gw.pipeline.run_output(ctx, result)
        state["upstream_ms"] = ctx.upstream_ms
        state["response_headers"] = ctx.response_headers
        payload = orjson.dumps(result if exchange is None else exchange.answer(result))
        if await request.is_disconnected():
            return _client_gone(gw, ctx)
        gw.finish(ctx, 200)
        return Response(payload, media_type=JSON)
    except ClientGone:
        return _client_gone(gw, ctx)
    except GatewayError as err:
        state["upstream_ms"] = ctx.upstream_ms
        state["response_headers"] = ctx.response_headers
        ctx.error_code = err.code or err.type
        if err.status != 408 and await request.is_disconnected():
            return _client_gone(gw, ctx)  # the refusal is still in the record (decision, error code)
        gw.finish(ctx, err.status)
        return _error_response(err, api)
    except Exception:
        # A bug still leaves the request's audit record, metrics and access log line; the
        # exception handler answers 500 and logs the traceback.
        ctx.error_code = "internal_error"
        gw.finish(ctx, 500)
        raise


def _client_gone(gw: Gateway, ctx: RequestContext) -> Response:
    """The client hung up before its answer: recorded as 499 (nginx's code), not as an error of ours
    (no traceback) nor as the answer it never received."""
    ctx.error_code = ctx.error_code or "client_disconnected"
    gw.finish(ctx, 499)
    return Response(status_code=499)  # goes nowhere; the server drops it


async def chat_completions(request: Request) -> Response:
    return await proxy(request, "chat.completions")


async def completions(request: Request) -> Response:
    return await proxy(request, "completions")


async def embeddings(request: Request) -> Response:
    return await proxy(request, "embeddings")


async def responses(request: Request) -> Response:
    """The OpenAI Responses API, through the chat-completions pipeline (gateway/apis/responses.py)."""
    return await proxy(request, "chat.completions", RESPONSES)


async def messages(request: Request) -> Response:
    """The Anthropic Messages API, through the chat-completions pipeline
    (gateway/apis/anthropic_messages.py)."""
    return await proxy(request, "chat.completions", MESSAGES)


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
        server = gw.cfg.server
        body = await parse_json_body(await read_body(request, server.max_body_bytes, server.body_timeout_s))
        records = await _mark_records(gw, body)
        report, token = verify_request(body, gw.services.keyring, gw.services.mark_keys, records)
    except ClientGone:
        return Response(status_code=499)  # nobody to answer
    except GatewayError as err:
        return _error_response(err)
    out = report.to_dict()
    if gw.audit_store is not None and principal.tenant in gw.cfg.admin_tenants:
        out["audit_records"] = await audit_records_for(gw.audit_store, report, token)
    return Response(orjson.dumps(out), media_type=JSON)


async def _mark_records(gw: Gateway, body: Any) -> Any:
    """The audit records the text's reference marks point to (their 128-bit digests); None without a
    store, or when it cannot be read (the marks' own MACs still count)."""
    from audit.sinks.base import SinkUnavailable
    from gateway.provenance.verify import find_mark_records

    if gw.audit_store is None or not isinstance(body, dict):
        return None
    try:
        return await find_mark_records(gw.audit_store, body.get("text"), gw.services.mark_keys)
    except SinkUnavailable as exc:  # the store is down: verify without it, and say so in the log
        log.warning("watermark verify without the audit store: %s", exc)
        return None


def verify_request(
    body: Any, keyring: Keyring, mark_keys: MarkKeys | None = None, records: Any = None
) -> tuple[VerifyReport, str | None]:
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
    return verify_text(body["text"], keyring, token, mark_keys, records), token


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
    from audit.dashboard.events import writer_recorder
    from audit.dashboard.report import ReportSource
    from gateway.compliance_facts import gateway_facts

    auditor = gw.services.auditor
    if auditor is None:
        return
    gw.audit_store = open_store(auditor.cfg)
    source = gw.cfg.source
    # The signed compliance report (audit/ cannot read gateway.yaml): the same facts as the CLI's, read
    # from the config file when a report is asked for; none for a config that exists only in memory.
    report = (
        None
        if source.startswith("<")
        else ReportSource(
            facts=lambda: gateway_facts(source)[0], signer=lambda: auditor.cfg.signer(create=False)
        )
    )
    dashboard = create_dashboard(
        gw.audit_store,
        auditor.cfg.dashboard,
        auditor.cfg.keyring(),
        trusted_proxies=TrustedProxies(gw.cfg.server.trusted_proxies),
        # sign-ins, views and exports go into the same chain as the requests (opened at start-up)
        recorder=writer_recorder(lambda: auditor.writer),
        report=report,
        text_verifier=_text_verifier(gw),
    )
    app.mount("/audit", dashboard)


def _text_verifier(gw: Gateway) -> Any:
    """The dashboard's "verify a text": the check /v1/watermark/verify makes, marks against the audit."""
    keyring = gw.services.keyring
    if keyring is None:
        return None

    async def check(text: str) -> dict[str, Any]:
        from gateway.provenance.verify import verify_text

        records = await _mark_records(gw, {"text": text})
        return verify_text(text, keyring, None, gw.services.mark_keys, records).to_dict()

    return check


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
    for api, handler in ((RESPONSES, responses), (MESSAGES, messages)):
        app.add_api_route(api.path, handler, methods=["POST"], tags=openai)
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
    app.add_middleware(RequestIdMiddleware, trusted_proxies=TrustedProxies(cfg.server.trusted_proxies))
    # Outermost: oversized headers are refused before anything reads them (gateway/client_limits.py).
    app.add_middleware(HeaderLimitMiddleware, max_bytes=cfg.server.max_header_bytes)
    return app
