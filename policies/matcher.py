"""Which policies (and which rules' ``when`` conditions) apply to a request.

:class:`RequestMeta` is everything the matcher may look at. It is built by the gateway from
*server-side* facts (tenant from the API key, model alias, the zone and licence of the target
deployment, endpoint, tenant labels from config) plus the client's headers and ``metadata``.
Client-controlled conditions (headers, metadata) are positive only: they can make a policy
apply, never stop one from applying. There is no field, header or flag through which a client
can switch a policy off; anything else a client sends is simply not looked at.
"""

from __future__ import annotations

import fnmatch
import re
from collections.abc import Mapping
from dataclasses import dataclass, field, replace
from types import MappingProxyType
from typing import Any

from .licenses import license_has
from .models import Match, RouteTarget
from .normalize import header_values, normalize

_EMPTY: Mapping[str, str] = MappingProxyType({})


@dataclass(frozen=True, slots=True)
class RequestMeta:
    """The facts about one request that policies match on. Header names are lower-cased."""

    tenant: str | None = None
    model: str | None = None
    zone: str | None = None
    endpoint: str | None = None
    model_license: str | None = None
    headers: Mapping[str, str] = field(default_factory=lambda: _EMPTY)
    metadata: Mapping[str, str] = field(default_factory=lambda: _EMPTY)
    tenant_labels: Mapping[str, str] = field(default_factory=lambda: _EMPTY)

    @classmethod
    def build(
        cls,
        *,
        tenant: str | None = None,
        model: str | None = None,
        zone: str | None = None,
        endpoint: str | None = None,
        model_license: str | None = None,
        headers: Mapping[str, object] | None = None,
        metadata: Mapping[str, object] | None = None,
        tenant_labels: Mapping[str, object] | None = None,
    ) -> RequestMeta:
        """Normalise: header names lower-cased, all values as strings (lists joined by ',')."""

        def norm(m: Mapping[str, object] | None, lower: bool) -> Mapping[str, str]:
            if not m:
                return _EMPTY
            out: dict[str, str] = {}
            for k, v in m.items():
                key = str(k).lower() if lower else str(k)
                if isinstance(v, (list, tuple)):
                    v = ",".join(str(x) for x in v)
                out[key] = "" if v is None else str(v)
            return MappingProxyType(out)

        return cls(
            tenant=tenant,
            model=model,
            zone=zone,
            endpoint=endpoint,
            model_license=model_license,
            headers=norm(headers, True),
            metadata=norm(metadata, False),
            tenant_labels=norm(tenant_labels, False),
        )

    def routed(self, target: RouteTarget | None) -> RequestMeta:
        """The same request after a ``route`` decision moved it to another zone and/or model."""
        if target is None:
            return self
        return replace(
            self,
            zone=target.zone if target.zone is not None else self.zone,
            model=target.model if target.model is not None else self.model,
        )


def _compile_globs(patterns: list[str] | str, casefold: bool = False) -> re.Pattern[str]:
    if isinstance(patterns, str):
        patterns = [patterns]
    parts = [fnmatch.translate(normalize(p).text.casefold() if casefold else p) for p in patterns]
    return re.compile("|".join(f"(?:{p})" for p in parts) if parts else r"(?!x)x")


class CompiledMatch:
    """A :class:`policies.models.Match` compiled to regexes; ``matches(request)`` is the hot path."""

    __slots__ = ("source", "_checks", "always")

    def __init__(self, match: Match) -> None:
        self.source = match
        checks: list[tuple[str, Any]] = []
        for attr in ("tenants", "models", "zones", "endpoints"):
            value = getattr(match, attr)
            if value is not None:
                checks.append((attr, _compile_globs(value)))
        if match.licenses is not None:
            checks.append(("licenses", _compile_globs(match.licenses)))
        if match.license_facts:
            checks.append(("license_facts", dict(match.license_facts)))
        for attr, casefold in (("tenant_labels", False), ("headers", True), ("metadata", False)):
            value = getattr(match, attr)
            if value:
                compiled = {
                    (k.lower() if attr == "headers" else k): _compile_globs(v, casefold)
                    for k, v in value.items()
                }
                checks.append((attr, compiled))
        self._checks = tuple(checks)
        self.always = not checks

    def matches(self, request: RequestMeta) -> bool:
        return self.why_not(request) is None

    def why_not(self, request: RequestMeta) -> str | None:
        """``None`` when the request matches, else the first condition it fails (for ``explain``)."""
        for attr, check in self._checks:
            if attr == "tenants":
                if not check.match(request.tenant or ""):
                    return f"tenant {request.tenant!r} not in match.tenants"
            elif attr == "models":
                if not check.match(request.model or ""):
                    return f"model {request.model!r} not in match.models"
            elif attr == "zones":
                if not check.match(request.zone or ""):
                    return f"zone {request.zone!r} not in match.zones"
            elif attr == "endpoints":
                if not check.match(request.endpoint or ""):
                    return f"endpoint {request.endpoint!r} not in match.endpoints"
            elif attr == "licenses":
                if not check.match(request.model_license or ""):
                    return f"licence {request.model_license!r} not in match.licenses"
            elif attr == "license_facts":
                for key, expected in check.items():
                    if not license_has(request.model_license, key, expected):
                        return f"licence {request.model_license!r} does not have {key}={expected!r}"
            else:
                source: Mapping[str, str] = getattr(request, attr)
                for key, pattern in check.items():
                    value = source.get(key)
                    if value is None:
                        return f"{attr[:-1] if attr.endswith('s') else attr} {key!r} absent"
                    candidates = [v.strip() for v in value.split(",")] if "," in value else [value.strip()]
                    if attr == "headers":
                        # Every value of a repeated or comma-joined header, also as normalized
                        # (header_values: [대외비], 대외비; reason=…, 對外秘, NFD, 대 외 비, RFC 2047):
                        # any match applies the policy, so the most restrictive value wins.
                        candidates = [c.casefold() for c in candidates] + header_values(value)
                    if not any(pattern.match(c) for c in candidates):
                        return f"{attr} {key!r} value not in the match list"
        return None
