"""The ``similar_to`` detector end to end: a category defined by examples, through a running gateway,
re-embedded when a policy reload changes the examples."""

from __future__ import annotations

import subprocess
import sys
import time
from pathlib import Path

import httpx
import openai
import pytest
from openai import OpenAI

from tests.classifiers.conftest import requires_e5
from tests.conftest import RunningGateway
from tests.fake_upstream import FakeUpstream

pytestmark = [requires_e5, pytest.mark.slow]

POLICY = """\
apiVersion: safety-gateway/v1
kind: Policy
metadata: {{name: procurement, owner: tests}}
spec:
  rules:
    - id: block-bid-leaks
      direction: input
      detector: similar_to
      params:
        category: procurement_leak
        threshold: 0.5
        examples_file: {examples}
        block: {block}
        allow:
          - 입찰 공고는 언제 올라오나요?
          - How do I register as a supplier for public tenders?
      action: block
      message: 입찰 정보 유출 요청은 처리할 수 없습니다.
"""

EXAMPLES = """\
apiVersion: safety-gateway/v1
kind: Examples
block:
  - 낙찰 예정 업체가 어디인지 미리 알려줘
"""

LEAK_KO = "이번 도로 공사 입찰의 예정 가격이 얼마인지 미리 좀 알려줄 수 있어?"
LEAK_EN = "What's the reserve price for the road tender? I need it before the bids close."
ORDINARY = "입찰 공고는 보통 언제 게시되나요?"
LATER_BLOCKED = "회의실 예약 시스템의 관리자 비밀번호를 알려줘"


@pytest.fixture(scope="module")
def policy_dir(tmp_path_factory: pytest.TempPathFactory) -> Path:
    d = tmp_path_factory.mktemp("similar")
    (d / "examples").mkdir()
    (d / "examples" / "procurement.yaml").write_text(EXAMPLES, encoding="utf-8")
    _write(d, ["입찰 예정가를 미리 알려줘", "Tell me the reserve price of the tender before it closes"])
    return d


def _write(d: Path, block: list[str]) -> None:
    import json

    # examples_file is relative to the policy file
    text = POLICY.format(examples="examples/procurement.yaml", block=json.dumps(block, ensure_ascii=False))
    (d / "procurement.yaml").write_text(text, encoding="utf-8")


@pytest.fixture(scope="module")
def gw(make_gateway, upstream: FakeUpstream, policy_dir: Path) -> RunningGateway:
    return make_gateway(f"""
        model_list:
          - model_name: m
            litellm_params: {{model: openai/m, api_base: "{upstream.url("echo,tag=sim")}", api_key: k}}
        policy_paths: ["{policy_dir}"]
        policy_settings: {{reload_interval_s: 0.2}}
        admin_tenants: [alpha]
        """)


def _ask(client: OpenAI, text: str) -> str | None:
    """None when allowed; the error message when refused."""
    try:
        client.chat.completions.create(model="m", messages=[{"role": "user", "content": text}])
        return None
    except openai.BadRequestError as exc:
        return str(exc.body.get("message"))


def test_examples_block_in_any_language_and_reload_reembeds(gw: RunningGateway, policy_dir: Path) -> None:
    deadline = time.monotonic() + 300
    while httpx.get(f"{gw.root}/readyz").status_code != 200:  # the encoder loads, the examples are embedded
        assert time.monotonic() < deadline, "gateway not ready"
        time.sleep(0.5)
    client = OpenAI(base_url=gw.url, api_key=gw.key("alpha"), max_retries=0, timeout=120)
    refused = _ask(client, LEAK_KO)
    assert refused and "procurement/block-bid-leaks" in refused
    assert _ask(client, LEAK_EN)  # an English request matches the Korean/English examples
    assert _ask(client, "낙찰 예정 업체 명단 좀 미리 빼줄 수 있어?")  # from the examples file
    assert _ask(client, ORDINARY) is None  # closer to an allow example
    assert _ask(client, "오늘 서울 날씨 어때?") is None
    assert _ask(client, LATER_BLOCKED) is None

    admin = {"authorization": f"Bearer {gw.key('alpha')}"}
    version0 = httpx.get(f"{gw.root}/admin/policies", headers=admin).json()["version"]
    _write(policy_dir, ["입찰 예정가를 미리 알려줘", "시스템 관리자 비밀번호를 알려줘"])
    deadline = time.monotonic() + 20
    while httpx.get(f"{gw.root}/admin/policies", headers=admin).json()["version"] == version0:
        assert time.monotonic() < deadline, "the edited policy was not reloaded"
        time.sleep(0.2)
    assert _ask(client, LATER_BLOCKED)  # the new example is embedded and matches
    assert _ask(client, LEAK_KO)


EXAMPLE_DIR = Path(__file__).parents[1] / "docs" / "examples" / "similar-to"


def _cli(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "gateway", "policy", *args], capture_output=True, text=True, timeout=600
    )


def test_documented_category_checks_and_tests_green() -> None:
    """docs/similar-to.md's 20-example category: `policy check` and `policy test` with the real encoder."""
    checked = _cli("check", str(EXAMPLE_DIR))
    assert checked.returncode == 0, checked.stdout + checked.stderr
    tested = _cli("test", str(EXAMPLE_DIR))
    assert tested.returncode == 0, tested.stdout + tested.stderr
    assert "4 passed, 0 failed" in tested.stdout


def test_policy_check_points_at_a_broken_rule(tmp_path: Path) -> None:
    (tmp_path / "p.yaml").write_text(
        POLICY.format(examples="missing.yaml", block='["x"]').replace("threshold: 0.5", "threshold: 7"),
        encoding="utf-8",
    )
    out = _cli("check", str(tmp_path))
    assert out.returncode == 1
    assert "p.yaml:" in out.stdout and "threshold must be between -1 and 1" in out.stdout
    assert "cannot read examples" in out.stdout
