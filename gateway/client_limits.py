"""What one client may make the gateway do before any policy looks at its request: how long it may
take to send its body, how large its headers may be, how deep and how large its JSON may be.

Each limit answers with an OpenAI-format error (408, 431, 400) and costs the gateway microseconds,
whatever the client sends (docs/robustness.md has the settings, the answers and the figures).
The server-side half (headers read before the app runs: size and time) is gateway/server.py.
"""

from __future__ import annotations

import asyncio
import re
from collections.abc import Awaitable, Callable, MutableMapping
from typing import Any

import numpy as np
import orjson
from starlette.requests import ClientDisconnect, Request

from gateway.errors import GatewayError, invalid_request, payload_too_large

Scope = MutableMapping[str, Any]
Message = MutableMapping[str, Any]
Receive = Callable[[], Awaitable[Message]]
Send = Callable[[Message], Awaitable[None]]
ASGIApp = Callable[[Scope, Receive, Send], Awaitable[None]]

# orjson parses 1024 levels of nesting but writes only 254: a deeper body would pass every check and
# then fail to be forwarded (or audited). Refused up front instead.
MAX_JSON_DEPTH = 254
# Bodies up to this size are parsed on the event loop (well under a millisecond); larger ones in a
# worker thread, so a 4 MB body of tiny values does not stall every other request while it parses.
INLINE_PARSE_BYTES = 64 * 1024
_STRING = re.compile(rb'"[^"\\]*(?:\\.[^"\\]*)*"', re.DOTALL)  # unrolled: linear, no backtracking

__all__ = [
    "ClientGone",
    "HeaderLimitMiddleware",
    "MAX_JSON_DEPTH",
    "json_depth",
    "parse_json_body",
    "read_body",
    "request_timeout",
]


class ClientGone(Exception):
    """The client closed the connection before it got its answer (recorded as 499, nginx's code)."""


def request_timeout(seconds: float) -> GatewayError:
    # connection: close — the rest of a slow body is not worth reading, and a half-read body cannot
    # be followed by another request on the same connection.
    return GatewayError(
        408,
        f"The request body did not arrive within {seconds:g} s (server.body_timeout_s).",
        "invalid_request_error",
        code="request_timeout",
        headers={"connection": "close"},
    )


async def read_body(request: Request, limit: int, timeout_s: float) -> bytes:
    """The whole body: 413 over ``limit`` bytes (from Content-Length alone when it says so), 408 when
    it takes longer than ``timeout_s``, :class:`ClientGone` when the client hangs up meanwhile."""
    declared = request.headers.get("content-length")
    if declared and declared.isdigit() and int(declared) > limit:
        raise payload_too_large(limit)
    chunks: list[bytes] = []
    size = 0
    try:
        async with asyncio.timeout(timeout_s):
            async for chunk in request.stream():
                size += len(chunk)
                if size > limit:
                    raise payload_too_large(limit)
                chunks.append(chunk)
    except TimeoutError:
        raise request_timeout(timeout_s) from None
    except ClientDisconnect:
        raise ClientGone from None
    return b"".join(chunks)


def json_depth(raw: bytes) -> int:
    """The deepest nesting of arrays and objects in ``raw`` (strings skipped), without parsing it:
    a regular expression and a cumulative sum, both in C: 0.03 s for 4 MB of text, 0.2 s for
    100,000 short strings (measured), in the worker thread for bodies that large."""
    bare = np.frombuffer(_STRING.sub(b'""', raw), np.uint8)
    opens = (bare == ord("[")) | (bare == ord("{"))
    closes = (bare == ord("]")) | (bare == ord("}"))
    return int(np.cumsum(opens.astype(np.int32) - closes).max()) if len(bare) else 0


def _parse(raw: bytes) -> Any:
    # Almost every body has fewer brackets than the limit in all, and needs no scan.
    if raw.count(b"[") + raw.count(b"{") > MAX_JSON_DEPTH and json_depth(raw) > MAX_JSON_DEPTH:
        raise invalid_request(
            f"Request body nests JSON more than {MAX_JSON_DEPTH} levels deep.",
            param="body",
            code="json_too_deep",
        )
    try:
        return orjson.loads(raw)
    except orjson.JSONDecodeError as exc:
        raise invalid_request(f"Request body is not valid JSON: {exc}", param="body") from None


async def parse_json_body(raw: bytes) -> Any:
    """The parsed body, or a 400 naming the problem (too deep: before any parsing)."""
    if len(raw) <= INLINE_PARSE_BYTES:
        return _parse(raw)
    return await asyncio.to_thread(_parse, raw)


class HeaderLimitMiddleware:
    """431 for a request whose request line and headers exceed ``max_bytes``, before anything reads
    them. gateway/server.py refuses such requests while they are still arriving; this is the same
    limit for an app run under another server (or uvicorn without the gateway's protocol)."""

    def __init__(self, app: ASGIApp, max_bytes: int) -> None:
        self.app = app
        self.max_bytes = max_bytes

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] == "http":
            size = len(scope.get("raw_path") or b"") + len(scope.get("query_string") or b"")
            size += sum(len(k) + len(v) + 4 for k, v in scope["headers"])
            if size > self.max_bytes:
                err = GatewayError(
                    431,
                    f"Request headers exceed {self.max_bytes} bytes (server.max_header_bytes).",
                    "invalid_request_error",
                    code="request_header_fields_too_large",
                    headers={"connection": "close"},
                )
                body = err.body_bytes()
                headers = [(b"content-type", b"application/json"), (b"content-length", b"%d" % len(body))]
                headers += [(k.encode(), v.encode()) for k, v in err.headers.items()]
                await send({"type": "http.response.start", "status": 431, "headers": headers})
                await send({"type": "http.response.body", "body": body})
                return
        await self.app(scope, receive, send)
