"""OpenTelemetry traces: spans per request, stage, detector and upstream call, captured with the SDK's
InMemorySpanExporter; W3C traceparent reaching the fake upstream and the classifier service; no
prompt text anywhere in a span; nothing at all when tracing is not configured.
"""

from __future__ import annotations

import json
import time
import uuid
from types import SimpleNamespace
from typing import Any

import numpy as np
import openai
import pytest
from openai import OpenAI
from opentelemetry.sdk.trace import ReadableSpan, TracerProvider
from opentelemetry.sdk.trace.export import SimpleSpanProcessor
from opentelemetry.sdk.trace.export.in_memory_span_exporter import InMemorySpanExporter
from opentelemetry.trace import SpanKind

from tests.conftest import RunningGateway, serve_app, write_config
from tests.fake_upstream import FakeUpstream

MARK = f"zt{uuid.uuid4().hex[:10]}"
EMAIL = f"{MARK}.lee@example.go.kr"
TAG = f"trace{uuid.uuid4().hex[:8]}"

POLICY = """\
apiVersion: safety-gateway/v1
kind: Policy
metadata: {name: trace-test, owner: tests}
spec:
  match: {}
  rules:
    - id: block-phrase
      direction: input
      detector: keywords
      params: {keywords: [forbidden-operation]}
      action: block
    - id: pseudonymize-email
      direction: input
      detector: pii
      params: {entities: [EMAIL_ADDRESS]}
      action: pseudonymize
    - id: injection
      direction: input
      detector: classifier
      params: {categories: [prompt_injection]}
      action: block
      on_error: open
"""


@pytest.fixture(scope="module")
def traced(upstream: FakeUpstream, tmp_path_factory: pytest.TempPathFactory) -> Any:
    from gateway.app import create_app
    from gateway.auth import KeyStore, hash_key
    from gateway.config import load_config

    tmp = tmp_path_factory.mktemp("tracing")
    (tmp / "policy.yaml").write_text(POLICY, encoding="utf-8")
    # The classifier "service" is the fake upstream: it answers 404 (the rule fails open), after
    # recording the request and its headers.
    cfg = load_config(
        write_config(
            tmp,
            f"""
        model_list:
          - model_name: fake
            litellm_params: {{model: openai/m, api_base: "{upstream.url(f"echo,tag={TAG}")}", api_key: k}}
            model_info: {{zone: internal}}
          - model_name: slow-lane
            litellm_params: {{model: openai/m, api_base: "{upstream.url(f"echo,tag={TAG}")}", api_key: k}}
          - model_name: broken
            litellm_params: {{model: openai/m, api_base: "{upstream.url(f"status=503,tag={TAG}")}",
                             api_key: k}}
        router_settings: {{num_retries: 0, fast_path: true}}
        policy_paths: [policy.yaml]
        classifier: {{backend: remote, remote: {{url: "{upstream.base}/x/tag={TAG}", retries: 0}}}}
        """,
        )
    )
    exporter = InMemorySpanExporter()
    provider = TracerProvider()
    provider.add_span_processor(SimpleSpanProcessor(exporter))
    gw = serve_app(
        create_app(cfg, KeyStore({hash_key("sk-trace"): "alpha"}, {}), tracer_provider=provider),
        {"sk-trace": "alpha"},
    )
    yield SimpleNamespace(gw=gw, exporter=exporter)
    gw.stop()


def _client(gw: RunningGateway) -> OpenAI:
    return OpenAI(base_url=gw.url, api_key="sk-trace", max_retries=0, timeout=30)


def _request_spans(exporter: InMemorySpanExporter, request_id: str) -> list[ReadableSpan]:
    """Every span of the trace whose request span carries ``request_id`` (waits for the request span)."""
    deadline = time.monotonic() + 10
    while True:
        spans = exporter.get_finished_spans()
        root = [s for s in spans if (s.attributes or {}).get("safety_gateway.request_id") == request_id]
        if root or time.monotonic() > deadline:
            break
        time.sleep(0.05)
    assert root, f"no request span for {request_id}"
    trace_id = root[0].context.trace_id
    return [s for s in spans if s.context.trace_id == trace_id]


def _by_name(spans: list[ReadableSpan], name: str) -> ReadableSpan:
    found = [s for s in spans if s.name == name]
    assert len(found) == 1, (name, [s.name for s in spans])
    return found[0]


def _seen(
    upstream: FakeUpstream, request_id: str | None = None, path: str | None = None
) -> list[dict[str, Any]]:
    return [
        r
        for r in upstream.state.requests
        if TAG in r["spec"]
        and (request_id is None or r.get("x-request-id") == request_id)
        and (path is None or r["path"] == path)
    ]


def _no_text(spans: list[ReadableSpan], *texts: str) -> None:
    dumped = "\n".join(s.to_json() for s in spans)
    for text in texts:
        assert text not in dumped


