"""Identifiers hidden by full-width forms or invisible characters are still found, with spans on the
original text (so redaction removes the hidden characters too)."""

from __future__ import annotations

import pytest

from gateway.pii.detector import PIIDetector, fold_for_detection
from gateway.pii.transforms import redact

ZW = "\u200b"


def fullwidth(s: str) -> str:
    return "".join(chr(ord(c) + 0xFEE0) if "!" <= c <= "~" else c for c in s)


@pytest.fixture(scope="module")
def pii() -> PIIDetector:
    return PIIDetector()


@pytest.mark.parametrize(("value", "entity"), [
    (fullwidth("900101-1234568"), "KR_RRN"),
    ("900101-" + ZW.join("1234568"), "KR_RRN"),
    (fullwidth("010-2345-6789"), "KR_PHONE"),
    ("010-2345-" + ZW + "6789", "KR_PHONE"),
    ("010\u20602345\u20606789", "KR_PHONE"),
    (fullwidth("kim.minsu@example.com"), "EMAIL_ADDRESS"),
    ("kim.minsu@exa\u00admple.com", "EMAIL_ADDRESS"),
])
def test_obfuscated_identifiers_are_found_on_the_original_text(pii: PIIDetector, value: str, entity: str) -> None:
    text = f"주민번호/연락처: {value} 입니다."
    spans = [s for s in pii.analyze(text) if s.entity == entity]
    assert len(spans) == 1
    assert text[spans[0].start:spans[0].end] == value  # the whole original value, hidden characters included
    redacted = redact(text, pii.analyze(text))
    assert value not in redacted and ZW not in redacted and "\u2060" not in redacted
    assert not any("０" <= c <= "９" for c in redacted)


def test_plain_text_is_not_copied() -> None:
    text = "평범한 문장입니다. 010-2345-6789"
    folded, index = fold_for_detection(text)
    assert folded is text and index is None
