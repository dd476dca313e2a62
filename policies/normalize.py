"""The one text normalizer: the *detection copy* of a text, with a map back to the original.

Every detector that looks for something a client may disguise (PII, classification markers, keywords,
secrets, the classifier) runs on ``normalize(text).text`` and maps what it finds back with
:meth:`Normalized.span`, so a transform (redact, pseudonymize) rewrites the *original* text over the
whole disguised value (hidden characters, entities and all). Nothing here decides what is sensitive:
a folded run still has to match a pattern, a checksum or a classifier threshold.

Folds, in order (docs/normalization.md says what is *not* folded and why):

1. decoding, where it yields text: HTML entities (``&#64;``, ``&#x40;``, ``&commat;``), runs of
   percent-encoded UTF-8 (``%40``, ``%EB%8C%80``), literal ``\\uXXXX`` escapes; empty HTML comments
   (``<!-- -->``) used as splitters are dropped (a comment with content keeps it: it is scanned);
2. per character: Unicode NFKC (full-width, math-bold, circled, superscript digits and letters,
   NBSP and ideographic space, NFD jamo recomposed); invisible characters dropped (every format (Cf)
   character: zero-width space / joiners, soft hyphen, BOM, word joiner, bidi controls; variation
   selectors; Hangul fillers); Unicode tag characters (U+E0020-E007E) *decoded* to the ASCII they
   spell, because that is what a model reads in them; Unicode dashes and minus signs to ``-``;
   Hangul compatibility jamo written letter by letter (``ㄷㅐㅇㅚㅂㅣ``, from half-width jamo too)
   composed into syllables;
3. Hanja spellings of the classification markers (``對外秘``, ``國家機密``, mixed ``대외秘``) to Hangul,
   only where the whole marker is spelled (a small explicit table, not a transliterator);
4. between digits: ``ㅡ`` / ``ー`` / ``_`` / ``/`` / ``~`` / a tab or several spaces to ``-``;
5. Hangul numerals (공/영 0, 일 1, 이 2, 삼 3, 사 4, 오 5, 육/륙 6, 칠 7, 팔 8, 구 9) to digits, in runs of
   at least 4 of them (optionally split by ``-``, ``.`` or single spaces, or mixed with digits):
   shorter runs are ordinary words (이사, 사이, 오이, 공공);
6. single digits spaced out (``9 0 0 1 0 1 - 1 2 3 ...``): the spaces dropped, for runs of 7-13
   digits with at least 4 distinct digits (bit vectors and label arrays are left alone).

Separators *between the letters* of a marker or keyword (``대 외 비``, ``대-외-비``, ``대.외.비``) are
not removed from the copy (that would glue ordinary words together for every other detector); the
markers and keywords are matched with :func:`letters_pattern`, which allows them.

Header values that policies match on are read with :func:`header_values` (the same folds plus
RFC 2047 encoded words, brackets and ``; parameters``).
"""

from __future__ import annotations

import base64
import binascii
import html.entities
import quopri
import re
import sys
import unicodedata
from dataclasses import dataclass
from functools import lru_cache

__all__ = [
    "LATIN_LOOKALIKES",
    "Normalized",
    "base64_payloads",
    "header_values",
    "join_string_literals",
    "leetspeak_runs",
    "letters_pattern",
    "normalize",
    "strip_tag_characters",
]


@dataclass(frozen=True, slots=True)
class Normalized:
    """A detection copy. ``starts[i]`` / ``ends[i]``: the original characters the copy's character
    ``i`` came from (a decoded ``&#64;`` maps to all five). ``None``: offsets did not move (the text
    may still differ one for one, e.g. Hangul numerals folded to digits)."""

    original: str
    text: str
    starts: list[int] | None = None
    ends: list[int] | None = None

    @property
    def changed(self) -> bool:
        return self.text is not self.original and self.text != self.original

    def span(self, start: int, end: int) -> tuple[int, int]:
        """The original span of the copy's ``[start, end)``: every character it came from, and the
        hidden ones between them. An empty span stays empty, at the corresponding position."""
        if self.starts is None or self.ends is None:
            return start, end
        if end <= start:
            pos = self.starts[start] if start < len(self.starts) else len(self.original)
            return pos, pos
        return self.starts[start], self.ends[end - 1]


