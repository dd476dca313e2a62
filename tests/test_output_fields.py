"""Every text the client receives is checked: each output field × streamed or not × kind of finding,
through a running gateway and the scripted fake upstream.

The fields are enumerated by construction: ``WHOLE`` and ``STREAMED`` build one upstream answer per
field with the finding placed in that field only, and ``test_every_channel_kind_is_exercised`` fails
when the walker (``gateway/openai_text.py``) learns a kind no field here exercises. Each field says
what the gateway must do with it (docs/output-fields.md):

* ``rewritten``: the field is checked and a redact rule rewrites the span in place;
* ``derived``: token lists (logprobs) are checked but cannot be rewritten: they are dropped;
* ``dropped``: a key outside the allow-list (``gateway/response_keys.py``) never reaches the client.

Kinds: ``rrn`` (a regex redact rule), ``secret`` (the ``secrets`` detector, redact), ``harmful`` (a
keyword block rule). What must not reach the client is searched the way the red-team harness does:
every field's strings joined across the stream (so a value split over chunks or tokens counts), the
``bytes`` arrays decoded, and the raw bytes.
"""

from __future__ import annotations

import json
import typing
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import httpx
import pytest

from gateway.openai_text import ChannelKind, chunk_pieces, response_items
from gateway.response_keys import allowed
from tests.conftest import RunningGateway
from tests.fake_upstream import FakeUpstream, Script
from tests.redteam.harness import StreamText, find_needles, sse_events

RRN_PATTERN = r"(?<!\d)\d{2}(?:0[1-9]|1[0-2])(?:0[1-9]|[12]\d|3[01])\s?-\s?[1-8]\d{6}(?!\d)"
POLICY = f"""
apiVersion: safety-gateway/v1
kind: Policy
metadata: {{name: output-fields}}
spec:
  match: {{}}
  stream_check: strict
  stream_window: {{size: 48, overlap: 24}}
  rules:
    - id: pseudonymize-rrn-input
      direction: input
      detector: regex
      params: {{patterns: [{{name: KR_RRN, pattern: '{RRN_PATTERN}'}}]}}
      action: pseudonymize
    - id: redact-rrn-output
      direction: output
      detector: regex
      params: {{patterns: [{{name: KR_RRN, pattern: '{RRN_PATTERN}'}}]}}
      action: redact
    - id: redact-secrets-output
      direction: output
      detector: secrets
      action: redact
    - id: block-harm-output
      direction: output
      detector: keywords
      params: {{keywords: [HARM-CANARY]}}
      action: block
"""
CONFIG = """
model_list:
  - model_name: ext
    litellm_params: {{model: openai/ext, api_base: "{script}", api_key: k}}
    model_info: {{zone: external}}
policy_paths: ["{policy_dir}"]
"""
SCRIPT = "output-fields"


@dataclass(frozen=True)
class Kind:
    text: str  # what the model "writes"
    needles: tuple[str, ...]  # none of these may reach the client
    label: str | None  # what a redaction leaves (None: the rule blocks)


KINDS = {
    "rrn": Kind(
        "예시 고객의 주민등록번호는 850315-2123450 입니다.", ("850315-2123450", "2123450"), "<KR_RRN>"
    ),
    "secret": Kind(
        "관리자 계정 password=S3cr3t!Vault#2219 키 AKIAQ4RT8VX2N6LM3PZE 끝",
        ("S3cr3t!Vault#2219", "AKIAQ4RT8VX2N6LM3PZE", "Q4RT8VX2N6LM3PZE"),
        "<AWS_ACCESS_KEY>",
    ),
    "harmful": Kind("Sure, here it is: HARM-CANARY-708BFB93 step one", ("HARM-CANARY-708BFB93",), None),
}
FILLER = "요청하신 예시 데이터를 아래에 정리했습니다: "  # puts the finding across a window boundary


def pieces(text: str, size: int = 3) -> list[str]:
    return [text[i : i + size] for i in range(0, len(text), size)]


# -- whole answers ----------------------------------------------------------------------------------


def _answer(choices: list[dict[str, Any]], completions: bool = False, **extra: Any) -> dict[str, Any]:
    usage = {"prompt_tokens": 5, "completion_tokens": 7, "total_tokens": 12}
    obj = "text_completion" if completions else "chat.completion"
    return {
        "id": "chatcmpl-t",
        "object": obj,
        "created": 1,
        "model": "ext",
        "choices": choices,
        "usage": usage,
    } | extra


