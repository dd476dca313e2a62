"""How ``safety-gateway serve`` runs uvicorn: its options from ``server:``, and the HTTP protocol that
bounds what a client may do before the app sees its request (docs/robustness.md).

uvicorn (0.55, httptools) buffers a request's headers without limit and waits for them without end:
its ``timeout_keep_alive`` only runs between requests, and ``h11_max_incomplete_event_size`` applies to
the h11 parser, not to httptools. :class:`GuardedHttpToolsProtocol` adds both limits to the httptools
protocol: headers over ``server.max_header_bytes`` get 431 as soon as they pass the limit (counted
while they arrive, so a single endless header is cut off too), and headers not complete within
``server.header_timeout_s`` of the request's first byte (or of the connection, for its first request)
get 408. Either way the connection is closed. The body's own limits (size, time) are the app's
(gateway/client_limits.py).
"""

from __future__ import annotations

import asyncio
from typing import Any, ClassVar

from uvicorn.protocols.http.httptools_impl import STATUS_LINE, HttpToolsProtocol

from gateway.config import ServerSettings

__all__ = ["GuardedHttpToolsProtocol", "guarded_protocol", "uvicorn_options"]


class _HeadTooLarge(Exception):
    """Raised inside a parser callback: httptools stops parsing and reports a parser error."""


class GuardedHttpToolsProtocol(HttpToolsProtocol):
    """uvicorn's httptools protocol with a header size limit and a header timeout (class attributes:
    :func:`guarded_protocol` makes a subclass with the configured values)."""

    max_header_bytes: ClassVar[int] = ServerSettings().max_header_bytes
    header_timeout_s: ClassVar[float] = ServerSettings().header_timeout_s

    def connection_made(self, transport: asyncio.Transport) -> None:  # type: ignore[override]
        super().connection_made(transport)
        self._head_bytes = 0  # of the request being read: its URL and whole headers, as parsed
        self._head_raw = 0  # bytes received while its head is incomplete
        self._reading_head = True
        self._refused = False
        self._head_timer: asyncio.TimerHandle | None = self.loop.call_later(
            self.header_timeout_s, self._head_timed_out
        )

    def connection_lost(self, exc: Exception | None) -> None:
        self._cancel_head_timer()
        super().connection_lost(exc)

    def data_received(self, data: bytes) -> None:
        super().data_received(data)
        if self._reading_head and not self._refused and not self.transport.is_closing():
            # Everything received since the request began is still head: no parser callback has
            # seen a whole header yet, so this is the only count of a header that never ends.
            self._head_raw += len(data)
            if self._head_raw > self.max_header_bytes:
                self._refuse(431, "Request headers exceed the server's limit.")

    # parser callbacks -----------------------------------------------------------------------------
    def on_message_begin(self) -> None:
        super().on_message_begin()
        self._reading_head = True
        self._head_bytes = self._head_raw = 0
        if self._head_timer is None:  # the next request on a kept-alive connection
            self._head_timer = self.loop.call_later(self.header_timeout_s, self._head_timed_out)

    def on_url(self, url: bytes) -> None:
        self._count(len(url))
        super().on_url(url)

    def on_header(self, name: bytes, value: bytes) -> None:
        self._count(len(name) + len(value) + 4)
        super().on_header(name, value)

    def on_headers_complete(self) -> None:
        self._reading_head = False
        self._cancel_head_timer()
        super().on_headers_complete()

    # refusals -------------------------------------------------------------------------------------
    def _count(self, n: int) -> None:
        self._head_bytes += n
        if self._head_bytes > self.max_header_bytes:
            self._refused = True
            raise _HeadTooLarge  # uvicorn answers the parser error through send_400_response

    def send_400_response(self, msg: str) -> None:
        if self._refused:  # the parser error was ours: a 431, not a 400
            self._refused = False
            self._refuse(431, "Request headers exceed the server's limit.")
            return
        super().send_400_response(msg)

    def _head_timed_out(self) -> None:
        self._head_timer = None
        if self._reading_head and not self.transport.is_closing():
            self._refuse(408, "Request headers did not arrive in time.")

    def _refuse(self, status: int, message: str) -> None:
        self._refused = True
        self._cancel_head_timer()
        body = message.encode()
        if self.cycle is None or self.cycle.response_complete:  # not in the middle of another answer
            self.transport.write(
                STATUS_LINE[status]
                + b"content-type: text/plain; charset=utf-8\r\ncontent-length: %d\r\n" % len(body)
                + b"connection: close\r\n\r\n"
                + body
            )
        self.transport.close()

    def _cancel_head_timer(self) -> None:
        timer = getattr(self, "_head_timer", None)
        if timer is not None:
            timer.cancel()
            self._head_timer = None


def guarded_protocol(server: ServerSettings) -> type[GuardedHttpToolsProtocol]:
    """The protocol class with ``server``'s limits (uvicorn builds one instance per connection)."""
    return type(
        "GatewayHttpProtocol",
        (GuardedHttpToolsProtocol,),
        {"max_header_bytes": server.max_header_bytes, "header_timeout_s": server.header_timeout_s},
    )


def uvicorn_options(server: ServerSettings) -> dict[str, Any]:
    """Keyword arguments for ``uvicorn.run`` / ``uvicorn.Config`` that carry out ``server:``'s
    client limits (host, port and logging are the caller's)."""
    return {
        "http": guarded_protocol(server),
        "timeout_keep_alive": 30,
        "limit_concurrency": server.max_connections,
        "server_header": False,
    }
