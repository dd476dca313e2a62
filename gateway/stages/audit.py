"""``audit_capture``: keeps the response text for the audit record (gateway/auditor.py builds it).

Placed before pseudonyms are restored: reviewers read what the upstream saw and said.
"""

from __future__ import annotations

from typing import Any

from gateway.context import RequestContext
from gateway.openai_text import DERIVED_KINDS, chunk_pieces, response_items
from gateway.stages.base import PassThrough, StreamFilter

MAX_TEXT = 64 * 1024  # characters of prompt/response kept for reviewers; the rest is marked cut


class _CaptureFilter(PassThrough):
    def __init__(self, ctx: RequestContext) -> None:
        self.ctx = ctx
        self.parts: list[str] = []
        self.size = 0

    async def feed(self, chunk: dict[str, Any]) -> list[dict[str, Any]]:
        if self.size < MAX_TEXT:
            for (_, kind, _), piece in chunk_pieces(chunk):
                if kind != "tool" and kind not in DERIVED_KINDS:  # token lists repeat the text
                    self.parts.append(piece)
                    self.size += len(piece)
        return [chunk]

    async def finish(self) -> list[dict[str, Any]]:
        self.ctx.response_text = "".join(self.parts)
        return []


class AuditCaptureStage:
    name = "audit_capture"

    async def on_response(self, ctx: RequestContext, response: dict[str, Any]) -> dict[str, Any]:
        ctx.response_text = "\n".join(i.text for i in response_items(ctx.endpoint, response, derived=False))
        return response

    def stream_filter(self, ctx: RequestContext) -> StreamFilter | None:
        return _CaptureFilter(ctx)