def _chat(message: dict[str, Any], logprobs: Any = None, index: int = 0, **extra: Any) -> dict[str, Any]:
    msg = {"role": "assistant", "content": "ok"} | message
    return {"index": index, "message": msg, "logprobs": logprobs, "finish_reason": "stop"} | extra


def _token(t: str, alternatives: list[dict[str, Any]] | None = None) -> dict[str, Any]:
    return {"token": t, "logprob": -0.1, "bytes": list(t.encode()), "top_logprobs": alternatives or []}


def _args(t: str) -> str:
    return json.dumps({"note": FILLER + t}, ensure_ascii=False)


def _completion(text: str, logprobs: Any = None) -> dict[str, Any]:
    return {"index": 0, "text": text, "logprobs": logprobs, "finish_reason": "stop"}


@dataclass(frozen=True)
class Field:
    name: str
    handling: str  # rewritten | derived | dropped
    kinds: tuple[ChannelKind, ...]  # the walker's channels the finding is in (none when dropped)
    build: Callable[[str], Any]  # text -> the upstream's answer (a body, or a list of chunks)
    completions: bool = False


WHOLE = [
    Field("content", "rewritten", ("content",), lambda t: _answer([_chat({"content": FILLER + t})])),
    Field("refusal", "rewritten", ("refusal",), lambda t: _answer([_chat({"content": None, "refusal": t})])),
    Field(
        "reasoning_content",
        "rewritten",
        ("reasoning_content",),
        lambda t: _answer([_chat({"reasoning_content": t})]),
    ),
    Field("reasoning", "rewritten", ("reasoning",), lambda t: _answer([_chat({"reasoning": t})])),
    Field(
        "tool_call_arguments",
        "rewritten",
        ("tool",),
        lambda t: _answer(
            [
                _chat(
                    {
                        "content": None,
                        "tool_calls": [
                            {
                                "id": "c1",
                                "type": "function",
                                "function": {"name": "save", "arguments": _args(t)},
                            }
                        ],
                    }
                )
            ]
        ),
    ),
    Field(
        "tool_call_name",
        "rewritten",
        ("tool_name",),
        lambda t: _answer(
            [
                _chat(
                    {
                        "content": None,
                        "tool_calls": [
                            {"id": "c1", "type": "function", "function": {"name": t, "arguments": "{}"}}
                        ],
                    }
                )
            ]
        ),
    ),
    Field(
        "function_call_arguments",
        "rewritten",
        ("function_call",),
        lambda t: _answer(
            [_chat({"content": None, "function_call": {"name": "save", "arguments": _args(t)}})]
        ),
    ),
    Field(
        "function_call_name",
        "rewritten",
        ("function_name",),
        lambda t: _answer([_chat({"content": None, "function_call": {"name": t, "arguments": "{}"}})]),
    ),
    Field(
        "audio_transcript",
        "rewritten",
        ("transcript",),
        lambda t: _answer(
            [
                _chat(
                    {
                        "content": None,
                        "audio": {"id": "a1", "data": "UklGRg==", "expires_at": 1, "transcript": t},
                    }
                )
            ]
        ),
    ),
    Field(
        "annotation_title",
        "rewritten",
        ("annotation_title",),
        lambda t: _answer(
            [
                _chat(
                    {
                        "annotations": [
                            {
                                "type": "url_citation",
                                "url_citation": {
                                    "url": "https://example.org/",
                                    "title": t,
                                    "start_index": 0,
                                    "end_index": 2,
                                },
                            }
                        ]
                    }
                )
            ]
        ),
    ),
    Field(
        "annotation_url",
        "rewritten",
        ("annotation_url",),
        lambda t: _answer(
            [
                _chat(
                    {
                        "annotations": [
                            {
                                "type": "url_citation",
                                "url_citation": {
                                    "url": "https://example.org/?q=" + t,
                                    "title": "doc",
                                    "start_index": 0,
                                    "end_index": 2,
                                },
                            }
                        ]
                    }
                )
            ]
        ),
    ),
    Field(
        "n3_last_choice",
        "rewritten",
        ("content",),
        lambda t: _answer([_chat({}, index=0), _chat({}, index=1), _chat({"content": FILLER + t}, index=2)]),
    ),
    Field(
        "logprobs_tokens",
        "derived",
        ("logprobs",),
        lambda t: _answer(
            [_chat({"content": "ok"}, logprobs={"content": [_token(p) for p in pieces(t)], "refusal": None})]
        ),
    ),
    Field(
        "logprobs_top_logprobs",
        "derived",
        ("top_logprobs",),
        lambda t: _answer([_chat({}, logprobs={"content": [_token("ok", [_token("ok"), _token(t)])]})]),
    ),
    Field(
        "logprobs_refusal_tokens",
        "derived",
        ("refusal_logprobs",),
        lambda t: _answer(
            [
                _chat(
                    {"content": None, "refusal": "no"},
                    logprobs={"content": None, "refusal": [_token(p) for p in pieces(t)]},
                )
            ]
        ),
    ),
    Field(
        "logprobs_refusal_top_logprobs",
        "derived",
        ("refusal_top_logprobs",),
        lambda t: _answer(
            [_chat({"content": None, "refusal": "no"}, logprobs={"refusal": [_token("no", [_token(t)])]})]
        ),
    ),
    Field(
        "logprobs_bytes_only",  # the bytes say something the token does not
        "derived",
        ("logprobs",),
        lambda t: _answer([_chat({}, logprobs={"content": [_token("ok") | {"bytes": list(t.encode())}]})]),
    ),
    Field(
        "completions_text", "rewritten", ("text",), lambda t: _answer([_completion(FILLER + t)], True), True
    ),
    Field(
        "completions_logprobs_tokens",
        "derived",
        ("logprobs",),
        lambda t: _answer(
            [
                _completion(
                    "ok",
                    {
                        "tokens": pieces(t),
                        "token_logprobs": [-0.1] * len(pieces(t)),
                        "top_logprobs": None,
                        "text_offset": None,
                    },
                )
            ],
            True,
        ),
        True,
    ),
    Field(
        "completions_top_logprobs",
        "derived",
        ("top_logprobs",),
        lambda t: _answer(
            [
                _completion(
                    "ok",
                    {
                        "tokens": ["ok"],
                        "token_logprobs": [-0.1],
                        "top_logprobs": [{"ok": -0.1, t: -3.0}],
                        "text_offset": [0],
                    },
                )
            ],
            True,
        ),
        True,
    ),
    Field("unknown_top_level_key", "dropped", (), lambda t: _answer([_chat({})], x_debug=t)),
    Field(
        "unknown_choice_key",
        "dropped",
        (),
        lambda t: _answer([_chat({}, content_filter_results={"note": t})]),
    ),
    Field("unknown_message_key", "dropped", (), lambda t: _answer([_chat({"x_note": t})])),
    Field(
        "thinking_blocks",
        "dropped",
        (),
        lambda t: _answer([_chat({"thinking_blocks": [{"type": "thinking", "thinking": t}]})]),
    ),
    Field(
        "usage_string",
        "dropped",
        (),
        lambda t: _answer([_chat({})]) | {"usage": {"total_tokens": 3, "note": t}},
    ),
    Field(
        "content_as_parts",
        "dropped",
        (),
        lambda t: _answer([_chat({"content": [{"type": "text", "text": t}]})]),
    ),
]


