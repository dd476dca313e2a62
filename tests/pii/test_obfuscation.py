"""Identifiers hidden by obfuscation are still found, with spans on the original text (so redaction and
pseudonymization replace the whole obfuscated value), and ordinary text that looks like it is not.

The positive forms are the ones measured through the gateway in docs/reliability.md ("Obfuscation: what
the detectors still miss"); the frames are the gateway measurement's English sentence (no context word)
and Korean sentences with particles.
"""

from __future__ import annotations

import itertools
import random
import unicodedata

import pytest
from hypothesis import example, given, settings
from hypothesis import strategies as st

from gateway.pii import InMemoryVault, Pseudonymizer
from gateway.pii import validators as v
from gateway.pii.detector import PIIDetector
from gateway.pii.eval import obfuscation_distractors
from gateway.pii.transforms import redact
from policies.normalize import normalize

ZW = "\u200b"
HANGUL_NUMERALS = set("공영일이삼사오육륙칠팔구")


def fullwidth(s: str) -> str:
    return "".join(chr(ord(c) + 0xFEE0) if "!" <= c <= "~" else c for c in s)


@pytest.fixture(scope="module")
def pii() -> PIIDetector:
    return PIIDetector(salt=b"obfuscation-test")


# --- what is caught ----------------------------------------------------------------------------------

