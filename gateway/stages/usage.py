"""``usage``: token usage from the response (whole or streamed) into the context, for audit and budgets."""

from __future__ import annotations

from typing import Any

from gateway.context import RequestContext
from gateway.stages.base import PassThrough, StreamFilter


class _UsageFilter(PassThrough):
    def __init__(self, ctx: RequestContext) -> None:
        self.ctx = ctx

    async def feed(self, chunk: dict[str, Any]) -> list[dict[str, Any]]:
        usage = chunk.get("usage")
        if usage:
            self.ctx.usage = usage
        return [chunk]

    async def finish(self) -> list[dict[str, Any]]:
        return []


class UsageStage:
    name = "usage"

    async def on_response(self, ctx: RequestContext, response: dict[str, Any]) -> dict[str, Any]:
        usage = response.get("usage")
        if isinstance(usage, dict):
            ctx.usage = usage
        return response

    def stream_filter(self, ctx: RequestContext) -> StreamFilter | None:
        return _UsageFilter(ctx)
