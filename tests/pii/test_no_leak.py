"""Nothing raw leaves: findings, logs and errors of the PII path never contain the values."""

from __future__ import annotations

import logging

import pytest

from gateway.pii import InMemoryVault, PIIDetector, Pseudonymizer, pseudonymize_messages, request_items
from policies.findings import DetectorError, TextItem

RAW = [
    "900101-1234568",
    "010-1234-5678",
    "hong@example.com",
    "4111 1111 1111 1111",
    "S3cr3t!pw99",
    "AKIAIOSFODNN7EXAMPLE",
]
TEXT = (
    f"주민등록번호 {RAW[0]}, 연락처 {RAW[1]}로, 메일 {RAW[2]}, 카드 {RAW[3]}, password={RAW[4]}, key {RAW[5]}"
)


def _variants(raw: str) -> list[str]:
    return [raw, raw.replace("-", "").replace(" ", "")]


async def test_findings_logs_and_outputs_have_no_raw_values(caplog):
    caplog.set_level(logging.DEBUG)
    det = PIIDetector()  # no salt configured: warns (without values) and uses a random one
    messages = [{"role": "user", "content": TEXT}]
    findings = await det.detect(request_items(messages), {}, "input")
    assert sorted(f.type for f in findings) == sorted(
        ["KR_RRN", "KR_PHONE", "EMAIL_ADDRESS", "CREDIT_CARD", "PASSWORD", "API_KEY"]
    )
    out = await pseudonymize_messages(messages, findings, Pseudonymizer(InMemoryVault(), "r1"))
    blob = repr(findings) + repr(out) + caplog.text
    for raw in RAW:
        for form in _variants(raw):
            assert form not in blob


async def test_detector_errors_do_not_echo_text(caplog, monkeypatch):
    caplog.set_level(logging.DEBUG)
    det = PIIDetector(salt=b"s")

    def boom(*a, **k):
        raise ValueError(f"cannot parse {RAW[0]}")

    monkeypatch.setattr(det.analyzer, "analyze", boom)
    with pytest.raises(DetectorError) as e:
        await det.detect([TextItem("messages[0].content", TEXT)], {}, "input")
    assert RAW[0] not in str(e.value) and RAW[0] not in caplog.text
    assert e.value.__cause__ is None and e.value.__suppress_context__


def test_bad_allow_list_or_entity_errors_name_the_key_not_the_text():
    det = PIIDetector(salt=b"s")
    with pytest.raises(DetectorError) as e:
        det.validate_params({"entities": ["KR_RRN", "MYSTERY"]})
    assert "MYSTERY" in str(e.value)
