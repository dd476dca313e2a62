"""redact / mask / hash / pseudonymize, restoration (whole, streamed, tool calls)."""

from __future__ import annotations

import json

from hypothesis import given, settings
from hypothesis import strategies as st

from gateway.pii import (
    InMemoryVault,
    PIIDetector,
    Pseudonymizer,
    Restorer,
    StreamResponseRestorer,
    StreamRestorer,
    hash_values,
    mask,
    mask_value,
    pseudonymize_messages,
    redact,
    replace_texts,
    request_items,
    restore_response,
)

DET = PIIDetector(salt=b"test-salt")
RRN, PHONE, EMAIL = "900101-1234568", "010-1234-5678", "hong@example.com"
TEXT = f"홍길동 주민등록번호 {RRN}입니다. 연락처 {PHONE}로, 메일 {EMAIL}."


def spans(text):
    return DET.analyze(text)


def test_redact():
    assert (
        redact(TEXT, spans(TEXT))
        == "홍길동 주민등록번호 <KR_RRN>입니다. 연락처 <KR_PHONE>로, 메일 <EMAIL_ADDRESS>."
    )
    assert redact(TEXT, spans(TEXT), label="[{entity}]").count("[KR_RRN]") == 1


def test_mask():
    assert (
        mask(TEXT, spans(TEXT))
        == "홍길동 주민등록번호 900101-1******입니다. 연락처 010-****-5678로, 메일 h***@example.com."
    )
    assert mask_value("CREDIT_CARD", "4111 1111 1111 1111") == "**** **** **** 1111"
    assert mask_value("API_KEY", "sk-verysecret") == "********"
    assert mask_value("PERSON", "홍길동") == "홍*동"


def test_hash_is_salted_and_stable():
    a = hash_values(TEXT, spans(TEXT), b"salt1")
    assert a == hash_values(TEXT, spans(TEXT), b"salt1")
    assert a != hash_values(TEXT, spans(TEXT), b"salt2")
    assert RRN not in a and PHONE not in a and a.count("<KR_RRN:") == 1


async def test_pseudonymize_consistent_within_request_and_across_turns():
    vault = InMemoryVault()
    p = Pseudonymizer(vault, "conv-1")
    t1 = f"{PHONE}로 전화했고 다시 {PHONE}로 걸었어요. 주민번호 {RRN}"
    out1 = await p.pseudonymize(t1, spans(t1))
    assert out1 == "<KR_PHONE_1>로 전화했고 다시 <KR_PHONE_1>로 걸었어요. 주민번호 <KR_RRN_1>"
    # next turn of the same conversation: same value -> same placeholder, a new value -> _2
    t2 = f"제 번호는 {PHONE}이고 아내는 010-9876-5432입니다"
    out2 = await Pseudonymizer(vault, "conv-1").pseudonymize(t2, spans(t2))
    assert out2 == "제 번호는 <KR_PHONE_1>이고 아내는 <KR_PHONE_2>입니다"
    r = await p.restorer()
    assert r.restore(out1) == t1 and r.restore(out2) == t2


async def test_restore_ignores_unknown_and_other_scope_placeholders():
    vault = InMemoryVault()
    a, b = Pseudonymizer(vault, "conv-a"), Pseudonymizer(vault, "conv-b")
    await a.pseudonymize(TEXT, spans(TEXT))
    rb = await b.restorer()
    assert rb.restore("<KR_RRN_1> <PERSON_9>") == "<KR_RRN_1> <PERSON_9>"
    ra = await a.restorer()
    assert ra.restore("<KR_RRN_1> <PERSON_9> <KR_RRN_1") == f"{RRN} <PERSON_9> <KR_RRN_1"


