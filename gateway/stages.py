"""The foundation's pipeline stages.

Each stage is small and named for what it does; the policy, detector and transform stages of
later issues slot in between ``model_access`` and the upstream call, in the order the policy
file reads.
"""

from __future__ import annotations

from typing import Any

from gateway.auth import KeyStore, Principal
from gateway.context import RequestContext
from gateway.errors import GatewayError, model_not_found
from gateway.local_model import PROVIDER, LocalModelRegistry
from gateway.pipeline import StreamFilter
from gateway.routing.router import ModelRouter
from gateway.schemas import validate_body


class SchemaStage:
    """Shape checks: a 400 that names the field, before anything else looks at the body."""

    name = "schema"

    async def run(self, ctx: RequestContext) -> None:
        validate_body(ctx.endpoint, ctx.body)


class ModelAccessStage:
    """404 for a model the gateway does not serve, 403 for one the tenant may not use."""

    name = "model_access"

    def __init__(self, router: ModelRouter, keys: KeyStore) -> None:
        self.router = router
        self.keys = keys

    async def run(self, ctx: RequestContext) -> None:
        assert ctx.model is not None and ctx.tenant is not None and ctx.key_id is not None
        if not self.router.has(ctx.model):
            raise model_not_found(ctx.model)
        self.keys.check_model(Principal(ctx.tenant, ctx.key_id), ctx.model)


class ReadinessStage:
    """503 with Retry-After while every deployment of the alias is an in-process model still loading."""

    name = "readiness"

    def __init__(self, router: ModelRouter, registry: LocalModelRegistry) -> None:
        self.router = router
        self.registry = registry

    async def run(self, ctx: RequestContext) -> None:
        deps = self.router.by_alias.get(ctx.model or "", [])
        pending = self.registry.pending
        if deps and pending and all(d.provider == PROVIDER and d.upstream_model in pending for d in deps):
            raise GatewayError(503, f"Model '{ctx.model}' is still loading; retry shortly.", "service_unavailable",
                               code="model_loading", headers={"retry-after": "5"})


class _UsageFilter:
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
    """Records token usage from the response (whole or streamed) into the context for audit."""

    name = "usage"

    async def on_response(self, ctx: RequestContext, response: dict[str, Any]) -> dict[str, Any]:
        usage = response.get("usage")
        if isinstance(usage, dict):
            ctx.usage = usage
        return response

    def stream_filter(self, ctx: RequestContext) -> StreamFilter | None:
        return _UsageFilter(ctx)