RRN = "900101-1234568"  # birth date and checksum valid
CAUGHT = [
    # full-width and invisible characters (item 15, first round)
    (fullwidth(RRN), "KR_RRN"),
    ("900101-" + ZW.join("1234568"), "KR_RRN"),
    (fullwidth("010-2345-6789"), "KR_PHONE"),
    ("010-2345-" + ZW + "6789", "KR_PHONE"),
    ("010\u20602345\u20606789", "KR_PHONE"),
    (fullwidth("kim.minsu@example.com"), "EMAIL_ADDRESS"),
    ("kim.minsu@exa\u00admple.com", "EMAIL_ADDRESS"),
    # Cyrillic look-alike letters (і ѕ е х а р о)
    (
        "m\u0456n\u0455u.k\u0456m@\u0435\u0445\u0430mple.c\u043em",
        "EMAIL_ADDRESS",
    ),
    # RRN: bare 13 digits without a context word (checksum valid), dots, spaced digits, Hangul numerals
    ("9001011234568", "KR_RRN"),
    ("900101 1234568", "KR_RRN"),
    ("900101.1234568", "KR_RRN"),
    (" ".join(RRN), "KR_RRN"),  # 9 0 0 1 0 1 - 1 2 3 4 5 6 8
    (" ".join("9001011234568"), "KR_RRN"),
    ("900101-" + " ".join("1234568"), "KR_RRN"),
    (fullwidth(" ".join(RRN)), "KR_RRN"),
    ("\u3000".join("9001011234568"), "KR_RRN"),  # ideographic spaces
    ("구공공일공일-일이삼사오육팔", "KR_RRN"),
    ("구영영일영일-일이삼사오육팔", "KR_RRN"),
    ("구공공일공일일이삼사오육팔", "KR_RRN"),
    ("구 공 공 일 공 일 - 일 이 삼 사 오 육 팔", "KR_RRN"),
    ("900101-일이삼사오육팔", "KR_RRN"),
    # phone: mixed separators, spaced hyphens, spaced digits, Hangul numerals
    ("010-2345 6789", "KR_PHONE"),
    ("010 2345-6789", "KR_PHONE"),
    ("010.2345 6789", "KR_PHONE"),
    ("010 - 2345 - 6789", "KR_PHONE"),
    ("02-2345 6789", "KR_PHONE"),
    ("0 1 0 - 2 3 4 5 - 6 7 8 9", "KR_PHONE"),
    ("0 1 0 2 3 4 5 6 7 8 9", "KR_PHONE"),
    ("공일공-이삼사오-육칠팔구", "KR_PHONE"),
    ("010-이삼사오-육칠팔구", "KR_PHONE"),
    # e-mail: [at] / (at) / {at} / at ... dot / [dot] / (dot) / [.]
    ("kim.minsu [at] example [dot] kr", "EMAIL_ADDRESS"),
    ("KIM.MINSU [AT] EXAMPLE [DOT] KR", "EMAIL_ADDRESS"),
    ("kim.minsu(at)example.kr", "EMAIL_ADDRESS"),
    ("kim.minsu (at) example (dot) co (dot) kr", "EMAIL_ADDRESS"),
    ("kim.minsu{at}example.go.kr", "EMAIL_ADDRESS"),
    ("kim.minsu at example dot kr", "EMAIL_ADDRESS"),
    ("kim dot minsu at example dot com", "EMAIL_ADDRESS"),
    ("kim.minsu@example[.]kr", "EMAIL_ADDRESS"),
    ("kim[dot]minsu@example.kr", "EMAIL_ADDRESS"),
    ("kim.minsu 골뱅이 example.kr", "EMAIL_ADDRESS"),
    ("kim.minsu(골뱅이)example 점 co 점 kr", "EMAIL_ADDRESS"),
    ("kim.minsu 골뱅이 example 닷 com", "EMAIL_ADDRESS"),
    # the one normalizer (policies/normalize.py): Unicode dashes, separators between digits, NFKC
    # digits, decoded entities and percent-encoding, mixed digits and Hangul numerals
    ("900101\u20101234568", "KR_RRN"),
    ("900101\u22121234568", "KR_RRN"),
    ("900101\u31611234568", "KR_RRN"),  # ㅡ
    ("900101/1234568", "KR_RRN"),
    ("900101_1234568", "KR_RRN"),
    ("".join(chr(0x1D7CE + int(c)) if c.isdigit() else c for c in RRN), "KR_RRN"),  # math bold
    ("\u2468\u24ea\u24ea\u2460\u24ea\u2460-\u2460\u2461\u2462\u2463\u2464\u2465\u2467", "KR_RRN"),  # circled
    ("&#57;&#48;&#48;&#49;&#48;&#49;&#45;&#49;&#50;&#51;&#52;&#53;&#54;&#56;", "KR_RRN"),
    ("구0공1공1-1이3사5육8", "KR_RRN"),
    ("010\u31612345\u31616789", "KR_PHONE"),
    ("010\u20132345\u20136789", "KR_PHONE"),
    ("%30%31%30%2D%32%33%34%35%2D%36%37%38%39", "KR_PHONE"),
    ("kim.minsu%40example.com", "EMAIL_ADDRESS"),
    ("kim.minsu&#64;example.com", "EMAIL_ADDRESS"),
    ("kim.minsu&commat;example.com", "EMAIL_ADDRESS"),
    ("kim.minsu\uff20example\u3002com", "EMAIL_ADDRESS"),
    ("kim.minsu\ufe6bexample.com", "EMAIL_ADDRESS"),
]
FRAMES = [
    "probe00 Please update my contact details to {} in the form.",  # the gateway measurement
    "변경할 정보: {} 입니다.",
    "{}로 보내 주세요.",
    "번호는 {}이고 확인했어요.",  # copula 이 glued to the value
]


def _parts(frame: str) -> tuple[str, str]:
    pre, _, post = frame.partition("{}")
    return pre, post


@pytest.mark.parametrize("frame", FRAMES)
@pytest.mark.parametrize(("value", "entity"), CAUGHT)
def test_obfuscated_value_is_found_whole_on_the_original_text(
    pii: PIIDetector, value: str, entity: str, frame: str
) -> None:
    pre, post = _parts(frame)
    text = pre + value + post
    spans = pii.analyze(text)
    assert [(s.entity, text[s.start : s.end]) for s in spans] == [(entity, value)]
    assert spans[0].score >= 0.5
    # Redaction replaces the whole value: nothing of it (digit, Hangul numeral, hidden character) is left.
    assert redact(text, spans) == f"{pre}<{entity}>{post}"


