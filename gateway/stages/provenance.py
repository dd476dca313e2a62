"""The last output stage: visible notice, invisible marks, and the signed provenance record.

It runs after pseudonyms are restored, on exactly the text the client receives:

- a policy ``notice`` rule appends its message as its own paragraph (per language: the rule's
  ``args.messages`` keyed by language tag, chosen from ``Accept-Language``; else its ``message``).
  One notice per answer: texts are deduplicated, and when they differ the highest-priority rule's
  wins (then the stricter mode, then policy order). ``args.mode`` says when it is shown:
  ``every_response`` (default), ``once_per_conversation`` (the first answer of an
  ``x-conversation-id``; :mod:`gateway.provenance.notice_memory`) or ``header_only``;
- every answer says it is AI-generated to machines: the ``x-ai-generated: true`` header and an
  ``ai_generated`` body field (in a stream, on the chunk that carries the provenance record);
- a policy ``watermark`` rule inserts invisible marks at segment ends (never in code,
  JSON-mode output or tool-call arguments; ``args.invisible: false`` keeps only the record;
  ``args.marks: signed`` writes the long publicly checkable marks instead of compact ones);
- every generated response gets a provenance record (request id, model, deployment, zone, policy
  version, time, SHA-256 of each choice's delivered content) signed with the gateway's Ed25519 key:
  in the ``x-gateway-provenance`` header and the ``provenance`` body field; for a stream, in the
  chunk that carries the last ``finish_reason`` (headers leave before the content exists, so they
  cannot hold its digest).

Streams are marked as they flow: the inserter holds back at most a newline (and spaces after it)
until the next character says whether a paragraph ended there; the notice and the closing mark travel
in the chunk that carries the choice's ``finish_reason``.
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Sequence
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
from gateway.provenance.notice_memory import InMemoryNoticeMemory, NoticeMemory, memory_key
from gateway.stages.base import PassThrough, StreamFilter
from policies.evaluator import Annotation
from policies.notice import Notice, accept_languages, notice_text, pick_notice

log = logging.getLogger("safety_gateway.provenance")

PROVENANCE_HEADER = "x-gateway-provenance"
AI_HEADER = "x-ai-generated"
LABEL_FIELD = "ai_generated"
CONVERSATION_HEADER = "x-conversation-id"
JSON_FORMATS = {"json_object", "json_schema"}

# (ctx) -> annotations the output policies attach unconditionally (known before a stream starts).
AnnotationSource = Callable[[RequestContext], Sequence[Annotation]]


@dataclass(frozen=True)
class Marking:
    notice: Notice | None
    watermark: bool
    compact: bool = True  # compact marks unless a watermark rule asks for signed ones
    json_mode: bool = False


@dataclass(frozen=True)
class Shown:
    """What one answer got: the notice text to append (None: none) and the audit line saying so."""

    text: str | None
    audit: str


def _languages(ctx: RequestContext) -> list[str]:
    return accept_languages(ctx.headers.get("accept-language"))


def choose_notice(annotation: Annotation, ctx: RequestContext) -> str | None:
    return notice_text(annotation, _languages(ctx))


def pick(ctx: RequestContext, annotations: Sequence[Annotation]) -> Notice | None:
    """The one notice of an answer (policies.notice): rules that give the same text are one notice
    whatever their order, so a streamed and a non-streamed answer carry the same notice."""
    return pick_notice(annotations, _languages(ctx))


def marking(ctx: RequestContext, annotations: Sequence[Annotation]) -> Marking:
    body = ctx.body or {}
    fmt = body.get("response_format") if isinstance(body, dict) else None
    json_mode = isinstance(fmt, dict) and fmt.get("type") in JSON_FORMATS
    marks = [
        a
        for a in annotations
        if a.action == "watermark" and (a.args or {}).get("invisible", True) is not False
    ]
    compact = not any((a.args or {}).get("marks") == "signed" for a in marks)
    # JSON must stay parseable: no notice text and no marks in it; the header, the body label and the
    # record carry the facts.
    return Marking(pick(ctx, annotations), bool(marks) and not json_mode, compact, json_mode)


async def shown(ctx: RequestContext, mark: Marking, memory: NoticeMemory) -> Shown:
    """Whether this answer shows its notice, and the audit line that says which (never the text)."""
    notice = mark.notice
    if notice is None:
        return Shown(None, "none: no notice rule")
    said = f"{notice.mode} {notice.id} ({notice.rule})"
    if mark.json_mode:
        return Shown(None, f"none: JSON output; {said} in the label only")
    if notice.mode == "header_only":
        return Shown(None, said)
    conversation = ctx.headers.get(CONVERSATION_HEADER)
    if notice.mode == "once_per_conversation" and conversation:
        if not await memory.first_time(memory_key(ctx.tenant or "", conversation, notice.id)):
            return Shown(None, f"none: once_per_conversation already shown {notice.id} ({notice.rule})")
    return Shown(notice.text, said)


def label(mark: Marking, notice_shown: bool) -> dict[str, Any]:
    """The machine-readable AI-generated label of one answer (the ``ai_generated`` body field)."""
    notice = mark.notice
    return {
        "generated": True,
        "notice_mode": notice.mode if notice else None,
        "notice_id": notice.id if notice else None,
        "notice_shown": notice_shown,
        "marks": ("compact" if mark.compact else "signed") if mark.watermark else None,
    }


class ProvenanceStage:
    name = "provenance"

    def __init__(
        self,
        signer: Signer,
        annotations: AnnotationSource,
        interval_chars: int = 400,
        notice_memory: NoticeMemory | None = None,
    ) -> None:
        self.signer = signer
        self.annotations = annotations
        self.interval = interval_chars
        self.memory = notice_memory if notice_memory is not None else InMemoryNoticeMemory()

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

    def inserter(self, ctx: RequestContext, mark: Marking) -> MarkInserter:
        return MarkInserter(self.signer, ctx.request_id, interval_chars=self.interval, compact=mark.compact)

    async def on_response(self, ctx: RequestContext, response: dict[str, Any]) -> dict[str, Any]:
        if ctx.endpoint not in ("chat.completions", "completions"):
            return response
        mark = marking(ctx, self._decided(ctx))
        ctx.response_headers[AI_HEADER] = "true"
        holders: list[tuple[dict[str, Any], str]] = []
        for choice in response.get("choices") or ():
            holders.append(
                (choice, "text")
                if ctx.endpoint == "completions"
                else (choice.get("message") or {}, "content")
            )
        # Tool-call-only and empty answers get no notice (and do not use up a conversation's one).
        has_text = any(isinstance(h.get(k), str) and h.get(k) for h, k in holders)
        result = await shown(ctx, mark, self.memory) if has_text else Shown(None, "none: no text")
        ctx.notice_shown = result.audit
        digests: list[str] = []
        for holder, key in holders:
            text = holder.get(key)
            if isinstance(text, str) and text:
                if result.text:
                    text += notice_suffix(text, result.text)
                if mark.watermark:
                    inserter = self.inserter(ctx, mark)
                    text = inserter.feed(text) + inserter.finish()
                holder[key] = text
            digests.append(content_digest(text if isinstance(text, str) else ""))
        signed = self.sign(ctx, digests, mark.watermark)
        response["provenance"] = signed.as_dict()
        response[LABEL_FIELD] = label(mark, result.text is not None)
        ctx.response_headers[PROVENANCE_HEADER] = signed.token
        return response

    def stream_filter(self, ctx: RequestContext) -> StreamFilter | None:
        if ctx.endpoint not in ("chat.completions", "completions"):
            return None
        ctx.response_headers[AI_HEADER] = "true"  # headers leave with the first byte: known by now
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
        self.shown: Shown | None = None  # decided once per answer, when the first choice ends
        body = ctx.body if isinstance(ctx.body, dict) else {}
        n = body.get("n")
        self.expected = n if isinstance(n, int) and n > 0 else 1
        self.last: dict[str, Any] = {}

    def _inserter(self, index: int) -> MarkInserter | None:
        if not self.mark.watermark:
            return None
        found = self.inserters.get(index)
        if found is None:
            found = self.inserters[index] = self.stage.inserter(self.ctx, self.mark)
        return found

    async def _close(self, index: int) -> str:
        """The notice and the closing mark for one choice (once)."""
        if index in self.closed:
            return ""
        self.closed.add(index)
        parts = self.delivered.setdefault(index, [])
        text = "".join(parts)
        if self.shown is None and text:
            self.shown = await shown(self.ctx, self.mark, self.stage.memory)
            self.ctx.notice_shown = self.shown.audit
        notice = self.shown.text if self.shown is not None and text else None
        inserter = self._inserter(index)
        # text the inserter still holds (a newline waiting for what follows) is part of the answer
        held = inserter.pending if inserter is not None else ""
        extra = notice_suffix(text + held, notice) if notice else ""
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
                    extra = await self._close(index)
                    if extra:
                        holder[key] = (holder.get(key) or "") + extra
        if self.signed is None and len(self.finished) >= self.expected:
            # The record rides on the chunk that ends the last choice: clients that expect every
            # chunk to carry choices (as OpenAI sends them without include_usage) keep working.
            self.signed = self._sign()
            chunk["provenance"] = self.signed.as_dict()
            chunk[LABEL_FIELD] = self._label()
        return [chunk]

    def _label(self) -> dict[str, Any]:
        if self.shown is None:
            self.ctx.notice_shown = "none: no text"
        return label(self.mark, self.shown is not None and self.shown.text is not None)

    def _sign(self) -> Any:
        digests = [content_digest("".join(self.delivered.get(i, ()))) for i in sorted(self.indexes)]
        return self.stage.sign(self.ctx, digests, self.mark.watermark)

    async def finish(self) -> list[dict[str, Any]]:
        out: list[dict[str, Any]] = []
        for index in sorted(self.delivered):
            extra = await self._close(index)
            if extra:  # the upstream ended without a finish_reason for this choice
                choice: dict[str, Any] = {"index": index, "finish_reason": None}
                choice.update({"text": extra} if self.completions else {"delta": {"content": extra}})
                out.append({**self.last, "choices": [choice]})
        if self.signed is None or out:
            # The upstream ended without finishing every choice: the record comes in a chunk of its own.
            self.signed = self._sign()
            final = {
                **self.last,
                "choices": [],
                "provenance": self.signed.as_dict(),
                LABEL_FIELD: self._label(),
            }
            final.setdefault("object", "text_completion" if self.completions else "chat.completion.chunk")
            out.append(final)
        return out
