"""The fast path: call an OpenAI-compatible upstream directly over a pooled HTTP client.

litellm's per-call machinery (logging objects, cost tracking, response re-modelling) costs far
more CPU than the proxying itself, and most traffic goes to upstreams that already speak
OpenAI's format (OpenAI, vLLM, TGI, the institution's own servers). For those the gateway
forwards the JSON itself; every other provider still goes through litellm.
"""

from __future__ import annotations

import asyncio
import logging
import re
from collections.abc import AsyncIterator
from typing import Any

import aiohttp
import orjson

from gateway.routing.deployments import Deployment
from gateway.routing.upstream import UpstreamError

_PATHS = {"chat.completions": "/chat/completions", "completions": "/completions", "embeddings": "/embeddings"}

log = logging.getLogger("safety_gateway.upstream")

# An upstream's error message is model- or provider-written text that no output rule has checked (it
# can repeat the prompt, or carry whatever the model said): it never reaches the client or the log.
# Only its ``type`` and ``code`` pass, and only when they are plain identifiers (lowercase words: no
# digits, so no number, key or password fits in them).
_IDENTIFIER = re.compile(r"[a-z][a-z_]{0,63}")


def _error_words(err: Any) -> str:
    """``(type invalid_request_error, code context_length_exceeded)`` from an OpenAI error object."""
    if not isinstance(err, dict):
        return ""
    words = [
        f"{name} {err[name]}"
        for name in ("type", "code")
        if isinstance(err.get(name), str) and _IDENTIFIER.fullmatch(err[name])
    ]
    return f" ({', '.join(words)})" if words else ""


def _withheld(dep: Deployment, what: str, err: Any) -> None:
    message = err.get("message") if isinstance(err, dict) else None
    if isinstance(message, str) and message:
        log.info("%s from %s: its message (%d characters) is withheld", what, dep.id, len(message))


