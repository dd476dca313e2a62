"""A loaded, immutable set of policies: match a request, plan detector calls, evaluate.

Typical use by the gateway (one request, one direction)::

    policy_set = store.current                      # a PolicySet; keep this reference for the request
    matched = policy_set.match(request_meta)        # list[Policy], never empty-by-client-choice
    plan = policy_set.plan(matched, "input", request_meta)
    results = await run_plan(plan, items, detectors)        # or run plan.invocations yourself
    decision = evaluate(plan, results)              # Decision(action, reasons, route, transforms, ...)

``plan.invocations`` lists each detector call once (rules sharing detector and params share a call);
``plan.findings_by_rule(results_in_invocation_order)`` spreads results back to rule keys.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import Any

from .compiled import BoundRule, Invocation, Plan, Policy, thaw
from .evaluator import Decision, evaluate
from .findings import DetectorError, Direction, Finding
from .matcher import RequestMeta

_PLAN_CACHE_MAX = 4096


class PolicySet:
    """Immutable after construction; safe to share between threads and requests."""

    def __init__(self, policies: Sequence[Policy], version: str, files: Sequence[str] = ()) -> None:
        self.policies: tuple[Policy, ...] = tuple(policies)
        self.version = version
        self.files: tuple[str, ...] = tuple(files)
        self.by_name: Mapping[str, Policy] = {p.name: p for p in self.policies}
        self._active = tuple(p for p in self.policies if not p.abstract)
        self._plans: dict[tuple[Any, ...], Plan] = {}

    def __repr__(self) -> str:
        return f"PolicySet(version={self.version!r}, policies={[p.name for p in self.policies]!r})"

    # -- matching -------------------------------------------------------------------------------
    def match(self, request: RequestMeta) -> list[Policy]:
        """Every non-abstract policy whose ``spec.match`` the request satisfies, in load order."""
        return [p for p in self._active if p.match.always or p.match.matches(request)]

    # -- planning -------------------------------------------------------------------------------
    def plan(
        self, matched: Sequence[Policy], direction: Direction, request: RequestMeta | None = None
    ) -> Plan:
        """The rules in scope for ``direction`` and the detector invocations they need.

        ``request`` is needed when a rule has a ``when`` condition (a ValueError otherwise).
        Plans are cached per distinct rule list, so this is a dict lookup on the hot path.
        """
        when_results: list[bool] = []
        for policy in matched:
            for rule in policy.when_rules.get(direction, ()):
                if request is None:
                    raise ValueError(f"rule {rule.key} has a 'when' condition: plan() needs the request")
                when_results.append(rule.when.matches(request))  # type: ignore[union-attr]
        key = (direction, tuple(map(id, matched)), tuple(when_results))
        plan = self._plans.get(key)
        if plan is None:
            rules: list[BoundRule] = []
            results = iter(when_results)
            for policy in matched:
                for rule in policy.rules_for(direction):
                    if rule.when is not None and not next(results):
                        continue
                    rules.append(rule)
            plan = _build_plan(direction, matched, rules, self.version)
            if len(self._plans) >= _PLAN_CACHE_MAX:
                self._plans.clear()
            self._plans[key] = plan
        return plan

    def decide(
        self,
        request: RequestMeta,
        direction: Direction,
        findings_by_rule: Mapping[str, Sequence[Finding] | DetectorError],
    ) -> Decision:
        """match + plan + evaluate in one call, for callers that already have findings per rule."""
        plan = self.plan(self.match(request), direction, request)
        return evaluate(plan, findings_by_rule)

    # -- introspection --------------------------------------------------------------------------
    def detectors_needed(self) -> set[str]:
        return {r.detector for p in self.policies for r in p.rules if r.detector}

    def describe(self) -> list[dict[str, Any]]:
        """For the admin endpoint: each policy with its source, mode, priority and rules."""
        return [
            {
                "name": p.name,
                "file": p.file,
                "version": self.version,
                "mode": p.mode,
                "priority": p.priority,
                "abstract": p.abstract,
                "extends": list(p.extends),
                "description": p.description,
                "owner": p.owner,
                "rules": [
                    {
                        "id": r.key,
                        "direction": sorted(r.directions),
                        "detector": r.detector,
                        "params": thaw(r.params),
                        "action": r.action,
                        "mode": r.mode,
                        "priority": r.priority,
                        "on_error": r.on_error,
                    }
                    for r in p.rules
                ],
            }
            for p in self.policies
        ]


def _build_plan(
    direction: Direction, matched: Sequence[Policy], rules: list[BoundRule], version: str
) -> Plan:
    groups: dict[str, tuple[str, Mapping[str, Any], list[str]]] = {}
    for rule in rules:
        if rule.detector is None:
            continue
        pk = rule.params_key
        if pk in groups:
            groups[pk][2].append(rule.key)
        else:
            groups[pk] = (rule.detector, rule.params, [rule.key])
    invocations = tuple(Invocation(d, params, direction, tuple(keys)) for d, params, keys in groups.values())
    has_allow = any(r.action == "allow" for r in rules)
    contributing = {r.policy for r in rules}
    stream_policies = [p for p in matched if p.name in contributing]
    modes = [p.stream_check for p in stream_policies]
    # Any policy asking for strict wins; fast only when all ask for it; otherwise the gateway's default.
    stream_check = (
        "strict" if "strict" in modes else ("fast" if modes and all(m == "fast" for m in modes) else None)
    )
    windows = [p.stream_window for p in stream_policies if p.stream_window is not None]
    window = (min(w[0] for w in windows), max(w[1] for w in windows)) if windows else None
    if window is not None and window[1] >= window[0]:
        window = (window[0], window[0] // 4)  # policies disagree: keep a quarter of the smallest window
    return Plan(
        direction,
        tuple(p.name for p in matched),
        tuple(rules),
        invocations,
        version,
        has_allow,
        stream_check,
        window,
    )
