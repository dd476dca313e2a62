"""A fake OpenAI-compatible upstream that can be told to misbehave.

This is the one fake the project allows: the internet (and so every real provider) is out of
reach. It is a minimal HTTP/1.1 server on raw asyncio streams rather than an ASGI app, because
tests need things a framework will not do (reset a connection, cut a chunked stream mid-way)
and benchmarks need it to cost as little CPU as possible.

Behaviour is chosen per deployment through the base URL path, so one server serves every test
concurrently::

    http://127.0.0.1:PORT/v1                          normal
    http://127.0.0.1:PORT/x/status=503/v1             always 503
    http://127.0.0.1:PORT/x/status=429,retry_after=7/v1
    http://127.0.0.1:PORT/x/delay=2000/v1             2 s before the response starts
    http://127.0.0.1:PORT/x/reset/v1                  close the connection without a response
    http://127.0.0.1:PORT/x/stream_cut=3/v1           streams stop (connection dropped) after 3 chunks
    http://127.0.0.1:PORT/x/drip=200/v1               200 ms between stream chunks
    http://127.0.0.1:PORT/x/fail_first=2,status=500/v1  the first 2 requests on this path fail
    http://127.0.0.1:PORT/x/echo/v1                   reply with the last user message
    http://127.0.0.1:PORT/x/tokens=50/v1              reply with 50 words
    http://127.0.0.1:PORT/x/script=NAME/v1            whatever ``server.script("NAME")`` says now

Directives combine with commas. Requests that carry ``tools`` get a tool call back when the
``tool_call`` directive is set. A *script* is a behaviour a test sets at run time (the red-team suite
changes it per attack without restarting the gateway): echo, a fixed reply or stream, an error
status, a timeout, a dropped connection; it keeps every exchange it served, with the raw body
bytes and all headers (:class:`Exchange`), and its requests are not in ``/_requests``.
``GET /_stats`` returns request counts per path prefix and ``GET /_requests`` the last request
bodies received, with their ``traceparent`` and ``x-request-id`` headers (tests assert on what the
upstream saw).

Run standalone: ``python -m tests.fake_upstream --port 9100``.
"""

from __future__ import annotations

import argparse
import asyncio
import collections
import contextlib
import hashlib
import itertools
import socket
import threading
import time
import urllib.parse
from dataclasses import dataclass, field
from typing import Any

import orjson

DEFAULT_REPLY = "Hello! This is the fake upstream speaking. It answers every request the same way."


@dataclass
class Directives:
    status: int | None = None
    retry_after: str | None = None
    delay_ms: int = 0
    reset: bool = False
    stream_cut: int | None = None
    drip_ms: int = 0
    fail_first: int | None = None
    echo: bool = False
    tool_call: bool = False
    tool_calls_all: bool = False  # one call to every declared tool (tool governance tests)
    tokens: int | None = None
    reply: str | None = None
    script: str | None = None

    @classmethod
    def parse(cls, spec: str) -> Directives:
        d = cls()
        for part in filter(None, spec.split(",")):
            key, _, value = part.partition("=")
            if key == "status":
                d.status = int(value)
            elif key == "retry_after":
                d.retry_after = value
            elif key == "delay":
                d.delay_ms = int(value)
            elif key == "reset":
                d.reset = True
            elif key == "stream_cut":
                d.stream_cut = int(value)
            elif key == "drip":
                d.drip_ms = int(value)
            elif key == "fail_first":
                d.fail_first = int(value)
            elif key == "echo":
                d.echo = True
            elif key == "tool_call":
                d.tool_call = True
            elif key == "tool_calls_all":
                d.tool_call = d.tool_calls_all = True
            elif key == "tokens":
                d.tokens = int(value)
            elif key == "reply":
                d.reply = value.replace("_", " ")
            elif key == "script":
                d.script = value
        return d


@dataclass
class Exchange:
    """One request a script served, exactly as it arrived."""

    method: str
    path: str  # without the /x/... prefix
    query: str
    headers: list[tuple[str, str]]  # every header line, in order, names lower-cased
    raw: bytes
    body: Any  # parsed JSON, or None when the body is not JSON


