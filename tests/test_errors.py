"""Every error a client can meet, in OpenAI's format, with the right status; retries and fallbacks.

The fake upstream misbehaves on request (5xx, 429, slow, reset, cut streams). Each case runs on
the fast path and through litellm's Router.
"""

from __future__ import annotations

import httpx
import openai
import pytest
from openai import OpenAI

from tests.conftest import RunningGateway
from tests.fake_upstream import FakeUpstream

CONFIG = """
server: {{max_body_bytes: 2048}}
model_list:
  - model_name: ok
    litellm_params: {{model: openai/m, api_base: "{ok}", api_key: k}}
  - model_name: down
    litellm_params: {{model: openai/m, api_base: "{down}", api_key: k}}
  - model_name: limited
    litellm_params: {{model: openai/m, api_base: "{limited}", api_key: k}}
  - model_name: slow
    litellm_params: {{model: openai/m, api_base: "{slow}", api_key: k, timeout: 0.5, stream_timeout: 0.5}}
  - model_name: reset
    litellm_params: {{model: openai/m, api_base: "{reset}", api_key: k}}
  - model_name: cut
    litellm_params: {{model: openai/m, api_base: "{cut}", api_key: k}}
  - model_name: flaky
    litellm_params: {{model: openai/m, api_base: "{flaky}", api_key: k}}
  - model_name: primary
    litellm_params: {{model: openai/m, api_base: "{primary_down}", api_key: k}}
  - model_name: backup
    litellm_params: {{model: openai/m, api_base: "{backup}", api_key: k}}
  - model_name: pair
    litellm_params: {{model: openai/m, api_base: "{pair_down}", api_key: k}}
    model_info: {{id: pair-a}}
  - model_name: pair
    litellm_params: {{model: openai/m, api_base: "{pair_ok}", api_key: k}}
    model_info: {{id: pair-b}}
  - model_name: badreq
    litellm_params: {{model: openai/m, api_base: "{badreq}", api_key: k}}
router_settings:
  fast_path: {fast}
  num_retries: 2
  cooldown_time: 0
  fallbacks:
    - primary: [backup]
"""


@pytest.fixture(scope="module", params=["fast", "litellm"])
def gw(request: pytest.FixtureRequest, make_gateway, upstream: FakeUpstream) -> RunningGateway:
    tag = request.param
    u = upstream.url
    return make_gateway(
        CONFIG.format(
            ok=u(),
            down=u(f"status=503,tag={tag}down"),
            limited=u(f"status=429,retry_after=17,tag={tag}"),
            slow=u(f"delay=3000,tag={tag}"),
            reset=u(f"reset,tag={tag}"),
            cut=u(f"stream_cut=3,tag={tag}"),
            flaky=u(f"fail_first=2,status=500,tag={tag}flaky"),
            primary_down=u(f"status=500,tag={tag}primary"),
            backup=u(f"echo,tag={tag}backup"),
            pair_down=u(f"status=502,tag={tag}paira"),
            pair_ok=u(f"echo,tag={tag}pairb"),
            badreq=u(f"status=400,tag={tag}"),
            fast="true" if tag == "fast" else "false",
        )
    )


@pytest.fixture()
def client(gw: RunningGateway) -> OpenAI:
    return OpenAI(base_url=gw.url, api_key=gw.key("alpha"), max_retries=0, timeout=30)


MSG = [{"role": "user", "content": "hi"}]


def _assert_openai_error(body: object, status_type: str) -> None:
    assert isinstance(body, dict) and set(body) >= {"message", "type", "param", "code"}
    assert body["type"] == status_type and body["message"]


@pytest.mark.parametrize("auth", [None, "Bearer sk-wrong", "Basic abc", "Bearer"])
def test_401_missing_or_unknown_key(gw: RunningGateway, auth: str | None) -> None:
    headers = {"authorization": auth} if auth is not None else {}
    for method, path in [
        ("POST", "/chat/completions"),
        ("POST", "/completions"),
        ("POST", "/embeddings"),
        ("GET", "/models"),
    ]:
        r = httpx.request(method, gw.url + path, headers=headers, json={"model": "ok", "messages": MSG})
        assert r.status_code == 401, (path, r.text)
        _assert_openai_error(r.json()["error"], "authentication_error")