# An edit replaces text[a:b] (a < b) of one step's input with a string ("" deletes). Edits are sorted
# and do not overlap; a step returns [] when it changes nothing.
Edit = tuple[int, int, str]


def _apply(state: Normalized, edits: list[Edit]) -> Normalized:
    if not edits:
        return state
    text = state.text
    old_starts = state.starts if state.starts is not None else range(len(text))
    old_ends = state.ends if state.ends is not None else range(1, len(text) + 1)
    parts: list[str] = []
    starts: list[int] = []
    ends: list[int] = []
    pos = 0
    for a, b, rep in edits:
        if a > pos:
            parts.append(text[pos:a])
            starts.extend(old_starts[pos:a])
            ends.extend(old_ends[pos:a])
        if rep:  # every character of the replacement comes from all of text[a:b]
            parts.append(rep)
            starts.extend([old_starts[a]] * len(rep))
            ends.extend([old_ends[b - 1]] * len(rep))
        pos = b
    if pos < len(text):
        parts.append(text[pos:])
        starts.extend(old_starts[pos:])
        ends.extend(old_ends[pos:])
    return Normalized(state.original, "".join(parts), starts, ends)


def _same_length(state: Normalized, text: str) -> Normalized:
    """A fold that replaced characters one for one: offsets stay."""
    if text == state.text:
        return state
    return Normalized(state.original, text, state.starts, state.ends)


# --- 1. decoding -----------------------------------------------------------------------------------

_ENTITY = r"&(?:#[0-9]{1,7}|#[xX][0-9a-fA-F]{1,6}|[A-Za-z][A-Za-z0-9]{1,31});"
_PERCENT = r"(?:%[0-9A-Fa-f]{2})+"
_UESCAPE = r"(?:\\u[0-9a-fA-F]{4})+"
_EMPTY_COMMENT = r"<!--[\s\-]{0,16}-->"
_DECODABLE = re.compile(f"(?P<e>(?:{_ENTITY})+)|(?P<p>{_PERCENT})|(?P<u>{_UESCAPE})|(?P<c>{_EMPTY_COMMENT})")
_ENTITY_ONE = re.compile(_ENTITY)
_NAMED: dict[str, str] = html.entities.html5


def _printable(text: str) -> bool:
    return all(ch.isprintable() or ch in "\t\n\r" for ch in text)


def _entity(ref: str) -> str | None:
    body = ref[1:-1]
    if body[0] == "#":
        code = int(body[2:], 16) if body[1] in "xX" else int(body[1:])
        return chr(code) if 0 < code <= sys.maxunicode and not 0xD800 <= code <= 0xDFFF else None
    return _NAMED.get(body + ";")


def _decode_edits(text: str) -> list[Edit]:
    if "&" not in text and "%" not in text and "\\u" not in text and "<!--" not in text:
        return []
    edits: list[Edit] = []
    for m in _DECODABLE.finditer(text):
        kind = m.lastgroup
        if kind == "c":
            edits.append((m.start(), m.end(), ""))
        elif kind == "e":
            for e in _ENTITY_ONE.finditer(text, m.start(), m.end()):
                rep = _entity(e.group())
                if rep is not None and _printable(rep):
                    edits.append((e.start(), e.end(), rep))
        elif kind == "p":
            try:
                rep = bytes.fromhex(m.group().replace("%", "")).decode("utf-8")
            except UnicodeDecodeError:
                continue
            # A lone escape of a letter or digit (``AGo%71``) is more likely part of a password than
            # an encoding: clients never need to encode those. Runs and punctuation (``%40``) decode.
            if _printable(rep) and (len(m.group()) > 3 or not rep.isalnum()):
                edits.append((m.start(), m.end(), rep))
        else:
            raw = m.group()
            units = [int(raw[i + 2 : i + 6], 16) for i in range(0, len(raw), 6)]
            try:
                rep = b"".join(u.to_bytes(2, "big") for u in units).decode("utf-16-be")
            except UnicodeDecodeError:
                continue
            if _printable(rep):
                edits.append((m.start(), m.end(), rep))
    return edits


# --- 2. characters ---------------------------------------------------------------------------------

