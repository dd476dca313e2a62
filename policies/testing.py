"""``policy test``: YAML test cases that run requests through the policies and real detectors.

A test file lives beside the policies (any ``*.yaml`` with ``kind: PolicyTest``)::

    apiVersion: safety-gateway/v1
    kind: PolicyTest
    metadata: {name: baseline-tests}
    policies: [../baseline.yaml]      # optional, relative to this file; default: every policy in the DIR
    cases:
      - name: rrn-goes-internal
        requires: [pii]               # skipped ("detector 'pii' not available") when absent
        xfail: "reason"               # optional: a known gap; XFAIL when it fails, a failure when it passes
        request:
          tenant: acme
          model: gpt-4o
          zone: external
          headers: {x-data-classification: 대외비}
          messages: [{role: user, content: "..."}]
          tools: [lookup, run_shell]  # optional: declared tools (names, or OpenAI tool definitions)
        response: "upstream answer"   # optional: also runs the output direction
        response_tool_calls:          # optional: calls the model makes (output direction)
          - {name: transfer_funds, arguments: {amount: 100}}
        expect:
          decision: route             # the input decision's action
          rules: [route-classified]   # must fire ("policy/rule" or bare rule id)
          not_rules: [block-injection]
          route: {zone: internal}
          shadow: block               # the would-have action of shadow rules
          upstream_must_not_contain: ["900101-1234568"]
          upstream_must_contain: ["hello"]
          upstream_tools: [lookup]    # the declared tools left after strip_tool rules
        expect_output:
          decision: notice
          rules: [ai-notice]
          client_must_not_contain: [...]
          client_tool_calls: []       # the calls that reach the client (strip_tool / require_approval)

Detectors a case does not list in ``requires`` but the plan needs and this build lacks are
assumed to find nothing, and the case's line says so. Text assertions use a transform hook
(:data:`policies.runner.TransformHook`); the default redacts/pseudonymizes by finding offsets.
"""

from __future__ import annotations

import json
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Literal

from pydantic import BaseModel, ConfigDict, Field, ValidationError, field_validator, model_validator

from .actions import Action
from .evaluator import Annotation, Decision, evaluate
from .findings import Detector, Direction, Finding, TextItem
from .loader import PolicyLoadError, discover, document_kind, load_policy_set, validation_errors
from .matcher import RequestMeta
from .models import RouteTarget
from .notice import accept_languages, pick_notice
from .policyset import PolicySet
from .request_walk import request_items
from .runner import TransformHook, apply_transforms, call_transform, items_from_messages, run_plan
from .tools import tool_name
from .yaml_source import SourceError, YamlDocument, load_yaml_file


class _Strict(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)
    __test__ = False  # not pytest test classes, despite the names


class TestRequest(_Strict):
    tenant: str | None = None
    model: str | None = None
    zone: str | None = None
    endpoint: str | None = "/v1/chat/completions"
    model_license: str | None = None
    headers: dict[str, str | list[str]] = Field(default_factory=dict)
    metadata: dict[str, Any] = Field(default_factory=dict)
    tenant_labels: dict[str, str] = Field(default_factory=dict)
    messages: list[dict[str, Any]] = Field(min_length=1)
    tools: list[str | dict[str, Any]] = Field(
        default_factory=list, description="Declared tools: names, or OpenAI tool definitions."
    )

    def tool_definitions(self) -> list[dict[str, Any]]:
        return [
            {"type": "function", "function": {"name": t, "parameters": {"type": "object"}}}
            if isinstance(t, str)
            else t
            for t in self.tools
        ]

    @field_validator("messages")
    @classmethod
    def _expand_repeat(cls, messages: list[dict[str, Any]]) -> list[dict[str, Any]]:
        """``content: {repeat: "abc ", times: 30000}`` builds long inputs for size-limit cases."""
        out = []
        for m in messages:
            content = m.get("content")
            if isinstance(content, dict) and set(content) == {"repeat", "times"}:
                if not isinstance(content["repeat"], str) or not isinstance(content["times"], int):
                    raise ValueError("content {repeat, times} needs a string and an integer")
                if content["times"] < 0 or len(content["repeat"]) * content["times"] > 10_000_000:
                    raise ValueError("content {repeat, times}: at most 10,000,000 characters")
                m = {**m, "content": content["repeat"] * content["times"]}
            out.append(m)
        return out

    def meta(self) -> RequestMeta:
        return RequestMeta.build(
            tenant=self.tenant,
            model=self.model,
            zone=self.zone,
            endpoint=self.endpoint,
            model_license=self.model_license,
            headers=self.headers,
            metadata=self.metadata,
            tenant_labels=self.tenant_labels,
        )