# -- streams ----------------------------------------------------------------------------------------


def _chunk(
    index: int = 0, delta: dict[str, Any] | None = None, finish: str | None = None, **extra: Any
) -> dict[str, Any]:
    choice: dict[str, Any] = {"index": index, "delta": delta or {}, "finish_reason": finish}
    for key in ("logprobs",):
        if key in extra:
            choice[key] = extra.pop(key)
    return {
        "id": "chatcmpl-t",
        "object": "chat.completion.chunk",
        "created": 1,
        "model": "ext",
        "choices": [choice],
    } | extra


def _stream(*middle: dict[str, Any], choices: int = 1) -> list[dict[str, Any]]:
    starts = [_chunk(i, {"role": "assistant", "content": ""}) for i in range(choices)]
    return [*starts, *middle, *(_chunk(i, finish="stop") for i in range(choices))]


def _deltas(key: str, t: str) -> list[dict[str, Any]]:
    return [_chunk(0, {key: p}) for p in pieces(FILLER + t)]


def _tool_stream(t: str) -> list[dict[str, Any]]:
    head = _chunk(
        0,
        {
            "tool_calls": [
                {"index": 0, "id": "c1", "type": "function", "function": {"name": "save", "arguments": ""}}
            ]
        },
    )
    return _stream(
        head,
        *(_chunk(0, {"tool_calls": [{"index": 0, "function": {"arguments": p}}]}) for p in pieces(_args(t))),
    )


