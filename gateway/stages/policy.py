"""What the policy stages share: the engine (match → plan → run detectors → evaluate), the record of
a decision on the context, and the error a block becomes.

The policy decides, the stages carry the decision out (``policy_input.py``, ``policy_output.py``,
``stream_windows.py``). Nothing a client sends can switch a policy off: matching reads only the
tenant (from the key), the model alias, its zone and licence, the endpoint and request headers that
policies choose to test, and no request field or header disables a rule.
"""

from __future__ import annotations

import logging
from collections.abc import Awaitable, Callable, Mapping, Sequence
from typing import Any

from gateway.context import RequestContext
from gateway.errors import GatewayError
from gateway.openai_text import set_at
from gateway.request_shape import request_shape
from gateway.routing.deployments import Deployment
from gateway.routing.router import ModelRouter
from policies.actions import ACTION_RANK
from policies.compiled import Plan
from policies.detectors import RequestShape
from policies.evaluator import Annotation, Decision, evaluate
from policies.findings import Detector, DetectorError, Direction, Finding, TextItem
from policies.matcher import RequestMeta
from policies.runner import refuse_on_shape, run_plan
from policies.store import PolicyStore

log = logging.getLogger("safety_gateway.policy")

# Carries out a decision's redact/pseudonymize spans on the items (gateway/stages/pii.py: PIITransform).
TransformHook = Callable[[RequestContext, Decision, Sequence[TextItem]], Awaitable[Sequence[TextItem]]]
DetectorResults = Mapping[str, Sequence[Finding] | DetectorError]

DEFAULT_WINDOW = (512, 128)


def block_error(decision: Decision) -> GatewayError:
    blockers = [r for r in decision.reasons if r.action == "block"]
    if blockers and all(r.error for r in blockers):
        # Nothing was found: a detector the policy needs failed and its rule fails closed. That is an
        # outage, not a verdict on the text: 503 with Retry-After, so clients retry instead of rewording.
        detectors = sorted({r.detector or "?" for r in blockers})
        return GatewayError(
            503,
            f"A detector the policy needs is unavailable ({', '.join(detectors)}); the request "
            f"was not forwarded (rules {', '.join(r.rule for r in blockers)} fail closed).",
            "service_unavailable",
            code="detector_unavailable",
            headers={"x-gateway-policy": decision.header_value(), "retry-after": "5"},
        )
    message = decision.message or f"Request blocked by policy rule(s): {', '.join(decision.rules)}."
    return GatewayError(
        400,
        message,
        "invalid_request_error",
        code="content_policy_violation",
        headers={"x-gateway-policy": decision.header_value()},
    )


def all_findings(results: DetectorResults) -> list[Finding]:
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


def worse(a: Decision | None, b: Decision) -> Decision:
    """The more restrictive of two decisions (the first on a tie), for the audit record."""
    if a is None:
        return b
    return b if ACTION_RANK.get(b.action, 0) > ACTION_RANK.get(a.action, 0) else a


def record_decision(ctx: RequestContext, direction: Direction, decision: Decision) -> None:
    """Keep the decision on the context (audit, metrics, provenance) and say it in ``x-gateway-policy``."""
    decisions = ctx.decision
    # A stream is decided window by window: the record keeps the most restrictive decision.
    decisions[direction] = worse(decisions.get(direction), decision) if direction == "output" else decision
    if direction == "input":
        ctx.response_headers["x-gateway-policy"] = decision.header_value()
        return
    # The output side adds to the header only when it has something to say.
    shadowed = decision.shadow is not None and decision.shadow.action != decision.action
    if decision.action != "allow" or decision.reasons or shadowed:
        value = decision.header_value()
        previous = ctx.response_headers.get("x-gateway-policy")
        ctx.response_headers["x-gateway-policy"] = (
            f"{previous}; output: {value}" if previous else f"output: {value}"
        )


