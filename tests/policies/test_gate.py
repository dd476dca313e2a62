"""Rules that cannot apply do not run: once a size rule refuses a request, no other detector is called."""

from __future__ import annotations

import asyncio

from policies.detectors import builtin_detectors
from policies.evaluator import evaluate
from policies.findings import TextItem
from policies.matcher import RequestMeta
from policies.runner import run_plan

from .helpers import load_texts, policy_yaml

RULES = """
- id: size
  direction: input
  detector: size
  params: {max_chars: 100}
  action: block
- id: expensive
  direction: input
  detector: recorder
  action: block
"""


class Recorder:
    name = "recorder"

    def __init__(self) -> None:
        self.calls = 0

    async def detect(self, items, params, direction):  # noqa: ANN001
        self.calls += 1
        return []


def _run(policy_text: str, text: str) -> tuple[str, int]:
    ps = load_texts(policy_text)
    rec = Recorder()
    detectors = {**builtin_detectors(), "recorder": rec}
    meta = RequestMeta(tenant="t", model="m")
    plan = ps.plan(ps.match(meta), "input", meta)
    results = asyncio.run(run_plan(plan, [TextItem("messages[0].content", text, "user")], detectors))
    return str(evaluate(plan, results).action), rec.calls


def test_size_refusal_skips_the_other_detectors():
    action, calls = _run(policy_yaml("p", RULES), "x" * 500)
    assert action == "block" and calls == 0


def test_within_limits_every_detector_runs():
    action, calls = _run(policy_yaml("p", RULES), "short")
    assert action == "allow" and calls == 1


def test_shadow_size_rule_does_not_skip():
    shadow = RULES.replace(
        "  action: block\n- id: expensive", "  action: block\n  mode: shadow\n- id: expensive"
    )
    _, calls = _run(policy_yaml("p", shadow), "x" * 500)
    assert calls == 1  # a shadow rule decides nothing, so the real rules still run


def test_allow_exception_in_scope_disables_the_shortcut():
    rules = (
        RULES
        + """
- id: allow-all
  direction: input
  action: allow
"""
    )
    _, calls = _run(policy_yaml("p", rules), "x" * 500)
    assert calls == 1