def _function_stream(t: str) -> list[dict[str, Any]]:
    head = _chunk(0, {"function_call": {"name": "save", "arguments": ""}})
    return _stream(head, *(_chunk(0, {"function_call": {"arguments": p}}) for p in pieces(_args(t))))


def _text_chunk(text: str, logprobs: Any = None, finish: str | None = None) -> dict[str, Any]:
    choice = {"index": 0, "text": text, "logprobs": logprobs, "finish_reason": finish}
    return {"id": "cmpl-t", "object": "text_completion", "created": 1, "model": "ext", "choices": [choice]}


def _interleaved(t: str) -> list[dict[str, Any]]:
    bad, good = pieces(FILLER + t), pieces(FILLER + "아무 문제 없는 답변입니다. " * 2)
    out = []
    for k in range(max(len(bad), len(good))):
        for index, parts in ((0, good), (1, good), (2, bad)):
            if k < len(parts):
                out.append(_chunk(index, {"content": parts[k]}))
    return _stream(*out, choices=3)


STREAMED = [
    Field("content", "rewritten", ("content",), lambda t: _stream(*_deltas("content", t))),
    Field(
        "content_single_chunk",
        "rewritten",
        ("content",),
        lambda t: _stream(_chunk(0, {"content": FILLER + t})),
    ),
    Field("refusal", "rewritten", ("refusal",), lambda t: _stream(*_deltas("refusal", t))),
    Field(
        "reasoning_content",
        "rewritten",
        ("reasoning_content",),
        lambda t: _stream(*_deltas("reasoning_content", t)),
    ),
    Field("reasoning", "rewritten", ("reasoning",), lambda t: _stream(*_deltas("reasoning", t))),
    Field("tool_call_arguments", "rewritten", ("tool",), _tool_stream),
    Field(
        "tool_call_name",
        "rewritten",
        ("tool_name",),
        lambda t: _stream(
            _chunk(
                0,
                {
                    "tool_calls": [
                        {
                            "index": 0,
                            "id": "c1",
                            "type": "function",
                            "function": {"name": t, "arguments": "{}"},
                        }
                    ]
                },
            )
        ),
    ),
    Field("function_call_arguments", "rewritten", ("function_call",), _function_stream),
    Field(
        "function_call_name",
        "rewritten",
        ("function_name",),
        lambda t: _stream(_chunk(0, {"function_call": {"name": t, "arguments": "{}"}})),
    ),
    Field(
        "audio_transcript",
        "rewritten",
        ("transcript",),
        lambda t: _stream(
            _chunk(0, {"audio": {"id": "a1", "data": "UklGRg=="}}),
            *(_chunk(0, {"audio": {"transcript": p}}) for p in pieces(FILLER + t)),
        ),
    ),
    Field(
        "annotation_title",
        "rewritten",
        ("annotation_title",),
        lambda t: _stream(
            _chunk(0, {"content": "ok"}),
            _chunk(
                0,
                {
                    "annotations": [
                        {
                            "type": "url_citation",
                            "url_citation": {
                                "url": "https://example.org/",
                                "title": t,
                                "start_index": 0,
                                "end_index": 2,
                            },
                        }
                    ]
                },
            ),
        ),
    ),
    Field(
        "annotation_url",
        "rewritten",
        ("annotation_url",),
        lambda t: _stream(
            _chunk(
                0,
                {
                    "annotations": [
                        {
                            "type": "url_citation",
                            "url_citation": {
                                "url": "https://example.org/?q=" + t,
                                "title": "d",
                                "start_index": 0,
                                "end_index": 1,
                            },
                        }
                    ]
                },
            ),
        ),
    ),
    Field("n3_interleaved", "rewritten", ("content",), _interleaved),
    Field(
        "content_after_finish_reason",
        "rewritten",
        ("content",),
        lambda t: [
            _chunk(0, {"role": "assistant", "content": "ok"}),
            _chunk(0, finish="stop"),
            _chunk(0, {"content": FILLER + t}),
        ],
    ),
    Field(
        "logprobs_tokens",
        "derived",
        ("logprobs",),
        lambda t: _stream(
            *(_chunk(0, {"content": "."}, logprobs={"content": [_token(p)]}) for p in pieces(t))
        ),
    ),
    Field(
        "logprobs_top_logprobs",
        "derived",
        ("top_logprobs",),
        lambda t: _stream(
            *(
                _chunk(0, {"content": "."}, logprobs={"content": [_token(".", [_token(p)])]})
                for p in pieces(t)
            )
        ),
    ),
    Field(
        "logprobs_refusal_tokens",
        "derived",
        ("refusal_logprobs",),
        lambda t: _stream(
            *(_chunk(0, {"refusal": "."}, logprobs={"refusal": [_token(p)]}) for p in pieces(t))
        ),
    ),
    Field(
        "logprobs_refusal_top_logprobs",
        "derived",
        ("refusal_top_logprobs",),
        lambda t: _stream(_chunk(0, {"refusal": "no"}, logprobs={"refusal": [_token("no", [_token(t)])]})),
    ),
    Field(
        "completions_text",
        "rewritten",
        ("text",),
        lambda t: [*(_text_chunk(p) for p in pieces(FILLER + t)), _text_chunk("", finish="stop")],
        True,
    ),
    Field(
        "completions_logprobs_tokens",
        "derived",
        ("logprobs", "top_logprobs"),
        lambda t: [
            *(
                _text_chunk(
                    ".",
                    {
                        "tokens": [p],
                        "token_logprobs": [-0.1],
                        "top_logprobs": [{p: -0.1}],
                        "text_offset": [0],
                    },
                )
                for p in pieces(t)
            ),
            _text_chunk("", finish="stop"),
        ],
        True,
    ),
    Field(
        "completions_top_logprobs",
        "derived",
        ("top_logprobs",),
        lambda t: [
            _text_chunk(
                "ok",
                {
                    "tokens": ["ok"],
                    "token_logprobs": [-0.1],
                    "top_logprobs": [{"ok": -0.1, t: -2.0}],
                    "text_offset": [0],
                },
            ),
            _text_chunk("", finish="stop"),
        ],
        True,
    ),
    Field("unknown_chunk_key", "dropped", (), lambda t: _stream(_chunk(0, {"content": "ok"}, x_debug=t))),
    Field("unknown_delta_key", "dropped", (), lambda t: _stream(_chunk(0, {"content": "ok", "x_note": t}))),
    Field(
        "unknown_choice_key",
        "dropped",
        (),
        lambda t: _stream(_chunk(0, {"content": "ok"}) | {"choices": [{"index": 0, "delta": {}, "note": t}]}),
    ),
]