def test_401_before_body_is_read(gw: RunningGateway) -> None:
    # An unauthenticated client learns nothing about body limits or validation.
    r = httpx.post(gw.url + "/chat/completions", content=b"x" * 10000)
    assert r.status_code == 401


def test_404_unknown_model(client: OpenAI) -> None:
    with pytest.raises(openai.NotFoundError) as info:
        client.chat.completions.create(model="gpt-nonexistent", messages=MSG)
    assert info.value.body["code"] == "model_not_found" and info.value.body["param"] == "model"


def test_404_unknown_path_is_openai_format(gw: RunningGateway) -> None:
    r = httpx.get(gw.url + "/nope")
    assert r.status_code == 404
    _assert_openai_error(r.json()["error"], "invalid_request_error")


@pytest.mark.parametrize(
    "body,param",
    [
        ({"messages": MSG}, "model"),
        ({"model": "ok"}, "messages"),
        ({"model": "ok", "messages": []}, "messages"),
        ({"model": "ok", "messages": [{"role": "wizard", "content": "x"}]}, "messages.0.role"),
        ({"model": "ok", "messages": MSG, "temperature": 7}, "temperature"),
        ({"model": "ok", "messages": MSG, "n": 0}, "n"),
        ({"model": "ok", "messages": MSG, "stream": "yes"}, "stream"),
        ({"model": "ok", "messages": MSG, "tools": [{"type": "function"}]}, "tools.0.function"),
    ],
)
def test_400_names_the_field(gw: RunningGateway, body: dict, param: str) -> None:
    r = httpx.post(
        gw.url + "/chat/completions", json=body, headers={"authorization": f"Bearer {gw.key('alpha')}"}
    )
    assert r.status_code == 400, r.text
    err = r.json()["error"]
    _assert_openai_error(err, "invalid_request_error")
    assert err["param"] == param, err


@pytest.mark.parametrize(
    "raw", [b"{not json", b'{"model": "ok", "messages": [', b"\xff\xfe\x00", b"[1, 2]", b""]
)
def test_400_invalid_json(gw: RunningGateway, raw: bytes) -> None:
    r = httpx.post(
        gw.url + "/chat/completions",
        content=raw,
        headers={"authorization": f"Bearer {gw.key('alpha')}", "content-type": "application/json"},
    )
    assert r.status_code == 400
    _assert_openai_error(r.json()["error"], "invalid_request_error")


def test_413_body_limit(gw: RunningGateway) -> None:
    big = {"model": "ok", "messages": [{"role": "user", "content": "x" * 5000}]}
    r = httpx.post(
        gw.url + "/chat/completions", json=big, headers={"authorization": f"Bearer {gw.key('alpha')}"}
    )
    assert r.status_code == 413
    assert r.json()["error"]["code"] == "request_too_large"

    # Chunked upload without Content-Length is counted as it arrives.
    def gen():
        yield b'{"model": "ok", "messages": [{"role": "user", "content": "'
        for _ in range(10):
            yield b"y" * 500
        yield b'"}]}'

    r = httpx.post(
        gw.url + "/chat/completions",
        content=gen(),
        headers={"authorization": f"Bearer {gw.key('alpha')}", "content-type": "application/json"},
    )
    assert r.status_code == 413


def test_429_keeps_retry_after(client: OpenAI) -> None:
    with pytest.raises(openai.RateLimitError) as info:
        client.chat.completions.create(model="limited", messages=MSG)
    assert info.value.response.headers["retry-after"] == "17"
    assert info.value.body["type"] == "rate_limit_error"


