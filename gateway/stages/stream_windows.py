"""Output rules on a streamed response: sliding windows, strict or fast.

Each text channel of a stream (per choice: content or completion text, refusal, reasoning,
audio transcript, each tool call's name and arguments, the legacy function call, annotations, and the
logprobs token lists; ``gateway/openai_text.py`` names them) is cut into windows of ``size``
characters, each starting ``size - overlap`` after the previous one, so a phrase of up to
``overlap`` characters that crosses a boundary is seen whole by the next window. Every window goes
through the same detectors as a whole response.

``strict`` (the default): a chunk is forwarded only once every character in it was checked by a
window *and* lies before the next window's overlap (text in the overlap is held until the window
that sees it whole has passed). No unchecked text reaches the client; the client waits for one
window before its first token. Spans a rule redacts are rewritten before release; a chunk whose text
is rewritten loses its logprobs and audio data, and a token-list channel with a finding is never
rewritten but dropped from the chunks that carry it (``set_chunk_piece``).

``fast``: chunks are forwarded at once; windows are checked in the background and a violation
stops the stream. A window's check must finish before text past the *next* window is forwarded,
so the stream stops at most one window after the text that broke the rule. Text already sent
cannot be redacted: an output redact rule that fires in fast mode is recorded as unenforced.

Stopping (block, or truncate): the filter releases what is safe, then one chunk per choice with
``finish_reason: "content_filter"``, and sets ``stopped``; the route then closes the upstream,
flushes the later filters, sends the error event (block only) and ``data: [DONE]``.
"""

from __future__ import annotations

import asyncio
import dataclasses
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from typing import Any

from gateway.context import RequestContext
from gateway.errors import GatewayError
from gateway.openai_text import ChannelKey, channel_location, chunk_pieces, set_chunk_piece
from gateway.stages.policy import DetectorResults, PolicyEngine, all_findings
from gateway.stages.tool_actions import ANSWER_CALL, approval_error
from policies.actions import Action
from policies.evaluator import Decision, Transform
from policies.findings import TextItem

# Tool and function calls: cut arguments are broken JSON (and a cut name calls nothing), so a
# truncate rule that fires in one blocks instead.
_CALL_KINDS = frozenset({"tool", "tool_name", "function_call", "function_name"})


@dataclass
class _Channel:
    key: ChannelKey
    location: str
    text: str = ""
    next_start: int = 0  # where the next window starts
    checked_end: int = 0  # end of the last window checked
    safe: int = 0  # strict: text before this may be released
    released: int = 0  # text before this has been released
    spans: dict[tuple[int, int], Transform] = field(default_factory=dict)  # pending rewrites (stream coords)

    @property
    def bound(self) -> int:
        """How far text may be released now: the safe point, pulled back before a pending span."""
        bound = self.safe
        for start, end in self.spans:
            if start < bound < end:
                bound = start
        return bound


@dataclass
class _Entry:
    chunk: dict[str, Any]
    pieces: list[tuple[ChannelKey, int, int]]  # channel, start, end of the chunk's text in that channel
    call: bool = False  # carries a tool or function call delta (even one with no text yet): held to the end


def _carries_call(chunk: dict[str, Any]) -> bool:
    for choice in chunk.get("choices") or ():
        delta = choice.get("delta") if isinstance(choice, dict) else None
        if isinstance(delta, dict) and (delta.get("tool_calls") or delta.get("function_call")):
            return True
    return False


