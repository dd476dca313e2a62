"""OpenAI chat payload helpers: which texts to scan, how to write transformed texts back, and how to
restore placeholders in responses (whole or streamed), tool calls included.

Locations follow ``policies.findings.TextItem``::

    messages[2].content                              (string content, any role incl. "tool")
    messages[2].content[1].text                      (content parts of type "text")
    messages[3].tool_calls[0].function.arguments     (assistant tool calls in the history: JSON)
    messages[3].function_call.arguments              (legacy)
"""

from __future__ import annotations

import copy
from collections.abc import Iterable, Mapping, Sequence
from typing import Any, cast

from gateway.openai_text import set_at
from policies.findings import TextItem
from policies.runner import items_from_messages

from .transforms import Restorer, StreamRestorer


def request_items(messages: Sequence[Mapping[str, Any]]) -> list[TextItem]:
    """Every text in a chat request that PII scanning and transforms apply to (the policy engine's
    own extraction, so detection and transforms always agree on locations)."""
    return items_from_messages(messages)


def replace_texts(messages: Sequence[Mapping[str, Any]], texts: Mapping[str, str]) -> list[dict[str, Any]]:
    """A deep copy of ``messages`` with the texts at the given locations replaced."""
    root = {"messages": copy.deepcopy(list(messages))}
    for loc, text in texts.items():
        set_at(root, loc, text)
    return cast(list[dict[str, Any]], root["messages"])  # deep copies: dicts, as set_at needs


async def pseudonymize_messages(
    messages: Sequence[Mapping[str, Any]], findings: Iterable[Any], pseudonymizer: Any
) -> list[dict[str, Any]]:
    """Pseudonymize every scanned text (user, system, tool results, tool-call arguments)."""
    items = {it.location: it.text for it in request_items(messages)}
    fs = [f for f in findings if getattr(f, "location", None) in items and f.start is not None]
    if not fs:
        return replace_texts(messages, {})
    new = await pseudonymizer.pseudonymize_many(items, fs)
    return replace_texts(messages, {k: v for k, v in new.items() if v != items[k]})


# --- responses -----------------------------------------------------------------------------------


#: Text fields of an assistant message (and of a stream delta) that can carry placeholders back: the
#: answer, a refusal and the reasoning some providers return beside the answer.
TEXT_FIELDS = ("content", "refusal", "reasoning_content", "reasoning")


def restore_response(body: Mapping[str, Any], restorer: Restorer) -> dict[str, Any]:
    """Restore placeholders in a non-streamed chat completion (text fields and tool-call arguments)."""
    out = copy.deepcopy(dict(body))
    if not restorer:
        return out
    for choice in out.get("choices") or ():
        msg = choice.get("message") or {}
        for name in TEXT_FIELDS:
            if isinstance(msg.get(name), str):
                msg[name] = restorer.restore(msg[name])
        for tc in msg.get("tool_calls") or ():
            fn = tc.get("function") or {}
            if isinstance(fn.get("arguments"), str):
                fn["arguments"] = restorer.restore_json(fn["arguments"])
        fc = msg.get("function_call")
        if isinstance(fc, dict) and isinstance(fc.get("arguments"), str):
            fc["arguments"] = restorer.restore_json(fc["arguments"])
        if isinstance(choice.get("text"), str):  # legacy completions
            choice["text"] = restorer.restore(choice["text"])
    return out


class StreamResponseRestorer:
    """Restores placeholders across ``chat.completion.chunk`` dicts of one streamed response.

    One :class:`StreamRestorer` per (choice, field): each of :data:`TEXT_FIELDS` and each
    ``delta.tool_calls[index].function.arguments`` (JSON-escaped). Held-back text is released in
    the chunk carrying that choice's ``finish_reason``; call :meth:`flush` at the end of the
    stream for anything left (returns ``{(choice_index, field): text}``).
    """

    def __init__(self, restorer: Restorer) -> None:
        self.restorer = restorer
        self._streams: dict[tuple[int, str], StreamRestorer] = {}

    def _s(self, key: tuple[int, str], json_escape: bool) -> StreamRestorer:
        s = self._streams.get(key)
        if s is None:
            s = self._streams[key] = StreamRestorer(self.restorer, json_escape=json_escape)
        return s

    def restore_chunk(self, chunk: Mapping[str, Any]) -> dict[str, Any]:
        out = copy.deepcopy(dict(chunk))
        for choice in out.get("choices") or ():
            idx = choice.get("index", 0)
            delta = choice.get("delta")
            if delta is None:
                delta = choice["delta"] = {}
            for name in TEXT_FIELDS:
                if isinstance(delta.get(name), str):
                    delta[name] = self._s((idx, name), False).feed(delta[name])
            for tc in delta.get("tool_calls") or ():
                fn = tc.get("function") or {}
                if isinstance(fn.get("arguments"), str):
                    key = (idx, f"tool_calls[{tc.get('index', 0)}]")
                    fn["arguments"] = self._s(key, True).feed(fn["arguments"])
            if choice.get("finish_reason") is not None:
                self._release(idx, delta)
        return out

    def _release(self, idx: int, delta: dict[str, Any]) -> None:
        for (ci, field), s in list(self._streams.items()):
            if ci != idx or not s.pending:
                continue
            rest = s.flush()
            if field in TEXT_FIELDS:
                delta[field] = (delta.get(field) or "") + rest
            else:
                tc_index = int(field[len("tool_calls[") : -1])
                tcs = delta.setdefault("tool_calls", [])
                for tc in tcs:
                    if tc.get("index", 0) == tc_index:
                        fn = tc.setdefault("function", {})
                        fn["arguments"] = (fn.get("arguments") or "") + rest
                        break
                else:
                    tcs.append({"index": tc_index, "function": {"arguments": rest}})

    def flush(self) -> dict[tuple[int, str], str]:
        return {k: t for k, s in self._streams.items() if (t := s.flush())}