_DASHES = "\u2010\u2011\u2012\u2013\u2014\u2015\u2043\u2212\u2e3a\u2e3b\ufe58\ufe63\uff0d"
_INVISIBLE_EXTRA = (
    [0x034F, 0x115F, 0x1160, 0x17B4, 0x17B5, 0x3164, 0xFFA0]  # grapheme joiner, Hangul fillers
    + list(range(0xFE00, 0xFE10))  # variation selectors
    + list(range(0xE0100, 0xE01F0))  # variation selectors supplement
)


def _char_table() -> dict[int, str | None]:
    table: dict[int, str | None] = {}
    for code in range(0x10000):
        if unicodedata.category(chr(code)) == "Cf":
            table[code] = None
    for code in [*range(0xE0000, 0xE0080), *_INVISIBLE_EXTRA]:
        table[code] = None
    for code in range(0xE0020, 0xE007F):  # tag characters spell ASCII
        table[code] = chr(code - 0xE0000)
    for ch in _DASHES:
        table[ord(ch)] = "-"
    table[0x3002] = "."  # ideographic full stop (example。com); NFKC leaves it
    return table


_TABLE = _char_table()
_SPECIAL = re.compile(
    "["
    + "".join(re.escape(chr(c)) for c in sorted(_TABLE) if c < 0x10000)
    + "\U000e0000-\U000e007f\U000e0100-\U000e01ef"
    + "]"
)
# Outside ASCII and precomposed Hangul: what NFKC may change (checked per character, cached).
_NON_TRIVIAL = re.compile("[^\x00-\x7f\uac00-\ud7a3]")
_JAMO_COMPAT = re.compile("[\u3131-\u3163]{2,}")


def _joins_previous(ch: str) -> bool:
    """A combining mark or a conjoining medial/final jamo: NFKC composes it with what precedes."""
    code = ord(ch)
    return 0x1160 <= code <= 0x11FF or 0xD7B0 <= code <= 0xD7FF or unicodedata.combining(ch) != 0


def _halfwidth_jamo() -> dict[int, str]:
    """Half-width jamo to compatibility jamo. NFKC would make them (and compatibility jamo) conjoining
    jamo, which do not compose here and render as broken syllables: ``ㅋㅋ`` and ``ㅡ`` stay as typed."""
    table: dict[int, str] = {}
    for first, last, to in ((0xFFA1, 0xFFBE, 0x3131), (0xFFC2, 0xFFC7, 0x314F), (0xFFCA, 0xFFCF, 0x3155)):
        table.update({c: chr(to + c - first) for c in range(first, last + 1)})
    table.update({c: chr(0x315B + c - 0xFFD2) for c in range(0xFFD2, 0xFFD8)})
    table.update({c: chr(0x3161 + c - 0xFFDA) for c in range(0xFFDA, 0xFFDD)})
    return table


_HALFWIDTH_JAMO = _halfwidth_jamo()


@lru_cache(maxsize=8192)
def _fold_cluster(cluster: str) -> str:
    if len(cluster) == 1:
        if "\u3131" <= cluster <= "\u318e":
            return cluster
        if ord(cluster) in _HALFWIDTH_JAMO:
            return _HALFWIDTH_JAMO[ord(cluster)]
    return unicodedata.normalize("NFKC", cluster).translate(_TABLE)


def _char_edits(text: str) -> list[Edit]:
    if text.isascii():
        return []
    edits: list[Edit] = []
    if unicodedata.is_normalized("NFKC", text):
        # The common case: only invisible characters, tags and dashes to deal with.
        for m in _SPECIAL.finditer(text):
            rep = _TABLE.get(ord(m.group()))
            edits.append((m.start(), m.end(), rep or ""))
        return edits
    clusters: list[tuple[int, int]] = []
    for m in _NON_TRIVIAL.finditer(text):
        i = m.start()
        if i > 0 and _joins_previous(text[i]):
            if clusters and clusters[-1][1] == i:  # the previous cluster holds i - 1: it grows
                clusters[-1] = (clusters[-1][0], i + 1)
            else:  # starts with the character before (an ASCII letter, a syllable)
                clusters.append((i - 1, i + 1))
        else:
            clusters.append((i, i + 1))
    for a, b in clusters:
        piece = text[a:b]
        rep = _fold_cluster(piece)
        if rep != piece:
            edits.append((a, b, rep))
    return edits


