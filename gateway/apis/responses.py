"""The OpenAI Responses API (``POST /v1/responses``), translated at the edge to and from chat completions.

``to_chat`` turns a Responses request into a chat.completions body, which then goes through the one
pipeline (every policy, detector, PII transform, output rule, stream window, provenance, audit);
``from_chat`` and :class:`ResponsesStream` turn the pipeline's answer into a Response object or
the Responses stream events. docs/apis.md has the field mapping and what is refused and why.

Nothing is stored: ``store`` is accepted and answered as ``false``; ``previous_response_id`` (and
``conversation``, ``item_reference``) would need the gateway to keep conversations, and are refused.
"""

from __future__ import annotations

import time
from typing import Any

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
from gateway.errors import GatewayError, invalid_request

# Copied into the chat body as they are: chat.completions has the same field (and the table of
# request fields scans or checks it there).
_SAME = (
    "model",
    "temperature",
    "top_p",
    "parallel_tool_calls",
    "user",
    "safety_identifier",
    "prompt_cache_key",
    "prompt_cache_retention",
    "prompt_cache_options",
    "service_tier",
    "metadata",
)
# No text, nothing for a chat upstream to do: accepted and not forwarded.
_IGNORED = (
    "store",  # nothing is stored; the answer says store: false
    "include",  # extra output (encrypted reasoning, logprobs) a chat upstream does not produce
    "truncation",
    "stream_options",  # include_obfuscation: the gateway's events carry no obfuscation padding
)
_REFUSED = {
    "previous_response_id": "the gateway keeps no conversation state; send the whole input",
    "conversation": "the gateway keeps no conversation state; send the whole input",
    "prompt": "stored prompt templates live at the provider; send instructions and input instead",
    "background": "background responses need stored state",
    "context_management": "server-side compaction needs stored state",
    "max_tool_calls": "not enforced by a chat-completions upstream",
    "top_logprobs": "logprobs are not translated",
    "moderation": "the gateway's own policies moderate",
}
_MAPPED = (
    "input",
    "instructions",
    "tools",
    "tool_choice",
    "text",
    "reasoning",
    "max_output_tokens",
    "stream",
)
_TOP = (*_SAME, *_IGNORED, *_REFUSED, *_MAPPED)

# What the answer echoes of the request, as the Responses API does.
_ECHO = (
    "instructions",
    "max_output_tokens",
    "metadata",
    "parallel_tool_calls",
    "temperature",
    "top_p",
    "tool_choice",
    "tools",
    "text",
    "reasoning",
    "truncation",
    "user",
    "service_tier",
    "safety_identifier",
    "prompt_cache_key",
)


# -- request -------------------------------------------------------------------------------------------


def to_chat(body: Any) -> dict[str, Any]:
    """A Responses request as a chat.completions body; a 400 naming the field for what cannot be."""
    body = obj(body, "body")
    only(body, _TOP, "")
    for name, why in _REFUSED.items():
        if body.get(name) not in (None, False):
            raise refused(name, why)
    chat: dict[str, Any] = {k: body[k] for k in _SAME if k in body}
    messages: list[dict[str, Any]] = []
    if body.get("instructions") is not None:
        messages.append({"role": "system", "content": text(body["instructions"], "instructions")})
    source = body.get("input")
    if isinstance(source, str):
        messages.append({"role": "user", "content": source})
    else:
        messages.extend(_messages(items(source, "input")))
    chat["messages"] = messages
    if body.get("tools") is not None:
        chat["tools"] = [_tool(t, f"tools[{i}]") for i, t in enumerate(items(body["tools"], "tools"))]
    if body.get("tool_choice") is not None:
        chat["tool_choice"] = _tool_choice(body["tool_choice"])
    if body.get("text") is not None:
        chat.update(_text_config(obj(body["text"], "text")))
    reasoning = body.get("reasoning")
    if reasoning is not None:
        reasoning = obj(reasoning, "reasoning")
        only(reasoning, ("effort", "summary", "generate_summary"), "reasoning")
        if reasoning.get("effort") is not None:
            chat["reasoning_effort"] = reasoning["effort"]
    if body.get("max_output_tokens") is not None:
        chat["max_completion_tokens"] = body["max_output_tokens"]
    if body.get("stream") is not None:
        chat["stream"] = body["stream"]
        if body["stream"] is True:
            chat["stream_options"] = {"include_usage": True}  # for the usage of response.completed
    return chat


def echo(body: Any) -> dict[str, Any]:
    """The request fields a Response repeats (the client's own values)."""
    return {k: body[k] for k in _ECHO if k in body} if isinstance(body, dict) else {}


