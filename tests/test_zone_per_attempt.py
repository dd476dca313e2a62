"""Decide per attempt: a retry or fallback into another zone is decided again for the deployment it
reaches (issue 14, "Zone crossing on fallback").

The policy redacts an employee id and blocks a code name only for external models (``when: {zones:
[external]}``). Internal deployments here always fail (503), so every request that is served is served
by a fallback into the external zone; the recording fake upstream shows what that zone received.
Each case runs on chat (whole and streamed), completions and embeddings: the router's two call paths.
"""

from __future__ import annotations

import json
import sqlite3
import time
from pathlib import Path
from typing import Any

import httpx
import pytest

from tests.conftest import RunningGateway
from tests.fake_upstream import FakeUpstream

POLICY = """\
apiVersion: safety-gateway/v1
kind: Policy
metadata: {name: zones, description: rules that differ by zone, owner: tests}
spec:
  rules:
    - id: redact-employee-id-external
      direction: input
      when: {zones: [external]}
      detector: regex
      params: {patterns: [{name: EMPLOYEE_ID, pattern: 'EMP-\\d{6}'}]}
      action: redact
    - id: block-codename-external
      direction: input
      when: {zones: [external]}
      detector: keywords
      params: {keywords: [project-nightjar]}
      action: block
    - id: route-marked-internal-model
      direction: input
      detector: keywords
      params: {keywords: [route-me-inside]}
      action: route
      route: {model: internal-model}
"""

STRICT_POLICY = """\
apiVersion: safety-gateway/v1
kind: Policy
metadata: {name: strict-internal, description: no zone crossing for this model, owner: tests}
spec:
  match: {models: [strict-internal]}
  fallback_across_zones: deny
"""

CONFIG = """
model_list:
  - model_name: external-model
    litellm_params: {{model: openai/m, api_base: "{external}", api_key: k}}
    model_info: {{zone: external}}
  - model_name: internal-model
    litellm_params: {{model: openai/m, api_base: "{failing}", api_key: k}}
    model_info: {{zone: internal}}
  - model_name: strict-internal
    litellm_params: {{model: openai/m, api_base: "{failing}", api_key: k}}
    model_info: {{zone: internal}}
  - model_name: mixed-model
    litellm_params: {{model: openai/m, api_base: "{failing}", api_key: k}}
    model_info: {{zone: internal}}
  - model_name: mixed-model
    litellm_params: {{model: openai/m, api_base: "{external}", api_key: k}}
    model_info: {{zone: external}}
router_settings:
  num_retries: 1
  cooldown_time: 0
  fallbacks:
    - internal-model: [external-model]
    - strict-internal: [external-model]
policy_paths: ["{policy}"]
audit: {{sink: sqlite, path: "{audit_db}", spool_dir: "{spool}", signing_key: "{key}"}}
"""

SECRET = "EMP-123456"
EXT_TAG = "zone-ext"


@pytest.fixture(scope="module")
def config_path(tmp_path_factory: pytest.TempPathFactory, upstream: FakeUpstream) -> Path:
    d = tmp_path_factory.mktemp("zones")
    (d / "policies").mkdir()
    (d / "policies" / "zones.yaml").write_text(POLICY, encoding="utf-8")
    (d / "policies" / "strict.yaml").write_text(STRICT_POLICY, encoding="utf-8")
    return d


@pytest.fixture(scope="module")
def gw(make_gateway: Any, upstream: FakeUpstream, config_path: Path) -> RunningGateway:
    upstream.state.record_bodies = True
    return make_gateway(
        CONFIG.format(
            external=upstream.url(f"echo,tag={EXT_TAG}"),
            failing=upstream.url("status=503,tag=zone-int"),
            policy=config_path / "policies",
            audit_db=config_path / "audit.db",
            spool=config_path / "spool",
            key=config_path / "audit.pem",
        )
    )


ENDPOINTS = ["chat", "chat-stream", "completions", "embeddings"]


def _post(gw: RunningGateway, endpoint: str, model: str, text: str) -> httpx.Response:
    routes: dict[str, tuple[str, dict[str, Any]]] = {
        "chat": ("/chat/completions", {"messages": [{"role": "user", "content": text}]}),
        "chat-stream": (
            "/chat/completions",
            {"messages": [{"role": "user", "content": text}], "stream": True},
        ),
        "completions": ("/completions", {"prompt": text}),
        "embeddings": ("/embeddings", {"input": text}),
    }
    path, body = routes[endpoint]
    return httpx.post(
        gw.url + path,
        json={"model": model, **body},
        headers={"authorization": f"Bearer {gw.key('alpha')}"},
        timeout=30,
    )


