"""`safety-gateway serve` as a real process: keys from the environment, a generated key, shutdown."""

from __future__ import annotations

import os
import signal
import socket
import subprocess
import sys
import time
from pathlib import Path

import httpx
from openai import OpenAI

from tests.conftest import write_config
from tests.fake_upstream import FakeUpstream


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def _start(config: Path, port: int, env: dict[str, str]) -> subprocess.Popen[str]:
    proc = subprocess.Popen(
        [sys.executable, "-m", "gateway", "serve", "--config", str(config), "--port", str(port)],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        env=env,
    )
    deadline = time.monotonic() + 60
    while True:
        try:
            if httpx.get(f"http://127.0.0.1:{port}/healthz", timeout=1).status_code == 200:
                return proc
        except httpx.HTTPError:
            pass
        if proc.poll() is not None or time.monotonic() > deadline:
            out, err = proc.communicate(timeout=5)
            raise AssertionError(f"serve did not start: {err}")
        time.sleep(0.1)


def _stop(proc: subprocess.Popen[str]) -> str:
    proc.send_signal(signal.SIGINT)
    _, err = proc.communicate(timeout=30)
    return err


def test_serve_with_env_keys(tmp_path: Path, upstream: FakeUpstream) -> None:
    config = write_config(
        tmp_path,
        f"""
        model_list:
          - model_name: fake
            litellm_params: {{model: openai/m, api_base: "{upstream.url()}"}}
        """,
    )
    port = _free_port()
    env = {**os.environ, "SAFETY_GATEWAY_KEYS": "sk-env-one=team-a,sk-env-two=team-b"}
    proc = _start(config, port, env)
    try:
        for key in ("sk-env-one", "sk-env-two"):
            client = OpenAI(base_url=f"http://127.0.0.1:{port}/v1", api_key=key, max_retries=0)
            assert client.chat.completions.create(
                model="fake", messages=[{"role": "user", "content": "x"}]
            ).choices
        assert (
            httpx.get(
                f"http://127.0.0.1:{port}/v1/models", headers={"authorization": "Bearer nope"}
            ).status_code
            == 401
        )
    finally:
        err = _stop(proc)
    assert proc.returncode == 0
    assert "sk-env-one" not in err and "sk-env-two" not in err  # keys never reach the log


def test_serve_generates_a_key_when_none_configured(tmp_path: Path, upstream: FakeUpstream) -> None:
    config = write_config(
        tmp_path,
        f"""
        model_list:
          - model_name: fake
            litellm_params: {{model: openai/m, api_base: "{upstream.url()}"}}
        """,
    )
    port = _free_port()
    env = {k: v for k, v in os.environ.items() if k != "SAFETY_GATEWAY_KEYS"}
    proc = _start(config, port, env)
    try:
        # The key banner is printed before the server starts listening, so it is in stderr by now.
        time.sleep(0.3)
        os.set_blocking(proc.stderr.fileno(), False)
        banner = proc.stderr.read() or ""
        key = next(w for w in banner.split() if w.startswith("sg-"))
        client = OpenAI(base_url=f"http://127.0.0.1:{port}/v1", api_key=key, max_retries=0)
        assert client.chat.completions.create(
            model="fake", messages=[{"role": "user", "content": "x"}]
        ).choices
        # The operator who started it may read metrics and the admin endpoints with that key.
        auth = {"authorization": f"Bearer {key}"}
        assert httpx.get(f"http://127.0.0.1:{port}/metrics", headers=auth, timeout=10).status_code == 200
        assert (
            httpx.get(f"http://127.0.0.1:{port}/admin/policies", headers=auth, timeout=10).status_code == 200
        )
    finally:
        proc.send_signal(signal.SIGINT)
        proc.wait(30)
    assert banner.count(key) == 1
