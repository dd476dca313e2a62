"""``schema``: shape checks, a 400 that names the field, before anything else looks at the body; then
the table of request fields: refused fields and unknown keys (400), dropped ones removed
(gateway/field_guard.py)."""

from __future__ import annotations

from gateway.context import RequestContext
from gateway.field_guard import DROPPED_HEADER, UnknownFields, enforce_fields
from gateway.schemas import validate_body


class SchemaStage:
    name = "schema"

    def __init__(self, unknown_fields: UnknownFields = "reject") -> None:
        self.unknown_fields = unknown_fields

    async def run(self, ctx: RequestContext) -> None:
        validate_body(ctx.endpoint, ctx.body)
        assert isinstance(ctx.body, dict)  # validate_body refuses anything else
        dropped = enforce_fields(ctx.endpoint, ctx.body, self.unknown_fields)
        if dropped:
            ctx.response_headers[DROPPED_HEADER] = ", ".join(dropped)
