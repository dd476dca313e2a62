"""What ``safety-gateway compliance report`` needs to know about this gateway, read from its config.

``audit/compliance`` may not import the gateway, so this thin layer turns ``gateway.yaml`` (models,
zones, licences, the policy files in force, keys, limits) into :class:`audit.compliance.facts.GatewayFacts`.
It reads; it never generates a key or touches the network.
"""

from __future__ import annotations

import hashlib
from collections import Counter
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from audit.compliance.facts import GatewayFacts
    from audit.config import AuditConfig
    from gateway.config import GatewayConfig, LimitSpec


def _limit(scope: str, name: str, spec: LimitSpec) -> str:
    parts = []
    if spec.rpm:
        parts.append(f"rpm {spec.rpm}")
    if spec.tpm:
        parts.append(f"tpm {spec.tpm}")
    if spec.budget:
        parts.append(f"{spec.budget.usd:g} USD/{spec.budget.period}")
    return f"{scope} {name}: {', '.join(parts) or '–'}"


def _key_ids(cfg: GatewayConfig, audit_cfg: AuditConfig) -> dict[str, str]:
    from audit.signing import SigningKeyError
    from gateway.config import resolve_path
    from gateway.provenance.keys import find_signer

    out: dict[str, str] = {}
    try:
        signer = audit_cfg.signer(create=False) if audit_cfg.signing_key else None
        if signer is not None:
            out["audit"] = signer.key_id
    except SigningKeyError:
        pass  # no key file yet: the report says which keys it found
    p = cfg.provenance
    if p.enabled:
        try:
            prov = find_signer(
                str(resolve_path(cfg, p.signing_key)) if p.signing_key else None,
                state_dir=resolve_path(cfg, p.state_dir),
            )
        except SigningKeyError:
            prov = None
        if prov is not None:
            out["provenance"] = prov.key_id
    return out


def gateway_facts(config: str | None) -> tuple[GatewayFacts, AuditConfig]:
    """Facts and the resolved ``audit:`` section of ``config`` (the bundled default when None).
    Raises ValueError with a readable message for any problem a user can fix."""
    from audit.compliance.facts import DeployedModel, GatewayFacts, PolicyFile, PolicyRule
    from audit.config import AuditConfig
    from gateway import __version__
    from gateway.config import ConfigError, base_dir, load_config, resolve_path
    from gateway.routing.deployments import build_deployments
    from policies.licenses import LICENSES
    from policies.loader import PolicyLoadError, build_policy_set, load_documents

    try:
        cfg = load_config(config)
    except ConfigError as exc:
        raise ValueError(f"invalid config\n{exc}") from None
    if cfg.audit is None:
        raise ValueError(f"{cfg.source} has no audit: section, so there is nothing to report on")
    audit_cfg = AuditConfig.model_validate(cfg.audit).resolved(base_dir(cfg))

    models = tuple(
        DeployedModel(
            alias=d.alias,
            deployment=d.id,
            model=f"{d.provider}/{d.upstream_model}",
            zone=d.zone,
            license=d.license,
            license_name=LICENSES[d.license].name
            if d.license is not None and d.license in LICENSES
            else None,
        )
        for d in build_deployments(cfg)
    )

    try:
        docs, errors = load_documents([resolve_path(cfg, p) for p in cfg.policy_paths])
        if errors:
            raise PolicyLoadError(errors)
        policy_set = build_policy_set(docs)
    except (PolicyLoadError, FileNotFoundError) as exc:
        raise ValueError(f"the policy files do not load:\n{exc}") from None
    policies = tuple(
        PolicyFile(d.model.metadata.name, d.source.file, d.digest, d.model.metadata.owner, d.model.spec.mode)
        for d in docs
    )
    rules = tuple(
        PolicyRule(
            key=r.key,
            directions=tuple(sorted(r.directions)),
            detector=r.detector,
            action=str(r.action.value),
            types=tuple(sorted(r.types)) if r.types is not None else None,
            zones=tuple(r.when.source.zones) if r.when is not None and r.when.source.zones else None,
            mode=r.mode,
        )
        for p in policy_set.policies
        if not p.abstract
        for r in p.rules
    )

    limits: list[str] = []
    if cfg.rate_limits is not None:
        limits += [_limit("key", n, s) for n, s in sorted(cfg.rate_limits.keys.items())]
        limits += [_limit("tenant", n, s) for n, s in sorted(cfg.rate_limits.tenants.items())]

    source = Path(cfg.source)
    return (
        GatewayFacts(
            config_file=str(source),
            config_sha256=hashlib.sha256(source.read_bytes()).hexdigest() if source.is_file() else None,
            gateway_version=__version__,
            models=models,
            policy_version=policy_set.version,
            policies=policies,
            rules=rules,
            api_keys_configured=len(cfg.keys),
            tenants_restricted=sum(1 for t in cfg.tenants.values() if t.models != ["*"]),
            dashboard_users=dict(Counter(u.role for u in audit_cfg.dashboard.users)),
            rate_limits=tuple(limits),
            audit_sink=audit_cfg.sink,
            audit_text_mode=audit_cfg.text_mode,
            audit_failure=cfg.audit_failure,
            retention_days=audit_cfg.retention_days,
            key_ids=_key_ids(cfg, audit_cfg),
            provenance_enabled=cfg.provenance.enabled,
        ),
        audit_cfg,
    )
