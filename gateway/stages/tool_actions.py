"""Enforcing ``strip_tool`` and ``require_approval`` (policies/tools.py finds, the evaluator decides).

* Input, ``strip_tool``: the declared tools a rule names are removed from ``tools`` / ``functions``
  before the upstream sees the request (the model cannot call what it is not offered); a
  ``tool_choice`` / ``function_call`` forcing a removed tool becomes ``auto`` (``none`` when no tool
  is left, and then ``tools`` and ``parallel_tool_calls`` go too: providers refuse them alone).
* Output, ``strip_tool``: the calls are withheld from the answer; a message left with no call ends
  with ``finish_reason: "stop"``.
* Output, ``require_approval``: the answer is withheld and the client gets HTTP 403
  ``tool_approval_required`` naming the calls (id and name) and the rules, so an agent can show a
  person what was asked and nothing was executed (docs/tools.md). Streams hold tool-call deltas until
  the call is complete (stream_windows.py), so the same holds there.

Names shown to the client are the client's own tool names; a name that is not a valid function name
(a model can write anything there) is shown as ``(invalid name)``.
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from typing import Any

from gateway.errors import GatewayError
from policies.actions import Action
from policies.evaluator import Decision
from policies.tools import tool_name

_INDEX = re.compile(r"^(tools|functions)\[(\d+)\]$")
# A call in an answer, as a tool action names it: (choice, tool index; None for the legacy function_call)
ANSWER_CALL = re.compile(r"^choices\[(\d+)\]\.message\.(?:tool_calls\[(\d+)\]|function_call)$")
_VALID_NAME = re.compile(r"^[A-Za-z0-9_.:-]{1,128}$")


def _targets(decision: Decision, action: Action) -> set[str]:
    return {t.location for t in decision.tool_actions if t.action == action and t.location}


def _shown(name: Any) -> str:
    return name if isinstance(name, str) and _VALID_NAME.match(name) else "(invalid name)"


def _tool_name(tool: Any) -> str | None:
    return tool_name(tool) if isinstance(tool, Mapping) else None


def strip_declared(body: dict[str, Any], decision: Decision) -> list[str]:
    """Remove the declared tools the decision strips; returns their names."""
    doomed: dict[str, set[int]] = {}
    targets = _targets(decision, Action.STRIP_TOOL)
    for location in targets:
        m = _INDEX.match(location)
        if m:
            doomed.setdefault(m[1], set()).add(int(m[2]))
    removed: list[str] = []
    for key in ("tool_choice", "function_call"):  # forcing a denied tool, declared or not
        if key in targets and isinstance(body.get(key), Mapping):
            removed.append(_tool_name(body[key]) or "")
            body[key] = "auto"
    for key, indexes in doomed.items():
        tools = body.get(key)
        if not isinstance(tools, list):
            continue
        removed += [n for i, t in enumerate(tools) if i in indexes and (n := _tool_name(t))]
        body[key] = [t for i, t in enumerate(tools) if i not in indexes]
    if not removed:
        return removed
    left = [t for key in ("tools", "functions") for t in body.get(key) or ()]
    for key in ("tool_choice", "function_call"):
        choice = body.get(key)
        forced = _tool_name(choice) if isinstance(choice, Mapping) else None
        if forced is not None and forced in removed:
            body[key] = "auto" if left else "none"
    if not left:
        for key in ("tools", "functions", "tool_choice", "function_call", "parallel_tool_calls"):
            body.pop(key, None)
    return removed


def _calls(response: Mapping[str, Any], targets: set[str]) -> list[tuple[int, int | None, Any]]:
    """(choice, tool index or None for the legacy function_call, the call object) per target."""
    out: list[tuple[int, int | None, Any]] = []
    choices = response.get("choices") or []
    for location in sorted(targets):
        m = ANSWER_CALL.match(location)
        if not m:
            continue
        c = int(m[1])
        message = choices[c].get("message") if c < len(choices) else None
        if not isinstance(message, Mapping):
            continue
        if m[2] is None:
            out.append((c, None, message.get("function_call")))
        else:
            calls = message.get("tool_calls") or []
            k = int(m[2])
            if k < len(calls):
                out.append((c, k, calls[k]))
    return out


def withheld_text(names: Sequence[str]) -> str:
    """What an answer left with no call says instead (an agent loop sees why nothing happened)."""
    return f"[The gateway withheld a call to {', '.join(names)}: not allowed by policy.]"


def call_summary(call: Any) -> dict[str, str]:
    call = call if isinstance(call, Mapping) else {}
    fn = call.get("function") if isinstance(call.get("function"), Mapping) else call
    summary = {"name": _shown(fn.get("name"))}
    if isinstance(call.get("id"), str) and _VALID_NAME.match(call["id"]):
        summary["id"] = call["id"]
    return summary


def approval_error(decision: Decision, calls: Sequence[Any]) -> GatewayError:
    """403 ``tool_approval_required``: the calls withheld, the rules that asked for approval."""
    withheld = [call_summary(c) for c in calls]
    names = ", ".join(c["name"] for c in withheld) or "a tool"
    rules = sorted({t.rule for t in decision.tool_actions if t.action == Action.REQUIRE_APPROVAL})
    return GatewayError(
        403,
        f"The model asked to call {names}; {decision.message or 'a person must approve it'}. "
        "The call was withheld and nothing was executed: show it to a person, and resend once approved.",
        "tool_approval_required",
        code="tool_approval_required",
        headers={"x-gateway-policy": decision.header_value()},
        extra={"tool_calls": withheld, "rules": rules, "policy_version": decision.policy_version},
    )


def enforce_on_response(response: dict[str, Any], decision: Decision) -> list[str]:
    """Apply a (non-streamed) answer's tool actions: raise for approval, strip calls. Returns the
    names of the calls withheld."""
    if decision.action == Action.REQUIRE_APPROVAL:
        found = _calls(response, _targets(decision, Action.REQUIRE_APPROVAL))
        raise approval_error(decision, [c for _, _, c in found])
    found = _calls(response, _targets(decision, Action.STRIP_TOOL))
    if not found:
        return []
    choices = response["choices"]
    by_choice: dict[int, set[int | None]] = {}
    for c, k, _ in found:
        by_choice.setdefault(c, set()).add(k)
    for c, ks in by_choice.items():
        message = choices[c]["message"]
        if None in ks:
            message.pop("function_call", None)
        calls = message.get("tool_calls")
        if isinstance(calls, list):
            kept = [call for i, call in enumerate(calls) if i not in ks]
            if kept:
                message["tool_calls"] = kept
            else:
                message.pop("tool_calls", None)
        if not message.get("tool_calls") and not message.get("function_call"):
            if choices[c].get("finish_reason") in ("tool_calls", "function_call"):
                choices[c]["finish_reason"] = "stop"
            if not message.get("content"):
                message["content"] = withheld_text(
                    [call_summary(call)["name"] for cc, _, call in found if cc == c]
                )
    return [call_summary(call)["name"] for _, _, call in found]
