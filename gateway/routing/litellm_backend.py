"""Upstream calls through litellm's Router, for every provider the fast path does not speak.

The Router holds one entry per deployment (named by deployment id) so that the gateway keeps
the choice of deployment — zone constraints, fallbacks that must never leave the internal zone —
while litellm handles provider formats, clients and per-deployment timeouts. litellm's own
retries are off: the gateway retries, so each attempt is seen and counted once.
"""

from __future__ import annotations

import time
from collections.abc import AsyncIterator
from typing import Any

import litellm
from litellm import Router

from gateway.offline import quiet_litellm
from gateway.routing.deployments import Deployment
from gateway.routing.upstream import UpstreamError

quiet_litellm()

_MESSAGE_KEYS = ("role", "content", "tool_calls", "function_call", "refusal", "audio")

# Request fields a client may pass through to litellm, per endpoint: OpenAI's parameters (and the common
# sampling ones other providers add). Never routing, credential or mocking keywords.
_SAMPLING = frozenset(
    {
        "frequency_penalty",
        "logit_bias",
        "logprobs",
        "max_tokens",
        "n",
        "presence_penalty",
        "seed",
        "stop",
        "stream_options",
        "temperature",
        "top_p",
        "top_k",
        "user",
    }
)
CLIENT_PARAMS: dict[str, frozenset[str]] = {
    "chat.completions": _SAMPLING
    | {
        "messages",
        "top_logprobs",
        "max_completion_tokens",
        "response_format",
        "tools",
        "tool_choice",
        "parallel_tool_calls",
        "functions",
        "function_call",
        "reasoning_effort",
        "modalities",
        "audio",
        "prediction",
        "service_tier",
        "store",
        "web_search_options",
        "verbosity",
        "thinking",
    },
    "completions": _SAMPLING | {"prompt", "best_of", "echo", "suffix"},
    "embeddings": frozenset({"input", "encoding_format", "dimensions", "user"}),
}


def _clean(d: dict[str, Any] | None, keys: tuple[str, ...]) -> dict[str, Any]:
    return {k: d[k] for k in keys if d and d.get(k) is not None}


def to_openai_response(resp: Any) -> dict[str, Any]:
    """litellm ModelResponse → the exact shape OpenAI returns (no provider extras)."""
    data = resp.model_dump() if hasattr(resp, "model_dump") else dict(resp)
    choices = []
    for c in data.get("choices") or []:
        message = _clean(c.get("message"), _MESSAGE_KEYS)
        message.setdefault("role", "assistant")
        message.setdefault("content", None)
        choices.append(
            {
                "index": c.get("index", 0),
                "message": message,
                "finish_reason": c.get("finish_reason"),
                "logprobs": c.get("logprobs"),
            }
        )
    out: dict[str, Any] = {
        "id": data.get("id"),
        "object": "chat.completion",
        "created": data.get("created") or int(time.time()),
        "model": data.get("model"),
        "choices": choices,
    }
    usage = data.get("usage")
    if usage:
        out["usage"] = {k: usage.get(k, 0) for k in ("prompt_tokens", "completion_tokens", "total_tokens")}
    if data.get("system_fingerprint"):
        out["system_fingerprint"] = data["system_fingerprint"]
    return out


def to_openai_chunk(chunk: Any) -> dict[str, Any]:
    data = chunk.model_dump() if hasattr(chunk, "model_dump") else dict(chunk)
    choices = []
    for c in data.get("choices") or []:
        delta = _clean(c.get("delta"), _MESSAGE_KEYS)
        choices.append(
            {
                "index": c.get("index", 0),
                "delta": delta,
                "finish_reason": c.get("finish_reason"),
                "logprobs": c.get("logprobs"),
            }
        )
    out: dict[str, Any] = {
        "id": data.get("id"),
        "object": "chat.completion.chunk",
        "created": data.get("created") or int(time.time()),
        "model": data.get("model"),
        "choices": choices,
    }
    usage = data.get("usage")
    if usage and (usage.get("total_tokens") or usage.get("completion_tokens")):
        out["usage"] = {k: usage.get(k, 0) for k in ("prompt_tokens", "completion_tokens", "total_tokens")}
    return out


def to_text_completion_chunk(chunk: Any) -> dict[str, Any]:
    data = chunk.model_dump() if hasattr(chunk, "model_dump") else dict(chunk)
    choices = [
        {
            "index": c.get("index", 0),
            "text": c.get("text") or "",
            "finish_reason": c.get("finish_reason"),
            "logprobs": c.get("logprobs"),
        }
        for c in data.get("choices") or []
    ]
    out: dict[str, Any] = {
        "id": data.get("id"),
        "object": "text_completion",
        "created": data.get("created") or int(time.time()),
        "model": data.get("model"),
        "choices": choices,
    }
    usage = data.get("usage")
    if usage and usage.get("total_tokens"):
        out["usage"] = {k: usage.get(k, 0) for k in ("prompt_tokens", "completion_tokens", "total_tokens")}
    return out