# -- the gateway ------------------------------------------------------------------------------------


@pytest.fixture(scope="module")
def gw(make_gateway, upstream: FakeUpstream, tmp_path_factory: pytest.TempPathFactory) -> RunningGateway:
    policy_dir = tmp_path_factory.mktemp("output-fields-policy")
    (policy_dir / "policy.yaml").write_text(POLICY, encoding="utf-8")
    return make_gateway(
        CONFIG.format(script=upstream.url(f"script={SCRIPT}"), policy_dir=policy_dir), load_models=False
    )


@pytest.fixture()
def script(upstream: FakeUpstream) -> Iterator[Script]:
    s = upstream.script(SCRIPT)
    yield s
    s.set()


@dataclass
class Received:
    status: int
    raw: str
    events: list[Any]  # the JSON body, or every SSE event

    def haystacks(self) -> dict[str, str]:
        text = StreamText()
        for event in self.events:
            text.add(event)
        return {**text.haystacks(), "raw response": self.raw}

    def leaks(self, needles: tuple[str, ...]) -> list[tuple[str, str]]:
        return find_needles(needles, self.haystacks())

    def errors(self) -> list[dict[str, Any]]:
        return [e["error"] for e in self.events if isinstance(e, dict) and isinstance(e.get("error"), dict)]


def call(
    gw: RunningGateway, completions: bool, stream: bool, content: str = "예시 데이터를 하나 만들어 줘."
) -> Received:
    path, body = (
        ("/completions", {"model": "ext", "prompt": content})
        if completions
        else ("/chat/completions", {"model": "ext", "messages": [{"role": "user", "content": content}]})
    )
    r = httpx.post(
        gw.url + path,
        json=body | ({"stream": True} if stream else {}),
        headers={"authorization": f"Bearer {gw.key('alpha')}"},
        timeout=30,
    )
    events = sse_events(r.content) if stream else [r.json()]
    return Received(r.status_code, r.text, events)


