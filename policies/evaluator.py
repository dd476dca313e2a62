"""The evaluator: a pure function from a plan's rules and their findings to a :class:`Decision`.

``evaluate(plan, findings_by_rule)`` looks at no request text, calls nothing and keeps no state.
``findings_by_rule`` maps each rule key (``"policy/rule-id"``) to the findings its detector
returned, or to a :class:`~policies.findings.DetectorError`. A rule with a detector whose key is
absent is treated as a failed detector (``on_error`` decides), never silently as "nothing found".

Precedence (see docs/policies.md for worked examples):

1. A rule *fires* when it has no detector (unconditional) or its detector returned at least one
   finding with ``score >= min_score`` (and, if the rule lists ``types``, of one of those types); or
   when its detector failed and ``on_error: closed`` (a failed ``redact``/``pseudonymize`` rule then
   escalates to ``block``: there is nothing to redact by).
2. Fired rules are grouped by effective priority, highest first. A level whose fired rules are
   all ``allow`` is an explicit exception: every lower level is *overridden* (listed in
   ``Decision.overridden``, not applied). Otherwise levels accumulate.
3. Among applied rules the most restrictive action is the decision's ``action``:
   ``block > truncate > route > pseudonymize > redact > flag = notice = watermark > allow``.
   ``truncate`` (output only) cuts the response where the rule's first finding starts.
   A ``block`` stops everything else. Otherwise every applied rule contributes: the route target
   of the highest-priority ``route`` rule, a redact/pseudonymize instruction per finding, and a
   flag/notice/watermark annotation per rule.
4. Shadow rules never change the decision; if any fired, ``Decision.shadow`` holds the decision
   that would have been made with them enforced.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from types import MappingProxyType
from typing import Any, NamedTuple

from .actions import ACTION_RANK, ANNOTATION_ACTIONS, TOOL_ACTIONS, TRANSFORM_ACTIONS, Action
from .compiled import BoundRule, Plan
from .findings import DetectorError, Direction, Finding
from .models import RouteTarget
from .tools import tool_target


class Reason(NamedTuple):
    """Why a rule fired. Carries types, counts and scores only: never detected content."""

    rule: str  # "policy/rule-id"
    action: Action  # the action the rule applied ("block" for a failed closed redact rule)
    score: float
    count: int = 0  # type: ignore[assignment]  # a field named like tuple.count; reasons are read by name
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


_NO_ARGS: Mapping[str, Any] = MappingProxyType({})


class Transform(NamedTuple):
    """An instruction for the transform stage: redact or pseudonymize one span.

    ``start``/``end`` ``None``: the whole text at ``location``; ``location`` ``None``: every item.
    """

    action: Action  # redact | pseudonymize (truncate in Decision.truncations)
    type: str
    rule: str
    location: str | None = None
    start: int | None = None
    end: int | None = None
    args: Mapping[str, Any] = _NO_ARGS


class Annotation(NamedTuple):
    """A flag, notice or watermark the gateway applies (or records, for ``flag``)."""

    action: Action  # flag | notice | watermark
    rule: str
    message: str | None = None
    args: Mapping[str, Any] = _NO_ARGS
    priority: int = 0  # the rule's effective priority: which notice wins when several differ


class DetectorFailure(NamedTuple):
    rule: str
    detector: str
    on_error: str
    error: str


@dataclass(frozen=True, slots=True)
class Decision:
    """What the policies decided for one request in one direction.

    ``action`` is the most restrictive applied action; ``reasons`` the rules that counted (ids,
    scores, types; never content); ``route``/``transforms``/``annotations`` what the gateway must do;
    ``shadow`` the decision enforcing the shadow rules would have made (its ``transforms`` are left
    empty: it is for reporting, not for enforcing).
    """

    action: Action
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
    truncations: tuple[Transform, ...] = ()  # output: cut each location at the earliest ``start``
    # strip_tool / require_approval: one per finding, ``location`` = the declared tool or the call
    # (policies.tools.tool_target), e.g. ``tools[2]`` or ``choices[0].message.tool_calls[1]``
    tool_actions: tuple[Transform, ...] = ()

    @property
    def blocked(self) -> bool:
        return self.action == Action.BLOCK

    @property
    def rules(self) -> tuple[str, ...]:
        """Keys of the rules that counted toward this decision."""
        return tuple(r.rule for r in self.reasons)

    def openai_error(self) -> dict[str, Any]:
        """The OpenAI-format error body for a block (HTTP 400): names rule ids, never the content."""
        return {
            "error": {
                "message": self.message or "blocked by policy",
                "type": "invalid_request_error",
                "param": None,
                "code": "content_policy_violation",
                "rules": [r.rule for r in self.reasons if r.action == Action.BLOCK],
                "policy_version": self.policy_version,
            }
        }

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
                {
                    "action": t.action,
                    "type": t.type,
                    "rule": t.rule,
                    "location": t.location,
                    "start": t.start,
                    "end": t.end,
                }
                for t in self.transforms
            ]
        if self.truncations:
            out["truncations"] = [
                {"type": t.type, "rule": t.rule, "location": t.location, "start": t.start}
                for t in self.truncations
            ]
        if self.tool_actions:
            out["tool_actions"] = [
                {"action": t.action, "type": t.type, "rule": t.rule, "location": t.location}
                for t in self.tool_actions
            ]
        if self.annotations:
            out["annotations"] = [
                {"action": a.action, "rule": a.rule, "message": a.message} for a in self.annotations
            ]
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


# One fired rule during evaluation: (sort key, rule, effective action, findings, reason).
_Fired = tuple[tuple[int, int], BoundRule, Action, Sequence[Finding], Reason]

_MISSING = DetectorError("no result for this rule (detector not run)")
_RANK = dict(ACTION_RANK)


def evaluate(plan: Plan, findings_by_rule: Mapping[str, Sequence[Finding] | DetectorError]) -> Decision:
    """Turn findings into a decision. Pure: same inputs, same output; O(rules + findings)."""
    enforced: list[_Fired] = []
    shadow: list[_Fired] = []
    failures: list[DetectorFailure] = []
    get = findings_by_rule.get
    for rule in plan.rules:
        action = rule.action
        if rule.detector is None:
            reason = Reason(rule.key, action, 1.0, 0, (), None, rule.mode, rule.priority, None)
            findings: Sequence[Finding] = ()
        else:
            result = get(rule.key, _MISSING)
            if not result:  # [] / (): nothing found (a DetectorError is truthy)
                continue
            if isinstance(result, BaseException):
                error = str(result) or type(result).__name__
                failures.append(DetectorFailure(rule.key, rule.detector, rule.on_error, error))
                if rule.on_error == "open":
                    continue
                if action in TRANSFORM_ACTIONS or action in TOOL_ACTIONS or action == Action.TRUNCATE:
                    action = Action.BLOCK  # nothing to redact, cut or withhold by: fail closed
                reason = Reason(rule.key, action, 1.0, 0, (), rule.detector, rule.mode, rule.priority, error)
                findings = ()
            else:
                findings = result
                if rule.types is not None:
                    wanted = rule.types
                    findings = [f for f in findings if f.type in wanted]
                    if not findings:
                        continue
                if rule.min_score > 0.0:
                    findings = [f for f in findings if f.score >= rule.min_score]
                    if not findings:
                        continue
                if action in TOOL_ACTIONS and not _tool_action_applies(action, findings):
                    action = (
                        Action.BLOCK
                    )  # a finding outside any tool, or a call in the history: no tool to act on
                types: tuple[str, ...]
                if len(findings) == 1:
                    f0 = findings[0]
                    score, types = f0.score, (f0.type,)
                else:
                    score = max(f.score for f in findings)
                    types = tuple(sorted({f.type for f in findings}))
                reason = Reason(
                    rule.key,
                    action,
                    score,
                    len(findings),
                    types,
                    rule.detector,
                    rule.mode,
                    rule.priority,
                    None,
                )
        fired = ((-rule.priority, -_RANK[action]), rule, action, findings, reason)
        (shadow if rule.mode == "shadow" else enforced).append(fired)

    would = _decide(plan, enforced + shadow, (), full=False, shadow=None) if shadow else None
    return _decide(plan, enforced, tuple(failures), full=True, shadow=would)


# Long on purpose: the precedence rules (priority, then block > route > transforms > annotations, allow
# exceptions, shadow) read best as one sequence
def _decide(
    plan: Plan,
    fired: list[_Fired],
    failures: tuple[DetectorFailure, ...],
    full: bool,
    shadow: Decision | None,
) -> Decision:
    """``full=False`` (the shadow would-have decision) skips building transform instructions."""
    # Long on purpose: the per-request hot path (bench/policy_eval.py), one pass without helper calls.
    if not fired:
        return Decision(
            Action.ALLOW, plan.direction, plan.policy_version, plan.policies, errors=failures, shadow=shadow
        )
    # Highest priority first; inside a level most restrictive first; then policy/rule order (stable sort).
    fired.sort(key=_sort_key)
    overridden: list[_Fired] = []
    if plan.has_allow and any(f[2] == Action.ALLOW for f in fired):
        applied: list[_Fired] = []
        index = 0
        while index < len(fired):
            level = fired[index][1].priority
            end = index
            while end < len(fired) and fired[end][1].priority == level:
                end += 1
            group = fired[index:end]
            if all(f[2] == Action.ALLOW for f in group):
                if not applied:
                    applied.extend(group)  # the explicit exception is the reason for "allow"
                else:
                    overridden.extend(group)
                overridden.extend(fired[end:])
                break
            for f in group:
                (overridden if f[2] == Action.ALLOW else applied).append(f)
            index = end
    else:
        applied = fired

    # Most restrictive applied action; the first (highest-priority) rule among equals.
    top = applied[0]
    top_rank = -top[0][1]
    for f in applied:
        if -f[0][1] > top_rank:
            top, top_rank = f, -f[0][1]
    action = top[2]
    reasons = tuple(f[4] for f in applied)
    over = tuple(f[4] for f in overridden)
    if action == Action.BLOCK:
        blockers = [f[1].key for f in applied if f[2] == Action.BLOCK]
        message = f"blocked by policy rule {', '.join(blockers)}"
        if top[1].message:
            message += f": {top[1].message}"
        return Decision(
            action,
            plan.direction,
            plan.policy_version,
            plan.policies,
            reasons,
            message=message,
            overridden=over,
            errors=failures,
            shadow=shadow,
        )

    route: RouteTarget | None = None
    route_rule: str | None = None
    transforms: dict[tuple[str | None, int | None, int | None], Transform] = {}
    annotations: list[Annotation] = []
    truncations: list[Transform] = []
    tool_actions: list[Transform] = []
    for _, rule, act, findings, _ in applied:
        if act in TRANSFORM_ACTIONS:
            if not full:
                continue
            rank = _RANK[act]
            for found in findings:
                span = (found.location, found.start, found.end)
                existing = transforms.get(span)
                if existing is None or rank > _RANK[existing.action]:
                    transforms[span] = Transform(
                        act, found.type, rule.key, found.location, found.start, found.end, rule.args
                    )
        elif act == Action.TRUNCATE:
            if not full:
                continue
            for found in findings or (
                Finding(rule.detector or "rule", "unconditional", 1.0, plan.direction),
            ):
                truncations.append(
                    Transform(
                        Action.TRUNCATE,
                        found.type,
                        rule.key,
                        found.location,
                        found.start,
                        found.end,
                        rule.args,
                    )
                )
        elif act in TOOL_ACTIONS:
            if full:
                tool_actions += [
                    Transform(act, f.type, rule.key, tool_target(f.location), args=rule.args)
                    for f in findings
                ]
        elif act == Action.ROUTE:
            if route is None:
                route, route_rule = rule.route, rule.key
        elif act in ANNOTATION_ACTIONS:
            annotations.append(Annotation(act, rule.key, rule.message, rule.args, rule.priority))
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
        shadow=shadow,
        truncations=tuple(truncations),
        tool_actions=tuple(tool_actions),
        message=_approval_message(applied) if action == Action.REQUIRE_APPROVAL else None,
    )


def _tool_action_applies(action: Action, findings: Sequence[Finding]) -> bool:
    """Whether every finding lies in a tool the gateway can act on: a declared tool or a call in the
    answer; a call in the history was made already (strip_tool cannot unsend it)."""
    for f in findings:
        target = tool_target(f.location)
        if target is None or (action == Action.STRIP_TOOL and target.startswith("messages[")):
            return False
    return True


def _approval_message(applied: Sequence[_Fired]) -> str:
    rules = [f[1] for f in applied if f[2] == Action.REQUIRE_APPROVAL]
    text = f"a person must approve this tool call (policy rule {', '.join(r.key for r in rules)})"
    return f"{text}: {rules[0].message}" if rules[0].message else text


def _sort_key(f: _Fired) -> tuple[int, int]:
    return f[0]