async def test_messages_roundtrip_with_tool_calls_and_tool_results():
    messages = [
        {"role": "system", "content": "You are helpful."},
        {
            "role": "user",
            "content": [
                {"type": "text", "text": f"내 번호 {PHONE}로 예약해줘"},
                {"type": "image_url", "image_url": {"url": "http://x/y.png"}},
            ],
        },
        {
            "role": "assistant",
            "content": None,
            "tool_calls": [
                {
                    "id": "c1",
                    "type": "function",
                    "function": {"name": "book", "arguments": json.dumps({"phone": PHONE, "email": EMAIL})},
                }
            ],
        },
        {"role": "tool", "tool_call_id": "c1", "content": f"booked for {EMAIL}, ref RRN {RRN}"},
    ]
    items = request_items(messages)
    assert [i.location for i in items] == [
        "messages[0].content",
        "messages[1].content[0].text",
        "messages[1].content[1].image_url.url",  # every field that reaches the model (request_fields.py)
        "messages[2].tool_calls[0].id",
        "messages[2].tool_calls[0].function.name",
        "messages[2].tool_calls[0].function.arguments",
        "messages[3].tool_call_id",
        "messages[3].content",
    ]
    findings = await DET.detect(items, {}, "input")
    p = Pseudonymizer(InMemoryVault(), "req-1")
    out = await pseudonymize_messages(messages, findings, p)
    upstream = json.dumps(out, ensure_ascii=False)
    for raw in (PHONE, EMAIL, RRN):
        assert raw not in upstream
    assert out[1]["content"][0]["text"] == "내 번호 <KR_PHONE_1>로 예약해줘"
    assert json.loads(out[2]["tool_calls"][0]["function"]["arguments"]) == {
        "phone": "<KR_PHONE_1>",
        "email": "<EMAIL_ADDRESS_1>",
    }
    assert out[3]["content"] == "booked for <EMAIL_ADDRESS_1>, ref RRN <KR_RRN_1>"
    assert messages[1]["content"][0]["text"].startswith("내 번호 010")  # input untouched

    # The model answers with placeholders, in content and in a tool call.
    response = {
        "id": "x",
        "object": "chat.completion",
        "choices": [
            {
                "index": 0,
                "finish_reason": "tool_calls",
                "message": {
                    "role": "assistant",
                    "content": "<KR_PHONE_1>로 예약할게요",
                    "tool_calls": [
                        {
                            "id": "c2",
                            "type": "function",
                            "function": {
                                "name": "sms",
                                "arguments": '{"to": "<KR_PHONE_1>", "cc": "<EMAIL_ADDRESS_1>"}',
                            },
                        }
                    ],
                },
            }
        ],
    }
    restored = restore_response(response, await p.restorer())
    msg = restored["choices"][0]["message"]
    assert msg["content"] == f"{PHONE}로 예약할게요"
    assert json.loads(msg["tool_calls"][0]["function"]["arguments"]) == {"to": PHONE, "cc": EMAIL}


async def test_transform_messages_redact_and_mask():
    """The gateway's transform (was ``transform_messages``, a copy only tests used) redacts in the rule's
    style."""
    from gateway.context import RequestContext
    from gateway.stages.pii import PIITransform
    from policies.evaluator import Decision, Transform

    messages = [{"role": "user", "content": f"번호 {PHONE}"}]
    items = request_items(messages)
    fs = [f for f in DET._findings(items, DET.validate_params({}), "input")]

    async def transform_messages(style: str) -> list[dict[str, str]]:
        spans = tuple(
            Transform("redact", f.type, "r", f.location, f.start, f.end, {"style": style}) for f in fs
        )
        out = await PIITransform(InMemoryVault())(
            RequestContext("req_t", "chat.completions"),
            Decision("redact", "input", "v", transforms=spans),
            items,
        )
        return replace_texts(messages, {it.location: it.text for it in out})

    assert (await transform_messages("label"))[0]["content"] == "번호 <KR_PHONE>"
    assert (await transform_messages("mask"))[0]["content"] == "번호 010-****-5678"


def test_restore_json_escapes_values():
    r = Restorer({"<PASSWORD_1>": 'a"b\\c', "<PERSON_1>": "홍길동"})
    args = '{"pw": "<PASSWORD_1>", "name": "<PERSON_1>"}'
    assert json.loads(r.restore_json(args)) == {"pw": 'a"b\\c', "name": "홍길동"}


# --- streaming ----------------------------------------------------------------------------------

MAPPING = {
    "<PERSON_1>": "Kim Minsu",
    "<KR_RRN_1>": RRN,
    "<KR_PHONE_12>": PHONE,
    "<EMAIL_ADDRESS_1>": 'x"y@z.io',
}


def test_stream_holds_back_only_partial_placeholders():
    s = StreamRestorer(MAPPING)
    assert s.feed("Hello <PER") == "Hello "
    assert s.pending == 4
    assert s.feed("SON_1>, your number <") == "Kim Minsu, your number "
    assert s.feed("KR_PHONE_12> ok") == f"{PHONE} ok"
    assert s.feed(" a < b and <x") == " a < b and <x"  # not placeholder prefixes: nothing held
    assert s.feed(" tail <KR_") == " tail "
    assert s.flush() == "<KR_"


_pieces = st.lists(
    st.sampled_from(
        list(MAPPING) + ["<PERSON_2>", "<", ">", "<KR_", "_1>", "a", "가나다", " ", "\n", "<<", "PERSON"]
    ),
    max_size=30,
)


def _chunks(text: str, cuts: list[int]) -> list[str]:
    pos = sorted({c % (len(text) + 1) for c in cuts} | {0, len(text)})
    return [text[a:b] for a, b in zip(pos, pos[1:])]


