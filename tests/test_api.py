"""The OpenAI-compatible API through the real openai SDK, against the app served by uvicorn.

Every test runs twice: once with the fast path (direct OpenAI-compatible calls) and once with
``fast_path: false`` (every call through litellm's Router), since both must behave the same.
"""

from __future__ import annotations

import json

import httpx
import openai
import pytest
from openai import AsyncOpenAI, OpenAI

from tests.conftest import RunningGateway
from tests.fake_upstream import FakeUpstream

CONFIG = """
model_list:
  - model_name: fake
    litellm_params: {{model: openai/fake-model, api_base: "{normal}", api_key: sk-upstream}}
    model_info: {{zone: external, license: proprietary}}
  - model_name: echo
    litellm_params: {{model: openai/fake-model, api_base: "{echo}", api_key: sk-upstream}}
  - model_name: tools
    litellm_params: {{model: openai/fake-model, api_base: "{tools}", api_key: sk-upstream}}
  - model_name: internal-only
    litellm_params: {{model: openai/fake-model, api_base: "{normal}", api_key: sk-upstream}}
    model_info: {{zone: internal}}
router_settings: {{fast_path: {fast}}}
tenants:
  alpha: {{models: ["*"]}}
  beta: {{models: ["fake", "echo"]}}
metrics_tenants: [alpha]
"""


@pytest.fixture(scope="module", params=["fast", "litellm"])
def gw(request: pytest.FixtureRequest, make_gateway, upstream: FakeUpstream) -> RunningGateway:
    return make_gateway(
        CONFIG.format(
            normal=upstream.url(),
            echo=upstream.url("echo"),
            tools=upstream.url("tool_call,echo"),
            fast="true" if request.param == "fast" else "false",
        )
    )


@pytest.fixture()
def client(gw: RunningGateway) -> OpenAI:
    return OpenAI(base_url=gw.url, api_key=gw.key("alpha"), max_retries=0, timeout=30)


def test_chat_completion(client: OpenAI) -> None:
    resp = client.chat.completions.create(model="fake", messages=[{"role": "user", "content": "hello"}])
    assert resp.object == "chat.completion"
    assert resp.model == "fake"  # the alias the client asked for, not the upstream's name
    assert resp.choices[0].message.role == "assistant"
    assert resp.choices[0].message.content.startswith("Hello! This is the fake upstream")
    assert resp.choices[0].finish_reason == "stop"
    assert (
        resp.usage is not None
        and resp.usage.total_tokens == resp.usage.prompt_tokens + resp.usage.completion_tokens
    )


def test_request_reaches_upstream_unchanged(client: OpenAI, upstream: FakeUpstream) -> None:
    client.chat.completions.create(
        model="echo",
        messages=[{"role": "system", "content": "be brief"}, {"role": "user", "content": "ping 42"}],
        temperature=0.3,
        top_p=0.9,
        max_tokens=17,
        stop=["\n\n"],
        seed=7,
        user="u-1",
        response_format={"type": "json_object"},
    )
    seen = [r for r in upstream.state.requests if r["spec"] == "echo"][-1]
    body = seen["body"]
    assert body["model"] == "fake-model"  # the deployment's upstream model name
    assert body["messages"][-1] == {"role": "user", "content": "ping 42"}
    assert body["temperature"] == 0.3 and body["top_p"] == 0.9 and body["max_tokens"] == 17
    assert body["stop"] == ["\n\n"] and body["seed"] == 7
    assert body["response_format"] == {"type": "json_object"}
    # The upstream sees the deployment's key, never the client's gateway key.
    assert seen["authorization"] == "Bearer sk-upstream"


def test_echo_roundtrip_unicode(client: OpenAI) -> None:
    text = "대외비 문서 요약 부탁드립니다 — ünïcødé ✓"
    resp = client.chat.completions.create(model="echo", messages=[{"role": "user", "content": text}])
    assert resp.choices[0].message.content == text


def test_streaming_matches_non_streaming(client: OpenAI) -> None:
    whole = client.chat.completions.create(model="fake", messages=[{"role": "user", "content": "hi"}])
    chunks = list(
        client.chat.completions.create(
            model="fake", messages=[{"role": "user", "content": "hi"}], stream=True
        )
    )
    assert all(c.object == "chat.completion.chunk" and c.model == "fake" for c in chunks)
    text = "".join(c.choices[0].delta.content or "" for c in chunks if c.choices)
    assert text == whole.choices[0].message.content
    assert chunks[-1].choices[0].finish_reason == "stop"
    assert all(c.usage is None for c in chunks)  # no usage chunk unless asked for


