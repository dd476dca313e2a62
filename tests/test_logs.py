"""Structured logs: ``server.log_format: json`` makes every line of a real ``safety-gateway serve``
process one JSON object, access lines carry the request id and the trace id, and no line carries
request text or PII."""

from __future__ import annotations

import json
import logging
import os
import signal
import subprocess
import uuid
from pathlib import Path

import openai
import pytest
from openai import OpenAI

from tests.conftest import serve_process, write_config
from tests.fake_upstream import FakeUpstream

MARK = f"zl{uuid.uuid4().hex[:10]}"
EMAIL = f"{MARK}.park@example.go.kr"

POLICY = """\
apiVersion: safety-gateway/v1
kind: Policy
metadata: {name: log-test, owner: tests}
spec:
  match: {}
  rules:
    - id: pseudonymize-email
      direction: input
      detector: pii
      params: {entities: [EMAIL_ADDRESS]}
      action: pseudonymize
"""


def _serve(config: Path, env: dict[str, str]) -> tuple[subprocess.Popen[str], int]:
    return serve_process(config, env)


def test_json_logs_from_a_real_process(tmp_path: Path, upstream: FakeUpstream) -> None:
    (tmp_path / "policy.yaml").write_text(POLICY, encoding="utf-8")
    config = write_config(
        tmp_path,
        f"""
        server: {{log_format: json, access_log: true, log_level: debug}}
        model_list:
          - model_name: echo
            litellm_params: {{model: openai/m, api_base: "{upstream.url("echo,tag=logs")}", api_key: k}}
          - model_name: broken
            litellm_params: {{model: openai/m, api_base: "{upstream.url("status=500,tag=logs")}", api_key: k}}
        router_settings: {{num_retries: 1}}
        policy_paths: [policy.yaml]
        """,
    )
    # Tracing on with the console exporter (spans go to stdout): access lines then carry trace ids.
    env = {**os.environ, "SAFETY_GATEWAY_KEYS": "sk-logs=team", "OTEL_TRACES_EXPORTER": "console"}
    proc, port = _serve(config, env)
    ids: list[str] = []
    try:
        client = OpenAI(base_url=f"http://127.0.0.1:{port}/v1", api_key="sk-logs", max_retries=0)
        raw = client.chat.completions.with_raw_response.create(
            model="echo", messages=[{"role": "user", "content": f"write to {EMAIL} about {MARK}"}]
        )
        ids.append(raw.headers["x-request-id"])
        assert EMAIL in raw.parse().choices[0].message.content
        with pytest.raises(openai.APIStatusError) as err:
            client.chat.completions.create(
                model="broken", messages=[{"role": "user", "content": f"{MARK} {EMAIL}"}]
            )
        ids.append(err.value.response.headers["x-request-id"])
        with pytest.raises(openai.AuthenticationError):
            OpenAI(base_url=f"http://127.0.0.1:{port}/v1", api_key="sk-wrong", max_retries=0).models.list()
    finally:
        proc.send_signal(signal.SIGINT)
        out, err_text = proc.communicate(timeout=30)
    lines = [line for line in err_text.splitlines() if line.strip()]
    assert lines
    records = []
    for line in lines:
        record = json.loads(line)  # every line of stderr is one JSON object
        assert isinstance(record, dict) and {"ts", "level", "logger"} <= set(record), line
        records.append(record)
    loggers = {r["logger"] for r in records}
    assert "uvicorn.error" in loggers  # uvicorn's own lines are JSON too
    access = [r for r in records if r.get("event") == "request"]
    assert [r["request_id"] for r in access] == ids
    assert [r["status"] for r in access] == [200, 502]
    assert access[0]["decision"] == "pseudonymize" and access[0]["tenant"] == "team"
    assert all(len(r["trace_id"]) == 32 for r in access)
    # The router's retry line was logged inside the request: it carries the request and trace ids.
    retry = [
        r for r in records if r["logger"] == "safety_gateway.router" and "attempt" in r.get("message", "")
    ]
    assert retry and all(r["request_id"] == ids[1] and r["trace_id"] == access[1]["trace_id"] for r in retry)
    # No request text in the logs, nor in the spans the console exporter printed.
    for text in (MARK, EMAIL, "park@example"):
        assert text not in err_text and text not in out
    assert access[0]["trace_id"] in out  # the console exporter printed that trace's spans


def test_json_formatter_fields() -> None:
    from opentelemetry.sdk.trace import TracerProvider

    from gateway.logs import JsonFormatter, log_event, request_id_var

    class Keep(logging.Handler):
        def __init__(self) -> None:
            super().__init__()
            self.lines: list[str] = []

        def emit(self, record: logging.LogRecord) -> None:
            self.lines.append(self.format(record))

    handler = Keep()
    handler.setFormatter(JsonFormatter())
    logger = logging.getLogger(f"test.logs.{uuid.uuid4().hex}")
    logger.addHandler(handler)
    logger.setLevel(logging.DEBUG)
    logger.propagate = False
    tracer = TracerProvider().get_tracer("t")
    token = request_id_var.set("req_123")
    try:
        with tracer.start_as_current_span("s") as span:
            logger.warning("count %d", 3)
            log_event(logger, {"event": "request", "status": 200})
        try:
            raise ValueError("boom")
        except ValueError:
            logger.exception("failed")
    finally:
        request_id_var.reset(token)
    logger.info("outside")
    first, event, failed, outside = (json.loads(x) for x in handler.lines)
    trace_id = f"{span.get_span_context().trace_id:032x}"
    assert first["message"] == "count 3" and first["level"] == "warning"
    assert first["request_id"] == "req_123" and first["trace_id"] == trace_id and len(first["span_id"]) == 16
    assert event["event"] == "request" and event["status"] == 200 and "message" not in event
    assert event["trace_id"] == trace_id
    assert "ValueError" in failed["exception"] and "trace_id" not in failed
    assert "request_id" not in outside and outside["ts"].endswith("Z")


def test_text_format_stays_plain(tmp_path: Path, upstream: FakeUpstream) -> None:
    config = write_config(
        tmp_path,
        f"""
        server: {{access_log: true}}
        model_list:
          - model_name: echo
            litellm_params: {{model: openai/m, api_base: "{upstream.url("echo,tag=logs")}", api_key: k}}
        """,
    )
    env = {**os.environ, "SAFETY_GATEWAY_KEYS": "sk-logs=team"}
    env.pop("OTEL_TRACES_EXPORTER", None)
    proc, port = _serve(config, env)
    try:
        OpenAI(
            base_url=f"http://127.0.0.1:{port}/v1", api_key="sk-logs", max_retries=0
        ).chat.completions.create(model="echo", messages=[{"role": "user", "content": "hi"}])
    finally:
        proc.send_signal(signal.SIGINT)
        _, err_text = proc.communicate(timeout=30)
    access = [line for line in err_text.splitlines() if "safety_gateway.access" in line]
    assert len(access) == 1 and " INFO safety_gateway.access: {" in access[0]
    assert json.loads(access[0].split(": ", 1)[1])["event"] == "request"
