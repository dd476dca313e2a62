"""Server-sent events for a streamed answer: upstream chunks through the output stages' stream
filters, to the client, ending with ``data: [DONE]`` or an OpenAI-format error event.

The first chunk is awaited (by the router) before the response starts, so failures before any
output are ordinary HTTP errors. Afterwards: an output rule that stops the stream ends it with
``finish_reason: "content_filter"`` and an error event naming the rules; a broken upstream with a
502 event; a client that goes away is recorded as 499.
"""

from __future__ import annotations

import asyncio
import logging
from collections.abc import AsyncIterator, Sequence
from typing import TYPE_CHECKING, Any, Protocol

import orjson
from starlette.responses import StreamingResponse

from gateway.context import RequestContext
from gateway.errors import GatewayError
from gateway.routing.upstream import StreamInterrupted
from gateway.stages import StreamFilter, feed_all, finish_all

if TYPE_CHECKING:
    from gateway.runtime import Gateway

log = logging.getLogger("safety_gateway")

Batches = AsyncIterator[list[dict[str, Any]]]


class StreamEncoder(Protocol):
    """How a streamed answer is written for the client: OpenAI's chunks as they are (:class:`ChatEncoder`),
    or the events of an API translated at the edge (gateway/apis/). It sees the chunks the output
    filters let through, so every API gets the same checked text."""

    def chunk(self, chunk: dict[str, Any]) -> bytes: ...

    def end(self, stop: GatewayError | None) -> bytes:
        """After the last chunk; ``stop``: why an output rule stopped the stream, if one did."""
        ...

    def error(self, err: GatewayError) -> bytes:
        """The stream broke (upstream, an output stage, a bug)."""
        ...


class ChatEncoder:
    def __init__(self, ctx: RequestContext) -> None:
        self.ctx = ctx

    def chunk(self, chunk: dict[str, Any]) -> bytes:
        return _frame(self.ctx, chunk)

    def end(self, stop: GatewayError | None) -> bytes:
        # The client has its content_filter chunk; the error event says why (the openai SDK raises it
        # as an APIError naming the rules), then the stream ends normally.
        return (_event(stop) if stop is not None else b"") + b"data: [DONE]\n\n"

    def error(self, err: GatewayError) -> bytes:
        return _event(err)


async def stream_response(
    gw: Gateway, ctx: RequestContext, endpoint: str, encoder: StreamEncoder | None = None
) -> StreamingResponse:
    chunks: Batches = await gw.services.router.open_stream(ctx, endpoint, ctx.body)  # type: ignore[arg-type]
    filters = gw.pipeline.stream_filters(ctx)
    return StreamingResponse(
        _events(gw, ctx, chunks, filters, encoder or ChatEncoder(ctx)),
        media_type="text/event-stream",
        headers={"cache-control": "no-cache", "x-accel-buffering": "no"},
    )


def _frame(ctx: RequestContext, chunk: dict[str, Any]) -> bytes:
    chunk["model"] = ctx.model  # the alias the client asked for, not the upstream's name
    return b"data: " + orjson.dumps(chunk) + b"\n\n"


def _event(err: GatewayError) -> bytes:
    return b"data: " + err.body_bytes() + b"\n\n"


async def _events(
    gw: Gateway,
    ctx: RequestContext,
    chunks: Batches,
    filters: Sequence[StreamFilter],
    encoder: StreamEncoder,
) -> AsyncIterator[bytes]:
    status = 200
    try:
        async for batch in chunks:
            frames = b"".join(
                [encoder.chunk(out) for chunk in batch for out in await feed_all(filters, chunk)]
            )
            if frames:
                yield frames
            if any(f.stopped for f in filters):
                break  # an output rule ended the stream: the upstream is closed below
        tail, status = await _tail(gw, ctx, filters, encoder)
        yield tail
    except (asyncio.CancelledError, GeneratorExit):
        gw.services.metrics.stream_stopped("client_disconnect")  # the client went away mid-stream
        # Recorded as such (nginx's 499), not as the 200 the stream started with: the client did not
        # receive the whole answer.
        status = 499
        ctx.error_code = "client_disconnected"
        raise
    except Exception as exc:  # noqa: BLE001 — every failure mid-stream still ends as an OpenAI error event
        err = _failure(gw, ctx, exc)
        status = err.status
        yield encoder.error(err)
    finally:
        try:
            await chunks.aclose()  # type: ignore[attr-defined]
        except Exception as exc:  # noqa: BLE001 — the answer is over either way
            log.debug("closing the upstream stream of %s: %s", ctx.request_id, type(exc).__name__)
        gw.finish(ctx, status)


async def _tail(
    gw: Gateway, ctx: RequestContext, filters: Sequence[StreamFilter], encoder: StreamEncoder
) -> tuple[bytes, int]:
    """What the filters still hold, then the encoder's end: why the stream stopped (if a rule stopped
    it) and the end marker."""
    tail = [encoder.chunk(out) for out in await finish_all(filters)]
    status = 200
    stop = next((f.stop_error for f in filters if f.stop_error is not None), None)
    if stop is not None:
        status = stop.status
        ctx.error_code = stop.code or stop.type
        gw.services.metrics.stream_stopped("policy")
    elif ctx.stream_stop is not None:
        gw.services.metrics.stream_stopped("policy")
    return b"".join(tail) + encoder.end(stop), status


def _failure(gw: Gateway, ctx: RequestContext, exc: Exception) -> GatewayError:
    """The error event for a stream that broke: the upstream, an output stage, or a bug."""
    metrics = gw.services.metrics
    if isinstance(exc, StreamInterrupted):
        ctx.error_code = "upstream_stream_interrupted"
        metrics.stream_interrupted.labels(ctx.model or "-").inc()
        metrics.stream_stopped("upstream_interrupted")
        return GatewayError(
            502,
            f"The upstream stream broke off: {exc.error.message}.",
            "upstream_error",
            code="upstream_stream_interrupted",
        )
    if isinstance(exc, GatewayError):  # an output stage stopped the stream
        ctx.error_code = exc.code or exc.type
        if exc.code == "content_policy_violation":
            metrics.stream_stopped("policy")
        return exc
    ctx.error_code = "internal_error"
    log.error(
        "internal error in stream %s: %s",
        ctx.request_id,
        type(exc).__name__,
        exc_info=(type(exc), None, exc.__traceback__),  # type: ignore[arg-type]  # no message
    )
    return GatewayError(
        500,
        f"Internal gateway error (request id {ctx.request_id}); the operators can find it in the log.",
        "server_error",
        code="internal_error",
    )
