"""The Anthropic Messages API (``POST /v1/messages``), translated at the edge to and from chat completions.

``to_chat`` turns a Messages request into a chat.completions body for the one pipeline; ``from_chat``
and :class:`MessagesStream` turn its answer into a Message or Anthropic's stream events; errors use
Anthropic's error format. ``tool_result`` blocks become ``role: tool`` messages, so a tool result
passes the injection checks exactly as on chat completions. docs/apis.md has the field mapping.
"""

from __future__ import annotations

from typing import Any

import orjson

from gateway.apis.common import (
    carried,
    first_choice,
    items,
    kind_of,
    obj,
    only,
    refused,
    request_hex,
    sse,
    text,
    tokens,
)
from gateway.errors import GatewayError, invalid_request, upstream_failed

_REFUSED = {
    "container": "code-execution containers run at Anthropic",
    "mcp_servers": "MCP connectors run at the provider; call the tools from the client",
    "context_management": "server-side context editing is not translated",
}
_TOP = (
    "model",
    "messages",
    "max_tokens",
    "system",
    "stop_sequences",
    "stream",
    "temperature",
    "top_p",
    "top_k",
    "tools",
    "tool_choice",
    "metadata",
    "thinking",
    "service_tier",  # auto | standard_only: no text, nothing for a chat upstream to do
    *_REFUSED,
)
_CACHE = "cache_control"  # a caching hint: kept on text parts (litellm passes it to Anthropic upstreams)


# -- request -------------------------------------------------------------------------------------------


def to_chat(body: Any) -> dict[str, Any]:
    """A Messages request as a chat.completions body; a 400 naming the field for what cannot be."""
    body = obj(body, "body")
    only(body, _TOP, "")
    for name, why in _REFUSED.items():
        if body.get(name) is not None:
            raise refused(name, why)
    thinking = body.get("thinking")
    if thinking is not None and obj(thinking, "thinking").get("type") != "disabled":
        raise refused(
            "thinking", "extended thinking is not translated (its blocks need Anthropic's signatures)"
        )
    chat: dict[str, Any] = {"model": body.get("model")}
    messages: list[dict[str, Any]] = []
    if body.get("system") is not None:
        system = body["system"]
        content = system if isinstance(system, str) else _text_parts(items(system, "system"), "system")
        messages.append({"role": "system", "content": content})
    for i, raw in enumerate(items(body.get("messages"), "messages")):
        messages.extend(_message(obj(raw, f"messages[{i}]"), f"messages[{i}]"))
    chat["messages"] = messages
    if body.get("max_tokens") is not None:
        chat["max_completion_tokens"] = body["max_tokens"]
    for key in ("temperature", "top_p", "top_k", "stream"):
        if body.get(key) is not None:
            chat[key] = body[key]
    if body.get("stream") is True:
        chat["stream_options"] = {"include_usage": True}  # the usage of message_delta
    if body.get("stop_sequences") is not None:
        stops = [
            text(s, f"stop_sequences[{i}]")
            for i, s in enumerate(items(body["stop_sequences"], "stop_sequences"))
        ]
        if len(stops) > 4:
            raise invalid_request("At most 4 stop_sequences can be translated.", param="stop_sequences")
        chat["stop"] = stops
    if body.get("metadata") is not None:
        metadata = obj(body["metadata"], "metadata")
        only(metadata, ("user_id",), "metadata")
        if metadata.get("user_id") is not None:
            chat["user"] = text(metadata["user_id"], "metadata.user_id")
    if body.get("tools") is not None:
        chat["tools"] = [_tool(t, f"tools[{i}]") for i, t in enumerate(items(body["tools"], "tools"))]
    if body.get("tool_choice") is not None:
        chat.update(_tool_choice(obj(body["tool_choice"], "tool_choice")))
    return chat


