"""What the gateway does, before any detector runs, with request fields the table does not scan.

The table (:mod:`policies.request_fields`) says per field: scan, drop or refuse. Here the gateway
carries out the last two and the operator's choice for keys the table does not name, at every level
(top level, messages, content parts, tools, nested objects)::

    request_fields:
      unknown_fields: reject    # reject (default) | drop | pass

* ``reject``: a 400 ``unknown_parameter`` naming the first one (``param``: ``messages[0].x_note``),
  as OpenAI's API answers an argument it does not know: a client written for OpenAI never sends one,
  and nothing the client asked for is silently ignored.
* ``drop``: removed before the upstream; the response says which in ``x-gateway-dropped-fields``.
* ``pass``: forwarded, and scanned like free JSON (every string and key) by the input rules.

Refusals never repeat request text: a key is named only when it looks like a parameter name.
"""

from __future__ import annotations

import re
from typing import Any, Literal

from pydantic import BaseModel, ConfigDict, Field

from gateway.errors import GatewayError, invalid_request
from policies.locations import steps
from policies.request_walk import walk

UnknownFields = Literal["reject", "drop", "pass"]
DROPPED_HEADER = "x-gateway-dropped-fields"

# What a parameter name looks like; anything else in a key is request text and is not echoed.
_PARAM_NAME = re.compile(r"[a-z_][a-z0-9_]{0,39}")
_SEGMENT = re.compile(r'\["(?:[^"\\]|\\.)*"\]|\.([A-Za-z_][A-Za-z0-9_]*)|^([A-Za-z_][A-Za-z0-9_]*)')


class RequestFieldSettings(BaseModel):
    """``request_fields:`` in gateway.yaml (docs/request-fields.md)."""

    model_config = ConfigDict(extra="forbid")
    unknown_fields: UnknownFields = Field(
        "reject",
        description="keys the table of request fields does not name: reject (400), drop, or pass (scanned)",
    )


def shown(location: str) -> str:
    """``location`` fit for an error message: keys that do not look like parameter names become ``*``."""

    def one(m: re.Match[str]) -> str:
        name = m.group(1) or m.group(2)
        if name is not None and _PARAM_NAME.fullmatch(name):
            return m.group(0)
        return "[*]" if m.group(0).startswith("[") else (".*" if m.group(0).startswith(".") else "*")

    return _SEGMENT.sub(one, location)


def _delete(body: Any, location: str) -> None:
    path = steps(location)
    target = body
    for step in path[:-1]:
        target = target[step]
    del target[path[-1]]


def enforce_fields(endpoint: str, body: dict[str, Any], unknown_fields: UnknownFields) -> list[str]:
    """Refuse (400) or drop per the table and ``unknown_fields``; return the dropped locations (shown)."""
    w = walk(endpoint, body)
    if w.refused:
        where, why = w.refused[0]
        raise invalid_request(
            f"'{shown(where)}' cannot be sent through this gateway: {why}.",
            param=shown(where),
            code="unsupported_parameter",
        )
    if w.unknown and unknown_fields == "reject":
        first = shown(w.unknown[0].param)
        more = f" ({len(w.unknown) - 1} more unknown field(s))" if len(w.unknown) > 1 else ""
        raise GatewayError(
            400,
            f"Unrecognized request field '{first}'{more}: this gateway forwards only the fields it "
            "knows how to check (docs/request-fields.md).",
            param=first,
            code="unknown_parameter",
        )
    gone = list(w.dropped)
    if unknown_fields == "drop":
        gone += [u.location for u in w.unknown]
    # Last first: removing a list element must not move the ones still to be removed.
    for location in sorted(gone, key=_order_key, reverse=True):
        _delete(body, location)
    return [shown(loc) for loc in gone]


def _order_key(location: str) -> list[tuple[int, int | str]]:
    # Document order of locations: list indices compare as numbers, keys as text.
    return [(0, s) if isinstance(s, int) else (1, str(s)) for s in steps(location)]
