"""Hostile clients against a running gateway, over raw sockets (docs/robustness.md): slow and stalled
bodies get 408, slow headers 408, oversized headers 431, a client that hangs up is recorded as 499
(audit, metrics) without a traceback, deep JSON is refused before parsing, and the size rule counts
tool definitions and parts that carry no text.

The gateway runs as ``safety-gateway serve`` runs it (``gateway.server.uvicorn_options``), with short
timeouts so that each case takes about a second.
"""

from __future__ import annotations

import json
import logging
import socket
import sqlite3
import threading
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import httpx
import pytest

from tests.conftest import write_config
from tests.fake_upstream import FakeUpstream

KEY = "sk-robust-0001"
BODY_TIMEOUT_S = 1.0
HEADER_TIMEOUT_S = 1.0
MAX_HEADER_BYTES = 16 * 1024

POLICY = """\
apiVersion: safety-gateway/v1
kind: Policy
metadata: {name: robustness-test, owner: tests}
spec:
  match: {}
  rules:
    - id: size-limits
      direction: input
      detector: size
      params: {max_chars: 100000, max_messages: 1000, max_tools: 128, max_tool_bytes: 262144}
      action: block
    - id: block-word
      direction: input
      detector: keywords
      params: {keywords: [forbidden-operation]}
      action: block
"""


class Served:
    def __init__(self, tmp: Path, upstream: FakeUpstream) -> None:
        import uvicorn

        from gateway.app import create_app
        from gateway.auth import KeyStore, hash_key
        from gateway.config import load_config
        from gateway.server import uvicorn_options

        (tmp / "policy.yaml").write_text(POLICY, encoding="utf-8")
        self.db = tmp / "audit.db"
        path = write_config(
            tmp,
            f"""
            server:
              body_timeout_s: {BODY_TIMEOUT_S}
              header_timeout_s: {HEADER_TIMEOUT_S}
              max_header_bytes: {MAX_HEADER_BYTES}
            model_list:
              - model_name: echo
                litellm_params: {{model: openai/m, api_base: "{upstream.url("echo")}", api_key: k}}
              - model_name: slow
                litellm_params: {{model: openai/m, api_base: "{upstream.url("delay=1500")}", api_key: k}}
            policy_paths: [policy.yaml]
            audit:
              sink: sqlite
              path: {self.db}
              spool_dir: {tmp / "spool"}
              signing_key: {tmp / "audit.pem"}
            """,
        )
        cfg = load_config(path)
        self.app = app = create_app(
            cfg, KeyStore({hash_key(KEY): "robust"}, {}, cfg.default_models), load_models=False
        )
        sock = socket.socket()
        sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        sock.bind(("127.0.0.1", 0))
        self.port = sock.getsockname()[1]
        options = {**uvicorn_options(cfg.server), "proxy_headers": False}
        self.server = uvicorn.Server(uvicorn.Config(app, log_level="warning", lifespan="on", **options))
        self.thread = threading.Thread(target=self.server.run, kwargs={"sockets": [sock]}, daemon=True)
        self.thread.start()
        deadline = time.monotonic() + 30
        while not self.server.started:
            assert time.monotonic() < deadline and self.thread.is_alive(), "gateway did not start"
            time.sleep(0.02)
        self.url = f"http://127.0.0.1:{self.port}"

    def stop(self) -> None:
        self.server.should_exit = True
        self.thread.join(10)

    def post(self, body: Any, model: str = "echo", **headers: str) -> httpx.Response:
        return httpx.post(
            f"{self.url}/v1/chat/completions",
            json={"model": model, **body},
            headers={"authorization": f"Bearer {KEY}", **headers},
            timeout=30,
        )

    def records(self) -> list[dict[str, Any]]:
        if not self.db.exists():
            return []
        with sqlite3.connect(self.db) as db:
            return [json.loads(row[0]) for row in db.execute("SELECT body FROM audit_records")]

    def record(self, request_id: str | None = None, wait_s: float = 5.0) -> dict[str, Any]:
        """The audit record of ``request_id``, or the newest one written after now - wait."""
        deadline = time.monotonic() + wait_s
        while time.monotonic() < deadline:
            found = [r for r in self.records() if request_id is None or r["request_id"] == request_id]
            if found:
                return found[-1]
            time.sleep(0.05)
        raise AssertionError(f"no audit record for {request_id}")


