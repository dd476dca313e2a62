"""Prometheus metrics of the running gateway, after a mixed run through the openai SDK.

The exposition is parsed with prometheus-client's own parser; each check compares the counters
before and after the request that should move them, with the labels it should carry. No label value
may carry request text or a request id.
"""

from __future__ import annotations

import asyncio
import time
import uuid
from collections.abc import Callable
from datetime import UTC
from pathlib import Path

import httpx
import numpy as np
import openai
import pytest
from openai import OpenAI
from prometheus_client.parser import text_string_to_metric_families

from tests.conftest import RunningGateway
from tests.fake_upstream import FakeUpstream

MARK = f"zq{uuid.uuid4().hex[:10]}"  # a word only this module's requests contain
EMAIL = f"{MARK}.kim@example.go.kr"

POLICY = """\
apiVersion: safety-gateway/v1
kind: Policy
metadata: {name: obs-test, owner: tests}
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
"""

Samples = dict[tuple[str, tuple[tuple[str, str], ...]], float]


@pytest.fixture(scope="module")
def gw(make_gateway, upstream: FakeUpstream, tmp_path_factory: pytest.TempPathFactory) -> RunningGateway:
    tmp = tmp_path_factory.mktemp("metrics")
    (tmp / "policy.yaml").write_text(POLICY, encoding="utf-8")
    return make_gateway(f"""
        model_list:
          - model_name: fake
            litellm_params: {{model: openai/m, api_base: "{upstream.url("tag=metrics")}", api_key: k}}
            model_info: {{zone: internal}}
          - model_name: broken
            litellm_params: {{model: openai/m, api_base: "{upstream.url("status=503,tag=metrics")}",
                             api_key: k}}
          - model_name: cut
            litellm_params: {{model: openai/m, api_base: "{upstream.url("stream_cut=3,tag=metrics")}",
                             api_key: k}}
          - model_name: slow
            litellm_params: {{model: openai/m, api_base: "{upstream.url("drip=300,tag=metrics")}",
                             api_key: k}}
        router_settings: {{num_retries: 1}}
        metrics_tenants: [alpha]
        policy_paths: ["{tmp / "policy.yaml"}"]
        audit: {{sink: sqlite, path: "{tmp / "audit.db"}", spool_dir: "{tmp / "spool"}",
                 signing_key: "{tmp / "audit.pem"}"}}
        """)


@pytest.fixture()
def client(gw: RunningGateway) -> OpenAI:
    return OpenAI(base_url=gw.url, api_key=gw.key("alpha"), max_retries=0, timeout=30)


def scrape(gw: RunningGateway) -> tuple[Samples, str]:
    text = httpx.get(f"{gw.root}/metrics", headers={"authorization": f"Bearer {gw.key('alpha')}"}).text
    samples: Samples = {}
    for family in text_string_to_metric_families(text):
        for s in family.samples:
            samples[(s.name, tuple(sorted(s.labels.items())))] = s.value
    return samples, text


def value(samples: Samples, name: str, **labels: str) -> float:
    """Sum of the samples of ``name`` whose labels include ``labels``."""
    want = set(labels.items())
    return sum(v for (n, lab), v in samples.items() if n == name and want <= set(lab))


def moved(
    gw: RunningGateway,
    action: Callable[[], object],
    settled: tuple[str, dict[str, str]] = ("safety_gateway_requests_total", {}),
) -> Callable[..., float]:
    """Run ``action``; the change of any counter since, once ``settled`` (a sample that must move: the
    request counter by default, which moves after the last byte; the audit write completes later)."""
    before, _ = scrape(gw)
    action()
    name, labels = settled
    deadline = time.monotonic() + 15
    while True:
        after, _ = scrape(gw)
        if value(after, name, **labels) > value(before, name, **labels) or time.monotonic() > deadline:
            break
        time.sleep(0.05)
    return lambda name, **labels: value(after, name, **labels) - value(before, name, **labels)


def chat(client: OpenAI, model: str, text: str, **kw: object) -> object:
    return client.chat.completions.create(model=model, messages=[{"role": "user", "content": text}], **kw)


def test_clean_request(gw: RunningGateway, client: OpenAI) -> None:
    delta = moved(
        gw, lambda: chat(client, "fake", f"hello {MARK}"), ("safety_gateway_audit_records_total", {})
    )
    assert (
        delta(
            "safety_gateway_requests_total",
            endpoint="chat.completions",
            model="fake",
            status="200",
            tenant="alpha",
            zone="internal",
            decision="allow",
        )
        == 1
    )
    assert delta("safety_gateway_request_duration_seconds_count", model="fake", status="200") == 1
    assert delta("safety_gateway_overhead_seconds_count", model="fake") == 1
    assert delta("safety_gateway_upstream_duration_seconds_count", model="fake", zone="internal") == 1
    for stage in ("schema", "model_access", "policy_input", "policy_output", "usage"):
        assert delta("safety_gateway_stage_duration_seconds_count", stage=stage) == 1, stage
    assert delta("safety_gateway_audit_records_total", result="db") == 1
    assert delta("safety_gateway_audit_write_seconds_count") == 1


