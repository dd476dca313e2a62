"""PII pseudonymization through the running gateway, with the openai SDK.

The fake upstream echoes the last user message (or puts it in a tool call), so what the client
gets back shows whether placeholders were restored, and ``upstream.state.requests`` shows exactly
what the upstream saw.
"""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import uuid
from pathlib import Path

import httpx
import pytest
from openai import OpenAI

from tests.conftest import RunningGateway, serve_process, write_config
from tests.fake_upstream import FakeUpstream

RRN = "900101-1234568"
PHONE = "010-1234-5678"
EMAIL = "kim.minsu@example.go.kr"

POLICY = """\
apiVersion: safety-gateway/v1
kind: Policy
metadata: {name: pii-test, owner: tests}
spec:
  match: {}
  rules:
    - id: pseudonymize-pii
      direction: input
      detector: pii
      params: {entities: [KR_RRN, KR_PHONE, EMAIL_ADDRESS]}
      action: pseudonymize
"""

CONFIG = """
model_list:
  - model_name: echo
    litellm_params: {{model: openai/m, api_base: "{echo}", api_key: k}}
  - model_name: tools
    litellm_params: {{model: openai/m, api_base: "{tools}", api_key: k}}
policy_paths: ["{policy}"]
{extra}
"""


def _policy(tmp: Path) -> Path:
    path = tmp / "pii.yaml"
    path.write_text(POLICY, encoding="utf-8")
    return path


@pytest.fixture(scope="module")
def gw(make_gateway, upstream: FakeUpstream, tmp_path_factory: pytest.TempPathFactory) -> RunningGateway:
    policy = _policy(tmp_path_factory.mktemp("pii"))
    return make_gateway(
        CONFIG.format(
            echo=upstream.url("echo,tag=pii"),
            tools=upstream.url("tool_call,echo,tag=pii"),
            policy=policy,
            extra="",
        )
    )


@pytest.fixture()
def client(gw: RunningGateway) -> OpenAI:
    return OpenAI(base_url=gw.url, api_key=gw.key("alpha"), max_retries=0, timeout=30)


def _sent(upstream: FakeUpstream) -> str:
    return json.dumps(upstream.state.requests[-1]["body"], ensure_ascii=False)


def test_upstream_never_sees_originals_and_client_gets_them_back(
    client: OpenAI, upstream: FakeUpstream
) -> None:
    text = f"제 주민번호는 {RRN}입니다. 연락처는 {PHONE}로 주세요. 메일 {EMAIL}"
    resp = client.chat.completions.create(model="echo", messages=[{"role": "user", "content": text}])
    sent = _sent(upstream)
    assert RRN not in sent and PHONE not in sent and EMAIL not in sent
    assert "<KR_RRN_1>" in sent and "<KR_PHONE_1>" in sent
    assert resp.choices[0].message.content == text  # restored for the client


def test_streamed_response_is_restored(client: OpenAI, upstream: FakeUpstream) -> None:
    text = f"번호 {PHONE}로 연락 바랍니다 and also {RRN} please"
    chunks = list(
        client.chat.completions.create(
            model="echo", stream=True, messages=[{"role": "user", "content": text}]
        )
    )
    assert "".join(c.choices[0].delta.content or "" for c in chunks if c.choices) == text
    assert PHONE not in _sent(upstream)


def test_tool_calls_round_trip(client: OpenAI, upstream: FakeUpstream) -> None:
    tools = [
        {
            "type": "function",
            "function": {
                "name": "lookup_citizen",
                "parameters": {"type": "object", "properties": {"echo": {"type": "string"}}},
            },
        }
    ]
    text = f"look up {RRN}"
    resp = client.chat.completions.create(
        model="tools", tools=tools, messages=[{"role": "user", "content": text}]
    )
    call = resp.choices[0].message.tool_calls[0]
    assert json.loads(call.function.arguments) == {"echo": text}  # restored inside the arguments
    assert RRN not in _sent(upstream)

    # Streamed tool-call arguments are restored too, across fragment boundaries.
    chunks = list(
        client.chat.completions.create(
            model="tools", tools=tools, stream=True, messages=[{"role": "user", "content": text}]
        )
    )
    args = "".join(
        tc.function.arguments or ""
        for c in chunks
        if c.choices
        for tc in (c.choices[0].delta.tool_calls or [])
    )
    assert json.loads(args) == {"echo": text}

    # The tool's result, sent back by the application, is pseudonymized like a user message.
    client.chat.completions.create(
        model="echo",
        tools=tools,
        messages=[
            {"role": "user", "content": text},
            {"role": "assistant", "content": None, "tool_calls": [call.model_dump()]},
            {"role": "tool", "tool_call_id": call.id, "content": f"citizen {RRN}, phone {PHONE}"},
            {"role": "user", "content": "summarise"},
        ],
    )
    sent = _sent(upstream)
    assert RRN not in sent and PHONE not in sent


