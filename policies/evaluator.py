"""The evaluator: a pure function from a plan's rules and their findings to a :class:`Decision`.

``evaluate(plan, findings_by_rule)`` looks at no request text, calls nothing and keeps no state.
``findings_by_rule`` maps each rule key (``"policy/rule-id"``) to the findings its detector
returned, or to a :class:`~policies.findings.DetectorError`. A rule with a detector whose key is
absent is treated as a failed detector (``on_error`` decides), never silently as "nothing found".

Precedence (see docs/policies.md for worked examples):

1. A rule *fires* when it has no detector (unconditional) or its detector returned at least one
   finding with ``score >= min_score``; or when its detector failed and ``on_error: closed``
   (a failed ``redact``/``pseudonymize`` rule then escalates to ``block``: there is nothing to
   redact by).
2. Fired rules are grouped by effective priority, highest first. A level whose fired rules are
   all ``allow`` is an explicit exception: every lower level is *overridden* (listed in
   ``Decision.overridden``, not applied). Otherwise levels accumulate.
3. Among applied rules the most restrictive action is the decision's ``action``:
   ``block > route > pseudonymize > redact > flag = notice = watermark > allow``.
   A ``block`` stops everything else. Otherwise every applied rule contributes: the route target
   of the highest-priority ``route`` rule, a redact/pseudonymize instruction per finding, and a
   flag/notice/watermark annotation per rule.
4. Shadow rules never change the decision; if any fired, ``Decision.shadow`` holds the decision
   that would have been made with them enforced.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field, replace
from typing import Any

from .compiled import ACTION_RANK, ANNOTATION_ACTIONS, TRANSFORM_ACTIONS, BoundRule, Plan
from .findings import DetectorError, Direction, Finding
from .models import RouteTarget


@dataclass(frozen=True, slots=True)
class Reason:
    """Why a rule fired. Carries types, counts and scores only: never detected content."""

    rule: str  # "policy/rule-id"
    action: str  # the action the rule applied ("block" for a failed closed redact rule)
    score: float
    count: int = 0
    types: tuple[str, ...] = ()
    detector: str | None = None
    mode: str = "enforce"
    priority: int = 0
    error: str | None = None  # set when the rule fired because its detector failed (on_error: closed)

    @property
    def policy(self) -> str:
        return self.rule.split("/", 1)[0]

    @property
    def rule_id(self) -> str:
        return self.rule.split("/", 1)[1]

    def as_dict(self) -> dict[str, Any]:
        return {
            "rule": self.rule,
            "action": self.action,
            "score": round(self.score, 4),
            "count": self.count,
            "types": list(self.types),
            "detector": self.detector,
            "mode": self.mode,
            "priority": self.priority,
            **({"error": self.error} if self.error else {}),
        }


@dataclass(frozen=True, slots=True)
class Transform:
    """An instruction for the transform stage: redact or pseudonymize one span.

    ``start``/``end`` ``None``: the whole text at ``location``; ``location`` ``None``: every item.
    """

    action: str  # "redact" | "pseudonymize"
    type: str
    rule: str
    location: str | None = None
    start: int | None = None
    end: int | None = None
    args: Mapping[str, Any] = field(default_factory=dict)


@dataclass(frozen=True, slots=True)
class Annotation:
    """A flag, notice or watermark the gateway applies (or records, for ``flag``)."""

    action: str  # "flag" | "notice" | "watermark"
    rule: str
    message: str | None = None
    args: Mapping[str, Any] = field(default_factory=dict)


@dataclass(frozen=True, slots=True)
class DetectorFailure:
    rule: str
    detector: str
    on_error: str
    error: str


@dataclass(frozen=True, slots=True)
class Decision:
    action: str
    direction: Direction
    policy_version: str
    policies: tuple[str, ...] = ()
    reasons: tuple[Reason, ...] = ()
    route: RouteTarget | None = None
    route_rule: str | None = None
    transforms: tuple[Transform, ...] = ()
    annotations: tuple[Annotation, ...] = ()
    message: str | None = None  # for block: names the rule ids, never the content
    overridden: tuple[Reason, ...] = ()
    errors: tuple[DetectorFailure, ...] = ()
    shadow: Decision | None = None  # what enforcing the shadow rules would have decided

    @property
    def blocked(self) -> bool:
        return self.action == "block"

    @property
    def rules(self) -> tuple[str, ...]:
        """Keys of the rules that counted toward this decision."""
        return tuple(r.rule for r in self.reasons)

    def header_value(self) -> str:
        """A compact value for the ``x-gateway-policy`` response header (no content, ids only)."""
        text = f"version={self.policy_version}; action={self.action}"
        if self.reasons:
            text += "; rules=" + ",".join(self.rules)
        if self.shadow is not None and self.shadow.action != self.action:
            text += f"; would={self.shadow.action}"
            shadow_rules = [r.rule for r in self.shadow.reasons if r.mode == "shadow"]
            if shadow_rules:
                text += "; shadow_rules=" + ",".join(shadow_rules)
        return text

    def as_dict(self) -> dict[str, Any]:
        out: dict[str, Any] = {
            "action": self.action,
            "direction": self.direction,
            "policy_version": self.policy_version,
            "policies": list(self.policies),
            "reasons": [r.as_dict() for r in self.reasons],
        }
        if self.route is not None:
            out["route"] = {"zone": self.route.zone, "model": self.route.model, "rule": self.route_rule}
        if self.transforms:
            out["transforms"] = [
                {"action": t.action, "type": t.type, "rule": t.rule, "location": t.location,
                 "start": t.start, "end": t.end}
                for t in self.transforms
            ]
        if self.annotations:
            out["annotations"] = [{"action": a.action, "rule": a.rule, "message": a.message} for a in self.annotations]
        if self.message:
            out["message"] = self.message
        if self.overridden:
            out["overridden"] = [r.as_dict() for r in self.overridden]
        if self.errors:
            out["errors"] = [
                {"rule": e.rule, "detector": e.detector, "on_error": e.on_error, "error": e.error}
                for e in self.errors
            ]
        if self.shadow is not None:
            out["shadow"] = self.shadow.as_dict()
        return out


# One fired rule during evaluation: (rule, effective action, findings, reason).
_Fired = tuple[BoundRule, str, Sequence[Finding], Reason]

_MISSING = DetectorError("no result for this rule (detector not run)")


def evaluate(plan: Plan, findings_by_rule: Mapping[str, Sequence[Finding] | DetectorError]) -> Decision:
    """Turn findings into a decision. Pure: same inputs, same output; O(rules + findings)."""
    enforced: list[_Fired] = []
    shadow: list[_Fired] = []
    failures: list[DetectorFailure] = []
    get = findings_by_rule.get
    for rule in plan.rules:
        if rule.detector is None:
            fired = _fire(rule, rule.action, (), 1.0, None)
        else:
            result = get(rule.key, _MISSING)
            if isinstance(result, BaseException):
                error = str(result) or type(result).__name__
                failures.append(DetectorFailure(rule.key, rule.detector, rule.on_error, error))
                if rule.on_error == "open":
                    continue
                action = "block" if rule.action in TRANSFORM_ACTIONS else rule.action
                fired = _fire(rule, action, (), 1.0, error)
            else:
                if rule.min_score > 0.0:
                    result = [f for f in result if f.score >= rule.min_score]
                if not result:
                    continue
                fired = _fire(rule, rule.action, result, max(f.score for f in result), None)
        (shadow if rule.mode == "shadow" else enforced).append(fired)

    decision = _decide(plan, enforced, tuple(failures))
    if shadow:
        would = _decide(plan, enforced + shadow, ())
        decision = _replace_shadow(decision, would)
    return decision


def _fire(rule: BoundRule, action: str, findings: Sequence[Finding], score: float, error: str | None) -> _Fired:
    types = tuple(sorted({f.type for f in findings})) if findings else ()
    reason = Reason(rule.key, action, score, len(findings), types, rule.detector, rule.mode, rule.priority, error)
    return (rule, action, findings, reason)


def _decide(plan: Plan, fired: list[_Fired], failures: tuple[DetectorFailure, ...]) -> Decision:
    if not fired:
        return Decision("allow", plan.direction, plan.policy_version, plan.policies, errors=failures)
    # Highest priority first; inside a level most restrictive first; then policy/rule order (stable sort).
    fired = sorted(fired, key=lambda f: (-f[0].priority, -ACTION_RANK[f[1]]))
    applied: list[_Fired] = []
    overridden: list[_Fired] = []
    index = 0
    while index < len(fired):
        level = fired[index][0].priority
        end = index
        while end < len(fired) and fired[end][0].priority == level:
            end += 1
        group = fired[index:end]
        if all(f[1] == "allow" for f in group):
            if not applied:
                applied.extend(group)  # the explicit exception is the reason for "allow"
            else:
                overridden.extend(group)
            overridden.extend(fired[end:])
            break
        for f in group:
            (overridden if f[1] == "allow" else applied).append(f)
        index = end

    # Most restrictive applied action; stable sort keeps the highest-priority rule first among equals.
    top = max(applied, key=lambda f: ACTION_RANK[f[1]])
    action = top[1]
    reasons = tuple(f[3] for f in applied)
    over = tuple(f[3] for f in overridden)
    if action == "block":
        blockers = [f[0].key for f in applied if f[1] == "block"]
        message = f"blocked by policy rule {', '.join(blockers)}"
        if top[0].message:
            message += f": {top[0].message}"
        return Decision(action, plan.direction, plan.policy_version, plan.policies, reasons,
                        message=message, overridden=over, errors=failures)

    route: RouteTarget | None = None
    route_rule: str | None = None
    transforms: dict[tuple[str | None, int | None, int | None], Transform] = {}
    annotations: list[Annotation] = []
    for rule, act, findings, _ in applied:
        if act == "route":
            if route is None:
                route, route_rule = rule.route, rule.key
        elif act in TRANSFORM_ACTIONS:
            for f in findings:
                span = (f.location, f.start, f.end)
                existing = transforms.get(span)
                if existing is None or ACTION_RANK[act] > ACTION_RANK[existing.action]:
                    transforms[span] = Transform(act, f.type, rule.key, f.location, f.start, f.end, rule.args)
        elif act in ANNOTATION_ACTIONS:
            annotations.append(Annotation(act, rule.key, rule.message, rule.args))
    return Decision(
        action,
        plan.direction,
        plan.policy_version,
        plan.policies,
        reasons,
        route=route,
        route_rule=route_rule,
        transforms=tuple(transforms.values()),
        annotations=tuple(annotations),
        overridden=over,
        errors=failures,
    )


def _replace_shadow(decision: Decision, would: Decision) -> Decision:
    return replace(decision, shadow=would)
