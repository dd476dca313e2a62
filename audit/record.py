"""The audit record: one per request, built by the gateway from the request context.

Rules of the model:

* It never holds raw sensitive text. Prompt and response are stored per ``text_mode``:
  ``none`` (nothing), ``hash`` (a digest the gateway computed, see :func:`hash_text`) or ``redacted``
  (the text with PII already replaced by the gateway's redactor). The model validates that the fields
  present agree with the mode; it cannot tell a redacted string from a raw one, so the caller owns that.
* PII findings are entity types and counts only, never values.
* :func:`canonical_json` is the one serialization that gets hashed: UTF-8, sorted keys, no whitespace,
  datetimes as ``YYYY-MM-DDTHH:MM:SS.ffffffZ``. The store keeps these exact bytes, so verification hashes
  what was written and never depends on re-serializing a model.
"""

from __future__ import annotations

import hashlib
import hmac
import json
import math
import re
from datetime import UTC, datetime
from typing import Any, Literal

from pydantic import BaseModel, ConfigDict, Field, field_validator, model_validator

from policies.actions import Action, Outcome

SCHEMA_VERSION = 1

TextMode = Literal["none", "hash", "redacted"]
# ``request``: one API request through the gateway. ``dashboard``: a sign-in, a view of records or an
# export in the compliance dashboard (who read the audit is itself audited, in the same chain).
RecordKind = Literal["request", "dashboard"]

# What an id must look like to be shown, echoed in a header or put in a URL: no "/", "..", quotes,
# markup or spaces. Gateway ids (``req_<hex>``) always match.
ID_PATTERN = re.compile(r"[A-Za-z0-9._:-]{1,128}")
CLIENT_REQUEST_ID_MAX = 128


def client_request_id(value: str | None) -> str | None:
    """The client's ``x-request-id`` as it may be stored: characters outside ``ID_PATTERN`` become
    ``_``, cut to 128 characters; None when nothing is left."""
    if not value:
        return None
    cleaned = re.sub(r"[^A-Za-z0-9._:-]", "_", value[:CLIENT_REQUEST_ID_MAX])
    return cleaned or None


# What the request came to (``policies.actions.outcome_label``): the one list the gateway's metrics share.
Decision = Outcome


class _Model(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)


class RuleHit(_Model):
    """A policy rule that fired, with the detector and the score that made it fire."""

    rule_id: str
    action: str = Field(description="what the rule asked for: block, redact, flag, route, ...")
    detector: str | None = None
    score: float | None = None
    stage: Literal["input", "output"] | None = None

    @property
    def labels_only(self) -> bool:
        """A notice or watermark rule: it labels the answer as AI-generated and decides nothing, so
        readers (dashboard, CSV) show it apart from the rules that blocked, routed or masked."""
        return self.action.split(" ", 1)[0] in LABELLING_ACTIONS


# Rules that only label an answer (Korea AI Basic Act / EU AI Act Art. 50 marking); every other action
# decides something about the request (block, truncate, route, pseudonymize, redact, flag, allow).
LABELLING_ACTIONS: frozenset[str] = frozenset({Action.NOTICE, Action.WATERMARK})


class PiiCount(_Model):
    entity_type: str = Field(description="e.g. PHONE_NUMBER, KR_RRN; never the value")
    count: int = Field(ge=0)
    stage: Literal["input", "output"] | None = None


class ClassifierScore(_Model):
    classifier: str | None = None
    category: str
    score: float
    stage: Literal["input", "output"] | None = None


class StreamStop(_Model):
    """Where an output stage stopped a streamed response."""

    rule_id: str | None = None
    reason: str | None = None
    chunk_index: int | None = Field(default=None, ge=0)
    char_offset: int | None = Field(default=None, ge=0)
    tokens_sent: int | None = Field(default=None, ge=0)


class Usage(_Model):
    prompt_tokens: int = Field(default=0, ge=0)
    completion_tokens: int = Field(default=0, ge=0)
    total_tokens: int = Field(default=0, ge=0)
    cost_usd: float | None = Field(default=None, ge=0, description="from litellm's offline cost map")


class MarkDigests(_Model):
    """What the invisible reference marks of an answer vouch for (gateway/provenance, docs/provenance.md):
    per answer choice, per mark in order, ``<segment>`` or ``<segment>/<tail>``: hex of
    HMAC-SHA256(K, ...)[:16], K being the mark secret of provenance key ``key_id``. Keyed, so a reader of
    the audit log cannot test guesses of a short answer; a pasted paragraph is checked against them."""

    key_id: str = Field(max_length=64)
    choices: tuple[tuple[str, ...], ...] = ()


def _utc(v: datetime) -> datetime:
    if v.tzinfo is None:
        raise ValueError("timestamps must be timezone-aware (UTC)")
    return v.astimezone(UTC)


