"""gateway.yaml for the scenarios: the fake upstream as external models (one healthy, one echoing,
one per misbehaviour), the shipped baseline policy, audit, the pseudonym vault, the classifier.

Keys are known to the suite in plain text; the config holds only their SHA-256, as in production.
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import yaml

from tests.reliability.services import REPO

BASELINE = REPO / "policies" / "library" / "baseline.yaml"

# plain key -> tenant. alpha may use every model, beta the healthy ones, gamma only the internal one;
# ops is the admin tenant (GET /admin/policies).
KEYS: dict[str, str] = {
    "sk-rel-alpha-0001": "alpha",
    "sk-rel-beta-0002": "beta",
    "sk-rel-gamma-0003": "gamma",
    "sk-rel-ops-0004": "ops",
}
TENANT_MODELS: dict[str, list[str]] = {
    "alpha": ["*"],
    "beta": ["fake", "fake-echo"],
    "gamma": ["fake-internal"],
    "ops": ["fake"],
}
# Dashboard users (password, role): the compliance viewer may read, only security may run a verification.
DASHBOARD_USERS: dict[str, tuple[str, str]] = {
    "viewer": ("viewer-password-1", "compliance"),
    "secadmin": ("secadmin-password-1", "security"),
}
VAULT_KEY = "reliability-suite-vault-passphrase"
PII_SALT = "reliability-suite-salt"

# alias -> (fake upstream directives, extra litellm_params). See tests/fake_upstream.py.
FAULT_MODELS: dict[str, tuple[str, dict[str, Any]]] = {
    "up-slow": ("delay=3000", {"timeout": 1.0, "stream_timeout": 1.0}),  # upstream timeout -> 504
    "up-503": ("status=503", {}),  # 5xx after retries -> 502
    "up-429": ("status=429,retry_after=7", {}),  # rate limited -> 429 with Retry-After kept
    "up-reset": ("reset", {}),  # connection reset -> 502
    "up-cut": ("stream_cut=4", {}),  # stream breaks after 4 chunks -> 200, then an error event
    "up-drip": ("drip=40", {}),  # 40 ms between chunks: slow but whole
    "up-flaky": ("status=500", {}),  # always fails; its fallback (fake) answers
}


def key_for(tenant: str) -> str:
    return next(k for k, t in KEYS.items() if t == tenant)


def _hash_password(password: str) -> str:
    from audit.dashboard.auth import hash_password

    return hash_password(password)


@dataclass
class GatewaySpec:
    upstream_base: str  # http://127.0.0.1:PORT
    policy_paths: list[str] = field(default_factory=lambda: [str(BASELINE)])
    faults: bool = False
    audit: dict[str, Any] | None = None  # None: sqlite next to the config
    vault: dict[str, Any] | None = None  # None: in-memory
    classifier: dict[str, Any] | None = None  # None: in-process on CPU (the bundled model)
    access_log: bool = True
    extra: dict[str, Any] = field(default_factory=dict)  # merged last (rate_limits: ... when present)


def _model(
    alias: str, base: str, directives: str = "", zone: str = "external", params: dict[str, Any] | None = None
) -> dict[str, Any]:
    url = f"{base}/x/{directives}/v1" if directives else f"{base}/v1"
    return {
        "model_name": alias,
        "litellm_params": {
            "model": "openai/fake-model",
            "api_base": url,
            "api_key": "sk-upstream",
            **(params or {}),
        },
        "model_info": {"zone": zone},
    }


def render(spec: GatewaySpec, directory: Path) -> Path:
    directory.mkdir(parents=True, exist_ok=True)
    models = [
        _model("fake", spec.upstream_base),
        _model("fake-echo", spec.upstream_base, "echo"),
        _model("fake-internal", spec.upstream_base, "echo", zone="internal"),
    ]
    fallbacks: list[dict[str, list[str]]] = []
    if spec.faults:
        for alias, (directives, params) in FAULT_MODELS.items():
            models.append(_model(alias, spec.upstream_base, directives, params=params))
        fallbacks.append({"up-flaky": ["fake"]})
    audit = dict(spec.audit or {"sink": "sqlite", "path": "audit.db"})
    audit.setdefault("spool_dir", "audit-spool")
    audit.setdefault("signing_key", "audit-signing.pem")
    audit.setdefault("text_mode", "redacted")
    audit.setdefault("retry_interval_s", 0.5)
    audit.setdefault("connect_timeout_s", 2)
    audit["dashboard"] = {
        "users": [
            {"username": u, "password_hash": _hash_password(p), "role": r}
            for u, (p, r) in DASHBOARD_USERS.items()
        ],
        "session_secret": "reliability-suite-session-secret",
        "default_lang": "en",
    }
    cfg: dict[str, Any] = {
        "server": {"access_log": spec.access_log, "log_level": "info"},
        "model_list": models,
        "router_settings": {"num_retries": 1, "fallbacks": fallbacks, "cooldown_time": 5},
        "keys": [
            {"key_sha256": hashlib.sha256(k.encode()).hexdigest(), "tenant": t} for k, t in KEYS.items()
        ],
        "tenants": {t: {"models": m} for t, m in TENANT_MODELS.items()},
        "default_models": [],
        "admin_tenants": ["ops"],
        "policy_paths": spec.policy_paths,
        "policy_settings": {"reload_interval_s": 0},
        "audit": audit,
        "audit_failure": "closed",
        "pii": {"vault": spec.vault or {"backend": "memory"}},
    }
    if spec.classifier is not None:
        cfg["classifier"] = spec.classifier
    cfg.update(spec.extra)
    path = directory / "gateway.yaml"
    path.write_text(yaml.safe_dump(cfg, sort_keys=False, allow_unicode=True), encoding="utf-8")
    return path


def baseline_without_classifier(directory: Path) -> Path:
    """The baseline with its classifier rule removed: the A/B run that says what the classifier costs."""
    doc = yaml.safe_load(BASELINE.read_text(encoding="utf-8"))
    doc["spec"]["rules"] = [r for r in doc["spec"]["rules"] if r.get("detector") != "classifier"]
    doc["metadata"]["name"] = "baseline-no-classifier"
    path = directory / "baseline-no-classifier.yaml"
    path.write_text(yaml.safe_dump(doc, sort_keys=False, allow_unicode=True), encoding="utf-8")
    return path


def gateway_env() -> dict[str, str]:
    """Shared by replicas: the vault key and PII salt must match for pseudonyms to cross processes."""
    return {"SAFETY_GATEWAY_VAULT_KEY": VAULT_KEY, "SAFETY_GATEWAY_PII_SALT": PII_SALT}