@pytest.fixture(scope="module")
def gw(tmp_path_factory: pytest.TempPathFactory, upstream: FakeUpstream) -> Iterator[Served]:
    served = Served(tmp_path_factory.mktemp("robust"), upstream)
    yield served
    served.stop()


def connect(gw: Served) -> socket.socket:
    sock = socket.create_connection(("127.0.0.1", gw.port), timeout=10)
    return sock


def head(content_length: int, extra: str = "") -> bytes:
    return (
        "POST /v1/chat/completions HTTP/1.1\r\nHost: x\r\n"
        f"Authorization: Bearer {KEY}\r\nContent-Type: application/json\r\n"
        f"Content-Length: {content_length}\r\n{extra}\r\n"
    ).encode()


def read_response(sock: socket.socket) -> tuple[int, dict[str, str], bytes]:
    """Status, headers and body of the one response on ``sock`` (read until the server closes)."""
    data = b""
    while True:
        try:
            piece = sock.recv(65536)
        except ConnectionResetError:
            break
        if not piece:
            break
        data += piece
    head_part, _, body = data.partition(b"\r\n\r\n")
    lines = head_part.decode("latin-1").split("\r\n")
    assert lines and lines[0].startswith("HTTP/1.1 "), f"no HTTP response: {data[:200]!r}"
    headers = dict(line.split(": ", 1) for line in lines[1:] if ": " in line)
    return int(lines[0].split()[1]), {k.lower(): v for k, v in headers.items()}, body


def chat(text: str) -> bytes:
    return json.dumps({"model": "echo", "messages": [{"role": "user", "content": text}]}).encode()


# -- slow and stalled bodies ---------------------------------------------------------------------------


def test_a_body_sent_one_byte_at_a_time_gets_408_within_the_timeout(gw: Served) -> None:
    body = chat("a" * 200)
    sock = connect(gw)
    t0 = time.monotonic()
    sock.sendall(head(len(body)))
    stop = threading.Event()

    def drip() -> None:
        for i in range(len(body)):
            if stop.is_set():
                return
            try:
                sock.sendall(body[i : i + 1])
            except OSError:
                return
            time.sleep(0.1)

    sender = threading.Thread(target=drip, daemon=True)
    sender.start()
    try:
        status, headers, payload = read_response(sock)
    finally:
        stop.set()
        sock.close()
    elapsed = time.monotonic() - t0
    assert status == 408, payload
    assert json.loads(payload)["error"]["code"] == "request_timeout"
    assert headers.get("connection") == "close"
    assert BODY_TIMEOUT_S - 0.1 <= elapsed < BODY_TIMEOUT_S + 2
    record = gw.record(headers["x-request-id"])
    assert record["labels"]["status"] == "408"


def test_a_body_that_stalls_after_the_headers_gets_408(gw: Served) -> None:
    sock = connect(gw)
    t0 = time.monotonic()
    sock.sendall(head(100_000) + b'{"model":')
    status, _, _ = read_response(sock)
    sock.close()
    assert status == 408
    assert time.monotonic() - t0 < BODY_TIMEOUT_S + 2


# -- headers --------------------------------------------------------------------------------------------


def test_headers_that_never_finish_get_408_and_the_connection_closes(gw: Served) -> None:
    sock = connect(gw)
    t0 = time.monotonic()
    sock.sendall(b"POST /v1/chat/completions HTTP/1.1\r\nHost: x\r\nX-Slow: a")
    status, _, body = read_response(sock)
    sock.close()
    assert status == 408 and b"headers" in body
    assert HEADER_TIMEOUT_S - 0.1 <= time.monotonic() - t0 < HEADER_TIMEOUT_S + 2  # from the accept


def test_an_idle_connection_is_closed_after_the_header_timeout(gw: Served) -> None:
    sock = connect(gw)
    t0 = time.monotonic()
    status, _, _ = read_response(sock)  # nothing sent at all
    sock.close()
    assert status == 408
    assert time.monotonic() - t0 < HEADER_TIMEOUT_S + 2