class InputExpect(_Strict):
    decision: Action | None = None
    rules: list[str] = Field(default_factory=list)
    not_rules: list[str] = Field(default_factory=list)
    route: RouteTarget | None = None
    shadow: Action | None = None
    upstream_must_contain: list[str] = Field(default_factory=list)
    upstream_must_not_contain: list[str] = Field(default_factory=list)
    upstream_tools: list[str] | None = Field(
        None, description="Names of the declared tools the upstream gets (after strip_tool rules)."
    )


class ToolCallCase(_Strict):
    name: str
    arguments: str | dict[str, Any] = Field(default_factory=dict)

    def text(self) -> str:
        return self.arguments if isinstance(self.arguments, str) else json.dumps(self.arguments)


class OutputExpect(_Strict):
    decision: Action | None = None
    rules: list[str] = Field(default_factory=list)
    not_rules: list[str] = Field(default_factory=list)
    shadow: Action | None = None
    client_must_contain: list[str] = Field(default_factory=list)
    client_must_not_contain: list[str] = Field(default_factory=list)
    notice: str | None = Field(
        None,
        description="The one AI-generated notice the answer carries (policies/notice.py: several rules "
        'asking for one give one); "" for none.',
    )
    notice_mode: str | None = Field(None, description="every_response | once_per_conversation | header_only")
    client_tool_calls: list[str] | None = Field(
        None, description="Names of the calls that reach the client (none when the answer is refused)."
    )


class TestCase(_Strict):
    name: str
    description: str = ""
    requires: list[str] = Field(default_factory=list)
    xfail: str | None = Field(
        None,
        description="A known gap, with the reason: failing is reported as XFAIL, passing fails the run "
        "(remove the marker once the gap is closed).",
    )
    request: TestRequest
    response: str | None = None
    response_tool_calls: list[ToolCallCase] = Field(default_factory=list)
    expect: InputExpect = Field(default_factory=InputExpect)
    expect_output: OutputExpect | None = None

    @model_validator(mode="after")
    def _output_needs_response(self) -> TestCase:
        if self.expect_output is not None and self.response is None and not self.response_tool_calls:
            raise ValueError(
                "expect_output needs a 'response:' or 'response_tool_calls:' (the upstream's answer)"
            )
        return self


class TestMetadata(_Strict):
    name: str = ""
    description: str = ""


class TestFile(_Strict):
    apiVersion: Literal["safety-gateway/v1"]
    kind: Literal["PolicyTest"]
    metadata: TestMetadata = Field(default_factory=TestMetadata)
    policies: list[str] | None = None
    cases: list[TestCase] = Field(min_length=1)


def parse_test_file(doc: YamlDocument) -> TestFile:
    try:
        return TestFile.model_validate(doc.data)
    except ValidationError as exc:
        raise PolicyLoadError(validation_errors(doc, exc, TestFile)) from None


@dataclass(slots=True)
class CaseResult:
    file: str
    name: str
    status: Literal["pass", "fail", "skip", "xfail"]
    problems: list[str] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)
    input_decision: Decision | None = None
    output_decision: Decision | None = None

    def line(self) -> str:
        label = {"pass": "PASS", "fail": "FAIL", "skip": "SKIP", "xfail": "XFAIL"}[self.status]
        text = f"{label} {self.file}::{self.name}"
        if self.problems:
            text += ": " + "; ".join(self.problems)
        if self.notes:
            text += " [" + "; ".join(self.notes) + "]"
        return text


class _Nothing:
    """Stands in for a detector this build lacks, in cases that said they do not need it."""

    def __init__(self, name: str) -> None:
        self.name = name

    async def detect(
        self, items: Sequence[TextItem], params: Mapping[str, Any], direction: Direction
    ) -> list[Finding]:
        return []


def _stripped(decision: Decision, pattern: str, n: int) -> set[int]:
    """Indexes of the tools (or calls) the decision's strip_tool actions remove."""
    targets = {t.location for t in decision.tool_actions if t.action == Action.STRIP_TOOL}
    return {i for i in range(n) if pattern.format(i) in targets}


def _fired(decision: Decision) -> set[str]:
    keys = {r.rule for r in decision.reasons} | {r.rule for r in decision.overridden}
    if decision.shadow is not None:
        keys |= {r.rule for r in decision.shadow.reasons}
    return keys


