"""Audit is on unless switched off (issue 16): a hand-written gateway.yaml with no ``audit:`` section
records every request under its state directory; ``audit: {enabled: false}`` is the only way out and
says so loudly at start-up."""

from __future__ import annotations

import logging
import sqlite3
import time
from pathlib import Path

import pytest
from openai import OpenAI

from tests.conftest import RunningGateway, serve_app, write_config
from tests.fake_upstream import FakeUpstream

CONFIG = """
model_list:
  - model_name: echo
    litellm_params: {{model: openai/m, api_base: "{url}", api_key: k}}
{extra}
"""


def _serve(tmp_path: Path, upstream: FakeUpstream, extra: str = "") -> tuple[OpenAI, RunningGateway]:
    from gateway.app import create_app
    from gateway.auth import KeyStore, hash_key
    from gateway.config import load_config

    cfg = load_config(write_config(tmp_path, CONFIG.format(url=upstream.url("echo"), extra=extra)))
    gw = serve_app(create_app(cfg, KeyStore({hash_key("sk-a"): "alpha"}, {})), {"sk-a": "alpha"})
    return OpenAI(base_url=gw.url, api_key="sk-a", max_retries=0), gw


def _rows(db: Path, request_id: str) -> int:
    with sqlite3.connect(db) as conn:
        return int(
            conn.execute("SELECT count(*) FROM audit_records WHERE request_id = ?", (request_id,)).fetchone()[
                0
            ]
        )


def test_config_without_audit_section_audits_under_its_state_dir(
    tmp_path: Path, upstream: FakeUpstream
) -> None:
    client, gw = _serve(tmp_path, upstream)
    try:
        raw = client.chat.completions.with_raw_response.create(
            model="echo", messages=[{"role": "user", "content": "hello"}]
        )
        request_id = raw.headers["x-request-id"]
        db = tmp_path / "var" / "audit.db"
        deadline = time.monotonic() + 20
        while time.monotonic() < deadline and not (db.exists() and _rows(db, request_id)):
            time.sleep(0.2)
        assert db.exists() and _rows(db, request_id) == 1
        assert (tmp_path / "var" / "audit-signing.pem").exists()  # checkpoints are signed, as configured ones
    finally:
        gw.stop()


def test_state_dir_setting_moves_the_default_audit(tmp_path: Path, upstream: FakeUpstream) -> None:
    from gateway.config import load_config

    cfg = load_config(
        write_config(
            tmp_path, CONFIG.format(url=upstream.url("echo"), extra="provenance: {state_dir: state}")
        )
    )
    assert cfg.audit.enabled and cfg.audit.path == "state/audit.db"


def test_audit_switched_off_only_explicitly_and_loudly(
    tmp_path: Path, upstream: FakeUpstream, caplog: pytest.LogCaptureFixture
) -> None:
    with caplog.at_level(logging.WARNING):
        client, gw = _serve(tmp_path, upstream, extra="audit: {enabled: false}")
    try:
        client.chat.completions.create(model="echo", messages=[{"role": "user", "content": "hello"}])
        assert not (tmp_path / "var" / "audit.db").exists()
        assert any("AUDIT IS OFF" in r.getMessage() for r in caplog.records)
    finally:
        gw.stop()
