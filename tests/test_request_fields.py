"""Every request field, by construction: the table (policies/request_fields.py) against the openai SDK's
request types and its own doc, the walk over it, and each field through the running gateway.

The end-to-end cases are generated from the table's rows: for every field the table scans, a body with
an RRN and an e-mail in that field goes through a gateway whose policy pseudonymizes both (regex) and
routes attachments to the internal zone; the external upstream must never see either value. Every
refused field is refused with a 400 naming it; unknown keys at every level are handled per
``request_fields.unknown_fields``.
"""

from __future__ import annotations

import collections.abc
import json
import re
import types
import typing
from pathlib import Path
from typing import Any, NotRequired, Required, get_args, get_origin

import httpx
import pytest
from typing_extensions import (
    TypedDict,
    get_type_hints,
    is_typeddict,
)

from policies.locations import key_of, steps
from policies.request_fields import TABLE, Spec
from policies.request_fields_doc import Row, render_doc, rows
from policies.request_walk import attachment_kind, request_items, walk
from tests.conftest import RunningGateway
from tests.fake_upstream import FakeUpstream

DOC = Path(__file__).resolve().parents[1] / "docs" / "request-fields.md"
RRN = "900101-1234568"
EMAIL = "minsu.kim82@example.com"
SECRET_TEXT = f"신청인 {RRN}, 연락처 {EMAIL}"
ENDPOINTS = {
    "chat.completions": "/chat/completions",
    "completions": "/completions",
    "embeddings": "/embeddings",
}


# -- the table against the openai SDK ----------------------------------------------------------------


def _sdk_params() -> dict[str, list[Any]]:
    from openai.types import completion_create_params, embedding_create_params
    from openai.types.chat import completion_create_params as chat_params

    return {
        "chat.completions": [
            chat_params.CompletionCreateParamsStreaming,
            chat_params.CompletionCreateParamsNonStreaming,
        ],
        "completions": [
            completion_create_params.CompletionCreateParamsStreaming,
            completion_create_params.CompletionCreateParamsNonStreaming,
        ],
        "embeddings": [embedding_create_params.EmbeddingCreateParams],
    }


def _literal_tag(td: Any) -> str | None:
    hint = get_type_hints(td).get("type")
    args = get_args(_unwrap(hint)) if hint is not None else ()
    return args[0] if len(args) == 1 and isinstance(args[0], str) else None


def _unwrap(t: Any) -> Any:
    while get_origin(t) in (Required, NotRequired, typing.Annotated):
        t = get_args(t)[0]
    return t


def unnamed_fields(t: Any, spec: Spec, path: str, seen: set[tuple[int, int]] | None = None) -> list[str]:
    """Paths of keys the SDK's type ``t`` has that ``spec`` (the table at ``path``) does not name."""
    seen = set() if seen is None else seen
    t = _unwrap(t)
    origin = get_origin(t)
    if spec.json is not None or spec.treatment is not None:
        return []  # free JSON is scanned whole; a refused field is not forwarded
    if origin in (typing.Union, types.UnionType):
        return [p for a in get_args(t) for p in unnamed_fields(a, spec, path, seen)]
    if origin in (list, collections.abc.Iterable, collections.abc.Sequence):
        if spec.tokens:
            return []  # token ids (lists of integers): reported as attachments
        if spec.items is None:
            return [f"{path}[] (the table has no list here)"]
        return unnamed_fields(get_args(t)[0], spec.items, path + "[]", seen)
    if origin in (dict, collections.abc.Mapping):
        ok = spec.map_values is not None or spec.json is not None
        return [] if ok else [f"{path}{{}} (the table has no map here)"]
    if not is_typeddict(t):
        return []  # str, numbers, Literal, None: the walk scans any string it meets
    if (id(t), id(spec)) in seen:
        return []
    seen.add((id(t), id(spec)))
    if spec.fields is None and spec.variants is None:
        return [f"{path} (the table has no object here)"]
    tag = _literal_tag(t)
    if spec.variants is not None and tag not in spec.variants:
        return [f"{path}[type={tag}] (a variant the table does not have)"]
    out: list[str] = []
    for key, hint in get_type_hints(t, include_extras=True).items():
        member = spec.member(key, tag)
        where = f"{path}.{key}" if path else key
        if member is None:
            out.append(where)
        else:
            out.extend(unnamed_fields(hint, member, where, seen))
    return out


