"""Output rules on streams: sliding windows, strict and fast, stopping cleanly through the openai SDK.

The fake upstream echoes the user's message word by word, so each test knows exactly which text
falls in which window: with windows of 64 characters overlapping by 16, window k covers
``[48(k-1), 48(k-1) + 64)``.
"""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import openai
import pytest
from openai import OpenAI

from tests.conftest import RunningGateway
from tests.fake_upstream import FakeUpstream

WINDOW, OVERLAP = 64, 16
STEP = WINDOW - OVERLAP
BAD = "XFORBIDDENX"

POLICIES = {
    "strict.yaml": f"""
apiVersion: safety-gateway/v1
kind: Policy
metadata: {{name: strict-out}}
spec:
  match: {{models: [strict-model, strict-tools]}}
  stream_check: strict
  stream_window: {{size: {WINDOW}, overlap: {OVERLAP}}}
  rules:
    - id: block-bad-output
      direction: output
      detector: keywords
      params: {{keywords: [{BAD}]}}
      action: block
    - id: redact-email-output
      direction: output
      detector: regex
      params: {{patterns: [{{name: EMAIL, pattern: '[a-z]+@[a-z]+\\.example'}}]}}
      action: redact
    - id: cut-at-marker
      direction: output
      detector: keywords
      params: {{keywords: [CUT-HERE-MARKER]}}
      action: truncate
""",
    "fast.yaml": f"""
apiVersion: safety-gateway/v1
kind: Policy
metadata: {{name: fast-out}}
spec:
  match: {{models: [fast-model]}}
  stream_check: fast
  stream_window: {{size: {WINDOW}, overlap: {OVERLAP}}}
  rules:
    - id: block-bad-output
      direction: output
      detector: keywords
      params: {{keywords: [{BAD}]}}
      action: block
""",
}

CONFIG = """
model_list:
  - model_name: strict-model
    litellm_params: {{model: openai/m, api_base: "{echo}", api_key: k}}
  - model_name: fast-model
    litellm_params: {{model: openai/m, api_base: "{echo}", api_key: k}}
  - model_name: plain-model
    litellm_params: {{model: openai/m, api_base: "{echo}", api_key: k}}
  - model_name: strict-tools
    litellm_params: {{model: openai/m, api_base: "{tools}", api_key: k}}
policy_paths: ["{policy_dir}"]
audit: {{sink: sqlite, path: "{audit_dir}/audit.db", spool_dir: "{audit_dir}/spool",
  signing_key: "{audit_dir}/audit.pem"}}
"""


def words(n: int, tag: str = "w") -> str:
    """``n`` characters of distinct, space-separated filler words (no keyword, no e-mail)."""
    out, i = "", 0
    while len(out) < n:
        out += ("" if not out else " ") + f"{tag}{i:03d}"
        i += 1
    return out[:n].rstrip()


@pytest.fixture(scope="module")
def setup(
    make_gateway, upstream: FakeUpstream, tmp_path_factory: pytest.TempPathFactory
) -> tuple[RunningGateway, Path]:
    policy_dir = tmp_path_factory.mktemp("stream-policies")
    for name, text in POLICIES.items():
        (policy_dir / name).write_text(text, encoding="utf-8")
    audit_dir = tmp_path_factory.mktemp("stream-audit")
    gw = make_gateway(
        CONFIG.format(
            echo=upstream.url("echo"),
            tools=upstream.url("echo,tool_call"),
            policy_dir=policy_dir,
            audit_dir=audit_dir,
        )
    )
    return gw, audit_dir


@pytest.fixture()
def client(setup: tuple[RunningGateway, Path]) -> OpenAI:
    return OpenAI(base_url=setup[0].url, api_key=setup[0].key("alpha"), max_retries=0, timeout=30)


