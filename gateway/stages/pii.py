"""Carrying out ``redact`` and ``pseudonymize`` decisions, and restoring pseudonyms on the way back.

The policy decides which spans to transform (from any detector: PII, regex, secrets...). This
module replaces them in the text the upstream will see — pseudonyms through the vault, so they
can be restored — and restores them in the response the client receives, streamed or not,
tool-call arguments included. The upstream never sees the original values.

Scope: the vault maps placeholders per conversation. A client that sends ``x-conversation-id``
gets the same placeholder for the same value across the turns of that conversation; otherwise the
request id is the scope. Scopes are namespaced by tenant and key, so one application can never
make the gateway restore a value that another application's conversation put in the vault.
"""

from __future__ import annotations

import asyncio
import contextlib
import hashlib
from collections.abc import Sequence
from typing import Any

from gateway.context import RequestContext
from gateway.errors import GatewayError
from gateway.pii.messages import TEXT_FIELDS, StreamResponseRestorer, restore_response
from gateway.pii.transforms import Restorer, first_wins, placeholder_label, redaction, replace_spans
from gateway.pii.vault import Vault, VaultError
from gateway.stages.base import PassThrough, StreamFilter
from policies.evaluator import Decision
from policies.findings import TextItem

CONVERSATION_HEADER = "x-conversation-id"


def conversation_scope(ctx: RequestContext) -> str:
    conversation = ctx.headers.get(CONVERSATION_HEADER)
    if conversation:
        # Hashed: the client's id is not stored as is, and its length does not matter.
        digest = hashlib.sha256(f"{ctx.tenant}\x00{ctx.key_id}\x00{conversation}".encode()).hexdigest()[:32]
        return f"conv:{digest}"
    return f"req:{ctx.request_id}"


def _vault_down() -> GatewayError:
    # Fail closed: without the vault the original text would have to be forwarded.
    return GatewayError(
        503,
        "The pseudonym vault is unavailable; the request was not forwarded.",
        "service_unavailable",
        code="pii_vault_unavailable",
        headers={"retry-after": "5"},
    )


class PIITransform:
    """The transform every redact/pseudonymize decision goes through — in the gateway and in
    ``policy test`` (gateway/cli.py gives it to the policy tools): each decision span becomes a
    vault pseudonym (restorable) or a redaction (label, mask or hash style)."""

    def __init__(self, vault: Vault, salt: bytes | None = None) -> None:
        self.vault = vault
        self.salt = salt

    @staticmethod
    def _spans(decision: Decision, texts: dict[str, str]) -> dict[str, list[tuple[int, int, str, str]]]:
        """location -> the (start, end, type, style) spans to replace, overlaps resolved."""
        spans: dict[str, list[tuple[int, int, str, str]]] = {}
        for t in decision.transforms:
            for loc in [t.location] if t.location else list(texts):
                text = texts.get(loc)
                if text is None:
                    continue
                start, end = (t.start, t.end) if t.start is not None and t.end is not None else (0, len(text))
                if 0 <= start < end <= len(text):
                    # pseudonymize, or a redact rule's style: label (default), mask or hash.
                    style = (
                        "pseudonymize"
                        if t.action == "pseudonymize"
                        else str((t.args or {}).get("style", "label"))
                    )
                    spans.setdefault(loc, []).append((start, end, t.type, style))
        return {loc: first_wins(found, lambda s: (s[0], s[1])) for loc, found in spans.items()}

    async def __call__(
        self, ctx: RequestContext, decision: Decision, items: Sequence[TextItem]
    ) -> list[TextItem]:
        texts = {it.location: it.text for it in items}
        chosen = self._spans(decision, texts)
        pairs = [
            (placeholder_label(kind), texts[loc][s:e])
            for loc, kept in chosen.items()
            for s, e, kind, style in kept
            if style == "pseudonymize"
        ]
        placeholders: list[str] = []
        if pairs:
            scope = conversation_scope(ctx)
            try:
                placeholders = await self.vault.placeholders(scope, pairs)
            except VaultError:
                raise _vault_down() from None
            ctx.pii_scope = scope
        it = iter(placeholders)
        out: list[TextItem] = []
        for item in items:
            kept = chosen.get(item.location)
            if not kept:
                out.append(item)
                continue
            repl = [
                next(it) if style == "pseudonymize" else redaction(kind, item.text[s:e], style, self.salt)
                for s, e, kind, style in kept
            ]
            out.append(TextItem(item.location, replace_spans(item.text, kept, repl), item.role))
        return out