@pytest.mark.parametrize(("value", "entity"), CAUGHT)
async def test_pseudonymized_text_holds_nothing_of_the_value_and_restores_exactly(
    pii: PIIDetector, value: str, entity: str
) -> None:
    text = f"probe00 Please update my contact details to {value} in the form."
    p = Pseudonymizer(InMemoryVault(), "obfuscation")
    out = await p.pseudonymize(text, pii.analyze(text))
    assert out == f"probe00 Please update my contact details to <{entity}_1> in the form."
    assert (await p.restorer()).restore(out) == text


async def test_findings_do_not_carry_the_obfuscated_value(pii: PIIDetector) -> None:
    from policies.findings import TextItem

    text = "; ".join(v for v, _ in CAUGHT)
    findings = await pii.detect([TextItem("messages[0].content", text)], {}, "input")
    assert len(findings) == len(CAUGHT)
    blob = repr(findings)
    for value, _ in CAUGHT:
        assert value not in blob
        digits = v.digits_of(normalize(value).text)  # also Hangul numerals, as digits
        assert not digits or digits[-7:] not in blob


# --- policy for bare numbers ---------------------------------------------------------------------------


def test_bare_13_digits_need_date_gender_and_checksum(pii: PIIDetector) -> None:
    def rrns(text: str) -> list[str]:
        return [text[s.start : s.end] for s in pii.analyze(text) if s.entity == "KR_RRN"]

    assert rrns("my number is 9001011234568 thanks") == ["9001011234568"]
    assert rrns("my number is 9001011234567 thanks") == []  # checksum fails: a reference number
    assert rrns("번호 9001011234567 입니다") == []  # Korean text alone does not lift a failing checksum
    assert rrns("주민등록번호 9001011234567 입니다") == ["9001011234567"]  # post-2020 RRN policy: context
    assert rrns("my number is 9901013123450 thanks") == []  # checksum valid, but born in 2099
    assert rrns("my number is 9013011234568 thanks") == []  # month 13
    assert rrns("my number is 9001015234560 thanks") == []  # gender digit 5: a foreigner's number, FRN
    assert rrns("value 900101.1234567 units") == []  # dotted, checksum fails, no context
    assert rrns("주민번호 900101.1234567") == ["900101.1234567"]


@pytest.mark.parametrize(
    "text",
    [
        "Order #9001011234568 shipped",
        "order no. 9001011234568",
        "주문번호 9001011234568 배송 시작",
        "주문번호: 9001011234568",
        "운송장 9001011234568 조회",
        "invoice 9001011234568 paid",
        "tracking number 9001011234568",
        "ref 9001011234568 shipped",
        "ts=9001011234568",
        "접수번호 9001011234568",
    ],
)
def test_checksum_valid_reference_numbers_with_a_label_are_not_rrns(pii: PIIDetector, text: str) -> None:
    assert pii.analyze(text) == []


def test_a_reference_label_does_not_hide_a_separated_rrn_or_one_with_context(pii: PIIDetector) -> None:
    assert [s.entity for s in pii.analyze("order 900101-1234568")] == ["KR_RRN"]
    assert [s.entity for s in pii.analyze("주문자 주민번호 9001011234568")] == ["KR_RRN"]
    assert [s.entity for s in pii.analyze("in order to verify: 9001011234568")] == ["KR_RRN"]


def test_phone_with_mixed_separators_still_needs_a_valid_prefix_and_length(pii: PIIDetector) -> None:
    assert pii.analyze("call 013-2345 6789") == []
    assert pii.analyze("call 010-2345 678") == []
    assert pii.analyze("call 0 1 3 - 2 3 4 5 - 6 7 8 9") == []


# --- ordinary text stays clean -------------------------------------------------------------------------