# Compatibility jamo typed letter by letter (ㄷㅐㅇㅚㅂㅣ, also what NFKC makes of half-width jamo).
_CHO = "ㄱㄲㄴㄷㄸㄹㅁㅂㅃㅅㅆㅇㅈㅉㅊㅋㅌㅍㅎ"
_JUNG = "ㅏㅐㅑㅒㅓㅔㅕㅖㅗㅘㅙㅚㅛㅜㅝㅞㅟㅠㅡㅢㅣ"
_JONG = " ㄱㄲㄳㄴㄵㄶㄷㄹㄺㄻㄼㄽㄾㄿㅀㅁㅂㅄㅅㅆㅇㅈㅊㅋㅌㅍㅎ"


def _compose_jamo(run: str) -> str | None:
    """Syllables from a run of compatibility jamo, or ``None`` when it is not a spelled word (ㅋㅋ, ㅠㅠ:
    a consonant must be followed by a vowel for a syllable to start)."""
    out: list[str] = []
    i, n = 0, len(run)
    while i < n:
        cho = _CHO.find(run[i])
        if cho < 0 or i + 1 >= n or run[i + 1] not in _JUNG:
            return None
        jung = _JUNG.index(run[i + 1])
        i += 2
        jong = 0
        # a final consonant, unless it starts the next syllable (consonant + vowel follows)
        if i < n and run[i] in _JONG[1:] and not (i + 1 < n and run[i + 1] in _JUNG):
            jong = _JONG.index(run[i])
            i += 1
        out.append(chr(0xAC00 + (cho * 21 + jung) * 28 + jong))
    return "".join(out)


def _jamo_edits(text: str) -> list[Edit]:
    edits: list[Edit] = []
    for m in _JAMO_COMPAT.finditer(text):
        syllables = _compose_jamo(m.group())
        if syllables is not None:
            edits.append((m.start(), m.end(), syllables))
    return edits


# --- 3. Hanja spellings of the classification markers --------------------------------------------

_HANJA = {
    "對": "대",
    "外": "외",
    "秘": "비",
    "祕": "비",
    "國": "국",
    "国": "국",
    "家": "가",
    "機": "기",
    "机": "기",
    "密": "밀",
    "軍": "군",
    "军": "군",
    "事": "사",
    "極": "극",
    "极": "극",
    "級": "급",
    "级": "급",
}
# The markers of policies/detectors.py (and the header values policies list) that have Hanja spellings.
# (Not 비밀 alone: 秘密 is an ordinary word in Chinese and Japanese text. A header label is folded
# letter by letter instead: header_values.)
_HANJA_WORDS = ("대외비", "국가기밀", "군사기밀", "극비", "급비밀")


def _hanja_pattern() -> re.Pattern[str]:
    variants: dict[str, str] = {}
    for han, hangul in _HANJA.items():
        variants[hangul] = variants.get(hangul, hangul) + han
    words = [_GAP.join(f"[{variants.get(ch, ch)}]" for ch in word) for word in _HANJA_WORDS]
    return re.compile("|".join(f"(?:{w})" for w in words))


_GAP = r"[\W_]{0,3}"  # what may separate the letters of a marker or keyword (``대 외 비``, ``대-외-비``)
_HANJA_LETTERS = str.maketrans(_HANJA)
_HANJA_CHARS = re.compile("[" + "".join(_HANJA) + "]")
_HANJA_WORD = _hanja_pattern()


def _hanja_text(text: str) -> str:
    if _HANJA_CHARS.search(text) is None:
        return text
    return _HANJA_WORD.sub(lambda m: "".join(_HANJA.get(c, c) for c in m.group()), text)


# --- 4. separators between digits ------------------------------------------------------------------

# Starts at the digit before (a leading character class searches much faster than a look-behind).
_DIGIT_SEP = re.compile(r"[0-9](?:[ㅡー_/~\t]|[ ]{2,4})(?=[0-9])")


def _digit_sep_edits(text: str) -> list[Edit]:
    return [(m.start() + 1, m.end(), "-") for m in _DIGIT_SEP.finditer(text)]


# --- 5. Hangul numerals ----------------------------------------------------------------------------

