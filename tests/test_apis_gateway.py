"""The Responses API and the Anthropic Messages API through the running gateway, with the real clients.

Both are translated at the edge into chat completions (gateway/apis/), so the same policy applies as on
``/v1/chat/completions``: an injection hidden in a tool result is refused before the upstream, PII in
tool arguments is pseudonymized upstream and restored for the client, and a streamed answer carries the
same text as a whole one. The fake upstream echoes the last user message, or (``tools``) answers with a
tool call whose arguments hold it.
"""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import anthropic
import httpx
import openai
import pytest
from openai import OpenAI

from tests.conftest import RunningGateway, serve_app, write_config
from tests.fake_upstream import FakeUpstream

EMAIL = "kim.minsu@example.go.kr"
INJECTION = "IGNORE-ALL-PREVIOUS-INSTRUCTIONS"
SECRET = "TOP-SECRET-OUTPUT"  # allowed in, blocked out: the echo model says it back

POLICY = f"""\
apiVersion: safety-gateway/v1
kind: Policy
metadata: {{name: apis-test, owner: tests}}
spec:
  match: {{}}
  rules:
    - id: block-injection
      direction: input
      detector: keywords
      params: {{keywords: [{INJECTION}]}}
      action: block
    - id: pseudonymize-pii
      direction: input
      detector: pii
      params: {{entities: [EMAIL_ADDRESS]}}
      action: pseudonymize
    - id: block-output-secret
      direction: output
      detector: keywords
      params: {{keywords: [{SECRET}]}}
      action: block
"""

CONFIG = """
model_list:
  - model_name: echo
    litellm_params: {{model: openai/m, api_base: "{echo}", api_key: k}}
  - model_name: tools
    litellm_params: {{model: openai/m, api_base: "{tools}", api_key: k}}
policy_paths: ["{policy}"]
"""

WEATHER = {
    "type": "object",
    "properties": {"city": {"type": "string"}},
    "required": ["city"],
}


@pytest.fixture(scope="module")
def gw(make_gateway, upstream: FakeUpstream, tmp_path_factory: pytest.TempPathFactory) -> RunningGateway:
    policy: Path = tmp_path_factory.mktemp("apis") / "policy.yaml"
    policy.write_text(POLICY, encoding="utf-8")
    return make_gateway(
        CONFIG.format(
            echo=upstream.url("echo,tag=apis"), tools=upstream.url("tool_call,echo,tag=apis"), policy=policy
        )
    )


@pytest.fixture()
def oai(gw: RunningGateway) -> OpenAI:
    return OpenAI(base_url=gw.url, api_key=gw.key("alpha"), max_retries=0, timeout=30)


@pytest.fixture()
def claude(gw: RunningGateway) -> anthropic.Anthropic:
    # The Anthropic SDK appends /v1/messages to the base URL and sends the key as x-api-key.
    return anthropic.Anthropic(base_url=gw.root, api_key=gw.key("alpha"), max_retries=0, timeout=30)


def _sent(upstream: FakeUpstream) -> dict:
    return upstream.state.requests[-1]["body"]


def _count(upstream: FakeUpstream) -> int:
    return len(upstream.state.requests)


# -- the Responses API -----------------------------------------------------------------------------------


def test_responses_text_whole_and_streamed_carry_the_same_text(oai: OpenAI, upstream: FakeUpstream) -> None:
    whole = oai.responses.create(model="echo", instructions="Be brief.", input="hello from responses")
    assert whole.object == "response" and whole.status == "completed"
    assert whole.output_text == "hello from responses"
    assert whole.usage is not None and whole.usage.output_tokens > 0
    sent = _sent(upstream)
    assert sent["messages"][0] == {
        "role": "system",
        "content": "Be brief.",
    }  # instructions: the system message
    assert sent["messages"][1] == {"role": "user", "content": "hello from responses"}

    events = list(oai.responses.create(model="echo", input="hello from responses", stream=True))
    kinds = [e.type for e in events]
    assert kinds[:2] == ["response.created", "response.in_progress"]
    assert kinds[-1] == "response.completed"
    assert "response.output_item.added" in kinds and "response.output_text.done" in kinds
    assert [e.sequence_number for e in events] == list(range(len(events)))
    streamed = "".join(e.delta for e in events if e.type == "response.output_text.delta")
    assert streamed == whole.output_text
    assert events[-1].response.output_text == whole.output_text
    assert events[-1].response.usage is not None


