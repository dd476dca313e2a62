"""Policy enforcement stages: the policy decides, these stages carry the decision out.

Input: match the policies that govern the request, run the detectors their rules name (each once,
concurrently, with a timeout), evaluate, then enforce — block (400 ``content_policy_violation``
naming the rule ids, never the content), route (confine to a zone or switch the model), transform
(redact / pseudonymize the text the upstream will see), annotate (flag). Shadow rules only
change the ``x-gateway-policy`` header.

Output: the same for the upstream's answer. A non-streamed answer is checked whole (tool-call
arguments and JSON-mode text included); ``truncate`` cuts it where the first finding starts and
ends it with ``finish_reason: "content_filter"``. A stream is checked in sliding windows, strict or
fast (:mod:`gateway.stream_check`).

Nothing a client sends can switch a policy off: matching reads only the tenant (from the key),
the model alias, its zone and licence, the endpoint and request headers that policies choose to
test, and no request field or header disables a rule.
"""

from __future__ import annotations

import logging
import re
from collections.abc import Awaitable, Callable, Mapping, Sequence
from typing import Any

from gateway.context import RequestContext
from gateway.errors import GatewayError
from gateway.pipeline import StreamFilter
from gateway.routing.router import ModelRouter
from gateway.stream_check import DEFAULT_WINDOW, WindowedOutputCheck, worse
from policies.evaluator import Annotation, Decision, evaluate
from policies.findings import Detector, DetectorError, Direction, Finding, TextItem
from policies.matcher import RequestMeta
from policies.runner import apply_transforms, items_from_messages, run_plan
from policies.store import PolicyStore

log = logging.getLogger("safety_gateway.policy")

TransformHook = Callable[[RequestContext, Decision, Sequence[TextItem]], Awaitable[Sequence[TextItem]]]

_TOKEN = re.compile(r"([A-Za-z_][A-Za-z0-9_]*)|\[(\d+)\]")


def _path(location: str) -> list[str | int]:
    return [name if name else int(index) for name, index in _TOKEN.findall(location)]


def set_at(body: Any, location: str, value: str) -> None:
    """Write ``value`` at a ``messages[2].content``-style location inside ``body``."""
    path = _path(location)
    target = body
    for step in path[:-1]:
        target = target[step]
    target[path[-1]] = value


def request_items(endpoint: str, body: Mapping[str, Any]) -> list[TextItem]:
    """Every piece of text a request carries, with its location (tool results included)."""
    if endpoint == "chat.completions":
        return items_from_messages(body.get("messages") or [])
    key = "prompt" if endpoint == "completions" else "input"
    value = body.get(key)
    if isinstance(value, str):
        return [TextItem(key, value, "user")]
    if isinstance(value, list):
        return [TextItem(f"{key}[{i}]", v, "user") for i, v in enumerate(value) if isinstance(v, str)]
    return []


def response_items(endpoint: str, response: Mapping[str, Any]) -> list[TextItem]:
    items: list[TextItem] = []
    for i, choice in enumerate(response.get("choices") or []):
        if endpoint == "completions":
            if isinstance(choice.get("text"), str):
                items.append(TextItem(f"choices[{i}].text", choice["text"], "assistant"))
            continue
        message = choice.get("message") or {}
        if isinstance(message.get("content"), str):
            items.append(TextItem(f"choices[{i}].message.content", message["content"], "assistant"))
        for k, call in enumerate(message.get("tool_calls") or []):
            args = (call.get("function") or {}).get("arguments")
            if isinstance(args, str):
                items.append(TextItem(f"choices[{i}].message.tool_calls[{k}].function.arguments", args, "assistant"))
    return items


async def reference_transform(ctx: RequestContext, decision: Decision, items: Sequence[TextItem]) -> Sequence[TextItem]:
    """Offsets-based redact/pseudonymize from the policy library (no vault, so no restore)."""
    return apply_transforms(decision, items)


