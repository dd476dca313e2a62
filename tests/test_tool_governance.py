"""Tool governance (policies/tools.py, gateway/stages/tool_actions.py) through a running gateway, on
all three APIs, with the real clients: a denied tool is stripped before the upstream, a denied call
never reaches the client (stripped, or withheld for approval with ``tool_approval_required``), bad
arguments and too many calls are refused, and detectors scoped with ``tool_arguments`` read only
what an agent passes to a tool. Streamed and whole answers behave alike.

The fake upstream (``tool_calls_all``) answers with one call to every tool the request declares,
arguments ``{"echo": <last user message>}``: which calls the model makes is chosen by which tools the
test declares, and a tool the gateway stripped is one the model cannot call.
"""

from __future__ import annotations

import json
from collections.abc import Callable
from pathlib import Path
from typing import Any

import anthropic
import httpx
import openai
import pytest
from openai import OpenAI

from tests.conftest import RunningGateway
from tests.fake_upstream import FakeUpstream

FUNDS = "WIRE-ALL-FUNDS"

POLICY = f"""\
apiVersion: safety-gateway/v1
kind: Policy
metadata: {{name: agent-tools, owner: tests}}
spec:
  rules:
    - id: no-shell
      direction: both
      detector: tools
      params: {{deny: [run_shell]}}
      action: strip_tool
    - id: no-deleting
      direction: output
      detector: tools
      params: {{deny: ["delete_*"]}}
      action: strip_tool
    - id: transfers-need-approval
      direction: output
      detector: tools
      params: {{deny: [transfer_funds]}}
      action: require_approval
      message: a finance officer approves transfers
    - id: weather-arguments
      direction: output
      detector: tools
      params:
        schemas:
          get_weather: {{type: object, required: [city], additionalProperties: false,
                        properties: {{city: {{type: string, maxLength: 40}}}}}}
      action: block
    - id: at-most-three-calls
      direction: output
      detector: tools
      params: {{max_calls: 3}}
      action: block
    - id: funds-in-arguments
      direction: output
      detector: keywords
      params: {{keywords: [{FUNDS}], tool_arguments: ["*"]}}
      action: require_approval
"""

CONFIG = """
model_list:
  - model_name: agent
    litellm_params: {{model: openai/m, api_base: "{agent}", api_key: k}}
policy_paths: ["{policy}"]
"""


def _fn(name: str) -> dict[str, Any]:
    return {"type": "function", "function": {"name": name, "parameters": {"type": "object"}}}


@pytest.fixture(scope="module")
def gw(make_gateway, upstream: FakeUpstream, tmp_path_factory: pytest.TempPathFactory) -> RunningGateway:
    policy: Path = tmp_path_factory.mktemp("tools") / "policy.yaml"
    policy.write_text(POLICY, encoding="utf-8")
    return make_gateway(CONFIG.format(agent=upstream.url("tool_calls_all,echo,tag=tools"), policy=policy))


@pytest.fixture()
def oai(gw: RunningGateway) -> OpenAI:
    return OpenAI(base_url=gw.url, api_key=gw.key("alpha"), max_retries=0, timeout=30)


@pytest.fixture()
def claude(gw: RunningGateway) -> anthropic.Anthropic:
    return anthropic.Anthropic(base_url=gw.root, api_key=gw.key("alpha"), max_retries=0, timeout=30)


def _sent(upstream: FakeUpstream) -> dict[str, Any]:
    return upstream.state.requests[-1]["body"]


# -- one way to ask per API: (tool names, prompt, stream) -> names of the calls the client got ---------


def _chat(oai: OpenAI, names: list[str], prompt: str, stream: bool) -> list[str]:
    tools: Any = [_fn(n) for n in names]
    messages: Any = [{"role": "user", "content": prompt}]
    if not stream:
        r = oai.chat.completions.create(model="agent", messages=messages, tools=tools)
        calls = r.choices[0].message.tool_calls or []
        if not calls:
            assert r.choices[0].finish_reason == "stop"
        return [c.function.name for c in calls]  # type: ignore[union-attr]
    got: dict[int, str] = {}
    finish = None
    for chunk in oai.chat.completions.create(model="agent", messages=messages, tools=tools, stream=True):
        for choice in chunk.choices:
            finish = choice.finish_reason or finish
            for call in choice.delta.tool_calls or ():
                if call.function and call.function.name:
                    got[call.index] = call.function.name
    assert finish == ("tool_calls" if got else "stop")
    return list(got.values())


def _responses(oai: OpenAI, names: list[str], prompt: str, stream: bool) -> list[str]:
    tools: Any = [{"type": "function", "name": n, "parameters": {"type": "object"}} for n in names]
    if not stream:
        r = oai.responses.create(model="agent", input=prompt, tools=tools)
        return [o.name for o in r.output if o.type == "function_call"]
    events = list(oai.responses.create(model="agent", input=prompt, tools=tools, stream=True))
    failed = [e for e in events if e.type == "error"]
    if failed:
        raise _StreamError(failed[0].code or "", failed[0].message)
    done = [e.item for e in events if e.type == "response.output_item.done"]
    return [i.name for i in done if i.type == "function_call"]