def test_a_kept_alive_connection_idles_longer_than_the_header_timeout(gw: Served) -> None:
    """The header timeout runs from a request's first byte: an idle kept-alive connection is the
    keep-alive timeout's business, and the next request on it is served."""
    with httpx.Client(base_url=gw.url, headers={"authorization": f"Bearer {KEY}"}) as client:
        body = {"model": "echo", "messages": [{"role": "user", "content": "hi"}]}
        first = client.post("/v1/chat/completions", json=body, extensions={"trace": _note_connection})
        time.sleep(HEADER_TIMEOUT_S + 0.5)
        second = client.post("/v1/chat/completions", json=body, extensions={"trace": _note_connection})
    assert first.status_code == second.status_code == 200
    assert _connections_opened.count(True) == 1  # the second request reused the connection


_connections_opened: list[bool] = []


def _note_connection(event: str, info: dict[str, Any]) -> None:
    if event == "connection.connect_tcp.complete":
        _connections_opened.append(True)


def test_a_64_kib_header_gets_431_from_the_server(gw: Served) -> None:
    body = chat("hi")
    sock = connect(gw)
    sock.sendall(head(len(body), f"X-Request-Id: {'r' * 65536}\r\n") + body)
    status, headers, _ = read_response(sock)
    sock.close()
    assert status == 431
    assert headers["content-type"].startswith("text/plain")  # the protocol's answer: the app never ran
    assert not [
        r for r in gw.records() if r.get("client_request_id", "") and "rrrr" in r["client_request_id"]
    ]


def test_a_header_that_never_ends_is_cut_off_at_the_limit(gw: Served) -> None:
    sock = connect(gw)
    sock.sendall(b"POST /v1/chat/completions HTTP/1.1\r\nHost: x\r\nX-Endless: ")
    sent = 0
    try:
        while sent < 10 * MAX_HEADER_BYTES:  # the server answers long before this
            sock.sendall(b"a" * 4096)
            sent += 4096
            time.sleep(0.005)
    except OSError:
        pass  # closed by the server: expected
    status, _, _ = read_response(sock)
    sock.close()
    assert status == 431
    assert sent < 4 * MAX_HEADER_BYTES


def test_under_another_server_the_app_refuses_large_headers_itself(
    make_gateway: Any, upstream: FakeUpstream
) -> None:
    """Plain uvicorn (no gateway protocol) reads any header size; the app's middleware answers 431."""
    running = make_gateway(
        f"""
        server: {{max_header_bytes: 4096}}
        model_list:
          - model_name: echo
            litellm_params: {{model: openai/m, api_base: "{upstream.url("echo")}", api_key: k}}
        """,
        load_models=False,
    )
    headers = {"authorization": f"Bearer {running.key('alpha')}", "x-big": "b" * 8192}
    r = httpx.post(f"{running.url}/chat/completions", json={"model": "echo", "messages": []}, headers=headers)
    assert r.status_code == 431
    assert r.json()["error"]["code"] == "request_header_fields_too_large"
    headers["x-big"] = "b" * 1024
    r = httpx.post(
        f"{running.url}/chat/completions",
        json={"model": "echo", "messages": [{"role": "user", "content": "hi"}]},
        headers=headers,
    )
    assert r.status_code == 200


def test_headers_within_the_limit_are_served(gw: Served) -> None:
    r = gw.post({"messages": [{"role": "user", "content": "hi"}]}, **{"x-note": "n" * 8000})
    assert r.status_code == 200


# -- clients that hang up -------------------------------------------------------------------------------


def _client_ids(gw: Served, prefix: str) -> list[dict[str, Any]]:
    return [r for r in gw.records() if (r.get("client_request_id") or "").startswith(prefix)]


def test_a_client_that_hangs_up_mid_body_is_recorded_as_499_without_a_traceback(
    gw: Served, caplog: pytest.LogCaptureFixture
) -> None:
    caplog.set_level(logging.WARNING)
    for i in range(5):
        sock = connect(gw)
        sock.sendall(head(5_000, f"X-Request-Id: hangup-{i}\r\n") + b'{"model":"echo","messages":[')
        time.sleep(0.1)
        sock.close()
    deadline = time.monotonic() + 5
    while len(new := _client_ids(gw, "hangup-")) < 5 and time.monotonic() < deadline:
        time.sleep(0.05)
    assert [r["labels"]["status"] for r in new] == ["499"] * 5
    assert {r["labels"]["error_code"] for r in new} == {"client_disconnected"}
    assert not [rec for rec in caplog.records if rec.exc_info or "internal error" in rec.getMessage()]


