"""One audit record per request, built from the request context, written off the critical path.

The response text comes from the ``audit_capture`` stage (gateway/stages/audit.py).

The record carries types, counts, scores, rule ids and timings. Prompt and response text are
stored per ``audit.text_mode``; for ``redacted`` (the default) the gateway runs the PII detector
over both texts before they are stored, whatever the policy did, so no raw PII reaches the audit
store even from a request no policy pseudonymized. The response text is captured before pseudonyms
are restored, so what a reviewer reads is what the upstream saw and said.

``audit_failure`` decides what happens when neither the database nor the spool can take records:
``closed`` (default) refuses traffic with 503 before anything is forwarded; ``open`` lets it pass
and counts the lost records in a metric.
"""

from __future__ import annotations

import asyncio
import logging
import time
from collections import Counter
from collections.abc import Callable, Mapping
from concurrent.futures import ThreadPoolExecutor
from datetime import UTC, datetime
from typing import TYPE_CHECKING, Any

from gateway.context import RequestContext
from gateway.detectors.registry import FindingKind
from gateway.detectors.registry import finding_kinds as registry_finding_kinds
from gateway.errors import GatewayError
from gateway.openai_text import request_items
from gateway.stages.audit import MAX_TEXT
from policies.findings import Direction

if TYPE_CHECKING:
    from audit import AuditWriter
    from audit.config import AuditConfig
    from gateway.pii.detector import PIIDetector

log = logging.getLogger("safety_gateway.audit")

ENDPOINT_PATHS = {
    "chat.completions": "/v1/chat/completions",
    "completions": "/v1/completions",
    "embeddings": "/v1/embeddings",
}


def _cut(text: str) -> str:
    return (
        text
        if len(text) <= MAX_TEXT
        else text[:MAX_TEXT] + f"\n[... {len(text) - MAX_TEXT} characters not kept]"
    )


