"""The one table of what every accepted request body may carry, and what happens to each field.

Every field of every request the gateway accepts (``chat.completions``, ``completions``,
``embeddings``) that can carry text upstream has a treatment here:

* **scan**: its text becomes a :class:`~policies.findings.TextItem` the input rules see, at a location
  (:mod:`policies.locations`) where redact / pseudonymize rewrite it in place. A string field with a
  fixed vocabulary (``reasoning_effort: low``) carries no text when its value is in the vocabulary;
  any other value is scanned like free text.
* **JSON**: free JSON (``metadata``, thinking blocks): every string value and every key is scanned.
  **JSON Schema** (tool parameters, ``response_format`` schemas): the same, except the schema
  language's own keywords (``type``, ``properties``, ``enum``, ...) as keys and the JSON type names as
  ``type`` values; property names, descriptions, ``enum`` / ``default`` / ``examples`` values are text.
* **attachment**: image, audio and file content the gateway cannot read. The ``attachments`` detector
  reports it (policies decide: route internal, refuse, allow); the part of it that is text (a URL and
  its query string, a data: URL's header, or all of a textual data: URL such as SVG) is scanned too.
  Token ids (``prompt: [1, 2, 3]``) are reported the same way: text the gateway cannot read.
* **no text**: numbers and booleans; a string found where a number belongs is scanned anyway.
* **refuse**: a 400 naming the field. **drop**: removed before the upstream.

Keys the table does not name are handled by the gateway's ``request_fields.unknown_fields`` setting
(reject, drop, or pass; passed ones are scanned as JSON). Nothing in a body escapes the walk: a
string is either scanned or a vocabulary value of a field that has one.

``docs/request-fields.md`` is generated from this table (``python -m policies.request_fields_doc``);
``tests/test_request_fields.py`` checks the table against the installed ``openai`` SDK's request types.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, replace
from typing import Literal

#: The role of the enclosing message (``system``, ``user``, ``assistant``, ``tool``...).
MESSAGE = "(message role)"
#: Developer-supplied instructions and definitions (tools, schemas, stop sequences): the model reads
#: them as part of its instructions, as it reads the system prompt.
SYSTEM = "system"
#: Text the client supplies that is not a message: prompts, embedding inputs, predicted output.
USER = "user"
#: Data the provider keeps or acts on but the model never reads (end-user ids, cache keys, metadata):
#: scanned for what it must not carry; a rule about what the model is told can leave it out (``roles``).
METADATA = "metadata"

AttachmentKind = Literal["image", "audio", "file", "token_ids"]
Treatment = Literal["drop", "refuse"]


@dataclass(frozen=True)
class Text:
    """A string here is text the model or the provider reads: scanned with ``role``."""

    role: str = MESSAGE
    vocab: frozenset[str] = frozenset()  # values that are vocabulary, not text (others are scanned)
    attachment: AttachmentKind | None = None  # content behind it the gateway cannot read
    raw: bool = False  # the value may be bare base64 (never text) rather than a URL or a data: URL


@dataclass(frozen=True)
class Spec:
    """One position of a request body: what it may hold, by JSON kind, and what happens to it."""

    text: Text | None = None  # when a string
    items: Spec | None = None  # when a list: each element
    fields: Mapping[str, Spec] | None = None  # when an object with these keys
    tag: str | None = None  # when an object told apart by this key ...
    variants: Mapping[str, Mapping[str, Spec]] | None = None  # ... its keys per tag value
    default_variant: str | None = None  # the variant of an object without the tag
    map_values: Spec | None = None  # when an object with free keys: each value (keys: map_keys)
    map_keys: Literal["scan", "token_ids"] = "scan"
    json: str | None = None  # free JSON: every string and key scanned, with this role
    schema: bool = False  # ... and it is a JSON Schema (its keywords are vocabulary)
    number: bool = False  # numbers / booleans: no text
    tokens: bool = False  # lists of integers here are token ids
    routing: bool = False  # the model alias: checked against the configuration and replaced upstream
    context: str | None = None  # the role of the texts below, unless they say otherwise
    treatment: Treatment | None = None
    note: str = ""

    def member(self, key: str, tag: str | None = None) -> Spec | None:
        """The spec of key ``key`` of an object here (of variant ``tag`` when tagged), or None."""
        if self.fields is not None and key in self.fields:
            return self.fields[key]
        if self.variants is not None:
            variant = self.variants.get(tag or self.default_variant or "")
            if variant is not None and key in variant:
                return variant[key]
        return None


# -- constructors: the table below reads like a schema ---------------------------------------------


def scan(role: str = MESSAGE, note: str = "") -> Spec:
    return Spec(text=Text(role), note=note)


def vocab(*values: str, role: str = MESSAGE, note: str = "") -> Spec:
    return Spec(text=Text(role, frozenset(values)), note=note)


def number(note: str = "") -> Spec:
    return Spec(number=True, note=note)


def obj(fields: Mapping[str, Spec], note: str = "", context: str | None = None) -> Spec:
    return Spec(fields=fields, note=note, context=context)


def listof(item: Spec, note: str = "") -> Spec:
    return Spec(items=item, note=note)


def tagged(
    variants: Mapping[str, Mapping[str, Spec]],
    default: str | None = None,
    note: str = "",
    context: str | None = None,
) -> Spec:
    return Spec(tag="type", variants=variants, default_variant=default, note=note, context=context)


def free_json(role: str, note: str = "", schema: bool = False) -> Spec:
    return Spec(json=role, schema=schema, note=note)


def attachment(kind: AttachmentKind, note: str = "", raw: bool = False) -> Spec:
    return Spec(text=Text(MESSAGE, attachment=kind, raw=raw), note=note)


def refuse(note: str) -> Spec:
    return Spec(treatment="refuse", note=note)


def either(*specs: Spec, note: str = "", context: str | None = None) -> Spec:
    """A position that may hold any of ``specs`` (one per JSON kind: string, list, object)."""
    merged = Spec()
    for s in specs:
        merged = replace(
            merged,
            **{
                k: v
                for k, v in vars(s).items()
                if v not in (None, False, "") and k not in ("note", "map_keys")
            },
        )
        if s.map_values is not None:
            merged = replace(merged, map_keys=s.map_keys)
    return replace(
        merged, note=note or " / ".join(s.note for s in specs if s.note), context=context or merged.context
    )


# -- chat.completions -------------------------------------------------------------------------------

CACHE_CONTROL = obj(
    {"type": vocab("ephemeral"), "ttl": vocab("5m", "1h")},
    note="litellm (Anthropic prompt caching)",
)
PROMPT_CACHE_BREAKPOINT = obj({"mode": vocab("explicit")})
TEXT_PART = {
    "type": vocab("text"),
    "text": scan(),
    "prompt_cache_breakpoint": PROMPT_CACHE_BREAKPOINT,
    "cache_control": CACHE_CONTROL,
}
IMAGE_URL = either(
    attachment("image", "a URL (scanned, query string included) or a data: URL"),
    obj(
        {
            "url": attachment("image", "a URL (scanned, query string included) or a data: URL"),
            "detail": vocab("auto", "low", "high"),
            "format": scan(note="litellm: the media type"),
        }
    ),
)
CONTENT_PART = tagged(
    {
        "text": TEXT_PART,
        "input_text": {**TEXT_PART, "type": vocab("input_text")},  # Responses-style, litellm accepts it
        "image_url": {
            "type": vocab("image_url"),
            "image_url": IMAGE_URL,
            "prompt_cache_breakpoint": PROMPT_CACHE_BREAKPOINT,
            "cache_control": CACHE_CONTROL,
        },
        "input_audio": {
            "type": vocab("input_audio"),
            "input_audio": obj(
                {"data": attachment("audio", "base64 audio", raw=True), "format": vocab("wav", "mp3")}
            ),
            "prompt_cache_breakpoint": PROMPT_CACHE_BREAKPOINT,
        },
        "file": {
            "type": vocab("file"),
            "file": obj(
                {
                    "file_data": attachment("file", "a data: URL or base64", raw=True),
                    "file_id": attachment("file", "an uploaded file's id (scanned)"),
                    "filename": scan(),
                    "format": scan(note="litellm: the media type"),
                }
            ),
            "prompt_cache_breakpoint": PROMPT_CACHE_BREAKPOINT,
            "cache_control": CACHE_CONTROL,
        },
        "refusal": {"type": vocab("refusal"), "refusal": scan()},
    },
    note="content parts, by type",
)
FUNCTION_CALL = obj({"name": scan(), "arguments": scan(note="JSON text")})
TOOL_CALL = tagged(
    {
        "function": {"id": scan(), "type": vocab("function"), "function": FUNCTION_CALL},
        "custom": {
            "id": scan(),
            "type": vocab("custom"),
            "custom": obj({"name": scan(), "input": scan()}),
        },
    },
    default="function",
    note="tool calls in the history, by type",
)
MESSAGE_SPEC = obj(
    {
        "role": vocab("system", "developer", "user", "assistant", "tool", "function", role=MESSAGE),
        "content": either(scan(note="string content"), listof(CONTENT_PART), note="string or parts"),
        "name": scan(note="participant or function name"),
        "tool_calls": listof(TOOL_CALL),
        "tool_call_id": scan(),
        "function_call": FUNCTION_CALL,
        "refusal": scan(note="assistant history"),
        "audio": obj({"id": scan(note="a previous audio answer's id")}),
        "reasoning_content": scan(note="assistant history; litellm / DeepSeek / vLLM"),
        "thinking_blocks": free_json(MESSAGE, "assistant history; litellm (Anthropic thinking)"),
        "cache_control": CACHE_CONTROL,
    },
    note="messages, every role",
    context=MESSAGE,
)
SCHEMA = "a JSON Schema: every string and key but the schema language's keywords"
FUNCTION_DEF = {
    "name": scan(SYSTEM),
    "description": scan(SYSTEM),
    "parameters": free_json(SYSTEM, SCHEMA, schema=True),
    "strict": number(),
}
TOOL = tagged(
    {
        "function": {
            "type": vocab("function"),
            "function": obj(FUNCTION_DEF),
            "cache_control": CACHE_CONTROL,
        },
        "custom": {
            "type": vocab("custom"),
            "custom": obj(
                {
                    "name": scan(SYSTEM),
                    "description": scan(SYSTEM),
                    "format": tagged(
                        {
                            "text": {"type": vocab("text")},
                            "grammar": {
                                "type": vocab("grammar"),
                                "grammar": obj(
                                    {"definition": scan(SYSTEM), "syntax": vocab("lark", "regex")}
                                ),
                            },
                        }
                    ),
                }
            ),
        },
    },
    default="function",
    note="tool definitions, by type",
    context=SYSTEM,
)
STOP = either(scan(SYSTEM), listof(scan(SYSTEM)), note="stop sequences", context=SYSTEM)
STREAM_OPTIONS = obj({"include_usage": number(), "include_obfuscation": number()})
LOGIT_BIAS = Spec(
    map_values=number(), map_keys="token_ids", note="keys must be token ids; any other key is refused"
)
# Keywords litellm or the gateway would act on (routing, credentials, mocking): a client never sets them.
_CONTROL = refuse("a routing, credential or test setting of the gateway; clients cannot set it")
CONTROL_KEYS = {
    k: _CONTROL
    for k in (
        "api_key",
        "api_base",
        "base_url",
        "api_version",
        "custom_llm_provider",
        "mock_response",
        "extra_headers",
        "extra_body",
        "extra_query",
    )
} | {
    # The in-process models' green-list watermark switch: set from policy, never by the client.
    "safety_gateway_watermark": refuse("set by the gateway from policy (docs/provenance.md)"),
}
COMMON_SAMPLING = {
    "model": Spec(routing=True, note="the alias: must be a configured model; replaced upstream"),
    "stream": number(),
    "stream_options": STREAM_OPTIONS,
    "n": number(),
    "temperature": number(),
    "top_p": number(),
    "top_k": number("litellm"),
    "max_tokens": number(),
    "presence_penalty": number(),
    "frequency_penalty": number(),
    "seed": number(),
    "logit_bias": LOGIT_BIAS,
    "stop": STOP,
    "user": scan(METADATA, "an end-user id"),
}

CHAT = obj(
    {
        **COMMON_SAMPLING,
        "messages": listof(MESSAGE_SPEC),
        "max_completion_tokens": number(),
        "logprobs": number(),
        "top_logprobs": number(),
        "parallel_tool_calls": number(),
        "store": number(),
        "tools": listof(TOOL),
        "tool_choice": either(
            vocab("none", "auto", "required"),
            tagged(
                {
                    "function": {"type": vocab("function"), "function": obj({"name": scan(SYSTEM)})},
                    "custom": {"type": vocab("custom"), "custom": obj({"name": scan(SYSTEM)})},
                    "allowed_tools": {
                        "type": vocab("allowed_tools"),
                        "allowed_tools": obj(
                            {"mode": vocab("auto", "required"), "tools": listof(free_json(SYSTEM))}
                        ),
                    },
                }
            ),
            context=SYSTEM,
        ),
        "functions": listof(obj(FUNCTION_DEF, context=SYSTEM), note="legacy function definitions"),
        "function_call": either(vocab("none", "auto"), obj({"name": scan(SYSTEM)}), context=SYSTEM),
        "response_format": tagged(
            {
                "text": {"type": vocab("text")},
                "json_object": {"type": vocab("json_object")},
                "json_schema": {
                    "type": vocab("json_schema"),
                    "json_schema": obj(
                        {
                            "name": scan(SYSTEM),
                            "description": scan(SYSTEM),
                            "schema": free_json(SYSTEM, SCHEMA, schema=True),
                            "strict": number(),
                        }
                    ),
                },
            },
            context=SYSTEM,
        ),
        "safety_identifier": scan(METADATA, "an end-user id"),
        "prompt_cache_key": scan(METADATA),
        "prompt_cache_retention": vocab("in_memory", "24h", role=SYSTEM),
        "prompt_cache_options": obj(
            {"mode": vocab("implicit", "explicit"), "ttl": vocab("30m")}, context=SYSTEM
        ),
        "metadata": free_json(METADATA, "stored with the completion by the provider"),
        "modalities": listof(vocab("text", "audio", role=SYSTEM)),
        "audio": obj(
            {
                "format": vocab("wav", "aac", "mp3", "flac", "opus", "pcm16"),
                "voice": either(
                    vocab(
                        "alloy",
                        "ash",
                        "ballad",
                        "coral",
                        "echo",
                        "sage",
                        "shimmer",
                        "verse",
                        "marin",
                        "cedar",
                    ),
                    obj({"id": scan(SYSTEM)}),
                ),
            },
            context=SYSTEM,
        ),
        "prediction": obj(
            {
                "type": vocab("content"),
                "content": either(scan(USER), listof(tagged({"text": {**TEXT_PART, "text": scan(USER)}}))),
            },
            note="predicted output",
        ),
        "reasoning_effort": vocab("none", "minimal", "low", "medium", "high", "xhigh", "max", role=SYSTEM),
        "service_tier": vocab("auto", "default", "flex", "scale", "priority", "fast", role=SYSTEM),
        "verbosity": vocab("low", "medium", "high", role=SYSTEM),
        "web_search_options": obj(
            {
                "search_context_size": vocab("low", "medium", "high"),
                "user_location": obj(
                    {
                        "type": vocab("approximate"),
                        "approximate": obj(
                            {k: scan(USER) for k in ("city", "country", "region", "timezone")}
                        ),
                    }
                ),
            }
        ),
        "moderation": obj(
            {
                "model": scan(SYSTEM),
                "policy": obj({d: obj({"mode": vocab("score", "block")}) for d in ("input", "output")}),
            },
            context=SYSTEM,
        ),
        "thinking": obj(
            {"type": vocab("enabled", "disabled"), "budget_tokens": number()},
            note="litellm (Anthropic extended thinking)",
            context=SYSTEM,
        ),
        **CONTROL_KEYS,
    }
)

TOKEN_TEXT = either(
    scan(USER),
    Spec(tokens=True, items=either(scan(USER), Spec(tokens=True, number=True)), number=True),
    note="text, texts, or token ids (reported as attachments of kind token_ids)",
)

COMPLETIONS = obj(
    {
        **COMMON_SAMPLING,
        "prompt": TOKEN_TEXT,
        "suffix": scan(USER),
        "best_of": number(),
        "echo": number(),
        "logprobs": number(),
        **CONTROL_KEYS,
    }
)

EMBEDDINGS = obj(
    {
        "model": COMMON_SAMPLING["model"],
        "input": TOKEN_TEXT,
        "encoding_format": vocab("float", "base64", role=SYSTEM),
        "dimensions": number(),
        "user": scan(METADATA, "an end-user id"),
        **CONTROL_KEYS,
    }
)

#: Endpoint -> the spec of its request body.
TABLE: dict[str, Spec] = {"chat.completions": CHAT, "completions": COMPLETIONS, "embeddings": EMBEDDINGS}

#: JSON Schema's own keywords: as keys of a schema object they are vocabulary, not text.
SCHEMA_KEYWORDS = frozenset(
    """type properties items prefixItems required enum const default description title examples
    additionalProperties patternProperties propertyNames minItems maxItems uniqueItems minLength maxLength
    pattern format minimum maximum exclusiveMinimum exclusiveMaximum multipleOf anyOf oneOf allOf not if
    then else $ref $defs definitions $schema $id $comment $anchor $dynamicRef $dynamicAnchor
    dependentRequired dependentSchemas contains minContains maxContains minProperties maxProperties
    unevaluatedProperties unevaluatedItems contentEncoding contentMediaType contentSchema deprecated
    readOnly writeOnly nullable strict""".split()
)
#: JSON Schema's type names: as the value of ``type`` in a schema they are vocabulary.
SCHEMA_TYPES = frozenset({"string", "number", "integer", "boolean", "object", "array", "null"})
