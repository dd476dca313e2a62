"""Run a plan's detector invocations, and the reference transform used by ``policy test``.

:func:`run_plan` calls each invocation's detector once, concurrently, turning any exception or
timeout into a :class:`~policies.findings.DetectorError` (so ``on_error`` applies), and returns
``{rule key: findings | DetectorError}`` ready for :func:`policies.evaluator.evaluate`.

:func:`apply_transforms` is the built-in transform: it redacts / pseudonymizes spans by finding
offsets (``[REDACTED:TYPE]`` / ``<TYPE_1>``). The gateway supplies its own transform (pseudonym
vault, presidio operators) through the same :data:`TransformHook` signature.
"""

from __future__ import annotations

import asyncio
import inspect
from collections.abc import Awaitable, Callable, Mapping, Sequence
from dataclasses import replace
from typing import Any

from .compiled import Invocation, Plan, thaw
from .evaluator import Decision
from .findings import Detector, DetectorError, Finding, TextItem
from .locations import is_key
from .request_walk import message_items
from .tools import scope_to_tool_arguments

TransformHook = Callable[[Decision, Sequence[TextItem]], "Sequence[TextItem] | Awaitable[Sequence[TextItem]]"]


#: Characters each side of the join between two consecutive items that a seam reads: enough for any
#: identifier, key or marker the span detectors know, short enough to cost next to nothing.
SEAM_CHARS = 64


def seams(items: Sequence[TextItem]) -> list[tuple[TextItem, TextItem, TextItem]]:
    """(seam, left, right) for each pair of consecutive items: the end of one joined to the start of the
    next, as the model reads them one after the other. "900101-" in one message and "1234568" in the
    next, or "대" and "외비…", are one value only there."""
    out = []
    texts = [i for i in items if not is_key(i.location)]  # a JSON key's own item is a name, not prose
    for left, right in zip(texts, texts[1:], strict=False):
        if left.text and right.text:
            text = left.text[-SEAM_CHARS:] + right.text[:SEAM_CHARS]
            out.append((TextItem(f"{left.location}|{right.location}", text, left.role), left, right))
    return out


def _across(
    found: Sequence[Finding], own: Sequence[Finding], seam: TextItem, left: TextItem, right: TextItem
) -> list[Finding]:
    """A seam's findings that cross the join, each as its two halves in the items' own offsets. What
    lies wholly on one side the items' own scan (``own``) found already; a crossing match that overlaps
    one of those is that value read on into the next item ("…@example.com" + "x…"), not a new one."""
    cut = min(len(left.text), SEAM_CHARS)
    base = len(left.text) - cut
    out = []
    for f in found:
        if f.location != seam.location or f.start is None or f.end is None or not f.start < cut < f.end:
            continue
        halves = (
            (left.location, base + f.start, len(left.text)),
            (right.location, 0, f.end - cut),
        )
        if any(
            o.type == f.type
            and o.location == loc
            and o.start is not None
            and o.end is not None
            and o.start < end
            and start < o.end
            for loc, start, end in halves
            for o in own
        ):
            continue
        meta = {**f.meta, "across_items": True}
        out += [replace(f, location=loc, start=start, end=end, meta=meta) for loc, start, end in halves]
    return out


async def run_invocation(
    invocation: Invocation,
    items: Sequence[TextItem],
    detectors: Mapping[str, Detector],
    timeout_s: float | None,
) -> list[Finding] | DetectorError:
    detector = detectors.get(invocation.detector)
    if detector is None:
        return DetectorError(f"detector {invocation.detector!r} not available")
    try:
        items, params = scope_to_tool_arguments(items, thaw(invocation.params))
        joins = seams(items) if getattr(detector, "reads_seams", False) else []

        async def both() -> list[Finding]:
            findings = list(await detector.detect(items, params, invocation.direction))
            if joins:
                on_seams = await detector.detect([s for s, _, _ in joins], params, invocation.direction)
                own = list(findings)
                for seam, left, right in joins:
                    findings += _across(on_seams, own, seam, left, right)
            return findings

        limit = invocation.timeout_s if invocation.timeout_s is not None else timeout_s
        return await (asyncio.wait_for(both(), limit) if limit is not None else both())
    except DetectorError as exc:
        return exc
    except TimeoutError:
        return DetectorError(f"detector {invocation.detector!r} timed out")
    except Exception as exc:  # a detector bug is a detector failure, not a gateway crash
        return DetectorError(f"detector {invocation.detector!r} failed: {type(exc).__name__}")


#: Cheap detectors that run before the others: when one of their enforced block rules fires, the request
#: is refused whatever the rest would find, so the rest (the classifier above all) never spends time on it.
GATE_DETECTORS = frozenset({"size"})


def _gate_refuses(plan: Plan, results: Mapping[Invocation, list[Finding] | DetectorError]) -> bool:
    """Whether an enforced block rule reading these results fires (as the evaluator would count it)."""
    by_rule = plan.findings_by_rule(results)
    for rule in plan.rules:
        res = by_rule.get(rule.key)
        if res is None or rule.action != "block" or rule.mode != "enforce":
            continue
        if isinstance(res, DetectorError):
            if rule.on_error == "closed":
                return True
        elif any(f.score >= rule.min_score and (rule.types is None or f.type in rule.types) for f in res):
            return True
    return False