class OpenAICompatClient:
    """One pooled aiohttp session per event loop (tests run several loops in one process)."""

    def __init__(self, max_connections: int = 1024) -> None:
        self._max = max_connections
        self._sessions: dict[int, aiohttp.ClientSession] = {}
        self.propagate_trace = False  # set by gateway.tracing: send the current span as traceparent

    def _session(self) -> aiohttp.ClientSession:
        loop = asyncio.get_running_loop()
        session = self._sessions.get(id(loop))
        if session is None or session.closed:
            connector = aiohttp.TCPConnector(
                limit=self._max,
                limit_per_host=self._max,
                ttl_dns_cache=300,
                keepalive_timeout=30,
                enable_cleanup_closed=True,
            )
            session = aiohttp.ClientSession(
                connector=connector,
                json_serialize=lambda o: orjson.dumps(o).decode(),
                auto_decompress=True,
                trust_env=False,
            )
            self._sessions[id(loop)] = session
        return session

    async def close(self) -> None:
        for session in list(self._sessions.values()):
            await session.close()
        self._sessions.clear()

    @staticmethod
    def _request(
        dep: Deployment, endpoint: str, body: dict[str, Any], request_id: str
    ) -> tuple[str, bytes, dict[str, str]]:
        payload = (
            {**dep.body_defaults, **body, "model": dep.upstream_model}
            if dep.body_defaults
            else {**body, "model": dep.upstream_model}
        )
        headers = {"content-type": "application/json", "x-request-id": request_id, **dep.extra_headers}
        if dep.api_key:
            headers["authorization"] = f"Bearer {dep.api_key}"
        return dep.api_base + _PATHS[endpoint], orjson.dumps(payload), headers  # type: ignore[operator]

    @staticmethod
    async def _status_error(dep: Deployment, resp: aiohttp.ClientResponse) -> UpstreamError:
        raw = await resp.read()
        try:
            err = orjson.loads(raw).get("error")
        except (orjson.JSONDecodeError, AttributeError):
            err = None
        _withheld(dep, f"HTTP {resp.status}", err)
        return UpstreamError(
            "status",
            f"upstream returned HTTP {resp.status}{_error_words(err)}",
            status=resp.status,
            retry_after=resp.headers.get("retry-after"),
            deployment_id=dep.id,
        )

    async def call(
        self, dep: Deployment, endpoint: str, body: dict[str, Any], timeout: float, request_id: str
    ) -> dict[str, Any]:
        url, data, headers = self._request(dep, endpoint, body, request_id)
        if self.propagate_trace:
            from gateway.tracing import inject_traceparent

            inject_traceparent(headers)
        try:
            async with self._session().post(
                url, data=data, headers=headers, timeout=aiohttp.ClientTimeout(total=timeout)
            ) as resp:
                if resp.status >= 400:
                    raise await self._status_error(dep, resp)
                raw = await resp.read()
        except UpstreamError:
            raise
        except TimeoutError:
            raise UpstreamError(
                "timeout", f"upstream did not answer within {timeout:g} s", deployment_id=dep.id
            ) from None
        except aiohttp.ClientError as exc:
            raise UpstreamError(
                "connection", f"upstream connection failed ({type(exc).__name__})", deployment_id=dep.id
            ) from None
        try:
            result = orjson.loads(raw)
        except orjson.JSONDecodeError:
            raise UpstreamError(
                "protocol", "upstream sent a response that is not JSON", deployment_id=dep.id
            ) from None
        if not isinstance(result, dict):
            raise UpstreamError(
                "protocol", "upstream sent a JSON value that is not an object", deployment_id=dep.id
            )
        return result

    async def stream(
        self, dep: Deployment, endpoint: str, body: dict[str, Any], timeout: float, request_id: str
    ) -> AsyncIterator[list[dict[str, Any]]]:
        """Yield batches of parsed SSE chunks: every complete event that has arrived by the time
        the previous batch was taken. A fast upstream's burst becomes one write to the client; a
        token-by-token upstream gives batches of one, so batching never adds latency."""
        url, data, headers = self._request(dep, endpoint, body, request_id)
        if self.propagate_trace:
            from gateway.tracing import inject_traceparent

            inject_traceparent(headers)
        # No total limit on a stream: only the wait for each next piece is bounded.
        client_timeout = aiohttp.ClientTimeout(total=None, sock_connect=min(timeout, 30), sock_read=timeout)
        try:
            async with self._session().post(url, data=data, headers=headers, timeout=client_timeout) as resp:
                if resp.status >= 400:
                    raise await self._status_error(dep, resp)
                buffer = b""
                async for piece in resp.content.iter_any():
                    buffer += piece
                    if b"\n" not in piece:
                        continue
                    lines = buffer.split(b"\n")
                    buffer = lines.pop()  # an incomplete last line waits for the next read
                    batch: list[dict[str, Any]] = []
                    for line in lines:
                        if not line.startswith(b"data:"):
                            continue
                        payload = line[5:].strip()
                        if payload == b"[DONE]":
                            if batch:
                                yield batch
                            return
                        batch.append(self._event(dep, payload))
                    if batch:
                        yield batch
            # The connection ended without [DONE]: the stream was cut.
            raise UpstreamError("protocol", "upstream stream ended before [DONE]", deployment_id=dep.id)
        except UpstreamError:
            raise
        except TimeoutError:
            raise UpstreamError(
                "timeout", f"upstream stream stalled for {timeout:g} s", deployment_id=dep.id
            ) from None
        except aiohttp.ClientPayloadError:
            raise UpstreamError("protocol", "upstream stream was cut off", deployment_id=dep.id) from None
        except aiohttp.ClientError as exc:
            raise UpstreamError(
                "connection", f"upstream connection failed ({type(exc).__name__})", deployment_id=dep.id
            ) from None

    @staticmethod
    def _event(dep: Deployment, payload: bytes) -> dict[str, Any]:
        try:
            chunk = orjson.loads(payload)
        except orjson.JSONDecodeError:
            raise UpstreamError(
                "protocol", "upstream sent an unreadable stream event", deployment_id=dep.id
            ) from None
        if not isinstance(chunk, dict):
            raise UpstreamError(
                "protocol", "upstream sent a stream event that is not an object", deployment_id=dep.id
            )
        if "error" in chunk and "choices" not in chunk:
            err = chunk["error"]
            _withheld(dep, "stream error event", err)
            raise UpstreamError(
                "status",
                f"upstream sent an error event{_error_words(err)}",
                status=502,
                deployment_id=dep.id,
            )
        return chunk