@pytest.mark.parametrize("endpoint", list(TABLE))
def test_the_table_names_every_field_of_the_openai_sdk_request_types(endpoint: str) -> None:
    """An SDK upgrade that adds a request field fails here until policies/request_fields.py names it."""
    missing = [p for td in _sdk_params()[endpoint] for p in unnamed_fields(td, TABLE[endpoint], "")]
    assert not missing, f"fields of the openai SDK the table of request fields does not name: {missing}"


class _Part(TypedDict, total=False):
    type: Required[typing.Literal["text"]]
    text: str
    brand_new: str


class _Message(TypedDict, total=False):
    role: str
    content: str | list[_Part]
    also_new: dict[str, str]


class _Params(TypedDict, total=False):
    messages: list[_Message]
    top_level_new: int


def test_the_sdk_check_sees_a_field_the_table_lacks() -> None:
    assert sorted(unnamed_fields(_Params, TABLE["chat.completions"], "")) == [
        "messages[].also_new",
        "messages[].content[].brand_new",
        "top_level_new",
    ]


# -- the doc -------------------------------------------------------------------------------------------


def test_the_doc_shows_the_table_of_the_code() -> None:
    doc = DOC.read_text(encoding="utf-8")
    assert render_doc(doc) == doc, (
        "regenerate it: python -m policies.request_fields_doc docs/request-fields.md"
    )
    assert "| chat.completions | `tools[][type=function].function.parameters` |" in doc


# -- the walk ------------------------------------------------------------------------------------------


def test_locations_round_trip_through_set_at_keys_included() -> None:
    from gateway.openai_text import set_at

    body = {
        "messages": [{"role": "user", "content": "hi"}],
        "metadata": {"customer note": f"mail {EMAIL}", EMAIL: "x"},
        "tools": [
            {
                "type": "function",
                "function": {
                    "name": "f",
                    "parameters": {
                        "type": "object",
                        "properties": {
                            "주소": {"type": "string", "description": "d"},
                            "q": {"type": "string"},
                        },
                        "required": ["주소"],
                    },
                },
            }
        ],
    }
    items = {i.location: i for i in request_items("chat.completions", body)}
    # schema keywords and type names are vocabulary; property names and descriptions are text
    assert set(items) == {
        "messages[0].content",
        'metadata["customer note"]',
        'metadata{"customer note"}',
        f'metadata["{EMAIL}"]',
        f'metadata{{"{EMAIL}"}}',
        "tools[0].function.name",
        'tools[0].function.parameters.properties["주소"].description',
        'tools[0].function.parameters.properties{"주소"}',
        'tools[0].function.parameters.properties{"q"}',
        "tools[0].function.parameters.required[0]",
    }
    order = [i.location for i in request_items("chat.completions", body)]
    # a key's own item comes after the items inside its value (rewriting in order never loses a path)
    assert order.index('tools[0].function.parameters.properties["주소"].description') < order.index(
        'tools[0].function.parameters.properties{"주소"}'
    )
    for location, item in items.items():
        set_at(body, location, f"<{item.text}>")
    assert list(body["metadata"]) == ["<customer note>", f"<{EMAIL}>"]  # renamed in place, order kept
    assert body["metadata"]["<customer note>"] == f"<mail {EMAIL}>"
    props = body["tools"][0]["function"]["parameters"]["properties"]
    assert list(props) == ["<주소>", "<q>"] and props["<주소>"]["description"] == "<d>"
    assert steps('a.b[2]["x y"]{"k"}') == ["a", "b", 2, "x y", ("k",)]
    with pytest.raises(ValueError):
        steps('a{"k"}.b')


