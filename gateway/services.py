"""The parts one running gateway is made of, built from its config (the composition root).

Router and keys, in-process models, the detectors the registry knows, the policy engine and the
pseudonym vault, the auditor, rate limits, the provenance signer, metrics and traces. Everything
is owned by the :class:`Services` of one app: there is no module-level state to share between two
gateways in one process (tests start many). The stages that use them are put in order by
:func:`gateway.stages.build.build_pipeline`.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from gateway.auditor import Auditor
from gateway.auth import KeyStore, keys_from_environment
from gateway.config import GatewayConfig, base_dir, resolve_path
from gateway.detectors.registry import DetectorEnv, build_detectors, finding_kinds
from gateway.local_model import PROVIDER, LocalModel, LocalModelRegistry, choose_device
from gateway.metrics import Metrics
from gateway.provenance.greenlist import greenlist_from_params
from gateway.routing.deployments import Deployment, build_deployments
from gateway.routing.router import ModelRouter
from gateway.stages.policy import PolicyEngine
from gateway.stages.rate_limit import RateLimitStage, build_rate_limiter
from policies.findings import Detector

if TYPE_CHECKING:
    from gateway.pii.vault import Vault
    from gateway.provenance import Keyring, MarkKeys, Signer
    from gateway.provenance.notice_memory import NoticeMemory
    from gateway.tracing import Tracing


@dataclass
class Services:
    cfg: GatewayConfig
    keys: KeyStore
    router: ModelRouter
    metrics: Metrics
    local: LocalModelRegistry  # in-process models (``inprocess/...`` deployments)
    local_names: list[str] = field(default_factory=list)  # the ones this config serves
    tracing: Tracing | None = None
    detectors: dict[str, Detector] = field(default_factory=dict)  # as built (not wrapped in spans)
    policy: PolicyEngine | None = None  # when policy_paths are configured
    vault: Vault | None = None  # pseudonyms, when policies are configured
    auditor: Auditor | None = None  # when the config has an audit: section
    ratelimit: RateLimitStage | None = None  # when rate_limits are configured
    signer: Signer | None = None  # when provenance is enabled
    keyring: Keyring | None = None  # the public keys its records verify against (current + rotated-out)
    mark_keys: MarkKeys | None = None  # secrets compact marks verify against (current + private old keys)
    notice_memory: NoticeMemory | None = None  # conversations already shown a once_per_conversation notice
    # detectors (and rule preparations) still loading at start: /readyz says not ready and requests that
    # policies govern get 503 model_loading until they are done
    warming: set[str] = field(default_factory=set)


def build_keystore(cfg: GatewayConfig) -> KeyStore:
    hashes = {k.key_sha256: k.tenant for k in cfg.keys}
    hashes.update(keys_from_environment())
    return KeyStore(hashes, {t: e.models for t, e in cfg.tenants.items()}, cfg.default_models)


def build_local_models(
    cfg: GatewayConfig, deployments: list[Deployment]
) -> tuple[LocalModelRegistry, list[str]]:
    """The in-process models of the ``inprocess/...`` deployments (loaded later, in the background)."""
    registry = LocalModelRegistry()
    names: list[str] = []
    for dep in deployments:
        if dep.provider != PROVIDER:
            continue
        path_value = dep.litellm_params.get("model_path")
        if not path_value:
            raise ValueError(f"model '{dep.alias}': an inprocess model needs litellm_params.model_path")
        if dep.upstream_model not in registry.models:
            registry.add(
                LocalModel(
                    dep.upstream_model,
                    resolve_path(cfg, str(path_value)),
                    device=choose_device(dep.litellm_params.get("device")),
                    default_max_tokens=int(dep.litellm_params.get("max_tokens", 256)),
                    greenlist=greenlist_from_params(dep.litellm_params, name=dep.alias),
                )
            )
        names.append(dep.upstream_model)
    if names:
        from gateway.local_provider import register_provider

        # Before the Router is built: litellm checks every deployment's provider on construction.
        register_provider(registry)
    return registry, names


def build_signer(cfg: GatewayConfig) -> tuple[Signer, Keyring]:
    from gateway.provenance import Keyring, load_signer

    p = cfg.provenance
    signer = load_signer(
        str(resolve_path(cfg, p.signing_key)) if p.signing_key else None,
        state_dir=resolve_path(cfg, p.state_dir),
    )
    keyring = Keyring.from_signer(signer, [resolve_path(cfg, k) for k in p.previous_public_keys])
    return signer, keyring


def build_auditor(cfg: GatewayConfig) -> Auditor:
    from gateway.pii.config import build_detector

    audit_cfg = cfg.audit.resolved(base_dir(cfg))
    return Auditor(audit_cfg, cfg.audit_failure, build_detector(cfg.pii), finding_kinds())


def build_policy_engine(
    cfg: GatewayConfig, router: ModelRouter, detectors: dict[str, Detector], tracing: Tracing | None = None
) -> tuple[PolicyEngine, Vault]:
    """Load the policy files (errors carry file:line:column) with every detector this install has,
    and the transform that carries out redact/pseudonymize through the vault configured in ``pii:``."""
    from gateway.pii.config import build_vault
    from gateway.stages.pii import PIITransform
    from policies.store import PolicyStore

    vault = build_vault(cfg.pii)
    salt = getattr(detectors.get("pii"), "salt", None)  # hash-style redactions correlate with PII findings
    paths = [resolve_path(cfg, p) for p in cfg.policy_paths]
    store = PolicyStore(paths, known_detectors=set(detectors))
    ps = cfg.policy_settings
    engine = PolicyEngine(
        store,
        tracing.wrap_detectors(detectors) if tracing is not None else detectors,
        router,
        transform=PIITransform(vault, salt),
        detector_timeout_s=ps.detector_timeout_s,
        stream_check=ps.stream_check,
        stream_window=(ps.stream_window_chars, ps.stream_overlap_chars),
    )
    return engine, vault


def build_services(
    cfg: GatewayConfig, keys: KeyStore | None = None, tracing: Tracing | None = None
) -> Services:
    keys = keys if keys is not None else build_keystore(cfg)
    deployments = build_deployments(cfg)
    local, local_names = build_local_models(cfg, deployments)
    router = ModelRouter(cfg, deployments)
    router.may_use = lambda tenant, alias: tenant is not None and keys.access(tenant).allows(alias)
    metrics = Metrics()
    s = Services(
        cfg,
        keys,
        router,
        metrics,
        local,
        local_names,
        tracing=tracing,
        ratelimit=build_rate_limiter(cfg, metrics),
        auditor=build_auditor(cfg) if cfg.audit.enabled else None,
    )
    if cfg.policy_paths:
        s.detectors = build_detectors(cfg.detector_settings(), DetectorEnv(base_dir(cfg)), strict=True)
        s.policy, s.vault = build_policy_engine(cfg, router, s.detectors, tracing)
    if cfg.provenance.enabled:
        from gateway.provenance import MarkKeys
        from gateway.provenance.notice_memory import build_notice_memory

        s.signer, s.keyring = build_signer(cfg)
        s.mark_keys = MarkKeys([s.signer])
        s.mark_keys.add_private_files(resolve_path(cfg, k) for k in cfg.provenance.previous_public_keys)
        s.notice_memory = build_notice_memory(cfg.pii)
    if tracing is not None:
        router.fast = tracing.wrap_backend(router.fast, "fast")
        if router.litellm is not None:
            router.litellm = tracing.wrap_backend(router.litellm, "litellm")
    return s
