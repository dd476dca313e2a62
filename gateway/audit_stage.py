"""One audit record per request, built from the request context, written off the critical path.

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
from datetime import datetime, timezone
from typing import Any

from gateway.context import RequestContext
from gateway.errors import GatewayError
from gateway.pipeline import StreamFilter
from gateway.policy_stage import request_items, response_items

log = logging.getLogger("safety_gateway.audit")

ENDPOINT_PATHS = {"chat.completions": "/v1/chat/completions", "completions": "/v1/completions",
                  "embeddings": "/v1/embeddings"}
MAX_TEXT = 64 * 1024  # characters of prompt/response kept for reviewers; the rest is marked cut
_DECISIONS = {"allow", "block", "redact", "pseudonymize", "route", "flag"}


def _cut(text: str) -> str:
    return text if len(text) <= MAX_TEXT else text[:MAX_TEXT] + f"\n[... {len(text) - MAX_TEXT} characters not kept]"


class _CaptureFilter:
    def __init__(self, ctx: RequestContext) -> None:
        self.ctx = ctx
        self.parts: list[str] = []
        self.size = 0

    async def feed(self, chunk: dict[str, Any]) -> list[dict[str, Any]]:
        if self.size < MAX_TEXT:
            for choice in chunk.get("choices") or []:
                piece = (choice.get("delta") or {}).get("content") if "delta" in choice else choice.get("text")
                if isinstance(piece, str):
                    self.parts.append(piece)
                    self.size += len(piece)
        return [chunk]

    async def finish(self) -> list[dict[str, Any]]:
        self.ctx.response_text = "".join(self.parts)
        return []


class AuditCaptureStage:
    """Output stage (before pseudonyms are restored): keeps the response text for the record."""

    name = "audit_capture"

    async def on_response(self, ctx: RequestContext, response: dict[str, Any]) -> dict[str, Any]:
        ctx.response_text = "\n".join(i.text for i in response_items(ctx.endpoint, response))
        return response

    def stream_filter(self, ctx: RequestContext) -> StreamFilter | None:
        return _CaptureFilter(ctx)


class Auditor:
    def __init__(self, cfg: Any, failure: str, pii_detector: Any) -> None:
        self.cfg = cfg  # audit.config.AuditConfig, resolved
        self.failure = failure
        self.pii = pii_detector
        self.writer: Any = None
        self.hash_key = cfg.text_hash_key() if cfg.text_mode == "hash" else None
        self.lost = 0
        self._tasks: set[asyncio.Task[None]] = set()
        # Metrics hook: on_result(result, seconds) with result db | spool | failed, seconds from hand-over
        # to the writer until the record is durable (None when it never was).
        self.on_result: Any = None

    def spool_depth(self) -> int:
        writer = self.writer
        return int(getattr(writer, "spool_depth", 0) or 0) if writer is not None else 0

    def _settled(self, fut: asyncio.Future[Any], t0: float) -> None:
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
            raise GatewayError(503, "Audit records cannot be stored right now, and this gateway does not forward "
                               "requests it cannot record (audit_failure: closed).", "service_unavailable",
                               code="audit_unavailable", headers={"retry-after": "5"}) from None

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
            record = await asyncio.to_thread(self.build, ctx, status) if self.cfg.text_mode == "redacted" \
                else self.build(ctx, status)
            t0 = time.perf_counter()
            fut = self.writer.submit_nowait(record)
            if self.on_result is not None:
                fut.add_done_callback(lambda f: self._settled(f, t0))
        except AuditUnavailable as exc:
            self.lost += 1
            if self.on_result is not None:
                self.on_result("failed", None)
            log.error("audit record for request %s not stored: %s", ctx.request_id, type(exc).__name__)
        except Exception as exc:  # noqa: BLE001 — an audit bug must not go unnoticed, nor kill the loop
            self.lost += 1
            if self.on_result is not None:
                self.on_result("failed", None)
            log.error("audit record for request %s could not be built: %s", ctx.request_id, type(exc).__name__,
                      exc_info=(type(exc), None, exc.__traceback__))

    def build(self, ctx: RequestContext, status: int) -> Any:
        from audit import ClassifierScore, PiiCount, RuleHit, Usage, apply_text_mode
        from audit.record import AuditRecord

        decisions = ctx.decision if isinstance(ctx.decision, dict) else {}
        rules: list[RuleHit] = []
        policies: list[str] = []
        for direction, decision in decisions.items():
            policies.extend(p for p in decision.policies if p not in policies)
            for reason in decision.reasons:
                if reason.error:
                    # Fired because its detector failed (on_error: closed), not because of what it found:
                    # a reviewer must not read "score 1.0" for a request nobody could check.
                    rules.append(RuleHit(rule_id=reason.rule, action=f"{reason.action} (detector error)",
                                         detector=reason.detector, score=None, stage=direction))
                    continue
                rules.append(RuleHit(rule_id=reason.rule, action=reason.action, detector=reason.detector,
                                     score=reason.score, stage=direction))
            if decision.shadow is not None:
                for reason in decision.shadow.reasons:
                    if reason.mode == "shadow":
                        rules.append(RuleHit(rule_id=reason.rule, action=f"{reason.action} (shadow)",
                                             detector=reason.detector, score=reason.score, stage=direction))

        if ctx.error_code in ("content_policy_violation", "detector_unavailable"):
            # detector_unavailable: a fail-closed rule refused it (the rule hit says "detector error").
            outcome = "block"
        elif status >= 400:
            outcome = "error"
        else:
            action = decisions["input"].action if "input" in decisions else "allow"
            outcome = action if action in _DECISIONS else "allow"

        pii = Counter((f.type, f.direction) for f in ctx.findings if f.detector == "pii")
        scores: dict[tuple[str, str], float] = {}
        for f in ctx.findings:
            if f.detector == "classifier":
                key = (f.type, f.direction)
                scores[key] = max(scores.get(key, 0.0), f.score)

        usage = None
        if ctx.usage:
            usage = Usage(prompt_tokens=int(ctx.usage.get("prompt_tokens") or 0),
                          completion_tokens=int(ctx.usage.get("completion_tokens") or 0),
                          total_tokens=int(ctx.usage.get("total_tokens") or 0), cost_usd=self._cost(ctx))

        prompt_text = None
        if ctx.body is not None and isinstance(ctx.body, dict):
            prompt_text = "\n".join(f"[{i.role or 'user'}] {i.text}" for i in request_items(ctx.endpoint, ctx.body))
        mode = self.cfg.text_mode
        # Both texts go through the PII redactor whatever the mode: a hash of raw text is no better.
        prompt = apply_text_mode(mode, redacted=self._redacted(prompt_text), hash_key=self.hash_key)
        response = apply_text_mode(mode, redacted=self._redacted(ctx.response_text), hash_key=self.hash_key)

        latency = {k: round(v, 3) for k, v in ctx.timings.items()}
        latency.update(total=round(ctx.elapsed_ms(), 3), upstream=round(ctx.upstream_ms, 3),
                       overhead=round(ctx.overhead_ms(), 3))
        labels = {"status": str(status)}
        if ctx.error_code:
            labels["error_code"] = ctx.error_code
        if ctx.fallback_used:
            labels["served_by_alias"] = ctx.fallback_used
        if ctx.zone_constraint:
            labels["zone_constraint"] = ctx.zone_constraint
        stream_stop = None
        if ctx.stream_stop is not None:
            from audit.record import StreamStop

            stop = ctx.stream_stop
            stream_stop = StreamStop(rule_id=",".join(stop.get("rules") or ()) or None,
                                     reason=f"{stop.get('action')} by output rule ({stop.get('mode')} mode, "
                                            f"window {stop.get('window')})",
                                     chunk_index=stop.get("chunk_index"), char_offset=stop.get("char_offset"))
        for event in ctx.stream_events:
            labels[str(event.get("event"))] = ",".join(event.get("rules") or ())
        provenance_id = None
        if ctx.provenance is not None:
            from gateway.provenance import token_fingerprint

            provenance_id = token_fingerprint(ctx.provenance.token)
        return AuditRecord(
            request_id=ctx.request_id,
            started_at=datetime.fromtimestamp(ctx.started_wall, timezone.utc),
            finished_at=datetime.now(timezone.utc),
            tenant=ctx.tenant or "(unauthenticated)", key_id=ctx.key_id, client_addr=ctx.client_addr,
            endpoint=ENDPOINT_PATHS.get(ctx.endpoint, ctx.endpoint), model_alias=ctx.model,
            deployment=ctx.deployment_id, zone=ctx.zone, policy_name=",".join(policies) or None,
            policy_version=ctx.policy_version, mode="enforce" if decisions else None, decision=outcome,
            rules=tuple(rules), pii=tuple(PiiCount(entity_type=t, count=n, stage=d) for (t, d), n in sorted(pii.items())),
            classifier=tuple(ClassifierScore(classifier="classifier", category=c, score=round(s, 4), stage=d)
                             for (c, d), s in sorted(scores.items())),
            stream_stop=stream_stop, provenance_id=provenance_id,
            usage=usage, latency_ms=latency, upstream_status=ctx.upstream_status, text_mode=mode,
            prompt=prompt, response=response, labels=labels)

    @staticmethod
    def _cost(ctx: RequestContext) -> float | None:
        """From litellm's bundled cost map (offline); None for models it does not price."""
        if not ctx.usage or not ctx.deployment_model:
            return None
        try:
            import litellm

            prompt_cost, completion_cost = litellm.cost_per_token(
                model=ctx.deployment_model, prompt_tokens=int(ctx.usage.get("prompt_tokens") or 0),
                completion_tokens=int(ctx.usage.get("completion_tokens") or 0))
            return round(float(prompt_cost) + float(completion_cost), 8)
        except Exception:  # noqa: BLE001 — unknown model: no price, not an error
            return None
