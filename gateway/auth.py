"""API keys and tenants.

Only SHA-256 hashes of keys are kept, in config and in memory. ``key_id`` (a short prefix of the
hash) is what logs and audit records carry to identify a key without revealing it.
"""

from __future__ import annotations

import fnmatch
import hashlib
import hmac
import os
import secrets
from collections.abc import Iterable, Mapping
from dataclasses import dataclass

from gateway.errors import GatewayError, forbidden, unauthorized

KEYS_ENV = "SAFETY_GATEWAY_KEYS"


def hash_key(key: str) -> str:
    return hashlib.sha256(key.encode("utf-8")).hexdigest()


def key_id_of(key_hash: str) -> str:
    return "key_" + key_hash[:12]


@dataclass(frozen=True, slots=True)
class Principal:
    """Who is calling: the tenant and an opaque id of the key used."""

    tenant: str
    key_id: str


@dataclass(frozen=True, slots=True)
class TenantAccess:
    patterns: tuple[str, ...]

    def allows(self, alias: str) -> bool:
        return any(p == "*" or p == alias or fnmatch.fnmatchcase(alias, p) for p in self.patterns)


def parse_keys_env(value: str) -> dict[str, str]:
    """``key=tenant,key2=tenant2`` → {sha256(key): tenant}. Raises ValueError naming the bad entry
    by position only (the entry holds a secret)."""
    out: dict[str, str] = {}
    for index, item in enumerate(filter(None, (p.strip() for p in value.split(",")))):
        key, sep, tenant = item.partition("=")
        if not sep or not key.strip() or not tenant.strip():
            raise ValueError(f"{KEYS_ENV}: entry {index + 1} is not of the form key=tenant")
        out[hash_key(key.strip())] = tenant.strip()
    return out


class KeyStore:
    """Maps bearer keys to principals and tenants to the models they may use."""

    def __init__(
        self,
        key_hashes: Mapping[str, str],
        tenants: Mapping[str, Iterable[str]],
        default_models: Iterable[str] = ("*",),
    ) -> None:
        self._keys = {h.lower(): Principal(tenant, key_id_of(h.lower())) for h, tenant in key_hashes.items()}
        self._tenants = {t: TenantAccess(tuple(m)) for t, m in tenants.items()}
        self._default = TenantAccess(tuple(default_models))
        self._cache: dict[str, Principal | None] = {}

    def __len__(self) -> int:
        return len(self._keys)

    def add(self, key_hash: str, tenant: str) -> None:
        self._keys[key_hash.lower()] = Principal(tenant, key_id_of(key_hash.lower()))
        self._cache.clear()

    def generate(self, tenant: str = "default") -> str:
        """Create a random key, keep only its hash, and return the plain key (to print once)."""
        key = "sg-" + secrets.token_urlsafe(32)
        self.add(hash_key(key), tenant)
        return key

    def authenticate(self, authorization: str | None, api_key_header: str | None = None) -> Principal:
        """Accept ``Authorization: Bearer <key>`` (the OpenAI SDK) or ``api-key: <key>`` (Azure SDKs)."""
        key: str | None = None
        if authorization:
            scheme, _, value = authorization.partition(" ")
            if scheme.lower() != "bearer" or not value.strip():
                raise unauthorized("Malformed Authorization header; expected 'Bearer <api key>'.")
            key = value.strip()
        elif api_key_header:
            key = api_key_header.strip()
        if not key:
            raise unauthorized("Missing API key. Send 'Authorization: Bearer <api key>'.")
        digest = hash_key(key)
        principal = self._keys.get(digest)
        if principal is None:
            raise unauthorized("Invalid API key.")
        # Constant-time confirmation of the dict hit, to not leak timing on hash prefixes.
        if not hmac.compare_digest(principal.key_id, key_id_of(digest)):
            raise unauthorized("Invalid API key.")
        return principal

    def access(self, tenant: str) -> TenantAccess:
        return self._tenants.get(tenant, self._default)

    def check_model(self, principal: Principal, alias: str) -> None:
        if not self.access(principal.tenant).allows(alias):
            raise forbidden(f"Tenant '{principal.tenant}' may not use model '{alias}'.", param="model")


def keys_from_environment() -> dict[str, str]:
    value = os.environ.get(KEYS_ENV, "")
    return parse_keys_env(value) if value else {}


__all__ = ["GatewayError", "KeyStore", "Principal", "hash_key", "key_id_of", "keys_from_environment"]