def _messages(source: list[Any]) -> list[dict[str, Any]]:
    out: list[dict[str, Any]] = []
    for i, raw in enumerate(source):
        where = f"input[{i}]"
        item = obj(raw, where)
        kind = kind_of(item, where, "message")
        if kind == "message":
            out.append(_message(item, where))
        elif kind == "function_call":
            only(item, ("type", "call_id", "name", "arguments", "id", "status", "caller", "namespace"), where)
            _direct_caller(item, where)
            call = {
                "id": text(item.get("call_id"), f"{where}.call_id"),
                "type": "function",
                "function": {
                    "name": text(item.get("name"), f"{where}.name"),
                    "arguments": text(item.get("arguments"), f"{where}.arguments"),
                },
            }
            last = out[-1] if out else None
            # Consecutive calls (and a call right after the assistant's text) are one assistant turn.
            if last is not None and last["role"] == "assistant":
                last.setdefault("tool_calls", []).append(call)
            else:
                out.append({"role": "assistant", "content": None, "tool_calls": [call]})
        elif kind == "function_call_output":
            only(item, ("type", "call_id", "output", "id", "status", "caller", "name", "namespace"), where)
            _direct_caller(item, where)
            message: dict[str, Any] = {
                "role": "tool",
                "tool_call_id": text(item.get("call_id"), f"{where}.call_id"),
                "content": _tool_output(item.get("output"), f"{where}.output"),
            }
            if item.get("name") is not None:
                message["name"] = text(item["name"], f"{where}.name")
            out.append(message)
        elif kind == "item_reference":
            raise refused(where, "item references need stored responses; send the item itself")
        elif kind == "reasoning":
            raise refused(where, "reasoning items are not translated (the gateway never returns them)")
        else:
            raise refused(f"{where}.type", f"input items of type {kind!r} need a tool the provider runs")
    return out


def _direct_caller(item: dict[str, Any], where: str) -> None:
    caller = item.get("caller")
    if caller is not None and obj(caller, f"{where}.caller").get("type") != "direct":
        raise refused(f"{where}.caller", "only calls made directly by the model are translated")
    if item.get("namespace") is not None:
        raise refused(f"{where}.namespace", "tool namespaces are not translated")


def _message(item: dict[str, Any], where: str) -> dict[str, Any]:
    only(item, ("type", "role", "content", "id", "status", "phase"), where)
    role = item.get("role")
    if role not in ("user", "system", "developer", "assistant"):
        raise invalid_request(
            f"'{where}.role' must be user, system, developer or assistant.", param=f"{where}.role"
        )
    content = item.get("content")
    if isinstance(content, str):
        return {"role": role, "content": content}
    parts = items(content, f"{where}.content")
    if role == "assistant":
        return _assistant(parts, f"{where}.content")
    return {"role": role, "content": [_input_part(p, f"{where}.content[{j}]") for j, p in enumerate(parts)]}


def _assistant(parts: list[Any], where: str) -> dict[str, Any]:
    """Assistant history: its output_text parts as the content, a refusal as the refusal. Annotations
    and logprobs of the earlier answer are not sent upstream (a chat message has no place for them)."""
    texts: list[str] = []
    refusals: list[str] = []
    for j, raw in enumerate(parts):
        at = f"{where}[{j}]"
        part = obj(raw, at)
        kind = kind_of(part, at)
        if kind in ("output_text", "input_text", "text"):
            only(part, ("type", "text", "annotations", "logprobs"), at)
            texts.append(text(part.get("text"), f"{at}.text"))
        elif kind == "refusal":
            only(part, ("type", "refusal"), at)
            refusals.append(text(part.get("refusal"), f"{at}.refusal"))
        else:
            raise refused(f"{at}.type", f"assistant content of type {kind!r} is not translated")
    message: dict[str, Any] = {"role": "assistant", "content": "".join(texts) if texts else None}
    if refusals:
        message["refusal"] = "".join(refusals)
    return message


def _input_part(raw: Any, where: str) -> dict[str, Any]:
    part = obj(raw, where)
    kind = kind_of(part, where)
    if kind in ("input_text", "text"):
        only(part, ("type", "text"), where)
        return {"type": "text", "text": text(part.get("text"), f"{where}.text")}
    if kind == "input_image":
        only(part, ("type", "image_url", "file_id", "detail"), where)
        if part.get("image_url") is None:
            raise refused(f"{where}.file_id", "uploaded files live at the provider; send image_url")
        image: dict[str, Any] = {"url": text(part["image_url"], f"{where}.image_url")}
        if part.get("detail") is not None:
            image["detail"] = part["detail"]
        return {"type": "image_url", "image_url": image}
    if kind == "input_file":
        only(part, ("type", "file_data", "file_id", "filename", "file_url"), where)
        if part.get("file_url") is not None:
            raise refused(f"{where}.file_url", "the gateway does not fetch files; send file_data")
        file = {k: part[k] for k in ("file_data", "file_id", "filename") if part.get(k) is not None}
        return {"type": "file", "file": file}
    raise refused(f"{where}.type", f"content of type {kind!r} is not translated")