def test_streaming_include_usage(client: OpenAI) -> None:
    chunks = list(
        client.chat.completions.create(
            model="fake",
            messages=[{"role": "user", "content": "hi"}],
            stream=True,
            stream_options={"include_usage": True},
        )
    )
    last = chunks[-1]
    assert last.choices == [] and last.usage is not None and last.usage.total_tokens > 0
    assert all(c.usage is None for c in chunks[:-1])


def test_raw_sse_format(gw: RunningGateway) -> None:
    """The exact wire format: data: lines, a blank line after each, and data: [DONE] last."""
    with httpx.stream(
        "POST",
        f"{gw.url}/chat/completions",
        timeout=30,
        headers={"authorization": f"Bearer {gw.key('alpha')}"},
        json={"model": "fake", "stream": True, "messages": [{"role": "user", "content": "hi"}]},
    ) as r:
        assert r.status_code == 200
        assert r.headers["content-type"].startswith("text/event-stream")
        raw = r.read().decode()
    events = [e for e in raw.split("\n\n") if e]
    assert all(e.startswith("data: ") for e in events)
    assert events[-1] == "data: [DONE]"
    first = json.loads(events[0][6:])
    assert first["choices"][0]["delta"]["role"] == "assistant"


def test_tools_and_tool_calls(client: OpenAI) -> None:
    tools = [
        {
            "type": "function",
            "function": {
                "name": "lookup",
                "description": "look up a record",
                "parameters": {"type": "object", "properties": {"echo": {"type": "string"}}},
            },
        }
    ]
    resp = client.chat.completions.create(
        model="tools", messages=[{"role": "user", "content": "find 7"}], tools=tools, tool_choice="auto"
    )
    call = resp.choices[0].message.tool_calls[0]
    assert resp.choices[0].finish_reason == "tool_calls"
    assert call.function.name == "lookup" and json.loads(call.function.arguments) == {"echo": "find 7"}

    # The same through a stream: argument fragments reassemble to the same JSON.
    chunks = list(
        client.chat.completions.create(
            model="tools", messages=[{"role": "user", "content": "find 7"}], tools=tools, stream=True
        )
    )
    args = "".join(
        tc.function.arguments or ""
        for c in chunks
        if c.choices
        for tc in (c.choices[0].delta.tool_calls or [])
    )
    assert json.loads(args) == {"echo": "find 7"}

    # A follow-up turn carrying the tool result is accepted and forwarded.
    follow = client.chat.completions.create(
        model="echo",
        tools=tools,
        messages=[
            {"role": "user", "content": "find 7"},
            {"role": "assistant", "content": None, "tool_calls": [call.model_dump()]},
            {"role": "tool", "tool_call_id": call.id, "content": "record 7 found"},
            {"role": "user", "content": "thanks"},
        ],
    )
    assert follow.choices[0].message.content == "thanks"


def test_n_choices(client: OpenAI) -> None:
    resp = client.chat.completions.create(model="fake", n=3, messages=[{"role": "user", "content": "hi"}])
    assert [c.index for c in resp.choices] == [0, 1, 2]


def test_completions_and_embeddings(client: OpenAI) -> None:
    comp = client.completions.create(model="echo", prompt="complete me")
    assert comp.choices[0].text == "complete me"
    emb = client.embeddings.create(model="fake", input=["one", "two"])
    assert [d.index for d in emb.data] == [0, 1] and len(emb.data[0].embedding) == 8
    assert emb.data[0].embedding != emb.data[1].embedding


def test_completions_streaming(client: OpenAI) -> None:
    chunks = list(
        client.completions.create(
            model="echo", prompt="stream this prompt", stream=True, stream_options={"include_usage": True}
        )
    )
    assert "".join(c.choices[0].text for c in chunks if c.choices) == "stream this prompt"
    assert chunks[-1].choices == [] and chunks[-1].usage.total_tokens > 0