@dataclass
class Script:
    """A behaviour set at run time for ``/x/script=NAME/v1``.

    ``behaviour``: ``echo`` (the last user message / prompt back, embeddings as usual), ``reply``
    (``reply`` as the JSON body with ``status``; a streamed request gets ``stream_chunks`` as SSE
    events and ``data: [DONE]``, or ``reply`` when no chunks are set), or ``fail`` (``fail_with``: an
    HTTP status, ``"timeout"`` (answer nothing for ``timeout_seconds``), ``"connection_refused"``
    (drop the connection before any response: one port cannot refuse, so this is the closest),
    ``"reset_mid_stream"`` (streams send two events then drop; other requests are dropped)).
    """

    behaviour: str = "echo"
    reply: Any = None
    status: int = 200
    stream_chunks: list[Any] | None = None
    fail_with: int | str | None = None
    timeout_seconds: float = 30.0
    received: list[Exchange] = field(default_factory=list)

    def set(self, **kw: Any) -> Script:
        """Reset to echo, apply ``kw`` and forget what was received."""
        fresh = Script(**kw)
        for name in ("behaviour", "reply", "status", "stream_chunks", "fail_with", "timeout_seconds"):
            setattr(self, name, getattr(fresh, name))
        self.received = []
        return self


@dataclass
class FakeState:
    counts: collections.Counter[str] = field(default_factory=collections.Counter)
    requests: collections.deque[dict[str, Any]] = field(default_factory=lambda: collections.deque(maxlen=200))
    record_bodies: bool = True


_ids = itertools.count(1)


def _reply_text(d: Directives, body: dict[str, Any]) -> str:
    if d.reply:
        return d.reply
    if d.echo:
        for message in reversed(body.get("messages") or []):
            if message.get("role") == "user":
                content = message.get("content")
                if isinstance(content, list):
                    return " ".join(p.get("text", "") for p in content if isinstance(p, dict))
                return str(content or "")
        return str(body.get("prompt", ""))
    if d.tokens:
        words = DEFAULT_REPLY.split()
        return " ".join(words[i % len(words)] for i in range(d.tokens))
    return DEFAULT_REPLY