class Auditor:
    def __init__(
        self,
        cfg: AuditConfig,
        failure: str,
        pii_detector: PIIDetector,
        finding_kinds: Mapping[str, FindingKind] | None = None,
    ) -> None:
        self.cfg = cfg  # resolved against the config file's directory
        self.failure = failure
        self.pii = pii_detector  # redacts prompt and response before they are stored (text_mode: redacted)
        # How each detector's findings are summarised (registry): entity counts, best scores.
        self.finding_kinds = dict(finding_kinds) if finding_kinds is not None else registry_finding_kinds()
        self.writer: AuditWriter | None = None
        self.hash_key = cfg.text_hash_key() if cfg.text_mode == "hash" else None
        self.lost = 0
        self._tasks: set[asyncio.Task[None]] = set()
        # Records are built (redacted: a PII pass over prompt and response) on a thread of their own, not
        # on asyncio's default pool, which request-path work (body parsing) also waits on.
        self._builder = ThreadPoolExecutor(1, thread_name_prefix="audit-build")
        # Metrics hook: on_result(result, seconds) with result db | spool | failed, seconds from hand-over
        # to the writer until the record is durable (None when it never was).
        self.on_result: Callable[[str, float | None], None] | None = None

    def spool_depth(self) -> int:
        writer = self.writer
        return int(getattr(writer, "spool_depth", 0) or 0) if writer is not None else 0

    def _settled(self, fut: asyncio.Future[Any], t0: float) -> None:
        if self.on_result is None:
            return
        if fut.cancelled() or fut.exception() is not None:
            self.on_result("failed", None)
        else:
            self.on_result(str(getattr(fut.result(), "stored", "db")), time.perf_counter() - t0)

    async def start(self) -> None:
        from audit import open_writer

        self.writer = await open_writer(self.cfg)

    async def close(self) -> None:
        if self._tasks:
            await asyncio.gather(*self._tasks, return_exceptions=True)
        if self.writer is not None:
            await self.writer.close()
        self._builder.shutdown(wait=False)

    def check(self) -> None:
        """Before forwarding: with ``audit_failure: closed``, no record means no traffic."""
        if self.failure != "closed":
            return
        from audit import AuditUnavailable

        try:
            if self.writer is None:
                raise AuditUnavailable("audit writer is not running")
            self.writer.ensure_available()
        except AuditUnavailable:
            raise GatewayError(
                503,
                "Audit records cannot be stored right now, and this gateway does not forward "
                "requests it cannot record (audit_failure: closed).",
                "service_unavailable",
                code="audit_unavailable",
                headers={"retry-after": "5"},
            ) from None

    def record(self, ctx: RequestContext, status: int) -> None:
        if self.writer is None:
            return
        task = asyncio.get_running_loop().create_task(self._write(ctx, status))
        self._tasks.add(task)
        task.add_done_callback(self._tasks.discard)

    # -- building the record (off the request path) ---------------------------------------------------
    def _redacted(self, text: str | None) -> str | None:
        if not text:
            return None if text is None else ""
        from gateway.pii.transforms import redact

        return _cut(redact(text, self.pii.analyze(text, None)))

    async def _write(self, ctx: RequestContext, status: int) -> None:
        from audit import AuditUnavailable

        try:
            record = (
                await asyncio.get_running_loop().run_in_executor(self._builder, self.build, ctx, status)
                if self.cfg.text_mode == "redacted"
                else self.build(ctx, status)
            )
            t0 = time.perf_counter()
            writer = self.writer
            if writer is None:  # record() only schedules with a writer open
                raise AuditUnavailable("audit writer is not running")
            fut = writer.submit_nowait(record)
            if self.on_result is not None:
                fut.add_done_callback(lambda f: self._settled(f, t0))
        except AuditUnavailable as exc:
            self.lost += 1
            if self.on_result is not None:
                self.on_result("failed", None)
            log.error("audit record for request %s not stored: %s", ctx.request_id, type(exc).__name__)
        except Exception as exc:
            self.lost += 1
            if self.on_result is not None:
                self.on_result("failed", None)
            log.error(
                "audit record for request %s could not be built: %s",
                ctx.request_id,
                type(exc).__name__,
                exc_info=(type(exc), None, exc.__traceback__),  # type: ignore[arg-type]  # no message
            )

    def build(self, ctx: RequestContext, status: int) -> Any:
        from audit import ClassifierScore, PiiCount
        from audit.record import AuditRecord

        decisions = ctx.decision
        policies: list[str] = []
        for decision in decisions.values():
            policies.extend(p for p in decision.policies if p not in policies)
        pii, scores = self._summaries(ctx)
        mode = self.cfg.text_mode
        prompt_text = None
        if ctx.body is not None and isinstance(ctx.body, dict):
            prompt_text = "\n".join(
                f"[{i.role or 'user'}] {i.text}" for i in request_items(ctx.endpoint, ctx.body)
            )
        latency = {k: round(v, 3) for k, v in ctx.timings.items()}
        latency.update(
            total=round(ctx.elapsed_ms(), 3),
            upstream=round(ctx.upstream_ms, 3),
            overhead=round(ctx.overhead_ms(), 3),
        )
        return AuditRecord(
            request_id=ctx.request_id,
            client_request_id=ctx.client_request_id,
            started_at=datetime.fromtimestamp(ctx.started_wall, UTC),
            finished_at=datetime.now(UTC),
            tenant=ctx.tenant or "(unauthenticated)",
            key_id=ctx.key_id,
            client_addr=ctx.client_addr,
            endpoint=ctx.client_api or ENDPOINT_PATHS.get(ctx.endpoint, ctx.endpoint),
            model_alias=ctx.model,
            deployment=ctx.deployment_id,
            zone=ctx.zone,
            policy_name=",".join(policies) or None,
            policy_version=ctx.policy_version,
            mode="enforce" if decisions else None,
            decision=ctx.outcome(status),
            rules=_rule_hits(ctx),
            pii=tuple(PiiCount(entity_type=t, count=n, stage=d) for (t, d), n in sorted(pii.items())),
            classifier=tuple(
                ClassifierScore(classifier=n, category=c, score=round(s, 4), stage=d)
                for (n, c, d), s in sorted(scores.items())
            ),
            stream_stop=_stream_stop(ctx),
            provenance_id=_provenance_id(ctx),
            marks=_mark_digests(ctx),
            usage=self._usage(ctx),
            latency_ms=latency,
            upstream_status=ctx.upstream_status,
            text_mode=mode,
            # Both texts go through the PII redactor whatever the mode: a hash of raw text is no better.
            prompt=self._text(prompt_text),
            response=self._text(ctx.response_text),
            labels=_labels(ctx, status),
        )

    def _text(self, text: str | None) -> Any:
        from audit import apply_text_mode

        return apply_text_mode(self.cfg.text_mode, redacted=self._redacted(text), hash_key=self.hash_key)

    def _summaries(
        self, ctx: RequestContext
    ) -> tuple[Counter[tuple[str, Direction]], dict[tuple[str, str, Direction], float]]:
        """Entity counts by (type, direction) and best scores by (detector, category, direction), from
        the findings of the detectors that registered them as such; never a value."""
        kinds = self.finding_kinds
        # Each value once: every rule that reads the pii detector (and every attempt of a retried request)
        # adds its own finding for the same value, which counted one RRN several times (issue 16). The
        # detector's salted value hash identifies a value; the span stands in where a detector has none.
        values = {
            (f.type, f.direction, f.meta.get("hash") or (f.location, f.start, f.end))
            for f in ctx.findings
            if kinds.get(f.detector) == "entities"
        }
        pii = Counter((type_, direction) for type_, direction, _ in values)
        scores: dict[tuple[str, str, Direction], float] = {}
        for f in ctx.findings:
            if kinds.get(f.detector) == "scores":
                key = (f.detector, f.type, f.direction)
                scores[key] = max(scores.get(key, 0.0), f.score)
        return pii, scores

    def _usage(self, ctx: RequestContext) -> Any:
        from audit import Usage

        if not ctx.usage:
            return None
        return Usage(
            prompt_tokens=int(ctx.usage.get("prompt_tokens") or 0),
            completion_tokens=int(ctx.usage.get("completion_tokens") or 0),
            total_tokens=int(ctx.usage.get("total_tokens") or 0),
            cost_usd=self._cost(ctx),
        )

    @staticmethod
    def _cost(ctx: RequestContext) -> float | None:
        """From litellm's bundled cost map (offline); None for models it does not price."""
        if not ctx.usage or not ctx.deployment_model:
            return None
        try:
            import litellm

            prompt_cost, completion_cost = litellm.cost_per_token(
                model=ctx.deployment_model,
                prompt_tokens=int(ctx.usage.get("prompt_tokens") or 0),
                completion_tokens=int(ctx.usage.get("completion_tokens") or 0),
            )
            return round(float(prompt_cost) + float(completion_cost), 8)
        except Exception:  # noqa: BLE001 — unknown model: no price, not an error
            return None


