"""What both translated APIs share: strict field checks on the client's body, server-sent event frames,
and reading the pipeline's chat answer (its one choice, usage, provenance).

A field of a foreign request is mapped into the chat body (where the pipeline scans it), ignored only
when it carries no text, or refused with a 400 that names it: nothing the client sends reaches an
upstream without passing the same checks as a chat completion.
"""

from __future__ import annotations

from collections.abc import Collection, Mapping
from typing import Any

import orjson

from gateway.errors import GatewayError, invalid_request
from gateway.field_guard import shown
from gateway.stages.provenance import LABEL_FIELD

#: Keys the output stages add to an answer (provenance, the AI label): carried into the foreign answer.
CARRIED = ("provenance", LABEL_FIELD)


def obj(value: Any, where: str) -> dict[str, Any]:
    if not isinstance(value, dict):
        raise invalid_request(f"'{shown(where)}' must be an object.", param=shown(where))
    return value


def text(value: Any, where: str) -> str:
    if not isinstance(value, str):
        raise invalid_request(f"'{shown(where)}' must be a string.", param=shown(where))
    return value


def items(value: Any, where: str) -> list[Any]:
    if not isinstance(value, list):
        raise invalid_request(f"'{shown(where)}' must be an array.", param=shown(where))
    return value


def only(body: Mapping[str, Any], allowed: Collection[str], where: str) -> None:
    """A 400 ``unknown_parameter`` for the first key not in ``allowed`` (as the chat route answers one)."""
    for key in body:
        if key not in allowed:
            name = shown(f"{where}.{key}" if where else key) if key.isidentifier() else shown(where or "body")
            raise GatewayError(
                400,
                f"Unrecognized request field '{name}': this gateway forwards only the fields it knows "
                "how to check (docs/apis.md).",
                param=name,
                code="unknown_parameter",
            )


def refused(where: str, why: str) -> GatewayError:
    return invalid_request(
        f"'{shown(where)}' is not supported through this gateway: {why} (docs/apis.md).",
        param=shown(where),
        code="unsupported_parameter",
    )


def kind_of(item: Mapping[str, Any], where: str, default: str | None = None) -> str:
    kind = item.get("type", default)
    if not isinstance(kind, str):
        raise invalid_request(f"'{shown(where)}.type' is required.", param=shown(f"{where}.type"))
    return kind


def sse(event: str, data: dict[str, Any]) -> bytes:
    """One server-sent event with its name: both foreign APIs name every event."""
    return b"event: " + event.encode() + b"\ndata: " + orjson.dumps(data) + b"\n\n"


def first_choice(answer: Mapping[str, Any]) -> tuple[dict[str, Any], str | None]:
    """The message and finish reason of the answer's one choice (the translators never ask for ``n``)."""
    choices = answer.get("choices") or [{}]
    choice = choices[0] if isinstance(choices[0], dict) else {}
    message = choice.get("message")
    reason = choice.get("finish_reason")
    return (message if isinstance(message, dict) else {}), (reason if isinstance(reason, str) else None)


def tokens(usage: Any) -> tuple[int, int, int, int]:
    """(prompt, completion, cached prompt, reasoning) tokens of a chat ``usage``; zeros when absent."""
    if not isinstance(usage, dict):
        return 0, 0, 0, 0

    def num(holder: Any, key: str) -> int:
        value = holder.get(key) if isinstance(holder, dict) else None
        return value if isinstance(value, int) else 0

    return (
        num(usage, "prompt_tokens"),
        num(usage, "completion_tokens"),
        num(usage.get("prompt_tokens_details"), "cached_tokens"),
        num(usage.get("completion_tokens_details"), "reasoning_tokens"),
    )


def carried(source: Mapping[str, Any]) -> dict[str, Any]:
    return {k: source[k] for k in CARRIED if k in source}


def request_hex(request_id: str) -> str:
    """The hex of a gateway request id (``req_<hex>``): the foreign ids are derived from it, so an id
    a client logs leads to the audit record."""
    return request_id.removeprefix("req_")