def test_blocked_request_counts_decision_and_rule(gw: RunningGateway, client: OpenAI) -> None:
    def blocked() -> None:
        with pytest.raises(openai.BadRequestError):
            chat(client, "fake", f"please do the forbidden-operation {MARK}")

    delta = moved(gw, blocked)
    assert (
        delta("safety_gateway_requests_total", model="fake", status="400", decision="block", tenant="alpha")
        == 1
    )
    assert (
        delta("safety_gateway_rules_fired_total", policy="obs-test", rule="block-phrase", action="block") == 1
    )
    assert delta("safety_gateway_upstream_duration_seconds_count") == 0  # never forwarded


def test_pii_counts_entities_by_type(gw: RunningGateway, client: OpenAI) -> None:
    delta = moved(gw, lambda: chat(client, "fake", f"write to {EMAIL} and to {EMAIL}"))
    assert delta("safety_gateway_requests_total", model="fake", status="200", decision="pseudonymize") == 1
    assert delta("safety_gateway_pii_entities_total", entity="EMAIL_ADDRESS", direction="input") == 2
    assert delta("safety_gateway_rules_fired_total", rule="pseudonymize-email", action="pseudonymize") == 1


def test_streamed_request(gw: RunningGateway, client: OpenAI) -> None:
    delta = moved(gw, lambda: list(chat(client, "fake", f"stream {MARK}", stream=True)))
    assert delta("safety_gateway_requests_total", model="fake", status="200", decision="allow") == 1
    assert delta("safety_gateway_stream_stops_total") == 0


def test_upstream_5xx_counts_retries_and_error(gw: RunningGateway, client: OpenAI) -> None:
    def failing() -> None:
        with pytest.raises(openai.APIStatusError) as err:
            chat(client, "broken", f"hi {MARK}")
        assert err.value.status_code == 502

    delta = moved(gw, failing)
    assert (
        delta(
            "safety_gateway_requests_total", model="broken", status="502", decision="error", zone="external"
        )
        == 1
    )
    assert delta("safety_gateway_upstream_retries_total", model="broken") == 1  # num_retries: 1
    assert delta("safety_gateway_upstream_duration_seconds_count", model="broken") == 1


def test_stream_cut_counts_a_stream_stop(gw: RunningGateway, client: OpenAI) -> None:
    def cut() -> None:
        with pytest.raises(openai.APIError):
            list(chat(client, "cut", f"stream {MARK}", stream=True))

    delta = moved(gw, cut)
    assert delta("safety_gateway_stream_stops_total", reason="upstream_interrupted") == 1
    assert delta("safety_gateway_stream_interrupted_total", model="cut") == 1
    assert delta("safety_gateway_requests_total", model="cut", status="502", decision="error") == 1


def test_client_leaving_mid_stream_counts_a_stream_stop(gw: RunningGateway, client: OpenAI) -> None:
    def leave() -> None:
        stream = chat(client, "slow", f"stream {MARK}", stream=True)
        next(iter(stream))  # type: ignore[call-overload]
        stream.close()  # type: ignore[attr-defined]

    delta = moved(gw, leave, ("safety_gateway_stream_stops_total", {"reason": "client_disconnect"}))
    assert delta("safety_gateway_stream_stops_total", reason="client_disconnect") == 1
    assert delta("safety_gateway_stream_stops_total", reason="policy") == 0


def test_unknown_model_and_text_never_become_labels(gw: RunningGateway, client: OpenAI) -> None:
    ids: list[str] = []
    unknown = f"no-such-model-{MARK}"

    def run() -> None:
        with pytest.raises(openai.NotFoundError):
            chat(client, unknown, f"hello {MARK}")
        raw = client.chat.completions.with_raw_response.create(
            model="fake", messages=[{"role": "user", "content": f"again {MARK} {EMAIL}"}]
        )
        ids.append(raw.headers["x-request-id"])

    delta = moved(gw, run)
    assert (
        delta("safety_gateway_requests_total", model="-", status="404", tenant="alpha", decision="error") == 1
    )
    samples, text = scrape(gw)
    assert MARK not in text and EMAIL not in text and ids[0] not in text and "forbidden-operation" not in text
    labels = {v for (_, lab) in samples for _, v in lab}
    assert all(len(v) <= 64 for v in labels), sorted(labels, key=len)[-1]


