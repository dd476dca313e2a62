"""The last output stage: visible notice, invisible marks, and the signed provenance record.

It runs after pseudonyms are restored, on exactly the text the client receives:

- a policy ``notice`` rule appends its message as its own paragraph (per language: the rule's
  ``args.messages`` keyed by language tag, chosen from ``Accept-Language``; else its ``message``);
- a policy ``watermark`` rule inserts invisible signed marks at segment ends (never in code,
  JSON-mode output or tool-call arguments; ``args.invisible: false`` keeps only the record);
- every generated response gets a provenance record (request id, model, deployment, zone, policy
  version, time, SHA-256 of each choice's delivered content) signed with the gateway's Ed25519 key:
  in the ``x-gateway-provenance`` header and the ``provenance`` body field; for a stream, in the
  chunk that carries the last ``finish_reason`` (headers leave before the content exists, so they
  cannot hold its digest).

Streams are marked as they flow: the inserter holds nothing back; the notice and the closing mark
travel in the chunk that carries the choice's ``finish_reason``.
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass
from typing import Any

from gateway.context import RequestContext
from gateway.provenance import (
    MarkInserter,
    ProvenanceRecord,
    Signer,
    content_digest,
    notice_suffix,
    now_rfc3339,
)
from gateway.stages.base import PassThrough, StreamFilter
from policies.evaluator import Annotation

log = logging.getLogger("safety_gateway.provenance")

PROVENANCE_HEADER = "x-gateway-provenance"
JSON_FORMATS = {"json_object", "json_schema"}

# (ctx) -> annotations the output policies attach unconditionally (known before a stream starts).
AnnotationSource = Callable[[RequestContext], Sequence[Annotation]]


@dataclass(frozen=True)
class Marking:
    notice: str | None
    watermark: bool


def _language(ctx: RequestContext) -> list[str]:
    """Language tags from Accept-Language, best first (``ko-KR`` also tries ``ko``)."""
    header = ctx.headers.get("accept-language") or ""
    tags: list[tuple[float, str]] = []
    for part in header.split(","):
        tag, _, q = part.strip().partition(";q=")
        if not tag:
            continue
        try:
            weight = float(q) if q else 1.0
        except ValueError:
            weight = 0.0
        tags.append((weight, tag.strip().lower()))
    out: list[str] = []
    for _, tag in sorted(tags, key=lambda t: -t[0]):
        out.extend(x for x in (tag, tag.split("-")[0]) if x not in out)
    return out


def choose_notice(annotation: Annotation, ctx: RequestContext) -> str | None:
    messages = annotation.args.get("messages") if annotation.args else None
    if isinstance(messages, Mapping) and messages:
        lowered = {str(k).lower(): str(v) for k, v in messages.items()}
        for tag in _language(ctx):
            if tag in lowered:
                return lowered[tag]
        if annotation.message is None:
            return next(iter(lowered.values()))
    return annotation.message


def marking(ctx: RequestContext, annotations: Sequence[Annotation]) -> Marking:
    body = ctx.body or {}
    fmt = body.get("response_format") if isinstance(body, dict) else None
    json_mode = isinstance(fmt, dict) and fmt.get("type") in JSON_FORMATS
    notices = [n for a in annotations if a.action == "notice" for n in [choose_notice(a, ctx)] if n]
    watermark = any(
        a.action == "watermark" and (a.args or {}).get("invisible", True) is not False for a in annotations
    )
    if json_mode:
        return Marking(None, False)  # the record alone carries the facts; JSON must stay parseable
    return Marking("\n\n".join(dict.fromkeys(notices)) or None, watermark)


class ProvenanceStage:
    name = "provenance"

    def __init__(self, signer: Signer, annotations: AnnotationSource, interval_chars: int = 400) -> None:
        self.signer = signer
        self.annotations = annotations
        self.interval = interval_chars

    def _decided(self, ctx: RequestContext) -> list[Annotation]:
        out = ctx.decision.get("output")
        return list(out.annotations) if out is not None else []

    def sign(self, ctx: RequestContext, digests: list[str], watermark: bool) -> Any:
        record = ProvenanceRecord(
            request_id=ctx.request_id,
            model=ctx.model or "",
            deployment=ctx.deployment_id or "",
            zone=ctx.zone or "",
            policy_version=ctx.policy_version or "",
            created=now_rfc3339(),
            content_sha256=digests,
            watermark=watermark,
        )
        signed = record.sign(self.signer)
        ctx.provenance = signed
        return signed

    async def on_response(self, ctx: RequestContext, response: dict[str, Any]) -> dict[str, Any]:
        if ctx.endpoint not in ("chat.completions", "completions"):
            return response
        mark = marking(ctx, self._decided(ctx))
        digests: list[str] = []
        for choice in response.get("choices") or ():
            holder, key = (
                (choice, "text")
                if ctx.endpoint == "completions"
                else (choice.get("message") or {}, "content")
            )
            text = holder.get(key)
            if isinstance(text, str) and text:  # tool-call-only and empty answers get no notice
                if mark.notice:
                    text += notice_suffix(text, mark.notice)
                if mark.watermark:
                    inserter = MarkInserter(self.signer, ctx.request_id, interval_chars=self.interval)
                    text = inserter.feed(text) + inserter.finish()
                holder[key] = text
            digests.append(content_digest(text if isinstance(text, str) else ""))
        signed = self.sign(ctx, digests, mark.watermark)
        response["provenance"] = signed.as_dict()
        ctx.response_headers[PROVENANCE_HEADER] = signed.token
        return response

    def stream_filter(self, ctx: RequestContext) -> StreamFilter | None:
        if ctx.endpoint not in ("chat.completions", "completions"):
            return None
        return _ProvenanceFilter(self, ctx, marking(ctx, self.annotations(ctx)))


class _ProvenanceFilter(PassThrough):
    def __init__(self, stage: ProvenanceStage, ctx: RequestContext, mark: Marking) -> None:
        self.stage = stage
        self.ctx = ctx
        self.mark = mark
        self.completions = ctx.endpoint == "completions"
        self.key = "text" if self.completions else "content"
        self.delivered: dict[int, list[str]] = {}
        self.inserters: dict[int, MarkInserter] = {}
        self.closed: set[int] = set()
        self.indexes: set[int] = set()
        self.finished: set[int] = set()
        self.signed: Any = None
        body = ctx.body if isinstance(ctx.body, dict) else {}
        n = body.get("n")
        self.expected = n if isinstance(n, int) and n > 0 else 1
        self.last: dict[str, Any] = {}

    def _inserter(self, index: int) -> MarkInserter | None:
        if not self.mark.watermark:
            return None
        found = self.inserters.get(index)
        if found is None:
            found = self.inserters[index] = MarkInserter(
                self.stage.signer, self.ctx.request_id, interval_chars=self.stage.interval
            )
        return found

    def _close(self, index: int) -> str:
        """The notice and the closing mark for one choice (once)."""
        if index in self.closed:
            return ""
        self.closed.add(index)
        parts = self.delivered.setdefault(index, [])
        extra = notice_suffix("".join(parts), self.mark.notice) if self.mark.notice else ""
        inserter = self._inserter(index)
        if inserter is not None:
            extra = inserter.feed(extra) + inserter.finish()
        parts.append(extra)
        return extra

    async def feed(self, chunk: dict[str, Any]) -> list[dict[str, Any]]:
        # Runs on every chunk of every stream: kept to a few dict lookups when nothing is marked.
        if not self.last:
            self.last = {
                k: chunk[k] for k in ("id", "created", "object", "model", "system_fingerprint") if k in chunk
            }
        key = self.key
        for choice in chunk.get("choices") or ():
            index = choice.get("index", 0)
            self.indexes.add(index)
            holder = choice if self.completions else choice.get("delta")
            if not isinstance(holder, dict):
                continue
            piece = holder.get(key)
            if piece and isinstance(piece, str) and index not in self.closed:
                if self.mark.watermark:
                    piece = self._inserter(index).feed(piece)  # type: ignore[union-attr]
                    holder[key] = piece
                parts = self.delivered.get(index)
                if parts is None:
                    self.delivered[index] = [piece]
                else:
                    parts.append(piece)
            if choice.get("finish_reason"):
                self.finished.add(index)
                if index in self.delivered:
                    extra = self._close(index)
                    if extra:
                        holder[key] = (holder.get(key) or "") + extra
        if self.signed is None and len(self.finished) >= self.expected:
            # The record rides on the chunk that ends the last choice: clients that expect every
            # chunk to carry choices (as OpenAI sends them without include_usage) keep working.
            self.signed = self._sign()
            chunk["provenance"] = self.signed.as_dict()
        return [chunk]

    def _sign(self) -> Any:
        digests = [content_digest("".join(self.delivered.get(i, ()))) for i in sorted(self.indexes)]
        return self.stage.sign(self.ctx, digests, self.mark.watermark)

    async def finish(self) -> list[dict[str, Any]]:
        out: list[dict[str, Any]] = []
        for index in sorted(self.delivered):
            extra = self._close(index)
            if extra:  # the upstream ended without a finish_reason for this choice
                choice: dict[str, Any] = {"index": index, "finish_reason": None}
                choice.update({"text": extra} if self.completions else {"delta": {"content": extra}})
                out.append({**self.last, "choices": [choice]})
        if self.signed is None or out:
            # The upstream ended without finishing every choice: the record comes in a chunk of its own.
            self.signed = self._sign()
            final = {**self.last, "choices": [], "provenance": self.signed.as_dict()}
            final.setdefault("object", "text_completion" if self.completions else "chat.completion.chunk")
            out.append(final)
        return out
