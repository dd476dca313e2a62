"""Output scanning on streams: the same redaction as on the whole text, for any chunking."""

from __future__ import annotations

import random

from hypothesis import given, settings
from hypothesis import strategies as st

from gateway.pii import PIIDetector, redact
from gateway.pii.eval import english_samples, korean_samples
from gateway.pii.stream import StreamPIIFilter

DET = PIIDetector(salt=b"stream-salt")
_rng = random.Random(11)
SENTENCES = [s.text for s in korean_samples(_rng, 120)] + [s.text for s in english_samples(_rng, 120)]


def _chunks(text: str, cuts: list[int]) -> list[str]:
    pos = sorted({c % (len(text) + 1) for c in cuts} | {0, len(text)})
    return [text[a:b] for a, b in zip(pos, pos[1:])]


def _stream(text: str, chunks: list[str], **kw) -> tuple[str, StreamPIIFilter]:
    f = StreamPIIFilter(DET, {}, "redact", **kw)
    return "".join(f.feed(c) for c in chunks) + f.flush(), f


@settings(max_examples=150, deadline=None)
@given(st.lists(st.sampled_from(SENTENCES), min_size=1, max_size=8),
       st.lists(st.integers(min_value=0, max_value=100_000), max_size=40))
def test_stream_redaction_equals_whole_text_redaction(sentences, cuts):
    text = " ".join(sentences)
    expected = redact(text, DET.analyze(text))
    out, f = _stream(text, _chunks(text, cuts))
    assert out == expected
    assert [(x.entity, x.start, x.end) for x in f.findings] == [
        (s.entity, s.start, s.end) for s in DET.analyze(text)]


def test_value_split_across_chunks_is_caught():
    chunks = ["Sure! The customer's 주민등록번호 is 9001", "01-12345", "68 and phone 010-12", "34-5678."]
    out, f = _stream("".join(chunks), chunks)
    assert out == "Sure! The customer's 주민등록번호 is <KR_RRN> and phone <KR_PHONE>."
    assert [x.entity for x in f.findings] == ["KR_RRN", "KR_PHONE"]
    assert all("900101" not in repr(x) for x in f.findings)


def test_private_key_is_held_until_it_ends():
    body = "\n".join(["MIIEowIBAAKCAQEA" + "x" * 48] * 20)
    pem = f"-----BEGIN RSA PRIVATE KEY-----\n{body}\n-----END RSA PRIVATE KEY-----"
    text = "here: " + pem + " done"
    chunks = [text[i:i + 7] for i in range(0, len(text), 7)]
    f = StreamPIIFilter(DET, {}, "redact")
    released = []
    for c in chunks:
        released.append(f.feed(c))
    released.append(f.flush())
    assert "".join(released) == "here: <PRIVATE_KEY> done"
    assert not any("MIIE" in r for r in released)


def test_text_without_pii_flows_with_bounded_delay():
    f = StreamPIIFilter(DET, {}, "redact", holdback=32)
    out = f.feed("a" * 100)
    assert out == "a" * 68
    assert f.flush() == "a" * 32


def test_filter_then_restore_chain():
    """Output path of a pseudonymized request: the model's own (invented) RRN is redacted, the
    user's value behind the placeholder is restored; a placeholder split across chunks survives."""
    from gateway.pii import Restorer

    restorer = Restorer({"<KR_PHONE_1>": "010-1234-5678"}).stream()
    f = StreamPIIFilter(DET, {"entities": ["KR_RRN", "KR_PHONE"]}, "redact", holdback=32)
    chunks = ["고객님 번호 <KR_PH", "ONE_1>로 연락드리겠습니다. 참고로 임의의 주민등록번호 예시는 ",
              "850315-2123450입니다." + " " * 40]
    out = "".join(restorer.feed(f.feed(c)) for c in chunks)
    out += restorer.feed(f.flush()) + restorer.flush()
    assert out.rstrip() == "고객님 번호 010-1234-5678로 연락드리겠습니다. 참고로 임의의 주민등록번호 예시는 <KR_RRN>입니다."
    assert [x.entity for x in f.findings] == ["KR_RRN"]
