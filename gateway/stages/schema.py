"""``schema``: shape checks, a 400 that names the field, before anything else looks at the body."""

from __future__ import annotations

from gateway.context import RequestContext
from gateway.schemas import validate_body


class SchemaStage:
    name = "schema"

    async def run(self, ctx: RequestContext) -> None:
        validate_body(ctx.endpoint, ctx.body)