class _RestoreFilter(PassThrough):
    def __init__(self, stage: PIIRestoreStage, scope: str) -> None:
        self.stage = stage
        self.scope = scope
        self.restorer: StreamResponseRestorer | None = None
        self.last: dict[str, Any] | None = None

    async def feed(self, chunk: dict[str, Any]) -> list[dict[str, Any]]:
        if self.restorer is None:
            self.restorer = StreamResponseRestorer(await self.stage.restorer(self.scope))
        self.last = chunk
        if not chunk.get("choices"):
            return [chunk]
        return [self.restorer.restore_chunk(chunk)]

    async def finish(self) -> list[dict[str, Any]]:
        if self.restorer is None or self.last is None:
            return []
        rest = self.restorer.flush()
        if not rest:
            return []
        choices: dict[int, dict[str, Any]] = {}
        for (index, field), text in sorted(rest.items()):
            delta = choices.setdefault(
                index, {"index": index, "delta": {}, "finish_reason": None, "logprobs": None}
            )["delta"]
            if field in TEXT_FIELDS:
                delta[field] = text
            else:
                delta.setdefault("tool_calls", []).append(
                    {"index": int(field[len("tool_calls[") : -1]), "function": {"arguments": text}}
                )
        return [
            {
                "id": self.last.get("id"),
                "object": "chat.completion.chunk",
                "created": self.last.get("created"),
                "model": self.last.get("model"),
                "choices": list(choices.values()),
            }
        ]


class PIIRestoreStage:
    """Restores the request's pseudonyms in what the client receives."""

    name = "pii_restore"

    def __init__(self, vault: Vault) -> None:
        self.vault = vault
        self._forgetting: set[asyncio.Task[None]] = set()

    def finished(self, ctx: RequestContext) -> None:
        """A request's own pseudonyms (no conversation id) are needed only until its answer has been
        restored: dropped when it ends, rather than kept (encrypted) in the vault for their whole TTL.
        Conversation scopes stay for later turns."""
        scope = ctx.pii_scope
        if scope is None or not scope.startswith("req:"):
            return

        async def drop() -> None:
            with contextlib.suppress(Exception):  # best effort: the TTL still removes them
                await self.vault.drop(scope)

        task = asyncio.get_running_loop().create_task(drop())
        self._forgetting.add(task)
        task.add_done_callback(self._forgetting.discard)

    async def restorer(self, scope: str) -> Restorer:
        try:
            return Restorer(await self.vault.mapping(scope))
        except VaultError:
            # The answer would reach the client with placeholders it cannot read: say so plainly.
            raise GatewayError(
                502,
                "The pseudonym vault is unavailable; the response could not be restored.",
                "upstream_error",
                code="pii_vault_unavailable",
            ) from None

    @staticmethod
    def _scope(ctx: RequestContext) -> str | None:
        # A later turn of a conversation may carry no PII itself while the model still answers
        # with placeholders from earlier turns: a conversation's scope is always restored.
        if ctx.pii_scope is not None:
            return ctx.pii_scope
        return conversation_scope(ctx) if ctx.headers.get(CONVERSATION_HEADER) else None

    async def on_response(self, ctx: RequestContext, response: dict[str, Any]) -> dict[str, Any]:
        scope = self._scope(ctx)
        if scope is None:
            return response
        restorer = await self.restorer(scope)
        return restore_response(response, restorer) if restorer else response

    def stream_filter(self, ctx: RequestContext) -> StreamFilter | None:
        scope = self._scope(ctx)
        return _RestoreFilter(self, scope) if scope is not None else None