def _has_rule(fired: set[str], wanted: str) -> bool:
    return wanted in fired or any(k.split("/", 1)[1] == wanted for k in fired)


def _check_decision(
    label: str,
    decision: Decision,
    decision_expect: str | None,
    rules: list[str],
    not_rules: list[str],
    shadow: str | None,
) -> list[str]:
    problems = []
    fired = _fired(decision)
    shown = ",".join(sorted(fired)) or "none"
    if decision_expect is not None and decision.action != decision_expect:
        problems.append(
            f"{label} decision: expected {decision_expect}, got {decision.action} (rules fired: {shown})"
        )
    for r in rules:
        if not _has_rule(fired, r):
            problems.append(f"{label}: rule {r} did not fire (rules fired: {shown})")
    for r in not_rules:
        if _has_rule(fired, r):
            problems.append(f"{label}: rule {r} fired but must not")
    if shadow is not None:
        would = decision.shadow.action if decision.shadow is not None else decision.action
        if would != shadow:
            problems.append(f"{label} shadow: expected would-have {shadow}, got {would}")
    return problems


def _notice_checks(case: TestCase, annotations: Sequence[Annotation], o: OutputExpect) -> list[str]:
    if o.notice is None and o.notice_mode is None:
        return []
    language = case.request.headers.get("accept-language")
    got = pick_notice(annotations, accept_languages(language if isinstance(language, str) else None))
    problems = []
    if o.notice is not None and (got.text if got else "") != o.notice:
        problems.append(f"notice: expected {o.notice!r}, got {got.text if got else None!r}")
    if o.notice_mode is not None and (got.mode if got else None) != o.notice_mode:
        problems.append(f"notice mode: expected {o.notice_mode}, got {got.mode if got else None}")
    return problems


def _text_checks(label: str, text: str | None, must: list[str], must_not: list[str]) -> list[str]:
    problems = []
    for s in must:
        if text is None:
            problems.append(f"{label} must contain {s!r} but received nothing (blocked)")
        elif s not in text:
            problems.append(f"{label} must contain {s!r}")
    for s in must_not:
        if text is not None and s in text:
            problems.append(f"{label} must not contain {s!r}")
    return problems


async def run_case(
    case: TestCase,
    policy_set: PolicySet,
    detectors: Mapping[str, Detector],
    *,
    file: str = "",
    transform: TransformHook = apply_transforms,
) -> CaseResult:
    result = CaseResult(file, case.name, "pass")
    missing = [d for d in case.requires if d not in detectors]
    if missing:
        result.status = "skip"
        result.problems.append(", ".join(f"detector {d!r} not available" for d in missing))
        return result

    request = case.request.meta()
    items = items_from_messages(case.request.messages)
    declared = case.request.tool_definitions()
    if declared:
        items += request_items("chat.completions", {"tools": declared})
    available = dict(detectors)

    async def decide(req: RequestMeta, direction: Direction, its: list[TextItem]) -> Decision:
        plan = policy_set.plan(policy_set.match(req), direction, req)
        for inv in plan.invocations:
            if inv.detector not in available:
                available[inv.detector] = _Nothing(inv.detector)
                result.notes.append(f"detector {inv.detector!r} not available: assumed no findings")
        return evaluate(plan, await run_plan(plan, its, available))

    decision = await decide(request, "input", items)
    result.input_decision = decision
    e = case.expect
    result.problems += _check_decision("input", decision, e.decision, e.rules, e.not_rules, e.shadow)
    if e.route is not None:
        got = decision.route
        if (
            got is None
            or (e.route.zone and got.zone != e.route.zone)
            or (e.route.model and got.model != e.route.model)
        ):
            result.problems.append(
                f"route: expected {e.route.model_dump(exclude_none=True)}, "
                f"got {got.model_dump(exclude_none=True) if got else None}"
            )
    upstream: str | None = None
    if not decision.blocked:
        upstream = "\n".join(i.text for i in await call_transform(transform, decision, items))
    result.problems += _text_checks(
        "upstream text", upstream, e.upstream_must_contain, e.upstream_must_not_contain
    )
    if e.upstream_tools is not None:
        stripped = _stripped(decision, "tools[{}]", len(declared))
        sent = (
            []
            if decision.blocked
            else [str(tool_name(t)) for i, t in enumerate(declared) if i not in stripped]
        )
        if sent != e.upstream_tools:
            result.problems.append(f"upstream tools: expected {e.upstream_tools}, got {sent}")

    answered = case.response is not None or bool(case.response_tool_calls)
    if answered and not decision.blocked:
        out_request = request.routed(decision.route)
        out_items = [TextItem("choices[0].message.content", case.response or "", "assistant")]
        calls = case.response_tool_calls
        for k, call in enumerate(calls):
            at = f"choices[0].message.tool_calls[{k}].function"
            out_items += [TextItem(f"{at}.name", call.name, "assistant")]
            out_items += [TextItem(f"{at}.arguments", call.text(), "assistant")]
        out_decision = await decide(out_request, "output", out_items)
        result.output_decision = out_decision
        if case.expect_output is not None:
            o = case.expect_output
            result.problems += _check_decision(
                "output", out_decision, o.decision, o.rules, o.not_rules, o.shadow
            )
            client: str | None = None
            if not out_decision.blocked:
                client = "\n".join(i.text for i in await call_transform(transform, out_decision, out_items))
            result.problems += _text_checks(
                "client text", client, o.client_must_contain, o.client_must_not_contain
            )
            result.problems += _notice_checks(case, out_decision.annotations, o)
            if o.client_tool_calls is not None:
                refused = out_decision.blocked or out_decision.action == Action.REQUIRE_APPROVAL
                withheld = _stripped(out_decision, "choices[0].message.tool_calls[{}]", len(calls))
                reached = [] if refused else [c.name for k, c in enumerate(calls) if k not in withheld]
                if reached != o.client_tool_calls:
                    result.problems.append(
                        f"client tool calls: expected {o.client_tool_calls}, got {reached}"
                    )
    elif case.expect_output is not None and decision.blocked:
        result.problems.append("expect_output given but the input was blocked (no upstream call)")

    if case.xfail is not None:
        if result.problems:
            result.status = "xfail"
            result.problems = [f"known gap: {case.xfail}"] + result.problems
        else:
            result.status = "fail"
            result.problems.append(f"marked xfail ({case.xfail}) but passed: remove the xfail marker")
    elif result.problems:
        result.status = "fail"
    return result