def _usage(body: dict[str, Any], text: str) -> dict[str, int]:
    prompt_tokens = max(1, len(orjson.dumps(body.get("messages") or body.get("prompt") or "")) // 4)
    completion_tokens = max(1, len(text.split()))
    return {
        "prompt_tokens": prompt_tokens,
        "completion_tokens": completion_tokens,
        "total_tokens": prompt_tokens + completion_tokens,
    }


def _tool_calls(body: dict[str, Any], text: str, every: bool) -> list[dict[str, Any]]:
    tools = (body.get("tools") or [])[: None if every else 1]
    return [
        {
            "id": f"call_{next(_ids)}",
            "type": "function",
            "function": {
                "name": tool.get("function", {}).get("name", "tool"),
                "arguments": orjson.dumps({"echo": text}).decode(),
            },
        }
        for tool in tools
    ]


def chat_completion(body: dict[str, Any], d: Directives) -> dict[str, Any]:
    text = _reply_text(d, body)
    n = int(body.get("n") or 1)
    calls = _tool_calls(body, text, d.tool_calls_all) if d.tool_call else []
    choices = []
    for i in range(n):
        message: dict[str, Any] = {"role": "assistant", "content": None if calls else text}
        if calls:
            message["tool_calls"] = calls
        choices.append(
            {
                "index": i,
                "message": message,
                "finish_reason": "tool_calls" if calls else "stop",
                "logprobs": None,
            }
        )
    return {
        "id": f"chatcmpl-fake{next(_ids)}",
        "object": "chat.completion",
        "created": int(time.time()),
        "model": body.get("model", "fake"),
        "choices": choices,
        "usage": _usage(body, text),
    }


def chat_chunks(body: dict[str, Any], d: Directives) -> list[dict[str, Any]]:
    text = _reply_text(d, body)
    cid = f"chatcmpl-fake{next(_ids)}"
    created = int(time.time())
    model = body.get("model", "fake")
    n = int(body.get("n") or 1)

    def chunk(index: int, delta: dict[str, Any], finish: str | None = None) -> dict[str, Any]:
        return {
            "id": cid,
            "object": "chat.completion.chunk",
            "created": created,
            "model": model,
            "choices": [{"index": index, "delta": delta, "finish_reason": finish, "logprobs": None}],
        }

    out: list[dict[str, Any]] = []
    calls = _tool_calls(body, text, d.tool_calls_all) if d.tool_call else []
    for i in range(n):
        out.append(chunk(i, {"role": "assistant", "content": ""}))
        for k, call in enumerate(calls):
            args = call["function"]["arguments"]
            out.append(
                chunk(
                    i,
                    {
                        "tool_calls": [
                            {
                                "index": k,
                                "id": call["id"],
                                "type": "function",
                                "function": {"name": call["function"]["name"], "arguments": ""},
                            }
                        ]
                    },
                )
            )
            for j in range(0, len(args), 8):
                out.append(
                    chunk(i, {"tool_calls": [{"index": k, "function": {"arguments": args[j : j + 8]}}]})
                )
        if calls:
            out.append(chunk(i, {}, "tool_calls"))
        else:
            words = text.split(" ")
            for j, word in enumerate(words):
                out.append(chunk(i, {"content": word if j == 0 else " " + word}))
            out.append(chunk(i, {}, "stop"))
    if (body.get("stream_options") or {}).get("include_usage"):
        last = {
            "id": cid,
            "object": "chat.completion.chunk",
            "created": created,
            "model": model,
            "choices": [],
            "usage": _usage(body, text),
        }
        out.append(last)
    return out


def completion_chunks(body: dict[str, Any], d: Directives) -> list[dict[str, Any]]:
    text = _reply_text(d, body)
    cid, created, model = f"cmpl-fake{next(_ids)}", int(time.time()), body.get("model", "fake")
    out = []
    words = text.split(" ")
    for j, word in enumerate(words):
        out.append(
            {
                "id": cid,
                "object": "text_completion",
                "created": created,
                "model": model,
                "choices": [
                    {
                        "index": 0,
                        "text": word if j == 0 else " " + word,
                        "finish_reason": "stop" if j == len(words) - 1 else None,
                        "logprobs": None,
                    }
                ],
            }
        )
    if (body.get("stream_options") or {}).get("include_usage"):
        out.append(
            {
                "id": cid,
                "object": "text_completion",
                "created": created,
                "model": model,
                "choices": [],
                "usage": _usage(body, text),
            }
        )
    return out


def text_completion(body: dict[str, Any], d: Directives) -> dict[str, Any]:
    text = _reply_text(d, body)
    return {
        "id": f"cmpl-fake{next(_ids)}",
        "object": "text_completion",
        "created": int(time.time()),
        "model": body.get("model", "fake"),
        "choices": [{"index": 0, "text": text, "finish_reason": "stop", "logprobs": None}],
        "usage": _usage(body, text),
    }


def embeddings(body: dict[str, Any]) -> dict[str, Any]:
    inputs = body.get("input")
    if isinstance(inputs, str) or (isinstance(inputs, list) and inputs and isinstance(inputs[0], int)):
        inputs = [inputs]
    dims = int(body.get("dimensions") or 8)
    data = []
    for i, item in enumerate(inputs or []):
        digest = hashlib.sha256(orjson.dumps(item)).digest()
        vector = [(digest[k % len(digest)] - 128) / 128.0 for k in range(dims)]
        data.append({"object": "embedding", "index": i, "embedding": vector})
    return {
        "object": "list",
        "data": data,
        "model": body.get("model", "fake-embed"),
        "usage": {"prompt_tokens": len(data), "total_tokens": len(data)},
    }


_REASONS = {
    200: "OK",
    400: "Bad Request",
    401: "Unauthorized",
    404: "Not Found",
    429: "Too Many Requests",
    500: "Internal Server Error",
    502: "Bad Gateway",
    503: "Service Unavailable",
    504: "Gateway Timeout",
}


class FakeUpstream:
    """The server. Use :meth:`start_in_thread` from tests, or :func:`main` standalone."""

    def __init__(self, host: str = "127.0.0.1", port: int = 0, record_bodies: bool = True) -> None:
        self.host = host
        self.port = port
        self.state = FakeState(record_bodies=record_bodies)
        self._server: asyncio.AbstractServer | None = None
        self._loop: asyncio.AbstractEventLoop | None = None
        self._thread: threading.Thread | None = None
        self._fail_counts: collections.Counter[str] = collections.Counter()
        self.scripts: dict[str, Script] = {}

    def script(self, name: str) -> Script:
        """The script served at ``url(f"script={name}")`` (created as echo on first use)."""
        return self.scripts.setdefault(name, Script())

    # -- URLs -------------------------------------------------------------------------------
    @property
    def base(self) -> str:
        return f"http://{self.host}:{self.port}"

    def url(self, directives: str = "") -> str:
        """The OpenAI base URL (ending in /v1) for a behaviour, e.g. ``url("status=503")``."""
        return f"{self.base}/x/{directives}/v1" if directives else f"{self.base}/v1"

    # -- lifecycle --------------------------------------------------------------------------
    async def start(self) -> None:
        sock = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
        sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        sock.bind((self.host, self.port))
        self.port = sock.getsockname()[1]
        self._server = await asyncio.start_server(self._handle, sock=sock, backlog=2048)

    def start_in_thread(self) -> FakeUpstream:
        ready = threading.Event()

        def run() -> None:
            self._loop = asyncio.new_event_loop()
            self._loop.run_until_complete(self.start())
            ready.set()
            self._loop.run_forever()

        self._thread = threading.Thread(target=run, name="fake-upstream", daemon=True)
        self._thread.start()
        ready.wait(10)
        return self

    def stop(self) -> None:
        if self._loop and self._server:
            self._loop.call_soon_threadsafe(self._server.close)
            self._loop.call_soon_threadsafe(self._loop.stop)
        if self._thread:
            self._thread.join(5)

    def reset_stats(self) -> None:
        self.state.counts.clear()
        self.state.requests.clear()
        self._fail_counts.clear()

    # -- HTTP -------------------------------------------------------------------------------
    async def _handle(self, reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
        try:
            while True:
                try:
                    head = await reader.readuntil(b"\r\n\r\n")
                except (asyncio.IncompleteReadError, ConnectionError):
                    return
                lines = head.decode("latin-1").split("\r\n")
                method, target, _ = lines[0].split(" ", 2)
                headers = {}
                header_list: list[tuple[str, str]] = []
                for line in lines[1:]:
                    if ":" in line:
                        k, v = line.split(":", 1)
                        headers[k.strip().lower()] = v.strip()
                        header_list.append((k.strip().lower(), v.strip()))
                length = int(headers.get("content-length", "0") or 0)
                raw = await reader.readexactly(length) if length else b""
                keep_alive = await self._respond(method, target, headers, raw, writer, header_list)
                if not keep_alive:
                    return
        except (ConnectionError, asyncio.IncompleteReadError):
            return
        finally:
            with contextlib.suppress(Exception):
                writer.close()

    @staticmethod
    def _send(
        writer: asyncio.StreamWriter,
        status: int,
        body: bytes,
        extra: dict[str, str] | None = None,
        content_type: str = "application/json",
    ) -> None:
        head = [
            f"HTTP/1.1 {status} {_REASONS.get(status, 'Status')}",
            f"content-type: {content_type}",
            f"content-length: {len(body)}",
        ]
        for k, v in (extra or {}).items():
            head.append(f"{k}: {v}")
        writer.write(("\r\n".join(head) + "\r\n\r\n").encode() + body)

    async def _respond(
        self,
        method: str,
        target: str,
        headers: dict[str, str],
        raw: bytes,
        writer: asyncio.StreamWriter,
        header_list: list[tuple[str, str]] | None = None,
    ) -> bool:
        path = urllib.parse.unquote(target.split("?", 1)[0])
        spec = ""
        if path.startswith("/x/"):
            rest = path[3:]
            spec, _, tail = rest.partition("/")
            path = "/" + tail
        key = spec or "default"

        if path == "/_stats":
            self._send(writer, 200, orjson.dumps(dict(self.state.counts)))
            return True
        if path == "/_requests":
            self._send(writer, 200, orjson.dumps(list(self.state.requests)))
            return True

        d = Directives.parse(spec)
        self.state.counts[key] += 1
        if d.script is not None:
            return await self._scripted(
                self.script(d.script), method, path, target, header_list or [], raw, writer
            )
        try:
            body = orjson.loads(raw) if raw else {}
        except orjson.JSONDecodeError:
            self._send(
                writer,
                400,
                orjson.dumps({"error": {"message": "invalid JSON", "type": "invalid_request_error"}}),
            )
            return True
        if self.state.record_bodies:
            self.state.requests.append(
                {
                    "path": path,
                    "spec": spec,
                    "body": body,
                    "authorization": headers.get("authorization", ""),
                    # trace context the caller propagated (tests of tracing)
                    "traceparent": headers.get("traceparent", ""),
                    "x-request-id": headers.get("x-request-id", ""),
                }
            )

        if d.delay_ms:
            await asyncio.sleep(d.delay_ms / 1000)
        if d.reset:
            writer.transport.abort()
            return False
        failing = d.status is not None
        if d.fail_first is not None:
            self._fail_counts[key] += 1
            failing = self._fail_counts[key] <= d.fail_first
        if failing:
            status = d.status or 500
            extra = {"retry-after": d.retry_after} if d.retry_after else {}
            err = {
                "error": {
                    "message": f"fake upstream error {status}",
                    "type": "server_error"
                    if status >= 500
                    else "rate_limit_error"
                    if status == 429
                    else "invalid_request_error",
                    "param": None,
                    "code": None,
                }
            }
            self._send(writer, status, orjson.dumps(err), extra)
            return True

        if method == "GET" and path == "/v1/models":
            self._send(
                writer,
                200,
                orjson.dumps(
                    {
                        "object": "list",
                        "data": [{"id": "fake-model", "object": "model", "created": 0, "owned_by": "fake"}],
                    }
                ),
            )
            return True
        if method != "POST":
            self._send(
                writer,
                404,
                orjson.dumps({"error": {"message": "not found", "type": "invalid_request_error"}}),
            )
            return True
        if path == "/v1/chat/completions":
            if body.get("stream"):
                await self._stream(writer, chat_chunks(body, d), d)
                return d.stream_cut is None
            self._send(writer, 200, orjson.dumps(chat_completion(body, d)))
            return True
        if path == "/v1/completions":
            if body.get("stream"):
                await self._stream(writer, completion_chunks(body, d), d)
                return d.stream_cut is None
            self._send(writer, 200, orjson.dumps(text_completion(body, d)))
            return True
        if path == "/v1/embeddings":
            self._send(writer, 200, orjson.dumps(embeddings(body)))
            return True
        self._send(
            writer,
            404,
            orjson.dumps({"error": {"message": f"unknown path {path}", "type": "invalid_request_error"}}),
        )
        return True

    async def _scripted(
        self,
        script: Script,
        method: str,
        path: str,
        target: str,
        header_list: list[tuple[str, str]],
        raw: bytes,
        writer: asyncio.StreamWriter,
    ) -> bool:
        try:
            body: Any = orjson.loads(raw) if raw else {}
        except orjson.JSONDecodeError:
            body = None
        query = target.split("?", 1)[1] if "?" in target else ""
        script.received.append(Exchange(method, path, query, list(header_list), raw, body))
        streamed = isinstance(body, dict) and bool(body.get("stream"))
        if script.behaviour == "fail":
            how = script.fail_with
            if how == "timeout":
                await asyncio.sleep(script.timeout_seconds)
                writer.transport.abort()
                return False
            if how == "connection_refused" or (how == "reset_mid_stream" and not streamed):
                writer.transport.abort()
                return False
            if how == "reset_mid_stream":
                d = Directives(echo=True, stream_cut=2)
                chunks = (
                    chat_chunks(body, d) if path == "/v1/chat/completions" else completion_chunks(body, d)
                )
                await self._stream(writer, chunks, d)
                return False
            status = int(how or 500)
            err = {
                "error": {"message": f"fake upstream error {status}", "type": "server_error", "code": None}
            }
            self._send(writer, status, orjson.dumps(err), {"retry-after": "1"} if status == 429 else None)
            return True
        if script.behaviour == "reply":
            if streamed and script.stream_chunks is not None:
                await self._stream(writer, list(script.stream_chunks), Directives())
                return True
            self._send(writer, script.status, orjson.dumps(script.reply))
            return True
        if not isinstance(body, dict):
            self._send(
                writer,
                400,
                orjson.dumps({"error": {"message": "invalid JSON", "type": "invalid_request_error"}}),
            )
            return True
        d = Directives(echo=True)
        if path == "/v1/chat/completions":
            if streamed:
                await self._stream(writer, chat_chunks(body, d), d)
            else:
                self._send(writer, 200, orjson.dumps(chat_completion(body, d)))
        elif path == "/v1/completions":
            if streamed:
                await self._stream(writer, completion_chunks(body, d), d)
            else:
                self._send(writer, 200, orjson.dumps(text_completion(body, d)))
        elif path == "/v1/embeddings":
            self._send(writer, 200, orjson.dumps(embeddings(body)))
        else:
            self._send(
                writer,
                404,
                orjson.dumps({"error": {"message": f"unknown path {path}", "type": "invalid_request_error"}}),
            )
        return True

    async def _stream(
        self, writer: asyncio.StreamWriter, chunks: list[dict[str, Any]], d: Directives
    ) -> None:
        writer.write(
            b"HTTP/1.1 200 OK\r\ncontent-type: text/event-stream\r\ncache-control: no-cache\r\n"
            b"transfer-encoding: chunked\r\n\r\n"
        )
        frames = [b"data: " + orjson.dumps(c) + b"\n\n" for c in chunks] + [b"data: [DONE]\n\n"]
        if not d.drip_ms and d.stream_cut is None:
            # Fast path for benchmarks: one write, one chunked frame.
            payload = b"".join(frames)
            writer.write(b"%x\r\n%s\r\n0\r\n\r\n" % (len(payload), payload))
            await writer.drain()
            return
        for i, frame in enumerate(frames):
            if d.stream_cut is not None and i >= d.stream_cut:
                await writer.drain()
                writer.transport.abort()
                return
            writer.write(b"%x\r\n%s\r\n" % (len(frame), frame))
            await writer.drain()
            if d.drip_ms:
                await asyncio.sleep(d.drip_ms / 1000)
        writer.write(b"0\r\n\r\n")
        await writer.drain()


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description="Fake OpenAI-compatible upstream for tests and benchmarks")
    parser.add_argument("--host", default="127.0.0.1")
    parser.add_argument("--port", type=int, default=9100)
    parser.add_argument("--no-record", action="store_true", help="do not keep request bodies (benchmarks)")
    args = parser.parse_args(argv)

    async def run() -> None:
        server = FakeUpstream(args.host, args.port, record_bodies=not args.no_record)
        await server.start()
        print(f"fake upstream listening on {server.base}", flush=True)
        await asyncio.Event().wait()

    try:
        import uvloop

        uvloop.install()
    except ImportError:
        pass
    with contextlib.suppress(KeyboardInterrupt):
        asyncio.run(run())


if __name__ == "__main__":
    main()
