"""The keys of an upstream answer that may reach the client; every other key is dropped.

Output rules can only check the text they know of (``gateway/openai_text.py`` walks it). A key the
walker does not know (``x_debug``, a provider's ``citations``, ``prompt_logprobs``, ``thinking_blocks``,
Azure's ``content_filter_results``...) would carry text past every rule, so answers and stream chunks
are cut down to this allow-list before the output rules run. Leaves that should be scalars but are
objects or lists become null; ``usage`` keeps numbers only; token ``bytes`` must be bytes.

Identifiers and enums the provider assigns (``id``, ``tool_calls[].id``, ``audio.id``, ``model``,
``system_fingerprint``, ``finish_reason``, ``role``, ``type``) are kept and not checked: they are not
text the model writes. docs/output-fields.md lists what happens to each field.
"""

from __future__ import annotations

from typing import Any, Literal

Leaf = Literal["scalar", "numbers", "bytes", "token_map", "vector"]
Spec = dict[str, "Spec | Leaf | list[Spec | Leaf]"]

_TOKEN: Spec = {"token": "scalar", "logprob": "scalar", "bytes": "bytes"}
_TOKEN_ENTRY: Spec = {**_TOKEN, "top_logprobs": [_TOKEN]}
_LOGPROBS: Spec = {
    # chat
    "content": [_TOKEN_ENTRY],
    "refusal": [_TOKEN_ENTRY],
    # completions
    "tokens": ["scalar"],
    "token_logprobs": ["scalar"],
    "top_logprobs": ["token_map"],
    "text_offset": ["scalar"],
}
_FUNCTION: Spec = {"name": "scalar", "arguments": "scalar"}
_MESSAGE: Spec = {
    "role": "scalar",
    "content": "scalar",
    "refusal": "scalar",
    "reasoning_content": "scalar",
    "reasoning": "scalar",
    "tool_calls": [{"index": "scalar", "id": "scalar", "type": "scalar", "function": _FUNCTION}],
    "function_call": _FUNCTION,
    "audio": {"id": "scalar", "data": "scalar", "expires_at": "scalar", "transcript": "scalar"},
    "annotations": [
        {
            "type": "scalar",
            "url_citation": {
                "url": "scalar",
                "title": "scalar",
                "start_index": "scalar",
                "end_index": "scalar",
            },
        }
    ],
}
_CHOICE: Spec = {
    "index": "scalar",
    "message": _MESSAGE,  # whole chat answers
    "delta": _MESSAGE,  # chat stream chunks
    "text": "scalar",  # completions
    "finish_reason": "scalar",
    "logprobs": _LOGPROBS,
}
ANSWER: Spec = {
    "id": "scalar",
    "object": "scalar",
    "created": "scalar",
    "model": "scalar",
    "system_fingerprint": "scalar",
    "service_tier": "scalar",
    "choices": [_CHOICE],
    "usage": "numbers",
}
# Embeddings carry no text: vectors (floats, or base64 with encoding_format: base64) and numbers.
EMBEDDINGS: Spec = {
    "object": "scalar",
    "model": "scalar",
    "data": [{"object": "scalar", "index": "scalar", "embedding": "vector"}],
    "usage": "numbers",
}


def allowed(answer: dict[str, Any], endpoint: str = "chat.completions") -> dict[str, Any]:
    """``answer`` (a whole answer or one stream chunk of ``endpoint``) with only the allowed keys, in
    place."""
    _prune_object(answer, EMBEDDINGS if endpoint == "embeddings" else ANSWER)
    return answer


def _prune_object(obj: dict[str, Any], spec: Spec) -> None:
    for key in list(obj):
        rule = spec.get(key)
        if rule is None:
            del obj[key]
        else:
            obj[key] = _prune(obj[key], rule)


def _prune(value: Any, rule: Spec | Leaf | list[Spec | Leaf]) -> Any:
    if isinstance(rule, list):
        return [_prune(v, rule[0]) for v in value] if isinstance(value, list) else None
    if isinstance(rule, dict):
        if not isinstance(value, dict):
            return None
        _prune_object(value, rule)
        return value
    if rule == "scalar":
        return value if value is None or isinstance(value, str | int | float | bool) else None
    if rule == "numbers":
        return _numbers(value)
    if rule == "vector":
        if isinstance(value, list):
            return [v for v in value if isinstance(v, int | float) and not isinstance(v, bool)]
        return value if isinstance(value, str) else None  # base64
    if rule == "bytes":
        ok = isinstance(value, list) and all(
            isinstance(b, int) and not isinstance(b, bool) and 0 <= b < 256 for b in value
        )
        return value if ok else None
    # token_map: {token: logprob}; the tokens are text, checked as top_logprobs
    if not isinstance(value, dict):
        return None
    return {str(k): v for k, v in value.items() if isinstance(v, int | float) and not isinstance(v, bool)}


def _numbers(value: Any) -> Any:
    """Usage and its details: numbers, and objects of numbers; strings are dropped."""
    if isinstance(value, bool):
        return None
    if isinstance(value, int | float):
        return value
    if isinstance(value, dict):
        return {k: n for k, v in value.items() if (n := _numbers(v)) is not None}
    return None