class WindowedOutputCheck:
    """The :class:`~gateway.stages.base.StreamFilter` the policy output stage gives a stream."""

    def __init__(
        self,
        engine: PolicyEngine,
        ctx: RequestContext,
        mode: str,
        window: tuple[int, int],
        on_decision: Callable[[RequestContext, Decision], None],
        blocked_error: Callable[[Decision], GatewayError],
    ) -> None:
        self.engine = engine
        self.ctx = ctx
        self.mode = mode
        self.size, self.overlap = window
        self.step = self.size - self.overlap
        self.on_decision = on_decision  # records a window's decision on the context
        self.blocked_error = blocked_error
        self.channels: dict[ChannelKey, _Channel] = {}
        self.queue: list[_Entry] = []
        self.windows = 0
        self.stopped = False  # the route stops reading the upstream once this is set
        self.stop_error: GatewayError | None = None  # sent as the stream's error event (block only)
        self.last: dict[str, Any] = {}  # id/created/object of the latest upstream chunk, for the stop chunks
        self.choices: set[int] = set()
        self.sent_chars = 0
        self.chunks_sent = 0
        self._pending: asyncio.Task[Decision] | None = None
        self._seen: set[tuple[Any, ...]] = set()
        self.call_ids: dict[tuple[int, int], str] = {}  # (choice, tool index) -> call id, for approval errors

    # -- the StreamFilter protocol ----------------------------------------------------------------
    async def feed(self, chunk: dict[str, Any]) -> list[dict[str, Any]]:
        if self.stopped:
            return []
        for name in ("id", "created", "object", "model", "system_fingerprint"):
            if name in chunk:
                self.last[name] = chunk[name]
        for choice in chunk.get("choices") or ():
            self.choices.add(choice.get("index", 0))
            for call in (choice.get("delta") or {}).get("tool_calls") or ():
                if isinstance(call, dict) and isinstance(call.get("id"), str):
                    self.call_ids[(choice.get("index", 0), call.get("index", 0))] = call["id"]
        entry = _Entry(chunk, [], _carries_call(chunk))
        for key, piece in chunk_pieces(chunk):
            ch = self.channels.get(key)
            if ch is None:
                ch = self.channels[key] = _Channel(key, channel_location(key))
            start = len(ch.text)
            ch.text += piece
            entry.pieces.append((key, start, len(ch.text)))
        if self.mode == "fast":
            return await self._feed_fast(entry)
        self.queue.append(entry)
        while True:
            windows = self._ready()
            if not windows:
                break
            decision = await self._judge(windows, self._take(windows))
            stop = await self._enforce(decision, windows)
            if stop is not None:
                return stop
        return await self._release(final=False)

    async def finish(self) -> list[dict[str, Any]]:
        if self.stopped:
            return []
        if self.mode == "fast":
            decision = await self._await_pending()
            if decision is not None and self._stops(decision):
                return self._stop_chunks(decision)
            windows = self._tails()
            if windows:
                decision = await self._judge(windows, self._take(windows))
                if self._stops(decision):
                    return self._stop_chunks(decision)
                if decision.tool_actions:
                    stop = self._tool_actions(decision)
                    if stop is not None:
                        return stop
            held, self.queue = [e.chunk for e in self.queue], []
            return held
        windows = self._tails()
        if windows:
            decision = await self._judge(windows, self._take(windows))
            stop = await self._enforce(decision, windows)
            if stop is not None:
                return stop
            if decision.tool_actions:
                stop = self._tool_actions(decision)
                if stop is not None:
                    return stop
        return await self._release(final=True)

    # -- tool calls (held until the stream ends: calls are checked whole) --------------------------
    def _tool_actions(self, decision: Decision) -> list[dict[str, Any]] | None:
        """require_approval: stop with tool_approval_required. strip_tool: drop the calls' deltas
        from the held chunks (a choice left with none ends with ``stop``)."""
        targets: dict[int, set[int | None]] = {}
        for t in decision.tool_actions:
            m = ANSWER_CALL.match(t.location or "")
            if m:
                targets.setdefault(int(m[1]), set()).add(int(m[2]) if m[2] is not None else None)
        if decision.action == Action.REQUIRE_APPROVAL:
            calls = [
                {
                    "id": self.call_ids.get((c, k or 0)),
                    "function": {
                        "name": self._channel_text(
                            (c, "tool_name" if k is not None else "function_name", k or 0)
                        )
                    },
                }
                for c, ks in sorted(targets.items())
                for k in sorted(ks, key=lambda v: -1 if v is None else v)
            ]
            self.queue = []
            return self._stop_chunks(decision, error=approval_error(decision, calls))
        for entry in self.queue:
            for choice in entry.chunk.get("choices") or ():
                ks = targets.get(choice.get("index", 0))
                delta = choice.get("delta")
                if not ks or not isinstance(delta, dict):
                    continue
                if None in ks:
                    delta.pop("function_call", None)
                deltas = delta.get("tool_calls")
                if isinstance(deltas, list):
                    kept = [c for c in deltas if not (isinstance(c, dict) and c.get("index", 0) in ks)]
                    if kept:
                        delta["tool_calls"] = kept
                    else:
                        delta.pop("tool_calls", None)
            entry.pieces = [
                p
                for p in entry.pieces
                if not (
                    p[0][1] in _CALL_KINDS
                    and p[0][0] in targets
                    and (p[0][2] if p[0][1] in ("tool", "tool_name") else None) in targets[p[0][0]]
                )
            ]
        for c, ks in targets.items():
            remaining = {key[2] for key in self.channels if key[0] == c and key[1] == "tool_name"} - ks
            legacy = (
                any(key[0] == c and key[1] == "function_name" for key in self.channels) and None not in ks
            )
            if not remaining and not legacy:
                for entry in self.queue:
                    for choice in entry.chunk.get("choices") or ():
                        if choice.get("index", 0) == c and choice.get("finish_reason") in (
                            "tool_calls",
                            "function_call",
                        ):
                            choice["finish_reason"] = "stop"
            for key in [k for k in self.channels if k[0] == c and k[1] in _CALL_KINDS]:
                if (key[2] if key[1] in ("tool", "tool_name") else None) in ks:
                    del self.channels[key]
        return None

    def _channel_text(self, key: ChannelKey) -> str:
        ch = self.channels.get(key)
        return ch.text if ch is not None else ""

    # -- windows ----------------------------------------------------------------------------------
    def _ready(self) -> list[tuple[_Channel, int, int]]:
        return [
            (ch, ch.next_start, ch.next_start + self.size)
            for ch in self.channels.values()
            if len(ch.text) >= ch.next_start + self.size and ch.key[1] not in _CALL_KINDS
        ]

    def _tails(self) -> list[tuple[_Channel, int, int]]:
        """The last, partial window of each channel with text no window has seen yet."""
        return [
            (ch, ch.next_start, len(ch.text))
            for ch in self.channels.values()
            if len(ch.text) > ch.checked_end
        ]

    def _take(self, windows: Sequence[tuple[_Channel, int, int]]) -> list[TextItem]:
        """The windows' text; advances each channel at once (a fast-mode check runs as a task later)."""
        items = [TextItem(ch.location, ch.text[start:end], "assistant") for ch, start, end in windows]
        for ch, start, end in windows:
            ch.checked_end = end
            ch.next_start = start + self.step
        self.windows += 1
        return items

    async def _judge(self, windows: Sequence[tuple[_Channel, int, int]], items: list[TextItem]) -> Decision:
        decision, results = await self.engine.decide(self.ctx, "output", items, collect=False)
        self._collect(results, {ch.location: start for ch, start, _ in windows})
        self.on_decision(self.ctx, decision)
        return decision

    async def _enforce(
        self, decision: Decision, windows: Sequence[tuple[_Channel, int, int]]
    ) -> list[dict[str, Any]] | None:
        """Strict mode: act on a window's decision. Returns the final chunks when the stream stops."""
        if decision.blocked:
            self.queue = []  # nothing held is released: it is the violating text, or text after it
            return self._stop_chunks(decision)
        by_location = {ch.location: (ch, start) for ch, start, _ in windows}
        for t in decision.transforms:
            ch, start = by_location.get(t.location or "", (None, 0))
            if ch is None or t.start is None or t.end is None:
                continue
            span = (start + t.start, start + t.end)
            if span[1] > ch.released:
                ch.spans.setdefault(span, t)
        for ch, start, end in windows:
            # Text in the overlap stays until the next window, which sees it whole, has passed.
            ch.safe = max(ch.safe, end - self.overlap if end - start >= self.size else end)
        if decision.truncations:
            cuts: dict[ChannelKey, int] = {}
            for t in decision.truncations:
                ch, start = by_location.get(t.location or "", (None, 0))
                for target, offset in [(ch, start)] if ch is not None else [(w[0], w[1]) for w in windows]:
                    if target.key[1] in _CALL_KINDS:
                        self.queue = []
                        return self._stop_chunks(decision, as_block=True)  # cut JSON arguments are broken
                    cut = max(target.released, offset + (t.start or 0))
                    cuts[target.key] = min(cuts.get(target.key, cut), cut)
            return await self._truncate(decision, cuts)
        return None

    def _collect(self, results: DetectorResults, offsets: dict[str, int]) -> None:
        """Findings in stream coordinates, once each although overlapping windows see them twice."""
        for f in all_findings(results):
            shift = offsets.get(f.location or "", 0)
            g = dataclasses.replace(
                f,
                start=f.start + shift if f.start is not None else None,
                end=f.end + shift if f.end is not None else None,
            )
            key = (g.detector, g.type, g.location, g.start, g.end)
            if key not in self._seen:
                self._seen.add(key)
                self.ctx.findings.append(g)

    # -- strict: release -------------------------------------------------------------------------
    async def _release(self, final: bool) -> list[dict[str, Any]]:
        if final:
            for ch in self.channels.values():
                ch.safe = len(ch.text)
        bounds = {key: ch.bound for key, ch in self.channels.items()}
        n = 0
        for entry in self.queue:
            if (entry.call and not final) or any(end > bounds[key] for key, _, end in entry.pieces):
                break
            n += 1
        entries, self.queue = self.queue[:n], self.queue[n:]
        return await self._rewrite(entries, {})

    async def _truncate(self, decision: Decision, cuts: dict[ChannelKey, int]) -> list[dict[str, Any]]:
        """Release the text before the cut (checked: it is in this window), then stop without an error."""
        limits = {key: cuts.get(key, ch.bound) for key, ch in self.channels.items()}
        keep: list[_Entry] = []
        for entry in self.queue:
            if entry.call or any(start >= limits[key] for key, start, _ in entry.pieces):
                break  # a call is never half-sent: a cut answer ends before it
            keep.append(entry)
        self.queue = []
        out = await self._rewrite(keep, limits)
        return out + self._stop_chunks(decision)

    async def _rewrite(self, entries: list[_Entry], limits: dict[ChannelKey, int]) -> list[dict[str, Any]]:
        """Apply pending redactions (and cuts) to released chunks: each channel's released region is
        rewritten as a whole and placed in its first chunk; the others carry empty text."""
        regions: dict[ChannelKey, list[tuple[_Entry, int, int]]] = {}
        for entry in entries:
            for key, start, end in entry.pieces:
                regions.setdefault(key, []).append((entry, start, end))
        for key, parts in regions.items():
            ch = self.channels[key]
            lo, hi = parts[0][1], parts[-1][2]
            limit = min(hi, limits.get(key, hi))
            spans = {s: t for s, t in ch.spans.items() if s[0] < limit and s[1] > lo}
            if spans or limit < hi:
                region = ch.text[lo:limit]
                if spans:
                    shifted = tuple(
                        t._replace(location=ch.location, start=max(s[0], lo) - lo, end=min(s[1], limit) - lo)
                        for s, t in spans.items()
                    )
                    decision = Decision(
                        Action.REDACT, "output", self.ctx.policy_version or "", transforms=shifted
                    )
                    changed = await self.engine.transform(
                        self.ctx, decision, [TextItem(ch.location, region, "assistant")]
                    )
                    region = changed[0].text
                    for s in spans:
                        ch.spans.pop(s, None)
                for i, (entry, _, _) in enumerate(parts):
                    set_chunk_piece(entry.chunk, key, region if i == 0 else "")
            ch.released = limit
            self.sent_chars += limit - lo
        self.chunks_sent += len(entries)
        return [e.chunk for e in entries]

    # -- fast -------------------------------------------------------------------------------------
    async def _feed_fast(self, entry: _Entry) -> list[dict[str, Any]]:
        if self.queue or entry.call or any(key[1] in _CALL_KINDS for key, _, _ in entry.pieces):
            # A tool call is held until it is complete and checked (a withheld call must never be
            # half-sent), and so is what follows it, to keep the order.
            self.queue.append(entry)
            return []
        if self._pending is not None and self._pending.done():
            decision = await self._await_pending()
            if decision is not None and self._stops(decision):
                return self._stop_chunks(decision)
        windows = self._ready()
        if windows:
            # At most one window in flight: its verdict comes before text past the next window goes.
            decision = await self._await_pending()
            if decision is not None and self._stops(decision):
                return self._stop_chunks(decision)
            items = self._take(windows)
            self._pending = asyncio.get_running_loop().create_task(self._judge(windows, items))
        for _, start, end in entry.pieces:
            self.sent_chars += end - start
        self.chunks_sent += 1
        return [entry.chunk]

    async def _await_pending(self) -> Decision | None:
        task, self._pending = self._pending, None
        return None if task is None else await task

    def _stops(self, decision: Decision) -> bool:
        if decision.transforms:
            # Already delivered: recorded for the audit; it cannot be taken back.
            self.ctx.stream_events.append(
                {
                    "event": "unenforced_output_transform",
                    "window": self.windows,
                    "rules": sorted({t.rule for t in decision.transforms}),
                }
            )
        return decision.blocked or bool(decision.truncations)

    # -- stopping ---------------------------------------------------------------------------------
    def _stop_chunks(
        self, decision: Decision, as_block: bool = False, error: GatewayError | None = None
    ) -> list[dict[str, Any]]:
        """One ``finish_reason: content_filter`` chunk per choice; records where and why."""
        block = decision.blocked or as_block or error is not None
        if block:
            self.stop_error = error or self.blocked_error(decision)
        self.stopped = True
        if self._pending is not None:
            self._pending.cancel()
            self._pending = None
        rules = [r.rule for r in decision.reasons if r.action in ("block", "truncate", "require_approval")]
        self.ctx.stream_stop = {
            "action": "require_approval" if error is not None else "block" if block else "truncate",
            "rules": rules,
            "window": self.windows,
            "char_offset": self.sent_chars,
            "chunk_index": self.chunks_sent,
            "mode": self.mode,
        }
        out = []
        completions = self.ctx.endpoint == "completions"
        for index in sorted(self.choices or {0}):
            chunk = dict(self.last)
            chunk.setdefault("object", "text_completion" if completions else "chat.completion.chunk")
            choice: dict[str, Any] = {"index": index, "finish_reason": "content_filter", "logprobs": None}
            if completions:
                choice["text"] = ""
            else:
                choice["delta"] = {}
            chunk["choices"] = [choice]
            out.append(chunk)
        return out
