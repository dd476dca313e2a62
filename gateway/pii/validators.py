"""Checksum and shape validators for the PII recognizers.

Each validator takes the matched text (separators included) and returns ``True`` (valid),
``False`` (invalid, drop or lower the score) — never raising, never logging the value.
"""

from __future__ import annotations

import datetime as _dt
import ipaddress

_RRN_WEIGHTS = (2, 3, 4, 5, 6, 7, 8, 9, 2, 3, 4, 5)
_BRN_WEIGHTS = (1, 3, 7, 1, 3, 7, 1, 3, 5)


def digits_of(text: str) -> str:
    return "".join(c for c in text if "0" <= c <= "9")


# --- Korean resident / foreigner registration numbers --------------------------------------------

_CENTURY = {
    "9": 1800,
    "0": 1800,
    "1": 1900,
    "2": 1900,
    "3": 2000,
    "4": 2000,
    "5": 1900,
    "6": 1900,
    "7": 2000,
    "8": 2000,
}


def rrn_birth_date_ok(d: str) -> bool:
    """``d`` is the 13 digits; the 7th digit gives the century, the first six the birth date."""
    if len(d) != 13 or d[6] not in _CENTURY:
        return False
    try:
        born = _dt.date(_CENTURY[d[6]] + int(d[0:2]), int(d[2:4]), int(d[4:6]))
    except ValueError:
        return False
    return born <= _dt.date.today()  # 3/4 with year 99 would be born in 2099: not a person yet


def _weighted(d: str) -> int:
    return sum(int(c) * w for c, w in zip(d[:12], _RRN_WEIGHTS))


def rrn_check_digit(first12: str) -> int:
    return (11 - _weighted(first12) % 11) % 10


def frn_check_digit(first12: str) -> int:
    return ((11 - _weighted(first12) % 11) % 10 + 2) % 10


def rrn_checksum_ok(text: str) -> bool:
    """주민등록번호: Korean national (7th digit 1-4, or 9/0 for pre-1900), checksum valid."""
    d = digits_of(text)
    if len(d) != 13 or d[6] not in "123490":
        return False
    return rrn_birth_date_ok(d) and rrn_check_digit(d) == int(d[12])


def frn_checksum_ok(text: str) -> bool:
    """외국인등록번호: 7th digit 5-8, the foreigner checksum (RRN checksum + 2, mod 10)."""
    d = digits_of(text)
    if len(d) != 13 or d[6] not in "5678":
        return False
    return rrn_birth_date_ok(d) and frn_check_digit(d) == int(d[12])


# --- 사업자등록번호 ----------------------------------------------------------------------------------


def brn_check_digit(first9: str) -> int:
    s = sum(int(c) * w for c, w in zip(first9[:9], _BRN_WEIGHTS))
    s += (int(first9[8]) * 5) // 10
    return (10 - s % 10) % 10


def brn_checksum_ok(text: str) -> bool:
    d = digits_of(text)
    if len(d) != 10 or d[:3] == "000":
        return False
    return brn_check_digit(d) == int(d[9])


# --- Cards, IBAN, IP ---------------------------------------------------------------------------


def luhn_ok(text: str) -> bool:
    d = digits_of(text)
    if not 12 <= len(d) <= 19 or len(set(d)) == 1:
        return False
    total = 0
    for i, c in enumerate(reversed(d)):
        n = int(c)
        if i % 2 == 1:
            n *= 2
            if n > 9:
                n -= 9
        total += n
    return total % 10 == 0