def map_exception(exc: Exception, dep: Deployment) -> UpstreamError:
    """litellm's exception classes → one UpstreamError shape."""
    if isinstance(exc, UpstreamError):
        return exc
    status = getattr(exc, "status_code", None)
    name = type(exc).__name__
    if isinstance(exc, litellm.Timeout):
        return UpstreamError("timeout", "upstream timed out", status=504, deployment_id=dep.id)
    if isinstance(exc, litellm.RateLimitError):
        retry_after = None
        # litellm keeps the provider's headers here; exc.response is a synthetic, header-less one.
        for headers in (
            getattr(exc, "litellm_response_headers", None),
            getattr(getattr(exc, "response", None), "headers", None),
        ):
            if headers is not None and headers.get("retry-after"):
                retry_after = headers.get("retry-after")
                break
        return UpstreamError(
            "status", "upstream rate limit reached", status=429, retry_after=retry_after, deployment_id=dep.id
        )
    if isinstance(exc, litellm.APIConnectionError):
        return UpstreamError("connection", f"upstream connection failed ({name})", deployment_id=dep.id)
    if isinstance(status, int):
        return UpstreamError(
            "status", f"upstream returned HTTP {status} ({name})", status=status, deployment_id=dep.id
        )
    return UpstreamError("connection", f"upstream call failed ({name})", deployment_id=dep.id)


class LiteLLMBackend:
    def __init__(self, deployments: list[Deployment]) -> None:
        entries = [d.litellm_model_entry() for d in deployments]
        # Router wants at least one deployment; with none the backend is simply unused.
        self.router = Router(model_list=entries, num_retries=0, disable_cooldowns=True) if entries else None
        self.propagate_trace = False  # set by gateway.tracing: send the current span as traceparent

    def _params(self, body: dict[str, Any], endpoint: str = "chat.completions") -> dict[str, Any]:
        # Only OpenAI request fields become litellm keywords: anything else in a client's body could be one
        # of litellm's own (api_base, base_url, api_key, mock_response, aws_*, vertex_*...) and send a
        # policy-checked request elsewhere, with other credentials, or nowhere at all.
        allowed = CLIENT_PARAMS.get(endpoint, CLIENT_PARAMS["chat.completions"])
        params = {k: v for k, v in body.items() if k in allowed}
        if self.propagate_trace:
            from gateway.tracing import inject_traceparent

            carrier: dict[str, str] = {}
            inject_traceparent(carrier)
            given = params.get("extra_headers")
            params["extra_headers"] = {**(given if isinstance(given, dict) else {}), **carrier}
        return params

    async def call(
        self, dep: Deployment, endpoint: str, body: dict[str, Any], timeout: float, request_id: str
    ) -> dict[str, Any]:
        assert self.router is not None
        params = self._params(body, endpoint)
        try:
            if endpoint == "chat.completions":
                resp = await self.router.acompletion(model=dep.id, timeout=timeout, **params)
                return to_openai_response(resp)
            if endpoint == "completions":
                resp = await self.router.atext_completion(model=dep.id, timeout=timeout, **params)
                data = resp.model_dump()
                return {
                    k: data[k] for k in ("id", "object", "created", "model", "choices", "usage") if k in data
                }
            resp = await self.router.aembedding(model=dep.id, timeout=timeout, **params)
            data = resp.model_dump()
            return {
                "object": "list",
                "data": data.get("data", []),
                "model": data.get("model"),
                "usage": data.get("usage"),
            }
        except Exception as exc:  # noqa: BLE001 — every litellm failure becomes an UpstreamError
            raise map_exception(exc, dep) from None

    async def stream(
        self, dep: Deployment, endpoint: str, body: dict[str, Any], timeout: float, request_id: str
    ) -> AsyncIterator[list[dict[str, Any]]]:
        """Batches of one chunk: litellm hands chunks over one at a time."""
        assert self.router is not None
        params = self._params(body, endpoint)
        include_usage = bool((body.get("stream_options") or {}).get("include_usage"))
        usage: dict[str, int] | None = None
        last: dict[str, Any] | None = None
        text = endpoint == "completions"
        try:
            if text:
                resp = await self.router.atext_completion(
                    model=dep.id, stream=True, timeout=timeout, **params
                )
            else:
                resp = await self.router.acompletion(model=dep.id, stream=True, timeout=timeout, **params)
            async for raw in resp:
                chunk = to_text_completion_chunk(raw) if text else to_openai_chunk(raw)
                # litellm attaches usage to content chunks; OpenAI sends it alone, last, with no choices.
                usage = chunk.pop("usage", None) or usage
                last = chunk
                if chunk["choices"]:
                    yield [chunk]
        except Exception as exc:  # noqa: BLE001
            raise map_exception(exc, dep) from None
        if include_usage and last is not None:
            yield [
                {
                    "id": last["id"],
                    "object": last["object"],
                    "created": last["created"],
                    "model": last["model"],
                    "choices": [],
                    "usage": usage or {"prompt_tokens": 0, "completion_tokens": 0, "total_tokens": 0},
                }
            ]