def _rule_hits(ctx: RequestContext) -> tuple[Any, ...]:
    from audit import RuleHit

    rules: list[RuleHit] = []
    for direction, decision in ctx.decision.items():
        for reason in decision.reasons:
            if reason.error:
                # Fired because its detector failed (on_error: closed), not because of what it found:
                # a reviewer must not read "score 1.0" for a request nobody could check.
                rules.append(
                    RuleHit(
                        rule_id=reason.rule,
                        action=f"{reason.action} (detector error)",
                        detector=reason.detector,
                        score=None,
                        stage=direction,
                    )
                )
                continue
            rules.append(
                RuleHit(
                    rule_id=reason.rule,
                    action=reason.action,
                    detector=reason.detector,
                    score=reason.score,
                    stage=direction,
                )
            )
        if decision.shadow is not None:
            for reason in decision.shadow.reasons:
                if reason.mode == "shadow":
                    rules.append(
                        RuleHit(
                            rule_id=reason.rule,
                            action=f"{reason.action} (shadow)",
                            detector=reason.detector,
                            score=reason.score,
                            stage=direction,
                        )
                    )
    return tuple(rules)


def _labels(ctx: RequestContext, status: int) -> dict[str, str]:
    labels = {"status": str(status)}
    if ctx.error_code:
        labels["error_code"] = ctx.error_code
    if ctx.fallback_used:
        labels["served_by_alias"] = ctx.fallback_used
    if ctx.zone_constraint:
        labels["zone_constraint"] = ctx.zone_constraint
    if len(ctx.attempt_log) > 1 or any("policy" in a for a in ctx.attempt_log):
        # Which deployments were tried, in which zone, and why each did not serve (ids only).
        labels["attempts"] = "; ".join(ctx.attempt_log)
    for event in ctx.stream_events:
        labels[str(event.get("event"))] = ",".join(event.get("rules") or ())
    if ctx.notice_shown:
        labels["ai_notice"] = ctx.notice_shown  # e.g. "every_response sha256:… (policy/rule)"
    if ctx.client_api:
        # the endpoint is the API the client spoke; the prompt above is its chat translation
        labels["translated_to"] = ctx.endpoint
    return labels


def _stream_stop(ctx: RequestContext) -> Any:
    if ctx.stream_stop is None:
        return None
    from audit.record import StreamStop

    stop = ctx.stream_stop
    return StreamStop(
        rule_id=",".join(stop.get("rules") or ()) or None,
        reason=f"{stop.get('action')} by output rule ({stop.get('mode')} mode, window {stop.get('window')})",
        chunk_index=stop.get("chunk_index"),
        char_offset=stop.get("char_offset"),
    )


def _mark_digests(ctx: RequestContext) -> Any:
    """What the answer's reference marks vouch for (the inserters leave it in the provenance ledger)."""
    from gateway.provenance.invisible import claim_mark_digests

    return claim_mark_digests(ctx.request_id)


def _provenance_id(ctx: RequestContext) -> str | None:
    if ctx.provenance is None:
        return None
    from gateway.provenance import token_fingerprint

    return token_fingerprint(ctx.provenance.token)
