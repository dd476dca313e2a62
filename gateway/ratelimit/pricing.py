"""What a request cost, for spend budgets.

Per deployment, the first of: ``model_info.input_cost_per_1k_tokens`` / ``output_cost_per_1k_tokens``;
litellm's own ``litellm_params.input_cost_per_token`` / ``output_cost_per_token``; litellm's bundled
cost map (offline: ``LITELLM_LOCAL_MODEL_COST_MAP=True`` is forced in :mod:`gateway.offline`); else 0.
Prices are resolved once at start-up, in a thread (importing litellm takes about a second), and only
when a budget is configured: the request path does arithmetic only.
"""

from __future__ import annotations

import logging

from gateway.config import GatewayConfig
from gateway.routing.deployments import build_deployments

log = logging.getLogger("safety_gateway.ratelimit")

Price = tuple[float, float]  # USD per prompt token, per completion token


class Pricing:
    def __init__(self, cfg: GatewayConfig) -> None:
        self._cfg = cfg
        self.prices: dict[str, Price] = {}

    def resolve(self) -> None:
        deployments = build_deployments(self._cfg)  # same order and ids as the router's
        unpriced: list[tuple[str, str]] = []
        for entry, dep in zip(self._cfg.model_list, deployments, strict=True):
            info = entry.model_info
            params = dep.litellm_params
            if info.input_cost_per_1k_tokens is not None or info.output_cost_per_1k_tokens is not None:
                self.prices[dep.id] = (
                    (info.input_cost_per_1k_tokens or 0.0) / 1000,
                    (info.output_cost_per_1k_tokens or 0.0) / 1000,
                )
            elif "input_cost_per_token" in params or "output_cost_per_token" in params:
                self.prices[dep.id] = (
                    float(params.get("input_cost_per_token") or 0.0),
                    float(params.get("output_cost_per_token") or 0.0),
                )
            else:
                unpriced.append((dep.id, str(params.get("model", ""))))
        if not unpriced:
            return
        try:
            import litellm
        except ImportError:  # pragma: no cover - a dependency
            return
        for dep_id, model in unpriced:
            try:
                prompt, _ = litellm.cost_per_token(model=model, prompt_tokens=1_000_000, completion_tokens=0)
                _, completion = litellm.cost_per_token(
                    model=model, prompt_tokens=0, completion_tokens=1_000_000
                )
                self.prices[dep_id] = (float(prompt) / 1e6, float(completion) / 1e6)
            except Exception:  # noqa: BLE001 — not in the cost map: free as far as budgets go
                log.info(
                    "no price for deployment %s (%s): it costs 0 against budgets; set "
                    "model_info.input_cost_per_1k_tokens to change that",
                    dep_id,
                    model,
                )

    def cost(self, deployment_id: str | None, prompt_tokens: int, completion_tokens: int) -> float:
        price = self.prices.get(deployment_id or "")
        if price is None:
            return 0.0
        return prompt_tokens * price[0] + completion_tokens * price[1]
