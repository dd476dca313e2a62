"""Audit records written by the running gateway: one per request, nothing raw, chain verifies."""

from __future__ import annotations

import json
import socket
import subprocess
import sys
from pathlib import Path

import httpx
import openai
import pytest
from openai import OpenAI

from tests.conftest import write_config
from tests.fake_upstream import FakeUpstream

RRN = "900101-1234568"

POLICY = """\
apiVersion: safety-gateway/v1
kind: Policy
metadata: {name: audit-test, owner: tests}
spec:
  match: {}
  rules:
    - id: block-word
      direction: input
      detector: keywords
      params: {keywords: [forbidden-operation]}
      action: block
    - id: pseudonymize-pii
      direction: input
      detector: pii
      params: {entities: [KR_RRN, KR_PHONE]}
      action: pseudonymize
"""


def _config(tmp: Path, upstream: FakeUpstream, audit: str, failure: str = "closed") -> Path:
    (tmp / "policy.yaml").write_text(POLICY, encoding="utf-8")
    return write_config(
        tmp,
        f"""
        model_list:
          - model_name: echo
            litellm_params: {{model: openai/m, api_base: "{upstream.url("echo,tag=audit")}", api_key: k}}
        policy_paths: [policy.yaml]
        audit_failure: {failure}
        audit: {audit}
        """,
    )