_HANGUL_DIGITS = str.maketrans("공영일이삼사오육륙칠팔구", "001234566789")
_NUMERALS = "공영일이삼사오육륙칠팔구"
_HANGUL_RUN = re.compile(rf"[{_NUMERALS}](?:[-. ]?[{_NUMERALS}])+")
# Digits and numerals interleaved (구0공1공1-1이3사5육8): no spaces, so words are not swept in.
_MIXED_RUN = re.compile(rf"[0-9{_NUMERALS}](?:[-.]?[0-9{_NUMERALS}]){{6,}}")
_MIXED_HINT = re.compile(rf"[0-9][-.]?[{_NUMERALS}]|[{_NUMERALS}][-.]?[0-9]")
_NUMERAL = re.compile(f"[{_NUMERALS}]")
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
    while end > start and text[end - 1] in " -.":
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


def _hangul_numerals_text(text: str) -> str:
    """Same length as ``text`` (one digit per numeral), so offsets do not move."""
    if _NUMERAL.search(text) is None:
        return text
    runs: list[tuple[int, int]] = []
    for m in _HANGUL_RUN.finditer(text):
        start, end = _trim_hangul_run(text, m.start(), m.end())
        if sum(c in _NUMERALS for c in text[start:end]) >= _MIN_HANGUL_RUN:
            runs.append((start, end))
    for m in _MIXED_RUN.finditer(text) if _MIXED_HINT.search(text) else ():
        start, end = m.span()
        # numerals glued to a word at either edge belong to it (생년월일 구0…, …8이고): left out
        if start > 0 and _is_syllable(text[start - 1]):
            while start < end and text[start] in _NUMERALS:
                start += 1
        if end < len(text) and _is_syllable(text[end]):
            while end > start and text[end - 1] in _NUMERALS:
                end -= 1
        run = text[start:end]
        if sum(c in _NUMERALS for c in run) >= _MIN_HANGUL_RUN and any(c.isdigit() for c in run):
            runs.append((start, end))
    if not runs:
        return text
    chars = list(text)
    for start, end in runs:
        chars[start:end] = text[start:end].translate(_HANGUL_DIGITS)
    return "".join(chars)


# --- 6. spaced-out digits --------------------------------------------------------------------------

# Single digits, each followed by a space or a spaced separator, then a single digit; at least 7.
_SPACED = re.compile(r"(?<![0-9])[0-9](?:(?:[ ]|[ ]?[-.][ ]?)[0-9](?![0-9])){6,}")
_SPACED_HINT = re.compile(r"[0-9] [0-9] ")  # cheap gate (3x faster than _SPACED on ordinary text)
_SPACED_DIGITS = (7, 13)  # a phone number (9-12) or an RRN (13), possibly only partly spaced
_SPACED_DISTINCT = 4


def _spaced_digit_edits(text: str) -> list[Edit]:
    if _SPACED_HINT.search(text) is None:
        return []
    edits: list[Edit] = []
    for m in _SPACED.finditer(text):
        run = m.group()
        digits = [c for c in run if c.isdigit()]
        if " " not in run or not _SPACED_DIGITS[0] <= len(digits) <= _SPACED_DIGITS[1]:
            continue
        if len(set(digits)) < _SPACED_DISTINCT:
            continue
        edits.extend((i, i + 1, "") for i in range(m.start(), m.end()) if text[i] == " ")
    return edits


# --- all together ----------------------------------------------------------------------------------


#: Cyrillic and Greek letters that look like Latin ones, read as those (one character for one, so offsets
#: hold). Not part of :func:`normalize`: a Russian or Greek word is text, not an obfuscation; the
#: detectors that look for Latin-only tokens (secret formats, tool names) read through it.
LATIN_LOOKALIKES = str.maketrans(
    "аеорсухіјѕԁһкмнтвАЕОРСУХІЈЅКМНТВαοριυνχΑΟΡΙΥΝΕΤΚΜΗΖΒΧ",
    "aeopcyxijsdhkmhtbAEOPCYXIJSKMHTBaopiuvxAOPIYNETKMHZBX",
)


_CONCAT = re.compile(r"""(["'])[ \t]*\+[ \t]*\1""")


def join_string_literals(state: Normalized) -> Normalized:
    """``"sk-live-tMYA" + "teX75…"`` read as one literal (the quotes and ``+`` between two pieces
    dropped, offsets kept): how a key split across source-code strings is still a key."""
    return _apply(state, [(m.start(), m.end(), "") for m in _CONCAT.finditer(state.text)])