def test_same_value_same_placeholder_across_turns(client: OpenAI, upstream: FakeUpstream) -> None:
    conv = {"x-conversation-id": f"conv-{uuid.uuid4()}"}
    client.chat.completions.create(
        model="echo", extra_headers=conv, messages=[{"role": "user", "content": f"first {PHONE}"}]
    )
    first = upstream.state.requests[-1]["body"]["messages"][-1]["content"]
    client.chat.completions.create(
        model="echo",
        extra_headers=conv,
        messages=[
            {"role": "user", "content": f"first {PHONE}"},
            {"role": "assistant", "content": "ok"},
            {"role": "user", "content": f"other 010-9999-8888 and again {PHONE}"},
        ],
    )
    second = upstream.state.requests[-1]["body"]["messages"]
    assert first == "first <KR_PHONE_1>"
    assert second[0]["content"] == "first <KR_PHONE_1>"
    assert second[2]["content"] == "other <KR_PHONE_2> and again <KR_PHONE_1>"


def test_placeholders_never_resolve_in_another_scope(client: OpenAI) -> None:
    conv_a = {"x-conversation-id": f"a-{uuid.uuid4()}"}
    client.chat.completions.create(
        model="echo", extra_headers=conv_a, messages=[{"role": "user", "content": f"secret {RRN}"}]
    )
    # Another conversation (and a request with no conversation) asks the model to repeat the placeholder.
    for headers in ({"x-conversation-id": f"b-{uuid.uuid4()}"}, {}):
        resp = client.chat.completions.create(
            model="echo", extra_headers=headers, messages=[{"role": "user", "content": "repeat <KR_RRN_1>"}]
        )
        assert resp.choices[0].message.content == "repeat <KR_RRN_1>"
        assert RRN not in resp.choices[0].message.content


def test_other_tenant_cannot_restore_same_conversation_id(gw: RunningGateway) -> None:
    conv = {"x-conversation-id": "shared-conv-id"}
    alpha = OpenAI(base_url=gw.url, api_key=gw.key("alpha"), max_retries=0)
    beta = OpenAI(base_url=gw.url, api_key=gw.key("beta"), max_retries=0)
    alpha.chat.completions.create(
        model="echo", extra_headers=conv, messages=[{"role": "user", "content": RRN}]
    )
    resp = beta.chat.completions.create(
        model="echo", extra_headers=conv, messages=[{"role": "user", "content": "<KR_RRN_1>"}]
    )
    assert resp.choices[0].message.content == "<KR_RRN_1>"