def _message(message: dict[str, Any], where: str) -> list[dict[str, Any]]:
    """One Messages turn as chat messages: a user turn's tool results become ``role: tool`` messages
    (first: chat wants them right after the assistant's calls), its other blocks one user message."""
    only(message, ("role", "content"), where)
    role = message.get("role")
    if role not in ("user", "assistant"):
        raise invalid_request(f"'{where}.role' must be user or assistant.", param=f"{where}.role")
    content = message.get("content")
    if isinstance(content, str):
        return [{"role": role, "content": content}]
    blocks = items(content, f"{where}.content")
    if role == "assistant":
        return [_assistant(blocks, f"{where}.content")]
    out: list[dict[str, Any]] = []
    parts: list[dict[str, Any]] = []
    for j, raw in enumerate(blocks):
        at = f"{where}.content[{j}]"
        block = obj(raw, at)
        if kind_of(block, at) == "tool_result":
            out.append(_tool_result(block, at))
        else:
            parts.append(_user_part(block, at))
    if parts:
        out.append({"role": "user", "content": parts})
    return out


def _text_parts(blocks: list[Any], where: str) -> list[dict[str, Any]]:
    parts = []
    for j, raw in enumerate(blocks):
        at = f"{where}[{j}]"
        block = obj(raw, at)
        if kind_of(block, at) != "text":
            raise refused(f"{at}.type", "only text blocks are translated here")
        parts.append(_text_part(block, at))
    return parts


def _text_part(block: dict[str, Any], where: str) -> dict[str, Any]:
    # citations on a text block point into earlier documents; a chat message has no place for them
    only(block, ("type", "text", _CACHE, "citations"), where)
    part: dict[str, Any] = {"type": "text", "text": text(block.get("text"), f"{where}.text")}
    if block.get(_CACHE) is not None:
        part[_CACHE] = block[_CACHE]
    return part


def _user_part(block: dict[str, Any], where: str) -> dict[str, Any]:
    kind = kind_of(block, where)
    if kind == "text":
        return _text_part(block, where)
    if kind == "image":
        only(block, ("type", "source", _CACHE), where)
        return {"type": "image_url", "image_url": {"url": _image_url(block.get("source"), f"{where}.source")}}
    if kind == "tool_use":
        raise invalid_request(f"'{where}' is a tool_use block in a user turn.", param=where)
    raise refused(f"{where}.type", f"content blocks of type {kind!r} are not translated")


def _image_url(raw: Any, where: str) -> str:
    source = obj(raw, where)
    kind = kind_of(source, where)
    if kind == "base64":
        only(source, ("type", "media_type", "data"), where)
        media = text(source.get("media_type"), f"{where}.media_type")
        return f"data:{media};base64,{text(source.get('data'), f'{where}.data')}"
    if kind == "url":
        only(source, ("type", "url"), where)
        return text(source.get("url"), f"{where}.url")
    raise refused(f"{where}.type", "uploaded files live at the provider; send base64 or a URL")


def _tool_result(block: dict[str, Any], where: str) -> dict[str, Any]:
    only(block, ("type", "tool_use_id", "content", "is_error", _CACHE), where)
    content = block.get("content")
    if content is None:
        content = ""
    elif not isinstance(content, str):
        content = _text_parts(items(content, f"{where}.content"), f"{where}.content")
    if block.get("is_error") is True:
        # chat has no error flag on a tool message; the model still needs to know the call failed
        prefix = {"type": "text", "text": "Error: "}
        content = "Error: " + content if isinstance(content, str) else [prefix, *content]
    return {
        "role": "tool",
        "tool_call_id": text(block.get("tool_use_id"), f"{where}.tool_use_id"),
        "content": content,
    }


def _assistant(blocks: list[Any], where: str) -> dict[str, Any]:
    texts: list[str] = []
    calls: list[dict[str, Any]] = []
    for j, raw in enumerate(blocks):
        at = f"{where}[{j}]"
        block = obj(raw, at)
        kind = kind_of(block, at)
        if kind == "text":
            texts.append(_text_part(block, at)["text"])
        elif kind == "tool_use":
            only(block, ("type", "id", "name", "input", _CACHE), at)
            arguments = orjson.dumps(obj(block.get("input"), f"{at}.input")).decode()
            calls.append(
                {
                    "id": text(block.get("id"), f"{at}.id"),
                    "type": "function",
                    "function": {"name": text(block.get("name"), f"{at}.name"), "arguments": arguments},
                }
            )
        else:
            raise refused(f"{at}.type", f"assistant blocks of type {kind!r} are not translated")
    message: dict[str, Any] = {"role": "assistant", "content": "".join(texts) if texts else None}
    if calls:
        message["tool_calls"] = calls
    return message


