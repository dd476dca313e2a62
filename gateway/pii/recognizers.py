"""The PII recognizer registry.

Every entity the pattern path knows is an :class:`EntitySpec`: its regexes (with scores), an
optional validator (checksum), context words that raise the score, and a cheap pre-filter that lets
the engine skip the spec when the text cannot possibly contain it. The same specs are turned into
presidio :class:`PatternRecognizer` objects (:func:`presidio_recognizers`) so presidio remains the
registry other tools understand; the fast engine (:mod:`gateway.pii.engine`) runs the compiled
patterns directly (see ``docs/pii.md`` for why: context words, value groups, span refinement and
validated-first overlap resolution, none of which presidio's engine can do on a no-op NLP engine).

Boundaries: Python's ``\\b`` is useless next to Hangul (``900101-1234568입니다``: ``8`` and ``입`` are
both word characters), so numeric patterns use explicit look-arounds that only reject ASCII
letters/digits (and a dash/dot followed by a digit, so we never match the middle of a longer
number or an IP address).
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

from . import validators as v

# Not preceded/followed by ASCII alnum, nor by "digit + separator" (middle of a longer number).
NB = r"(?<![0-9A-Za-z])(?<![0-9][-.])"
NA = r"(?![0-9A-Za-z])(?![-.][0-9])"
# For tokens (keys, emails): not glued to other token characters.
TB = r"(?<![A-Za-z0-9_\-])"
TA = r"(?![A-Za-z0-9_\-])"


@dataclass(frozen=True, slots=True)
class PatternSpec:
    name: str
    regex: str
    score: float
    valid_score: float | None = None  # score when the validator says valid (None: keep ``score``)
    invalid_score: float | None = None  # score when invalid (None: drop the candidate)
    flags: int = 0
    group: str | None = None  # named group holding the value (e.g. the password, not "password=")
    hangul_boost: float = 0.0  # added when the text contains Hangul (Korean-specific formats)
    # Pre-filter for this pattern alone: runs only if the lower-cased text contains one of these.
    needles: tuple[str, ...] = ()


@dataclass(frozen=True)
class EntitySpec:
    entity: str
    patterns: tuple[PatternSpec, ...]
    validator: Callable[[str], bool] | None = None
    context: tuple[str, ...] = ()
    context_boost: float = 0.35
    # Pre-filter: the spec runs only if the lower-cased text contains one of ``needles`` (if any)
    # and at least ``min_digits`` digits.
    needles: tuple[str, ...] = ()
    min_digits: int = 0
    # Words right before a candidate that make it something else ("version 1.2.3.4" is no IP).
    anti_context: tuple[str, ...] = ()
    priority: int = 1  # tie-breaker for overlapping candidates: checksummed > specific > generic
    # Optional span refinement: (text, start, end) -> (start, end) or None to drop.
    refine: Callable[[str, int, int], tuple[int, int] | None] | None = None
    language: str = "any"
    compiled: tuple[tuple[PatternSpec, re.Pattern[str]], ...] = field(init=False, repr=False)

    def __post_init__(self) -> None:
        object.__setattr__(self, "compiled", tuple((p, re.compile(p.regex, p.flags)) for p in self.patterns))


# --- refiners ------------------------------------------------------------------------------------


def _refine_iban(text: str, start: int, end: int) -> tuple[int, int] | None:
    """Spaced IBANs can swallow a following capitalised token: trim groups until it validates."""
    while end - start >= 15:
        if v.iban_ok(text[start:end]):
            return start, end
        cut = text.rfind(" ", start, end)
        if cut <= start:
            return None
        end = cut
    return None


_TRAIL = ".,;:!?)]}'\""


def _refine_password(text: str, start: int, end: int) -> tuple[int, int] | None:
    # Drop sentence punctuation glued to the value ("my password is hunter22.").
    while end > start and text[end - 1] in ".,;)]}" and (end == len(text) or not text[end].isalnum()):
        end -= 1
    value = text[start:end]
    if len(value) < 4:
        return None
    # Prose like "password is required" / "password: none": a value of letters only after a wordy
    # separator is a sentence, not a secret. Assignments (=, :) of letters-only values still count
    # when they are long enough.
    if value.isalpha():
        lead = text[max(0, start - 4) : start]
        if "=" not in lead and ":" not in lead:
            return None
        if value.lower() in {
            "none",
            "null",
            "true",
            "false",
            "required",
            "optional",
            "redacted",
            "changeme",
            "secret",
            "password",
            "hidden",
            "string",
            "empty",
        }:
            return None
    return start, end


def _refine_ipv6(text: str, start: int, end: int) -> tuple[int, int] | None:
    s = text[start:end]
    if s.count(":") < 2 or len(s) < 6 or not any(c.isalnum() for c in s):
        return None
    return (start, end) if v.ip_ok(s) else None


def _refine_bank(text: str, start: int, end: int) -> tuple[int, int] | None:
    n = len(v.digits_of(text[start:end]))
    return (start, end) if 10 <= n <= 14 else None


def _refine_intl_phone(text: str, start: int, end: int) -> tuple[int, int] | None:
    import phonenumbers

    try:
        num = phonenumbers.parse(text[start:end], None)
    except phonenumbers.NumberParseException:
        return None
    return (start, end) if phonenumbers.is_possible_number(num) else None


# --- the specs -----------------------------------------------------------------------------------

_D = r"(?:0[1-9]|[12]\d|3[01])"
_M = r"(?:0[1-9]|1[0-2])"
# Between birth date and serial: a dash or en dash (spaces allowed around it), or a dot.
_RRN_SEP = r"(?:[ ]?[-–][ ]?|\.)"

RRN_CONTEXT = ("주민등록", "주민번호", "주민 번호", "resident registration", "rrn", "jumin", "생년월일")
# A label right before 13 bare digits that makes them a reference number (an order, parcel or
# timestamp that happens to pass the checksum): "주문번호 …", "Order #…", "ref: …", "ts=…".
_REFERENCE_LABEL = re.compile(
    r"(?:(?<![a-z])(?:order|invoice|tracking|ref(?:erence)?|ts|timestamp|epoch)(?:[ ]?(?:no\.?|number|id|#))?"
    r"|주문|송장|운송장|접수)(?:[ ]?번호)?[ ]?[:=#]?[ ]*$|#$"
)


def _refine_rrn(text: str, start: int, end: int) -> tuple[int, int] | None:
    if any(c in "-–." for c in text[start:end]):
        return start, end  # separated: an RRN by shape
    if _REFERENCE_LABEL.search(text[max(0, start - 24) : start].lower()):
        return None
    return start, end


KR_RRN = EntitySpec(
    entity="KR_RRN",
    patterns=(
        # Checksum valid -> 0.95. Numbers issued since Oct 2020 carry no checksum, so a date-valid
        # number that fails it keeps 0.3: below the default threshold unless a context word
        # (주민등록번호...) lifts it.
        PatternSpec(
            "rrn",
            NB + rf"\d{{2}}{_M}{_D}{_RRN_SEP}[1-4]\d{{6}}" + NA,
            0.3,
            valid_score=0.95,
            invalid_score=0.3,
        ),
        # 13 bare digits: an RRN only when birth date (not in the future), gender digit 1-4 *and*
        # checksum hold (about 1 random 13-digit number in 1,100 does) -> 0.6. A checksum-failing
        # one (a post-2020 RRN, or any reference number) needs Korean text and a context word.
        PatternSpec(
            "rrn_plain",
            NB + rf"\d{{2}}{_M}{_D}[ ]?[1-4]\d{{6}}" + NA,
            0.2,
            valid_score=0.6,
            invalid_score=0.2,
            hangul_boost=0.15,
        ),
        # The two halves kept apart to slip past: words, a line break or brackets between them
        # ("900101 그리고 뒷자리는 1234568", "(900101)-(1234568)"), or the 13 digits regrouped
        # ("9001 011 234 568"). Only with the checksum *and* a context word (주민등록번호 …): 0.3 + 0.35.
        PatternSpec(
            "rrn_split",
            NB + rf"\d{{2}}{_M}{_D}[^\d]{{1,30}}[1-4]\d{{6}}" + NA,
            0.0,
            valid_score=0.3,
        ),
        PatternSpec("rrn_regrouped", NB + r"\d(?:[ ]?\d){12}" + NA, 0.0, valid_score=0.3),
    ),
    validator=v.rrn_checksum_ok,
    context=RRN_CONTEXT,
    min_digits=13,
    priority=3,
    refine=_refine_rrn,
    language="ko",
)

KR_FRN = EntitySpec(
    entity="KR_FRN",
    patterns=(
        PatternSpec(
            "frn",
            NB + rf"\d{{2}}{_M}{_D}{_RRN_SEP}[5-8]\d{{6}}" + NA,
            0.3,
            valid_score=0.95,
            invalid_score=0.3,
        ),
        PatternSpec(
            "frn_plain",
            NB + rf"\d{{2}}{_M}{_D}[ ]?[5-8]\d{{6}}" + NA,
            0.2,
            valid_score=0.45,
            invalid_score=0.2,
            hangul_boost=0.15,
        ),
    ),
    validator=v.frn_checksum_ok,
    context=("외국인", "등록번호", "alien registration", "foreigner registration", "residence card", "arc"),
    min_digits=13,
    priority=3,
    language="ko",
)

KR_PASSPORT = EntitySpec(
    entity="KR_PASSPORT",
    patterns=(
        PatternSpec("passport_new", NB + r"[MSRODG]\d{3}[A-Z]\d{4}" + NA, 0.45),
        PatternSpec("passport_old", NB + r"[MSRODG]\d{8}" + NA, 0.35),
    ),
    context=("여권", "passport"),
    context_boost=0.45,
    min_digits=7,
    priority=2,
    language="ko",
)

_DL_REGIONS = "|".join(sorted(v.KR_DL_REGIONS, key=len, reverse=True))
KR_DRIVER_LICENSE = EntitySpec(
    entity="KR_DRIVER_LICENSE",
    patterns=(
        PatternSpec("dl_region_name", rf"(?:{_DL_REGIONS})[ ]?\d{{2}}-?\d{{6}}-?\d{{2}}" + NA, 0.85),
        PatternSpec("dl_dashed", NB + r"(?:1[1-9]|2[0-8])-\d{2}-\d{6}-\d{2}" + NA, 0.6),
        PatternSpec("dl_plain", NB + r"(?:1[1-9]|2[0-8])[ ]?\d{2}[ ]?\d{6}[ ]?\d{2}" + NA, 0.25),
    ),
    validator=v.kr_driver_license_ok,
    context=("운전면허", "면허번호", "면허", "driver", "licence", "license"),
    context_boost=0.4,
    min_digits=10,
    priority=2,
    language="ko",
)

KR_BRN = EntitySpec(
    entity="KR_BRN",
    patterns=(
        PatternSpec("brn_dashed", NB + r"\d{3}-\d{2}-\d{5}" + NA, 0.5, valid_score=0.85),
        PatternSpec("brn_plain", NB + r"\d{10}" + NA, 0.1, valid_score=0.3),
    ),
    validator=v.brn_checksum_ok,
    context=("사업자", "등록번호", "business registration", "brn", "법인", "tax id"),
    context_boost=0.35,
    min_digits=10,
    priority=3,
    language="ko",
)

_KR_MOBILE = r"01[016789]"
_KR_LAND = r"(?:02|0[3-6][1-5]|070|050\d?)"
# Between groups: nothing, a space, or -/. with optional spaces; groups may mix them (010-2345 6789).
_PHONE_SEP = r"(?:[ ]?[-.][ ]?|[ ])?"
_PHONE_SPLIT = r"(?:[ ]?[-.]?[ ]?\r?\n[ ]?|[ ]+[가-힣]{1,3}[ ]+|[ ]?[-.][ ]?|[ ])"
KR_PHONE = EntitySpec(
    entity="KR_PHONE",
    patterns=(
        PatternSpec(
            "kr_mobile", NB + _KR_MOBILE + _PHONE_SEP + r"\d{3,4}" + _PHONE_SEP + r"\d{4}" + NA, 0.75
        ),
        PatternSpec("kr_landline", NB + _KR_LAND + _PHONE_SEP + r"\d{3,4}" + _PHONE_SEP + r"\d{4}" + NA, 0.6),
        # (02) 123-4567, (010) 2345-6789, and the half-bracketed 010)2345-6789
        PatternSpec(
            "kr_paren",
            r"(?:\(|(?<![0-9A-Za-z(]))(?:" + _KR_LAND + "|" + _KR_MOBILE + r")\)[ ]?\d{3,4}[-. ]\d{4}" + NA,
            0.6,
        ),
        PatternSpec(
            "kr_intl",
            r"(?<![\w+])(?:\+|00)82[-. ]?(?:\(0\)[-. ]?)?"
            r"(?:1[016789]|2|[3-6][1-5]|70)[-. ]?\d{3,4}[-. ]?\d{4}" + NA,
            0.85,
        ),
        # A mobile number split by short words or a line break ("010 다시 2345 다시 6789", "010-23⏎45-6789"):
        # the numbering plan's length must hold, and a context word (연락처, 전화 …) lift it: 0.45 + 0.35.
        PatternSpec(
            "kr_mobile_split",
            NB + _KR_MOBILE + rf"(?:{_PHONE_SPLIT}\d{{1,4}}){{2,3}}" + NA,
            0.0,
            valid_score=0.45,
        ),
        # 82-10-2345-6789: a mobile number with the country code but no plus (separators required, so
        # a run of digits that merely starts with 82 is not read as one)
        PatternSpec("kr_intl_no_plus", NB + r"82[-. ]1[016789][-. ]\d{3,4}[-. ]\d{4}" + NA, 0.6),
        PatternSpec("kr_rep", NB + r"1[568]\d{2}-\d{4}" + NA, 0.45),
    ),
    validator=v.kr_phone_ok,
    context=(
        "전화",
        "연락처",
        "휴대폰",
        "핸드폰",
        "휴대전화",
        "번호",
        "phone",
        "tel",
        "call",
        "mobile",
        "대표번호",
        "고객센터",
        "문의",
    ),
    context_boost=0.25,
    min_digits=8,
    priority=2,
    language="ko",
)

KR_BANK_ACCOUNT = EntitySpec(
    entity="KR_BANK_ACCOUNT",
    patterns=(
        # Account formats differ per bank (3-3-6, 4-3-6, 6-2-6, 3-4-4-2, ...): only context makes
        # a dashed number an account number, so the bare score sits below any sane threshold.
        PatternSpec("bank_dashed", NB + r"\d{2,6}-\d{2,6}-\d{2,7}(?:-\d{1,3})?" + NA, 0.15),
        PatternSpec("bank_plain", NB + r"\d{10,14}" + NA, 0.05),
    ),
    context=(
        "계좌",
        "은행",
        "입금",
        "송금",
        "이체",
        "예금주",
        "account",
        "bank",
        "국민",
        "신한",
        "우리",
        "하나",
        "농협",
        "기업",
        "카카오뱅크",
        "케이뱅크",
        "토스",
        "새마을",
        "우체국",
        "수협",
        "sc제일",
        "씨티",
        "부산은행",
        "대구은행",
    ),
    context_boost=0.5,
    min_digits=10,
    priority=1,
    refine=_refine_bank,
    language="ko",
)

# Obfuscated addresses: kim.minsu [at] example [dot] kr, kim(at)example.kr, kim at example dot kr,
# kim@example[.]kr, kim 골뱅이 example 점 kr (골뱅이 is what Koreans call "@"). "at" written out is
# ambiguous in English ("look at example.com"), so the forms are weighed in _refine_email.
_OBF_AT = (
    r"(?:[ ]?(?:\[(?i:at|@)\]|\((?i:at|@)\)|\{(?i:at|@)\}|<(?i:at)>|[\[(]?골뱅이[\])]?)[ ]?"
    r"|[ ]+(?i:at)[ ]+|[ ]+앳[ ]+|(?:[ ]|\r?\n)?@(?:[ ]|\r?\n)?)"
)
_OBF_DOT = r"(?:[ ]?(?:\[(?i:dot|\.)\]|\((?i:dot|\.)\)|\{(?i:dot|\.)\})[ ]?|[ ]+(?:(?i:dot)|점|닷|\.)[ ]+)"
# Top-level domains spelled in Hangul ("example 닷 컴").
_HANGUL_TLD = "컴|넷|오알지|케이알"
_ANY_DOT = rf"(?:\.|{_OBF_DOT})"
_LABEL = r"[A-Za-z0-9](?:[A-Za-z0-9\-]{0,61}[A-Za-z0-9])?"
# Something only an obfuscated address has: the obfuscated pattern is skipped on text without one.
_OBF_MARKERS = (
    "[at",
    "(at",
    "{at",
    "<at",
    "[@",
    "(@",
    "{@",
    "골뱅이",
    " 앳 ",
    " @ ",
    "\n@",
    "@\n",
    "[dot",
    "(dot",
    "{dot",
    " dot ",
    " 점 ",
    " 닷 ",
    "[.]",
    "(.)",
    "{.}",
)
_MAIL_TLDS = frozenset("com net org kr jp cn uk de fr io co gov edu mil int info biz me ai us eu".split())
_STRONG_AT = re.compile(r"[\[({<](?i:at|@)[\])}>]|골뱅이")
_WORD_AT = re.compile(r"[ ]+(?i:at)[ ]+")
_OBF_DOT_RE = re.compile(_OBF_DOT)
# "worked at the dot com boom", "look at this [dot] thing": prose, not an address.
_AT_PROSE_BEFORE = frozenset(
    {
        "look",
        "looked",
        "looking",
        "looks",
        "meet",
        "met",
        "arrive",
        "arrived",
        "work",
        "worked",
        "working",
        "works",
        "live",
        "lived",
        "lives",
        "stay",
        "stayed",
        "is",
        "are",
        "was",
        "were",
        "am",
        "be",
        "been",
        "it",
        "me",
        "us",
        "him",
        "her",
        "them",
        "you",
        "good",
        "bad",
        "best",
    }
)
_AT_PROSE_AFTER = frozenset(
    {"the", "a", "an", "this", "that", "my", "our", "your", "his", "her", "their", "its", "some", "any"}
)


def _refine_email(text: str, start: int, end: int) -> tuple[int, int] | None:
    value = text[start:end]
    if "\n" in value:
        # "name\n@example.com" split over a line; but "return x\n@app.route" is a Python decorator:
        # only a common mail domain ending, not followed by a call, counts.
        tld = value.rsplit(".", 1)[-1].strip()
        if tld.lower() not in _MAIL_TLDS or text[end : end + 1] == "(":
            return None
    if _STRONG_AT.search(value):
        return start, end  # [at] / (at) / 골뱅이: written to hide an address
    if " " not in value and not _OBF_DOT_RE.search(value):
        return start, end  # an ordinary address
    # "at" spelled out, or "@" between spaces: an address only with a [dot]/(dot)/" dot " in it, and
    # not in prose ("worked at the dot com boom").
    if not _OBF_DOT_RE.search(value):
        return None
    # A bare " . " is also a sentence end ("I'm @ home . Then"): then the last label must read as a
    # domain's (lower case), not as the next sentence's first word.
    if not any(d.strip() != "." for d in _OBF_DOT_RE.findall(value)):
        tld = re.split(r"[ .]", value)[-1]
        if not (tld.islower() or not tld.isascii()):
            return None
    at = _WORD_AT.search(value)
    if at is not None:
        local, domain = value[: at.start()], value[at.end() :]
        first_label = re.split(r"[ .\[({]", domain, maxsplit=1)[0]
        if local.lower() in _AT_PROSE_BEFORE or first_label.lower() in _AT_PROSE_AFTER:
            return None
    return start, end


EMAIL = EntitySpec(
    entity="EMAIL_ADDRESS",
    patterns=(
        PatternSpec(
            "email",
            r"(?<![A-Za-z0-9._%+\-])[A-Za-z0-9][A-Za-z0-9._%+\-]*@(?:[A-Za-z0-9](?:[A-Za-z0-9\-]{0,61}[A-Za-z0-9])?\.)+[A-Za-z]{2,24}(?![A-Za-z0-9\-])",
            0.9,
        ),
        PatternSpec(
            "email_obfuscated",
            # Repetitions bounded: "a [dot] a [dot] ..." would otherwise be rescanned from every word
            # (quadratic).
            r"(?<![A-Za-z0-9._%+\-])[A-Za-z0-9][A-Za-z0-9_%+\-]{0,63}(?:"
            + _ANY_DOT
            + r"[A-Za-z0-9_%+\-]{1,64}){0,4}"
            + _OBF_AT
            + rf"(?:{_LABEL}{_ANY_DOT}){{1,6}}"
            + rf"(?:[A-Za-z]{{2,24}}(?![A-Za-z0-9\-])|(?:{_HANGUL_TLD})(?![가-힣]))",
            0.9,  # as sure as a plain address once _refine_email accepts it; the longer span wins ties
            needles=_OBF_MARKERS,
        ),
        PatternSpec(
            "email_quoted_local",  # "minsu.kim82"@example.com: RFC 5322's quoted local part
            r'"[^"\s@]{1,64}"@(?:[A-Za-z0-9](?:[A-Za-z0-9\-]{0,61}[A-Za-z0-9])?\.)+[A-Za-z]{2,24}(?![A-Za-z0-9\-])',
            0.9,
            needles=('"@',),
        ),
    ),
    needles=("@",) + _OBF_MARKERS,
    priority=2,
    refine=_refine_email,
)

PHONE = EntitySpec(
    entity="PHONE_NUMBER",
    patterns=(
        # NANP with separators (also the 001- international prefix and extensions Faker writes).
        PatternSpec(
            "nanp_sep",
            NB.replace("(?<![0-9A-Za-z])", r"(?<![0-9A-Za-z+])")
            + r"(?:(?:\+1|001|1)[-. ]?)?(?:\(\d{3}\)[ ]?|\d{3}[-. ])\d{3}[-. ]\d{4}"
            r"(?:[ ]?(?:x|ext\.?)[ ]?\d{1,6})?" + NA,
            0.7,
        ),
        PatternSpec("nanp_plain", NB + r"[2-9]\d{2}[2-9]\d{6}" + NA, 0.3),
        PatternSpec(
            "intl",
            r"(?<![\w+])\+(?!1\b|82)\d{1,3}(?:[-. ]?\(?\d{1,4}\)?){1,2}(?:[-. ]?\d{2,4}){2,3}" + NA,
            0.6,
        ),
    ),
    context=("phone", "call", "tel", "cell", "mobile", "fax", "reach me", "number", "contact", "text me"),
    context_boost=0.35,
    min_digits=7,
    priority=1,
)


def _intl_refine_wrapper(text: str, start: int, end: int) -> tuple[int, int] | None:
    if text[start] == "+":
        return _refine_intl_phone(text, start, end)
    return start, end


object.__setattr__(PHONE, "refine", _intl_refine_wrapper)

CREDIT_CARD = EntitySpec(
    entity="CREDIT_CARD",
    patterns=(
        PatternSpec("card_4x4", NB + r"[2-6]\d{3}([ -])\d{4}\1\d{4}\1\d{1,4}" + NA, 0.3, valid_score=0.9),
        PatternSpec("card_amex", NB + r"3[47]\d{2}([ -]?)\d{6}\1\d{5}" + NA, 0.3, valid_score=0.9),
        PatternSpec("card_diners", NB + r"3[068]\d{2}([ -]?)\d{6}\1\d{4}" + NA, 0.3, valid_score=0.9),
        PatternSpec(
            "card_long", NB + r"[2-6]\d{3}([ -]?)\d{4}\1\d{4}\1\d{4}\1\d{3}" + NA, 0.3, valid_score=0.9
        ),
        PatternSpec(
            "card_plain", NB + r"(?:[2-6]\d{13,18}|1800\d{11}|2131\d{11})" + NA, 0.3, valid_score=0.85
        ),
        # 12/13 bare digits (Maestro, old Visa): too close to order numbers without a context word.
        PatternSpec("card_plain13", NB + r"4\d{12}" + NA, 0.2, valid_score=0.35),
        PatternSpec("card_maestro12", NB + r"(?:5[06-8]|6\d)\d{10}" + NA, 0.2, valid_score=0.35),
    ),
    validator=v.luhn_ok,
    context=("card", "credit", "visa", "mastercard", "maestro", "amex", "카드", "신용카드", "결제"),
    context_boost=0.3,
    min_digits=12,
    priority=3,
)

IBAN = EntitySpec(
    entity="IBAN_CODE",
    patterns=(
        PatternSpec(
            "iban",
            r"(?<![A-Za-z0-9])[A-Z]{2}\d{2}(?:[ ]?[A-Z0-9]{4}){2,7}(?:[ ]?[A-Z0-9]{1,4})?(?![A-Za-z0-9])",
            0.9,
        ),
    ),
    validator=v.iban_ok,
    min_digits=4,
    priority=3,
    refine=_refine_iban,
)

_OCT = r"(?:25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)"
IP = EntitySpec(
    entity="IP_ADDRESS",
    patterns=(
        PatternSpec(
            "ipv4", r"(?<![0-9A-Za-z.])" + rf"(?:{_OCT}\.){{3}}{_OCT}" + r"(?![0-9A-Za-z]|\.\d)", 0.75
        ),
        PatternSpec(
            "ipv6", r"(?<![0-9A-Fa-f:])(?:[0-9A-Fa-f]{0,4}:){2,7}[0-9A-Fa-f]{0,4}(?![0-9A-Fa-f:])", 0.8
        ),
    ),
    validator=v.ip_ok,
    context=("ip", "address", "host", "server", "주소", "서버"),
    anti_context=("version", "ver.", "ver ", "release", "버전", "v"),
    context_boost=0.1,
    min_digits=1,
    priority=3,
)


def _ip_refine(text: str, start: int, end: int) -> tuple[int, int] | None:
    if ":" in text[start:end]:
        return _refine_ipv6(text, start, end)
    return start, end


object.__setattr__(IP, "refine", _ip_refine)

API_KEY = EntitySpec(
    entity="API_KEY",
    patterns=(
        PatternSpec("openai_like", TB + r"sk-(?:[A-Za-z]{2,10}-)?[A-Za-z0-9_\-]{20,}" + TA, 0.95),
        PatternSpec(
            "aws_access_key", TB + r"(?:AKIA|ASIA|AGPA|AIDA|AROA|ANPA|ANVA|AIPA)[0-9A-Z]{16}" + TA, 0.95
        ),
        PatternSpec("github", TB + r"(?:gh[pousr]_[A-Za-z0-9]{36,}|github_pat_[A-Za-z0-9_]{22,})" + TA, 0.95),
        PatternSpec("slack", TB + r"xox[abposr]-[A-Za-z0-9\-]{10,}" + TA, 0.95),
        PatternSpec("google", TB + r"AIza[0-9A-Za-z_\-]{35}" + TA, 0.95),
        PatternSpec("stripe", TB + r"(?:sk|rk|pk)_(?:live|test)_[A-Za-z0-9]{16,}" + TA, 0.95),
        PatternSpec("gitlab", TB + r"glpat-[A-Za-z0-9_\-]{20,}" + TA, 0.95),
        PatternSpec("huggingface", TB + r"hf_[A-Za-z0-9]{30,}" + TA, 0.95),
        PatternSpec(
            "assigned_key",
            r"(?i:api[_\- ]?key|apikey|access[_\- ]?token|secret[_\- ]?key|auth[_\- ]?token|"
            r"client[_\- ]?secret|"
            r"private[_\- ]?token|x-api-key)[\"']?\s*[:=]\s*[\"']?(?P<v>[A-Za-z0-9_\-./+=]{16,})",
            0.85,
            group="v",
        ),
        PatternSpec("bearer", r"(?i:bearer)\s+(?P<v>[A-Za-z0-9._~+/\-]{20,}=*)", 0.85, group="v"),
    ),
    needles=(
        "sk-",
        "akia",
        "asia",
        "agpa",
        "aida",
        "aroa",
        "anpa",
        "anva",
        "aipa",
        "gh",
        "xox",
        "aiza",
        "_live_",
        "_test_",
        "glpat-",
        "hf_",
        "key",
        "token",
        "secret",
        "bearer",
    ),
    priority=2,
)

PRIVATE_KEY = EntitySpec(
    entity="PRIVATE_KEY",
    patterns=(
        PatternSpec(
            "pem_private_key",
            r"-----BEGIN (?:[A-Z0-9]+ )*PRIVATE KEY(?: BLOCK)?-----[\s\S]*?"
            r"-----END (?:[A-Z0-9]+ )*PRIVATE KEY(?: BLOCK)?-----",
            1.0,
        ),
        PatternSpec(
            "pem_private_key_truncated",
            r"-----BEGIN (?:[A-Z0-9]+ )*PRIVATE KEY(?: BLOCK)?-----[A-Za-z0-9+/=\s]{16,}",
            0.9,
        ),
    ),
    needles=("private key",),
    priority=4,
)

PASSWORD = EntitySpec(
    entity="PASSWORD",
    patterns=(
        PatternSpec(
            "password_assignment",
            r"(?i:password|passwd|pwd|passcode|pass ?phrase|비밀번호|비번|암호|패스워드)[\"']?"
            r"(?:\s*(?:[:=]|:=|is|was|는|은|=>)\s*|\s+)[\"'`]?"
            r"(?P<v>[A-Za-z0-9!@#$%^&*()_+\-=\[\]{}|\\:.<>?/~]{4,64})",
            0.8,
            group="v",
        ),
    ),
    needles=("pass", "pwd", "비밀번호", "비번", "암호", "패스워드"),
    priority=2,
    refine=_refine_password,
)

JWT = EntitySpec(
    entity="JWT",
    patterns=(
        PatternSpec(
            "jwt", TB + r"eyJ[A-Za-z0-9_\-]{8,}\.eyJ[A-Za-z0-9_\-]{8,}\.[A-Za-z0-9_\-]{8,}" + TA, 0.95
        ),
    ),
    needles=("eyj",),
    priority=3,
)

# Korean names: surname + given name, only where the sentence marks a person — an honorific right
# after it (님, 씨, 고객님, 선생님, titles) or a label before it (성명, 이름, 예금주, 담당자...).
# Hangul has no capitalisation; without these cues a 3-syllable word is as likely a noun.
_KR_SURNAMES = (
    "남궁|제갈|선우|황보|독고|사공|서문|"
    "김|이|박|최|정|강|조|윤|장|임|한|오|서|신|권|황|안|송|류|유|전|홍|고|문|양|손|배|백|허|남|심|노|하|곽|"
    "성|차|주|우|구|민|진|나|지|엄|채|원|천|방|공|현|함|변|염|여|추|도|소|석|선|설|마|길|연|위|표|명|기|"
    "반|왕|금|옥|육|인|맹|제|모|탁|국|어|은|편|용|예|경|봉|사|부|가|복|태|목|형|피|두|감|호|음|빈|동|온|"
    "좌|라|낭|승|간|상|견"
)
_KR_GIVEN = "[가-힣]{2}"
_KR_HONORIFIC = (
    "님|씨|고객님|고객|선생님|교수님|과장님|과장|대리님|대리|팀장님|팀장|부장님|부장|주무관님|주무관|"
    "사무관님|사무관|원장님|회원님|환자분|환자|학생|귀하|께서|님께"
)
_KR_LABELS = (
    "성명|이름|예금주|담당자|신청인|신청자|보호자|환자명|고객명|수신인|수신자|"
    "받는 ?분|보내는 ?분|작성자|대표자|피보험자|계약자"
)
# 3-syllable words that look like surname+given name before an honorific.
_KR_NAME_STOP = frozenset(
    "이사장 부사장 사무관 주무관 선생님 담당자 관리자 신청인 보호자 대표님 회장님 원장님 사장님 교수님 "
    "고객님 기사님 간호사 변호사 세무사 상담사 조합원 구청장 시청장 도지사 소장님 과장님 부장님 차장님 "
    "실장님 팀장님 국장님 위원장 총장님 학생 회원님 여러분 모두 우리 저희 당신 어머님 아버님 할머님 "
    "할아버 선배님 후배님 동생 형님 누님 언니 오빠 주인님 작가님 감독님 의사 선수 가족 부모님 손님 "
    "민원인 관계자 참석자 이용자 사용자 방문객 방문자 지원자 응시자 수험생 대상자 예금주 소유자 임차인 "
    "임대인 수령인 발신인 시민들 국민들 주민들 사람들 직원들 선생들 고객들 "
    # field words after a label ("담당자 연락처: …", "신청인 이메일 …")
    "연락처 이메일 휴대폰 핸드폰 연락망 전화번 주민번 주민등 생년월 부서명".split()
)


_KR_TITLES = frozenset(
    "과장 부장 대리 팀장 사장 차장 실장 국장 원장 소장 교수 선생 기사 작가 감독 대표 주임 사원 의원 위원 "
    "박사 변호 회장 이사 전무 상무 고객 회원 환자 학생 주무 사무 관장 총장 반장 계장 청장 시장 군수".split()
)


def _refine_kr_person(text: str, start: int, end: int) -> tuple[int, int] | None:
    name = text[start:end]
    if name in _KR_NAME_STOP or name[-2:] in _KR_TITLES:  # "김과장님" is a title, "고객님" a word
        return None
    return start, end


KR_PERSON = EntitySpec(
    entity="KR_PERSON",
    patterns=(
        PatternSpec(
            "kr_name_honorific",
            rf"(?<![가-힣])(?P<v>(?:{_KR_SURNAMES}){_KR_GIVEN})[ ]?(?:{_KR_HONORIFIC})",
            0.6,
            group="v",
        ),
        PatternSpec(
            "kr_name_labelled",
            rf"(?:{_KR_LABELS})[ ]?(?:[:：]|은|는|이|가)?[ ]*(?P<v>(?:{_KR_SURNAMES}){_KR_GIVEN})",
            0.7,
            group="v",
        ),
    ),
    needles=(),
    priority=0,
    refine=_refine_kr_person,
    language="ko",
)

PATTERN_SPECS: dict[str, EntitySpec] = {
    s.entity: s
    for s in (
        KR_RRN,
        KR_FRN,
        KR_PASSPORT,
        KR_DRIVER_LICENSE,
        KR_BRN,
        KR_PHONE,
        KR_BANK_ACCOUNT,
        EMAIL,
        PHONE,
        CREDIT_CARD,
        IBAN,
        IP,
        API_KEY,
        PRIVATE_KEY,
        PASSWORD,
        JWT,
        KR_PERSON,
    )
}
NER_ENTITIES = ("PERSON", "LOCATION")
# Korean *identifiers* (numbers); KR_PERSON (names) is selected with PERSON / NER / ALL.
KOREAN_ENTITIES = tuple(e for e, s in PATTERN_SPECS.items() if s.language == "ko" and e != "KR_PERSON")
SECRET_ENTITIES = ("API_KEY", "PRIVATE_KEY", "PASSWORD", "JWT")
ALL_ENTITIES = tuple(PATTERN_SPECS) + NER_ENTITIES


# --- presidio registry ---------------------------------------------------------------------------


def presidio_recognizers(language: str = "en") -> list[Any]:
    """The specs as presidio ``PatternRecognizer`` objects (checksums via ``validate_result``).

    Presidio's pattern recognizers cannot express context look-arounds on a no-op NLP engine,
    group captures or span refinement, so context-dependent entities score lower there; the
    fast engine is the reference. Imported lazily: presidio import costs ~1 s.
    """
    from presidio_analyzer import Pattern, PatternRecognizer

    out: list[Any] = []
    for spec in PATTERN_SPECS.values():

        class _Rec(PatternRecognizer):
            _spec = spec

            def validate_result(self, pattern_text: str) -> bool | None:  # noqa: D401
                if self._spec.validator is None:
                    return None
                return bool(self._spec.validator(pattern_text))

        patterns = [Pattern(p.name, p.regex, p.score) for p in spec.patterns]
        out.append(
            _Rec(
                supported_entity=spec.entity,
                name=f"sg_{spec.entity.lower()}",
                supported_language=language,
                patterns=patterns,
                context=list(spec.context),
                global_regex_flags=re.DOTALL | re.MULTILINE,
            )
        )
    return out


def build_presidio_analyzer(language: str = "en") -> Any:
    """An ``AnalyzerEngine`` with a no-op NLP engine and only our recognizers (never downloads)."""
    from presidio_analyzer import AnalyzerEngine, RecognizerRegistry
    from presidio_analyzer.nlp_engine import NoOpNlpEngine

    registry = RecognizerRegistry(supported_languages=[language])
    for r in presidio_recognizers(language):
        registry.add_recognizer(r)
    engine = NoOpNlpEngine(models=[{"lang_code": language, "model_name": "noop"}])
    return AnalyzerEngine(registry=registry, nlp_engine=engine, supported_languages=[language])