def test_every_agreed_metric_is_exposed(gw: RunningGateway) -> None:
    samples, text = scrape(gw)
    families = {f.name for f in text_string_to_metric_families(text)}
    agreed = [
        "safety_gateway_requests",
        "safety_gateway_request_duration_seconds",
        "safety_gateway_overhead_seconds",
        "safety_gateway_stage_duration_seconds",
        "safety_gateway_upstream_duration_seconds",
        "safety_gateway_upstream_retries",
        "safety_gateway_classifier_batch_size",
        "safety_gateway_classifier_queue_depth",
        "safety_gateway_classifier_inference_seconds",
        "safety_gateway_pii_entities",
        "safety_gateway_rules_fired",
        "safety_gateway_stream_stops",
        "safety_gateway_stream_interrupted",
        "safety_gateway_policy_reloads",
        "safety_gateway_policy_loaded_timestamp_seconds",
        "safety_gateway_audit_write_seconds",
        "safety_gateway_audit_spool_depth",
        "safety_gateway_audit_records",
        "safety_gateway_ratelimit_rejections",
        "safety_gateway_ratelimit_backend_errors",
        "safety_gateway_ready",
    ]
    assert [m for m in agreed if m not in families] == []
    assert value(samples, "safety_gateway_ready") == 1
    assert value(samples, "safety_gateway_policy_loaded_timestamp_seconds") > 0


def test_classifier_batches_reach_the_metrics() -> None:
    """The in-process micro-batcher reports through the process-wide observer hook."""
    from classifiers.batcher import MicroBatcher
    from gateway.metrics import Metrics

    metrics = Metrics()
    metrics.watch_classifier()

    async def run() -> None:
        batcher = MicroBatcher(
            lambda items: np.ones((len(items), 2), dtype=np.float32), max_batch=8, max_wait_ms=5
        )
        try:
            await asyncio.gather(*(batcher.submit(["a", "b"]) for _ in range(3)))
        finally:
            await batcher.aclose()

    asyncio.run(run())
    samples = {
        (s.name, tuple(sorted(s.labels.items()))): s.value
        for f in text_string_to_metric_families(metrics.render().decode())
        for s in f.samples
    }
    assert value(samples, "safety_gateway_classifier_batch_size_sum") == 6  # six windows in all
    assert value(samples, "safety_gateway_classifier_batch_size_count") >= 1
    assert value(samples, "safety_gateway_classifier_inference_seconds_count") == value(
        samples, "safety_gateway_classifier_batch_size_count"
    )
    assert value(samples, "safety_gateway_classifier_queue_depth") == 0


def test_audit_spool_depth_follows_the_writer(tmp_path: Path) -> None:
    """Records the database could not take are counted in the spool gauge, and leave it once replayed."""
    from datetime import datetime

    from audit.record import AuditRecord
    from audit.sinks.base import SinkUnavailable
    from audit.spool import Spool
    from audit.writer import AuditWriter
    from gateway.metrics import Metrics

    class FlakySink:
        up = False
        stored = 0

        async def open(self) -> None:
            return None

        async def write(self, entries: list, cps: list) -> None:
            if not self.up:
                raise SinkUnavailable("down")
            self.stored += len(entries)

        async def close(self) -> None:
            return None

    def gauge(metrics: Metrics) -> float:
        text = metrics.render().decode()
        return next(
            s.value
            for f in text_string_to_metric_families(text)
            for s in f.samples
            if s.name == "safety_gateway_audit_spool_depth"
        )

    metrics = Metrics()
    sink = FlakySink()

    async def run() -> tuple[float, float]:
        writer = AuditWriter(sink, Spool(tmp_path / "spool", "w1"), None, retry_interval_s=0.05)  # type: ignore[arg-type]
        await writer.start()
        metrics.watch_audit_spool(lambda: writer.spool_depth)
        try:
            for i in range(3):
                await writer.submit(
                    AuditRecord(
                        request_id=f"r{i}",
                        started_at=datetime.now(UTC),
                        tenant="t",
                        endpoint="/v1/chat/completions",
                        decision="allow",
                    )
                )
            spooled = gauge(metrics)
            sink.up = True
            for _ in range(100):
                if writer.spool_depth == 0:
                    break
                await asyncio.sleep(0.05)
            return spooled, gauge(metrics)
        finally:
            await writer.close(timeout=5)

    spooled, replayed = asyncio.run(run())
    assert spooled == 3
    assert replayed == 0 and sink.stored == 3