@settings(max_examples=300, deadline=None)
@given(_pieces, st.lists(st.integers(min_value=0, max_value=10_000), max_size=20), st.booleans())
def test_stream_restoration_equals_whole_restoration_for_any_chunking(pieces, cuts, json_escape):
    text = "".join(pieces)
    whole = Restorer(MAPPING).restore(text, json_escape)
    s = StreamRestorer(MAPPING, json_escape=json_escape)
    streamed = "".join(s.feed(c) for c in _chunks(text, cuts)) + s.flush()
    assert streamed == whole


@settings(max_examples=100, deadline=None)
@given(st.text(alphabet="<>_ABCKR01a가", max_size=60), st.lists(st.integers(0, 100), max_size=10))
def test_stream_restoration_random_text(text, cuts):
    s = StreamRestorer(MAPPING)
    assert "".join(s.feed(c) for c in _chunks(text, cuts)) + s.flush() == Restorer(MAPPING).restore(text)


def test_stream_response_restorer_content_and_tool_call_deltas():
    r = Restorer(MAPPING)
    sr = StreamResponseRestorer(r)

    def chunk(delta, finish=None):
        return {
            "id": "c",
            "object": "chat.completion.chunk",
            "choices": [{"index": 0, "delta": delta, "finish_reason": finish}],
        }

    content = ""
    args = ""
    for c in [
        chunk({"role": "assistant", "content": "Dear <PER"}),
        chunk({"content": "SON_1>, RRN <KR"}),
        chunk({"content": "_RRN_1>"}),
        chunk(
            {
                "tool_calls": [
                    {"index": 0, "id": "t", "function": {"name": "f", "arguments": '{"e": "<EMAIL_'}}
                ]
            }
        ),
        chunk({"tool_calls": [{"index": 0, "function": {"arguments": 'ADDRESS_1>"}'}}]}),
        chunk({"content": " <KR_"}, finish="stop"),
    ]:
        out = sr.restore_chunk(c)
        d = out["choices"][0]["delta"]
        content += d.get("content") or ""
        for tc in d.get("tool_calls") or ():
            args += tc["function"].get("arguments") or ""
    assert content == f"Dear Kim Minsu, RRN {RRN} <KR_"
    assert json.loads(args) == {"e": 'x"y@z.io'}
    assert sr.flush() == {}


async def test_any_finding_type_gives_a_restorable_placeholder():
    """Findings from other detectors (a policy regex named "kr-phone", a keyword) pseudonymize too."""
    from dataclasses import dataclass

    @dataclass
    class T:  # the shape of policies' Transform / Finding: type, location, start, end
        type: str
        location: str
        start: int
        end: int

    text = "call 010-1234-5678 about project x-ray"
    fs = [
        T("kr-phone", "m", 5, 18),
        T("keyword", "m", text.index("x-ray"), len(text)),
        T("9lives", "m", 0, 4),
    ]
    p = Pseudonymizer(InMemoryVault(), "s")
    out = (await p.pseudonymize_many({"m": text}, fs))["m"]
    assert out == "<X9LIVES_1> <KR_PHONE_1> about project <KEYWORD_1>"
    assert (await p.restorer()).restore(out) == text


def test_refusal_and_reasoning_are_restored_whole_and_streamed():
    """A model may name the client's placeholder in a refusal or in its reasoning: the client reads
    its own value there too, not <PERSON_1>."""
    r = Restorer(MAPPING)
    message = {
        "role": "assistant",
        "content": None,
        "refusal": "I cannot write to <PERSON_1>.",
        "reasoning_content": "The user asks about <KR_RRN_1>.",
    }
    whole = restore_response({"choices": [{"index": 0, "message": message}]}, r)["choices"][0]["message"]
    assert whole["refusal"] == "I cannot write to Kim Minsu."
    assert whole["reasoning_content"] == f"The user asks about {RRN}."

    sr = StreamResponseRestorer(r)
    got = {"refusal": "", "reasoning_content": "", "reasoning": ""}
    for delta, finish in [
        ({"reasoning_content": "about <KR_R"}, None),
        ({"reasoning_content": "RN_1>", "reasoning": "<PERS"}, None),
        ({"refusal": "no, <PERSON_1"}, None),
        ({"reasoning": "ON_1>"}, None),
        ({"refusal": ">"}, "stop"),
    ]:
        out = sr.restore_chunk({"choices": [{"index": 0, "delta": delta, "finish_reason": finish}]})
        for name in got:
            got[name] += out["choices"][0]["delta"].get(name) or ""
    assert got == {"refusal": "no, Kim Minsu", "reasoning_content": f"about {RRN}", "reasoning": "Kim Minsu"}
    assert sr.flush() == {}