def _export(config: Path) -> list[dict]:
    proc = subprocess.run(
        [sys.executable, "-m", "gateway", "audit", "export", "--config", str(config)],
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert proc.returncode == 0, proc.stderr
    return [json.loads(line) for line in proc.stdout.splitlines() if line.strip()]


def test_one_record_per_request_nothing_raw_and_chain_verifies(
    tmp_path: Path, upstream: FakeUpstream
) -> None:
    from gateway.app import create_app
    from gateway.auth import KeyStore, hash_key
    from gateway.config import load_config
    from tests.conftest import serve_app

    config = _config(
        tmp_path, upstream, "{sink: sqlite, path: audit.db, spool_dir: spool, signing_key: audit.pem}"
    )
    cfg = load_config(config)
    gw = serve_app(create_app(cfg, KeyStore({hash_key("sk-a"): "alpha"}, {})), {"sk-a": "alpha"})
    client = OpenAI(base_url=gw.url, api_key="sk-a", max_retries=0)
    ids: dict[str, str] = {}
    try:
        r = client.chat.completions.with_raw_response.create(
            model="echo", messages=[{"role": "user", "content": "hi"}]
        )
        ids["clean"] = r.headers["x-request-id"]
        r = client.chat.completions.with_raw_response.create(
            model="echo", messages=[{"role": "user", "content": f"my RRN is {RRN}, phone 010-2222-3333"}]
        )
        assert RRN in r.parse().choices[0].message.content  # restored for the client...
        ids["pii"] = r.headers["x-request-id"]
        with pytest.raises(openai.BadRequestError) as info:
            client.chat.completions.create(
                model="echo",
                messages=[{"role": "user", "content": "forbidden-operation"}],
                extra_headers={"x-request-id": "blocked-req-1"},
            )
        ids["blocked"] = "blocked-req-1"
        stream = client.chat.completions.create(
            model="echo",
            stream=True,
            extra_headers={"x-request-id": "stream-1"},
            messages=[{"role": "user", "content": f"stream {RRN}"}],
        )
        assert RRN in "".join(c.choices[0].delta.content or "" for c in stream if c.choices)
        ids["stream"] = "stream-1"
        assert (
            httpx.post(
                f"{gw.url}/chat/completions", json={}, headers={"x-request-id": "unauth-1"}
            ).status_code
            == 401
        )
        ids["unauth"] = "unauth-1"
        assert info.value.body["code"] == "content_policy_violation"
    finally:
        gw.stop()  # the lifespan closes the writer: everything queued is written

    exported = _export(config)
    assert len(exported) == len(ids)  # exactly one record per request
    assert len({r["request_id"] for r in exported}) == len(ids)  # each with the gateway's own id
    assert all(r["request_id"].startswith("req_") for r in exported)
    # a client's x-request-id is kept apart, so it can still be found
    records = {r["client_request_id"] or r["request_id"]: r for r in exported}
    assert set(records) == set(ids.values())

    pii = records[ids["pii"]]
    assert pii["decision"] == "pseudonymize"
    assert {(p["entity_type"], p["count"]) for p in pii["pii"]} == {("KR_RRN", 1), ("KR_PHONE", 1)}
    assert "<KR_RRN_1>" in pii["prompt"] and "<KR_RRN_1>" in pii["response"]  # readable, PII replaced
    assert pii["deployment"] == "echo#0" and pii["zone"] == "external" and pii["usage"]["total_tokens"] > 0
    assert pii["policy_version"] and pii["rules"][0]["rule_id"] == "audit-test/pseudonymize-pii"
    assert set(pii["latency_ms"]) >= {"total", "upstream", "overhead", "policy_input"}

    blocked = records[ids["blocked"]]
    assert blocked["decision"] == "block" and blocked["rules"][0]["rule_id"] == "audit-test/block-word"
    assert (
        records[ids["unauth"]]["tenant"] == "(unauthenticated)"
        and records[ids["unauth"]]["decision"] == "error"
    )
    assert records[ids["stream"]]["response"] and "<KR_RRN_1>" in records[ids["stream"]]["response"]

    raw_store = b"".join(p.read_bytes() for p in tmp_path.rglob("audit.db*"))
    assert RRN.encode() not in raw_store and b"010-2222-3333" not in raw_store

    verify = subprocess.run(
        [sys.executable, "-m", "gateway", "audit", "verify", "--config", str(config)],
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert verify.returncode == 0, verify.stdout + verify.stderr


def _closed_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


@pytest.mark.parametrize("failure", ["closed", "open"])
def test_audit_failure_open_or_closed(tmp_path: Path, upstream: FakeUpstream, failure: str) -> None:
    from gateway.app import create_app
    from gateway.auth import KeyStore, hash_key
    from gateway.config import load_config
    from tests.conftest import serve_app

    dsn = f"postgresql://postgres@127.0.0.1:{_closed_port()}/test"
    config = _config(
        tmp_path,
        upstream,
        f"{{sink: postgres, postgres_dsn: '{dsn}', spool_dir: null, "
        f"signing_key: audit.pem, connect_timeout_s: 0.5, retry_interval_s: 30}}",
        failure,
    )
    gw = serve_app(
        create_app(load_config(config), KeyStore({hash_key("sk-a"): "alpha"}, {})), {"sk-a": "alpha"}
    )
    client = OpenAI(base_url=gw.url, api_key="sk-a", max_retries=0)
    try:
        # The first record finds the database down; from then on the writer knows it.
        for _ in range(3):
            try:
                client.chat.completions.create(model="echo", messages=[{"role": "user", "content": "hi"}])
            except openai.APIStatusError:
                pass
        import time

        time.sleep(1.5)
        if failure == "closed":
            with pytest.raises(openai.APIStatusError) as info:
                client.chat.completions.create(model="echo", messages=[{"role": "user", "content": "hi"}])
            assert info.value.status_code == 503 and info.value.body["code"] == "audit_unavailable"
        else:
            assert client.chat.completions.create(
                model="echo", messages=[{"role": "user", "content": "hi"}]
            ).choices
    finally:
        gw.stop()


def test_two_gateway_processes_one_postgres_chain_verifies(tmp_path: Path, upstream: FakeUpstream) -> None:
    """Two real `safety-gateway serve` replicas write to one PostgreSQL schema concurrently; every
    request has exactly one record and `audit verify` passes."""
    import os
    import secrets
    import signal
    import threading
    import time

    import psycopg

    schema = f"audit_gw_{secrets.token_hex(5)}"
    dsn = "postgresql://postgres@127.0.0.1:5432/test"
    config = _config(
        tmp_path,
        upstream,
        f"{{sink: postgres, postgres_dsn: '{dsn}', postgres_schema: {schema}, "
        f"spool_dir: spool, signing_key: audit.pem}}",
    )
    env = {**os.environ, "SAFETY_GATEWAY_KEYS": "sk-rep=team", "SAFETY_GATEWAY_PII_SALT": "s"}
    procs, ports = [], []
    try:
        for _ in range(2):
            with socket.socket() as s:
                s.bind(("127.0.0.1", 0))
                port = s.getsockname()[1]
            procs.append(
                subprocess.Popen(
                    [sys.executable, "-m", "gateway", "serve", "--config", str(config), "--port", str(port)],
                    stdout=subprocess.PIPE,
                    stderr=subprocess.PIPE,
                    text=True,
                    env=env,
                )
            )
            ports.append(port)
        for port, proc in zip(ports, procs, strict=True):
            deadline = time.monotonic() + 90
            while True:
                try:
                    if httpx.get(f"http://127.0.0.1:{port}/readyz", timeout=1).status_code == 200:
                        break
                except httpx.HTTPError:
                    pass
                assert proc.poll() is None and time.monotonic() < deadline, (
                    proc.stderr.read()[-3000:] if proc.stderr else ""
                )
                time.sleep(0.2)

        sent: list[str] = []
        lock = threading.Lock()

        def traffic(port: int, tag: str) -> None:
            client = OpenAI(base_url=f"http://127.0.0.1:{port}/v1", api_key="sk-rep", max_retries=0)
            for i in range(40):
                rid = f"{tag}-{i}"
                try:
                    client.chat.completions.create(
                        model="echo",
                        extra_headers={"x-request-id": rid},
                        messages=[{"role": "user", "content": f"hello {i}"}],
                    )
                except openai.APIStatusError:
                    pass
                with lock:
                    sent.append(rid)

        threads = [
            threading.Thread(target=traffic, args=(p, f"r{n}")) for n, p in enumerate(ports) for _ in (0,)
        ]
        threads += [threading.Thread(target=traffic, args=(p, f"s{n}")) for n, p in enumerate(ports)]
        for t in threads:
            t.start()
        for t in threads:
            t.join(120)
    finally:
        for proc in procs:
            proc.send_signal(signal.SIGINT)
        for proc in procs:
            proc.communicate(timeout=60)
    try:
        records = _export(config)
        # one record per request, none lost: found by the client's id, each under the gateway's own
        assert sorted(r["client_request_id"] for r in records) == sorted(sent)
        assert len({r["request_id"] for r in records}) == len(records)
        verify = subprocess.run(
            [sys.executable, "-m", "gateway", "audit", "verify", "--config", str(config)],
            capture_output=True,
            text=True,
            timeout=120,
        )
        assert verify.returncode == 0, verify.stdout + verify.stderr
    finally:
        with psycopg.connect(dsn, autocommit=True) as c:
            c.execute(f'DROP SCHEMA IF EXISTS "{schema}" CASCADE')