IBAN_LENGTHS = {
    "AD": 24,
    "AE": 23,
    "AL": 28,
    "AT": 20,
    "AZ": 28,
    "BA": 20,
    "BE": 16,
    "BG": 22,
    "BH": 22,
    "BR": 29,
    "BY": 28,
    "CH": 21,
    "CR": 22,
    "CY": 28,
    "CZ": 24,
    "DE": 22,
    "DK": 18,
    "DO": 28,
    "EE": 20,
    "EG": 29,
    "ES": 24,
    "FI": 18,
    "FO": 18,
    "FR": 27,
    "GB": 22,
    "GE": 22,
    "GI": 23,
    "GL": 18,
    "GR": 27,
    "GT": 28,
    "HR": 21,
    "HU": 28,
    "IE": 22,
    "IL": 23,
    "IQ": 23,
    "IS": 26,
    "IT": 27,
    "JO": 30,
    "KW": 30,
    "KZ": 20,
    "LB": 28,
    "LC": 32,
    "LI": 21,
    "LT": 20,
    "LU": 20,
    "LV": 21,
    "MC": 27,
    "MD": 24,
    "ME": 22,
    "MK": 19,
    "MR": 27,
    "MT": 31,
    "MU": 30,
    "NL": 18,
    "NO": 15,
    "PK": 24,
    "PL": 28,
    "PS": 29,
    "PT": 25,
    "QA": 29,
    "RO": 24,
    "RS": 22,
    "SA": 24,
    "SC": 31,
    "SE": 24,
    "SI": 19,
    "SK": 24,
    "SM": 27,
    "ST": 25,
    "SV": 28,
    "TL": 23,
    "TN": 24,
    "TR": 26,
    "UA": 29,
    "VA": 22,
    "VG": 24,
    "XK": 20,
}


def iban_ok(text: str) -> bool:
    s = "".join(c for c in text if c.isalnum()).upper()
    if len(s) < 15 or IBAN_LENGTHS.get(s[:2]) != len(s):
        return False
    rearranged = s[4:] + s[:4]
    try:
        num = int("".join(str(int(c, 36)) for c in rearranged))
    except ValueError:
        return False
    return num % 97 == 1


def ip_ok(text: str) -> bool:
    try:
        ipaddress.ip_address(text)
    except ValueError:
        return False
    return True


# --- Korean phone numbers ------------------------------------------------------------------------

KR_AREA_CODES = frozenset(
    [
        "02",
        "031",
        "032",
        "033",
        "041",
        "042",
        "043",
        "044",
        "051",
        "052",
        "053",
        "054",
        "055",
        "061",
        "062",
        "063",
        "064",
    ]
)
KR_MOBILE_PREFIXES = frozenset(["010", "011", "016", "017", "018", "019"])


def kr_phone_national(text: str) -> str:
    """Digits of a Korean number in national form (``+82 10 ...`` -> ``010...``)."""
    t = text.strip()
    d = digits_of(t)
    if t.startswith("+82") or t.startswith("0082"):
        d = d[2:] if t.startswith("+") else d[4:]
        if not d.startswith("0"):
            d = "0" + d
    elif t.startswith("82") and len(d) in (11, 12) and d[2:4] in {"10", "11", "16", "17", "18", "19"}:
        d = "0" + d[2:]  # 82-10-2345-6789: the country code without its plus
    return d


def kr_phone_ok(text: str) -> bool:
    d = kr_phone_national(text)
    if d[:2] in {"15", "16", "18"}:  # 대표번호 1588-xxxx
        return len(d) == 8
    if d[:3] == "010":
        return len(d) == 11
    if d[:3] in KR_MOBILE_PREFIXES:
        return len(d) in (10, 11)
    if d[:3] in {"070", "050"}:
        return len(d) in (11, 12)
    if d[:2] == "02":
        return len(d) in (9, 10)
    if d[:3] in KR_AREA_CODES:
        return len(d) in (10, 11)
    return False


# --- Korean driver's licence --------------------------------------------------------------------

KR_DL_REGIONS = {
    "서울": "11",
    "부산": "12",
    "경기": "13",
    "강원": "14",
    "충북": "15",
    "충남": "16",
    "전북": "17",
    "전남": "18",
    "경북": "19",
    "경남": "20",
    "제주": "21",
    "대구": "22",
    "인천": "23",
    "광주": "24",
    "대전": "25",
    "울산": "26",
    "경기북부": "28",
}
KR_DL_REGION_CODES = frozenset(f"{n:02d}" for n in range(11, 29))


def kr_driver_license_ok(text: str) -> bool:
    d = digits_of(text)
    if len(d) == 12:
        return d[:2] in KR_DL_REGION_CODES
    if len(d) == 10:  # region written in Hangul: 서울 12-345678-90
        return any(text.lstrip().startswith(r) for r in KR_DL_REGIONS)
    return False
