"""`safety-gateway audit verify | export` through the gateway's own CLI and gateway.yaml."""

from __future__ import annotations

import asyncio
import json
from pathlib import Path

import pytest

from audit.config import AuditConfig

from .helpers import write_records

YAML = """\
model_list:
  - model_name: local-small
    litellm_params:
      model: inprocess/smollm2-135m-instruct
audit:
  sink: sqlite
  path: {db}
  spool_dir: {spool}
  signing_key: {key}
"""


def test_audit_commands_through_gateway_cli(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    cli = pytest.importorskip("gateway.cli")
    cfg = AuditConfig(
        path=str(tmp_path / "a.db"), spool_dir=str(tmp_path / "spool"), signing_key=str(tmp_path / "k.pem")
    )
    asyncio.run(write_records(cfg, 12))
    conf = tmp_path / "gateway.yaml"
    conf.write_text(YAML.format(db=cfg.path, spool=cfg.spool_dir, key=cfg.signing_key))

    assert cli.main(["audit", "verify", "--config", str(conf)]) == 0
    out = capsys.readouterr().out
    assert "OK: 1 chain(s), 12 record(s)" in out and "warning" not in out

    assert cli.main(["audit", "export", "--config", str(conf), "--decision", "block"]) == 0
    lines = [json.loads(x) for x in capsys.readouterr().out.splitlines()]
    assert [x["request_id"] for x in lines] == ["req-000001", "req-000005", "req-000009"]

    import sqlite3

    with sqlite3.connect(cfg.path) as c:
        c.execute("DELETE FROM audit_records WHERE seq = 4")
    assert cli.main(["audit", "verify", "--config", str(conf)]) == 1
    assert "first bad record: DELETED" in capsys.readouterr().out