def _tool_output(output: Any, where: str) -> str | list[dict[str, Any]]:
    if isinstance(output, str):
        return output
    parts: list[dict[str, Any]] = []
    for j, raw in enumerate(items(output, where)):
        at = f"{where}[{j}]"
        part = obj(raw, at)
        if kind_of(part, at) != "input_text":
            raise refused(f"{at}.type", "a chat tool message carries text only")
        only(part, ("type", "text"), at)
        parts.append({"type": "text", "text": text(part.get("text"), f"{at}.text")})
    return parts


def _tool(raw: Any, where: str) -> dict[str, Any]:
    tool = obj(raw, where)
    kind = kind_of(tool, where)
    if kind != "function":
        raise refused(
            f"{where}.type",
            f"tools of type {kind!r} run at the provider; only function tools are translated",
        )
    only(tool, ("type", "name", "description", "parameters", "strict"), where)
    function = {"name": text(tool.get("name"), f"{where}.name")}
    function.update({k: tool[k] for k in ("description", "parameters", "strict") if tool.get(k) is not None})
    return {"type": "function", "function": function}


def _tool_choice(choice: Any) -> Any:
    if choice in ("none", "auto", "required"):
        return choice
    choice = obj(choice, "tool_choice")
    if choice.get("type") != "function":
        raise refused("tool_choice", "only none, auto, required or a function tool are translated")
    only(choice, ("type", "name"), "tool_choice")
    return {"type": "function", "function": {"name": text(choice.get("name"), "tool_choice.name")}}


def _text_config(config: dict[str, Any]) -> dict[str, Any]:
    only(config, ("format", "verbosity"), "text")
    out: dict[str, Any] = {}
    if config.get("verbosity") is not None:
        out["verbosity"] = config["verbosity"]
    fmt = config.get("format")
    if fmt is None:
        return out
    fmt = obj(fmt, "text.format")
    kind = kind_of(fmt, "text.format")
    if kind in ("text", "json_object"):
        only(fmt, ("type",), "text.format")
        out["response_format"] = {"type": kind}
    elif kind == "json_schema":
        only(fmt, ("type", "name", "schema", "description", "strict"), "text.format")
        schema = {k: fmt[k] for k in ("name", "schema", "description", "strict") if fmt.get(k) is not None}
        out["response_format"] = {"type": "json_schema", "json_schema": schema}
    else:
        raise refused("text.format.type", f"format {kind!r} is not translated")
    return out


# -- answer --------------------------------------------------------------------------------------------

_INCOMPLETE = {"length": "max_output_tokens", "content_filter": "content_filter"}


def _envelope(echoed: dict[str, Any], request_id: str, model: str | None, created: int) -> dict[str, Any]:
    return {
        "id": "resp_" + request_hex(request_id),
        "object": "response",
        "created_at": created,
        "status": "in_progress",
        "error": None,
        "incomplete_details": None,
        "instructions": None,
        "max_output_tokens": None,
        "model": model,
        "output": [],
        "parallel_tool_calls": True,
        "previous_response_id": None,
        "reasoning": None,
        "store": False,  # nothing is kept: the truth, whatever the request asked
        "temperature": None,
        "text": {"format": {"type": "text"}},
        "tool_choice": "auto",
        "tools": [],
        "top_p": None,
        "truncation": "disabled",
        "usage": None,
        "metadata": {},
        **echoed,
    }


def _usage(usage: Any) -> dict[str, Any] | None:
    if not isinstance(usage, dict):
        return None
    prompt, completion, cached, reasoning = tokens(usage)
    return {
        "input_tokens": prompt,
        "input_tokens_details": {"cached_tokens": cached},
        "output_tokens": completion,
        "output_tokens_details": {"reasoning_tokens": reasoning},
        "total_tokens": prompt + completion,
    }


def _finish(response: dict[str, Any], reason: str | None) -> None:
    incomplete = _INCOMPLETE.get(reason or "")
    response["status"] = "incomplete" if incomplete else "completed"
    response["incomplete_details"] = {"reason": incomplete} if incomplete else None