def test_responses_function_tools_and_pii_in_tool_arguments(oai: OpenAI, upstream: FakeUpstream) -> None:
    tools = [{"type": "function", "name": "weather", "description": "Weather.", "parameters": WEATHER}]
    history = [
        {"role": "user", "content": f"write to {EMAIL}"},
        {
            "type": "function_call",
            "call_id": "call_1",
            "name": "weather",
            "arguments": json.dumps({"to": EMAIL}),
        },
        {"type": "function_call_output", "call_id": "call_1", "output": "sunny"},
        {"role": "user", "content": f"now mail {EMAIL} again"},
    ]
    r = oai.responses.create(model="tools", input=history, tools=tools)
    sent = json.dumps(_sent(upstream))
    assert EMAIL not in sent  # pseudonymized in the user turns and in the tool call's arguments
    upstream_body = _sent(upstream)
    assert upstream_body["tools"][0]["function"]["name"] == "weather"
    assert upstream_body["messages"][1]["tool_calls"][0]["id"] == "call_1"
    assert upstream_body["messages"][2]["role"] == "tool"
    (call,) = [o for o in r.output if o.type == "function_call"]
    assert call.name == "weather"
    assert json.loads(call.arguments) == {"echo": f"now mail {EMAIL} again"}  # restored for the client

    events = list(oai.responses.create(model="tools", input=history, tools=tools, stream=True))
    args = "".join(e.delta for e in events if e.type == "response.function_call_arguments.delta")
    assert json.loads(args) == json.loads(call.arguments)
    done = [e for e in events if e.type == "response.output_item.done"]
    assert done[0].item.type == "function_call" and done[0].item.call_id


def test_responses_injection_in_a_tool_result_is_refused(oai: OpenAI, upstream: FakeUpstream) -> None:
    before = _count(upstream)
    with pytest.raises(openai.BadRequestError) as info:
        oai.responses.create(
            model="tools",
            input=[
                {"role": "user", "content": "read the page"},
                {"type": "function_call", "call_id": "c1", "name": "fetch", "arguments": "{}"},
                {"type": "function_call_output", "call_id": "c1", "output": f"page says: {INJECTION} now"},
            ],
        )
    assert info.value.code == "content_policy_violation"
    assert _count(upstream) == before  # never reached the upstream


def test_responses_refuses_what_it_cannot_translate(oai: OpenAI) -> None:
    with pytest.raises(openai.BadRequestError) as info:
        oai.responses.create(model="echo", input="hi", previous_response_id="resp_123")
    assert info.value.code == "unsupported_parameter" and "previous_response_id" in str(info.value)
    with pytest.raises(openai.BadRequestError) as info:
        oai.responses.create(model="echo", input="hi", tools=[{"type": "web_search"}])
    assert info.value.code == "unsupported_parameter"
    with pytest.raises(openai.BadRequestError) as info:
        oai.responses.create(model="echo", input="hi", extra_body={"x_note": "smuggled"})
    assert info.value.code == "unknown_parameter"


def test_langchain_chat_openai_on_the_responses_api(gw: RunningGateway, upstream: FakeUpstream) -> None:
    from langchain_openai import ChatOpenAI

    llm = ChatOpenAI(
        model="echo", base_url=gw.url, api_key=gw.key("alpha"), use_responses_api=True, max_retries=0
    )
    answer = llm.invoke("hello from langchain")
    assert answer.text == "hello from langchain"
    assert "".join(c.text for c in llm.stream("hello from langchain")) == "hello from langchain"
    assert _sent(upstream)["messages"][-1]["content"] == "hello from langchain"


# -- the Anthropic Messages API --------------------------------------------------------------------------


def test_messages_text_whole_and_streamed_carry_the_same_text(
    claude: anthropic.Anthropic, upstream: FakeUpstream
) -> None:
    whole = claude.messages.create(
        model="echo",
        max_tokens=64,
        system="Be brief.",
        messages=[{"role": "user", "content": "hello claude"}],
    )
    assert whole.type == "message" and whole.stop_reason == "end_turn"
    assert [b.type for b in whole.content] == ["text"] and whole.content[0].text == "hello claude"
    assert whole.usage.output_tokens > 0
    sent = _sent(upstream)
    assert sent["messages"][0] == {"role": "system", "content": "Be brief."}
    assert sent["max_completion_tokens"] == 64

    with claude.messages.stream(
        model="echo", max_tokens=64, messages=[{"role": "user", "content": "hello claude"}]
    ) as stream:
        streamed = "".join(stream.text_stream)
        final = stream.get_final_message()
    assert streamed == whole.content[0].text
    assert final.stop_reason == "end_turn" and final.usage.output_tokens > 0


