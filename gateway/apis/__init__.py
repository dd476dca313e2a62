"""Foreign APIs served through the chat-completions pipeline, translated at the edge.

``POST /v1/responses`` (OpenAI Responses) and ``POST /v1/messages`` (Anthropic Messages) are not a
second pipeline: the route translates the client's body into a chat.completions body
(``to_chat``), runs the one pipeline on it with endpoint ``chat.completions`` (every policy, detector,
PII transform, output rule, stream window, provenance and audit unchanged), and writes the pipeline's
answer back in the client's API (``answer``, the stream encoder, errors in that API's format). Every
upstream that speaks chat completions (the bundled model, vLLM, litellm providers) thereby serves
both. docs/apis.md says what is supported, what is refused and why, and the field mapping.

Tool governance (which tools, which arguments) is a policy matter decided on the chat body, so it
applies to all three APIs at once; nothing here decides anything.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from gateway.apis import anthropic_messages, responses
from gateway.errors import GatewayError
from gateway.streaming import StreamEncoder

__all__ = ["MESSAGES", "RESPONSES", "ClientAPI", "Exchange"]


@dataclass(frozen=True, slots=True)
class Exchange:
    """One translated request: the chat body for the pipeline, and how its answer goes back."""

    chat: dict[str, Any]
    answer: Callable[[dict[str, Any]], dict[str, Any]]  # the pipeline's chat answer -> the client's shape
    stream: Callable[[], StreamEncoder]


@dataclass(frozen=True, slots=True)
class ClientAPI:
    name: str  # "responses" | "messages": the audit label
    path: str  # the route, also the audit record's endpoint
    key_header: str  # where a client of this API sends its key, besides Authorization: Bearer
    open: Callable[[Any, str], Exchange]  # (the client's body, the gateway's request id)
    error_body: Callable[[GatewayError], bytes]


def _alias(chat: dict[str, Any]) -> str | None:
    model = chat.get("model")
    return model if isinstance(model, str) else None


def _open_responses(body: Any, request_id: str) -> Exchange:
    chat = responses.to_chat(body)
    model = _alias(chat)
    echoed = responses.echo(body)
    return Exchange(
        chat,
        lambda answer: responses.from_chat(answer, echoed, request_id, model),
        lambda: responses.ResponsesStream(echoed, request_id, model),
    )


def _open_messages(body: Any, request_id: str) -> Exchange:
    chat = anthropic_messages.to_chat(body)
    model = _alias(chat)
    return Exchange(
        chat,
        lambda answer: anthropic_messages.from_chat(answer, request_id, model),
        lambda: anthropic_messages.MessagesStream(request_id, model),
    )


RESPONSES = ClientAPI("responses", "/v1/responses", "api-key", _open_responses, responses.error_body)
# Anthropic's SDK sends its key as x-api-key (and anthropic-version, which needs no answer here).
MESSAGES = ClientAPI("messages", "/v1/messages", "x-api-key", _open_messages, anthropic_messages.error_body)