def test_request_stage_detector_and_upstream_spans(traced: Any, upstream: FakeUpstream) -> None:
    raw = _client(traced.gw).chat.completions.with_raw_response.create(
        model="fake", messages=[{"role": "user", "content": f"mail {EMAIL} about {MARK}"}]
    )
    rid = raw.headers["x-request-id"]
    assert EMAIL in raw.parse().choices[0].message.content  # restored for the client
    spans = _request_spans(traced.exporter, rid)
    root = _by_name(spans, "POST /v1/chat/completions")
    assert root.kind == SpanKind.SERVER and root.parent is None
    attrs = dict(root.attributes or {})
    assert attrs["http.response.status_code"] == 200
    assert attrs["safety_gateway.tenant"] == "alpha" and attrs["safety_gateway.zone"] == "internal"
    assert attrs["safety_gateway.decision"] == "pseudonymize"
    assert "trace-test/pseudonymize-email" in attrs["safety_gateway.rules"]
    assert attrs["safety_gateway.pii_entities"] == 1
    for stage in ("schema", "model_access", "policy_input", "usage"):
        assert _by_name(spans, f"stage {stage}").parent.span_id == root.context.span_id
    policy = _by_name(spans, "stage policy_input")
    for detector in ("pii", "keywords", "classifier"):
        assert _by_name(spans, f"detector {detector}").parent.span_id == policy.context.span_id
    assert _by_name(spans, "detector classifier").status.status_code.name == "ERROR"  # the fake said 404
    up = _by_name(spans, "upstream chat.completions")
    assert up.kind == SpanKind.CLIENT and up.parent.span_id == root.context.span_id
    assert dict(up.attributes or {})["http.response.status_code"] == 200

    # traceparent reached the upstream: same trace, the upstream span as parent
    sent = _seen(upstream, rid, "/v1/chat/completions")
    assert len(sent) == 1
    version, trace_id, parent_id, flags = sent[0]["traceparent"].split("-")
    assert (trace_id, parent_id) == (f"{root.context.trace_id:032x}", f"{up.context.span_id:016x}")
    # ... and the classifier service, with the classifier detector's span as parent
    detector = _by_name(spans, "detector classifier")
    classify = [
        r
        for r in _seen(upstream, path="/v1/classify")
        if r["traceparent"].split("-")[1] == f"{root.context.trace_id:032x}"
    ]
    assert (
        len(classify) == 1 and classify[0]["traceparent"].split("-")[2] == f"{detector.context.span_id:016x}"
    )
    _no_text(spans, MARK, EMAIL, "lee@example")


def test_caller_trace_is_continued_and_stream_traced(traced: Any) -> None:
    caller_trace, caller_span = uuid.uuid4().hex, uuid.uuid4().hex[:16]
    raw = _client(traced.gw).chat.completions.with_raw_response.create(
        model="slow-lane",
        stream=True,
        messages=[{"role": "user", "content": f"stream {MARK}"}],
        extra_headers={"traceparent": f"00-{caller_trace}-{caller_span}-01"},
    )
    rid = raw.headers["x-request-id"]
    text = "".join(c.choices[0].delta.content or "" for c in raw.parse() if c.choices)
    assert MARK in text
    spans = _request_spans(traced.exporter, rid)
    root = _by_name(spans, "POST /v1/chat/completions")
    assert f"{root.context.trace_id:032x}" == caller_trace and f"{root.parent.span_id:016x}" == caller_span
    assert dict(root.attributes or {})["safety_gateway.stream"] is True
    up = _by_name(spans, "upstream chat.completions")
    assert dict(up.attributes or {})["safety_gateway.chunks"] > 1
    assert [e.name for e in up.events] == ["first_chunk"]
    assert root.end_time >= up.end_time  # the request span closes after the stream's last byte
    _no_text(spans, MARK)


def test_blocked_and_failed_requests(traced: Any) -> None:
    client = _client(traced.gw)
    with pytest.raises(openai.BadRequestError) as blocked:
        client.chat.completions.create(
            model="fake", messages=[{"role": "user", "content": f"forbidden-operation {MARK}"}]
        )
    spans = _request_spans(traced.exporter, blocked.value.response.headers["x-request-id"])
    root = _by_name(spans, "POST /v1/chat/completions")
    assert dict(root.attributes or {})["safety_gateway.decision"] == "block"
    assert dict(root.attributes or {})["safety_gateway.error_code"] == "content_policy_violation"
    stage = _by_name(spans, "stage policy_input")
    assert stage.status.status_code.name == "ERROR" and stage.status.description == "content_policy_violation"
    assert not [s for s in spans if s.name.startswith("upstream")]
    _no_text(spans, MARK, "forbidden-operation")

    with pytest.raises(openai.APIStatusError) as failed:
        client.chat.completions.create(model="broken", messages=[{"role": "user", "content": f"hi {MARK}"}])
    spans = _request_spans(traced.exporter, failed.value.response.headers["x-request-id"])
    up = _by_name(spans, "upstream chat.completions")
    assert (
        up.status.status_code.name == "ERROR"
        and dict(up.attributes or {})["http.response.status_code"] == 503
    )
    root = _by_name(spans, "POST /v1/chat/completions")
    assert (
        root.status.status_code.name == "ERROR"
        and dict(root.attributes or {})["http.response.status_code"] == 502
    )
    _no_text(spans, MARK, "fake upstream error")  # the upstream's error message stays out of spans