def test_renaming_two_keys_alike_keeps_both() -> None:
    from gateway.openai_text import set_at

    body = {"metadata": {"a": 1, "b": 2}}
    set_at(body, key_of("metadata", "a"), "[REDACTED]")
    set_at(body, key_of("metadata", "b"), "[REDACTED]")
    assert body == {"metadata": {"[REDACTED]": 1, "[REDACTED]#2": 2}}


def test_attachments_are_items_with_their_readable_part() -> None:
    body = {
        "messages": [
            {
                "role": "user",
                "content": [
                    {"type": "image_url", "image_url": {"url": "data:image/png;base64,iVBORw0KGgo="}},
                    {"type": "image_url", "image_url": {"url": "data:image/svg+xml;utf8,<svg>hello</svg>"}},
                    {"type": "image_url", "image_url": {"url": f"https://x.example/a.png?o={EMAIL}"}},
                    {"type": "input_audio", "input_audio": {"data": "UklGRiQAAABXQVZF", "format": "wav"}},
                    {"type": "file", "file": {"file_id": "file-abc", "filename": "a.pdf"}},
                ],
            }
        ]
    }
    items = request_items("chat.completions", body)
    seen = [(i.location.split(".", 1)[1], i.text, attachment_kind(i)) for i in items]
    assert seen == [
        ("content[0].image_url.url", "data:image/png;base64,", "image"),
        ("content[1].image_url.url", "data:image/svg+xml;utf8,<svg>hello</svg>", "image"),
        ("content[2].image_url.url", f"https://x.example/a.png?o={EMAIL}", "image"),
        ("content[3].input_audio.data", "", "audio"),
        ("content[4].file.file_id", "file-abc", "file"),
        ("content[4].file.filename", "a.pdf", None),
    ]
    tokens = request_items("completions", {"model": "m", "prompt": [[1, 2], [3]]})
    assert [(i.location, i.text, attachment_kind(i)) for i in tokens] == [
        ("prompt[0]", "", "token_ids"),
        ("prompt[1]", "", "token_ids"),
    ]


def test_unknown_refused_and_vocabulary() -> None:
    w = walk(
        "chat.completions",
        {
            "model": "m",
            "messages": [{"role": "user", "content": [{"type": "x_part", "text": "t"}], "x_note": "n"}],
            "reasoning_effort": "low",
            "service_tier": EMAIL,
            "logit_bias": {"50256": -100, "not a token": 1},
            "api_base": "http://elsewhere",
        },
    )
    assert [(u.location, u.param) for u in w.unknown] == [
        ("messages[0].content[0]", "messages[0].content[0].type"),
        ("messages[0].x_note", "messages[0].x_note"),
    ]
    assert [loc for loc, _ in w.refused] == ["logit_bias", "api_base"]
    texts = {i.location: i.text for i in w.items}
    assert "reasoning_effort" not in texts and texts["service_tier"] == EMAIL  # outside the vocabulary
    assert texts["messages[0].content[0].text"] == "t" and texts["messages[0].x_note"] == "n"


# -- through the gateway ----------------------------------------------------------------------------

POLICY = r"""
apiVersion: safety-gateway/v1
kind: Policy
metadata: {name: fields-test, owner: tests}
spec:
  rules:
    - id: block-forbidden-word
      direction: input
      detector: keywords
      params: {keywords: [forbidden-operation]}
      action: block
    - id: pseudonymize-rrn-and-email
      direction: input
      detector: regex
      params:
        patterns:
          - {name: KR_RRN, pattern: '\d{6}-[1-8]\d{6}'}
          - {name: EMAIL_ADDRESS, pattern: '[\w.+-]+@[\w-]+\.[\w.]+'}
      action: pseudonymize
    - id: attachments-internal
      direction: input
      when: {zones: [external]}
      detector: attachments
      action: route
      route: {zone: internal}
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
policy_settings: {{reload_interval_s: 0}}
provenance: {{enabled: false}}
request_fields: {{unknown_fields: {unknown}}}
"""