def _check(field: Field, kind_name: str, got: Received, stream: bool) -> None:
    kind = KINDS[kind_name]
    assert not got.leaks(kind.needles), f"{field.name}/{kind_name} leaked: {got.leaks(kind.needles)}"
    if kind.label is None and field.handling != "dropped":
        # A block rule: the whole answer is refused (a stream ends with an error event).
        codes = [e.get("code") for e in got.errors()]
        assert (
            (got.status == 400 and codes == ["content_policy_violation"])
            if not stream
            else ("content_policy_violation" in codes)
        ), (got.status, got.raw[:500])
        return
    assert got.status == 200, got.raw[:500]
    assert not got.errors(), got.raw[:500]
    if field.handling == "rewritten":
        assert kind.label in got.raw, f"no {kind.label} in {got.raw[:800]}"
    elif field.handling == "derived":
        # Token lists cannot be rewritten: those of the rewritten text are dropped (null). A stream
        # keeps the lists of chunks released before or after the rewritten region.
        lists = [c.get("logprobs") for e in got.events if isinstance(e, dict) for c in e.get("choices") or ()]
        assert None in lists and (stream or all(v is None for v in lists)), got.raw[:800]


@pytest.mark.parametrize("kind_name", sorted(KINDS))
@pytest.mark.parametrize("field", WHOLE, ids=[f.name for f in WHOLE])
def test_whole_answer_field(gw: RunningGateway, script: Script, field: Field, kind_name: str) -> None:
    script.set(behaviour="reply", reply=field.build(KINDS[kind_name].text))
    _check(field, kind_name, call(gw, field.completions, stream=False), stream=False)


@pytest.mark.parametrize("kind_name", sorted(KINDS))
@pytest.mark.parametrize("field", STREAMED, ids=[f.name for f in STREAMED])
def test_streamed_field(gw: RunningGateway, script: Script, field: Field, kind_name: str) -> None:
    script.set(behaviour="reply", reply={}, stream_chunks=field.build(KINDS[kind_name].text))
    _check(field, kind_name, call(gw, field.completions, stream=True), stream=True)


# -- the enumeration is complete and says what it claims ---------------------------------------------


def test_every_channel_kind_is_exercised() -> None:
    """A kind the walker learns must get a field here, streamed and not (or this test fails)."""
    every = set(typing.get_args(ChannelKind))
    assert {k for f in WHOLE for k in f.kinds} == every
    assert {k for f in STREAMED for k in f.kinds} == every


@pytest.mark.parametrize("field", WHOLE, ids=[f.name for f in WHOLE])
def test_whole_fields_are_where_they_claim(field: Field) -> None:
    text = KINDS["rrn"].text
    body = allowed(field.build(text))
    found = [
        it
        for it in response_items("completions" if field.completions else "chat.completions", body)
        if "850315" in it.text
    ]
    if field.handling == "dropped":
        assert not found and "850315" not in json.dumps(body, ensure_ascii=False)
    else:
        assert found and all(any(it.location.endswith(_SUFFIX[k]) for k in field.kinds) for it in found), (
            found
        )


@pytest.mark.parametrize("field", STREAMED, ids=[f.name for f in STREAMED])
def test_streamed_fields_are_where_they_claim(field: Field) -> None:
    chunks = [allowed(c) for c in field.build(KINDS["rrn"].text)]
    texts: dict[tuple[int, str], str] = {}  # per choice and kind
    for c in chunks:
        for (index, kind, _), piece in chunk_pieces(c):
            texts[index, kind] = texts.get((index, kind), "") + piece
    found = {kind for (_, kind), t in texts.items() if "850315-2123450" in t}
    if field.handling == "dropped":
        assert not found and "850315" not in json.dumps(chunks, ensure_ascii=False)
    else:
        assert found == set(field.kinds), texts


_SUFFIX: dict[str, str] = {
    "content": ".message.content",
    "text": ".text",
    "refusal": ".message.refusal",
    "reasoning_content": ".message.reasoning_content",
    "reasoning": ".message.reasoning",
    "transcript": ".audio.transcript",
    "tool": ".function.arguments",
    "tool_name": ".function.name",
    "function_call": ".function_call.arguments",
    "function_name": ".function_call.name",
    "annotation_title": ".url_citation.title",
    "annotation_url": ".url_citation.url",
    "logprobs": ".logprobs.tokens",
    "top_logprobs": ".logprobs.top_logprobs",
    "refusal_logprobs": ".logprobs.refusal.tokens",
    "refusal_top_logprobs": ".logprobs.refusal.top_logprobs",
}


