"""``policy_input``: match the policies that govern the request, run the detectors their rules name
(each once, concurrently, with a timeout), evaluate, then enforce — block (400
``content_policy_violation`` naming the rule ids, never the content; 503 ``detector_unavailable``
when a fail-closed detector is down), route (confine to a zone or switch the model), transform
(redact / pseudonymize the text the upstream will see), annotate (flag). Shadow rules only change
the ``x-gateway-policy`` header.
"""

from __future__ import annotations

import copy
from typing import Any

from gateway.context import RequestContext
from gateway.errors import GatewayError
from gateway.openai_text import request_items
from gateway.request_shape import request_shape
from gateway.routing.deployments import Deployment
from gateway.stages.policy import PolicyEngine, all_findings, block_error, record_decision
from gateway.stages.sanitize import sanitize_body
from gateway.stages.tool_actions import strip_declared
from policies.evaluator import Decision


class PolicyInputStage:
    name = "policy_input"

    def __init__(self, engine: PolicyEngine, warming: set[str] | None = None) -> None:
        self.engine = engine
        self.warming = warming if warming is not None else set()

    async def run(self, ctx: RequestContext) -> None:
        assert ctx.body is not None
        if self.warming:  # a detector still loading would answer only after its rule timeout
            raise GatewayError(
                503,
                "The gateway is still loading the models its policies need; retry shortly.",
                "service_unavailable",
                code="model_loading",
                headers={"retry-after": "5"},
            )
        shape = request_shape(ctx.endpoint, ctx.body)  # counted once, for both size checks
        early = await self.engine.refuse_on_shape(ctx, shape)
        if early is not None:
            self._enforce(ctx, early)  # a block: 100,000 parts are refused before their text is walked
        items = request_items(ctx.endpoint, ctx.body)
        decision, _ = await self.engine.decide(ctx, "input", items, shape=shape)
        self._enforce(ctx, decision)
        decided_zone = ctx.decided_for[1] if ctx.decided_for else None
        if decided_zone is not None and self.engine.crossing_denied(ctx):
            ctx.zone_constraint = decided_zone  # fallback_across_zones: deny
        if decision.route is not None:
            if decision.route.model:
                ctx.model = decision.route.model
            if decision.route.zone:
                ctx.zone_constraint = decision.route.zone
            elif decision.route.model:
                # Routed to a model: its fallbacks stay in its zone, as with a routed zone.
                zones = self.engine.router.zones(decision.route.model)
                ctx.zone_constraint = zones.pop() if len(zones) == 1 else ctx.zone_constraint
        if decision.transforms or decision.tool_actions:
            ctx.original_body = copy.deepcopy(ctx.body)  # per-attempt decisions start from it
        if decision.transforms:
            await self.engine.apply_transforms(ctx, decision, items, ctx.body)
        if decision.tool_actions:
            strip_declared(ctx.body, decision)  # after the transforms: removing a tool renumbers the rest

    @staticmethod
    def _enforce(ctx: RequestContext, decision: Decision) -> None:
        record_decision(ctx, "input", decision)
        if decision.blocked:
            raise block_error(decision)

    async def for_attempt(self, ctx: RequestContext, dep: Deployment) -> dict[str, Any] | None:
        """The body an attempt on ``dep`` may send (``router.prepare_attempt``), or None to skip it.

        The input decision was made for one (alias, zone, licence); rules can differ elsewhere
        (``when: {zones: [external]}`` pseudonymizes only for external models). A retry or fallback
        that reaches another one is decided again, from the body as the client sent it, for that
        deployment: blocked, or routed somewhere this deployment is not, skips it; otherwise its
        transforms apply to a fresh copy, which is what is sent and what the audit records.
        """
        assert ctx.body is not None
        target = (dep.alias, dep.zone, dep.license)
        if ctx.decided_for is None or target == ctx.decided_for:
            return ctx.body
        body = copy.deepcopy(ctx.original_body if ctx.original_body is not None else ctx.body)
        items = request_items(ctx.endpoint, body)
        decided_for = ctx.decided_for  # describes ctx.body; kept when this deployment is refused
        decision, results = await self.engine.decide(ctx, "input", items, collect=False, target=dep)
        route = decision.route
        if decision.blocked or (
            route is not None
            and ((route.zone and route.zone != dep.zone) or (route.model and route.model != dep.alias))
        ):
            ctx.decided_for = decided_for
            return None
        # From here the record describes this attempt: its decision, its findings, its body.
        ctx.findings[:] = [f for f in ctx.findings if f.direction != "input"] + all_findings(results)
        record_decision(ctx, "input", decision)
        if decision.transforms:
            await self.engine.apply_transforms(ctx, decision, items, body)
        if decision.tool_actions:
            strip_declared(body, decision)
        sanitize_body(ctx.endpoint, body)  # as the sanitize stage did for the first decision's body
        ctx.body = body
        return body
