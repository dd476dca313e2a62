"""Through the running gateway (uvicorn, as `serve` runs it): request ids are the gateway's own, the
client's is kept apart; X-Forwarded-For and SSO headers count only from server.trusted_proxies; the
dashboard's sign-ins and exports land in the same verified chain."""

from __future__ import annotations

import contextlib
import json
import logging
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import httpx
import pytest

from audit.dashboard import hash_password
from tests.conftest import RunningGateway, serve_app, write_config
from tests.fake_upstream import FakeUpstream

PW = "dashboard-password-0001"
KEY = "sk-dash-a"


def _start(tmp: Path, upstream: FakeUpstream, trusted: list[str]) -> tuple[RunningGateway, Path]:
    from gateway.app import create_app
    from gateway.auth import KeyStore, hash_key
    from gateway.config import load_config

    config = write_config(
        tmp,
        f"""
        server: {{trusted_proxies: {json.dumps(trusted)}}}
        model_list:
          - model_name: echo
            litellm_params: {{model: openai/m, api_base: "{upstream.url("echo,tag=dashgw")}", api_key: k}}
        audit:
          sink: sqlite
          path: audit.db
          spool_dir: spool
          signing_key: audit.pem
          dashboard:
            users: [{{username: kim, password_hash: "{hash_password(PW)}", role: admin}}]
            sso_header: X-Forwarded-User
            sso_role_header: X-Forwarded-Role
        """,
    )
    cfg = load_config(config)
    return serve_app(create_app(cfg, KeyStore({hash_key(KEY): "alpha"}, {})), {KEY: "alpha"}), config


def _chat(gw: RunningGateway, text: str, headers: dict[str, str]) -> httpx.Response:
    r = httpx.post(
        f"{gw.url}/chat/completions",
        json={"model": "echo", "messages": [{"role": "user", "content": text}]},
        headers={"authorization": f"Bearer {KEY}", **headers},
        timeout=60,
    )
    assert r.status_code == 200, r.text
    return r


@contextlib.contextmanager
def _session(gw: RunningGateway) -> Iterator[httpx.Client]:
    with httpx.Client(base_url=gw.root, timeout=30) as c:
        r = c.post("/audit/login", data={"username": "kim", "password": PW})
        assert r.status_code == 303 and "sgw_audit_session" in c.cookies
        yield c


def _records(c: httpx.Client, want: int, **query: str) -> list[dict[str, Any]]:
    deadline = time.monotonic() + 15
    while True:
        r = c.get("/audit/export", params={"format": "jsonl", **query})
        assert r.status_code == 200
        out = [json.loads(x) for x in r.text.splitlines() if x.strip()]
        if len(out) >= want or time.monotonic() > deadline:
            return out
        time.sleep(0.2)


def test_untrusted_client_ids_and_headers(
    tmp_path: Path, upstream: FakeUpstream, caplog: pytest.LogCaptureFixture
) -> None:
    with caplog.at_level(logging.WARNING, logger="audit.dashboard"):
        gw, config = _start(tmp_path, upstream, [])
    assert any("IGNORED" in r.getMessage() for r in caplog.records)  # sso_header with nobody trusted
    try:
        spoof = {"x-request-id": "rt-fixed-1", "X-Forwarded-For": "198.51.100.1"}
        first, second = _chat(gw, "first RT-A", spoof), _chat(gw, "second RT-B", spoof)
        ids = [first.headers["x-request-id"], second.headers["x-request-id"]]
        assert ids[0] != ids[1] and all(i.startswith("req_") for i in ids)
        assert first.headers["x-client-request-id"] == "rt-fixed-1"
        # upstream sees the gateway's id (what tests/redteam/harness.py attributes exchanges by)
        sent = [r["x-request-id"] for r in upstream.state.requests]
        assert set(ids) <= set(sent)
        unsafe = _chat(gw, "third", {"x-request-id": "../../../audit/export"})
        assert "x-client-request-id" not in unsafe.headers
        assert unsafe.headers["x-request-id"].startswith("req_")

        # SSO headers from a client nobody trusts open nothing
        r = httpx.get(f"{gw.root}/audit/export?format=csv", headers={"X-Forwarded-User": "admin"})
        assert r.status_code == 303 and "attachment" not in r.headers.get("content-disposition", "")

        with _session(gw) as c:
            reused = _records(c, 2, client_request_id="rt-fixed-1")
            assert sorted(x["request_id"] for x in reused) == sorted(ids)  # two records, two ids
            assert {x["client_addr"] for x in reused} == {"127.0.0.1"}  # the peer, not X-Forwarded-For
            (trav,) = _records(c, 1, request_id=unsafe.headers["x-request-id"])
            assert trav["client_request_id"] == ".._.._.._audit_export"
            assert _records(c, 0, request_id="rt-fixed-1") == []  # no longer an audit id
            events = _records(c, 2, kind="dashboard")
            assert {"login", "export"} <= {e["labels"]["event"] for e in events}
            assert all(e["actor"] == "kim" and e["client_addr"] == "127.0.0.1" for e in events)
    finally:
        gw.stop()
    verify = subprocess.run(
        [sys.executable, "-m", "gateway", "audit", "verify", "--config", str(config)],
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert verify.returncode == 0, verify.stdout + verify.stderr


def test_trusted_proxy_headers_are_honoured(tmp_path: Path, upstream: FakeUpstream) -> None:
    gw, _ = _start(tmp_path, upstream, ["127.0.0.1"])  # the test client stands for the proxy
    try:
        r = _chat(gw, "hello", {"X-Forwarded-For": "192.0.2.200, 203.0.113.50"})
        r2 = httpx.get(
            f"{gw.root}/audit/", headers={"X-Forwarded-User": "park", "X-Forwarded-Role": "security"}
        )
        assert r2.status_code == 200 and "park" in r2.text
        with _session(gw) as c:
            (rec,) = _records(c, 1, request_id=r.headers["x-request-id"])
            assert rec["client_addr"] == "203.0.113.50"  # right-most address the proxy did not write itself
            sso = [e for e in _records(c, 1, kind="dashboard") if e["actor"] == "park"]
            assert sso and sso[0]["labels"]["via"] == "sso"
    finally:
        gw.stop()