def normalize(text: str) -> Normalized:
    """The detection copy of ``text`` (``.text`` is ``text`` itself when nothing was folded)."""
    state = Normalized(text, text)
    state = _apply(state, _decode_edits(state.text))
    state = _apply(state, _char_edits(state.text))
    if not state.text.isascii():
        state = _apply(state, _jamo_edits(state.text))
        state = _same_length(state, _hanja_text(state.text))
        state = _same_length(state, _hangul_numerals_text(state.text))
    state = _apply(state, _digit_sep_edits(state.text))
    return _apply(state, _spaced_digit_edits(state.text))


@lru_cache(maxsize=1024)
def letters_pattern(word: str) -> str:
    """A regex for ``word`` in a detection copy: as written (a space in it may be any whitespace or
    none: ``폭탄 제조법`` ~ ``폭탄제조법``), or spelled out letter by letter with up to three non-word
    characters between letters (``대 외 비``, ``대-외-비``, ``대.외.비``, ``대\n외\n비``). The spelled-out
    form must stand alone (no letter or digit just before or after), so ``적극 비판`` is not ``극비``.
    Apply it to ``normalize(text).text``: hidden characters are already gone there."""
    folded = normalize(word).text
    exact = r"\s*".join(re.escape(part) for part in folded.split())
    letters = [ch for ch in folded if not ch.isspace()]
    if len(letters) < 2:
        return f"(?:{exact})"
    spelled = _GAP.join(re.escape(ch) for ch in letters)
    return rf"(?:{exact}|(?<![^\W_]){spelled}(?![^\W_]))"


_TAG_CHARACTERS = re.compile("[\U000e0000-\U000e007f]+")


def strip_tag_characters(text: str) -> str:
    """``text`` without Unicode tag characters (``text`` itself when it has none)."""
    return _TAG_CHARACTERS.sub("", text) if _TAG_CHARACTERS.search(text) else text


# --- encoded payloads ----------------------------------------------------------------------------

# After a letter, digit or base64 symbol a run is the tail of something else; after "=" (key=, ?q=) it
# starts one, after "==" it continues padding.
_BASE64_RUN = re.compile(r"(?<![A-Za-z0-9+/_-])(?<!==)[A-Za-z0-9+/_-]{24,}={0,2}(?![A-Za-z0-9+/=_-])")
#: Per text: decoded payloads kept, and characters kept of each (a request of many blobs costs no more;
#: an instruction is read from a payload's start, as a model reads it).
MAX_DECODED_RUNS = 32
MAX_DECODED_CHARS = 2_000


def base64_payloads(text: str) -> list[tuple[int, int, str]]:
    """``(start, end, decoded)`` for each base64 (or URL-safe base64) run in ``text`` that decodes to
    readable UTF-8 prose: what a model asked to "decode and follow this" would read. Runs that decode
    to binary, or to something that is not mostly letters, are not payloads (hashes, keys, images)."""
    out: list[tuple[int, int, str]] = []
    for m in _BASE64_RUN.finditer(text):
        run = m.group()
        body = run.rstrip("=")
        if body.isalpha() or body.isdigit():  # a long word or number, not an encoding
            continue
        try:
            raw = base64.b64decode(
                body + "=" * (-len(body) % 4), altchars=b"-_" if "-" in run or "_" in run else None
            )
            decoded = raw.decode("utf-8")
        except (binascii.Error, UnicodeDecodeError, ValueError):
            continue
        letters = sum(ch.isalpha() for ch in decoded)
        readable = sum(ch.isprintable() or ch in "\n\t" for ch in decoded)
        if (
            len(decoded) < 12
            or readable < 0.95 * len(decoded)
            or letters < 0.5 * len(decoded.replace(" ", ""))
        ):
            continue
        if " " not in decoded.strip() and not any("\uac00" <= ch <= "\ud7a3" for ch in decoded):
            continue  # one token (an id, a path): not an instruction
        out.append((m.start(), m.end(), decoded[:MAX_DECODED_CHARS]))
        if len(out) >= MAX_DECODED_RUNS:
            break
    return out


# --- leetspeak -----------------------------------------------------------------------------------

