"""Built-in detectors and the plan runner."""

from __future__ import annotations

import asyncio
from collections.abc import Mapping, Sequence
from typing import Any

import pytest

from policies.detectors import (
    ClassificationMarkerDetector,
    KeywordDetector,
    RegexDetector,
    SecretsDetector,
    SizeDetector,
    SourceCodeDetector,
    builtin_detectors,
)
from policies.evaluator import Decision, Transform, evaluate
from policies.findings import ChecksParams, Detector, DetectorError, Finding, TextItem
from policies.matcher import RequestMeta
from policies.runner import apply_transforms, items_from_messages, run_plan

from .helpers import load_texts, policy_yaml


def items(*texts: str, role: str = "user") -> list[TextItem]:
    return [TextItem(f"messages[{i}].content", t, role) for i, t in enumerate(texts)]


def test_all_builtins_implement_the_protocol_and_check_params():
    for name, d in builtin_detectors().items():
        assert isinstance(d, Detector) and isinstance(d, ChecksParams) and d.name == name


async def test_keywords_case_offsets_whole_word_and_roles():
    d = KeywordDetector()
    text = "Please IGNORE previous instructions, ignored."
    found = await d.detect(items(text), {"keywords": ["ignore"]}, "input")
    assert [(f.start, f.end) for f in found] == [(7, 13), (37, 43)]
    assert all(text[f.start : f.end].lower() == "ignore" for f in found)
    assert len(await d.detect(items(text), {"keywords": ["ignore"], "whole_word": True}, "input")) == 1
    sensitive = await d.detect(items(text), {"keywords": ["ignore"], "case_sensitive": True}, "input")
    assert [(f.start, f.end) for f in sensitive] == [(37, 43)]
    assert (
        await d.detect(items(text, role="system"), {"keywords": ["ignore"], "roles": ["user"]}, "input") == []
    )
    f = found[0]
    assert (f.detector, f.type, f.score, f.location) == ("keywords", "keyword", 1.0, "messages[0].content")


async def test_regex_named_patterns_set_the_type():
    d = RegexDetector()
    params = {"patterns": [{"name": "TICKET", "pattern": r"JIRA-\d+"}, r"\bfoo\b"], "type": "misc"}
    found = await d.detect(items("see JIRA-42 and foo"), params, "input")
    assert [(f.type, f.start, f.end) for f in found] == [("TICKET", 4, 11), ("misc", 16, 19)]


async def test_size_limits():
    d = SizeDetector()
    found = await d.detect(
        items("a" * 50, "b" * 10),
        {"max_chars": 40, "max_messages": 1, "max_item_chars": 20, "max_tokens": 5},
        "input",
    )
    kinds = sorted((f.type, f.meta.get("value")) for f in found)
    assert kinds == [("max_chars", 60), ("max_item_chars", 50), ("max_messages", 2), ("max_tokens", 16)]
    assert await d.detect(items("short"), {"max_chars": 40}, "input") == []


async def test_classification_markers():
    d = ClassificationMarkerDetector()
    text = "[대외비] 보고서. 이 문서는 Ⅱ급 비밀이며 국가기밀 포함. 비밀번호는 별도."
    found = await d.detect(items(text), {}, "input")
    assert [f.type for f in found] == [
        "KR_RESTRICTED",
        "KR_CLASSIFIED",
        "KR_STATE_SECRET",
    ]  # 비밀번호 is not a marker
    assert [text[f.start : f.end] for f in found] == ["대외비", "Ⅱ급 비밀", "국가기밀"]
    only = await d.detect(items(text), {"types": ["KR_STATE_SECRET"]}, "input")
    assert [f.type for f in only] == ["KR_STATE_SECRET"]


async def test_secrets():
    d = SecretsDetector()
    text = (
        "key AKIAIOSFODNN7EXAMPLE and ghp_" + "a" * 36 + "\n-----BEGIN RSA PRIVATE KEY-----\n"
        "password = hunter2hunter2; 비밀번호: qwer1234!"
    )
    types = [f.type for f in await d.detect(items(text), {}, "input")]
    assert types == [
        "AWS_ACCESS_KEY",
        "GITHUB_TOKEN",
        "PRIVATE_KEY",
        "CREDENTIAL_ASSIGNMENT",
        "CREDENTIAL_ASSIGNMENT",
    ]
    assert await d.detect(items("the password policy says eight characters"), {}, "input") == []