def test_no_tracing_unless_configured(
    make_gateway: Any, upstream: FakeUpstream, monkeypatch: pytest.MonkeyPatch
) -> None:
    from gateway.tracing import Tracing, exporters_from_environment

    for name in ("OTEL_TRACES_EXPORTER", "OTEL_EXPORTER_OTLP_ENDPOINT", "OTEL_EXPORTER_OTLP_TRACES_ENDPOINT"):
        monkeypatch.delenv(name, raising=False)
    assert Tracing.from_environment() is None
    gw = make_gateway(f"""
        model_list:
          - model_name: fake
            litellm_params: {{model: openai/m, api_base: "{upstream.url(f"tag={TAG}off")}", api_key: k}}
        """)
    assert gw.app.state.gateway.tracing is None and gw.app.state.gateway.pipeline.tracing is None
    raw = OpenAI(
        base_url=gw.url, api_key=gw.key("alpha"), max_retries=0
    ).chat.completions.with_raw_response.create(model="fake", messages=[{"role": "user", "content": "hi"}])
    sent = [r for r in upstream.state.requests if r.get("x-request-id") == raw.headers["x-request-id"]]
    assert len(sent) == 1 and sent[0]["traceparent"] == ""

    assert exporters_from_environment({}) == []
    assert exporters_from_environment({"OTEL_EXPORTER_OTLP_ENDPOINT": "http://collector:4318"}) == ["otlp"]
    assert (
        exporters_from_environment(
            {"OTEL_TRACES_EXPORTER": "none", "OTEL_EXPORTER_OTLP_ENDPOINT": "http://collector:4318"}
        )
        == []
    )
    assert exporters_from_environment({"OTEL_TRACES_EXPORTER": "otlp", "OTEL_SDK_DISABLED": "true"}) == []
    assert exporters_from_environment({"OTEL_TRACES_EXPORTER": "console,otlp"}) == ["console", "otlp"]


def test_unsampled_requests_make_no_child_spans(make_gateway: Any, upstream: FakeUpstream) -> None:
    """Not sampled: nothing is exported, but the upstream still gets the trace id (sampled flag off) so a
    sampled downstream cannot start an unrelated trace."""
    from opentelemetry.sdk.trace.sampling import ALWAYS_OFF

    from gateway.app import create_app
    from gateway.auth import KeyStore, hash_key
    from gateway.config import parse_config
    from policies.yaml_source import parse_yaml

    exporter = InMemorySpanExporter()
    provider = TracerProvider(sampler=ALWAYS_OFF)
    provider.add_span_processor(SimpleSpanProcessor(exporter))
    cfg = parse_config(
        parse_yaml(
            f"""
model_list:
  - model_name: fake
    litellm_params: {{model: openai/m, api_base: "{upstream.url(f"tag={TAG}unsampled")}", api_key: k}}
""",
            "gw.yaml",
        )
    )
    gw = serve_app(
        create_app(cfg, KeyStore({hash_key("sk-u"): "alpha"}, {}), tracer_provider=provider), {"sk-u": "a"}
    )
    try:
        client = OpenAI(base_url=gw.url, api_key="sk-u", max_retries=0)
        ids = [
            client.chat.completions.with_raw_response.create(
                model="fake", stream=stream, messages=[{"role": "user", "content": "hi"}]
            ).headers["x-request-id"]
            for stream in (False, True)
        ]
    finally:
        gw.stop()
    assert exporter.get_finished_spans() == ()
    for rid in ids:
        (sent,) = [r for r in upstream.state.requests if r.get("x-request-id") == rid]
        version, trace_id, span_id, flags = sent["traceparent"].split("-")
        assert len(trace_id) == 32 and int(trace_id, 16) and int(flags, 16) & 1 == 0  # not sampled


