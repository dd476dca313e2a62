from __future__ import annotations

import json
from datetime import UTC, datetime

import pytest
from pydantic import ValidationError

from audit.record import AuditRecord, apply_text_mode, canonical_json, hash_text

from .conftest import make_record


def test_every_issue_field_is_in_the_record() -> None:
    d = make_record(1, decision="block").to_dict()
    for name in [
        "request_id",
        "started_at",
        "finished_at",
        "tenant",
        "key_id",
        "client_addr",
        "endpoint",
        "model_alias",
        "deployment",
        "zone",
        "policy_name",
        "policy_version",
        "mode",
        "decision",
        "rules",
        "pii",
        "classifier",
        "stream_stop",
        "usage",
        "latency_ms",
        "upstream_status",
        "provenance_id",
        "text_mode",
        "prompt",
        "response",
    ]:
        assert name in d, name
    assert d["rules"][0] == {
        "rule_id": "rule.block",
        "action": "block",
        "detector": "presidio",
        "score": 0.6,
        "stage": "input",
    }
    assert d["pii"][0] == {"entity_type": "KR_RRN", "count": 1, "stage": None}
    assert d["usage"]["cost_usd"] == 0.00042


def test_canonical_json_is_stable_and_sorted() -> None:
    a = make_record(7)
    b = AuditRecord.from_json(a.canonical())
    assert a.canonical() == b.canonical()
    body = a.canonical()
    assert " " not in body.split('"prompt"')[0]  # compact separators (outside the Korean text)
    keys = list(json.loads(body).keys())
    assert keys == sorted(keys)
    assert "번호" in body  # UTF-8 text kept, not \u-escaped
    assert canonical_json({"b": 1, "a": [1.5, None]}) == '{"a":[1.5,null],"b":1}'
    with pytest.raises(ValueError):
        canonical_json({"x": float("nan")})


def test_naive_timestamps_are_rejected() -> None:
    with pytest.raises(ValidationError):
        make_record(1, started_at=datetime(2026, 1, 1))
    r = make_record(1, started_at=datetime(2026, 1, 1, 9, tzinfo=UTC))
    assert r.to_dict()["started_at"].endswith("Z")


def test_text_mode_rules() -> None:
    with pytest.raises(ValidationError, match="none"):
        make_record(1, text_mode="none")  # prompt given
    make_record(1, text_mode="none", prompt=None, response=None)
    with pytest.raises(ValidationError, match="digest"):
        make_record(1, text_mode="hash")  # plain text where a digest belongs
    h = hash_text("redacted text", b"k" * 32)
    assert h.startswith("hmac-sha256:") and len(h) == len("hmac-sha256:") + 64
    r = make_record(1, text_mode="hash", prompt=h, response=hash_text("x"))
    assert r.prompt == h
    assert apply_text_mode("none", redacted="a") is None
    assert apply_text_mode("redacted", redacted="a <EMAIL>") == "a <EMAIL>"
    assert apply_text_mode("hash", redacted="a", hash_key=b"k") == hash_text("a", b"k")


def test_record_rejects_unknown_fields_and_decisions() -> None:
    with pytest.raises(ValidationError):
        make_record(1, api_key="sk-secret")
    with pytest.raises(ValidationError):
        make_record(1, decision="maybe")
