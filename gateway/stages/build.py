"""The one place the pipeline is put in order. Read it like a policy file: what happens to a request
before the upstream sees it, then to the answer before the client sees it."""

from __future__ import annotations

from typing import TYPE_CHECKING

from gateway.stages.access import ModelAccessStage
from gateway.stages.audit import AuditCaptureStage
from gateway.stages.base import InputStage, OutputStage, Pipeline
from gateway.stages.pii import PIIRestoreStage
from gateway.stages.policy_input import PolicyInputStage
from gateway.stages.policy_output import PolicyOutputStage
from gateway.stages.provenance import ProvenanceStage
from gateway.stages.readiness import ReadinessStage
from gateway.stages.sanitize import SanitizeStage
from gateway.stages.schema import SchemaStage
from gateway.stages.usage import UsageStage

if TYPE_CHECKING:
    from gateway.config import GatewayConfig
    from gateway.services import Services


def build_pipeline(cfg: GatewayConfig, s: Services) -> Pipeline:
    """Stages present only when configured are skipped by their ``if``; the order never changes."""
    policy, restore = s.policy, PIIRestoreStage(s.vault) if s.vault is not None else None
    policy_input = PolicyInputStage(policy, s.warming) if policy else None
    inputs: list[InputStage | None] = [
        SchemaStage(cfg.request_fields.unknown_fields),  # 400 naming the field; unknown fields
        ModelAccessStage(s.router, s.keys),  # 404 unknown model, 403 not for this tenant
        s.ratelimit,  # 429 + Retry-After
        policy_input,  # detectors → decide → block/route/redact/pseudonymize
        SanitizeStage(),  # Unicode tag characters (invisible instructions) never go upstream
        ReadinessStage(s.router, s.local) if s.local_names else None,  # 503 while the (routed) model loads
    ]
    outputs: list[OutputStage | None] = [
        PolicyOutputStage(policy) if policy else None,  # output rules on the still-pseudonymized text
        AuditCaptureStage() if s.auditor else None,  # what the upstream said, for reviewers
        restore,  # pseudonyms back to the client's values
        UsageStage(),  # tokens, for audit and budgets
        ProvenanceStage(
            s.signer,
            policy.standing_annotations if policy else (lambda ctx: []),
            cfg.provenance.watermark_interval_chars,
            s.notice_memory,
        )
        if s.signer
        else None,  # signs what the client gets
    ]
    if policy_input is not None:
        # Every attempt the router makes is decided for the deployment it reaches (retries, fallbacks).
        s.router.prepare_attempt = policy_input.for_attempt
    pipeline = Pipeline([st for st in inputs if st is not None], [st for st in outputs if st is not None])
    if restore is not None:
        pipeline.on_finish.append(restore.finished)  # drop a request's own pseudonyms when it ends
    pipeline.tracing = s.tracing
    return pipeline