class PolicyEngine:
    """What both policy stages share: the store, the detectors, the router (for zones and licences)
    and the transform that carries out redact/pseudonymize."""

    def __init__(
        self,
        store: PolicyStore,
        detectors: Mapping[str, Detector],
        router: ModelRouter,
        transform: TransformHook | None = None,
        detector_timeout_s: float = 5.0,
        stream_check: str = "strict",
        stream_window: tuple[int, int] = DEFAULT_WINDOW,
    ) -> None:
        if transform is None:
            from gateway.pii.vault import InMemoryVault
            from gateway.stages.pii import PIITransform

            transform = PIITransform(InMemoryVault())
        self.store = store
        self.stream_check = stream_check  # defaults for policies that do not say
        self.stream_window = stream_window
        self.detectors = detectors
        self.router = router
        self.transform = transform
        self.timeout = detector_timeout_s

    def meta(self, ctx: RequestContext, target: Deployment | None = None) -> RequestMeta:
        """The facts policies match on. ``target``: decide for that deployment (an attempt's alias,
        zone and licence). Without it, for the deployment that served once one has (output rules), else
        for the alias asked for (its zone and licence when all its deployments agree)."""
        if target is None and ctx.deployment_id is not None:
            target = self.router.deployment(ctx.deployment_id)
        model: str | None
        zone: str | None
        license_: str | None
        if target is not None:
            model, zone, license_ = target.alias, target.zone, target.license
        else:
            deps = self.router.by_alias.get(ctx.model or "", [])
            zones = {d.zone for d in deps}
            licenses = {d.license for d in deps}
            model = ctx.model
            zone = zones.pop() if len(zones) == 1 else None
            license_ = licenses.pop() if len(licenses) == 1 else None
        return RequestMeta.build(
            tenant=ctx.tenant,
            model=model,
            endpoint=ctx.path,  # what policies' match.endpoints name: /v1/chat/completions, /v1/messages
            headers=ctx.headers,
            zone=zone,
            model_license=license_,
        )

    def crossing_denied(self, ctx: RequestContext) -> bool:
        """Does a policy governing this request say ``fallback_across_zones: deny``?"""
        policy_set = self.store.current
        return any(p.fallback_across_zones == "deny" for p in policy_set.match(self.meta(ctx)))

    def output_plan(self, ctx: RequestContext) -> Plan:
        """The output rules that apply to this request."""
        policy_set = self.store.current
        meta = self.meta(ctx)
        return policy_set.plan(policy_set.match(meta), "output", meta)

    def standing_annotations(self, ctx: RequestContext) -> list[Annotation]:
        """The notice/watermark rules that apply to every answer of this request (no detector, enforced):
        known before a stream starts, so its text can be marked as it flows."""
        return [
            Annotation(r.action, r.key, r.message, r.args, r.priority)
            for r in self.output_plan(ctx).rules
            if r.action in ("notice", "watermark") and r.detector is None and r.mode == "enforce"
        ]

    async def refuse_on_shape(self, ctx: RequestContext, shape: RequestShape) -> Decision | None:
        """The input decision when a size rule refuses the request on its shape alone (before its text
        is walked: policies.runner.refuse_on_shape), else None."""
        policy_set = self.store.current
        meta = self.meta(ctx)
        plan = policy_set.plan(policy_set.match(meta), "input", meta)
        results = await refuse_on_shape(plan, shape, self.detectors, timeout_s=self.timeout)
        if results is None:
            return None
        ctx.policy_version = policy_set.version
        ctx.decided_for = (meta.model, meta.zone, meta.model_license)
        ctx.findings.extend(all_findings(results))
        return evaluate(plan, results)

    async def decide(
        self,
        ctx: RequestContext,
        direction: Direction,
        items: Sequence[TextItem],
        collect: bool = True,
        target: Deployment | None = None,
        shape: RequestShape | None = None,
    ) -> tuple[Decision, DetectorResults]:
        """``shape``: the request's counts when the caller has them already (else counted here)."""
        policy_set = self.store.current  # pinned: a reload mid-request does not change this request
        ctx.policy_version = policy_set.version
        meta = self.meta(ctx, target)
        if direction == "input":
            ctx.decided_for = (meta.model, meta.zone, meta.model_license)
        matched = policy_set.match(meta)
        plan = policy_set.plan(matched, direction, meta)
        if direction == "input" and isinstance(ctx.body, dict):
            # what text items cannot show (tool definitions, parts without text), for size rules
            items = [*items, shape if shape is not None else request_shape(ctx.endpoint, ctx.body)]
        results = await run_plan(plan, items, self.detectors, timeout_s=self.timeout)
        decision = evaluate(plan, results)
        if collect:
            ctx.findings.extend(all_findings(results))
        return decision, results

    async def apply_transforms(
        self, ctx: RequestContext, decision: Decision, items: Sequence[TextItem], body: dict[str, Any]
    ) -> None:
        """Rewrite the decision's spans in ``body`` (the request, or a whole response)."""
        changed = await self.transform(ctx, decision, items)
        for before, after in zip(items, changed, strict=True):
            if after.text != before.text:
                set_at(body, after.location, after.text)