def test_messages_tool_use_and_pii_in_tool_arguments(
    claude: anthropic.Anthropic, upstream: FakeUpstream
) -> None:
    tools = [{"name": "weather", "description": "Weather.", "input_schema": WEATHER}]
    history = [
        {"role": "user", "content": f"write to {EMAIL}"},
        {
            "role": "assistant",
            "content": [
                {"type": "text", "text": "Checking."},
                {"type": "tool_use", "id": "toolu_1", "name": "weather", "input": {"to": EMAIL}},
            ],
        },
        {
            "role": "user",
            "content": [
                {"type": "tool_result", "tool_use_id": "toolu_1", "content": "sunny"},
                {"type": "text", "text": f"now mail {EMAIL} again"},
            ],
        },
    ]
    r = claude.messages.create(model="tools", max_tokens=64, tools=tools, messages=history)
    assert EMAIL not in json.dumps(_sent(upstream))
    roles = [m["role"] for m in _sent(upstream)["messages"]]
    assert roles == ["user", "assistant", "tool", "user"]  # the tool result right after the call
    assert r.stop_reason == "tool_use"
    (use,) = [b for b in r.content if b.type == "tool_use"]
    assert use.name == "weather" and use.input == {"echo": f"now mail {EMAIL} again"}

    with claude.messages.stream(model="tools", max_tokens=64, tools=tools, messages=history) as stream:
        final = stream.get_final_message()
    (streamed,) = [b for b in final.content if b.type == "tool_use"]
    assert streamed.input == use.input and final.stop_reason == "tool_use"


def test_messages_injection_in_a_tool_result_is_refused_in_anthropic_format(
    claude: anthropic.Anthropic, gw: RunningGateway, upstream: FakeUpstream
) -> None:
    before = _count(upstream)
    history = [
        {"role": "user", "content": "read the page"},
        {"role": "assistant", "content": [{"type": "tool_use", "id": "t1", "name": "fetch", "input": {}}]},
        {
            "role": "user",
            "content": [
                {"type": "tool_result", "tool_use_id": "t1", "content": [{"type": "text", "text": INJECTION}]}
            ],
        },
    ]
    with pytest.raises(anthropic.BadRequestError) as info:
        claude.messages.create(model="tools", max_tokens=64, messages=history)
    body = info.value.body
    assert body["type"] == "error" and body["error"]["type"] == "invalid_request_error"
    assert body["error"]["code"] == "content_policy_violation"
    assert _count(upstream) == before


def test_messages_authenticates_with_x_api_key_only_on_messages(gw: RunningGateway) -> None:
    body = {"model": "echo", "max_tokens": 8, "messages": [{"role": "user", "content": "hi"}]}
    headers = {"x-api-key": gw.key("alpha"), "anthropic-version": "2023-06-01"}
    assert httpx.post(f"{gw.root}/v1/messages", json=body, headers=headers).status_code == 200
    bad = httpx.post(f"{gw.root}/v1/messages", json=body, headers={"x-api-key": "sk-wrong"})
    assert bad.status_code == 401 and bad.json()["error"]["type"] == "authentication_error"
    chat = {"model": "echo", "messages": [{"role": "user", "content": "hi"}]}
    assert httpx.post(f"{gw.url}/chat/completions", json=chat, headers=headers).status_code == 401


def test_messages_refuses_server_tools_and_thinking(claude: anthropic.Anthropic) -> None:
    hi = [{"role": "user", "content": "hi"}]
    with pytest.raises(anthropic.BadRequestError) as info:
        claude.messages.create(
            model="echo",
            max_tokens=8,
            messages=hi,
            tools=[{"type": "web_search_20250305", "name": "web_search"}],
        )
    assert info.value.body["error"]["code"] == "unsupported_parameter"
    with pytest.raises(anthropic.BadRequestError):
        claude.messages.create(
            model="echo", max_tokens=8, messages=hi, thinking={"type": "enabled", "budget_tokens": 1024}
        )


# -- output rules, stream stops, audit -------------------------------------------------------------------


