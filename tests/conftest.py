"""Shared fixtures: the fake upstream, and gateways served by uvicorn on ephemeral ports."""

from __future__ import annotations

import socket
import textwrap
import threading
import time
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest

import gateway  # noqa: F401  (forces offline settings before litellm is imported)
from tests.fake_upstream import FakeUpstream


@pytest.fixture(scope="session")
def upstream() -> Iterator[FakeUpstream]:
    server = FakeUpstream().start_in_thread()
    yield server
    server.stop()


@dataclass
class RunningGateway:
    url: str  # base URL ending in /v1
    root: str  # http://host:port
    app: Any
    server: Any
    thread: threading.Thread
    keys: dict[str, str]  # plain key -> tenant

    def key(self, tenant: str) -> str:
        return next(k for k, t in self.keys.items() if t == tenant)

    def stop(self) -> None:
        self.server.should_exit = True
        self.thread.join(10)


def serve_app(app: Any, keys: dict[str, str]) -> RunningGateway:
    import uvicorn

    sock = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
    sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
    sock.bind(("127.0.0.1", 0))
    port = sock.getsockname()[1]
    # As `safety-gateway serve` runs it: uvicorn's own X-Forwarded-For handling off (it trusts 127.0.0.1,
    # every test client); the gateway's server.trusted_proxies decides.
    server = uvicorn.Server(uvicorn.Config(app, log_level="warning", lifespan="on", proxy_headers=False))
    thread = threading.Thread(target=server.run, kwargs={"sockets": [sock]}, daemon=True)
    thread.start()
    deadline = time.monotonic() + 30
    while not server.started:
        if time.monotonic() > deadline or not thread.is_alive():
            raise RuntimeError("gateway did not start")
        time.sleep(0.02)
    root = f"http://127.0.0.1:{port}"
    return RunningGateway(f"{root}/v1", root, app, server, thread, keys)


def write_config(tmp: Path, text: str) -> Path:
    path = tmp / "gateway.yaml"
    path.write_text(textwrap.dedent(text), encoding="utf-8")
    return path


GatewayFactory = Callable[..., RunningGateway]


@pytest.fixture(scope="module")
def make_gateway(tmp_path_factory: pytest.TempPathFactory) -> Iterator[GatewayFactory]:
    """Start a gateway from config text; stopped at the end of the module."""
    from gateway.app import create_app
    from gateway.auth import KeyStore, hash_key
    from gateway.config import load_config

    started: list[RunningGateway] = []

    def factory(
        config_text: str,
        keys: dict[str, str] | None = None,
        tenants: dict[str, list[str]] | None = None,
        load_models: bool = True,
    ) -> RunningGateway:
        keys = keys or {"sk-test-alpha": "alpha", "sk-test-beta": "beta"}
        path = write_config(tmp_path_factory.mktemp("gw"), config_text)
        cfg = load_config(path)
        store = KeyStore(
            {hash_key(k): t for k, t in keys.items()},
            tenants or {t: e.models for t, e in cfg.tenants.items()},
            cfg.default_models,
        )
        running = serve_app(create_app(cfg, store, load_models=load_models), keys)
        started.append(running)
        return running

    yield factory
    for running in started:
        running.stop()


def serve_process(config: Path, env: dict[str, str], *extra: str) -> tuple[Any, int]:
    """``safety-gateway serve`` as a real process on a free port; returns (Popen, port) once /healthz
    answers."""
    import subprocess
    import sys

    import httpx

    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    proc = subprocess.Popen(
        [sys.executable, "-m", "gateway", "serve", "--config", str(config), "--port", str(port), *extra],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        env=env,
    )
    deadline = time.monotonic() + 90
    while True:
        try:
            if httpx.get(f"http://127.0.0.1:{port}/healthz", timeout=1).status_code == 200:
                return proc, port
        except httpx.HTTPError:
            pass
        if proc.poll() is not None or time.monotonic() > deadline:
            raise AssertionError(f"serve did not start: {proc.communicate(timeout=5)[1][-3000:]}")
        time.sleep(0.2)