def test_502_after_retries(client: OpenAI, upstream: FakeUpstream, gw: RunningGateway) -> None:
    tag = [k for k in upstream.state.counts if "down" in k and "status=503" in k]
    before = sum(upstream.state.counts[k] for k in tag)
    with pytest.raises(openai.InternalServerError) as info:
        client.chat.completions.create(model="down", messages=MSG)
    assert info.value.status_code == 502
    assert info.value.body["code"] == "upstream_error"
    after = sum(upstream.state.counts[k] for k in upstream.state.counts if "down" in k and "status=503" in k)
    assert after - before == 3  # the first attempt and num_retries=2 retries


def test_504_on_timeout(client: OpenAI) -> None:
    with pytest.raises(openai.APIStatusError) as info:
        client.chat.completions.create(model="slow", messages=MSG)
    assert info.value.status_code == 504
    assert info.value.body["code"] == "upstream_timeout"


def test_504_on_stream_timeout(client: OpenAI) -> None:
    with pytest.raises(openai.APIStatusError) as info:
        list(client.chat.completions.create(model="slow", messages=MSG, stream=True))
    assert info.value.status_code == 504


def test_502_on_connection_reset(client: OpenAI) -> None:
    with pytest.raises(openai.InternalServerError) as info:
        client.chat.completions.create(model="reset", messages=MSG)
    assert info.value.status_code == 502


def test_400_from_upstream_is_not_retried(client: OpenAI, upstream: FakeUpstream) -> None:
    keys = [k for k in upstream.state.counts if k.startswith("status=400")]
    before = sum(upstream.state.counts[k] for k in keys)
    with pytest.raises(openai.BadRequestError):
        client.chat.completions.create(model="badreq", messages=MSG)
    after = sum(upstream.state.counts[k] for k in upstream.state.counts if k.startswith("status=400"))
    assert after - before == 1


def test_cut_stream_surfaces_as_sdk_error(client: OpenAI) -> None:
    received: list[str] = []
    with pytest.raises(openai.APIError) as info:
        for chunk in client.chat.completions.create(model="cut", messages=MSG, stream=True):
            if chunk.choices:
                received.append(chunk.choices[0].delta.content or "")
    assert "broke off" in str(info.value.message)
    assert received  # the chunks before the cut were delivered


def test_retry_recovers_from_transient_failures(client: OpenAI) -> None:
    resp = client.chat.completions.create(model="flaky", messages=MSG)
    assert resp.choices[0].message.content


def test_fallback_to_other_alias(client: OpenAI) -> None:
    resp = client.chat.completions.create(
        model="primary", messages=[{"role": "user", "content": "via backup"}]
    )
    assert resp.choices[0].message.content == "via backup"  # answered by the backup's echo upstream
    assert resp.model == "primary"
    stream = client.chat.completions.create(
        model="primary", stream=True, messages=[{"role": "user", "content": "stream via backup"}]
    )
    assert "".join(c.choices[0].delta.content or "" for c in stream if c.choices) == "stream via backup"


def test_second_deployment_of_same_alias(client: OpenAI) -> None:
    for _ in range(4):  # whichever deployment round-robin starts on, the answer comes from pair-b
        resp = client.chat.completions.create(model="pair", messages=[{"role": "user", "content": "pair"}])
        assert resp.choices[0].message.content == "pair"


def test_no_500_with_stack_traces(gw: RunningGateway) -> None:
    weird = [
        b'{"model": {"a": 1}, "messages": "x"}',
        b'{"model": "ok", "messages": [null]}',
        b'{"model": "ok", "messages": [{"role": "user", "content": [{"no": "type"}]}]}',
        b"null",
        b'"str"',
    ]
    for raw in weird:
        r = httpx.post(
            gw.url + "/chat/completions",
            content=raw,
            headers={"authorization": f"Bearer {gw.key('alpha')}", "content-type": "application/json"},
        )
        assert r.status_code == 400, (raw, r.status_code, r.text)
        assert "Traceback" not in r.text
