"""``readiness``: 503 with Retry-After while every deployment of the alias is an in-process model
still loading. After the policy stage: a route decision may have changed the model."""

from __future__ import annotations

from gateway.context import RequestContext
from gateway.errors import GatewayError
from gateway.local_model import PROVIDER, LocalModelRegistry
from gateway.routing.router import ModelRouter


class ReadinessStage:
    name = "readiness"

    def __init__(self, router: ModelRouter, registry: LocalModelRegistry) -> None:
        self.router = router
        self.registry = registry

    async def run(self, ctx: RequestContext) -> None:
        deps = self.router.by_alias.get(ctx.model or "", [])
        pending = self.registry.pending
        if deps and pending and all(d.provider == PROVIDER and d.upstream_model in pending for d in deps):
            raise GatewayError(
                503,
                f"Model '{ctx.model}' is still loading; retry shortly.",
                "service_unavailable",
                code="model_loading",
                headers={"retry-after": "5"},
            )
