"""The ``tools`` detector, the ``tool_arguments`` scope, the tool actions in the evaluator and the
shipped example policy (docs/examples/agent-tools), without a server."""

from __future__ import annotations

import asyncio
import json
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest
from pydantic import ValidationError

from policies.actions import Action
from policies.detectors import builtin_detectors
from policies.evaluator import Decision, evaluate
from policies.findings import Finding, TextItem
from policies.loader import load_policy_text
from policies.matcher import RequestMeta
from policies.models import Rule
from policies.request_walk import request_items
from policies.runner import run_plan
from policies.tools import ToolsDetector, scope_to_tool_arguments, tool_target, tool_uses

EXAMPLE = Path(__file__).resolve().parents[2] / "docs" / "examples" / "agent-tools"


def _answer(*calls: tuple[str, str]) -> list[TextItem]:
    items = []
    for k, (name, args) in enumerate(calls):
        at = f"choices[0].message.tool_calls[{k}].function"
        items += [TextItem(f"{at}.name", name, "assistant"), TextItem(f"{at}.arguments", args, "assistant")]
    return items


def _request(tools: list[str], history_calls: int = 0, user_after: bool = False) -> list[TextItem]:
    messages: list[dict[str, Any]] = [{"role": "user", "content": "go"}]
    for i in range(history_calls):
        messages.append(
            {
                "role": "assistant",
                "content": None,
                "tool_calls": [
                    {"id": f"c{i}", "type": "function", "function": {"name": "t", "arguments": "{}"}}
                ],
            }
        )
        messages.append({"role": "tool", "tool_call_id": f"c{i}", "content": "ok"})
    if user_after:
        messages.append({"role": "user", "content": "again"})
    body = {"messages": messages, "tools": [{"type": "function", "function": {"name": n}} for n in tools]}
    return request_items("chat.completions", body)


def _detect(items: list[TextItem], direction: str = "output", **params: Any) -> list[Finding]:
    return asyncio.run(ToolsDetector().detect(items, params, direction))  # type: ignore[arg-type]


def test_tool_uses_pairs_names_with_their_arguments() -> None:
    uses = tool_uses(_answer(("a", "{}"), ("b", '{"x": 1}')) + _request(["declared_one"]))
    assert [(u.kind, u.name, u.arguments) for u in uses] == [
        ("call", "a", "{}"),
        ("call", "b", '{"x": 1}'),
        ("declared", "declared_one", None),
    ]


def test_deny_and_allow_globs_on_declared_tools_and_calls() -> None:
    found = _detect(
        _request(["run_shell", "get_x", "put_y"]), "input", deny=["run_*"], allow=["get_*", "run_*"]
    )
    assert [(f.type, f.location) for f in found] == [
        ("tool_denied", "tools[0].function.name"),
        ("tool_not_allowed", "tools[2].function.name"),
    ]
    assert _detect(_request(["run_shell"]), "input", deny=["run_shell"], uses=["calls"]) == []
    assert [f.type for f in _detect(_answer(("run_shell", "{}")), deny=["run_shell"])] == ["tool_denied"]
    # a deny-list also matches look-alike spellings; an allow-list only the name as written
    for spelling in ("Run_Shell", "run-shell", "functions.run_shell", "r\u0443n_shell", "run\u200b_shell"):
        assert [f.type for f in _detect(_answer((spelling, "{}")), deny=["run_shell"])] == ["tool_denied"]
        assert [f.type for f in _detect(_answer((spelling, "{}")), allow=["run_shell"])] == [
            "tool_not_allowed"
        ]
    assert _detect(_answer(("run_shell", "{}")), allow=["run_shell"]) == []
    assert _detect(_answer(("lookup", "{}")), deny=["run_shell"]) == []


def test_schema_findings_name_the_keyword_never_the_values() -> None:
    schema = {
        "type": "object",
        "properties": {"city": {"type": "string", "maxLength": 5}},
        "required": ["city"],
    }
    assert _detect(_answer(("w", json.dumps({"city": "Seoul"}))), schemas={"w": schema}) == []
    (f,) = _detect(_answer(("w", json.dumps({"city": "Seoul-Gangnam"}))), schemas={"w*": schema})
    assert f.type == "tool_arguments_invalid" and f.meta["error"] == "schema:maxLength"
    assert "Seoul" not in json.dumps(dict(f.meta)) and (f.location or "").endswith(".arguments")
    (bad,) = _detect(_answer(("w", "{not json")), schemas={"w": schema})
    assert bad.meta["error"] == "json"
    assert _detect(_answer(("other", "{not json")), schemas={"w": schema}) == []  # no schema: not checked


def test_max_calls_counts_the_answer_or_the_current_agent_turn() -> None:
    found = _detect(_answer(("a", "{}"), ("b", "{}"), ("c", "{}")), max_calls=2)
    assert [f.location for f in found] == ["choices[0].message.tool_calls[2].function.name"]
    assert found[0].meta == {"use": "call", "limit": 2, "value": 3}
    assert len(_detect(_request([], history_calls=3), "input", max_calls=2)) == 1
    # a new user message starts a new turn: the earlier calls no longer count
    assert _detect(_request([], history_calls=3, user_after=True), "input", max_calls=2) == []