def _text_item(item_id: str, content: str | None, refusal: str | None, status: str) -> dict[str, Any]:
    parts: list[dict[str, Any]] = []
    if content is not None:
        parts.append({"type": "output_text", "text": content, "annotations": [], "logprobs": []})
    if refusal is not None:
        parts.append({"type": "refusal", "refusal": refusal})
    return {"type": "message", "id": item_id, "status": status, "role": "assistant", "content": parts}


def _call_item(item_id: str, call_id: str, name: str, arguments: str, status: str) -> dict[str, Any]:
    return {
        "type": "function_call",
        "id": item_id,
        "call_id": call_id,
        "name": name,
        "arguments": arguments,
        "status": status,
    }


def from_chat(
    answer: dict[str, Any], echoed: dict[str, Any], request_id: str, model: str | None
) -> dict[str, Any]:
    """The pipeline's chat completion as a Response object."""
    message, reason = first_choice(answer)
    response = _envelope(echoed, request_id, model, int(answer.get("created") or time.time()))
    _finish(response, reason)
    status = "incomplete" if response["status"] == "incomplete" else "completed"
    hexid = request_hex(request_id)
    content, refusal = message.get("content"), message.get("refusal")
    output: list[dict[str, Any]] = []
    if isinstance(content, str) and content or isinstance(refusal, str) and refusal:
        output.append(
            _text_item(
                "msg_" + hexid,
                content if isinstance(content, str) else None,
                refusal if isinstance(refusal, str) and refusal else None,
                status,
            )
        )
    for k, call in enumerate(message.get("tool_calls") or ()):
        function = call.get("function") or {}
        output.append(
            _call_item(
                f"fc_{hexid}_{k}",
                str(call.get("id") or f"call_{hexid}_{k}"),
                str(function.get("name") or ""),
                str(function.get("arguments") or ""),
                status,
            )
        )
    response["output"] = output
    response["usage"] = _usage(answer.get("usage"))
    response.update(carried(answer))
    return response


def error_body(err: GatewayError) -> bytes:
    """The Responses API answers errors in OpenAI's format, as the chat route does."""
    return err.body_bytes()


# -- stream --------------------------------------------------------------------------------------------


class _Call:
    __slots__ = ("arguments", "call_id", "item_id", "name", "output_index")

    def __init__(self, output_index: int, item_id: str, call_id: str, name: str) -> None:
        self.output_index = output_index
        self.item_id = item_id
        self.call_id = call_id
        self.name = name
        self.arguments: list[str] = []