def block_error(decision: Decision) -> GatewayError:
    blockers = [r for r in decision.reasons if r.action == "block"]
    if blockers and all(r.error for r in blockers):
        # Nothing was found: a detector the policy needs failed and its rule fails closed. That is an
        # outage, not a verdict on the text: 503 with Retry-After, so clients retry instead of rewording.
        detectors = sorted({r.detector or "?" for r in blockers})
        return GatewayError(503, f"A detector the policy needs is unavailable ({', '.join(detectors)}); the request "
                            f"was not forwarded (rules {', '.join(r.rule for r in blockers)} fail closed).",
                            "service_unavailable", code="detector_unavailable",
                            headers={"x-gateway-policy": decision.header_value(), "retry-after": "5"})
    message = decision.message or f"Request blocked by policy rule(s): {', '.join(decision.rules)}."
    return GatewayError(400, message, "invalid_request_error", code="content_policy_violation",
                        headers={"x-gateway-policy": decision.header_value()})


def all_findings(results: Mapping[str, Sequence[Finding] | DetectorError]) -> list[Finding]:
    seen: set[int] = set()
    out: list[Finding] = []
    for value in results.values():
        if isinstance(value, DetectorError):
            continue
        for finding in value:
            if id(finding) not in seen:
                seen.add(id(finding))
                out.append(finding)
    return out


class PolicyEngine:
    """What both stages share: the store, the detectors, the router (for zones and licences)."""

    def __init__(self, store: PolicyStore, detectors: Mapping[str, Detector], router: ModelRouter,
                 transform: TransformHook = reference_transform, detector_timeout_s: float = 5.0,
                 stream_check: str = "strict", stream_window: tuple[int, int] = DEFAULT_WINDOW) -> None:
        self.store = store
        self.stream_check = stream_check  # defaults for policies that do not say
        self.stream_window = stream_window
        self.detectors = detectors
        self.router = router
        self.transform = transform
        self.timeout = detector_timeout_s

    def meta(self, ctx: RequestContext) -> RequestMeta:
        deps = self.router.by_alias.get(ctx.model or "", [])
        zones = {d.zone for d in deps}
        licenses = {d.license for d in deps}
        return RequestMeta.build(
            tenant=ctx.tenant, model=ctx.model, endpoint=ctx.endpoint, headers=ctx.headers,
            zone=zones.pop() if len(zones) == 1 else None,
            model_license=licenses.pop() if len(licenses) == 1 else None)

    def standing_annotations(self, ctx: RequestContext) -> list[Annotation]:
        """The notice/watermark rules that apply to every answer of this request (no detector, enforced):
        known before a stream starts, so its text can be marked as it flows."""
        policy_set = self.store.current
        meta = self.meta(ctx)
        plan = policy_set.plan(policy_set.match(meta), "output", meta)
        return [Annotation(r.action, r.key, r.message, r.args) for r in plan.rules
                if r.action in ("notice", "watermark") and r.detector is None and r.mode == "enforce"]

    async def decide(self, ctx: RequestContext, direction: Direction, items: Sequence[TextItem],
                     collect: bool = True) -> tuple[Decision, Mapping[str, Any]]:
        policy_set = self.store.current  # pinned: a reload mid-request does not change this request
        ctx.policy_version = policy_set.version
        meta = self.meta(ctx)
        matched = policy_set.match(meta)
        plan = policy_set.plan(matched, direction, meta)
        results = await run_plan(plan, items, self.detectors, timeout_s=self.timeout)
        decision = evaluate(plan, results)
        if collect:
            ctx.findings.extend(all_findings(results))
        return decision, results


def _record(ctx: RequestContext, direction: Direction, decision: Decision) -> None:
    decisions = ctx.decision if isinstance(ctx.decision, dict) else {}
    # A stream is decided window by window: the record keeps the most restrictive decision.
    decisions[direction] = worse(decisions.get(direction), decision) if direction == "output" else decision
    ctx.decision = decisions
    if direction == "input":
        ctx.response_headers["x-gateway-policy"] = decision.header_value()
        return
    # The output side adds to the header only when it has something to say.
    shadowed = decision.shadow is not None and decision.shadow.action != decision.action
    if decision.action != "allow" or decision.reasons or shadowed:
        value = decision.header_value()
        previous = ctx.response_headers.get("x-gateway-policy")
        ctx.response_headers["x-gateway-policy"] = f"{previous}; output: {value}" if previous else f"output: {value}"


