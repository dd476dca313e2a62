"""Rules that cannot apply do not run: once a size rule refuses a request, no other detector is called."""

from __future__ import annotations

import asyncio

import pytest

from policies.detectors import RequestShape, builtin_detectors
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


# Every kind of size limit gates the plan: (limit, items that exceed it, items that stay within it).
_SHORT = [TextItem("messages[0].content", "short", "user")]
SIZE_KINDS = [
    ("max_chars: 100", [TextItem("messages[0].content", "x" * 500, "user")], _SHORT),
    ("max_item_chars: 100", [TextItem("messages[0].content", "x" * 500, "user")], _SHORT),
    ("max_tokens: 10", [TextItem("messages[0].content", "word " * 50, "user")], _SHORT),
    ("max_messages: 3", [TextItem(f"messages[{i}].content", "hi", "user") for i in range(5)], _SHORT),
    ("max_messages: 3", [*_SHORT, RequestShape(messages=1, parts=5)], [*_SHORT, RequestShape(parts=3)]),
    ("max_messages: 3", [RequestShape(list_items=4)], [RequestShape(list_items=3)]),
    ("max_tools: 2", [*_SHORT, RequestShape(tools=3)], [*_SHORT, RequestShape(tools=2)]),
    (
        "max_tool_bytes: 100",
        [*_SHORT, RequestShape(tools=1, tool_bytes=101)],
        [*_SHORT, RequestShape(tools=1)],
    ),
]


def _run_items(limit: str, items: list[TextItem]) -> tuple[str, int]:
    rules = RULES.replace("params: {max_chars: 100}", "params: {" + limit + "}")
    ps = load_texts(policy_yaml("p", rules))
    rec = Recorder()
    meta = RequestMeta(tenant="t", model="m")
    plan = ps.plan(ps.match(meta), "input", meta)
    results = asyncio.run(run_plan(plan, items, {**builtin_detectors(), "recorder": rec}))
    return str(evaluate(plan, results).action), rec.calls


@pytest.mark.parametrize(
    ("limit", "over", "within"), SIZE_KINDS, ids=[f"{k[0]}-{i}" for i, k in enumerate(SIZE_KINDS)]
)
def test_every_size_kind_skips_the_other_detectors(
    limit: str, over: list[TextItem], within: list[TextItem]
) -> None:
    assert _run_items(limit, over) == ("block", 0)
    assert _run_items(limit, within) == ("allow", 1)


def test_the_request_shape_is_no_text_to_the_other_detectors() -> None:
    """The shape item is seen by every detector; it has no text, so none finds anything in it."""
    detectors = builtin_detectors()
    shape = RequestShape(messages=2, tools=1, tool_bytes=10)
    for name, params in [("keywords", {"keywords": ["x"]}), ("secrets", {}), ("classification_marker", {})]:
        assert asyncio.run(detectors[name].detect([shape], params, "input")) == []


def test_refuse_on_shape_decides_from_counts_alone() -> None:
    from policies.runner import refuse_on_shape

    def shape_run(rules: str, shape: RequestShape) -> object:
        ps = load_texts(policy_yaml("p", rules))
        meta = RequestMeta(tenant="t", model="m")
        plan = ps.plan(ps.match(meta), "input", meta)
        results = asyncio.run(refuse_on_shape(plan, shape, {**builtin_detectors(), "recorder": Recorder()}))
        return None if results is None else evaluate(plan, results).action

    counts = RULES.replace("params: {max_chars: 100}", "params: {max_chars: 100, max_messages: 3}")
    assert shape_run(counts, RequestShape(parts=5)) == "block"
    assert shape_run(counts, RequestShape(parts=3)) is None  # within: the full plan decides
    assert shape_run(RULES, RequestShape(parts=5000)) is None  # max_chars needs the text
    allow = counts + "\n- id: allow-all\n  direction: input\n  action: allow\n"
    assert shape_run(allow, RequestShape(parts=5)) is None  # an exception may be in scope