def _stream(client: OpenAI, model: str, text: str, **kw) -> tuple[str, list, Exception | None, str]:
    """Content the SDK received, its chunks, the exception it raised, and the request id."""
    raw = client.chat.completions.with_raw_response.create(
        model=model, stream=True, messages=[{"role": "user", "content": text}], **kw
    )
    chunks, error = [], None
    try:
        for chunk in raw.parse():
            chunks.append(chunk)
    except openai.APIError as exc:
        error = exc
    content = "".join(c.choices[0].delta.content or "" for c in chunks if c.choices)
    return content, chunks, error, raw.headers["x-request-id"]


def _raw_bytes(client: OpenAI, model: str, text: str) -> bytes:
    with client.chat.completions.with_streaming_response.create(
        model=model, stream=True, messages=[{"role": "user", "content": text}]
    ) as response:
        return b"".join(response.iter_bytes())


def test_strict_third_window_harmful_client_gets_none_of_it(client: OpenAI) -> None:
    # The keyword lies wholly inside window 3 ([96, 160)) and in no earlier window.
    text = words(118) + f" {BAD} " + words(200, "t")
    start = text.index(BAD)
    assert 2 * STEP + WINDOW > start >= STEP + WINDOW  # only window 3 contains it
    content, chunks, error, _ = _stream(client, "strict-model", text)
    third_window = text[2 * STEP :]
    assert text.startswith(content) and len(content) <= 2 * STEP  # a prefix, ending before window 3
    assert content.strip(), "the clean first windows were delivered"
    assert BAD not in content
    raw = _raw_bytes(client, "strict-model", text).decode()
    assert BAD not in raw and third_window[:20] not in raw.replace('"content":"', "")
    # The SDK saw a content_filter finish, then raised the error event naming the rule.
    assert chunks[-1].choices[0].finish_reason == "content_filter"
    assert isinstance(error, openai.APIError) and "block-bad-output" in str(error)
    assert error.body["code"] == "content_policy_violation"
    assert raw.rstrip().endswith("data: [DONE]")


def test_fast_mode_stops_within_one_window(client: OpenAI) -> None:
    text = words(118) + f" {BAD} " + words(600, "t")
    content, chunks, error, _ = _stream(client, "fast-model", text)
    violating_window_end = 2 * STEP + WINDOW
    assert text.startswith(content)
    assert len(content) <= violating_window_end + STEP + 8, "stopped at most one window after the violation"
    assert len(content) < len(text) - 200
    assert chunks[-1].choices[0].finish_reason == "content_filter"
    assert isinstance(error, openai.APIError) and error.body["code"] == "content_policy_violation"


@pytest.mark.parametrize("model", ["strict-model", "fast-model", "plain-model"])
def test_clean_stream_delivered_exactly(client: OpenAI, model: str) -> None:
    text = words(700)
    content, chunks, error, _ = _stream(client, model, text)
    assert error is None and content == text
    assert chunks[-1].choices[0].finish_reason == "stop"


@pytest.mark.parametrize("cut_in_window", [1, 3])
def test_strict_redacts_output_pii_across_chunks_and_windows(client: OpenAI, cut_in_window: int) -> None:
    # The address straddles a window boundary (and several chunks): the overlap sees it whole.
    pad = WINDOW - 10 if cut_in_window == 1 else 2 * STEP + WINDOW - 10
    text = words(pad) + " contact kim@mail.example soon " + words(150, "z")
    content, _, error, _ = _stream(client, "strict-model", text)
    assert error is None
    assert "kim@mail.example" not in content and "<EMAIL>" in content
    assert content.replace("<EMAIL>", "kim@mail.example") == text