NEGATIVES = [
    # dates and times
    "The meeting is on 2024.01.15 at 10:00.",
    "회의는 2024.01.15 오전 10시입니다.",
    "2024. 1. 15. 공지",
    "작성일 2024-01-15",
    "2024-01-15T10:30:00Z",
    "2024-01-15T10:30:00.123456+09:00",
    "2024 01 15 10 30",
    "01 02 03 04 05 06",
    # versions and decimals
    "Released version 1.2.3 and v10.4.1.2 today",
    "버전 3.10.12 배포",
    "python 3.11.7 on linux 6.18",
    "pi is 3.14159265358979",
    "coordinates 37.5665, 126.9780",
    "interest 0.0123456789",
    # amounts and numbers
    "결제 금액은 1,234,567원입니다",
    "Total: $1,234,567.89",
    "매출 12,345,678,901원",
    "amount 900101.1234 KRW",
    "ISBN 978-89-01-23456-7",
    "문서번호 제2024-123456호",
    "우편번호 06236",
    "epoch 1732406400000",
    "UUID 123e4567-e89b-12d3-a456-426614174000",
    "card ending 4242, ref 1234567890123",
    # order numbers (these would pass the RRN checksum)
    "Order #9001011234568 shipped",
    "주문번호 9001011234568 배송 시작",
    # English "at"
    "Look at example.com for details",
    "We worked at the dot com boom in 1999.",
    "Meet me at the cafe. Then go home.",
    "She is at home dot now",
    "What is that at the station",
    "Please look at this [dot] thing",
    "Data at rest, at scale.",
    "contact us at support page",
    "See the docs at docs.python.org today.",
    "email at example",
    "a@ b",
    "골뱅이 무침 2인분 주문",
    "그 점 a 등급",
    # Korean words made of numeral syllables
    "공공기관 이사회 일정",
    "이사 일정은 오늘입니다",
    "오이 사이 구이 일일",
    "육이오 전쟁 기념일",
    "삼일절 행사와 팔일오 광복절",
    "공공 일이 사오 구구단",
    "이사 사이 오일 구이 공공 일일",
    "생년월일 미기재",
    "일이삼사오육칠팔구공 순서대로 세기",
    # spaced digits that are not identifiers
    "[0 1 0 1 1 0 1 0 1 1 0]",
    "[0 1 0 2 2 1 0 1 2 1 0]",
    "array([0, 1, 0, 2, 2, 1, 0, 1, 2, 1, 0])",
    "1 2 3 4 5 6 7 8 9 10",
    "scores: 5 4 3 2 1 0 9 8",
    "lottery 3 12 19 24 33 41",
    "1 2 3 4 5 6 7",
    "sudoku 5 3 0 0 7 0 0 0 0",
    # a phone-shaped template, wrong prefixes
    "전화번호 형식은 010-XXXX-XXXX",
    "call 013-2345-6789",
]


@pytest.mark.parametrize("text", NEGATIVES)
def test_ordinary_text_is_not_pii(pii: PIIDetector, text: str) -> None:
    assert [(s.entity, text[s.start : s.end]) for s in pii.analyze(text)] == []


# Still missed, on purpose or not yet: kept here so docs/reliability.md ("Still missed") stays true.
STILL_MISSED = [
    "kim.minsu at example.kr",  # "at" spelled out with a real dot reads like "look at example.com"
    "kim.minsu @ example.kr",  # spaces around a real @
    "900101·1234568",  # other separators: middle dot
    "900101-123456팔",  # fewer than 4 Hangul numerals
    "9001011234567",  # a post-2020 RRN (no checksum) without a context word
    "nine zero zero one zero one dash one two three four five six eight",
    "구십년 일월 일일생 일이삼사오육팔",  # positional numerals
]


@pytest.mark.parametrize("value", STILL_MISSED)
def test_known_misses(pii: PIIDetector, value: str) -> None:
    """When one of these starts being found, move it to CAUGHT and update docs/reliability.md."""
    text = f"probe00 Please update my contact details to {value} in the form."
    assert pii.analyze(text) == []


@pytest.mark.parametrize("ip", ["192.168.100.200", "10.0.0.1", "172.16.254.1", "010.123.45.67"])
def test_ip_addresses_are_ips_only(pii: PIIDetector, ip: str) -> None:
    text = f"server {ip} is down"
    assert {s.entity for s in pii.analyze(text)} <= {"IP_ADDRESS"}