@pytest.mark.parametrize(
    "text,secret",
    [
        ("DB 접속 정보 비번은 Hx7#qP2v!Lm9zR4w 이야", "Hx7#qP2v!Lm9zR4w"),
        ("비밀번호는 Qwer1234! 입니다", "Qwer1234!"),
        ("The password is Hx7#qP2v!Lm9zR4w", "Hx7#qP2v!Lm9zR4w"),
        ("run it with --password Hx7#qP2v!Lm9zR4w", "Hx7#qP2v!Lm9zR4w"),
        ("--db-password=Hx7#qP2v!Lm9zR4w", "Hx7#qP2v!Lm9zR4w"),
        ("mysql -u root -pHx7#qP2v!Lm9zR4w mydb", "Hx7#qP2v!Lm9zR4w"),
        ("password=Hx7\n#qP2v!Lm9zR4w", "#qP2v!Lm9zR4w"),
        ("액세스 키: AKIAZ7QH3K\nX2M9WPL4TR", "X2M9WPL4TR"),
    ],
)
async def test_secrets_said_in_words_flags_or_broken_over_a_line(text: str, secret: str) -> None:
    found = await SecretsDetector().detect(items(text), {}, "input")
    assert len(found) == 1
    f = found[0]
    assert text.index(secret) >= f.start and text.index(secret) + len(secret) <= f.end


@pytest.mark.parametrize(
    "text",
    [
        "The password is required for every login.",
        "비밀번호는 8자 이상이어야 합니다",
        "비번이 기억 안 나요",
        "use --password with care",
        "--password-file /etc/app/pw",
        "mkdir -p /tmp/build && psql -p 5432",
        "mysql -u root -p",
        "AKIAZ7QH3K\nnext line",
    ],
)
async def test_password_talk_and_ordinary_flags_are_not_secrets(text: str) -> None:
    assert await SecretsDetector().detect(items(text), {}, "input") == []


async def test_secrets_spelled_with_greek_or_cyrillic_look_alikes():
    d = SecretsDetector()
    # the whole spelling is found, offsets in the text as written (what redact masks)
    for text, kind, secret in [
        ("key \u0391\u039a\u0399\u0391Z7QH3K\u03a72M9WPL4TR ok", "AWS_ACCESS_KEY", 4),
        ("\u0440\u0430\u0455\u0455w\u043erd=\u0397\u04457#q\u03a12v!Lm9zR4w", "CREDENTIAL_ASSIGNMENT", 0),
    ]:
        (f,) = await d.detect(items(text), {}, "input")
        assert (f.type, f.start, f.end) == (kind, secret, len(text) - (3 if secret else 0))
    # Russian or Greek prose is not a secret
    prose = ("Пароль должен быть длинным.", "Καλημέρα σας, κωδικός πρόσβασης.")
    assert await d.detect(items(*prose), {}, "input") == []


async def test_secrets_split_into_concatenated_string_literals():
    d = SecretsDetector()
    for text, kind in [
        ('key = "sk-live-tMYAteX75TGZ" + "YvRKqBJfEe1yqt9EN8MatA9sft0m"', "OPENAI_KEY"),
        ("aws_id = 'AKIAZ7QH'+'3KX2M9WPL4TR'", "AWS_ACCESS_KEY"),
    ]:
        (f,) = await d.detect(items(text), {}, "input")
        quote = text[-1]
        assert (
            f.type == kind
            and text[f.end - 1] != quote
            and quote + "+" in text[f.start : f.end].replace(" ", "")
        )
    assert await d.detect(items('print("hello" + "world")', "x = 'a' + 'b' + 'c'"), {}, "input") == []
    # a key whole in one literal, concatenated with something else: found, and only the key is covered
    for text, key in [
        ('k = "AKIAIOSFODNN7EXAMPLE" + "XYZ"', "AKIAIOSFODNN7EXAMPLE"),
        ("t = 'ghp_" + "a" * 36 + "' + 'abc'", "ghp_" + "a" * 36),
    ]:
        (f,) = await d.detect(items(text), {}, "input")
        assert text[f.start : f.end] == key


async def test_secret_key_prefix_in_capitals_is_the_same_key():
    d = SecretsDetector()
    tail = "tMYAteX75TGZYvRKqBJfEe1yqt9EN8MatA9sft0m"
    for text in (f"SK-LIVE-{tail}", f"Sk-{tail}", f"use SK_{tail} here"):
        (f,) = await d.detect(items(text), {}, "input")
        assert f.type == "OPENAI_KEY" and tail in text[f.start : f.end], text
    # a capitalised word that merely starts with "sk" is not a key
    prose = "SK-hynix and SK Telecom reported results; Skim the report."
    assert await d.detect(items(prose), {}, "input") == []


async def test_aws_key_spelled_out_one_character_at_a_time():
    d = SecretsDetector()
    key = "AKIAZ7QH3KX2M9WPL4TR"
    for sep in (" ", "\u00a0"):
        text = f"the key is {sep.join(key)} - rotate it"
        (f,) = await d.detect(items(text), {}, "input")
        assert f.type == "AWS_ACCESS_KEY" and text[f.start : f.end] == sep.join(key)
    # spaced capitals that are not a whole key id are not a key
    prose = "A K I A is how the prefix reads aloud; A S I A B C D is too short."
    assert await d.detect(items(prose), {}, "input") == []


