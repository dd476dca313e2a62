"""The red-team catalog (tests/redteam/catalog/), one case per attack, through the real gateway.

Each case asserts the attack's own expectations (status, nothing to forbidden upstream zones, no
secret spelling to the listed upstream zones, nothing listed to the client, the dashboard oracles);
:mod:`tests.redteam.harness` says exactly how. An attack that gets through today is listed in
``known_gaps.yaml`` with a one-line reason and is expected to fail (``xfail(strict=True)``): when a
fix makes it pass, the case XPASSes and fails until its entry is removed. The one exception is a gap
whose reason starts with ``latency-bound:`` (a request that loses a race against the 5 s detector
deadline on a slow CPU and may win it on a fast one): not strict. Skips are few and say why.

The ``control-*`` cases are not attacks: benign requests of the same shapes that must be served.
A control that fails means the attacks of that shape may be "passing" only because the gateway
refuses harmless requests too.

Attacks sharing an upstream behaviour run concurrently, as one batch, when the first of them is
asked for (:class:`tests.redteam.harness.Runner`); that case's duration is the batch's.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import pytest

from tests.fake_upstream import FakeUpstream
from tests.redteam.harness import (
    CLASSES,
    Runner,
    Stack,
    load_catalog,
    load_known_gaps,
    ordered,
    skip_reason,
)

ATTACKS = ordered(load_catalog())
GAPS = load_known_gaps()


def _param(attack: dict[str, Any]) -> Any:
    marks = []
    why = skip_reason(attack)
    if why:
        marks.append(pytest.mark.skip(reason=why))
    elif attack["id"] in GAPS:
        marks.append(_gap_mark(attack["id"]))
    return pytest.param(attack, id=attack["id"], marks=marks)


def _gap_mark(aid: str) -> Any:
    """xfail(strict=True); only a gap whose outcome is a race against a deadline on this CPU (its reason
    starts with ``latency-bound:``) may pass on a faster or idler machine without failing the run."""
    reason = GAPS[aid]
    return pytest.mark.xfail(strict=not reason.startswith("latency-bound:"), reason=reason)


@pytest.fixture(scope="module")
def stack(upstream: FakeUpstream, tmp_path_factory: pytest.TempPathFactory) -> Iterator[Stack]:
    running = Stack(upstream, tmp_path_factory.mktemp("redteam"))
    yield running
    running.stop()


@pytest.fixture(scope="module")
def runner(stack: Stack, request: pytest.FixtureRequest) -> Runner:
    # Only the attacks this session selected are batched together.
    selected = [
        item.callspec.params["attack"]
        for item in request.session.items
        if getattr(item, "callspec", None) is not None
        and isinstance(item.callspec.params.get("attack"), dict)  # this catalog's, not another module's
    ]
    return Runner(stack, [a for a in selected if not skip_reason(a)])


@pytest.mark.parametrize("attack", [_param(a) for a in ATTACKS])
def test_attack(runner: Runner, attack: dict[str, Any]) -> None:
    verdict = runner.verdict(attack)
    assert not verdict.problems, verdict.explain()


# -- the catalog and the gap list stay honest --------------------------------------------------------


def test_catalog_is_whole() -> None:
    ids = [a["id"] for a in ATTACKS]
    assert len(ids) == len(set(ids)), "duplicate attack ids"
    assert {a["class"] for a in ATTACKS} == set(CLASSES)
    assert len(ids) >= 1000


def test_known_gaps_name_attacks_that_run() -> None:
    ids = {a["id"]: a for a in ATTACKS} | {c["id"]: c for c in CONTROLS}
    unknown = sorted(set(GAPS) - set(ids))
    assert not unknown, f"known_gaps.yaml names attacks that do not exist: {unknown[:10]}"
    skipped = sorted(g for g in GAPS if g in ids and skip_reason(ids[g]))
    assert not skipped, f"known_gaps.yaml names skipped attacks: {skipped}"
    assert all(reason.strip() for reason in GAPS.values()), "every known gap needs a reason"


# -- controls: benign requests of the attacked shapes are served -----------------------------------

BY_ID = {a["id"]: a for a in ATTACKS}
FILLER = "2025년 상반기 민원 처리 현황: 총 1,204건 접수, 평균 처리 기간 4.2일."


def _control(cid: str, description: str, body: dict[str, Any], **kw: Any) -> dict[str, Any]:
    attack = {
        "id": f"control-{cid}",
        "class": "control",
        "description": description,
        "severity": "required",
        "endpoint": kw.pop("endpoint", "/v1/chat/completions"),
        "method": "POST",
        "model": kw.pop("model", "external-model"),
        "headers": kw.pop("headers", {}),
        "body": body,
        "upstream": kw.pop("upstream", {"behaviour": "echo"}),
        "must_not_reach_upstream": [],
        "must_not_reach_upstream_zones": [],
        "forbidden_upstream_zones": [],
        "must_not_reach_client": [],
        "expect_status": [200],
        "must_reach": kw.pop("must_reach", ["external"]),
    }
    assert not kw
    return attack


def _user(text: str) -> dict[str, Any]:
    return {"role": "user", "content": text}


CONTROLS = [
    _control(
        "fields-benign",
        "The benign text the field attacks carry reaches external-model.",
        {"messages": [_user("이 내용을 검토해 주세요.")]},
    ),
    _control(
        "headers-document",
        "The exact document of headers-name-titlecase, without its classification header, reaches "
        "external-model (so the header attacks pass because of the header, not because the text is refused).",
        BY_ID["headers-name-titlecase"]["body"],
    ),
    _control(
        "headers-public",
        "The same document with x-data-classification: public reaches external-model.",
        BY_ID["headers-name-titlecase"]["body"],
        headers={"x-data-classification": "public"},
    ),
    _control(
        "marker-served-internal",
        "The 대외비 document of fields-messages-content-string-marker sent to external-model is served (200) "
        "by the internal zone, not refused.",
        BY_ID["fields-messages-content-string-marker"]["body"],
        must_reach=["internal"],
    ),
    _control(
        "injection-document",
        "A document to summarise, of the shape the injection attacks use, without the injection.",
        {"messages": [_user(f"다음 문서를 요약해 주세요.\n---\n{FILLER}\n회의 안건 정리\n{FILLER}\n---")]},
    ),
    _control(
        "injection-tool-result",
        "A tool result of the shape the injection attacks use, without the injection, to internal-model.",
        {
            "messages": [
                _user("오늘 서울 날씨 알려줘."),
                {
                    "role": "assistant",
                    "content": None,
                    "tool_calls": [
                        {
                            "id": "call_ctl",
                            "type": "function",
                            "function": {"name": "get_weather", "arguments": '{"city": "서울"}'},
                        }
                    ],
                },
                {
                    "role": "tool",
                    "tool_call_id": "call_ctl",
                    "content": '{"forecast": "맑음", "note": "우산 불필요"}',
                },
            ],
            "tools": [
                {
                    "type": "function",
                    "function": {
                        "name": "get_weather",
                        "description": "날씨 조회",
                        "parameters": {"type": "object", "properties": {"city": {"type": "string"}}},
                    },
                }
            ],
        },
        model="internal-model",
        must_reach=["internal"],
    ),
    _control(
        "zone-fallback-benign",
        "A benign request to internal-model while the internal deployment fails with 503 is served by the "
        "configured fallback (so the zone-fallback attacks exercise a real fallback).",
        {"messages": [_user("오늘 회의 일정을 정리해 주세요.")]},
        model="internal-model",
        upstream={"behaviour": "fail_internal", "fail_with": 503},
        must_reach=["external"],
    ),
]
CONTROL_PARAMS = [
    pytest.param(
        c,
        id=c["id"],
        marks=[_gap_mark(c["id"])] if c["id"] in GAPS else [],
    )
    for c in CONTROLS
]


@pytest.mark.parametrize("control", CONTROL_PARAMS)
def test_control(stack: Stack, control: dict[str, Any]) -> None:
    verdict = stack.run(control)
    problems = list(verdict.problems)
    for zone in control["must_reach"]:
        if zone not in verdict.zones:
            problems.append(f"the {zone} upstream was not called (zones reached: {verdict.zones})")
    if verdict.blocked_by:
        problems.append(f"refused by {', '.join(verdict.blocked_by)}")
    assert not problems, f"{control['id']}: " + "; ".join(problems)