@dataclass(slots=True)
class TestRun:
    __test__ = False
    results: list[CaseResult] = field(default_factory=list)
    errors: list[SourceError] = field(default_factory=list)  # files that could not be loaded

    @property
    def passed(self) -> int:
        return sum(r.status == "pass" for r in self.results)

    @property
    def failed(self) -> int:
        return sum(r.status == "fail" for r in self.results) + len(self.errors)

    @property
    def skipped(self) -> int:
        return sum(r.status == "skip" for r in self.results)

    @property
    def xfailed(self) -> int:
        return sum(r.status == "xfail" for r in self.results)

    def summary(self) -> str:
        text = f"{self.passed} passed, {self.failed} failed, {self.skipped} skipped"
        return text + (f", {self.xfailed} xfailed" if self.xfailed else "")


async def run_tests(
    paths: Sequence[str | Path],
    detectors: Mapping[str, Detector],
    *,
    transform: TransformHook = apply_transforms,
    known_detectors: Sequence[str] | None = None,
    on_result: Any = None,
) -> TestRun:
    """Find ``kind: PolicyTest`` files under ``paths`` and run their cases.

    Each test file runs against the policies it lists (``policies:``, relative to it) or else
    every policy file found under ``paths``. ``on_result(CaseResult)`` is called as cases finish.
    """
    run = TestRun()
    files, errors = discover(paths)
    run.errors.extend(errors)
    tests: list[tuple[Path, TestFile]] = []
    for f in files:
        try:
            doc = load_yaml_file(f)
        except SourceError as exc:
            run.errors.append(exc)
            continue
        if document_kind(doc) != "PolicyTest":
            continue
        try:
            tests.append((f, parse_test_file(doc)))
        except PolicyLoadError as exc:
            run.errors.extend(exc.errors)
    sets: dict[tuple[str, ...], PolicySet | None] = {}
    for f, test in tests:
        policy_paths = (
            tuple(str(f.parent / p) for p in test.policies) if test.policies else tuple(map(str, paths))
        )
        if policy_paths not in sets:
            try:
                sets[policy_paths] = load_policy_set(policy_paths, known_detectors=known_detectors)
            except PolicyLoadError as exc:
                run.errors.extend(exc.errors)
                sets[policy_paths] = None
        policy_set = sets[policy_paths]
        if policy_set is None:
            continue
        for case in test.cases:
            result = await run_case(case, policy_set, detectors, file=f.name, transform=transform)
            run.results.append(result)
            if on_result is not None:
                on_result(result)
    return run
