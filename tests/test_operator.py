"""What an operator meets (issue 16, "Operators"): checks that catch what serve would trip on, clean
errors instead of tracebacks, a log line per policy reload, models that say what they cannot do,
routing internal without needless pseudonyms, and no half characters from the bundled model."""

from __future__ import annotations

import json
import logging
import subprocess
import sys
import time
from pathlib import Path
from typing import Any

import httpx
import pytest

from tests.conftest import RunningGateway
from tests.fake_upstream import FakeUpstream

BAD_POLICY = """\
apiVersion: safety-gateway/v1
kind: Policy
metadata: {name: bad}
spec:
  rules:
    - id: misspelt-category
      detector: classifier
      params: {categories: [prompt_injecton], threshold: 0.5}
      action: block
"""

GOOD_POLICY = """\
apiVersion: safety-gateway/v1
kind: Policy
metadata: {name: good}
spec:
  rules:
    - id: block-word
      detector: keywords
      params: {keywords: [forbidden-operation]}
      action: block
"""


def _cli(*args: str, cwd: Path, stdin: str | None = None) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "gateway", *args],
        cwd=cwd,
        input=stdin,
        capture_output=True,
        text=True,
        timeout=180,
    )


def _write_config(tmp: Path, policies: list[str]) -> Path:
    (tmp / "gateway.yaml").write_text(
        "model_list:\n"
        "  - model_name: m\n"
        '    litellm_params: {model: openai/m, api_base: "http://127.0.0.1:9/v1", api_key: k}\n'
        f"policy_paths: {json.dumps(policies)}\n",
        encoding="utf-8",
    )
    return tmp / "gateway.yaml"


def test_config_check_validates_what_the_config_points_at(tmp_path: Path) -> None:
    (tmp_path / "bad.yaml").write_text(BAD_POLICY, encoding="utf-8")
    _write_config(tmp_path, ["bad.yaml", "missing.yaml"])
    r = _cli("config", "check", "gateway.yaml", cwd=tmp_path)
    assert r.returncode == 1, r.stdout + r.stderr
    assert "ok" not in r.stdout
    assert "bad.yaml:8:" in r.stderr and "no category 'prompt_injecton'" in r.stderr
    assert "did you mean 'prompt_injection'" in r.stderr
    assert "'missing.yaml' does not exist" in r.stderr

    (tmp_path / "good.yaml").write_text(GOOD_POLICY, encoding="utf-8")
    _write_config(tmp_path, ["good.yaml"])
    r = _cli("config", "check", "gateway.yaml", cwd=tmp_path)
    assert r.returncode == 0 and "ok" in r.stdout, r.stderr


def test_policy_check_rejects_unknown_classifier_category(tmp_path: Path) -> None:
    (tmp_path / "bad.yaml").write_text(BAD_POLICY, encoding="utf-8")
    r = _cli("policy", "check", "bad.yaml", cwd=tmp_path)
    assert r.returncode == 1
    assert "bad.yaml:8:" in r.stdout + r.stderr


def test_serve_with_bad_policy_says_why_without_traceback(tmp_path: Path) -> None:
    _write_config(tmp_path, ["missing.yaml"])
    r = _cli("serve", "--config", "gateway.yaml", "--port", "0", cwd=tmp_path)
    assert r.returncode == 2
    assert "Traceback" not in r.stderr
    assert "policies do not load" in r.stderr and "missing.yaml" in r.stderr


def test_hash_password_from_a_pipe(tmp_path: Path) -> None:
    r = _cli("audit", "hash-password", cwd=tmp_path, stdin="correct horse battery\n")
    assert r.returncode == 0, r.stderr
    assert r.stdout.startswith("scrypt$") and "Traceback" not in r.stderr
    r = _cli("audit", "hash-password", cwd=tmp_path, stdin="")
    assert r.returncode == 1 and "Traceback" not in r.stderr


def test_every_reload_logs_one_line(
    make_gateway: Any, upstream: FakeUpstream, tmp_path: Path, caplog: pytest.LogCaptureFixture
) -> None:
    policy_dir = tmp_path / "policies"
    policy_dir.mkdir()
    (policy_dir / "p.yaml").write_text(GOOD_POLICY, encoding="utf-8")
    make_gateway(
        f"""
        model_list:
          - model_name: m
            litellm_params: {{model: openai/m, api_base: "{upstream.url("echo")}", api_key: k}}
        policy_paths: ["{policy_dir}"]
        policy_settings: {{reload_interval_s: 0.1}}
        """
    )

    def wait_for(text: str) -> logging.LogRecord:
        deadline = time.monotonic() + 10
        while time.monotonic() < deadline:
            hits = [r for r in caplog.records if text in r.getMessage()]
            if hits:
                return hits[-1]
            time.sleep(0.05)
        raise AssertionError(f"no log line with {text!r}")

    with caplog.at_level(logging.INFO, logger="safety_gateway"):
        (policy_dir / "p.yaml").write_text(GOOD_POLICY.replace("block-word", "blockword"), encoding="utf-8")
        ok = wait_for("policies reloaded")
        assert ok.levelno == logging.INFO and "version" in ok.getMessage()
        (policy_dir / "p.yaml").write_text("apiVersion: [", encoding="utf-8")
        failed = wait_for("policy reload failed")
        assert failed.levelno == logging.ERROR and "p.yaml:1:" in failed.getMessage()


CAPS_CONFIG = """
model_list:
  - model_name: plain
    litellm_params: {{model: openai/m, api_base: "{url}", api_key: k}}
    model_info: {{supports: {{tools: false, response_format: false, embeddings: false}}}}
  - model_name: full
    litellm_params: {{model: openai/m, api_base: "{url}", api_key: k}}
"""