def _messages(claude: anthropic.Anthropic, names: list[str], prompt: str, stream: bool) -> list[str]:
    tools: Any = [{"name": n, "input_schema": {"type": "object"}} for n in names]
    messages: Any = [{"role": "user", "content": prompt}]
    if not stream:
        r = claude.messages.create(model="agent", max_tokens=64, tools=tools, messages=messages)
    else:
        with claude.messages.stream(model="agent", max_tokens=64, tools=tools, messages=messages) as s:
            r = s.get_final_message()
    uses = [b.name for b in r.content if b.type == "tool_use"]
    assert r.stop_reason == ("tool_use" if uses else "end_turn")
    return uses


class _StreamError(Exception):
    def __init__(self, code: str, message: str) -> None:
        super().__init__(message)
        self.code = code


Ask = Callable[[list[str], str, bool], list[str]]
APIS = ["chat", "responses", "messages"]


@pytest.fixture(params=APIS)
def ask(request: pytest.FixtureRequest, oai: OpenAI, claude: anthropic.Anthropic) -> Ask:
    api = request.param
    if api == "chat":
        return lambda n, p, s: _chat(oai, n, p, s)
    if api == "responses":
        return lambda n, p, s: _responses(oai, n, p, s)
    return lambda n, p, s: _messages(claude, n, p, s)


def _refusal_code(exc: BaseException) -> str:
    if isinstance(exc, _StreamError):
        return exc.code
    body = getattr(exc, "body", None) or {}
    error = body.get("error", body) if isinstance(body, dict) else {}
    return str(error.get("code") or getattr(exc, "code", "") or "")


STREAM = [False, True]


@pytest.mark.parametrize("stream", STREAM, ids=["whole", "streamed"])
def test_allowed_calls_pass_untouched(ask: Ask, stream: bool) -> None:
    assert ask(["lookup", "get_time"], "what time is it", stream) == ["lookup", "get_time"]


@pytest.mark.parametrize("stream", STREAM, ids=["whole", "streamed"])
def test_a_denied_tool_is_stripped_before_the_upstream(
    ask: Ask, upstream: FakeUpstream, stream: bool
) -> None:
    assert ask(["run_shell", "lookup"], "list the files", stream) == ["lookup"]
    declared = [t["function"]["name"] for t in _sent(upstream)["tools"]]
    assert declared == ["lookup"]  # the model was never offered run_shell


@pytest.mark.parametrize("stream", STREAM, ids=["whole", "streamed"])
def test_the_only_tool_stripped_leaves_no_tool_fields_upstream(
    ask: Ask, upstream: FakeUpstream, stream: bool
) -> None:
    assert ask(["run_shell"], "list the files", stream) == []
    sent = _sent(upstream)
    assert "tools" not in sent and "tool_choice" not in sent and "parallel_tool_calls" not in sent


@pytest.mark.parametrize("stream", STREAM, ids=["whole", "streamed"])
def test_a_denied_call_never_reaches_the_client(ask: Ask, upstream: FakeUpstream, stream: bool) -> None:
    # delete_* is offered (input allows it) but a call to it is withheld from the answer
    assert ask(["delete_file", "lookup"], "tidy up", stream) == ["lookup"]
    assert [t["function"]["name"] for t in _sent(upstream)["tools"]] == ["delete_file", "lookup"]
    assert ask(["delete_file"], "tidy up", stream) == []


@pytest.mark.parametrize("stream", STREAM, ids=["whole", "streamed"])
def test_a_call_needing_approval_is_withheld_with_a_documented_refusal(ask: Ask, stream: bool) -> None:
    with pytest.raises(
        (
            openai.PermissionDeniedError,
            anthropic.PermissionDeniedError,
            _StreamError,
            openai.APIError,
            anthropic.APIError,
        )
    ) as info:
        ask(["transfer_funds", "lookup"], "pay the invoice", stream)
    assert _refusal_code(info.value) == "tool_approval_required"
    assert "transfer_funds" in str(info.value) and "finance officer" in str(info.value)


@pytest.mark.parametrize("stream", STREAM, ids=["whole", "streamed"])
def test_arguments_failing_their_schema_are_refused(ask: Ask, stream: bool) -> None:
    # the fake's arguments are {"echo": ...}: no city, an extra property
    with pytest.raises((openai.APIError, anthropic.APIError, _StreamError)) as info:
        ask(["get_weather"], "weather in Seoul", stream)
    assert _refusal_code(info.value) == "content_policy_violation"
    assert "weather-arguments" in str(info.value)


@pytest.mark.parametrize("stream", STREAM, ids=["whole", "streamed"])
def test_more_calls_than_the_cap_are_refused(ask: Ask, stream: bool) -> None:
    assert ask(["a", "b", "c"], "go", stream) == ["a", "b", "c"]
    with pytest.raises((openai.APIError, anthropic.APIError, _StreamError)) as info:
        ask(["a", "b", "c", "d"], "go", stream)
    assert "at-most-three-calls" in str(info.value)