def _tool(raw: Any, where: str) -> dict[str, Any]:
    tool = obj(raw, where)
    kind = tool.get("type")
    if kind not in (None, "custom"):
        raise refused(
            f"{where}.type", f"server tools ({kind!r}) run at Anthropic; only client tools are translated"
        )
    only(tool, ("type", "name", "description", "input_schema", _CACHE), where)
    function: dict[str, Any] = {
        "name": text(tool.get("name"), f"{where}.name"),
        "parameters": obj(tool.get("input_schema"), f"{where}.input_schema"),
    }
    if tool.get("description") is not None:
        function["description"] = text(tool["description"], f"{where}.description")
    return {"type": "function", "function": function}


def _tool_choice(choice: dict[str, Any]) -> dict[str, Any]:
    only(choice, ("type", "name", "disable_parallel_tool_use"), "tool_choice")
    kind = kind_of(choice, "tool_choice")
    out: dict[str, Any] = {}
    if kind == "auto":
        out["tool_choice"] = "auto"
    elif kind == "any":
        out["tool_choice"] = "required"
    elif kind == "none":
        out["tool_choice"] = "none"
    elif kind == "tool":
        out["tool_choice"] = {
            "type": "function",
            "function": {"name": text(choice.get("name"), "tool_choice.name")},
        }
    else:
        raise refused("tool_choice.type", f"tool_choice {kind!r} is not translated")
    if choice.get("disable_parallel_tool_use") is True:
        out["parallel_tool_calls"] = False
    return out


# -- answer --------------------------------------------------------------------------------------------

_STOP = {
    "stop": "end_turn",
    "length": "max_tokens",
    "tool_calls": "tool_use",
    "function_call": "tool_use",
    "content_filter": "refusal",
}


def _input(arguments: str) -> dict[str, Any]:
    """A tool call's arguments as the ``input`` object of a tool_use block. Arguments that are not a
    JSON object cannot be carried by this API: a 502, not a silently emptied call."""
    try:
        value = orjson.loads(arguments or "{}")
    except orjson.JSONDecodeError:
        value = None
    if not isinstance(value, dict):
        raise upstream_failed(
            "The model's tool call arguments are not a JSON object; the Messages API cannot carry them."
        )
    return value


def _usage(usage: Any) -> dict[str, int]:
    prompt, completion, cached, _ = tokens(usage)
    return {"input_tokens": prompt - cached, "output_tokens": completion, "cache_read_input_tokens": cached}


def from_chat(answer: dict[str, Any], request_id: str, model: str | None) -> dict[str, Any]:
    """The pipeline's chat completion as a Message."""
    message, reason = first_choice(answer)
    content: list[dict[str, Any]] = []
    if isinstance(message.get("content"), str) and message["content"]:
        content.append({"type": "text", "text": message["content"]})
    for call in message.get("tool_calls") or ():
        function = call.get("function") or {}
        content.append(
            {
                "type": "tool_use",
                "id": str(call.get("id") or ""),
                "name": str(function.get("name") or ""),
                "input": _input(str(function.get("arguments") or "")),
            }
        )
    return {
        "id": "msg_" + request_hex(request_id),
        "type": "message",
        "role": "assistant",
        "model": model,
        "content": content,
        "stop_reason": _STOP.get(reason or "", "end_turn"),
        "stop_sequence": None,
        "usage": _usage(answer.get("usage")),
        **carried(answer),
    }


_ERROR_TYPES = {
    400: "invalid_request_error",
    401: "authentication_error",
    403: "permission_error",
    404: "not_found_error",
    408: "timeout_error",
    413: "request_too_large",
    429: "rate_limit_error",
    503: "overloaded_error",
    504: "timeout_error",
}


def error_object(err: GatewayError) -> dict[str, Any]:
    """Anthropic's error envelope; the gateway's own ``code`` (e.g. content_policy_violation) rides along."""
    error: dict[str, Any] = {
        "type": _ERROR_TYPES.get(err.status, "api_error" if err.status >= 500 else "invalid_request_error"),
        "message": err.message,
    }
    if err.code:
        error["code"] = err.code
    if err.param:
        error["param"] = err.param
    error.update(err.extra)  # e.g. tool_approval_required's withheld calls and rules
    return {"type": "error", "error": error}