@pytest.fixture(scope="module")
def caps_gw(make_gateway: Any, upstream: FakeUpstream) -> RunningGateway:
    return make_gateway(CAPS_CONFIG.format(url=upstream.url("echo")))


TOOL = {"type": "function", "function": {"name": "f", "parameters": {"type": "object", "properties": {}}}}


@pytest.mark.parametrize(
    ("path", "body", "missing"),
    [
        ("/chat/completions", {"messages": [{"role": "user", "content": "hi"}], "tools": [TOOL]}, "tools"),
        (
            "/chat/completions",
            {"messages": [{"role": "user", "content": "hi"}], "response_format": {"type": "json_object"}},
            "response_format",
        ),
        ("/embeddings", {"input": "hi"}, "embeddings"),
    ],
)
def test_a_request_the_model_cannot_honour_gets_a_clear_400(
    caps_gw: RunningGateway, path: str, body: dict[str, Any], missing: str
) -> None:
    headers = {"authorization": f"Bearer {caps_gw.key('alpha')}"}
    r = httpx.post(caps_gw.url + path, json={"model": "plain", **body}, headers=headers, timeout=30)
    assert r.status_code == 400, r.text
    error = r.json()["error"]
    assert error["code"] == "unsupported_by_model" and missing in error["message"]
    ok = httpx.post(caps_gw.url + path, json={"model": "full", **body}, headers=headers, timeout=30)
    assert ok.status_code == 200, ok.text


def test_inprocess_models_declare_what_they_lack(tmp_path: Path) -> None:
    from gateway.config import load_config
    from gateway.routing.deployments import build_deployments

    (tmp_path / "gateway.yaml").write_text(
        "model_list:\n"
        "  - model_name: local\n"
        "    litellm_params: {model: inprocess/x, model_path: /nonexistent}\n"
        "  - model_name: local-json\n"
        "    litellm_params: {model: inprocess/x, model_path: /nonexistent}\n"
        "    model_info: {supports: {response_format: true}}\n",
        encoding="utf-8",
    )
    cfg = load_config(tmp_path / "gateway.yaml")
    local, local_json = build_deployments(cfg)
    assert local.supports == {"streaming"}
    assert local_json.supports == {"streaming", "response_format"}


def test_whole_characters_never_yields_half_a_syllable() -> None:
    from gateway.local_model import whole_characters

    # Generation stopped inside a syllable (max_tokens): the decoder's trailing U+FFFD is dropped.
    assert list(whole_characters(iter(["안녕", "하\ufffd"]))) == ["안녕", "하"]
    assert list(whole_characters(iter(["\ufffd\ufffd"]))) == []
    # Held back only while it could still be completed: text after it shows it was really there.
    assert "".join(whole_characters(iter(["a\ufffd", "b"]))) == "a\ufffdb"


ROUTE_POLICY = """\
apiVersion: safety-gateway/v1
kind: Policy
metadata: {name: route-pii}
spec:
  rules:
    - id: route-rrn-internal
      detector: pii
      params: {entities: [KR_RRN]}
      action: route
      route: {zone: internal}
    - id: pseudonymize-pii-external
      when: {zones: [external]}
      detector: pii
      params: {entities: [KR_RRN, EMAIL_ADDRESS]}
      action: pseudonymize
    - id: pseudonymize-email-everywhere
      detector: pii
      params: {entities: [EMAIL_ADDRESS]}
      action: pseudonymize
"""

RRN = "900101-1234568"
EMAIL = "kim.minsu@example.go.kr"


def test_routed_internal_keeps_what_is_allowed_inside_and_restores_the_rest(
    make_gateway: Any, upstream: FakeUpstream, tmp_path: Path
) -> None:
    (tmp_path / "route.yaml").write_text(ROUTE_POLICY, encoding="utf-8")
    upstream.state.record_bodies = True
    gw = make_gateway(
        f"""
        model_list:
          - model_name: external-model
            litellm_params: {{model: openai/m, api_base: "{upstream.url("echo,tag=op-ext")}", api_key: k}}
            model_info: {{zone: external}}
          - model_name: internal-model
            litellm_params: {{model: openai/m, api_base: "{upstream.url("echo,tag=op-int")}", api_key: k}}
            model_info: {{zone: internal}}
        zone_defaults: {{internal: internal-model}}
        policy_paths: ["{tmp_path / "route.yaml"}"]
        """
    )
    for stream in (False, True):
        r = httpx.post(
            gw.url + "/chat/completions",
            json={
                "model": "external-model",
                "stream": stream,
                "messages": [{"role": "user", "content": f"주민번호 {RRN}, 메일 {EMAIL} 확인"}],
            },
            headers={"authorization": f"Bearer {gw.key('alpha')}"},
            timeout=30,
        )
        assert r.status_code == 200, r.text
        received = [
            q for q in list(upstream.state.requests) if q["x-request-id"] == r.headers["x-request-id"]
        ]
        assert len(received) == 1 and "op-int" in str(received[0]["spec"])  # served inside
        sent = [json.dumps(q["body"], ensure_ascii=False) for q in received]
        assert RRN in sent[0]  # allowed inside: not pseudonymized for the internal model
        assert EMAIL not in sent[0]  # pseudonymized in every zone by its rule
        answer = r.text if stream else r.json()["choices"][0]["message"]["content"]
        if stream:
            answer = "".join(
                (json.loads(line[6:])["choices"] or [{}])[0].get("delta", {}).get("content") or ""
                for line in r.text.splitlines()
                if line.startswith("data: {")
            )
        assert RRN in answer and EMAIL in answer, answer  # the internal model's pseudonym restored
