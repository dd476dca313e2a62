"""A small HTTP/1.1 keep-alive client on raw asyncio streams (after ``bench/overhead.py``).

Two hundred of these share one process with the gateway, the upstream and sometimes PostgreSQL on
two cores, so the client must cost little: no HTTP library, requests encoded once, the body read
whole. It still parses enough to judge every answer: status, headers, the body (chunked or not),
and a stream's SSE events.
"""

from __future__ import annotations

import asyncio
import contextlib
import socket
from dataclasses import dataclass, field
from typing import Any

import orjson


@dataclass(slots=True)
class Response:
    status: int
    headers: dict[str, str]
    body: bytes
    ttfb_s: float = 0.0

    def json(self) -> Any:
        return orjson.loads(self.body)


def encode_request(method: str, path: str, host: str, headers: dict[str, str], body: bytes | None) -> bytes:
    lines = [f"{method} {path} HTTP/1.1", f"Host: {host}"]
    lines += [f"{k}: {v}" for k, v in headers.items()]
    if body is not None:
        lines.append(f"Content-Length: {len(body)}")
    head = ("\r\n".join(lines) + "\r\n\r\n").encode("utf-8")
    return head + (body or b"")


class Conn:
    """One keep-alive connection; reopened after any error or ``connection: close``."""

    def __init__(self, host: str, port: int) -> None:
        self.host, self.port = host, port
        self.reader: asyncio.StreamReader | None = None
        self.writer: asyncio.StreamWriter | None = None

    async def open(self) -> None:
        self.reader, self.writer = await asyncio.open_connection(self.host, self.port, limit=1 << 22)
        sock = self.writer.get_extra_info("socket")
        if sock is not None:
            with contextlib.suppress(OSError):
                sock.setsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY, 1)

    def close(self) -> None:
        if self.writer is not None:
            with contextlib.suppress(Exception):
                self.writer.close()
        self.reader = self.writer = None

    async def request(self, raw: bytes, t0: float) -> Response:
        if self.writer is None:
            await self.open()
        assert self.reader is not None and self.writer is not None
        reader = self.reader
        self.writer.write(raw)
        head = await reader.readuntil(b"\r\n\r\n")
        ttfb = asyncio.get_running_loop().time() - t0
        lines = head.split(b"\r\n")
        status = int(lines[0][9:12])
        headers: dict[str, str] = {}
        for line in lines[1:]:
            name, sep, value = line.partition(b":")
            if sep:
                headers[name.strip().lower().decode("latin-1")] = value.strip().decode("latin-1")
        if "chunked" in headers.get("transfer-encoding", "").lower():
            parts = []
            while True:
                size = int((await reader.readuntil(b"\r\n")).split(b";", 1)[0], 16)
                if size == 0:
                    while (await reader.readuntil(b"\r\n")) != b"\r\n":
                        pass
                    break
                parts.append((await reader.readexactly(size + 2))[:-2])
            body = b"".join(parts)
        elif "content-length" in headers:
            n = int(headers["content-length"])
            body = await reader.readexactly(n) if n else b""
        else:
            body = await reader.read()
            headers["connection"] = "close"
        if "close" in headers.get("connection", "").lower():
            self.close()
        return Response(status, headers, body, ttfb)


async def raw_exchange(host: str, port: int, raw: bytes, timeout: float = 30.0) -> Response | None:
    """Send ``raw`` as is on a fresh connection and read one response; None when the server closed
    the connection without answering (a legitimate reply to some framing abuse)."""
    conn = Conn(host, port)
    try:
        await conn.open()
        assert conn.writer is not None
        try:
            conn.writer.write(raw)
            await asyncio.wait_for(conn.writer.drain(), timeout)
        except (ConnectionError, OSError):
            pass  # the server may answer (413) and hang up before reading everything
        return await asyncio.wait_for(conn.request(b"", asyncio.get_running_loop().time()), timeout)
    except (asyncio.IncompleteReadError, ConnectionError, OSError):
        return None
    finally:
        conn.close()


async def abort_after_head(host: str, port: int, raw: bytes) -> int:
    """Send ``raw`` on a fresh connection, read the response head, and hang up mid-body (a client
    that goes away during a stream). Returns the status it saw."""
    reader, writer = await asyncio.open_connection(host, port)
    try:
        writer.write(raw)
        head = await reader.readuntil(b"\r\n\r\n")
        return int(head[9:12])
    finally:
        writer.transport.abort()


@dataclass
class SSE:
    """A parsed ``text/event-stream`` body as the OpenAI SDK would see it."""

    chunks: list[dict[str, Any]] = field(default_factory=list)
    error: dict[str, Any] | None = None  # an ``data: {"error": ...}`` event
    done: bool = False  # ``data: [DONE]`` seen
    malformed: int = 0  # data lines that are not JSON

    @property
    def text(self) -> str:
        out = []
        for c in self.chunks:
            for ch in c.get("choices") or []:
                piece = (ch.get("delta") or {}).get("content") if "delta" in ch else ch.get("text")
                if isinstance(piece, str):
                    out.append(piece)
        return "".join(out)


def parse_sse(body: bytes) -> SSE:
    sse = SSE()
    for line in body.split(b"\n"):
        if not line.startswith(b"data: "):
            continue
        data = line[6:].strip()
        if data == b"[DONE]":
            sse.done = True
            continue
        try:
            event = orjson.loads(data)
        except orjson.JSONDecodeError:
            sse.malformed += 1
            continue
        if isinstance(event, dict) and "error" in event:
            sse.error = event["error"]
        elif isinstance(event, dict):
            sse.chunks.append(event)
    return sse


def openai_error(body: bytes) -> dict[str, Any] | None:
    """The ``error`` object when ``body`` is OpenAI's error format, else None."""
    try:
        doc = orjson.loads(body)
    except orjson.JSONDecodeError:
        return None
    err = doc.get("error") if isinstance(doc, dict) else None
    if (
        isinstance(err, dict)
        and isinstance(err.get("message"), str)
        and isinstance(err.get("type"), str)
        and {"param", "code"} <= set(err)
    ):
        return err
    return None