@pytest.mark.parametrize("stream", STREAM, ids=["whole", "streamed"])
def test_a_detector_scoped_to_tool_arguments_reads_only_arguments(ask: Ask, stream: bool) -> None:
    with pytest.raises((openai.APIError, anthropic.APIError, _StreamError)) as info:
        ask(["lookup"], f"please {FUNDS} to account 42", stream)  # echoed into lookup's arguments
    assert _refusal_code(info.value) == "tool_approval_required"
    # the same words in plain text (no tool offered, so no call) are not an argument: allowed
    assert ask([], f"please {FUNDS} to account 42", stream) == []


def test_the_approval_refusal_names_the_calls_and_rules(gw: RunningGateway) -> None:
    body = {
        "model": "agent",
        "messages": [{"role": "user", "content": "pay"}],
        "tools": [_fn("transfer_funds"), _fn("lookup")],
    }
    r = httpx.post(
        f"{gw.url}/chat/completions", json=body, headers={"authorization": f"Bearer {gw.key('alpha')}"}
    )
    assert r.status_code == 403
    error = r.json()["error"]
    assert error["type"] == error["code"] == "tool_approval_required"
    assert [c["name"] for c in error["tool_calls"]] == ["transfer_funds"]
    assert error["tool_calls"][0]["id"].startswith("call_")
    assert error["rules"] == ["agent-tools/transfers-need-approval"]
    assert "lookup" not in json.dumps(
        error
    )  # the allowed call is withheld too, but not named as needing approval


def test_langchain_on_the_responses_api_never_sees_a_denied_call(gw: RunningGateway) -> None:
    from langchain_core.tools import tool
    from langchain_openai import ChatOpenAI

    @tool
    def delete_file(path: str) -> str:
        """Delete a file."""
        return "deleted"

    @tool
    def lookup(query: str) -> str:
        """Look something up."""
        return "found"

    llm = ChatOpenAI(
        model="agent", base_url=gw.url, api_key=gw.key("alpha"), use_responses_api=True, max_retries=0
    ).bind_tools([delete_file, lookup])
    answer = llm.invoke("tidy up")
    assert [c["name"] for c in answer.tool_calls] == ["lookup"]


ENDPOINT_POLICY = """\
apiVersion: safety-gateway/v1
kind: Policy
metadata: {name: per-api}
spec:
  match: {endpoints: ["/v1/messages"]}
  rules:
    - {id: messages-only, detector: keywords, params: {keywords: [ONLY-ON-MESSAGES]}, action: block}
"""


def test_match_endpoints_names_the_path_the_client_called(
    make_gateway, upstream: FakeUpstream, tmp_path: Path
) -> None:
    """`match.endpoints` is documented as API paths: a policy for /v1/messages governs Anthropic
    clients only, although every API runs as chat completions inside."""
    (tmp_path / "p.yaml").write_text(ENDPOINT_POLICY, encoding="utf-8")
    gw = make_gateway(CONFIG.format(agent=upstream.url("echo,tag=endpoints"), policy=tmp_path / "p.yaml"))
    oai = OpenAI(base_url=gw.url, api_key=gw.key("alpha"), max_retries=0, timeout=30)
    claude = anthropic.Anthropic(base_url=gw.root, api_key=gw.key("alpha"), max_retries=0, timeout=30)
    text = "say ONLY-ON-MESSAGES"
    chat = oai.chat.completions.create(model="agent", messages=[{"role": "user", "content": text}])
    assert chat.choices[0].message.content == text
    assert oai.responses.create(model="agent", input=text).output_text == text
    with pytest.raises(anthropic.BadRequestError) as info:
        claude.messages.create(model="agent", max_tokens=16, messages=[{"role": "user", "content": text}])
    assert "per-api/messages-only" in str(info.value)


def test_call_indexer_gives_each_streamed_call_one_index() -> None:
    from gateway.tool_calls import CallIndexer, drop_foreign_calls

    ix = CallIndexer()

    def delta(*calls: dict[str, Any]) -> list[int]:
        chunk = {"choices": [{"index": 0, "delta": {"tool_calls": list(calls)}}]}
        ix.fix(chunk)
        return [c["index"] for c in chunk["choices"][0]["delta"]["tool_calls"]]

    assert delta({"index": 0, "id": "a", "function": {"name": "lookup"}}) == [0]
    assert delta({"index": 0, "function": {"arguments": "{"}}) == [0]  # continues call a
    assert delta({"index": 0, "id": "b", "function": {"name": "run_shell"}}) == [1]  # a new id on index 0
    assert delta({"index": 0, "function": {"arguments": "}"}}) == [1]  # index 0 now means call b
    assert delta({"index": -1, "id": "c"}, {"index": "0"}) == [2, 2]  # no usable index: the latest call
    assert delta({"index": 7, "id": "a"}) == [3]  # an unseen index is a new call, whatever its id
    answer = {
        "choices": [{"message": {"tool_calls": [{"type": "custom", "custom": {}}, {"type": "function"}]}}]
    }
    assert drop_foreign_calls(answer)["choices"][0]["message"]["tool_calls"] == [{"type": "function"}]
