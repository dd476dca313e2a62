"""``policy_output``: the output rules on the upstream's answer.

A non-streamed answer is checked whole (tool-call arguments and JSON-mode text included);
``truncate`` cuts it where the first finding starts and ends it with ``finish_reason:
"content_filter"``; redact rules rewrite PII the model produced itself. A stream is checked in
sliding windows, strict or fast (``stream_windows.py``). Output rules see the still-pseudonymized
text, so only PII the model made up is caught.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from gateway.context import RequestContext
from gateway.openai_text import choice_index, response_items, set_at
from gateway.stages.base import PassThrough, StreamFilter
from gateway.stages.policy import PolicyEngine, block_error, record_decision
from gateway.stages.stream_windows import WindowedOutputCheck
from policies.evaluator import Decision
from policies.findings import TextItem


class PolicyOutputStage:
    name = "policy_output"

    def __init__(self, engine: PolicyEngine) -> None:
        self.engine = engine

    async def on_response(self, ctx: RequestContext, response: dict[str, Any]) -> dict[str, Any]:
        if not self.engine.output_plan(ctx).rules:
            return response
        items = response_items(ctx.endpoint, response)
        decision, _ = await self.engine.decide(ctx, "output", items)
        record_decision(ctx, "output", decision)
        if decision.blocked:
            raise block_error(decision)
        if decision.truncations:
            truncate_response(response, decision, items)
        if decision.transforms:
            # PII the model produced itself (an invented RRN...) is redacted per the output rules.
            await self.engine.apply_transforms(ctx, decision, items, response)
        return response

    def stream_filter(self, ctx: RequestContext) -> StreamFilter | None:
        plan = self.engine.output_plan(ctx)
        if not plan.rules:
            return None
        if not plan.invocations:
            # Only unconditional rules (notice, watermark, flag): no text to check, nothing to hold back.
            return _RecordOnly(self.engine, ctx)
        return WindowedOutputCheck(
            self.engine,
            ctx,
            plan.stream_check or self.engine.stream_check,
            plan.stream_window or self.engine.stream_window,
            on_decision=lambda c, d: record_decision(c, "output", d),
            blocked_error=block_error,
        )


class _RecordOnly(PassThrough):
    """Streams whose output rules need no detector: forwarded at once, the decision recorded at the end."""

    def __init__(self, engine: PolicyEngine, ctx: RequestContext) -> None:
        self.engine = engine
        self.ctx = ctx

    async def feed(self, chunk: dict[str, Any]) -> list[dict[str, Any]]:
        return [chunk]

    async def finish(self) -> list[dict[str, Any]]:
        decision, _ = await self.engine.decide(self.ctx, "output", [])
        record_decision(self.ctx, "output", decision)
        return []


def truncate_response(response: dict[str, Any], decision: Decision, items: Sequence[TextItem]) -> None:
    """Cut each text where a ``truncate`` rule's first finding starts; the choice then ends with
    ``finish_reason: "content_filter"``. Cut tool-call arguments would be broken JSON: blocked instead."""
    texts = {it.location: it.text for it in items}
    cuts: dict[str, int] = {}
    for t in decision.truncations:
        for location in [t.location] if t.location in texts else list(texts):
            if ".tool_calls[" in location:
                raise block_error(decision)
            start = t.start if t.location == location and t.start is not None else 0
            cuts[location] = min(cuts.get(location, start), start)
    for location, cut in cuts.items():
        set_at(response, location, texts[location][:cut])
        response["choices"][choice_index(location)]["finish_reason"] = "content_filter"