class PolicyInputStage:
    name = "policy_input"

    def __init__(self, engine: PolicyEngine) -> None:
        self.engine = engine

    async def run(self, ctx: RequestContext) -> None:
        assert ctx.body is not None
        items = request_items(ctx.endpoint, ctx.body)
        decision, _ = await self.engine.decide(ctx, "input", items)
        _record(ctx, "input", decision)
        if decision.blocked:
            raise block_error(decision)
        if decision.route is not None:
            if decision.route.model:
                ctx.model = decision.route.model
            if decision.route.zone:
                ctx.zone_constraint = decision.route.zone
        if decision.transforms:
            changed = await self.engine.transform(ctx, decision, items)
            for before, after in zip(items, changed, strict=True):
                if after.text != before.text:
                    set_at(ctx.body, after.location, after.text)


class PolicyOutputStage:
    name = "policy_output"

    def __init__(self, engine: PolicyEngine) -> None:
        self.engine = engine

    def _has_output_rules(self, ctx: RequestContext) -> bool:
        policy_set = self.engine.store.current
        meta = self.engine.meta(ctx)
        return bool(policy_set.plan(policy_set.match(meta), "output", meta).rules)

    async def on_response(self, ctx: RequestContext, response: dict[str, Any]) -> dict[str, Any]:
        if not self._has_output_rules(ctx):
            return response
        items = response_items(ctx.endpoint, response)
        decision, _ = await self.engine.decide(ctx, "output", items)
        _record(ctx, "output", decision)
        if decision.blocked:
            raise block_error(decision)
        if decision.truncations:
            truncate_response(response, decision, items)
        if decision.transforms:
            # PII the model produced itself (an invented RRN...) is redacted per the output rules.
            changed = await self.engine.transform(ctx, decision, items)
            for before, after in zip(items, changed, strict=True):
                if after.text != before.text:
                    set_at(response, after.location, after.text)
        return response

    def stream_filter(self, ctx: RequestContext) -> StreamFilter | None:
        policy_set = self.engine.store.current
        meta = self.engine.meta(ctx)
        plan = policy_set.plan(policy_set.match(meta), "output", meta)
        if not plan.rules:
            return None
        if not plan.invocations:
            # Only unconditional rules (notice, watermark, flag): no text to check, nothing to hold back.
            return _RecordOnly(self.engine, ctx)
        return WindowedOutputCheck(self.engine, ctx, plan.stream_check or self.engine.stream_check,
                                   plan.stream_window or self.engine.stream_window,
                                   on_decision=lambda c, d: _record(c, "output", d), blocked_error=block_error)


class _RecordOnly:
    """Streams whose output rules need no detector: forwarded at once, the decision recorded at the end."""

    def __init__(self, engine: PolicyEngine, ctx: RequestContext) -> None:
        self.engine = engine
        self.ctx = ctx

    async def feed(self, chunk: dict[str, Any]) -> list[dict[str, Any]]:
        return [chunk]

    async def finish(self) -> list[dict[str, Any]]:
        decision, _ = await self.engine.decide(self.ctx, "output", [])
        _record(self.ctx, "output", decision)
        return []


def truncate_response(response: dict[str, Any], decision: Decision, items: Sequence[TextItem]) -> None:
    """Cut each text where a ``truncate`` rule's first finding starts; the choice then ends with
    ``finish_reason: "content_filter"``. Cut tool-call arguments would be broken JSON: blocked instead."""
    texts = {it.location: it.text for it in items}
    cuts: dict[str, int] = {}
    for t in decision.truncations:
        for location in ([t.location] if t.location in texts else list(texts)):
            if ".tool_calls[" in location:
                raise block_error(decision)
            start = t.start if t.location == location and t.start is not None else 0
            cuts[location] = min(cuts.get(location, start), start)
    for location, cut in cuts.items():
        set_at(response, location, texts[location][:cut])
        index = int(location[len("choices["):].split("]", 1)[0])
        response["choices"][index]["finish_reason"] = "content_filter"