def test_truncate_ends_stream_cleanly_before_the_match(client: OpenAI) -> None:
    text = words(150) + " CUT-HERE-MARKER " + words(200, "q")
    content, chunks, error, _ = _stream(client, "strict-model", text)
    assert error is None  # truncation is not an error: the answer simply ends
    assert text.startswith(content) and "CUT-HERE-MARKER" not in content
    assert len(content) >= 100  # text up to the cut was kept
    assert chunks[-1].choices[0].finish_reason == "content_filter"
    whole = client.chat.completions.create(model="strict-model", messages=[{"role": "user", "content": text}])
    assert whole.choices[0].finish_reason == "content_filter"
    assert whole.choices[0].message.content == text[: text.index("CUT-HERE-MARKER")]


def test_tool_call_arguments_are_checked_streamed_and_whole(client: OpenAI) -> None:
    tools = [{"type": "function", "function": {"name": "lookup", "parameters": {"type": "object"}}}]
    # The fake upstream puts the user's text into the tool call's arguments.
    _, chunks, error, _ = _stream(client, "strict-tools", f"query {BAD} now", tools=tools)
    assert isinstance(error, openai.APIError) and error.body["code"] == "content_policy_violation"
    args = "".join(
        tc.function.arguments or "" for c in chunks if c.choices for tc in c.choices[0].delta.tool_calls or ()
    )
    assert BAD not in args
    with pytest.raises(openai.BadRequestError):
        client.chat.completions.create(
            model="strict-tools", tools=tools, messages=[{"role": "user", "content": f"query {BAD} now"}]
        )


def test_json_mode_output_is_checked(client: OpenAI) -> None:
    with pytest.raises(openai.BadRequestError) as info:
        client.chat.completions.create(
            model="strict-model",
            response_format={"type": "json_object"},
            messages=[{"role": "user", "content": json.dumps({"v": BAD})}],
        )
    assert info.value.body["code"] == "content_policy_violation"


def test_audit_record_says_where_and_why_the_stream_stopped(
    setup: tuple[RunningGateway, Path], client: OpenAI
) -> None:
    gw, audit_dir = setup
    text = words(118) + f" {BAD} " + words(200, "t")
    content, _, _, rid = _stream(client, "strict-model", text, extra_headers={"x-request-id": "stop-where-1"})
    config = audit_dir / "export.yaml"
    config.write_text(
        f"model_list: [{{model_name: x, litellm_params: {{model: openai/x}}}}]\n"
        f"audit: {{sink: sqlite, path: '{audit_dir}/audit.db', spool_dir: '{audit_dir}/spool', "
        f"signing_key: '{audit_dir}/audit.pem'}}\n",
        encoding="utf-8",
    )
    import time

    deadline = time.monotonic() + 20
    record = None
    while record is None and time.monotonic() < deadline:
        proc = subprocess.run(
            [sys.executable, "-m", "gateway", "audit", "export", "--config", str(config)],
            capture_output=True,
            text=True,
            timeout=120,
        )
        assert proc.returncode == 0, proc.stderr
        records = {r["request_id"]: r for r in map(json.loads, filter(str.strip, proc.stdout.splitlines()))}
        record = records.get(rid)  # the gateway's id; the client's is kept beside it
        if record is None:
            time.sleep(0.5)
    assert record is not None
    assert record["decision"] == "block" and record["client_request_id"] == "stop-where-1"
    stop = record["stream_stop"]
    assert stop["rule_id"] == "strict-out/block-bad-output"
    assert stop["char_offset"] == len(content) and "window 3" in stop["reason"] and "strict" in stop["reason"]


def test_legacy_completions_stream_is_windowed_too(client: OpenAI) -> None:
    text = words(118) + f" {BAD} " + words(200, "t")
    received, error = "", None
    last = None
    try:
        for chunk in client.completions.create(model="strict-model", prompt=text, stream=True):
            if chunk.choices:
                received += chunk.choices[0].text or ""
                last = chunk.choices[0].finish_reason or last
    except openai.APIError as exc:
        error = exc
    assert text.startswith(received) and len(received) <= 2 * STEP and BAD not in received
    assert last == "content_filter" and error is not None and error.body["code"] == "content_policy_violation"