class AuditRecord(_Model):
    """Everything an inspector needs about one request, and nothing raw."""

    schema_version: int = SCHEMA_VERSION
    kind: RecordKind = "request"
    request_id: str = Field(min_length=1, max_length=200, description="the gateway's own id, unique")
    client_request_id: str | None = Field(
        default=None,
        max_length=CLIENT_REQUEST_ID_MAX,
        description="the client's x-request-id, sanitized (client_request_id()); clients choose it, "
        "so it is neither unique nor trusted",
    )
    started_at: datetime
    finished_at: datetime | None = None

    tenant: str
    key_id: str | None = Field(default=None, description="the API key's id, never the key")
    actor: str | None = Field(
        default=None, description="kind dashboard: the signed-in (or SSO) user; None for an unknown name"
    )
    client_addr: str | None = None
    endpoint: str = Field(description="e.g. /v1/chat/completions")

    model_alias: str | None = None
    deployment: str | None = None
    zone: str | None = None

    policy_name: str | None = None
    policy_version: str | None = None
    mode: str | None = Field(default=None, description="policy mode, e.g. enforce | monitor")
    decision: Outcome
    rules: tuple[RuleHit, ...] = ()
    pii: tuple[PiiCount, ...] = ()
    classifier: tuple[ClassifierScore, ...] = ()
    stream_stop: StreamStop | None = None

    usage: Usage | None = None
    latency_ms: dict[str, float] = Field(default_factory=dict, description="stage name -> milliseconds")
    upstream_status: int | None = None
    provenance_id: str | None = Field(default=None, description="watermark / provenance id")
    marks: MarkDigests | None = Field(
        default=None, description="digests of what the answer's reference marks vouch for"
    )

    text_mode: TextMode = "redacted"
    prompt: str | None = Field(
        default=None, description="redacted text (text_mode=redacted) or digest (hash)"
    )
    response: str | None = None

    labels: dict[str, str] = Field(default_factory=dict, description="free-form, non-sensitive")

    @field_validator("started_at", "finished_at")
    @classmethod
    def _aware(cls, v: datetime | None) -> datetime | None:
        return None if v is None else _utc(v)

    @field_validator("latency_ms")
    @classmethod
    def _finite(cls, v: dict[str, float]) -> dict[str, float]:
        for k, x in v.items():
            if not math.isfinite(x) or x < 0:
                raise ValueError(f"latency_ms[{k!r}] must be a finite, non-negative number")
        return v

    @model_validator(mode="after")
    def _text_matches_mode(self) -> AuditRecord:
        if self.text_mode == "none" and (self.prompt is not None or self.response is not None):
            raise ValueError("text_mode 'none' stores no prompt or response")
        if self.text_mode == "hash":
            for name in ("prompt", "response"):
                v = getattr(self, name)
                if v is not None and not _is_digest(v):
                    raise ValueError(
                        f"text_mode 'hash' needs {name} as a digest from audit.record.hash_text(), got text"
                    )
        return self

    # -- convenience -----------------------------------------------------------------------------------
    @property
    def rule_ids(self) -> list[str]:
        seen: dict[str, None] = {}
        for r in self.rules:
            seen.setdefault(r.rule_id, None)
        return list(seen)

    def to_dict(self) -> dict[str, Any]:
        return self.model_dump(mode="json")

    def canonical(self) -> str:
        return canonical_json(self.to_dict())

    @classmethod
    def from_json(cls, body: str) -> AuditRecord:
        return cls.model_validate_json(body)


def _is_digest(v: str) -> bool:
    algo, _, hexpart = v.partition(":")
    return (
        algo in ("sha256", "hmac-sha256")
        and len(hexpart) == 64
        and all(c in "0123456789abcdef" for c in hexpart)
    )


def hash_text(text: str, key: bytes | None = None) -> str:
    """Digest for ``text_mode: hash``. With a key (recommended) it is HMAC-SHA256, so short values such as
    phone numbers cannot be recovered by guessing; without one it is plain SHA-256."""
    data = text.encode("utf-8")
    if key:
        return "hmac-sha256:" + hmac.new(key, data, hashlib.sha256).hexdigest()
    return "sha256:" + hashlib.sha256(data).hexdigest()


def apply_text_mode(mode: TextMode, *, redacted: str | None, hash_key: bytes | None = None) -> str | None:
    """What to store for one text under ``mode``, given the gateway's redacted text.

    ``hash`` hashes the redacted text (the raw text never reaches this library)."""
    if redacted is None or mode == "none":
        return None
    if mode == "hash":
        return hash_text(redacted, hash_key)
    return redacted


def _default(o: Any) -> Any:
    if isinstance(o, datetime):
        return _utc(o).strftime("%Y-%m-%dT%H:%M:%S.%fZ")
    raise TypeError(f"not JSON-serializable for the audit log: {type(o).__name__}")


def canonical_json(obj: Any) -> str:
    """Stable JSON: sorted keys, compact separators, no NaN/Infinity, UTF-8 text kept as is."""
    return json.dumps(
        obj, sort_keys=True, separators=(",", ":"), ensure_ascii=False, allow_nan=False, default=_default
    )


def sha256_hex(data: str | bytes) -> str:
    if isinstance(data, str):
        data = data.encode("utf-8")
    return hashlib.sha256(data).hexdigest()
