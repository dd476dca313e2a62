"""The detection copy of a text: obfuscations that hide an identifier from the patterns, undone.

The copy is used only to *find* spans; every character of it remembers its offset in the original
text, so a span maps back exactly and redaction / pseudonymization replace the whole obfuscated value
(hidden characters, spaces between digits, Hangul numerals included). Nothing here decides what is
PII: a folded run still has to match a recognizer and pass its checksum or numbering plan.

Folds, in order:

1. full-width ASCII (``０１０``, ``＠``) to ASCII; ideographic / no-break space to a space; invisible
   characters (zero-width space/joiners, word joiner, BOM, soft hyphen) dropped;
2. Hangul numerals (공/영 0, 일 1, 이 2, 삼 3, 사 4, 오 5, 육/륙 6, 칠 7, 팔 8, 구 9) to digits, only in runs
   of at least 4 of them (optionally split by ``-``, ``.`` or single spaces): shorter runs are
   ordinary words (이사, 사이, 오이, 공공);
3. single digits spaced out (``9 0 0 1 0 1 - 1 2 3 ...``): the spaces between them dropped, for runs of
   7-13 digits with at least 4 distinct digits (bit vectors and label arrays such as ``0 1 0 1 1 ...``
   are left alone).
"""

from __future__ import annotations

import re

# --- 1. characters ---------------------------------------------------------------------------------

_INVISIBLE = frozenset("\u00ad\u180e\u200b\u200c\u200d\u2060\ufeff")
_SPACES = frozenset("\u00a0\u3000")
_FOLDABLE = re.compile("[\u00a0\u00ad\u180e\u200b-\u200d\u2060\ufeff\u3000\uff01-\uff5e]")


def _fold_chars(text: str) -> tuple[str, list[int] | None]:
    if _FOLDABLE.search(text) is None:
        return text, None
    out: list[str] = []
    index: list[int] = []
    for i, ch in enumerate(text):
        code = ord(ch)
        if 0xFF01 <= code <= 0xFF5E:
            out.append(chr(code - 0xFEE0))
        elif ch in _SPACES:
            out.append(" ")
        elif ch in _INVISIBLE:
            continue
        else:
            out.append(ch)
        index.append(i)
    index.append(len(text))
    return "".join(out), index


# --- 2. Hangul numerals ----------------------------------------------------------------------------

_HANGUL_DIGITS = str.maketrans("공영일이삼사오육륙칠팔구", "001234566789")
_NUMERALS = "공영일이삼사오육륙칠팔구"
_HANGUL_RUN = re.compile(rf"[{_NUMERALS}](?:[-–. ]?[{_NUMERALS}])+")
_MIN_HANGUL_RUN = 4
_COPULA_NEXT = frozenset("고며다에라니나야었지면어므란요")


def _is_syllable(ch: str) -> bool:
    return "\uac00" <= ch <= "\ud7a3"


def _trim_hangul_run(text: str, start: int, end: int) -> tuple[int, int]:
    """Leave out the parts of a run that belong to the surrounding Korean words: the copula 이 glued to
    the number (``…육팔이고``, ``…육팔이에요``), and a short piece (<= 2 numerals) glued to a word before
    or after (``생년월일 구공…``: the 일 of 생년월일; ``…팔 일부``). A run spaced out numeral by numeral
    (``구 공 공 … 육 팔로``) keeps its pieces."""
    if end < len(text) and text[end - 1] == "이" and text[end] in _COPULA_NEXT:
        # 이고 / 이에요 / 이다 after the number: the copula, not a 2. (A number ending in 2 with a
        # contracted copula, …이고 meaning "…2, and", loses its last digit: rarer than the full form.)
        end -= 1
    while end > start and text[end - 1] in " -–.":
        end -= 1
    if all(len(piece) == 1 for piece in text[start:end].split(" ")):
        return start, end
    if start > 0 and _is_syllable(text[start - 1]):
        cut = text.find(" ", start, end)
        if cut != -1 and cut - start <= 2:
            start = cut + 1
    if end < len(text) and _is_syllable(text[end]):
        cut = text.rfind(" ", start, end)
        if cut != -1 and end - cut - 1 <= 2:
            end = cut
    return start, end


def _fold_hangul_numerals(text: str) -> str:
    """Same length as ``text`` (one digit per numeral), so offsets do not move."""
    if _HANGUL_RUN.search(text) is None:
        return text
    parts: list[str] = []
    pos = 0
    for m in _HANGUL_RUN.finditer(text):
        start, end = _trim_hangul_run(text, m.start(), m.end())
        run = text[start:end]
        if sum(c in _NUMERALS for c in run) < _MIN_HANGUL_RUN:
            continue
        parts.append(text[pos:start])
        parts.append(run.translate(_HANGUL_DIGITS))
        pos = end
    if not parts:
        return text
    parts.append(text[pos:])
    return "".join(parts)


# --- 3. spaced-out digits --------------------------------------------------------------------------

# Single digits, each followed by a space or a spaced separator, then a single digit; at least 7.
_SPACED = re.compile(r"(?<![0-9])[0-9](?:(?:[ ]|[ ]?[-–.][ ]?)[0-9](?![0-9])){6,}")
_SPACED_HINT = re.compile(r"[0-9] [0-9] ")  # cheap gate (3x faster than _SPACED on ordinary text)
_SPACED_DIGITS = (7, 13)  # a phone number (9-12) or an RRN (13), possibly only partly spaced
_SPACED_DISTINCT = 4


def _collapse_spaced_digits(text: str) -> list[tuple[int, int]]:
    """Character ranges of ``text`` to keep (spaces inside spaced-digit runs left out); [] = no change."""
    if _SPACED_HINT.search(text) is None:
        return []
    keep: list[tuple[int, int]] = []
    pos = 0
    for m in _SPACED.finditer(text):
        run = m.group()
        digits = [c for c in run if c.isdigit()]
        if " " not in run or not _SPACED_DIGITS[0] <= len(digits) <= _SPACED_DIGITS[1]:
            continue
        if len(set(digits)) < _SPACED_DISTINCT:
            continue
        for i in range(m.start(), m.end()):
            if text[i] == " ":
                if i > pos:
                    keep.append((pos, i))
                pos = i + 1
    if not keep and pos == 0:
        return []
    keep.append((pos, len(text)))
    return keep


# --- all together ----------------------------------------------------------------------------------


def fold_for_detection(text: str) -> tuple[str, list[int] | None]:
    """``text`` with the obfuscations above undone, plus the original offset of every character of
    the result and one past the end (``None``: offsets did not move — the result may still differ,
    e.g. Hangul numerals folded one for one; ``text`` itself is returned when nothing was folded)."""
    folded, index = _fold_chars(text)
    folded = _fold_hangul_numerals(folded)
    ranges = _collapse_spaced_digits(folded)
    if ranges:
        old = index if index is not None else range(len(folded) + 1)
        folded = "".join(folded[a:b] for a, b in ranges)
        new: list[int] = []
        for a, b in ranges:
            new.extend(old[a:b])
        new.append(old[-1])
        index = new
    return folded, index