def _external_bodies(upstream: FakeUpstream, response: httpx.Response) -> list[str]:
    """What the external model received for this request (matched by the id the gateway forwards)."""
    request_id = response.headers["x-request-id"]
    return [
        json.dumps(r["body"], ensure_ascii=False)
        for r in list(upstream.state.requests)
        if r["x-request-id"] == request_id and (EXT_TAG in r["path"] or EXT_TAG in str(r.get("spec", "")))
    ]


@pytest.mark.parametrize("endpoint", ENDPOINTS)
def test_fallback_into_external_zone_applies_external_rules(
    gw: RunningGateway, upstream: FakeUpstream, endpoint: str
) -> None:
    r = _post(gw, endpoint, "internal-model", f"Summarise the file of {SECRET}, please.")
    assert r.status_code == 200, r.text
    sent = _external_bodies(upstream, r)
    assert sent, "the fallback should have reached the external model"
    assert all(SECRET not in body for body in sent), sent
    assert SECRET not in r.text  # the echo answers with what the external model received
    assert "redact-employee-id-external" in r.headers["x-gateway-policy"]


@pytest.mark.parametrize("endpoint", ENDPOINTS)
def test_fallback_refused_when_external_rules_block(
    gw: RunningGateway, upstream: FakeUpstream, endpoint: str
) -> None:
    r = _post(gw, endpoint, "internal-model", "Status of project-nightjar?")
    assert r.status_code == 502, r.text
    assert "refused by policy" in r.json()["error"]["message"]
    assert _external_bodies(upstream, r) == []


@pytest.mark.parametrize("endpoint", ["chat", "chat-stream"])
def test_fallback_across_zones_deny_keeps_the_zone(
    gw: RunningGateway, upstream: FakeUpstream, endpoint: str
) -> None:
    r = _post(gw, endpoint, "strict-internal", "A harmless question.")
    assert r.status_code == 502, r.text
    assert _external_bodies(upstream, r) == []


def test_route_to_a_model_keeps_its_zone_on_fallback(gw: RunningGateway, upstream: FakeUpstream) -> None:
    """A rule routed the request to internal-model; its fallback is external: not taken."""
    r = _post(gw, "chat", "external-model", "route-me-inside: the budget draft")
    assert r.status_code == 502, r.text
    assert _external_bodies(upstream, r) == []


@pytest.mark.parametrize("endpoint", ENDPOINTS)
def test_alias_with_deployments_in_two_zones_is_decided_per_deployment(
    gw: RunningGateway, upstream: FakeUpstream, endpoint: str
) -> None:
    for _ in range(3):  # the round-robin starts on either deployment
        r = _post(gw, endpoint, "mixed-model", f"Look up {SECRET}.")
        assert r.status_code == 200, r.text
        sent = _external_bodies(upstream, r)
        assert sent and all(SECRET not in body for body in sent), sent


def test_audit_says_where_it_went_and_what_was_sent(gw: RunningGateway, config_path: Path) -> None:
    r = _post(gw, "chat", "internal-model", f"Audit me: {SECRET}")
    assert r.status_code == 200
    record = _record(config_path / "audit.db", r.headers["x-request-id"])
    assert record["zone"] == "external"
    assert record["deployment"].startswith("external-model")
    assert SECRET not in json.dumps(record, ensure_ascii=False)
    attempts = record["labels"]["attempts"]
    assert "internal-model" in attempts and "status 503" in attempts and "external-model" in attempts
    assert "zones/redact-employee-id-external" in {hit["rule_id"] for hit in record["rules"]}


def _record(db: Path, request_id: str) -> dict[str, Any]:
    """The audit record of one request, once the asynchronous writer has stored it."""
    deadline = time.monotonic() + 20
    while time.monotonic() < deadline:
        if db.exists():
            with sqlite3.connect(db) as conn:
                row = conn.execute(
                    "SELECT body FROM audit_records WHERE request_id = ?", (request_id,)
                ).fetchone()
            if row:
                return dict(json.loads(row[0]))
        time.sleep(0.2)
    raise AssertionError(f"no audit record for {request_id}")
