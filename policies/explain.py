"""``policy explain``: which policies matched a request, what each rule found, and why the decision.

The request file has the shape of a ``policy test`` case's ``request`` (tenant, model, zone,
endpoint, headers, metadata, messages...) plus an optional ``response`` (the upstream's answer).
The report shows finding types, counts and scores, never the text that was found.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from pydantic import ValidationError

from .actions import ACTION_RANK
from .evaluator import Decision, evaluate
from .findings import Detector, DetectorError, Direction, TextItem
from .loader import PolicyLoadError, validation_errors
from .matcher import RequestMeta
from .models import RouteTarget
from .policyset import PolicySet
from .runner import items_from_messages, run_plan
from .testing import TestRequest
from .testing import _Nothing as _Unavailable
from .yaml_source import YamlDocument, load_yaml_file


class ExplainRequest(TestRequest):
    response: str | None = None


def load_request(path: str | Path) -> ExplainRequest:
    """Read a request file: the request itself, or a test-case-shaped ``{request: ..., response: ...}``."""
    doc = load_yaml_file(path)
    data = doc.data
    if isinstance(data, dict) and isinstance(data.get("request"), dict) and "messages" not in data:
        merged = dict(data["request"])
        if "response" in data:
            merged["response"] = data["response"]
        positions = {k[1:]: v for k, v in doc.positions.items() if k[:1] == ("request",)}
        positions[("response",)] = doc.positions.get(("response",), (1, 1))
        doc = YamlDocument(doc.file, merged, positions)
        data = merged
    try:
        return ExplainRequest.model_validate(data)
    except ValidationError as exc:
        raise PolicyLoadError(validation_errors(doc, exc, ExplainRequest)) from None


@dataclass(slots=True)
class DirectionExplanation:
    direction: Direction
    decision: Decision
    rules: list[dict[str, Any]] = field(default_factory=list)


async def explain(
    request: ExplainRequest, policy_set: PolicySet, detectors: Mapping[str, Detector]
) -> tuple[list[dict[str, Any]], list[DirectionExplanation]]:
    meta = request.meta()
    matches = []
    for p in policy_set.policies:
        reason = "abstract (only used through extends)" if p.abstract else p.match.why_not(meta)
        matches.append(
            {
                "policy": p.name,
                "file": p.file,
                "matched": reason is None,
                "why_not": reason,
                "priority": p.priority,
                "mode": p.mode,
            }
        )
    out = [await _direction(policy_set, meta, "input", items_from_messages(request.messages), detectors)]
    decision = out[0].decision
    if request.response is not None and not decision.blocked:
        routed = meta.routed(decision.route)
        items = [TextItem("choices[0].message.content", request.response, "assistant")]
        out.append(await _direction(policy_set, routed, "output", items, detectors))
    return matches, out


async def _direction(
    policy_set: PolicySet,
    meta: RequestMeta,
    direction: Direction,
    items: list[TextItem],
    detectors: Mapping[str, Detector],
) -> DirectionExplanation:
    matched = policy_set.match(meta)
    plan = policy_set.plan(matched, direction, meta)
    # As in `policy test`: a detector this build lacks is assumed to find nothing, and says so.
    # (The gateway itself never does this: a missing detector is a failure and on_error applies.)
    missing = {i.detector for i in plan.invocations if i.detector not in detectors}
    available = {**detectors, **{name: _Unavailable(name) for name in missing}}
    results = await run_plan(plan, items, available)
    decision = evaluate(plan, results)
    in_scope = {r.key for r in plan.rules}
    rows = []
    for p in matched:
        for r in p.rules_for(direction):
            row: dict[str, Any] = {
                "rule": r.key,
                "detector": r.detector,
                "action": r.action,
                "mode": r.mode,
                "priority": r.priority,
                "origin": r.origin,
            }
            if r.key not in in_scope:
                row["status"] = (
                    "not in scope (" + (r.when.why_not(meta) or "when") + ")" if r.when else "not in scope"
                )
            elif r.detector is None:
                row["status"] = "unconditional: fires"
            elif r.detector in missing:
                row["status"] = f"detector {r.detector!r} not available: assumed no findings"
            else:
                result = results.get(r.key)
                if isinstance(result, DetectorError) or result is None:
                    row["status"] = f"detector error: {result} (on_error: {r.on_error})"
                else:
                    kept = [
                        f for f in result if f.score >= r.min_score and (r.types is None or f.type in r.types)
                    ]
                    if kept:
                        types: dict[str, int] = {}
                        for f in kept:
                            types[f.type] = types.get(f.type, 0) + 1
                        row["status"] = (
                            "fires: "
                            + ", ".join(f"{t} x{n}" for t, n in types.items())
                            + f" (max score {max(f.score for f in kept):.2f})"
                        )
                    elif result:
                        row["status"] = f"{len(result)} findings, none of the rule's types / above min_score"
                    else:
                        row["status"] = "no findings"
            rows.append(row)
    return DirectionExplanation(direction, decision, rows)


def why(decision: Decision) -> list[str]:
    """Plain-language precedence explanation of a decision."""
    lines: list[str] = []
    if not decision.reasons:
        lines.append("no rule fired: allow")
    else:
        applied = sorted(decision.reasons, key=lambda r: (-r.priority, -ACTION_RANK[r.action]))
        desc = ", ".join(f"{r.rule}={r.action}@{r.priority}" for r in applied)
        lines.append(f"applied rules (rule=action@priority): {desc}")
        lines.append(
            f"most restrictive applied action wins: {decision.action} "
            "(block > route > pseudonymize > redact > flag/notice/watermark > allow)"
        )
    if decision.overridden:
        lines.append(
            "overridden by a higher-priority allow exception (or an allow losing at its own level): "
            + ", ".join(f"{r.rule}={r.action}@{r.priority}" for r in decision.overridden)
        )
    if decision.route is not None:
        target = _target(decision.route)
        lines.append(f"route: {target} (from {decision.route_rule})")
    for t in decision.transforms:
        lines.append(f"{t.action} {t.type} at {t.location}[{t.start}:{t.end}] ({t.rule})")
    for a in decision.annotations:
        lines.append(f"{a.action} ({a.rule})" + (f": {a.message}" if a.message else ""))
    for e in decision.errors:
        lines.append(f"detector {e.detector!r} failed for {e.rule} (on_error: {e.on_error}): {e.error}")
    if decision.message:
        lines.append(f"client sees: {decision.message}")
    if decision.shadow is not None:
        lines.append(
            f"shadow: would have been {decision.shadow.action} with shadow rules "
            + ", ".join(r.rule for r in decision.shadow.reasons if r.mode == "shadow")
        )
    return lines


def _target(route: RouteTarget) -> str:
    return ", ".join(f"{k} {v}" for k, v in (("zone", route.zone), ("model", route.model)) if v)


def render(
    policy_set: PolicySet, matches: list[dict[str, Any]], directions: list[DirectionExplanation]
) -> str:
    lines = [f"policy set {policy_set.version} ({len(policy_set.policies)} policies)", "policies:"]
    for m in matches:
        if m["matched"]:
            lines.append(f"  MATCH {m['policy']} (priority {m['priority']}, {m['mode']}) {m['file']}")
        else:
            lines.append(f"  skip  {m['policy']}: {m['why_not']}")
    for d in directions:
        lines.append(f"{d.direction}:")
        for row in d.rules:
            lines.append(
                f"  {row['rule']} [{row['detector'] or '-'} -> {row['action']}, priority {row['priority']}, "
                f"{row['mode']}]: {row['status']}"
            )
        lines.append(f"  decision: {d.decision.action}")
        lines += [f"    {line}" for line in why(d.decision)]
    return "\n".join(lines)


__all__ = ["ExplainRequest", "explain", "load_request", "render", "why"]