@pytest.fixture(scope="module")
def gateways(make_gateway: Any, upstream: FakeUpstream, tmp_path_factory: pytest.TempPathFactory) -> dict:
    d = tmp_path_factory.mktemp("fields-policy")
    (d / "p.yaml").write_text(POLICY, encoding="utf-8")
    out = {}
    for setting in ("reject", "drop", "pass"):
        out[setting] = make_gateway(
            CONFIG.format(
                external=upstream.url(f"script=rf-ext-{setting}"),
                internal=upstream.url(f"script=rf-int-{setting}"),
                policy_dir=d,
                unknown=setting,
            ),
            load_models=False,
        )
    return out


def send(gw: RunningGateway, upstream: FakeUpstream, setting: str, endpoint: str, body: dict) -> tuple:
    """(response, what the external upstream received, what the internal one received)."""
    ext, int_ = upstream.script(f"rf-ext-{setting}").set(), upstream.script(f"rf-int-{setting}").set()
    r = httpx.post(
        gw.url + ENDPOINTS[endpoint],
        json=body,
        headers={"authorization": f"Bearer {gw.key('alpha')}"},
        timeout=30,
    )
    return r, list(ext.received), list(int_.received)


def strings(obj: Any) -> list[str]:
    """Every string value and key of a JSON document."""
    if isinstance(obj, dict):
        return [s for k, v in obj.items() for s in (k, *strings(v))]
    if isinstance(obj, list):
        return [s for v in obj for s in strings(v)]
    return [obj] if isinstance(obj, str) else []


def leaked(exchanges: list) -> list[str]:
    out = []
    for ex in exchanges:
        texts = [ex.raw.decode("utf-8", "replace"), *strings(ex.body)]
        out += [s for s in (RRN, EMAIL) if any(s in t for t in texts)]
    return out


# What a body needs besides the field under test, so the gateway's schema accepts it.
_ASSISTANT_FIELDS = {
    "refusal",
    "reasoning_content",
    "thinking_blocks",
    "tool_calls",
    "function_call",
    "audio",
}


def _segments(path: str) -> list[tuple[str, str]]:
    return [
        ("list", "")
        if m[0] == "[]"
        else ("variant", m[2])
        if m[1]
        else ("map", "")
        if m[0] == "{}"
        else ("key", m[3])
        for m in re.findall(r"(\[(type=(\w+))\]|\[\]|\{\}|(?:\.?([\w$]+)))", path)
    ]


def _build(segments: list[tuple[str, str]], leaf: Any) -> Any:
    if not segments:
        return leaf
    kind, arg = segments[0]
    inner = _build(segments[1:], leaf)
    if kind == "key":
        return {arg: inner}
    if kind == "list":
        return [inner]
    if kind == "map":
        return {"k": inner}
    return {"type": arg, **inner}  # a variant


def _leaf(row: Row) -> Any:
    if "JSON Schema" in row.treatment:
        return {"type": "object", "properties": {EMAIL: {"type": "string", "description": SECRET_TEXT}}}
    if "(JSON)" in row.treatment:
        return {EMAIL: SECRET_TEXT}
    if row.path.endswith(".url") or row.path.endswith("image_url"):
        return f"https://img.example.org/a.png?o={EMAIL}&r={RRN}"
    return SECRET_TEXT


def body_for(row: Row) -> dict[str, Any]:
    """A minimal request of ``row.endpoint`` with the secrets in the field ``row.path``."""
    segments = _segments(row.path)
    body: dict[str, Any] = _build(segments, _leaf(row))
    base = {
        "chat.completions": ("messages", None),
        "completions": ("prompt", "hi"),
        "embeddings": ("input", "hi"),
    }
    key, default = base[row.endpoint]
    body["model"] = "external-model"
    if key == "messages":
        messages = body.setdefault("messages", [])
        for m in messages:
            if isinstance(m, dict):
                fields = set(m)
                m.setdefault(
                    "role",
                    "assistant"
                    if fields & _ASSISTANT_FIELDS
                    else "tool"
                    if "tool_call_id" in fields
                    else "user",
                )
                for call in m.get("tool_calls") or []:
                    call.setdefault("function", {}) if call.get("type", "function") == "function" else None
                    if "function" in call:
                        call["function"].setdefault("name", "lookup")
                        call["function"].setdefault("arguments", "{}")
                if isinstance(m.get("function_call"), dict):
                    m["function_call"].setdefault("name", "lookup")
                    m["function_call"].setdefault("arguments", "{}")
        messages.insert(0, {"role": "user", "content": "hello"})
    elif key not in body:
        body[key] = default
    for tool in body.get("tools") or []:
        if isinstance(tool.get("function"), dict):
            tool["function"].setdefault("name", "lookup")
    for fn in body.get("functions") or []:
        fn.setdefault("name", "lookup")
    if isinstance(body.get("stop"), list):
        body["stop"] = body["stop"][:4]
    return body


