"""Request validation for the OpenAI-compatible endpoints.

The models check what the gateway must understand (the model, messages, stream flags, numeric
ranges, tool shapes) and allow every other field through untouched, so new OpenAI parameters
keep working. Validation returns the original dict: what the client sent is what goes upstream,
minus what policies change.
"""

from __future__ import annotations

from typing import Annotated, Any, Literal

from pydantic import BaseModel, ConfigDict, Field, TypeAdapter, ValidationError
from pydantic_core import ErrorDetails

from gateway.errors import GatewayError, invalid_request


class _Open(BaseModel):
    # Strict like OpenAI's API: "stream": "yes" or "n": "2" are errors, not guesses.
    model_config = ConfigDict(extra="allow", strict=True)


class ContentPart(_Open):
    type: str


class FunctionCall(_Open):
    name: str
    arguments: str


class ToolCall(_Open):
    id: str | None = None
    type: str = "function"
    function: FunctionCall


class ChatMessage(_Open):
    role: Literal["system", "developer", "user", "assistant", "tool", "function"]
    content: str | list[ContentPart] | None = None
    name: str | None = None
    tool_calls: list[ToolCall] | None = None
    tool_call_id: str | None = None


class FunctionDef(_Open):
    name: str = Field(min_length=1, max_length=64)
    description: str | None = None
    parameters: dict[str, Any] | None = None


class Tool(_Open):
    type: str = "function"
    function: FunctionDef


class StreamOptions(_Open):
    include_usage: bool | None = None


Stop = str | Annotated[list[str], Field(max_length=4)] | None


class ChatCompletionRequest(_Open):
    model: str = Field(min_length=1)
    messages: list[ChatMessage] = Field(min_length=1)
    stream: bool | None = False
    stream_options: StreamOptions | None = None
    n: int | None = Field(None, ge=1, le=16)
    temperature: float | None = Field(None, ge=0, le=2)
    top_p: float | None = Field(None, ge=0, le=1)
    max_tokens: int | None = Field(None, ge=1)
    max_completion_tokens: int | None = Field(None, ge=1)
    presence_penalty: float | None = Field(None, ge=-2, le=2)
    frequency_penalty: float | None = Field(None, ge=-2, le=2)
    stop: Stop = None
    tools: list[Tool] | None = None
    tool_choice: str | dict[str, Any] | None = None
    response_format: dict[str, Any] | None = None
    seed: int | None = None
    user: str | None = None


class CompletionRequest(_Open):
    model: str = Field(min_length=1)
    prompt: str | list[str] | list[int] | list[list[int]]
    stream: bool | None = False
    stream_options: StreamOptions | None = None
    n: int | None = Field(None, ge=1, le=16)
    max_tokens: int | None = Field(None, ge=1)
    temperature: float | None = Field(None, ge=0, le=2)
    stop: Stop = None


class EmbeddingRequest(_Open):
    model: str = Field(min_length=1)
    input: str | list[str] | list[int] | list[list[int]]
    encoding_format: Literal["float", "base64"] | None = None
    dimensions: int | None = Field(None, ge=1)


_ADAPTERS: dict[str, TypeAdapter[Any]] = {
    "chat.completions": TypeAdapter(ChatCompletionRequest),
    "completions": TypeAdapter(CompletionRequest),
    "embeddings": TypeAdapter(EmbeddingRequest),
}


def _describe(err: ErrorDetails) -> tuple[str, str]:
    param = ".".join(str(p) for p in err["loc"]) or "body"
    if err["type"] == "missing":
        return param, f"'{param}' is required."
    return param, f"Invalid value for '{param}': {err['msg']}."


def validate_body(endpoint: str, body: Any) -> None:
    """Raise a 400 naming the first invalid field and why; the body itself is not copied."""
    if not isinstance(body, dict):
        raise invalid_request("The request body must be a JSON object.", param="body")
    try:
        _ADAPTERS[endpoint].validate_python(body)
    except ValidationError as exc:
        errors = exc.errors(include_input=False, include_url=False)
        # Union types report one error per branch; the most specific (deepest) is the useful one.
        best = max(errors, key=lambda e: len(e["loc"]))
        param, message = _describe(best)
        if len(errors) > 1:
            message += f" ({len(errors) - 1} more problem{'s' if len(errors) > 2 else ''} in the body)"
        raise invalid_request(message, param=param) from None


def openapi_body(endpoint: str) -> dict[str, Any]:
    """``openapi_extra`` for a route that reads the raw request: the JSON body it accepts, so
    ``/openapi.json`` documents it and tools (schemathesis, client generators) can build bodies.
    The ``$defs`` are inlined: in an OpenAPI document ``#/$defs/...`` would point at its root."""
    schema = _ADAPTERS[endpoint].json_schema()
    defs = schema.pop("$defs", {})

    def inline(node: Any) -> Any:
        if isinstance(node, dict):
            ref = node.get("$ref")
            if isinstance(ref, str) and ref.startswith("#/$defs/"):
                return inline(defs[ref.rsplit("/", 1)[1]])
            return {k: inline(v) for k, v in node.items()}
        if isinstance(node, list):
            return [inline(v) for v in node]
        return node

    return {"requestBody": {"required": True, "content": {"application/json": {"schema": inline(schema)}}}}


__all__ = ["GatewayError", "openapi_body", "validate_body"]
