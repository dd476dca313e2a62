"""OWASP LLM06 (excessive agency) in the compliance report follows the tool rules in force."""

from __future__ import annotations

from datetime import UTC, datetime

from audit.compliance.controls import assess
from audit.compliance.evidence import Evidence
from audit.compliance.facts import GatewayFacts, PolicyRule


def _facts(*rules: PolicyRule) -> GatewayFacts:
    return GatewayFacts(
        config_file="gateway.yaml",
        config_sha256=None,
        gateway_version="test",
        models=(),
        policy_version="v",
        policies=(),
        rules=rules,
        api_keys_configured=1,
        tenants_restricted=0,
    )


def _llm06(facts: GatewayFacts, ev: Evidence) -> tuple[str, str]:
    (row,) = [c for c in assess(facts, ev) if c.ref == "LLM06"]
    return row.status, row.evidence[0].en


def test_llm06_is_partly_met_by_tool_rules_with_their_figures() -> None:
    ev = Evidence(since=datetime(2026, 11, 1, tzinfo=UTC), until=datetime(2026, 12, 1, tzinfo=UTC))
    assert _llm06(_facts(), ev)[0] == "not_met"
    rule = PolicyRule(
        "agent-tools/approve-outgoing", ("output",), "tools", "require_approval", None, None, "enforce"
    )
    ev.rule_hits["agent-tools/approve-outgoing"] = 3
    ev.refusals_by_rule["agent-tools/approve-outgoing"] = 2
    status, evidence = _llm06(_facts(rule), ev)
    assert status == "partly"
    assert "agent-tools/approve-outgoing" in evidence and "fired on 3" in evidence and "refused 2" in evidence
    refs = [c.ref for c in assess(_facts(rule), ev) if c.ref.startswith("LLM")]
    assert refs == sorted(refs)