SCANNED = [r for r in rows() if "scan" in r.treatment and not r.path.endswith(("].role", "].type"))]
REFUSED = [r for r in rows() if r.treatment == "refuse"]


@pytest.mark.parametrize("row", SCANNED, ids=lambda r: f"{r.endpoint}:{r.path}")
def test_a_secret_in_any_scanned_field_never_reaches_the_external_model(
    row: Row, gateways: dict, upstream: FakeUpstream
) -> None:
    body = body_for(row)
    r, ext, internal = send(gateways["reject"], upstream, "reject", row.endpoint, body)
    assert r.status_code in (200, 400), r.text
    assert not leaked(ext), f"{row.path}: the external upstream received {leaked(ext)}"
    if r.status_code == 400:  # the gateway's schema refuses this shape (custom tools...): nothing went out
        assert not ext and not internal and r.json()["error"]["code"] != "unknown_parameter", r.text
        return
    if row.treatment.startswith("attachment"):
        assert not ext and len(internal) == 1, f"{row.path}: an attachment must go to the internal model"
        return
    assert len(ext) == 1 and not internal
    # rewritten in place, not dropped: the pseudonyms are where the values were
    sent = json.dumps(ext[0].body, ensure_ascii=False)
    assert "<EMAIL_ADDRESS_" in sent or "<KR_RRN_" in sent, sent


@pytest.mark.parametrize("row", REFUSED, ids=lambda r: f"{r.endpoint}:{r.path}")
def test_refused_fields_are_refused_naming_them(row: Row, gateways: dict, upstream: FakeUpstream) -> None:
    base: dict[str, dict[str, Any]] = {
        "chat.completions": {"messages": [{"role": "user", "content": "hi"}]},
        "completions": {"prompt": "hi"},
    }
    body = {
        "model": "external-model",
        **base.get(row.endpoint, {"input": "hi"}),
        row.path: "http://elsewhere",
    }
    r, ext, internal = send(gateways["pass"], upstream, "pass", row.endpoint, body)
    assert r.status_code == 400 and not ext and not internal
    assert r.json()["error"]["code"] == "unsupported_parameter" and r.json()["error"]["param"] == row.path


def test_a_logit_bias_key_that_is_not_a_token_id_is_refused(gateways: dict, upstream: FakeUpstream) -> None:
    body = {
        "model": "external-model",
        "messages": [{"role": "user", "content": "hi"}],
        "logit_bias": {RRN: 5},
    }
    r, ext, _ = send(gateways["pass"], upstream, "pass", "chat.completions", body)
    assert r.status_code == 400 and r.json()["error"]["param"] == "logit_bias" and not ext
    assert RRN not in r.text
    body["logit_bias"] = {"50256": -100}
    r, ext, _ = send(gateways["pass"], upstream, "pass", "chat.completions", body)
    assert r.status_code == 200 and ext[0].body["logit_bias"] == {"50256": -100}


# An unknown key at each level: (where it is, the body).
def _msg(**extra: Any) -> dict[str, Any]:
    return {"model": "external-model", "messages": [{"role": "user", "content": "hello"}], **extra}