# "Ign0r3 4ll pr3v10u5 1n57ruc710n5": digits and symbols standing in for letters. Only the classifier
# reads the spelled-out copy (PII needs its digits as written).
_LEET = str.maketrans(
    {"0": "o", "1": "i", "3": "e", "4": "a", "5": "s", "7": "t", "8": "b", "@": "a", "$": "s"}
)
_LEET_TOKEN = re.compile(r"[A-Za-z0-9@$]+")
# a stand-in between letters ("pr3v", "y0ur"): "4th", "sha256", "x86" or "10am" never have one
_LEET_INSIDE = re.compile(r"[A-Za-z][0134578@$]+[A-Za-z]")
_HEX = re.compile(r"[0-9a-fA-F]+")
#: A run is at least this many tokens with a stand-in between letters, each within this many tokens of
#: the previous one: one "k8s" or "i18n" in a text is a word, three in a row are an encoding.
LEET_MIN_TOKENS = 3
LEET_MAX_GAP = 6


def _unleet(token: str) -> str:
    return token.translate(_LEET) if any(ch.isalpha() for ch in token) else token


def leetspeak_runs(text: str) -> list[tuple[int, int, str]]:
    """``(start, end, spelled_out)`` for each run of leetspeak in ``text``: what a model asked to read
    "pr1n7 y0ur 5y573m pr0mp7" reads. Hex strings (hashes, ids) are not leetspeak; pure numbers stay."""
    if not _LEET_INSIDE.search(text):  # ordinary prose: no token list on the hot path
        return []
    tokens = list(_LEET_TOKEN.finditer(text))
    strong = [
        i for i, m in enumerate(tokens) if _LEET_INSIDE.search(m.group()) and not _HEX.fullmatch(m.group())
    ]
    clusters: list[list[int]] = []
    for i in strong:
        if clusters and i - clusters[-1][-1] <= LEET_MAX_GAP:
            clusters[-1].append(i)
        else:
            clusters.append([i])
    out: list[tuple[int, int, str]] = []
    for cluster in clusters:
        if len(cluster) < LEET_MIN_TOKENS:
            continue
        start, end = tokens[cluster[0]].start(), tokens[cluster[-1]].end()
        run = _LEET_TOKEN.sub(lambda m: _unleet(m.group()), text[start:end])
        out.append((start, end, run[:MAX_DECODED_CHARS]))
        if len(out) >= MAX_DECODED_RUNS:
            break
    return out


# --- header values -------------------------------------------------------------------------------

_ENCODED_WORD = re.compile(r"=\?([^?\s]+)\?([BbQq])\?([^?\s]*)\?=")
_BRACKETS = "[](){}<>\"'「」『』【】〈〉《》"


def _decode_encoded_words(value: str) -> str:
    """RFC 2047 ``=?UTF-8?B?64yA7Jm467mE?=`` (and ``?Q?``) to text; undecodable words stay."""

    def one(m: re.Match[str]) -> str:
        charset, kind, payload = m.group(1), m.group(2).upper(), m.group(3)
        try:
            raw = (
                base64.b64decode(payload + "=" * (-len(payload) % 4))
                if kind == "B"
                else quopri.decodestring(payload.replace("_", " "), header=True)
            )
            return raw.decode(charset.split("*", 1)[0])
        except (binascii.Error, LookupError, UnicodeDecodeError, ValueError):
            return m.group()

    return _ENCODED_WORD.sub(one, value)


def header_values(value: str) -> list[str]:
    """The values a (possibly repeated, comma-joined) security header carries, each as policies
    compare it: RFC 2047 words decoded, normalized (NFKC, invisible characters, Hanja markers), a
    ``; parameter`` tail and surrounding brackets or quotes dropped, spaces between letters removed,
    case-folded. Empty values are left out. A match on any of them applies the policy, so a client
    cannot hide ``대외비`` behind a second ``public`` header."""
    text = normalize(_decode_encoded_words(value)).text.translate(_HANJA_LETTERS)
    out: list[str] = []
    for part in text.split(","):
        label = part.split(";", 1)[0].strip().strip(_BRACKETS).strip()
        if not label:
            continue
        out.append(label.casefold())
        compact = "".join(ch for ch in label if ch.isalnum()).casefold()
        if compact and compact != out[-1]:
            out.append(compact)
    return out