def test_litellm_path_sends_traceparent(upstream: FakeUpstream) -> None:
    """Through litellm (fast_path off) the upstream span's context travels as extra_headers."""
    from gateway.app import create_app
    from gateway.auth import KeyStore, hash_key
    from gateway.config import parse_config
    from policies.yaml_source import parse_yaml

    exporter = InMemorySpanExporter()
    provider = TracerProvider()
    provider.add_span_processor(SimpleSpanProcessor(exporter))
    cfg = parse_config(
        parse_yaml(
            f"""
model_list:
  - model_name: fake
    litellm_params: {{model: openai/m, api_base: "{upstream.url(f"tag={TAG}litellm")}", api_key: k}}
router_settings: {{fast_path: false, num_retries: 0}}
""",
            "gw.yaml",
        )
    )
    gw = serve_app(
        create_app(cfg, KeyStore({hash_key("sk-l"): "alpha"}, {}), tracer_provider=provider), {"sk-l": "a"}
    )
    try:
        raw = OpenAI(
            base_url=gw.url, api_key="sk-l", max_retries=0
        ).chat.completions.with_raw_response.create(
            model="fake", messages=[{"role": "user", "content": f"hi {MARK}"}]
        )
        spans = _request_spans(exporter, raw.headers["x-request-id"])
    finally:
        gw.stop()
    up = _by_name(spans, "upstream chat.completions")
    assert dict(up.attributes or {})["safety_gateway.backend"] == "litellm"
    (sent,) = [r for r in upstream.state.requests if f"{TAG}litellm" in r["spec"]]
    assert sent["traceparent"].split("-")[1:3] == [
        f"{up.context.trace_id:032x}",
        f"{up.context.span_id:016x}",
    ]
    _no_text(spans, MARK)


def test_otlp_exporter_from_environment(monkeypatch: pytest.MonkeyPatch) -> None:
    """The standard variables configure an OTLP/HTTP exporter and the service name (nothing is sent:
    the provider is shut down before any span exists)."""
    from opentelemetry.exporter.otlp.proto.http.trace_exporter import OTLPSpanExporter

    from gateway.tracing import provider_from_environment

    monkeypatch.setenv("OTEL_EXPORTER_OTLP_ENDPOINT", "http://127.0.0.1:9")
    monkeypatch.setenv("OTEL_SERVICE_NAME", "gw-under-test")
    monkeypatch.delenv("OTEL_TRACES_EXPORTER", raising=False)
    provider = provider_from_environment()
    assert provider is not None
    try:
        assert provider.resource.attributes["service.name"] == "gw-under-test"
        exporters = [p.span_exporter for p in provider._active_span_processor._span_processors]
        assert len(exporters) == 1 and isinstance(exporters[0], OTLPSpanExporter)
        assert exporters[0]._endpoint == "http://127.0.0.1:9/v1/traces"
    finally:
        provider.shutdown()


def test_classifier_service_continues_the_trace() -> None:
    """The classifier service takes the caller's traceparent as the parent of its server span."""
    from fastapi.testclient import TestClient

    from classifiers.engine import TextScores
    from classifiers.service import create_app

    class Stub:
        labels = ("safe", "prompt_injection")
        thresholds = {"prompt_injection": 0.5}
        model = SimpleNamespace(name="stub")
        batcher = SimpleNamespace(queue_depth=0, _on_batch=None)

        async def classify(self, texts: list[str]) -> list[TextScores]:
            return [
                TextScores(self.labels, np.array([[0.9, 0.1]], dtype=np.float32), ((0, len(t)),))
                for t in texts
            ]

        def info(self) -> dict[str, Any]:
            return {"model": "stub"}

        async def aclose(self) -> None:
            return None

    exporter = InMemorySpanExporter()
    provider = TracerProvider()
    provider.add_span_processor(SimpleSpanProcessor(exporter))
    caller_trace, caller_span = uuid.uuid4().hex, uuid.uuid4().hex[:16]
    with TestClient(create_app(Stub(), tracer_provider=provider)) as client:  # type: ignore[arg-type]
        resp = client.post(
            "/v1/classify",
            json={"texts": [f"secret {MARK}"]},
            headers={"traceparent": f"00-{caller_trace}-{caller_span}-01"},
        )
        assert resp.status_code == 200
        metrics = client.get("/metrics").text
    (span,) = exporter.get_finished_spans()
    assert span.kind == SpanKind.SERVER and span.name == "classifier.classify"
    assert f"{span.context.trace_id:032x}" == caller_trace and f"{span.parent.span_id:016x}" == caller_span
    assert dict(span.attributes or {}) == {"classifier.texts": 1, "classifier.windows": 1}
    assert MARK not in span.to_json()
    assert "safety_gateway_classifier_queue_depth" in metrics


def test_span_dump_has_no_prompt_text(traced: Any) -> None:
    """Across everything exported in this module, the prompts' marker never appears."""
    dumped = json.dumps([json.loads(s.to_json()) for s in traced.exporter.get_finished_spans()])
    assert dumped and MARK not in dumped and EMAIL not in dumped
