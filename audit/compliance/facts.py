"""What the gateway says about itself for a compliance report: deployments, policies, keys, settings.

``audit`` imports nothing of ours, so the gateway's CLI (``gateway/compliance_facts.py``) reads its own
configuration and policy files and hands them in as these plain values. The report never holds a
secret: API keys, endpoints' credentials and private keys stay out; only ids, hashes and key ids go in.
"""

from __future__ import annotations

from dataclasses import dataclass, field


@dataclass(frozen=True)
class DeployedModel:
    alias: str  # what clients ask for
    deployment: str  # the deployment id audit records carry (e.g. "gpt#0")
    model: str  # provider/model as configured, without endpoint or credentials
    zone: str  # internal | external, as declared in model_info.zone
    license: str | None  # licence id from model_info.license
    license_name: str | None = None  # its full name when the licence registry knows it


@dataclass(frozen=True)
class PolicyRule:
    """One rule of a policy in force, as far as a control needs to know it."""

    key: str  # "policy/rule-id", the id audit records carry
    directions: tuple[str, ...]  # "input", "output"
    detector: str | None
    action: str  # block, redact, pseudonymize, route, notice, watermark, flag, allow...
    types: tuple[str, ...] | None  # categories/entity types the rule reads; None: all
    zones: tuple[str, ...] | None  # from its ``when: {zones: [...]}``; None: every zone
    mode: str  # enforce | monitor | shadow


@dataclass(frozen=True)
class PolicyFile:
    name: str  # metadata.name
    file: str
    sha256: str  # of the file's bytes
    owner: str | None
    mode: str


@dataclass(frozen=True)
class GatewayFacts:
    config_file: str
    config_sha256: str | None
    gateway_version: str
    models: tuple[DeployedModel, ...]
    policy_version: str  # the policy set's content hash (what audit records call policy_version)
    policies: tuple[PolicyFile, ...]
    rules: tuple[PolicyRule, ...]
    # Access control
    api_keys_configured: int  # key hashes in the config (the environment may add more at start-up)
    tenants_restricted: int  # tenants with a model allow-list other than "*"
    dashboard_users: dict[str, int] = field(default_factory=dict)  # role -> users
    # Consumption limits (rate_limits:)
    rate_limits: tuple[str, ...] = ()  # "key default: rpm 600, tpm 200000", ...
    # Audit settings
    audit_sink: str = "sqlite"
    audit_text_mode: str = "redacted"
    audit_failure: str = "closed"
    retention_days: int | None = None
    # Signing keys by role ("audit": checkpoints, "provenance": provenance records) -> key id
    key_ids: dict[str, str] = field(default_factory=dict)
    provenance_enabled: bool = True

    def rules_where(
        self,
        *,
        direction: str | None = None,
        actions: tuple[str, ...] | None = None,
        detectors: tuple[str, ...] | None = None,
        enforced: bool = True,
    ) -> list[PolicyRule]:
        """The rules in force matching every given condition (``enforced``: mode enforce only)."""
        out = []
        for r in self.rules:
            if direction is not None and direction not in r.directions:
                continue
            if actions is not None and r.action not in actions:
                continue
            if detectors is not None and r.detector not in detectors:
                continue
            if enforced and r.mode != "enforce":
                continue
            out.append(r)
        return out