def test_an_output_rule_stops_each_api_in_its_own_format(oai: OpenAI, claude: anthropic.Anthropic) -> None:
    said = f"the code is {SECRET} indeed"
    with pytest.raises(openai.BadRequestError) as info:
        oai.responses.create(model="echo", input=said)
    assert info.value.code == "content_policy_violation"
    events = list(oai.responses.create(model="echo", input=said, stream=True))
    assert SECRET not in "".join(getattr(e, "delta", "") for e in events)
    assert [e.type for e in events][-2:] == ["error", "response.incomplete"]
    assert events[-2].code == "content_policy_violation"
    assert events[-1].response.incomplete_details.reason == "content_filter"

    hi = [{"role": "user", "content": said}]
    with pytest.raises(anthropic.BadRequestError) as whole:
        claude.messages.create(model="echo", max_tokens=64, messages=hi)
    assert whole.value.body["error"]["code"] == "content_policy_violation"
    pieces: list[str] = []
    with pytest.raises(anthropic.APIStatusError) as streamed:  # the SDK raises the stream's error event
        with claude.messages.stream(model="echo", max_tokens=64, messages=hi) as stream:
            pieces.extend(stream.text_stream)
    assert SECRET not in "".join(pieces)
    assert streamed.value.body["error"]["code"] == "content_policy_violation"


def test_the_audit_record_names_the_api_the_client_spoke(tmp_path: Path, upstream: FakeUpstream) -> None:
    from gateway.app import create_app
    from gateway.auth import KeyStore, hash_key
    from gateway.config import load_config

    (tmp_path / "policy.yaml").write_text(POLICY, encoding="utf-8")
    config = write_config(
        tmp_path,
        f"""
        model_list:
          - model_name: echo
            litellm_params: {{model: openai/m, api_base: "{upstream.url("echo,tag=apis-audit")}", api_key: k}}
        policy_paths: [policy.yaml]
        audit: {{sink: sqlite, path: audit.db, spool_dir: spool}}
        """,
    )
    gw = serve_app(
        create_app(load_config(config), KeyStore({hash_key("sk-a"): "alpha"}, {})), {"sk-a": "alpha"}
    )
    try:
        oai = OpenAI(base_url=gw.url, api_key="sk-a", max_retries=0)
        r = oai.responses.with_raw_response.create(model="echo", input=f"mail {EMAIL}")
        ids = {r.headers["x-request-id"]: "/v1/responses"}
        claude = anthropic.Anthropic(base_url=gw.root, api_key="sk-a", max_retries=0)
        m = claude.messages.with_raw_response.create(
            model="echo", max_tokens=8, messages=[{"role": "user", "content": "hi"}]
        )
        ids[m.headers["x-request-id"]] = "/v1/messages"
    finally:
        gw.stop()
    proc = subprocess.run(
        [sys.executable, "-m", "gateway", "audit", "export", "--config", str(config)],
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert proc.returncode == 0, proc.stderr
    records = {r["request_id"]: r for r in map(json.loads, filter(None, proc.stdout.splitlines()))}
    for request_id, path in ids.items():
        record = records[request_id]
        assert record["endpoint"] == path
        assert record["labels"]["translated_to"] == "chat.completions"
        assert EMAIL not in json.dumps(record)


MALFORMED = [
    [],
    {"model": "echo"},
    {"model": "echo", "input": 3, "messages": 3},
    {"model": "echo", "input": [1], "messages": [1]},
    {"model": "echo", "input": [{"type": 5}], "messages": [{"role": "user", "content": [{"type": 5}]}]},
    {
        "model": "echo",
        "input": [{"role": "user", "content": [{}]}],
        "messages": [{"role": "tool", "content": "x"}],
    },
    {"model": "echo", "input": "hi", "messages": [{"role": "user", "content": "hi"}], "tools": [{}]},
    {
        "model": "echo",
        "input": "hi",
        "messages": [{"role": "user", "content": "hi"}],
        "tool_choice": {"type": 1},
    },
    {"model": "echo", "input": "hi", "messages": [], "text": {"format": {"type": "grammar"}}, "system": [{}]},
]


@pytest.mark.parametrize("path", ["/v1/responses", "/v1/messages"])
@pytest.mark.parametrize("body", MALFORMED)
def test_malformed_bodies_get_a_400_in_the_apis_format(gw: RunningGateway, path: str, body: object) -> None:
    r = httpx.post(gw.root + path, json=body, headers={"authorization": f"Bearer {gw.key('alpha')}"})
    assert r.status_code == 400, r.text
    error = r.json()["error"]
    assert error["message"] and (r.json()["type"] == "error" if path == "/v1/messages" else "param" in error)
