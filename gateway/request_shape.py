"""The structure of an OpenAI request as the ``size`` rule counts it
(:class:`policies.detectors.RequestShape`): messages, content parts, prompt / input list entries and
tool definitions with their JSON size.

Counted from the parsed body in one pass over its top-level lists (no text is copied), so that a size
rule can refuse 10,000 tool definitions or 100,000 empty parts before any other detector runs
(policies/runner.py: GATE_DETECTORS).
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

import orjson

from policies.detectors import RequestShape

__all__ = ["request_shape"]


def _length(value: Any) -> int:
    return len(value) if isinstance(value, list) else 0


def request_shape(endpoint: str, body: Mapping[str, Any]) -> RequestShape:
    messages = body.get("messages") if endpoint == "chat.completions" else None
    parts = 0
    if isinstance(messages, list):
        parts = sum(_length(m.get("content")) for m in messages if isinstance(m, Mapping))
    key = "prompt" if endpoint == "completions" else "input"
    definitions = [d for d in (body.get("tools"), body.get("functions")) if isinstance(d, list)]
    return RequestShape(
        messages=_length(messages),
        parts=parts,
        list_items=_length(body.get(key)) if endpoint != "chat.completions" else 0,
        tools=sum(len(d) for d in definitions),
        # orjson writes 3 MB in a few milliseconds; the size a tool list adds to what goes upstream
        tool_bytes=sum(len(orjson.dumps(d)) for d in definitions),
    )