def test_tool_arguments_scope_reads_only_matching_arguments() -> None:
    items = _answer(("send_mail", '{"to": "x"}'), ("lookup", "{}")) + [
        TextItem("choices[0].message.content", "text", "assistant")
    ]
    scoped, params = scope_to_tool_arguments(items, {"tool_arguments": ["send_*"], "keywords": ["x"]})
    assert [i.location for i in scoped] == ["choices[0].message.tool_calls[0].function.arguments"]
    assert params == {"keywords": ["x"]}
    assert scope_to_tool_arguments(items, {"keywords": ["x"]})[0] == items


def test_a_call_without_a_name_is_a_call_named_empty() -> None:
    items = [TextItem("choices[0].message.tool_calls[0].function.arguments", '{"x": 1}', "assistant")]
    (use,) = tool_uses(items)
    assert (use.kind, use.name, use.location) == (
        "call",
        "",
        "choices[0].message.tool_calls[0].function.name",
    )
    assert [f.type for f in _detect(items, allow=["lookup"])] == ["tool_not_allowed"]


def test_tool_target() -> None:
    assert tool_target("tools[3].function.description") == "tools[3]"
    assert (
        tool_target("choices[1].message.tool_calls[0].function.arguments")
        == "choices[1].message.tool_calls[0]"
    )
    assert tool_target("messages[4].tool_calls[2].function.name") == "messages[4].tool_calls[2]"
    assert tool_target("choices[0].message.function_call.name") == "choices[0].message.function_call"
    assert tool_target("tool_choice.function.name") == "tool_choice"
    assert tool_target("messages[0].content") is None and tool_target("tools_extra") is None


@pytest.mark.parametrize(
    ("params", "problem"),
    [
        ({}, "at least one check"),
        ({"deny": "run_shell"}, "list of tool-name globs"),
        ({"allow": [""]}, "list of tool-name globs"),
        ({"max_calls": -1}, "non-negative"),
        ({"max_calls": True}, "non-negative"),
        ({"schemas": {"w": {"type": "nonsense"}}}, "invalid JSON Schema"),
        ({"schemas": []}, "maps tool-name globs"),
        ({"deny": ["x"], "uses": ["everything"]}, "uses must be"),
        ({"deny": ["x"], "denny": ["y"]}, "did you mean 'deny'"),
    ],
)
def test_check_params(params: dict[str, Any], problem: str) -> None:
    problems = ToolsDetector().check_params(params, "input")
    assert any(problem in (p.message + " " + (p.hint or "")) for p in problems), problems


def test_rule_validation_of_tool_actions() -> None:
    with pytest.raises(ValidationError, match="needs 'direction: output'"):
        Rule(id="r", detector="tools", params={"deny": ["x"]}, action=Action.REQUIRE_APPROVAL)
    with pytest.raises(ValidationError, match="needs a detector"):
        Rule(id="r", action=Action.STRIP_TOOL)


POLICY = """
apiVersion: safety-gateway/v1
kind: Policy
metadata: {name: p}
spec:
  rules:
    - {id: strip, direction: both, detector: tools, params: {deny: [bad]}, action: strip_tool}
    - {id: approve, direction: output, detector: tools, params: {deny: [pay]}, action: require_approval}
    - {id: kw-strip, direction: input, detector: keywords, params: {keywords: [zzz]}, action: strip_tool}
"""


def _decide(direction: str, items: list[TextItem]) -> Decision:
    ps = load_policy_text(POLICY)
    meta = RequestMeta.build(tenant="t", model="m")
    plan = ps.plan(ps.match(meta), direction, meta)  # type: ignore[arg-type]
    return evaluate(plan, asyncio.run(run_plan(plan, items, builtin_detectors())))


def test_evaluator_collects_tool_actions_and_ranks_them() -> None:
    d = _decide("output", _answer(("bad", "{}"), ("pay", "{}"), ("fine", "{}")))
    assert d.action == Action.REQUIRE_APPROVAL  # above strip_tool
    assert {(t.action, t.location) for t in d.tool_actions} == {
        (Action.STRIP_TOOL, "choices[0].message.tool_calls[0]"),
        (Action.REQUIRE_APPROVAL, "choices[0].message.tool_calls[1]"),
    }
    assert d.message and "approve" in d.message
    assert _decide("input", _request(["ok", "bad"])).tool_actions[0].location == "tools[1]"


def test_a_tool_action_with_nothing_to_act_on_blocks() -> None:
    # a keyword in the user's text is not in any tool: strip_tool cannot strip it
    items = [TextItem("messages[0].content", "zzz", "user")]
    d = _decide("input", items)
    assert d.blocked and d.reasons[0].action == Action.BLOCK
    # a denied call already in the history was made: it cannot be unsent
    history = request_items(
        "chat.completions",
        {
            "messages": [
                {"role": "user", "content": "go"},
                {
                    "role": "assistant",
                    "tool_calls": [
                        {"id": "c", "type": "function", "function": {"name": "bad", "arguments": "{}"}}
                    ],
                },
            ]
        },
    )
    assert _decide("input", history).blocked


def test_the_example_policy_checks_clean_and_its_cases_pass() -> None:
    for command in ("check", "test"):
        proc = subprocess.run(
            [sys.executable, "-m", "gateway", "policy", command, str(EXAMPLE)],
            capture_output=True,
            text=True,
            timeout=300,
        )
        out = proc.stdout + proc.stderr
        assert proc.returncode == 0, out[-3000:]
    assert "11 passed, 0 failed, 0 skipped" in out, out[-3000:]