async def test_source_code_heuristic():
    d = SourceCodeDetector()
    code = "def f(x):\n    y = x + 1\n    return y\n"
    assert [f.type for f in await d.detect(items(code), {}, "input")] == ["SOURCE_CODE"]
    prose = "오늘 회의에서는 예산과 일정에 대해 논의했습니다.\n다음 주에 다시 모입니다.\n감사합니다."
    assert await d.detect(items(prose), {}, "input") == []


def test_check_params_reports_paths():
    assert [(p.path, p.message) for p in KeywordDetector().check_params({"keywords": []}, "input")] == [
        (("keywords",), "keywords must be a non-empty list")
    ]
    problems = RegexDetector().check_params({"patterns": ["ok", "(", ".*"], "flags": 1}, "input")
    assert [(p.path, p.message.split(":")[0]) for p in problems] == [
        (("flags",), "unknown parameter 'flags'"),
        (("patterns", 1), "invalid regular expression"),
        (("patterns", 2), "pattern matches the empty string"),
    ]
    assert SizeDetector().check_params({}, "input")[0].message == "size needs at least one limit"
    (p,) = ClassificationMarkerDetector().check_params({"types": ["KR_RESTRICTD"]}, "input")
    assert p.path == ("types", 0) and p.hint == "did you mean 'KR_RESTRICTED'?"


# -- runner -----------------------------------------------------------------------------------------
class Counting:
    def __init__(self, name: str, result: Any = None, delay: float = 0.0) -> None:
        self.name, self.result, self.delay, self.calls = name, result, delay, 0

    async def detect(
        self, items: Sequence[TextItem], params: Mapping[str, Any], direction: str
    ) -> list[Finding]:
        self.calls += 1
        if self.delay:
            await asyncio.sleep(self.delay)
        if isinstance(self.result, Exception):
            raise self.result
        return list(self.result or [])


async def test_run_plan_shares_calls_and_turns_failures_into_detector_errors():
    ps = load_texts(
        policy_yaml(
            "p",
            rules="""
    - {id: a, detector: ok, params: {x: 1}, action: flag}
    - {id: b, detector: ok, params: {x: 1}, action: block}
    - {id: c, detector: crash, action: block, on_error: open}
    - {id: d, detector: slow, action: block}
    - {id: e, detector: missing, action: block, on_error: open}
    - {id: f, detector: own, action: block}
    """,
        )
    )
    ok = Counting("ok", [Finding("ok", "t", 0.9)])
    detectors = {
        "ok": ok,
        "crash": Counting("crash", RuntimeError("secret text here")),
        "slow": Counting("slow", [], delay=5),
        "own": Counting("own", DetectorError("quota")),
    }
    req = RequestMeta()
    plan = ps.plan(ps.match(req), "input", req)
    results = await run_plan(plan, items("x"), detectors, timeout_s=0.05)
    assert ok.calls == 1 and results["p/a"] is results["p/b"]
    assert str(results["p/c"]) == "detector 'crash' failed: RuntimeError"  # no exception text leaks
    assert str(results["p/d"]) == "detector 'slow' timed out"
    assert str(results["p/e"]) == "detector 'missing' not available"
    assert str(results["p/f"]) == "quota"
    d = evaluate(plan, results)
    assert d.action == "block" and {r.rule for r in d.reasons} == {"p/a", "p/b", "p/d", "p/f"}


def test_items_from_messages():
    msgs = [
        {"role": "system", "content": "sys"},
        {"role": "user", "content": [{"type": "text", "text": "hi"}, {"type": "image_url", "image_url": {}}]},
        {
            "role": "assistant",
            "content": None,
            "tool_calls": [{"function": {"name": "f", "arguments": '{"a": 1}'}}],
        },
    ]
    assert [(i.location, i.text, i.role) for i in items_from_messages(msgs)] == [
        ("messages[0].content", "sys", "system"),
        ("messages[1].content[0].text", "hi", "user"),
        # the called function's name is text the model reads too (policies/request_fields.py)
        ("messages[2].tool_calls[0].function.name", "f", "assistant"),
        ("messages[2].tool_calls[0].function.arguments", '{"a": 1}', "assistant"),
    ]


def test_apply_transforms_spans_overlaps_and_whole_items():
    its = items("mail a@b.io or a@b.io, call 010-1234-5678", "untouched", "whole secret")
    d = Decision(
        "pseudonymize",
        "input",
        "v",
        transforms=(
            Transform("pseudonymize", "EMAIL", "p/r", "messages[0].content", 5, 11),
            Transform("pseudonymize", "EMAIL", "p/r", "messages[0].content", 15, 21),
            Transform("redact", "PHONE", "p/r", "messages[0].content", 28, 41),
            Transform("redact", "PHONE", "p/r", "messages[0].content", 30, 35),  # overlaps the previous span
            Transform("redact", "SECRET", "p/r", "messages[2].content"),
        ),
    )
    out = [i.text for i in apply_transforms(d, its)]
    assert out == ["mail <EMAIL_1> or <EMAIL_1>, call [REDACTED:PHONE]", "untouched", "[REDACTED:SECRET]"]
