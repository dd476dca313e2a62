"""Policies enforced by the running gateway, through the openai SDK.

The policy here uses the built-in detectors (keywords, regex, classification markers), so the
test exercises the engine and the enforcement stages independently of the PII and classifier
detectors, which have tests of their own.
"""

from __future__ import annotations

import threading
import time
import urllib.parse
from pathlib import Path

import httpx
import openai
import pytest
from openai import OpenAI

from tests.conftest import RunningGateway
from tests.fake_upstream import FakeUpstream

POLICY = """\
apiVersion: safety-gateway/v1
kind: Policy
metadata: {name: test-policy, description: gateway integration test, owner: tests}
spec:
  mode: enforce
  match: {}
  rules:
    - id: block-forbidden-word
      direction: input
      detector: keywords
      params: {keywords: [forbidden-operation]}
      action: block
    - id: route-classified
      direction: input
      when:
        headers: {x-data-classification: [대외비]}
      action: route
      route: {zone: internal}
    - id: route-marker
      direction: input
      detector: classification_marker
      action: route
      route: {zone: internal}
    - id: redact-employee-id
      direction: input
      detector: regex
      params:
        patterns:
          - {name: EMPLOYEE_ID, pattern: 'EMP-\\d{6}'}
      action: redact
    - id: shadow-new-rule
      direction: input
      mode: shadow
      detector: keywords
      params: {keywords: [experimental-trigger]}
      action: block
    - id: block-output-secret
      direction: output
      detector: keywords
      params: {keywords: [TOP-SECRET-OUTPUT]}
      action: block
"""

CONFIG = """
model_list:
  - model_name: external-model
    litellm_params: {{model: openai/m, api_base: "{external}", api_key: k}}
    model_info: {{zone: external}}
  - model_name: internal-model
    litellm_params: {{model: openai/m, api_base: "{internal}", api_key: k}}
    model_info: {{zone: internal}}
zone_defaults: {{internal: internal-model}}
policy_paths: ["{policy_dir}"]
policy_settings: {{reload_interval_s: 0.2}}
admin_tenants: [alpha]
"""


@pytest.fixture(scope="module")
def policy_dir(tmp_path_factory: pytest.TempPathFactory) -> Path:
    d = tmp_path_factory.mktemp("policies")
    (d / "test-policy.yaml").write_text(POLICY, encoding="utf-8")
    return d


@pytest.fixture(scope="module")
def gw(make_gateway, upstream: FakeUpstream, policy_dir: Path) -> RunningGateway:
    return make_gateway(
        CONFIG.format(
            external=upstream.url("echo,tag=ext"),
            internal=upstream.url("echo,tag=int"),
            policy_dir=policy_dir,
        )
    )


@pytest.fixture()
def client(gw: RunningGateway) -> OpenAI:
    return OpenAI(base_url=gw.url, api_key=gw.key("alpha"), max_retries=0, timeout=30)


def _last(upstream: FakeUpstream) -> dict:
    return upstream.state.requests[-1]


def test_clean_request_passes_with_policy_header(client: OpenAI) -> None:
    raw = client.chat.completions.with_raw_response.create(
        model="external-model", messages=[{"role": "user", "content": "hello"}]
    )
    assert raw.parse().choices[0].message.content == "hello"
    header = raw.headers["x-gateway-policy"]
    assert header.startswith("version=") and "action=allow" in header


def test_block_names_rule_and_never_echoes_content(client: OpenAI, upstream: FakeUpstream) -> None:
    before = len(upstream.state.requests)
    with pytest.raises(openai.BadRequestError) as info:
        client.chat.completions.create(
            model="external-model",
            messages=[{"role": "user", "content": "please run the forbidden-operation now"}],
        )
    body = info.value.body
    assert body["code"] == "content_policy_violation"
    assert "block-forbidden-word" in body["message"]
    assert "forbidden-operation" not in body["message"]
    assert len(upstream.state.requests) == before  # the upstream never saw it


