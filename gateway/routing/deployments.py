"""Deployments: one upstream model behind an alias, with its zone and licence."""

from __future__ import annotations

import hashlib
from dataclasses import dataclass, field
from typing import Any

from gateway.config import GatewayConfig

# Providers whose API is OpenAI's own wire format: the fast path can call them directly.
OPENAI_COMPATIBLE = {"openai", "hosted_vllm", "openai_like", "custom_openai", "text-completion-openai"}

# litellm_params keys that configure the call rather than go into the request body.
CALL_KEYS = {
    "model",
    "api_base",
    "base_url",
    "api_key",
    "timeout",
    "stream_timeout",
    "max_retries",
    "organization",
    "rpm",
    "tpm",
    "custom_llm_provider",
    "api_version",
    "model_path",
    "device",
    "torch_dtype",
    "watermark",
    "watermark_key",
    "watermark_gamma",
    "watermark_delta",
    "input_cost_per_token",
    "output_cost_per_token",
    "weight",
    "order",
    "tags",
    "region_name",
    "extra_headers",
    "headers",
    "use_in_pass_through",
    "merge_reasoning_content_in_choices",
}

# Our own keys: never handed to litellm.
# The in-process model's own settings (green-list watermark included): never sent to litellm as parameters.
LOCAL_KEYS = {
    "model_path",
    "device",
    "torch_dtype",
    "watermark",
    "watermark_key",
    "watermark_gamma",
    "watermark_delta",
}


FEATURES = ("tools", "response_format", "embeddings", "streaming")
# The bundled in-process provider generates chat text only: no tool calls, no JSON mode, no embeddings.
INPROCESS_LACKS = frozenset({"tools", "response_format", "embeddings"})


def required_features(endpoint: str, body: dict[str, Any]) -> set[str]:
    """What a request needs from the deployment that serves it."""
    need: set[str] = set()
    if endpoint == "embeddings":
        need.add("embeddings")
    if body.get("tools") or body.get("functions"):
        need.add("tools")
    fmt = body.get("response_format")
    if isinstance(fmt, dict) and fmt.get("type") in ("json_object", "json_schema"):
        need.add("response_format")
    if body.get("stream"):
        need.add("streaming")
    return need


def _supports(provider: str, declared: Any) -> frozenset[str]:
    out = set(FEATURES) - (INPROCESS_LACKS if provider == "inprocess" else set())
    for feature in FEATURES:
        value = getattr(declared, feature, None)
        if value is True:
            out.add(feature)
        elif value is False:
            out.discard(feature)
    return frozenset(out)


@dataclass(slots=True)
class Deployment:
    id: str
    alias: str
    zone: str
    license: str | None
    provider: str
    upstream_model: str  # the model name the upstream expects
    litellm_params: dict[str, Any]
    api_base: str | None = None
    api_key: str | None = None
    timeout: float | None = None
    stream_timeout: float | None = None
    body_defaults: dict[str, Any] = field(default_factory=dict)  # e.g. max_tokens set per deployment
    extra_headers: dict[str, str] = field(default_factory=dict)
    # What it can honour (model_info.supports): tools, response_format, embeddings, streaming.
    supports: frozenset[str] = frozenset(FEATURES)

    @property
    def fast_path_capable(self) -> bool:
        return self.provider in OPENAI_COMPATIBLE and bool(self.api_base)

    def litellm_model_entry(self) -> dict[str, Any]:
        params = {k: v for k, v in self.litellm_params.items() if k not in LOCAL_KEYS}
        return {"model_name": self.id, "litellm_params": params, "model_info": {"id": self.id}}


def build_deployments(cfg: GatewayConfig) -> list[Deployment]:
    out: list[Deployment] = []
    counters: dict[str, int] = {}
    for entry in cfg.model_list:
        params = entry.litellm_params.model_dump(exclude_none=True)
        model = params["model"]
        provider, _, upstream_model = model.partition("/")
        if not upstream_model:
            provider, upstream_model = "openai", model
        n = counters.get(entry.model_name, 0)
        counters[entry.model_name] = n + 1
        dep_id = entry.model_info.id or f"{entry.model_name}#{n}"
        api_base = params.get("api_base") or params.get("base_url")
        out.append(
            Deployment(
                id=dep_id,
                alias=entry.model_name,
                zone=entry.model_info.zone,
                license=entry.model_info.license,
                provider=provider,
                upstream_model=upstream_model,
                litellm_params=params,
                api_base=api_base.rstrip("/") if api_base else None,
                api_key=params.get("api_key"),
                timeout=params.get("timeout"),
                stream_timeout=params.get("stream_timeout"),
                body_defaults={k: v for k, v in params.items() if k not in CALL_KEYS},
                extra_headers=dict(params.get("extra_headers") or params.get("headers") or {}),
                supports=_supports(provider, entry.model_info.supports),
            )
        )
    return out


def config_fingerprint(deployments: list[Deployment]) -> str:
    h = hashlib.sha256()
    for d in deployments:
        h.update(f"{d.id}|{d.alias}|{d.zone}|{d.provider}|{d.upstream_model}|{d.api_base}\n".encode())
    return h.hexdigest()[:16]