def test_a_client_that_leaves_before_the_answer_is_recorded_as_499(gw: Served) -> None:
    body = json.dumps({"model": "slow", "messages": [{"role": "user", "content": "hi"}]}).encode()
    sock = connect(gw)
    sock.sendall(head(len(body)) + body)
    time.sleep(0.5)  # the gateway is waiting for the upstream (1.5 s)
    sock.close()
    deadline = time.monotonic() + 5
    while (
        not (slow := [r for r in gw.records() if r["model_alias"] == "slow"]) and time.monotonic() < deadline
    ):
        time.sleep(0.05)
    (record,) = slow
    assert record["labels"]["status"] == "499"
    assert record["upstream_status"] == 200  # the upstream answered; the client was gone


def test_metrics_count_disconnects_as_499(gw: Served) -> None:
    sock = connect(gw)
    sock.sendall(head(5_000) + b"{")
    time.sleep(0.1)
    sock.close()
    time.sleep(0.3)
    rendered = gw.app.state.gateway.services.metrics.render()
    text = rendered.decode() if isinstance(rendered, bytes) else rendered
    assert any(
        'status="499"' in line
        for line in text.splitlines()
        if line.startswith("safety_gateway_requests_total")
    )


# -- JSON shape and size rules --------------------------------------------------------------------------


def test_deep_nesting_is_refused_before_parsing(gw: Served) -> None:
    raw = b'{"model":"echo","messages":[{"role":"user","content":' + b"[" * 100_000 + b"]" * 100_000 + b"}]}"
    t0 = time.monotonic()
    r = httpx.post(
        f"{gw.url}/v1/chat/completions",
        content=raw,
        headers={"authorization": f"Bearer {KEY}", "content-type": "application/json"},
    )
    assert r.status_code == 400 and r.json()["error"]["code"] == "json_too_deep"
    assert "254" in r.json()["error"]["message"]
    assert time.monotonic() - t0 < 1


def test_brackets_inside_strings_are_text_not_nesting(gw: Served) -> None:
    r = gw.post({"messages": [{"role": "user", "content": "[" * 6000}]})
    assert r.status_code == 200


def test_the_size_rule_counts_tool_definitions(gw: Served) -> None:
    tool = {"type": "function", "function": {"name": "f", "parameters": {"type": "object"}}}
    few = gw.post({"messages": [{"role": "user", "content": "hi"}], "tools": [tool] * 5})
    assert few.status_code == 200
    many = gw.post({"messages": [{"role": "user", "content": "hi"}], "tools": [tool] * 200})
    assert many.status_code == 400
    assert "action=block" in many.headers["x-gateway-policy"]
    assert "size-limits" in many.headers["x-gateway-policy"]
    big = {"type": "function", "function": {"name": "f", "description": "d" * 300_000}}
    assert gw.post({"messages": [{"role": "user", "content": "hi"}], "tools": [big]}).status_code == 400


def test_parts_without_text_count_as_pieces(gw: Served) -> None:
    image = {"type": "image_url", "image_url": {"url": "https://example.com/a.png"}}
    r = gw.post({"messages": [{"role": "user", "content": [image] * 2000}]})
    assert r.status_code == 400 and "size-limits" in r.headers["x-gateway-policy"]


def test_a_request_refused_on_its_shape_is_never_walked(gw: Served, monkeypatch: pytest.MonkeyPatch) -> None:
    """Counts (messages, parts, tools) are known before any text is read: a size rule refusing on
    them answers before the gateway walks 5,000 parts (the walk is what costs seconds at 100,000)."""
    import gateway.stages.policy_input as stage

    walked: list[int] = []
    real = stage.request_items

    def counting(endpoint: str, body: dict) -> list:
        walked.append(1)
        return real(endpoint, body)

    monkeypatch.setattr(stage, "request_items", counting)
    part = {"type": "text", "text": "x"}
    r = gw.post({"messages": [{"role": "user", "content": [part] * 5000}]})
    assert r.status_code == 400 and "size-limits" in r.headers["x-gateway-policy"]
    assert walked == []
    assert gw.post({"messages": [{"role": "user", "content": [part] * 3}]}).status_code == 200
    assert walked == [1]