def test_eval_distractors_stay_clean(pii: PIIDetector) -> None:
    """The eval's distractor kinds for these folds (gateway/pii/eval.py), except the two whose cost
    is known and documented: 13-digit decimals and spaced single-digit lists that happen to validate."""
    negs = obfuscation_distractors(random.Random(5), 200)
    for kind, samples in negs.items():
        if kind in ("decimal_6_7", "spaced_digit_list", "epoch_ms"):
            continue
        hits = [s.text for s in samples if pii.analyze(s.text)]
        assert hits == [], kind


# --- the detection copy ----------------------------------------------------------------------------------


def test_plain_text_is_not_copied() -> None:
    text = "평범한 문장입니다. 010-2345-6789"
    copy = normalize(text)
    assert copy.text is text and copy.starts is None


@pytest.mark.parametrize(
    "text",
    [
        "이사 일정",
        "오이 한 개",
        "1 2 3 4 5 6",
        "[0 1 0 1 1 0 1 0 1 1 0]",
        "생년월일 미기재",
    ],
)
def test_short_or_unlikely_runs_are_not_folded(text: str) -> None:
    copy = normalize(text)
    assert copy.text == text and copy.starts is None


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("번호 구공공일공일-일이삼사오육팔입니다", "번호 900101-1234568입니다"),
        ("번호는 구공공일공일-일이삼사오육팔이고", "번호는 900101-1234568이고"),  # copula kept
        ("생년월일 구공공일공일", "생년월일 900101"),  # the 일 of 생년월일 stays a word
        ("9 0 0 1 0 1 - 1 2 3 4 5 6 8", "900101-1234568"),
        ("a " + fullwidth("0 1 0 - 2 3 4 5") + ZW + " - 6 7 8 9", "a 010-2345-6789"),
    ],
)
def test_fold_and_offsets(text: str, expected: str) -> None:
    copy = normalize(text)
    assert copy.text == expected
    if copy.starts is not None and copy.ends is not None:
        assert len(copy.starts) == len(copy.ends) == len(copy.text)
        assert copy.starts == sorted(copy.starts)
        assert all(
            _folds_to(text[a:b], ch) for a, b, ch in zip(copy.starts, copy.ends, copy.text, strict=True)
        )


def _folds_to(orig: str, ch: str) -> bool:
    return (
        orig == ch
        or (orig in HANGUL_NUMERALS and ch.isdigit())
        or ch in unicodedata.normalize("NFKC", orig)  # full-width, NBSP and ideographic space
        # several spaces between digits; an invisible character among them is dropped first ("0 \u200b 0")
        or (ch == "-" and len(orig) > 1 and orig.replace("\u200b", "").isspace())
    )


@settings(max_examples=300, deadline=None)
@example("0 \u200b 0")  # found by CI: separator spaces around a zero-width space
@given(
    st.text(alphabet=list("0123456789 -.공영일이삼사오육칠팔구가로x@\u200b\u3000\u00a0０１２－"), max_size=60)
)
def test_offsets_map_every_folded_character_back(text: str) -> None:
    copy = normalize(text)
    if copy.starts is None or copy.ends is None:
        assert len(copy.text) == len(text)
        starts, ends = list(range(len(text))), list(range(1, len(text) + 1))
    else:
        starts, ends = copy.starts, copy.ends
    assert len(starts) == len(ends) == len(copy.text)
    assert all(a < b for a, b in itertools.pairwise(starts))
    assert all(_folds_to(text[a:b], ch) for a, b, ch in zip(starts, ends, copy.text, strict=True))
    covered = {i for a, b in zip(starts, ends, strict=True) for i in range(a, b)}
    dropped = set(range(len(text))) - covered
    # what was dropped: invisible characters, or spaces between digits
    assert all(text[i] in "\u200b \u3000\u00a0" for i in dropped)
