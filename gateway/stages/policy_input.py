"""``policy_input``: match the policies that govern the request, run the detectors their rules name
(each once, concurrently, with a timeout), evaluate, then enforce — block (400
``content_policy_violation`` naming the rule ids, never the content; 503 ``detector_unavailable``
when a fail-closed detector is down), route (confine to a zone or switch the model), transform
(redact / pseudonymize the text the upstream will see), annotate (flag). Shadow rules only change
the ``x-gateway-policy`` header.
"""

from __future__ import annotations

from gateway.context import RequestContext
from gateway.errors import GatewayError
from gateway.openai_text import request_items
from gateway.stages.policy import PolicyEngine, block_error, record_decision


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
        items = request_items(ctx.endpoint, ctx.body)
        decision, _ = await self.engine.decide(ctx, "input", items)
        record_decision(ctx, "input", decision)
        if decision.blocked:
            raise block_error(decision)
        if decision.route is not None:
            if decision.route.model:
                ctx.model = decision.route.model
            if decision.route.zone:
                ctx.zone_constraint = decision.route.zone
        if decision.transforms:
            await self.engine.apply_transforms(ctx, decision, items, ctx.body)
