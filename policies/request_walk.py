"""The walk of a request body along :data:`policies.request_fields.TABLE`.

One pass gives the text items the input rules see (every field the table says to scan, every string
and key of free JSON and schemas, attachments, and every string the table does not name: nothing is
skipped silently), and what the gateway must act on before the upstream: keys the table does not
name (:attr:`Walk.unknown`), fields it refuses and fields it drops.

Locations follow :mod:`policies.locations`; a key's own item comes after the items inside its value,
so rewriting items in order never renames a key before the texts below it are written.
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any

from .findings import TextItem
from .locations import child, key_of
from .request_fields import (
    MESSAGE,
    SCHEMA_KEYWORDS,
    SCHEMA_TYPES,
    TABLE,
    USER,
    AttachmentKind,
    Spec,
    Text,
    listof,
)
from .request_fields import MESSAGE_SPEC as _MESSAGE

_TOKEN_ID = re.compile(r"-?\d{1,9}")


@dataclass(frozen=True)
class Unknown:
    """A key (or a tagged object's type) the table does not name."""

    location: str  # what to remove: the key's value, or the list element of an unknown type
    param: str  # what to name in a refusal


@dataclass
class Walk:
    items: list[TextItem] = field(default_factory=list)
    unknown: list[Unknown] = field(default_factory=list)
    refused: list[tuple[str, str]] = field(default_factory=list)  # (location, why)
    dropped: list[str] = field(default_factory=list)  # locations the table drops

    # -- the typed part: along the table ----------------------------------------------------------

    def value(self, value: Any, spec: Spec, loc: str, role: str) -> None:
        if spec.context is not None and spec.context != MESSAGE:
            role = spec.context  # tool definitions, schemas...: the developer's instructions
        if isinstance(value, str):
            self.string(value, spec, loc, role)
        elif isinstance(value, list):
            if spec.tokens and value and all(type(v) is int for v in value):
                self.items.append(TextItem(loc, "", role))  # token ids: nothing readable, reported
            elif spec.items is not None:
                for i, v in enumerate(value):
                    self.value(v, spec.items, child(loc, i), role)
            else:
                self.json(value, loc, _role(spec.json, role), schema=spec.schema)
        elif isinstance(value, dict):
            self.mapping(value, spec, loc, role)
        # numbers, booleans and null carry no text

    def string(self, value: str, spec: Spec, loc: str, role: str) -> None:
        if spec.routing or not value:
            return
        text = spec.text
        if text is None:  # free JSON, or a string where the table expects none: scanned all the same
            self.items.append(TextItem(loc, value, _role(spec.json, role)))
        elif text.attachment is not None:
            self.items.append(TextItem(loc, attachment_text(value, text), _role(text.role, role)))
        elif value not in text.vocab:
            self.items.append(TextItem(loc, value, _role(text.role, role)))

    def mapping(self, value: dict[str, Any], spec: Spec, loc: str, role: str) -> None:
        if spec.json is not None:
            self.json(value, loc, _role(spec.json, role), schema=spec.schema)
            return
        if spec.map_values is not None:
            for k, v in value.items():
                if spec.map_keys == "token_ids" and not _TOKEN_ID.fullmatch(k):
                    self.refused.append((loc, spec.note))
                    continue
                self.value(v, spec.map_values, child(loc, k), role)
                if spec.map_keys == "scan":
                    self.items.append(TextItem(key_of(loc, k), k, role))
            return
        fields = spec.fields
        if spec.variants is not None:
            tag = value.get(spec.tag or "type", spec.default_variant)
            fields = spec.variants.get(tag) if isinstance(tag, str) else None
            if fields is None:
                self.unknown.append(Unknown(loc, child(loc, spec.tag or "type")))
                self.json(value, loc, role)
                return
        if fields is None:  # an object where the table expects text or numbers: scanned whole
            self.json(value, loc, role)
            return
        if "role" in fields and isinstance(value.get("role"), str):
            # a message: its texts carry its role; a legacy ``function`` result is a tool result
            role = "tool" if value["role"] == "function" else value["role"]
        for k, v in value.items():
            where = child(loc, k)
            s = fields.get(k)
            if s is None:
                self.unknown.append(Unknown(where, where))
                self.json(v, where, role)
                self.items.append(TextItem(key_of(loc, k), k, role))  # passed on, the name is text too
            elif s.treatment == "refuse":
                self.refused.append((where, s.note))
            elif s.treatment == "drop":
                self.dropped.append(where)
            else:
                self.value(v, s, where, role)

    # -- free JSON: every string and key ----------------------------------------------------------

    def json(self, value: Any, loc: str, role: str, schema: bool = False) -> None:
        """Every string and key in ``value`` (a JSON Schema's keywords and type names excepted).
        Iterative: bodies nest up to the app's depth limit."""
        stack: list[tuple[Any, str, str | None, bool]] = [(value, loc, None, False)]
        while stack:
            node, where, parent_key, is_key = stack.pop()
            if is_key:
                self.items.append(TextItem(where, node, role))
            elif isinstance(node, str):
                if node and not (schema and parent_key == "type" and node in SCHEMA_TYPES):
                    self.items.append(TextItem(where, node, role))
            elif isinstance(node, list):
                for i in range(len(node) - 1, -1, -1):
                    stack.append((node[i], child(where, i), parent_key, False))
            elif isinstance(node, dict):
                for k, v in reversed(list(node.items())):
                    if not (schema and k in SCHEMA_KEYWORDS):
                        stack.append((k, key_of(where, k), None, True))
                    # inside "properties" / "$defs" the keys are names, and their values schemas
                    stack.append((v, child(where, k), k, False))


def _role(role: str | None, context: str) -> str:
    return context if role is None or role == MESSAGE else role


def attachment_text(value: str, text: Text) -> str:
    """The readable part of an attachment field: a URL, a data: URL's header (up to its comma) when
    the payload is base64, all of a textual data: URL (SVG, plain text), nothing of bare base64."""
    if value[:5].lower() == "data:":
        header, comma, _ = value.partition(",")
        return header + comma if ";base64" in header.lower() else value
    return "" if text.raw else value


_KIND_OF_SUFFIX: tuple[tuple[str, AttachmentKind], ...] = (
    (".image_url.url", "image"),
    (".image_url", "image"),
    (".input_audio.data", "audio"),
    (".file.file_data", "file"),
    (".file.file_id", "file"),
)
_PROMPT = re.compile(r"(prompt|input)(\[\d+\])?")


def attachment_kind(item: TextItem) -> AttachmentKind | None:
    """What content ``item`` stands for that the gateway cannot read (None: ordinary text)."""
    if item.text == "" and _PROMPT.fullmatch(item.location):
        return "token_ids"  # the walker emits empty text there only for token ids
    for suffix, kind in _KIND_OF_SUFFIX:
        if item.location.endswith(suffix) and item.location.startswith("messages["):
            return kind
    return None


def walk(endpoint: str, body: Mapping[str, Any]) -> Walk:
    """The walk of a request body of ``endpoint`` (``chat.completions``, ``completions``, ``embeddings``)."""
    w = Walk()
    w.mapping(dict(body), TABLE[endpoint], "", USER)
    return w


def request_items(endpoint: str, body: Mapping[str, Any]) -> list[TextItem]:
    """Every piece of text a request carries, with its location and role."""
    return walk(endpoint, body).items


def message_items(messages: Sequence[Mapping[str, Any]]) -> list[TextItem]:
    """The items of a chat request's ``messages`` alone (``policy test`` cases are messages)."""
    w = Walk()
    w.value(list(messages), listof(_MESSAGE), "messages", USER)
    return w.items