# -- the client's own values, the upstream's errors ----------------------------------------------------


@pytest.mark.parametrize("stream", [False, True], ids=["whole", "streamed"])
def test_own_value_is_restored_while_an_invented_one_is_masked(
    gw: RunningGateway, script: Script, stream: bool
) -> None:
    """Output rules run on the still-pseudonymized answer: the client's RRN went out as <KR_RRN_1>,
    which no rule matches, and comes back restored; the RRN the model made up is masked."""
    answer = "고객 <KR_RRN_1> 의 가족은 850315-2123450 입니다."
    if stream:
        script.set(
            behaviour="reply",
            reply={},
            stream_chunks=_stream(*(_chunk(0, {"content": p}) for p in pieces(answer))),
        )
    else:
        script.set(behaviour="reply", reply=_answer([_chat({"content": answer})]))
    got = call(gw, completions=False, stream=stream, content="고객 900101-1234568 의 가족 관계를 정리해 줘.")
    sent = script.received[0].body["messages"][0]["content"]
    assert "900101-1234568" not in sent and "<KR_RRN_1>" in sent  # pseudonymized on the way out
    text = "".join(
        (c.get("delta") or c.get("message") or {}).get("content") or ""
        for e in got.events
        if isinstance(e, dict)
        for c in e.get("choices") or ()
    )
    assert text == "고객 900101-1234568 의 가족은 <KR_RRN> 입니다.", text


def test_upstream_error_message_is_not_copied(gw: RunningGateway, script: Script) -> None:
    script.set(
        behaviour="reply",
        status=400,
        reply={
            "error": {
                "message": "aws_access_key_id = AKIAQ4RT8VX2N6LM3PZE",
                "type": "invalid_request_error",
                "code": "bad_thing",
            }
        },
    )
    got = call(gw, completions=False, stream=False)
    assert got.status == 400
    assert "AKIAQ4RT8VX2N6LM3PZE" not in got.raw and "aws_access_key_id" not in got.raw
    message = got.errors()[0]["message"]
    assert "HTTP 400" in message and "invalid_request_error" in message and "bad_thing" in message, message


@pytest.mark.parametrize("first", [False, True], ids=["mid-stream", "first-event"])
def test_upstream_error_event_is_not_copied(gw: RunningGateway, script: Script, first: bool) -> None:
    error = {
        "error": {
            "message": "담당자 비밀번호 password=S3cr3t!Vault#2219",
            "type": "server_error",
            "code": None,
        }
    }
    chunks = [error] if first else [_chunk(0, {"role": "assistant", "content": "ok"}), error]
    script.set(behaviour="reply", reply={}, stream_chunks=chunks)
    got = call(gw, completions=False, stream=True)
    assert "S3cr3t!Vault#2219" not in got.raw and "password" not in got.raw, got.raw
    events = got.errors() if got.status == 200 else [json.loads(got.raw)["error"]]
    assert events and all("server_error" in e["message"] for e in events), got.raw


def test_the_enumeration_matches_the_docs() -> None:
    """docs/output-fields.md names every field kind the walker has."""
    doc = (Path(__file__).resolve().parents[1] / "docs" / "output-fields.md").read_text(encoding="utf-8")
    missing = [k for k in typing.get_args(ChannelKind) if f"`{k}`" not in doc]
    assert not missing, missing


def test_embeddings_keep_their_vectors_and_lose_unknown_keys(gw: RunningGateway, script: Script) -> None:
    vector = [0.25, -0.5, 0.125]
    script.set(
        behaviour="reply",
        reply={
            "object": "list",
            "model": "ext",
            "data": [{"object": "embedding", "index": 0, "embedding": vector, "x_note": KINDS["rrn"].text}],
            "usage": {"prompt_tokens": 3, "total_tokens": 3},
            "x_debug": KINDS["secret"].text,
        },
    )
    r = httpx.post(
        gw.url + "/embeddings",
        json={"model": "ext", "input": "hello"},
        headers={"authorization": f"Bearer {gw.key('alpha')}"},
        timeout=30,
    )
    assert r.status_code == 200, r.text
    body = r.json()
    assert body["data"] == [{"object": "embedding", "index": 0, "embedding": vector}]
    assert "x_debug" not in body and "850315" not in r.text and "S3cr3t" not in r.text
