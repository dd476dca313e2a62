"""``policy_output``: the output rules on the upstream's answer.

First the answer (or each stream chunk) is cut down to the keys the gateway knows
(``gateway/response_keys.py``): a key no rule can check does not reach the client; tool calls get
unambiguous stream indexes (``gateway/tool_calls.py``). Then every text
of every choice is checked (``gateway/openai_text.py``: content, refusal, reasoning, transcript,
tool and function calls, annotations, logprobs tokens). A non-streamed answer is checked whole;
``truncate`` cuts it where the first finding starts and ends it with ``finish_reason:
"content_filter"``; redact rules rewrite PII and secrets the model produced itself. Token lists
cannot be rewritten to agree with a redacted text: a choice an output rule changed, or whose
tokens it found something in, loses its ``logprobs`` and audio data (``drop_derived``). A stream is
checked in sliding windows, strict or fast (``stream_windows.py``), every channel alike. Output rules
see the still-pseudonymized text, so only PII the model made up is caught; the client's own values
come back as placeholders and are restored after this stage (``pii_restore``).
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from gateway.context import RequestContext
from gateway.openai_text import choice_index, drop_derived, is_derived, response_items, set_at
from gateway.response_keys import allowed
from gateway.stages.base import PassThrough, StreamFilter
from gateway.stages.policy import PolicyEngine, block_error, record_decision
from gateway.stages.stream_windows import WindowedOutputCheck
from gateway.stages.tool_actions import enforce_on_response
from gateway.tool_calls import CallIndexer, drop_foreign_calls
from policies.evaluator import Decision
from policies.findings import TextItem


class PolicyOutputStage:
    name = "policy_output"

    def __init__(self, engine: PolicyEngine) -> None:
        self.engine = engine

    async def on_response(self, ctx: RequestContext, response: dict[str, Any]) -> dict[str, Any]:
        drop_foreign_calls(allowed(response, ctx.endpoint))
        if not self.engine.output_plan(ctx).rules:
            return response
        items = response_items(ctx.endpoint, response)
        decision, _ = await self.engine.decide(ctx, "output", items)
        record_decision(ctx, "output", decision)
        if decision.blocked:
            raise block_error(decision)
        rewritable = [it for it in items if not is_derived(it.location)]
        if decision.truncations:
            truncate_response(response, decision, rewritable)
        if decision.transforms:
            # PII the model produced itself (an invented RRN...) is redacted per the output rules.
            await self.engine.apply_transforms(ctx, decision, rewritable, response)
        for index in _changed_choices(decision, items):
            drop_derived(response["choices"][index])
        if decision.tool_actions:
            enforce_on_response(response, decision)  # last: stripping renumbers the calls
        return response

    def stream_filter(self, ctx: RequestContext) -> StreamFilter | None:
        plan = self.engine.output_plan(ctx)
        if not plan.rules:
            return _AllowedKeys(ctx.endpoint)
        if not plan.invocations:
            # Only unconditional rules (notice, watermark, flag): no text to check, nothing to hold back.
            return _RecordOnly(self.engine, ctx)
        return _CheckedKeys(
            self.engine,
            ctx,
            plan.stream_check or self.engine.stream_check,
            plan.stream_window or self.engine.stream_window,
            on_decision=lambda c, d: record_decision(c, "output", d),
            blocked_error=block_error,
        )


class _AllowedKeys(PassThrough):
    """Streams without output rules: only the allowed keys go on."""

    def __init__(self, endpoint: str) -> None:
        self.endpoint = endpoint
        self.calls = CallIndexer()

    async def feed(self, chunk: dict[str, Any]) -> list[dict[str, Any]]:
        return [self.calls.fix(drop_foreign_calls(allowed(chunk, self.endpoint)))]

    async def finish(self) -> list[dict[str, Any]]:
        return []


class _CheckedKeys(WindowedOutputCheck):
    """The windowed check, on chunks cut down to the allowed keys (what is checked is what is sent)."""

    calls: CallIndexer | None = None

    async def feed(self, chunk: dict[str, Any]) -> list[dict[str, Any]]:
        if self.calls is None:
            self.calls = CallIndexer()
        return await super().feed(self.calls.fix(drop_foreign_calls(allowed(chunk, self.ctx.endpoint))))


class _RecordOnly(_AllowedKeys):
    """Streams whose output rules need no detector: forwarded at once, the decision recorded at the end."""

    def __init__(self, engine: PolicyEngine, ctx: RequestContext) -> None:
        super().__init__(ctx.endpoint)
        self.engine = engine
        self.ctx = ctx

    async def finish(self) -> list[dict[str, Any]]:
        decision, _ = await self.engine.decide(self.ctx, "output", [])
        record_decision(self.ctx, "output", decision)
        return []


def _changed_choices(decision: Decision, items: Sequence[TextItem]) -> set[int]:
    """The choices a redact or truncate span of this decision falls in (every choice for a span
    without a location)."""
    every = {choice_index(it.location) for it in items}
    out: set[int] = set()
    for t in (*decision.transforms, *decision.truncations):
        out |= {choice_index(t.location)} if t.location and t.location.startswith("choices[") else every
    return out


def truncate_response(response: dict[str, Any], decision: Decision, items: Sequence[TextItem]) -> None:
    """Cut each text where a ``truncate`` rule's first finding starts; the choice then ends with
    ``finish_reason: "content_filter"``. Cut tool-call or function-call arguments would be broken JSON:
    blocked instead. A finding in a token list cuts nothing (the list is dropped: ``drop_derived``)."""
    texts = {it.location: it.text for it in items}
    cuts: dict[str, int] = {}
    for t in decision.truncations:
        if t.location is not None and is_derived(t.location):
            continue
        for location in [t.location] if t.location in texts else list(texts):
            if ".tool_calls[" in location or ".function_call." in location:
                raise block_error(decision)
            start = t.start if t.location == location and t.start is not None else 0
            cuts[location] = min(cuts.get(location, start), start)
    for location, cut in cuts.items():
        set_at(response, location, texts[location][:cut])
        response["choices"][choice_index(location)]["finish_reason"] = "content_filter"