async def test_async_client_concurrent(gw: RunningGateway) -> None:
    import asyncio

    client = AsyncOpenAI(base_url=gw.url, api_key=gw.key("alpha"), max_retries=0, timeout=30)
    texts = [f"message {i}" for i in range(20)]
    results = await asyncio.gather(
        *[
            client.chat.completions.create(model="echo", messages=[{"role": "user", "content": t}])
            for t in texts
        ]
    )
    assert [r.choices[0].message.content for r in results] == texts  # no cross-talk between requests
    stream = await client.chat.completions.create(
        model="echo", stream=True, messages=[{"role": "user", "content": "async stream"}]
    )
    assert "".join([c.choices[0].delta.content or "" async for c in stream if c.choices]) == "async stream"
    await client.close()


def test_models_lists_only_tenant_models(gw: RunningGateway) -> None:
    alpha = OpenAI(base_url=gw.url, api_key=gw.key("alpha"), max_retries=0)
    beta = OpenAI(base_url=gw.url, api_key=gw.key("beta"), max_retries=0)
    assert {m.id for m in alpha.models.list()} == {"fake", "echo", "tools", "internal-only"}
    assert {m.id for m in beta.models.list()} == {"fake", "echo"}


def test_tenant_model_allow_list(gw: RunningGateway) -> None:
    beta = OpenAI(base_url=gw.url, api_key=gw.key("beta"), max_retries=0)
    with pytest.raises(openai.PermissionDeniedError) as info:
        beta.chat.completions.create(model="internal-only", messages=[{"role": "user", "content": "hi"}])
    assert info.value.status_code == 403
    assert info.value.body["code"] == "model_not_allowed" and info.value.body["param"] == "model"


def test_request_id_and_overhead_headers(client: OpenAI) -> None:
    raw = client.chat.completions.with_raw_response.create(
        model="fake",
        messages=[{"role": "user", "content": "hi"}],
        extra_headers={"x-request-id": "trace-abc-123"},
    )
    # The id is always the gateway's own (unique in the audit log); the client's comes back apart.
    assert raw.headers["x-request-id"].startswith("req_")
    assert raw.headers["x-client-request-id"] == "trace-abc-123"
    overhead = float(raw.headers["x-gateway-overhead-ms"])
    assert 0 <= overhead < 1000
    generated = client.chat.completions.with_raw_response.create(
        model="fake", messages=[{"role": "user", "content": "hi"}]
    )
    assert generated.headers["x-request-id"].startswith("req_")
    assert "x-client-request-id" not in generated.headers
    assert generated.headers["x-request-id"] != raw.headers["x-request-id"]
    # A request id that could inject into logs or paths is not echoed at all.
    for unsafe in ("a b\tc", "../../../audit/export"):
        bad = client.chat.completions.with_raw_response.create(
            model="fake", messages=[{"role": "user", "content": "hi"}], extra_headers={"x-request-id": unsafe}
        )
        assert bad.headers["x-request-id"].startswith("req_")
        assert "x-client-request-id" not in bad.headers


def test_error_responses_carry_headers(gw: RunningGateway) -> None:
    r = httpx.post(f"{gw.url}/chat/completions", json={})
    assert r.status_code == 401
    assert r.headers["x-request-id"] and "x-gateway-overhead-ms" in r.headers


def test_health_ready_metrics(gw: RunningGateway, client: OpenAI) -> None:
    assert httpx.get(f"{gw.root}/healthz").json() == {"status": "ok"}
    assert httpx.get(f"{gw.root}/readyz").status_code == 200
    client.chat.completions.create(model="fake", messages=[{"role": "user", "content": "hi"}])
    assert httpx.get(f"{gw.root}/metrics").status_code == 401  # metrics need a key...
    # ...of a tenant allowed to see every tenant's volumes (metrics_tenants / admin_tenants).
    denied = httpx.get(f"{gw.root}/metrics", headers={"authorization": f"Bearer {gw.key('beta')}"})
    assert denied.status_code == 403 and denied.json()["error"]["code"] == "metrics_forbidden"
    text = httpx.get(f"{gw.root}/metrics", headers={"authorization": f"Bearer {gw.key('alpha')}"}).text
    assert (
        'safety_gateway_requests_total{decision="allow",endpoint="chat.completions",model="fake",status="200",'
        'tenant="alpha",zone="external"}'
    ) in text
    assert "safety_gateway_request_duration_seconds_bucket" in text
    assert "safety_gateway_overhead_seconds_count" in text
