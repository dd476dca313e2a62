"""The evaluator: precedence, shadow mode, on_error, transforms, purity."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from policies.compiled import ACTION_RANK
from policies.evaluator import evaluate
from policies.findings import DetectorError
from policies.matcher import RequestMeta

from .helpers import hit, load_texts, policy_yaml

REQ = RequestMeta.build(tenant="acme", zone="external")


def rule(
    id_: str, action: str, *, detector: str | None = "d", priority: int | None = None, extra: str = ""
) -> str:
    text = f"- id: {id_}\n  action: {action}\n"
    if detector:
        text += f"  detector: {detector}\n  params: {{k: {id_}}}\n"  # distinct params: one invocation each
    if priority is not None:
        text += f"  priority: {priority}\n"
    if action == "route":
        text += "  route: {zone: internal}\n"
    return text + extra


def decide(policies: list[str], findings: dict, direction: str = "input", request: RequestMeta = REQ):
    ps = load_texts(*policies)
    plan = ps.plan(ps.match(request), direction, request)
    return ps, plan, evaluate(plan, findings)


def test_no_findings_allows_and_reports_version_and_policies():
    ps, plan, d = decide([policy_yaml("p", rules=rule("a", "block"))], {"p/a": []})
    assert d.action == "allow" and d.reasons == () and d.policies == ("p",)
    assert d.policy_version == ps.version and len(ps.version) == 16


def test_most_restrictive_wins_at_equal_priority():
    actions = ["notice", "redact", "pseudonymize", "route", "block", "flag", "watermark"]
    rules = "".join(rule(a, a) for a in actions)
    everything = {f"p/{a}": [hit(start=0, end=1)] for a in actions}
    _, _, d = decide([policy_yaml("p", rules=rules)], everything)
    assert d.action == "block"
    assert d.message == "blocked by policy rule p/block"
    assert d.transforms == () and d.route is None  # nothing is sent: no transform, no route
    assert set(d.rules) == {f"p/{a}" for a in actions}
    everything["p/block"] = []
    _, _, d = decide([policy_yaml("p", rules=rules)], everything)
    assert d.action == "route" and d.route.zone == "internal" and d.route_rule == "p/route"
    # transforms and annotations still apply alongside the route
    assert {t.action for t in d.transforms} == {"pseudonymize"}  # same span: pseudonymize outranks redact
    assert [a.action for a in d.annotations] == ["flag", "notice", "watermark"]  # priority, then rank order
    everything["p/route"] = []
    assert decide([policy_yaml("p", rules=rules)], everything)[2].action == "pseudonymize"
    everything["p/pseudonymize"] = []
    assert decide([policy_yaml("p", rules=rules)], everything)[2].action == "redact"


def test_precedence_order_is_the_documented_one():
    order = sorted(ACTION_RANK, key=ACTION_RANK.get, reverse=True)
    assert order[:7] == [
        "block",
        "require_approval",
        "truncate",
        "route",
        "strip_tool",
        "pseudonymize",
        "redact",
    ]
    assert set(order[7:10]) == {"flag", "notice", "watermark"} and order[-1] == "allow"


def test_truncate_is_output_only_and_cuts_at_the_first_finding():
    rules = rule("cut", "truncate", extra="  direction: output\n")
    _, _, d = decide(
        [policy_yaml("p", rules=rules)],
        {"p/cut": [hit(start=30, end=40), hit(start=5, end=9)]},
        direction="output",
    )
    assert d.action == "truncate" and sorted(t.start for t in d.truncations) == [5, 30]
    with pytest.raises(Exception, match="direction: output"):
        decide([policy_yaml("p", rules=rule("cut", "truncate"))], {})


def test_higher_priority_allow_exception_overrides_lower_block_across_policies():
    strict = policy_yaml("strict", rules=rule("no-code", "block"))
    exception = policy_yaml("exception", spec="priority: 100", rules=rule("allow-code", "allow"))
    findings = {"strict/no-code": [hit()], "exception/allow-code": [hit()]}
    _, _, d = decide([strict, exception], findings)
    assert d.action == "allow"
    assert d.rules == ("exception/allow-code",)
    assert [r.rule for r in d.overridden] == ["strict/no-code"]
    # the exception only counts when it fires
    findings["exception/allow-code"] = []
    assert decide([strict, exception], findings)[2].action == "block"


def test_allow_at_equal_priority_loses_and_is_listed_as_overridden():
    p = policy_yaml("p", rules=rule("ok", "allow") + rule("bad", "block"))
    _, _, d = decide([p], {"p/ok": [hit()], "p/bad": [hit()]})
    assert d.action == "block" and d.rules == ("p/bad",)
    assert [r.rule for r in d.overridden] == ["p/ok"]


def test_higher_priority_route_target_wins():
    p = policy_yaml(
        "p",
        rules=rule("low", "route", priority=1, extra="").replace("zone: internal", "zone: eu")
        + rule("high", "route", priority=5),
    )
    _, _, d = decide([p], {"p/low": [hit()], "p/high": [hit()]})
    assert d.action == "route" and d.route.zone == "internal" and d.route_rule == "p/high"


def test_lower_priority_block_still_blocks_when_no_allow_exception():
    """Priority orders rules, but only an explicit allow cuts lower levels off: a high-priority
    redact cannot hide a low-priority block."""
    p = policy_yaml("p", rules=rule("hi", "redact", priority=50) + rule("lo", "block", priority=0))
    _, _, d = decide([p], {"p/hi": [hit(start=0, end=2)], "p/lo": [hit()]})
    assert d.action == "block"


def test_shadow_rule_changes_nothing_but_reports_would_have():
    p = policy_yaml(
        "p", rules=rule("watch", "block", extra="  mode: shadow\n") + rule("n", "notice", detector=None)
    )
    _, _, d = decide([p], {"p/watch": [hit(score=0.9)]})
    assert d.action == "notice" and d.rules == ("p/n",)
    assert d.shadow is not None and d.shadow.action == "block"
    assert "p/watch" in d.shadow.rules
    assert "would=block" in d.header_value() and "shadow_rules=p/watch" in d.header_value()


def test_policy_level_shadow_mode_applies_to_all_its_rules():
    p = policy_yaml("p", spec="mode: shadow", rules=rule("a", "block") + rule("b", "redact"))
    _, _, d = decide([p], {"p/a": [hit()], "p/b": [hit(start=0, end=1)]})
    assert d.action == "allow" and d.transforms == ()
    assert d.shadow.action == "block"
    # per-rule enforce inside a shadow policy is enforced
    p2 = policy_yaml("p", spec="mode: shadow", rules=rule("a", "block", extra="  mode: enforce\n"))
    assert decide([p2], {"p/a": [hit()]})[2].action == "block"


def test_no_shadow_result_when_no_shadow_rule_fired():
    p = policy_yaml("p", rules=rule("watch", "block", extra="  mode: shadow\n"))
    assert decide([p], {"p/watch": []})[2].shadow is None


def test_on_error_closed_fires_and_redact_escalates_to_block():
    p = policy_yaml("p", rules=rule("r", "redact") + rule("f", "flag"))
    _, _, d = decide([p], {"p/r": DetectorError("pii timed out"), "p/f": DetectorError("boom")})
    assert d.action == "block"
    reasons = {r.rule: r for r in d.reasons}
    assert reasons["p/r"].action == "block" and reasons["p/r"].error == "pii timed out"
    assert reasons["p/f"].action == "flag"
    assert {e.rule for e in d.errors} == {"p/r", "p/f"}


def test_on_error_open_ignores_the_rule_but_records_the_failure():
    p = policy_yaml("p", rules=rule("b", "block", extra="  on_error: open\n"))
    _, _, d = decide([p], {"p/b": DetectorError("classifier down")})
    assert d.action == "allow" and d.reasons == ()
    assert [(e.rule, e.on_error, e.error) for e in d.errors] == [("p/b", "open", "classifier down")]


def test_missing_result_is_a_detector_failure_not_a_pass():
    p = policy_yaml("p", rules=rule("b", "block"))
    _, _, d = decide([p], {})
    assert d.action == "block"
    assert "not run" in d.reasons[0].error


def test_min_score_filters_findings():
    p = policy_yaml("p", rules=rule("b", "block", extra="  min_score: 0.8\n"))
    assert decide([p], {"p/b": [hit(score=0.5)]})[2].action == "allow"
    d = decide([p], {"p/b": [hit(score=0.5), hit(score=0.95, type_="t2")]})[2]
    assert d.action == "block" and d.reasons[0].score == 0.95 and d.reasons[0].count == 1
    assert d.reasons[0].types == ("t2",)


def test_unconditional_rules_fire_without_findings():
    p = policy_yaml("p", rules="- {id: n, direction: output, action: notice, message: AI}\n")
    _, plan, d = decide([p], {}, direction="output")
    assert plan.invocations == ()
    assert d.action == "notice" and d.annotations[0].message == "AI"


def test_rules_with_same_detector_and_params_share_one_invocation():
    p = policy_yaml(
        "p",
        rules="""
        - {id: a, detector: kw, params: {keywords: [x]}, action: flag}
        - {id: b, detector: kw, params: {keywords: [x]}, action: block, min_score: 0.5}
        - {id: c, detector: kw, params: {keywords: [y]}, action: flag}
        """,
    )
    ps = load_texts(p)
    plan = ps.plan(ps.match(REQ), "input", REQ)
    assert [inv.rules for inv in plan.invocations] == [("p/a", "p/b"), ("p/c",)]
    spread = plan.findings_by_rule([[hit()], []])
    assert set(spread) == {"p/a", "p/b", "p/c"} and spread["p/c"] == []


def test_when_condition_limits_a_rule_and_plan_requires_request():
    p = policy_yaml("p", rules=rule("ext", "redact", extra="  when: {zones: [external]}\n"))
    ps = load_texts(p)
    assert [r.key for r in ps.plan(ps.match(REQ), "input", REQ).rules] == ["p/ext"]
    internal = RequestMeta.build(zone="internal")
    assert ps.plan(ps.match(internal), "input", internal).rules == ()
    try:
        ps.plan(ps.match(REQ), "input")
    except ValueError as exc:
        assert "needs the request" in str(exc)
    else:
        raise AssertionError("plan without a request must refuse 'when' rules")


def test_direction_both_and_output_rules():
    p = policy_yaml(
        "p",
        rules="""
    - {id: both, direction: both, detector: kw, params: {keywords: [x]}, action: block}
    - {id: out, direction: output, action: watermark}
    """,
    )
    ps = load_texts(p)
    assert [r.key for r in ps.plan(ps.match(REQ), "input", REQ).rules] == ["p/both"]
    assert [r.key for r in ps.plan(ps.match(REQ), "output", REQ).rules] == ["p/both", "p/out"]


def test_reasons_and_header_carry_ids_and_scores_only():
    p = policy_yaml("p", rules=rule("b", "block", extra="  message: no secrets please\n"))
    _, _, d = decide([p], {"p/b": [hit(type_="KR_RRN", score=0.97, start=3, end=17)]})
    as_dict = d.as_dict()
    assert as_dict["reasons"] == [
        {
            "rule": "p/b",
            "action": "block",
            "score": 0.97,
            "count": 1,
            "types": ["KR_RRN"],
            "detector": "d",
            "mode": "enforce",
            "priority": 0,
        }
    ]
    assert d.message == "blocked by policy rule p/b: no secrets please"
    assert d.header_value() == f"version={d.policy_version}; action=block; rules=p/b"
    body = d.openai_error()["error"]
    assert body["code"] == "content_policy_violation" and body["rules"] == ["p/b"]
    assert body["message"] == "blocked by policy rule p/b: no secrets please"


def test_evaluate_is_pure_and_repeatable():
    p = policy_yaml("p", rules=rule("a", "redact") + rule("b", "notice") + rule("c", "route"))
    ps = load_texts(p)
    plan = ps.plan(ps.match(REQ), "input", REQ)
    findings = {"p/a": [hit(start=1, end=3)], "p/b": [hit()], "p/c": []}
    snapshot = {k: list(v) for k, v in findings.items()}
    assert evaluate(plan, findings) == evaluate(plan, findings)
    assert findings == snapshot


ACTIONS = ["allow", "block", "redact", "pseudonymize", "route", "flag", "notice", "watermark"]


@settings(max_examples=200, deadline=None)
@given(
    spec=st.lists(
        st.tuples(st.sampled_from(ACTIONS[1:]), st.booleans(), st.booleans()), min_size=1, max_size=8
    ),
)
def test_property_action_is_most_restrictive_enforced_and_shadow_never_changes_it(spec):
    """Without allow exceptions: action = most restrictive fired enforced rule; shadow rules never change
    it."""
    rules = ""
    findings = {}
    for i, (action, fires, shadow) in enumerate(spec):
        rules += rule(f"r{i}", action, extra="  mode: shadow\n" if shadow else "")
        findings[f"p/r{i}"] = [hit(start=0, end=1)] if fires else []
    _, _, d = decide([policy_yaml("p", rules=rules)], findings)
    enforced = [a for a, fires, shadow in spec if fires and not shadow]
    expected = max(enforced, key=ACTION_RANK.get) if enforced else "allow"
    assert ACTION_RANK[d.action] == ACTION_RANK[expected]
    everything = [a for a, fires, _ in spec if fires]
    if any(shadow and fires for _, fires, shadow in spec):
        assert ACTION_RANK[d.shadow.action] == ACTION_RANK[max(everything, key=ACTION_RANK.get)]
    else:
        assert d.shadow is None


def test_types_let_rules_share_one_detector_call_and_count_only_their_own_findings():
    p = policy_yaml(
        "p",
        rules="""
    - {id: minors, detector: classifier, params: {categories: [a, b]}, types: [a], action: block}
    - {id: misinfo, detector: classifier, params: {categories: [a, b]}, types: [b], action: flag}
    """,
    )
    ps = load_texts(p)
    plan = ps.plan(ps.match(REQ), "input", REQ)
    assert len(plan.invocations) == 1
    d = evaluate(plan, plan.findings_by_rule([[hit(type_="b", score=0.9)]]))
    assert d.action == "flag" and d.rules == ("p/misinfo",) and d.reasons[0].types == ("b",)
    d = evaluate(plan, plan.findings_by_rule([[hit(type_="a"), hit(type_="b")]]))
    assert d.action == "block" and set(d.rules) == {"p/minors", "p/misinfo"}
