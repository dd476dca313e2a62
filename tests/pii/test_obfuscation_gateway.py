"""The obfuscated forms of docs/reliability.md, measured the way the hostile scenario measures them: sent
through a running gateway that pseudonymizes the baseline's PII entities for an echoing external model.
The upstream must see only placeholders, and the client must get its exact text back."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from openai import OpenAI

from tests.conftest import RunningGateway
from tests.fake_upstream import FakeUpstream
from tests.reliability.hostile import PII_VARIANTS

from .test_obfuscation import CAUGHT

POLICY = """\
apiVersion: safety-gateway/v1
kind: Policy
metadata: {name: pii-obfuscation-test, owner: tests}
spec:
  match: {}
  rules:
    - id: pseudonymize-pii-external
      direction: input
      detector: pii
      params: {entities: [PERSON, EMAIL_ADDRESS, PHONE_NUMBER, CREDIT_CARD, IBAN_CODE, IP_ADDRESS, KR_RRN]}
      action: pseudonymize
"""  # the entity list of policies/library/baseline.yaml

CONFIG = """
model_list:
  - model_name: echo
    litellm_params: {{model: openai/m, api_base: "{echo}", api_key: k}}
policy_paths: ["{policy}"]
"""

VALUES = sorted({value for value, _ in CAUGHT} | {value for _, value in PII_VARIANTS.values()})


@pytest.fixture(scope="module")
def gw(make_gateway, upstream: FakeUpstream, tmp_path_factory: pytest.TempPathFactory) -> RunningGateway:
    policy = Path(tmp_path_factory.mktemp("pii-obf")) / "pii.yaml"
    policy.write_text(POLICY, encoding="utf-8")
    return make_gateway(CONFIG.format(echo=upstream.url("echo,tag=pii-obf"), policy=policy))


def test_every_variant_of_the_hostile_scenario_is_covered() -> None:
    assert {value for _, value in PII_VARIANTS.values()} <= set(VALUES)


@pytest.mark.parametrize("value", VALUES)
def test_upstream_sees_a_placeholder_and_the_client_gets_its_text_back(
    gw: RunningGateway, upstream: FakeUpstream, value: str
) -> None:
    client = OpenAI(base_url=gw.url, api_key=gw.key("alpha"), max_retries=0, timeout=30)
    marker = f"probe{VALUES.index(value):02d}"
    text = f"{marker} Please update my contact details to {value} in the form."
    resp = client.chat.completions.create(model="echo", messages=[{"role": "user", "content": text}])
    sent = next(
        m["content"]
        for r in reversed(upstream.state.requests)
        for m in r["body"].get("messages") or []
        if str(m.get("content", "")).startswith(marker)
    )
    before, _, after = sent.partition(" to ")
    assert before == f"{marker} Please update my contact details"
    placeholder, _, rest = after.partition(" ")
    assert placeholder.startswith("<") and placeholder.endswith("_1>") and rest == "in the form.", json.dumps(
        sent
    )
    assert resp.choices[0].message.content == text
