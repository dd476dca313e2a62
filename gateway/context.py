"""One request = one context object that every stage reads and appends to.

The audit record, metrics and logs are built from this object, so it holds counts, types, ids
and timings. The request body is here too (stages transform it), but nothing derived from it
may be copied into ``timings``, ``labels`` or ``events`` as text.
"""

from __future__ import annotations

import time
import uuid
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from policies.actions import Outcome, outcome_label
from policies.evaluator import Decision
from policies.findings import Direction, Finding

if TYPE_CHECKING:
    from gateway.provenance import SignedProvenance


# The path a client calls for each endpoint the pipeline serves (policies match `endpoints` on it).
ENDPOINT_PATHS = {
    "chat.completions": "/v1/chat/completions",
    "completions": "/v1/completions",
    "embeddings": "/v1/embeddings",
    "models": "/v1/models",
}


def new_request_id() -> str:
    return "req_" + uuid.uuid4().hex


@dataclass(slots=True)
class RequestContext:
    request_id: str
    endpoint: str  # "chat.completions" | "completions" | "embeddings" | "models"
    # The API the client spoke when it is translated at the edge to ``endpoint`` (gateway/apis/): its
    # path, "/v1/responses" or "/v1/messages"; None for the OpenAI routes served as they are.
    client_api: str | None = None
    client_addr: str | None = None
    client_request_id: str | None = None  # the client's x-request-id, sanitized (audit.record); not unique
    started: float = field(default_factory=time.perf_counter)
    started_wall: float = field(default_factory=time.time)

    # who
    tenant: str | None = None
    key_id: str | None = None
    # what
    headers: dict[str, str] = field(default_factory=dict)  # lower-cased request headers
    body: dict[str, Any] | None = None
    model: str | None = None  # the alias the client asked for
    stream: bool = False
    # where it went
    deployment_id: str | None = None
    deployment_model: str | None = None  # provider/model of the deployment that served (for cost)
    zone: str | None = None
    zone_constraint: str | None = None  # set by a policy's route action: only this zone may serve
    attempts: int = 0
    fallback_used: str | None = None
    # Per-attempt policy (router.prepare_attempt): the input decision holds only for the (alias, zone)
    # it was made for; an attempt elsewhere is decided again from the body as the client sent it.
    decided_for: tuple[str | None, str | None, str | None] | None = None  # (alias, zone, licence)
    original_body: dict[str, Any] | None = None  # the body before input transforms, when any applied
    attempt_log: list[str] = field(default_factory=list)  # "deployment@zone: outcome" (no text)
    # what the pipeline decided and found
    policy_version: str | None = None
    findings: list[Finding] = field(default_factory=list)
    decision: dict[Direction, Decision] = field(default_factory=dict)  # per direction, once policies have run
    response_headers: dict[str, str] = field(default_factory=dict)  # ids and versions only, never text
    pii_scope: str | None = None  # the vault scope holding this request's pseudonyms, once any were made
    response_text: str | None = (
        None  # the answer as the upstream gave it (pseudonyms not restored), for audit
    )
    stream_stop: dict[str, Any] | None = None  # where and why an output rule stopped a stream (no text)
    stream_events: list[dict[str, Any]] = field(default_factory=list)  # e.g. unenforced fast-mode redactions
    provenance: SignedProvenance | None = None  # the signed provenance record of the delivered answer
    notice_shown: str | None = None  # which AI notice the answer showed (mode, id, rule; never its text)
    # measurements
    timings: dict[str, float] = field(default_factory=dict)  # stage name -> ms
    upstream_ms: float = 0.0  # time spent waiting for the upstream (to first byte for streams)
    upstream_status: int | None = None
    usage: dict[str, int] | None = None
    status: int = 200
    error_code: str | None = None

    @property
    def path(self) -> str:
        """The API path the client called (``/v1/responses`` for a translated Responses request)."""
        return self.client_api or ENDPOINT_PATHS.get(self.endpoint, self.endpoint)

    def outcome(self, status: int) -> Outcome:
        """allow | block | redact | pseudonymize | route | flag | error: the one label metrics, logs,
        traces and the audit record give this request (policies.actions.outcome_label)."""
        first = self.decision.get("input")
        return outcome_label(first.action if first is not None else None, status, self.error_code)

    def elapsed_ms(self) -> float:
        return (time.perf_counter() - self.started) * 1000.0

    def overhead_ms(self) -> float:
        """Time the gateway itself added so far: everything but the upstream wait."""
        return max(0.0, self.elapsed_ms() - self.upstream_ms)