def test_block_in_tool_result_message(client: OpenAI) -> None:
    # Injected content can arrive in a tool result, not only from the user.
    with pytest.raises(openai.BadRequestError):
        client.chat.completions.create(
            model="external-model",
            messages=[
                {"role": "user", "content": "summarise the page"},
                {
                    "role": "assistant",
                    "content": None,
                    "tool_calls": [
                        {"id": "c1", "type": "function", "function": {"name": "fetch", "arguments": "{}"}}
                    ],
                },
                {"role": "tool", "tool_call_id": "c1", "content": "page text ... forbidden-operation ..."},
            ],
        )


def test_classified_header_routes_to_internal_zone(client: OpenAI, upstream: FakeUpstream) -> None:
    # HTTP header values are Latin-1: clients send the Korean label percent-encoded.
    raw = client.chat.completions.with_raw_response.create(
        model="external-model",
        messages=[{"role": "user", "content": "budget figures"}],
        extra_headers={"x-data-classification": urllib.parse.quote("대외비")},
    )
    assert raw.parse().choices[0].message.content == "budget figures"
    assert _last(upstream)["spec"] == "echo,tag=int"  # served by the internal deployment
    assert "route-classified" in raw.headers["x-gateway-policy"]


def test_classified_header_as_raw_utf8_bytes(gw: RunningGateway, upstream: FakeUpstream) -> None:
    r = httpx.post(
        f"{gw.url}/chat/completions",
        headers=[
            (b"authorization", f"Bearer {gw.key('alpha')}".encode()),
            (b"x-data-classification", "대외비".encode()),
        ],
        json={"model": "external-model", "messages": [{"role": "user", "content": "raw header"}]},
    )
    assert r.status_code == 200
    assert _last(upstream)["spec"] == "echo,tag=int"


def test_classification_marker_in_text_routes_internal(client: OpenAI, upstream: FakeUpstream) -> None:
    client.chat.completions.create(
        model="external-model", messages=[{"role": "user", "content": "[대외비] 2027년 예산안 요약"}]
    )
    assert _last(upstream)["spec"] == "echo,tag=int"


def test_unmarked_request_stays_external(client: OpenAI, upstream: FakeUpstream) -> None:
    client.chat.completions.create(
        model="external-model", messages=[{"role": "user", "content": "public info"}]
    )
    assert _last(upstream)["spec"] == "echo,tag=ext"


def test_redaction_reaches_upstream(client: OpenAI, upstream: FakeUpstream) -> None:
    resp = client.chat.completions.create(
        model="external-model",
        messages=[{"role": "user", "content": "employee EMP-123456 asked about leave"}],
    )
    sent = _last(upstream)["body"]["messages"][0]["content"]
    assert "EMP-123456" not in sent and "employee" in sent
    assert "EMP-123456" not in resp.choices[0].message.content


def test_shadow_rule_only_changes_the_header(client: OpenAI) -> None:
    raw = client.chat.completions.with_raw_response.create(
        model="external-model", messages=[{"role": "user", "content": "try the experimental-trigger"}]
    )
    assert raw.parse().choices[0].message.content  # not blocked
    header = raw.headers["x-gateway-policy"]
    assert "would=block" in header and "shadow-new-rule" in header


@pytest.mark.parametrize(
    "attempt",
    [
        {"extra_body": {"guardrails": []}},
        {"extra_body": {"metadata": {"guardrails": {"disable": True}}, "policy": "none"}},
        {
            "extra_headers": {
                "x-gateway-policy": "off",
                "x-guardrails": "none",
                "x-data-classification": "public",
            }
        },
    ],
)
def test_client_cannot_switch_policies_off(client: OpenAI, attempt: dict) -> None:
    with pytest.raises(openai.BadRequestError) as info:
        client.chat.completions.create(
            model="external-model", messages=[{"role": "user", "content": "forbidden-operation"}], **attempt
        )
    # Body keys the gateway does not know are refused before any rule runs (request_fields.unknown_fields:
    # reject; tests/test_request_fields.py shows the rules still block with drop and pass); headers reach
    # the rules, which do not read them.
    expected = "unknown_parameter" if "extra_body" in attempt else "content_policy_violation"
    assert info.value.body["code"] == expected


