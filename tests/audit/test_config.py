from __future__ import annotations

from pathlib import Path

import pytest
import yaml
from pydantic import ValidationError

from audit.config import AuditConfig, open_store
from audit.dashboard import hash_password, verify_password
from audit.sinks.postgres import PostgresSink
from audit.sinks.sqlite import SQLiteSink

SECTION = """
audit:
  sink: postgres
  postgres_dsn: postgresql://audit@db:5432/gateway
  postgres_schema: audit
  spool_dir: var/spool
  signing_key: keys/audit.pem
  text_mode: hash
  text_hash_key_file: keys/text.key
  dashboard:
    users: [{username: kim, password_hash: "scrypt$16384$8$1$AAAA$BBBB", role: security}]
    sso_header: X-Forwarded-User
"""


def test_gateway_yaml_section(tmp_path: Path) -> None:
    cfg = AuditConfig.model_validate(yaml.safe_load(SECTION)["audit"]).resolved(tmp_path)
    assert cfg.spool_dir == str(tmp_path / "var/spool") and cfg.signing_key == str(
        tmp_path / "keys/audit.pem"
    )
    assert cfg.dashboard.users[0].role == "security" and cfg.dashboard.sso_header == "X-Forwarded-User"
    store = open_store(cfg)
    assert isinstance(store, PostgresSink) and store.schema == "audit" and store.config is cfg
    assert isinstance(open_store(AuditConfig(path=str(tmp_path / "a.db"))), SQLiteSink)
    assert len(cfg.text_hash_key() or b"") == 32


def test_bad_sections_fail_clearly() -> None:
    with pytest.raises(ValidationError, match="postgres_dsn"):
        AuditConfig(sink="postgres")
    with pytest.raises(ValidationError):
        AuditConfig(sink="mysql")
    with pytest.raises(ValidationError):
        AuditConfig(spool="typo")
    with pytest.raises(ValueError, match="schema"):
        PostgresSink("postgresql://x", schema="bad; drop table")


def test_password_hashes() -> None:
    h = hash_password("비밀번호-123")
    assert h.startswith("scrypt$") and verify_password("비밀번호-123", h)
    assert not verify_password("wrong", h) and not verify_password("x", "garbage")