async def refuse_on_shape(
    plan: Plan,
    shape: TextItem,
    detectors: Mapping[str, Detector],
    *,
    timeout_s: float | None = None,
) -> dict[str, list[Finding] | DetectorError] | None:
    """The gate detectors on the request's shape alone (counts of messages, parts, tools: no text
    walked yet). Results keyed by rule key when an enforced block rule of theirs already fires (the
    others count as having found nothing), else None. A request of 100,000 parts is refused before the
    gateway walks its text."""
    gates = [i for i in plan.invocations if i.detector in GATE_DETECTORS]
    if not gates or plan.has_allow:
        return None
    found = await asyncio.gather(*(run_invocation(i, [shape], detectors, timeout_s) for i in gates))
    results: dict[Invocation, list[Finding] | DetectorError] = dict(zip(gates, found, strict=True))
    if not _gate_refuses(plan, results):
        return None
    results.update({i: [] for i in plan.invocations if i not in results})
    return plan.findings_by_rule(results)


async def run_plan(
    plan: Plan,
    items: Sequence[TextItem],
    detectors: Mapping[str, Detector],
    *,
    timeout_s: float | None = None,
) -> dict[str, list[Finding] | DetectorError]:
    """Run every invocation of ``plan`` over ``items``; results keyed by rule key.

    Gate detectors (:data:`GATE_DETECTORS`) run first; if one of their enforced block rules fires and no
    allow exception is in scope, the other invocations are not run (they count as having found nothing:
    the decision is a block either way)."""
    if not plan.invocations:
        return {}
    gates = [i for i in plan.invocations if i.detector in GATE_DETECTORS]
    rest = [i for i in plan.invocations if i.detector not in GATE_DETECTORS]
    results: dict[Invocation, list[Finding] | DetectorError] = {}
    if gates and rest and not plan.has_allow:
        first = await asyncio.gather(*(run_invocation(i, items, detectors, timeout_s) for i in gates))
        results.update(zip(gates, first, strict=True))
        if _gate_refuses(plan, results):
            results.update({i: [] for i in rest})
            return plan.findings_by_rule(results)
    todo = [i for i in plan.invocations if i not in results]
    done = await asyncio.gather(*(run_invocation(i, items, detectors, timeout_s) for i in todo))
    results.update(zip(todo, done, strict=True))
    return plan.findings_by_rule(results)


def items_from_messages(messages: Sequence[Mapping[str, Any]]) -> list[TextItem]:
    """OpenAI chat messages to text items, by the one table of request fields
    (:mod:`policies.request_fields`): content and its parts, names, tool calls, refusals, reasoning,
    attachments... (``policy test`` cases see what the gateway's input rules see)."""
    return message_items(messages)


def apply_transforms(decision: Decision, items: Sequence[TextItem]) -> list[TextItem]:
    """Apply the decision's redact/pseudonymize instructions by offsets (reference implementation).

    Pseudonyms are numbered per type in order of appearance and the same type+text gets the same
    pseudonym inside one call; nothing is stored, so this cannot restore them (the gateway's vault does).
    """
    if not decision.transforms:
        return list(items)
    counters: dict[str, int] = {}
    names: dict[tuple[str, str], str] = {}

    def replacement(action: str, kind: str, text: str) -> str:
        if action == "redact":
            return f"[REDACTED:{kind}]"
        key = (kind, text)
        if key not in names:
            counters[kind] = counters.get(kind, 0) + 1
            names[key] = f"<{kind}_{counters[kind]}>"
        return names[key]

    out: list[TextItem] = []
    for item in items:
        spans = [t for t in decision.transforms if t.location is None or t.location == item.location]
        if not spans:
            out.append(item)
            continue
        if any(t.start is None or t.end is None for t in spans):
            whole = next(t for t in spans if t.start is None or t.end is None)
            out.append(TextItem(item.location, replacement(whole.action, whole.type, item.text), item.role))
            continue
        # Merge overlapping spans (the union is replaced; the first span's action and type label it),
        # then replace right to left so earlier offsets stay valid.
        merged: list[list[Any]] = []
        for t in sorted(spans, key=lambda t: (t.start, -(t.end or 0))):
            if merged and t.start < merged[-1][1]:
                merged[-1][1] = max(merged[-1][1], t.end)
            else:
                merged.append([t.start, t.end, t])
        text = item.text
        for start, end, t in reversed(merged):
            text = text[:start] + replacement(t.action, t.type, item.text[start:end]) + text[end:]
        out.append(TextItem(item.location, text, item.role))
    return out


async def call_transform(
    hook: TransformHook, decision: Decision, items: Sequence[TextItem]
) -> list[TextItem]:
    result = hook(decision, items)
    if inspect.isawaitable(result):
        result = await result
    return list(result)