class ResponsesStream:
    """Chat chunks (after the output filters) as Responses stream events, in the API's order:
    ``response.created`` / ``in_progress``, per item ``output_item.added`` → deltas → ``done`` events,
    then ``response.completed`` (or ``response.incomplete`` / ``response.failed``) with the whole
    Response. A policy stop is an ``error`` event naming the rules, then ``response.incomplete``
    with reason ``content_filter``."""

    def __init__(self, echoed: dict[str, Any], request_id: str, model: str | None) -> None:
        self.hex = request_hex(request_id)
        self.response = _envelope(echoed, request_id, model, int(time.time()))
        self.seq = 0
        self.started = False
        self.outputs = 0  # output indexes handed out
        self.text_index: int | None = None  # output index of the message item, once opened
        self.texts: list[str] = []
        self.refusal_index: int | None = None  # content index of the refusal part, once opened
        self.refusals: list[str] = []
        self.calls: dict[int, _Call] = {}
        self.reason: str | None = None
        self.extras: dict[str, Any] = {}

    def _event(self, kind: str, **data: Any) -> bytes:
        frame = sse(kind, {"type": kind, "sequence_number": self.seq, **data})
        self.seq += 1
        return frame

    def _start(self) -> list[bytes]:
        if self.started:
            return []
        self.started = True
        return [
            self._event("response.created", response=dict(self.response)),
            self._event("response.in_progress", response=dict(self.response)),
        ]

    def _open_text(self) -> list[bytes]:
        if self.text_index is not None:
            return []
        self.text_index = self.outputs
        self.outputs += 1
        item = _text_item("msg_" + self.hex, None, None, "in_progress")
        return [
            self._event("response.output_item.added", output_index=self.text_index, item=item),
            self._event(
                "response.content_part.added",
                item_id=item["id"],
                output_index=self.text_index,
                content_index=0,
                part={"type": "output_text", "text": "", "annotations": [], "logprobs": []},
            ),
        ]

    def chunk(self, chunk: dict[str, Any]) -> bytes:
        frames = self._start()
        if chunk.get("usage"):
            self.response["usage"] = _usage(chunk["usage"])
        self.extras.update(carried(chunk))
        for choice in chunk.get("choices") or ():
            delta = choice.get("delta") or {}
            piece = delta.get("content")
            if isinstance(piece, str) and piece:
                frames += self._open_text()
                self.texts.append(piece)
                frames.append(
                    self._event(
                        "response.output_text.delta",
                        item_id="msg_" + self.hex,
                        output_index=self.text_index,
                        content_index=0,
                        delta=piece,
                        logprobs=[],
                    )
                )
            refusal = delta.get("refusal")
            if isinstance(refusal, str) and refusal:
                frames += self._open_text()
                self.refusals.append(refusal)
                frames.append(
                    self._event(
                        "response.refusal.delta",
                        item_id="msg_" + self.hex,
                        output_index=self.text_index,
                        content_index=1,
                        delta=refusal,
                    )
                )
            for call in delta.get("tool_calls") or ():
                frames += self._tool_delta(call)
            if choice.get("finish_reason"):
                self.reason = choice["finish_reason"]
        return b"".join(frames)

    def _tool_delta(self, call: dict[str, Any]) -> list[bytes]:
        frames: list[bytes] = []
        index = call.get("index", 0)
        function = call.get("function") or {}
        state = self.calls.get(index)
        if state is None:
            k = len(self.calls)
            state = _Call(
                self.outputs,
                f"fc_{self.hex}_{k}",
                str(call.get("id") or f"call_{self.hex}_{k}"),
                str(function.get("name") or ""),
            )
            self.calls[index] = state
            self.outputs += 1
            item = _call_item(state.item_id, state.call_id, state.name, "", "in_progress")
            frames.append(
                self._event("response.output_item.added", output_index=state.output_index, item=item)
            )
        piece = function.get("arguments")
        if isinstance(piece, str) and piece:
            state.arguments.append(piece)
            frames.append(
                self._event(
                    "response.function_call_arguments.delta",
                    item_id=state.item_id,
                    output_index=state.output_index,
                    delta=piece,
                )
            )
        return frames

    def _close(self, status: str) -> list[bytes]:
        """The done events of every open item, in output order; the items go into the Response."""
        items: list[tuple[int, dict[str, Any]]] = []
        if self.text_index is not None:
            content = "".join(self.texts)
            refusal = "".join(self.refusals) if self.refusals else None
            items.append((self.text_index, _text_item("msg_" + self.hex, content, refusal, status)))
        for state in self.calls.values():
            arguments = "".join(state.arguments)
            items.append(
                (state.output_index, _call_item(state.item_id, state.call_id, state.name, arguments, status))
            )
        items.sort(key=lambda pair: pair[0])
        self.response["output"] = [item for _, item in items]
        frames: list[bytes] = []
        for index, item in items:
            if item["type"] == "message":
                frames += self._message_done(index, item)
            else:
                frames.append(
                    self._event(
                        "response.function_call_arguments.done",
                        item_id=item["id"],
                        output_index=index,
                        name=item["name"],
                        arguments=item["arguments"],
                    )
                )
            frames.append(self._event("response.output_item.done", output_index=index, item=item))
        return frames

    def _message_done(self, index: int, item: dict[str, Any]) -> list[bytes]:
        ids = {"item_id": item["id"], "output_index": index}
        text_part = item["content"][0]
        frames = [
            self._event(
                "response.output_text.done", **ids, content_index=0, text=text_part["text"], logprobs=[]
            ),
            self._event("response.content_part.done", **ids, content_index=0, part=text_part),
        ]
        if len(item["content"]) > 1:
            refusal = item["content"][1]["refusal"]
            frames.append(self._event("response.refusal.done", **ids, content_index=1, refusal=refusal))
        return frames

    def end(self, stop: GatewayError | None) -> bytes:
        frames = self._start()
        reason = "content_filter" if stop is not None else self.reason
        _finish(self.response, reason)
        frames += self._close("incomplete" if self.response["status"] == "incomplete" else "completed")
        self.response.update(self.extras)
        if stop is not None:
            frames.append(self._event("error", code=stop.code, message=stop.message, param=stop.param))
        kind = "response.incomplete" if self.response["status"] == "incomplete" else "response.completed"
        frames.append(self._event(kind, response=self.response))
        return b"".join(frames)

    def error(self, err: GatewayError) -> bytes:
        frames = self._start()
        frames.append(self._event("error", code=err.code or err.type, message=err.message, param=err.param))
        self.response["status"] = "failed"
        self.response["error"] = {"code": err.code or err.type, "message": err.message}
        frames.append(self._event("response.failed", response=self.response))
        return b"".join(frames)