def error_body(err: GatewayError) -> bytes:
    return orjson.dumps(error_object(err))


# -- stream --------------------------------------------------------------------------------------------


class MessagesStream:
    """Chat chunks (after the output filters) as Anthropic stream events: ``message_start``, per block
    ``content_block_start`` → ``content_block_delta`` (``text_delta`` / ``input_json_delta``) →
    ``content_block_stop``, then ``message_delta`` (stop reason, usage) and ``message_stop``. A policy
    stop ends with stop reason ``refusal`` and an ``error`` event naming the rules (the SDK raises it)."""

    def __init__(self, request_id: str, model: str | None) -> None:
        self.message_id = "msg_" + request_hex(request_id)
        self.model = model
        self.started = False
        self.blocks = 0  # block indexes handed out
        self.open: int | None = None  # the block being written
        self.text_block: int | None = None
        self.tool_blocks: dict[int, int] = {}  # chat tool index -> block index
        self.reason: str | None = None
        self.usage: Any = None
        self.extras: dict[str, Any] = {}

    def _start(self) -> list[bytes]:
        if self.started:
            return []
        self.started = True
        message: dict[str, Any] = {
            "id": self.message_id,
            "type": "message",
            "role": "assistant",
            "model": self.model,
            "content": [],
            "stop_reason": None,
            "stop_sequence": None,
            "usage": {"input_tokens": 0, "output_tokens": 0},
        }
        return [sse("message_start", {"type": "message_start", "message": message})]

    def _begin(self, block: dict[str, Any]) -> tuple[int, list[bytes]]:
        frames = self._stop_open()
        index = self.blocks
        self.blocks += 1
        self.open = index
        frames.append(
            sse(
                "content_block_start", {"type": "content_block_start", "index": index, "content_block": block}
            )
        )
        return index, frames

    def _stop_open(self) -> list[bytes]:
        if self.open is None:
            return []
        index, self.open = self.open, None
        return [sse("content_block_stop", {"type": "content_block_stop", "index": index})]

    def chunk(self, chunk: dict[str, Any]) -> bytes:
        frames = self._start()
        if chunk.get("usage"):
            self.usage = chunk["usage"]
        self.extras.update(carried(chunk))
        for choice in chunk.get("choices") or ():
            delta = choice.get("delta") or {}
            piece = delta.get("content")
            if isinstance(piece, str) and piece:
                if self.text_block is None or self.open != self.text_block:
                    self.text_block, begun = self._begin({"type": "text", "text": ""})
                    frames += begun
                frames.append(self._delta(self.text_block, {"type": "text_delta", "text": piece}))
            for call in delta.get("tool_calls") or ():
                frames += self._tool_delta(call)
            if choice.get("finish_reason"):
                self.reason = choice["finish_reason"]
        return b"".join(frames)

    def _delta(self, index: int, delta: dict[str, Any]) -> bytes:
        return sse("content_block_delta", {"type": "content_block_delta", "index": index, "delta": delta})

    def _tool_delta(self, call: dict[str, Any]) -> list[bytes]:
        frames: list[bytes] = []
        function = call.get("function") or {}
        position = call.get("index", 0)
        index = self.tool_blocks.get(position)
        if index is None:
            block = {
                "type": "tool_use",
                "id": str(call.get("id") or ""),
                "name": str(function.get("name") or ""),
                "input": {},
            }
            index, begun = self._begin(block)
            self.tool_blocks[position] = index
            frames += begun
        piece = function.get("arguments")
        if isinstance(piece, str) and piece:
            frames.append(self._delta(index, {"type": "input_json_delta", "partial_json": piece}))
        return frames

    def end(self, stop: GatewayError | None) -> bytes:
        frames = self._start()
        frames += self._stop_open()
        reason = "refusal" if stop is not None else _STOP.get(self.reason or "", "end_turn")
        delta = {
            "type": "message_delta",
            "delta": {"stop_reason": reason, "stop_sequence": None},
            "usage": _usage(self.usage),
            **self.extras,
        }
        frames.append(sse("message_delta", delta))
        if stop is not None:
            frames.append(sse("error", error_object(stop)))
        else:
            frames.append(sse("message_stop", {"type": "message_stop"}))
        return b"".join(frames)

    def error(self, err: GatewayError) -> bytes:
        return sse("error", error_object(err))