def test_policy_check_reports_unknown_pii_entity(tmp_path: Path) -> None:
    bad = tmp_path / "bad.yaml"
    bad.write_text(POLICY.replace("EMAIL_ADDRESS]", "EMAIL_ADRESS]"), encoding="utf-8")
    proc = subprocess.run(
        [sys.executable, "-m", "gateway", "policy", "check", str(bad)],
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert proc.returncode == 1
    assert (
        f"{bad}:10:" in proc.stdout + proc.stderr
        and "unknown entity 'EMAIL_ADRESS'" in proc.stdout + proc.stderr
    )


OUTPUT_POLICY = """\
apiVersion: safety-gateway/v1
kind: Policy
metadata: {name: pii-output, owner: tests}
spec:
  match: {}
  rules:
    - id: redact-invented-rrn
      direction: output
      detector: pii
      params: {entities: [KR_RRN]}
      action: redact
      args: {style: mask}
"""


@pytest.fixture(scope="module")
def out_gw(make_gateway, upstream: FakeUpstream, tmp_path_factory: pytest.TempPathFactory) -> RunningGateway:
    d = tmp_path_factory.mktemp("pii-out")
    (d / "out.yaml").write_text(OUTPUT_POLICY, encoding="utf-8")
    # The upstream "invents" an RRN: it replies with a fixed text containing one.
    reply = f"The_number_is_{RRN}_ok"
    return make_gateway(
        CONFIG.format(
            echo=upstream.url(f"reply={reply},tag=out"),
            tools=upstream.url("tag=out2"),
            policy=d / "out.yaml",
            extra="",
        )
    )


def test_pii_produced_by_the_model_is_redacted_per_output_rules(out_gw: RunningGateway) -> None:
    client = OpenAI(base_url=out_gw.url, api_key=out_gw.key("alpha"), max_retries=0)
    whole = client.chat.completions.create(
        model="echo", messages=[{"role": "user", "content": "tell me one"}]
    )
    assert whole.choices[0].message.content == "The number is 900101-1****** ok"
    chunks = list(
        client.chat.completions.create(
            model="echo", stream=True, messages=[{"role": "user", "content": "tell me one"}]
        )
    )
    streamed = "".join(c.choices[0].delta.content or "" for c in chunks if c.choices)
    assert streamed == "The number is 900101-1****** ok"
    assert RRN not in json.dumps([c.model_dump() for c in chunks])


# -- two gateway processes sharing a Redis vault, and logs/metrics free of raw values -------------


def _serve(config: Path, env: dict[str, str]) -> tuple[subprocess.Popen[str], int]:
    return serve_process(config, env, "--log-level", "debug")


def test_redis_vault_across_two_processes_and_no_raw_pii_in_logs(
    tmp_path: Path, upstream: FakeUpstream
) -> None:
    prefix = f"sg:test:{uuid.uuid4().hex}:"
    config = write_config(
        tmp_path,
        CONFIG.format(
            echo=upstream.url("echo,tag=pii2"),
            tools=upstream.url("tool_call,echo,tag=pii2"),
            policy=_policy(tmp_path),
            extra="server: {access_log: true}\npii:\n"
            f"  vault: {{backend: redis, url: 'redis://127.0.0.1:6379/0', "
            f"prefix: '{prefix}', ttl_s: 60}}\n",
        ),
    )
    env = {
        **os.environ,
        "SAFETY_GATEWAY_KEYS": "sk-replica=team",
        "SAFETY_GATEWAY_VAULT_KEY": "test-vault-passphrase",
        "SAFETY_GATEWAY_PII_SALT": "test-salt",
    }
    a, port_a = _serve(config, env)
    b, port_b = _serve(config, env)
    try:
        ca = OpenAI(base_url=f"http://127.0.0.1:{port_a}/v1", api_key="sk-replica", max_retries=0)
        cb = OpenAI(base_url=f"http://127.0.0.1:{port_b}/v1", api_key="sk-replica", max_retries=0)
        conv = {"x-conversation-id": f"replicas-{uuid.uuid4()}"}
        first = ca.chat.completions.create(
            model="echo",
            extra_headers=conv,
            messages=[{"role": "user", "content": f"주민번호 {RRN}, 전화 {PHONE}"}],
        )
        assert first.choices[0].message.content == f"주민번호 {RRN}, 전화 {PHONE}"
        # Replica B restores a placeholder that replica A created.
        second = cb.chat.completions.create(
            model="echo",
            extra_headers=conv,
            messages=[{"role": "user", "content": "확인: <KR_RRN_1> / <KR_PHONE_1>"}],
        )
        assert second.choices[0].message.content == f"확인: {RRN} / {PHONE}"
        metrics = httpx.get(
            f"http://127.0.0.1:{port_a}/metrics", headers={"authorization": "Bearer sk-replica"}
        ).text
    finally:
        logs = []
        for proc in (a, b):
            proc.send_signal(signal.SIGINT)
            out, err = proc.communicate(timeout=30)
            logs.append(out + err)
    combined = "\n".join(logs) + metrics
    assert '"event": "request"' in combined or '"event":"request"' in combined  # the access log was on
    for raw in (RRN, PHONE, "1234568", "1234-5678"):
        assert raw not in combined
    import redis

    r = redis.Redis.from_url("redis://127.0.0.1:6379/0")
    try:
        stored = b"".join(r.dump(k) or b"" for k in r.scan_iter(f"{prefix}*"))
        assert stored and RRN.encode() not in stored and PHONE.encode() not in stored
        for k in r.scan_iter(f"{prefix}*"):
            r.delete(k)
    finally:
        r.close()


def test_an_rrn_split_between_two_messages_is_pseudonymized_in_both(
    client: OpenAI, upstream: FakeUpstream
) -> None:
    # Each half alone is no RRN; the runner reads the join of consecutive messages (policies/runner.py).
    first, second = "제 주민번호는 900101-", "1234568 입니다"
    resp = client.chat.completions.create(
        model="echo",
        messages=[{"role": "user", "content": first}, {"role": "user", "content": second}],
    )
    body = upstream.state.requests[-1]["body"]
    sent = [m["content"] for m in body["messages"]]
    assert "900101" not in sent[0] and "1234568" not in sent[1], sent
    assert sent[0].startswith("제 주민번호는 <KR_RRN_") and sent[1].startswith("<KR_RRN_"), sent
    assert resp.choices[0].message.content == second  # the echoed half comes back as written
