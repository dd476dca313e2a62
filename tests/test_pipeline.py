"""The shape of the pipeline, and the recipes of docs/architecture.md: a detector added in one module,
used by a policy rule through the running gateway, counted by metrics and audit by what it registered."""

from __future__ import annotations

from collections.abc import Iterator, Mapping, Sequence
from pathlib import Path
from typing import Any

import httpx
import openai
import pytest
from openai import OpenAI
from pydantic import BaseModel, ConfigDict

from gateway.config import parse_config
from gateway.detectors.registry import (
    DetectorEnv,
    DetectorSpec,
    detector_names,
    finding_kinds,
    register_detector,
    unregister_detector,
)
from policies.findings import Direction, Finding, TextItem
from policies.yaml_source import parse_yaml
from tests.conftest import RunningGateway
from tests.fake_upstream import FakeUpstream

FULL = """
model_list:
  - model_name: m
    litellm_params: {{model: openai/m, api_base: "{upstream}", api_key: k}}
  - model_name: local
    litellm_params: {{model: inprocess/tiny, model_path: /nonexistent}}
    model_info: {{zone: internal}}
policy_paths: ["{policies}"]
audit: {{path: "{audit}"}}
rate_limits: {{keys: {{default: {{rpm: 1000}}}}}}
"""

POLICY = """\
apiVersion: safety-gateway/v1
kind: Policy
metadata: {name: p}
spec:
  rules:
    - {id: pseudo, direction: input, detector: regex, params: {patterns: [{name: EMP, pattern: 'EMP-\\d+'}]},
       action: pseudonymize}
"""


def test_describe_pins_the_order_of_every_stage(tmp_path: Path, upstream: FakeUpstream) -> None:
    """Every stage configured: the order a reader sees in gateway/stages/build.py."""
    from gateway.runtime import build_gateway

    (tmp_path / "p.yaml").write_text(POLICY, encoding="utf-8")
    cfg = parse_config(
        parse_yaml(
            FULL.format(upstream=upstream.url(), policies=tmp_path / "p.yaml", audit=tmp_path / "audit.db"),
            str(tmp_path / "gateway.yaml"),
        )
    )
    gw = build_gateway(cfg)
    assert gw.pipeline.describe() == {
        "input": ["schema", "model_access", "rate_limit", "policy_input", "sanitize", "readiness"],
        "output": ["policy_output", "audit_capture", "pii_restore", "usage", "provenance"],
    }


def test_describe_of_the_smallest_gateway(tmp_path: Path, upstream: FakeUpstream) -> None:
    from gateway.runtime import build_gateway

    cfg = parse_config(
        parse_yaml(
            "model_list: [{model_name: m, litellm_params: "
            f'{{model: openai/m, api_base: "{upstream.url()}"}}}}]\n'
            "provenance: {enabled: false}\naudit: {enabled: false}\n",
            str(tmp_path / "gateway.yaml"),
        )
    )
    assert build_gateway(cfg).pipeline.describe() == {
        "input": ["schema", "model_access", "sanitize"],
        "output": ["usage"],
    }


def test_audit_is_a_stage_unless_switched_off(tmp_path: Path, upstream: FakeUpstream) -> None:
    from gateway.runtime import build_gateway

    cfg = parse_config(
        parse_yaml(
            "model_list: [{model_name: m, litellm_params: "
            f'{{model: openai/m, api_base: "{upstream.url()}"}}}}]\n'
            "provenance: {enabled: false}\n",
            str(tmp_path / "gateway.yaml"),
        )
    )
    assert build_gateway(cfg).pipeline.describe()["output"] == ["audit_capture", "usage"]


# -- recipe: add a detector (one module that registers it) ---------------------------------------------------
class ToySettings(BaseModel):
    model_config = ConfigDict(extra="forbid")
    word: str


class ToyDetector:
    """Finds one configured word; reports it as an entity, like PII."""

    name = "toy"

    def __init__(self, word: str) -> None:
        self.word = word

    async def detect(
        self, items: Sequence[TextItem], params: Mapping[str, Any], direction: Direction
    ) -> list[Finding]:
        out = []
        for item in items:
            start = item.text.find(self.word)
            if start >= 0:
                out.append(
                    Finding(
                        self.name, "TOY_WORD", 1.0, direction, item.location, start, start + len(self.word)
                    )
                )
        return out


@pytest.fixture()
def toy() -> Iterator[None]:
    register_detector(
        DetectorSpec(
            name="toy",
            config=ToySettings,
            reports="entities",
            from_config=lambda settings, env: ToyDetector(settings.word),
        )
    )
    yield
    unregister_detector("toy")


TOY_POLICY = """\
apiVersion: safety-gateway/v1
kind: Policy
metadata: {name: toys}
spec:
  rules:
    - {id: no-toys, direction: input, detector: toy, action: block}
"""

TOY_CONFIG = """
model_list:
  - model_name: m
    litellm_params: {{model: openai/m, api_base: "{upstream}", api_key: k}}
policy_paths: ["{policies}"]
detectors: {{toy: {{word: zebra}}}}
audit: {{path: "{audit}"}}
admin_tenants: [alpha]
"""


def test_a_registered_detector_is_used_by_a_rule_through_the_pipeline(
    toy: None, make_gateway: Any, upstream: FakeUpstream, tmp_path: Path
) -> None:
    assert "toy" in detector_names() and finding_kinds()["toy"] == "entities"
    (tmp_path / "toys.yaml").write_text(TOY_POLICY, encoding="utf-8")
    gw: RunningGateway = make_gateway(
        TOY_CONFIG.format(
            upstream=upstream.url("echo"), policies=tmp_path / "toys.yaml", audit=tmp_path / "audit.db"
        )
    )
    client = OpenAI(base_url=gw.url, api_key=gw.key("alpha"), max_retries=0, timeout=30)
    ok = client.chat.completions.create(model="m", messages=[{"role": "user", "content": "a horse"}])
    assert ok.choices[0].message.content
    with pytest.raises(openai.BadRequestError) as info:
        client.chat.completions.create(model="m", messages=[{"role": "user", "content": "a zebra"}])
    assert info.value.body["code"] == "content_policy_violation" and "toys/no-toys" in str(info.value.body)
    metrics = httpx.get(f"{gw.root}/metrics", headers={"authorization": f"Bearer {gw.key('alpha')}"}).text
    # Metrics learned from the registry that its findings are entities.
    assert 'safety_gateway_pii_entities_total{direction="input",entity="TOY_WORD"} 1.0' in metrics


def test_a_registered_detectors_settings_are_checked_with_its_model(toy: None, tmp_path: Path) -> None:
    from gateway.config import ConfigError

    text = (
        "model_list: [{model_name: m, litellm_params: {model: openai/m}}]\ndetectors: {toy: {wurd: zebra}}\n"
    )
    with pytest.raises(ConfigError) as info:
        parse_config(parse_yaml(text, str(tmp_path / "gateway.yaml")))
    assert "gateway.yaml:2" in str(info.value) and "wurd" in str(info.value)
    with pytest.raises(ConfigError, match="no detector named 'nope'"):
        parse_config(
            parse_yaml(text.replace("toy: {wurd: zebra}", "nope: {}"), str(tmp_path / "gateway.yaml"))
        )


def test_the_detector_is_built_from_its_settings(toy: None) -> None:
    from gateway.detectors.registry import build_detectors

    built = build_detectors({"toy": {"word": "lion"}}, DetectorEnv())
    assert isinstance(built["toy"], ToyDetector) and built["toy"].word == "lion"
    assert {"keywords", "regex", "pii", "copyright", "classifier"} <= set(built)
