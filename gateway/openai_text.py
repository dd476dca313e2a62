"""The one text walker over OpenAI request and response shapes.

Every stage that reads or rewrites text in a body goes through these functions, so detection,
transforms, truncation, stream windows and the audit capture agree on what the text is and where
it lives. Locations are ``TextItem`` paths::

    messages[2].content                                 (chat request: string content, any role)
    messages[2].content[1].text                         (chat request: content parts of type "text")
    messages[3].tool_calls[0].function.arguments        (chat request: tool calls in the history)
    prompt / prompt[1] / input / input[0]               (completions / embeddings)
    choices[0].message.content                          (chat response)
    choices[0].message.tool_calls[1].function.arguments (chat response: tool calls, JSON text)
    choices[0].text                                     (completions response)

A stream chunk's text is addressed by a :data:`ChannelKey` (choice index, kind, tool index); each
channel maps to the location the same text has in a whole response (:func:`channel_location`).
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from typing import Any, Literal

from policies.findings import TextItem
from policies.runner import items_from_messages

ChannelKind = Literal["content", "text", "tool"]
ChannelKey = tuple[int, ChannelKind, int]  # (choice index, "content" | "text" | "tool", tool index)

_TOKEN = re.compile(r"([A-Za-z_][A-Za-z0-9_]*)|\[(\d+)\]")


def _path(location: str) -> list[str | int]:
    return [name if name else int(index) for name, index in _TOKEN.findall(location)]


def set_at(body: Any, location: str, value: str) -> None:
    """Write ``value`` at a ``messages[2].content``-style location inside ``body``."""
    path = _path(location)
    target = body
    for step in path[:-1]:
        target = target[step]
    target[path[-1]] = value


# -- whole requests and responses -------------------------------------------------------------------


def request_items(endpoint: str, body: Mapping[str, Any]) -> list[TextItem]:
    """Every piece of text a request carries, with its location (tool results included)."""
    if endpoint == "chat.completions":
        return items_from_messages(body.get("messages") or [])
    key = "prompt" if endpoint == "completions" else "input"
    value = body.get(key)
    if isinstance(value, str):
        return [TextItem(key, value, "user")]
    if isinstance(value, list):
        return [TextItem(f"{key}[{i}]", v, "user") for i, v in enumerate(value) if isinstance(v, str)]
    return []


def response_items(endpoint: str, response: Mapping[str, Any]) -> list[TextItem]:
    """Every piece of text a (non-streamed) answer carries: content, completion text, tool-call arguments."""
    items: list[TextItem] = []
    for i, choice in enumerate(response.get("choices") or []):
        if endpoint == "completions":
            if isinstance(choice.get("text"), str):
                items.append(TextItem(f"choices[{i}].text", choice["text"], "assistant"))
            continue
        message = choice.get("message") or {}
        if isinstance(message.get("content"), str):
            items.append(TextItem(f"choices[{i}].message.content", message["content"], "assistant"))
        for k, call in enumerate(message.get("tool_calls") or []):
            args = (call.get("function") or {}).get("arguments")
            if isinstance(args, str):
                items.append(
                    TextItem(f"choices[{i}].message.tool_calls[{k}].function.arguments", args, "assistant")
                )
    return items


def choice_index(location: str) -> int:
    """``choices[3].message.content`` -> 3."""
    return int(location[len("choices[") :].split("]", 1)[0])


# -- streams ----------------------------------------------------------------------------------------


def channel_location(key: ChannelKey) -> str:
    """Where a stream channel's text lives in the equivalent whole response."""
    index, kind, tool = key
    if kind == "text":
        return f"choices[{index}].text"
    if kind == "tool":
        return f"choices[{index}].message.tool_calls[{tool}].function.arguments"
    return f"choices[{index}].message.content"


def chunk_pieces(chunk: Mapping[str, Any]) -> list[tuple[ChannelKey, str]]:
    """The non-empty text pieces of one stream chunk, by channel, in order."""
    out: list[tuple[ChannelKey, str]] = []
    for choice in chunk.get("choices") or ():
        index = choice.get("index", 0)
        if "delta" not in choice:
            if isinstance(choice.get("text"), str) and choice["text"]:
                out.append(((index, "text", 0), choice["text"]))
            continue
        delta = choice.get("delta") or {}
        if isinstance(delta.get("content"), str) and delta["content"]:
            out.append(((index, "content", 0), delta["content"]))
        for call in delta.get("tool_calls") or ():
            args = (call.get("function") or {}).get("arguments")
            if isinstance(args, str) and args:
                out.append(((index, "tool", int(call.get("index", 0))), args))
    return out


def set_chunk_piece(chunk: dict[str, Any], key: ChannelKey, value: str) -> None:
    """Replace one channel's text in a stream chunk (the chunk must carry that channel)."""
    index, kind, tool = key
    for choice in chunk.get("choices") or ():
        if choice.get("index", 0) != index:
            continue
        if kind == "text":
            choice["text"] = value
        elif kind == "content":
            choice["delta"]["content"] = value
        else:
            for call in choice["delta"].get("tool_calls") or ():
                if int(call.get("index", 0)) == tool:
                    call["function"]["arguments"] = value