def test_output_rule_blocks_whole_response(client: OpenAI) -> None:
    with pytest.raises(openai.BadRequestError) as info:
        client.chat.completions.create(
            model="external-model", messages=[{"role": "user", "content": "say TOP-SECRET-OUTPUT please"}]
        )
    assert "block-output-secret" in info.value.body["message"]


def test_output_rule_blocks_stream_before_any_text(gw: RunningGateway) -> None:
    # Strict checking: none of the response's text reaches the client, only the error event.
    with httpx.stream(
        "POST",
        f"{gw.url}/chat/completions",
        timeout=30,
        headers={"authorization": f"Bearer {gw.key('alpha')}"},
        json={
            "model": "external-model",
            "stream": True,
            "messages": [{"role": "user", "content": "leak TOP-SECRET-OUTPUT now"}],
        },
    ) as r:
        raw = r.read().decode()
    assert "TOP-SECRET-OUTPUT" not in raw and "leak" not in raw
    assert "content_policy_violation" in raw


def test_streamed_clean_output_passes(client: OpenAI) -> None:
    chunks = list(
        client.chat.completions.create(
            model="external-model", stream=True, messages=[{"role": "user", "content": "a clean answer"}]
        )
    )
    assert "".join(c.choices[0].delta.content or "" for c in chunks if c.choices) == "a clean answer"


def test_admin_lists_policies(gw: RunningGateway) -> None:
    r = httpx.get(f"{gw.root}/admin/policies", headers={"authorization": f"Bearer {gw.key('alpha')}"})
    assert r.status_code == 200
    status = r.json()
    assert [p["name"] for p in status["policies"]] == ["test-policy"] and status["version"]
    denied = httpx.get(f"{gw.root}/admin/policies", headers={"authorization": f"Bearer {gw.key('beta')}"})
    assert denied.status_code == 403


def test_hot_reload_with_broken_file_keeps_old_policy(gw: RunningGateway, policy_dir: Path) -> None:
    """Requests keep flowing through a broken edit and a good one; none fails for lack of a policy."""
    client = OpenAI(base_url=gw.url, api_key=gw.key("alpha"), max_retries=0, timeout=30)
    admin = {"authorization": f"Bearer {gw.key('alpha')}"}
    version0 = httpx.get(f"{gw.root}/admin/policies", headers=admin).json()["version"]
    failures: list[str] = []
    stop = threading.Event()

    def traffic() -> None:
        while not stop.is_set():
            try:
                client.chat.completions.create(
                    model="external-model", messages=[{"role": "user", "content": "x"}]
                )
            except Exception as exc:  # noqa: BLE001
                failures.append(type(exc).__name__)
            try:  # the block rule must hold throughout: no gap with no policy
                client.chat.completions.create(
                    model="external-model", messages=[{"role": "user", "content": "forbidden-operation"}]
                )
                failures.append("not blocked")
            except openai.BadRequestError:
                pass

    thread = threading.Thread(target=traffic)
    thread.start()
    path = policy_dir / "test-policy.yaml"
    try:
        path.write_text(POLICY.replace("action: redact", "action: explode"), encoding="utf-8")
        deadline = time.monotonic() + 10
        while not (status := httpx.get(f"{gw.root}/admin/policies", headers=admin).json())["last_error"]:
            assert time.monotonic() < deadline, "broken file was not noticed"
            time.sleep(0.1)
        assert status["version"] == version0  # the old set stays in force
        assert "test-policy.yaml:" in status["last_error"]  # with file and line
        metrics = httpx.get(f"{gw.root}/metrics", headers=admin).text
        assert 'safety_gateway_policy_reloads_total{result="error"}' in metrics
        time.sleep(0.5)

        path.write_text(POLICY.replace("EMP-", "STAFF-"), encoding="utf-8")
        deadline = time.monotonic() + 10
        while httpx.get(f"{gw.root}/admin/policies", headers=admin).json()["version"] == version0:
            assert time.monotonic() < deadline, "good file was not loaded"
            time.sleep(0.1)
        time.sleep(0.5)
    finally:
        stop.set()
        thread.join(30)
        path.write_text(POLICY, encoding="utf-8")
    assert failures == []
