"""``model_access``: 404 for a model the gateway does not serve, 403 for one the tenant may not use."""

from __future__ import annotations

from gateway.auth import KeyStore, Principal
from gateway.context import RequestContext
from gateway.errors import model_not_found
from gateway.routing.router import ModelRouter


class ModelAccessStage:
    name = "model_access"

    def __init__(self, router: ModelRouter, keys: KeyStore) -> None:
        self.router = router
        self.keys = keys

    async def run(self, ctx: RequestContext) -> None:
        assert ctx.model is not None and ctx.tenant is not None and ctx.key_id is not None
        if not self.router.has(ctx.model):
            raise model_not_found(ctx.model)
        self.keys.check_model(Principal(ctx.tenant, ctx.key_id), ctx.model)