UNKNOWN: dict[str, tuple[str, dict[str, Any]]] = {
    "top level": ("x_note", _msg(x_note=SECRET_TEXT)),
    "message": (
        "messages[0].x_note",
        {"model": "external-model", "messages": [{"role": "user", "content": "hi", "x_note": SECRET_TEXT}]},
    ),
    "content part": (
        "messages[0].content[0].x_note",
        {
            "model": "external-model",
            "messages": [
                {"role": "user", "content": [{"type": "text", "text": "hi", "x_note": SECRET_TEXT}]}
            ],
        },
    ),
    "content part type": (
        "messages[0].content[1].type",
        {
            "model": "external-model",
            "messages": [
                {
                    "role": "user",
                    "content": [{"type": "text", "text": "hi"}, {"type": "x_doc", "x": SECRET_TEXT}],
                }
            ],
        },
    ),
    "tool": (
        "tools[0].x_note",
        _msg(tools=[{"type": "function", "function": {"name": "f"}, "x_note": SECRET_TEXT}]),
    ),
    "tool function": (
        "tools[0].function.x_note",
        _msg(tools=[{"type": "function", "function": {"name": "f", "x_note": SECRET_TEXT}}]),
    ),
    "nested object": (
        "response_format.json_schema.x_note",
        _msg(response_format={"type": "json_schema", "json_schema": {"name": "a", "x_note": SECRET_TEXT}}),
    ),
    "completions": ("x_note", {"model": "external-model", "prompt": "hi", "x_note": SECRET_TEXT}),
    "embeddings": ("x_note", {"model": "external-model", "input": "hi", "x_note": SECRET_TEXT}),
}


def _endpoint(body: dict[str, Any]) -> str:
    return "completions" if "prompt" in body else "embeddings" if "input" in body else "chat.completions"


@pytest.mark.parametrize("level", list(UNKNOWN))
def test_unknown_fields_rejected(level: str, gateways: dict, upstream: FakeUpstream) -> None:
    param, body = UNKNOWN[level]
    r, ext, internal = send(gateways["reject"], upstream, "reject", _endpoint(body), body)
    assert r.status_code == 400 and not ext and not internal
    error = r.json()["error"]
    assert error["code"] == "unknown_parameter" and error["param"] == param
    assert RRN not in r.text and EMAIL not in r.text


@pytest.mark.parametrize("level", list(UNKNOWN))
def test_unknown_fields_dropped(level: str, gateways: dict, upstream: FakeUpstream) -> None:
    param, body = UNKNOWN[level]
    r, ext, _ = send(gateways["drop"], upstream, "drop", _endpoint(body), body)
    assert r.status_code == 200, r.text
    dropped = param.removesuffix(".type")  # an unknown part type: the whole part goes
    assert r.headers["x-gateway-dropped-fields"] == dropped
    assert "x_note" not in strings(ext[0].body) and "x_doc" not in strings(ext[0].body)
    assert not leaked(ext)


@pytest.mark.parametrize("level", list(UNKNOWN))
def test_unknown_fields_passed_are_scanned(level: str, gateways: dict, upstream: FakeUpstream) -> None:
    param, body = UNKNOWN[level]
    r, ext, _ = send(gateways["pass"], upstream, "pass", _endpoint(body), body)
    assert r.status_code == 200, r.text
    sent = strings(ext[0].body)
    assert ("x_note" in sent or "x_doc" in sent) and not leaked(ext)
    assert any("<KR_RRN_" in s for s in sent)  # forwarded, with the secret pseudonymized in place


@pytest.mark.parametrize("setting", ["drop", "pass"])
@pytest.mark.parametrize(
    "extra", [{"guardrails": []}, {"metadata": {"guardrails": {"disable": True}}, "policy": "none"}]
)
def test_unknown_fields_never_switch_a_rule_off(
    setting: str, extra: dict, gateways: dict, upstream: FakeUpstream
) -> None:
    body = {
        "model": "external-model",
        "messages": [{"role": "user", "content": "run the forbidden-operation"}],
        **extra,
    }
    r, ext, internal = send(gateways[setting], upstream, setting, "chat.completions", body)
    assert r.status_code == 400 and r.json()["error"]["code"] == "content_policy_violation"
    assert not ext and not internal
