"""Built-in detectors: simple, dependency-free, implementing :class:`policies.findings.Detector`.

=========================  ===========================================================================
name                       params
=========================  ===========================================================================
``keywords``               ``keywords: [..]`` (required), ``case_sensitive: false``, ``whole_word: false``,
                           ``type: keyword``
``regex``                  ``patterns: [str | {name, pattern}]`` (required), ``ignore_case: false``,
                           ``type: regex`` (a named pattern's finding type is its name)
``size``                   ``max_chars``, ``max_item_chars``, ``max_messages``, ``max_tokens`` (estimate:
                           the larger of UTF-8 bytes / 4 and the word count), ``max_tools``,
                           ``max_tool_bytes`` (the last two, and messages without text, need a
                           :class:`RequestShape` item from the caller)
``classification_marker``  ``types: [..]`` to restrict: KR_RESTRICTED (대외비), KR_STATE_SECRET (국가기밀),
                           KR_MILITARY_SECRET (군사기밀), KR_CLASSIFIED (Ⅰ/Ⅱ/Ⅲ급 비밀), KR_TOP_SECRET (극비)
``secrets``                ``types: [..]`` to restrict: AWS_ACCESS_KEY, PRIVATE_KEY, GITHUB_TOKEN, OPENAI_KEY,
                           SLACK_TOKEN, GOOGLE_API_KEY, JWT, CREDENTIAL_ASSIGNMENT
``source_code``            ``min_lines: 3`` (lines that look like code before an item counts as code)
``attachments``            ``kinds: [image, audio, file, token_ids]`` to restrict: content no text detector
                           can read (``policies/attachments.py``)
``tools``                  ``allow``, ``deny``, ``schemas``, ``max_calls``, ``uses``: tools declared and
                           calls made (``policies/tools.py``)
=========================  ===========================================================================

Every detector also takes ``roles: [user, system, ...]`` to scan only items with those roles, and
``tool_arguments: [tool-name globs]`` to scan only the arguments of calls to those tools.
Findings carry offsets (for redaction) and types, never the matched text.
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from functools import lru_cache
from typing import Any

from .attachments import AttachmentsDetector
from .findings import Detector, Direction, Finding, ParamProblem, TextItem
from .normalize import LATIN_LOOKALIKES, join_string_literals, letters_pattern, normalize
from .tools import ToolsDetector

_COMMON = {"roles"}


def _items(items: Sequence[TextItem], params: Mapping[str, Any]) -> Sequence[TextItem]:
    roles = params.get("roles")
    if not roles:
        return items
    return [i for i in items if i.role in roles]


def _unknown(params: Mapping[str, Any], allowed: set[str]) -> list[ParamProblem]:
    import difflib

    out = []
    for key in params:
        if key not in allowed | _COMMON:
            close = difflib.get_close_matches(str(key), sorted(allowed | _COMMON), n=1)
            out.append(
                ParamProblem(
                    (key,),
                    f"unknown parameter {key!r}",
                    f"did you mean {close[0]!r}?"
                    if close
                    else "allowed: " + ", ".join(sorted(allowed | _COMMON)),
                )
            )
    roles = params.get("roles")
    if roles is not None and (
        not isinstance(roles, (list, tuple)) or not all(isinstance(r, str) for r in roles)
    ):
        out.append(ParamProblem(("roles",), "roles must be a list of role names"))
    return out


def _string_list(params: Mapping[str, Any], key: str, required: bool) -> list[ParamProblem]:
    value = params.get(key)
    if value is None:
        return [ParamProblem((), f"missing parameter {key!r}")] if required else []
    if not isinstance(value, (list, tuple)) or not value:
        return [ParamProblem((key,), f"{key} must be a non-empty list")]
    return [
        ParamProblem((key, i), f"{key}[{i}] must be a non-empty string")
        for i, v in enumerate(value)
        if not isinstance(v, str) or not v
    ]


def _spans(
    pattern: re.Pattern[str],
    items: Sequence[TextItem],
    direction: Direction,
    detector: str,
    type_of: Any,
    original_too: bool = False,
    token_copy: bool = False,
) -> list[Finding]:
    """Matches in each item's detection copy (policies/normalize.py: hidden characters, entities,
    full-width and Hanja spellings undone), with offsets mapped back to the item's own text.
    ``original_too``: also in the text as written (an operator's regex may look for the very
    characters the copy drops); a span found both ways is reported once. ``token_copy``: for
    Latin-only token formats, the copy also reads Cyrillic/Greek look-alikes as Latin
    (``LATIN_LOOKALIKES``, one character for one), and is read a second time with concatenated
    string literals joined, for what only the joined copy shows (a key whole in one literal stays
    found there with its own span: joined, ``"AKIA…" + "x"`` no longer ends on a word boundary)."""
    out: list[Finding] = []
    for item in items:
        copy = normalize(item.text)
        copies = [copy]
        if token_copy:
            joined = join_string_literals(copy)
            if joined.text != copy.text:
                copies.append(joined)
        seen: set[tuple[str, int, int]] = set()
        for c in copies:
            text = c.text.translate(LATIN_LOOKALIKES) if token_copy else c.text
            for m in pattern.finditer(text):
                kind = type_of(m)
                start, end = c.span(m.start(), m.end())
                if any(k == kind and s < end and start < e for k, s, e in seen):
                    continue  # already found in the plain copy
                seen.add((kind, start, end))
                out.append(Finding(detector, kind, 1.0, direction, item.location, start, end))
        if original_too and copy.changed:
            for m in pattern.finditer(item.text):
                if (type_of(m), m.start(), m.end()) not in seen:
                    out.append(
                        Finding(detector, type_of(m), 1.0, direction, item.location, m.start(), m.end())
                    )
    return out


class KeywordDetector:
    name = "keywords"
    reads_seams = True

    @staticmethod
    @lru_cache(maxsize=512)
    def _compile(keywords: tuple[str, ...], case_sensitive: bool, whole_word: bool) -> re.Pattern[str]:
        # Spaced, hyphenated or dotted letters (폭 탄 제 조 법) match too: letters_pattern.
        alternation = "|".join(letters_pattern(k) for k in sorted(keywords, key=len, reverse=True))
        body = rf"(?<!\w)(?:{alternation})(?!\w)" if whole_word else f"(?:{alternation})"
        return re.compile(body, 0 if case_sensitive else re.IGNORECASE)

    async def detect(
        self, items: Sequence[TextItem], params: Mapping[str, Any], direction: Direction
    ) -> list[Finding]:
        pattern = self._compile(
            tuple(params["keywords"]),
            bool(params.get("case_sensitive", False)),
            bool(params.get("whole_word", False)),
        )
        kind = str(params.get("type", "keyword"))
        return _spans(pattern, _items(items, params), direction, self.name, lambda m: kind)

    def check_params(self, params: Mapping[str, Any], direction: Direction) -> list[ParamProblem]:
        return _unknown(params, {"keywords", "case_sensitive", "whole_word", "type"}) + _string_list(
            params, "keywords", True
        )


class RegexDetector:
    name = "regex"
    reads_seams = True

    @staticmethod
    @lru_cache(maxsize=512)
    def _compile(patterns: tuple[tuple[str, str], ...], ignore_case: bool) -> re.Pattern[str]:
        flags = re.IGNORECASE if ignore_case else 0
        return re.compile("|".join(f"(?P<p{i}>{p})" for i, (_, p) in enumerate(patterns)), flags)

    @staticmethod
    def _patterns(params: Mapping[str, Any]) -> tuple[tuple[str, str], ...]:
        default = str(params.get("type", "regex"))
        out = []
        for p in params["patterns"]:
            if isinstance(p, str):
                out.append((default, p))
            else:
                out.append((str(p.get("name", default)), str(p["pattern"])))
        return tuple(out)

    async def detect(
        self, items: Sequence[TextItem], params: Mapping[str, Any], direction: Direction
    ) -> list[Finding]:
        patterns = self._patterns(params)
        pattern = self._compile(patterns, bool(params.get("ignore_case", False)))
        names = [n for n, _ in patterns]
        return _spans(
            pattern,
            _items(items, params),
            direction,
            self.name,
            lambda m: names[int(m.lastgroup[1:])] if m.lastgroup else names[0],
            original_too=True,
        )

    def check_params(self, params: Mapping[str, Any], direction: Direction) -> list[ParamProblem]:
        problems = _unknown(params, {"patterns", "ignore_case", "type"})
        patterns = params.get("patterns")
        if not isinstance(patterns, (list, tuple)) or not patterns:
            return problems + [
                ParamProblem(
                    ("patterns",) if patterns is not None else (), "patterns must be a non-empty list"
                )
            ]
        for i, p in enumerate(patterns):
            text = p if isinstance(p, str) else (p.get("pattern") if isinstance(p, Mapping) else None)
            if not isinstance(text, str):
                problems.append(ParamProblem(("patterns", i), "a pattern is a string or {name, pattern}"))
                continue
            try:
                compiled = re.compile(text)
            except re.error as exc:
                problems.append(ParamProblem(("patterns", i), f"invalid regular expression: {exc}"))
                continue
            if compiled.groups and "(?P<" in text:
                problems.append(
                    ParamProblem(
                        ("patterns", i), "named groups are not allowed in patterns", "use (?:...) instead"
                    )
                )
            if compiled.match(""):
                problems.append(
                    ParamProblem(
                        ("patterns", i), "pattern matches the empty string", "it would fire on every request"
                    )
                )
        return problems


@dataclass(frozen=True, slots=True)
class RequestShape(TextItem):
    """The structure of a whole request, for the ``size`` detector: an item with no text (every other
    detector finds nothing in it) that the caller adds to the input items. Counts what text items
    cannot: messages and parts that carry no text, and tool definitions, which carry the model's
    instructions upstream however many there are."""

    location: str = "(request)"
    text: str = ""
    messages: int = 0
    parts: int = 0  # content parts of every message, of any type
    list_items: int = 0  # entries of a completions ``prompt`` / embeddings ``input`` list
    tools: int = 0  # tool and legacy function definitions
    tool_bytes: int = 0  # their size as JSON


def _estimate_tokens(text: str) -> int:
    return max((len(text.encode("utf-8")) + 3) // 4, len(text.split()))


class SizeDetector:
    name = "size"
    LIMITS = ("max_chars", "max_item_chars", "max_messages", "max_tokens", "max_tools", "max_tool_bytes")

    async def detect(
        self, items: Sequence[TextItem], params: Mapping[str, Any], direction: Direction
    ) -> list[Finding]:
        shape = next((i for i in items if isinstance(i, RequestShape)), None)
        items = [i for i in _items(items, params) if not isinstance(i, RequestShape)]
        out: list[Finding] = []

        def over(kind: str, value: int, location: str | None = None) -> None:
            limit = params.get(kind)
            if limit is not None and value > int(limit):
                out.append(
                    Finding(
                        self.name, kind, 1.0, direction, location, meta={"limit": int(limit), "value": value}
                    )
                )

        # max_messages: the most pieces the request comes in, text or not (100,000 empty parts cost
        # as much to walk as 100,000 texts)
        pieces = (shape.messages, shape.parts, shape.list_items) if shape is not None else ()
        over("max_messages", max((len(items), *pieces)))
        if shape is not None:
            over("max_tools", shape.tools)
            over("max_tool_bytes", shape.tool_bytes)
        over("max_chars", sum(len(i.text) for i in items))
        if "max_tokens" in params:
            over("max_tokens", sum(_estimate_tokens(i.text) for i in items))
        if "max_item_chars" in params:
            for item in items:
                over("max_item_chars", len(item.text), item.location)
        return out

    def check_params(self, params: Mapping[str, Any], direction: Direction) -> list[ParamProblem]:
        problems = _unknown(params, set(self.LIMITS))
        if not any(k in params for k in self.LIMITS):
            problems.append(
                ParamProblem((), "size needs at least one limit", "one of " + ", ".join(self.LIMITS))
            )
        for k in self.LIMITS:
            v = params.get(k)
            if v is not None and (not isinstance(v, int) or isinstance(v, bool) or v < 0):
                problems.append(ParamProblem((k,), f"{k} must be a non-negative integer"))
        return problems


# Matched in the detection copy (NFKC makes Ⅱ "II"; 對外秘 is 대외비 there), letters possibly spaced out.
_MARKERS: tuple[tuple[str, str], ...] = (
    ("KR_STATE_SECRET", letters_pattern("국가 기밀")),
    ("KR_MILITARY_SECRET", letters_pattern("군사 기밀")),
    ("KR_CLASSIFIED", r"(?:III|II|I|1|2|3)\s?" + letters_pattern("급 비밀")),
    ("KR_TOP_SECRET", letters_pattern("극비")),
    ("KR_RESTRICTED", letters_pattern("대외비")),
)
_MARKER_RE = re.compile("|".join(f"(?P<{t}>{p})" for t, p in _MARKERS))


class ClassificationMarkerDetector:
    """Korean security-classification markers in text (대외비, 국가기밀, Ⅱ급 비밀, ...)."""

    name = "classification_marker"
    reads_seams = True
    TYPES = tuple(t for t, _ in _MARKERS)

    async def detect(
        self, items: Sequence[TextItem], params: Mapping[str, Any], direction: Direction
    ) -> list[Finding]:
        wanted = set(params.get("types") or self.TYPES)
        found = _spans(_MARKER_RE, _items(items, params), direction, self.name, lambda m: m.lastgroup)
        return [f for f in found if f.type in wanted]

    def check_params(self, params: Mapping[str, Any], direction: Direction) -> list[ParamProblem]:
        return _unknown(params, {"types"}) + _known_types(params, self.TYPES)


def _known_types(params: Mapping[str, Any], known: Sequence[str]) -> list[ParamProblem]:
    import difflib

    out = []
    for i, t in enumerate(params.get("types") or ()):
        if t not in known:
            close = difflib.get_close_matches(str(t), known, n=1)
            out.append(
                ParamProblem(
                    ("types", i),
                    f"unknown type {t!r}",
                    f"did you mean {close[0]!r}?" if close else "known: " + ", ".join(known),
                )
            )
    return out


_SECRET_LOOKING = r"(?=[^\s'\"<]*[A-Za-z])(?=[^\s'\"<]*[0-9!@#$%^&*])[^\s'\"<]{6,}"
_SECRETS: tuple[tuple[str, str], ...] = (
    ("PRIVATE_KEY", r"-----BEGIN (?:RSA |EC |DSA |OPENSSH |PGP |ENCRYPTED )?PRIVATE KEY(?: BLOCK)?-----"),
    # also grouped by 4, and spelled out one character at a time ("A K I A Z 7 Q H …")
    (
        "AWS_ACCESS_KEY",
        r"\b(?:AKIA|ASIA)(?:[0-9A-Z]{16}|(?:[ -][0-9A-Z]{4}){4})\b"
        r"|\bA[ \u00a0][KS][ \u00a0]I[ \u00a0]A(?:[ \u00a0][0-9A-Z]){16}\b"
        # broken over a line: 16 characters after the prefix with one line break among them
        r"|\b(?:AKIA|ASIA)(?=(?:[0-9A-Z]|\r?\n){17}\b)[0-9A-Z]{0,15}\r?\n[0-9A-Z]{1,16}\b",
    ),
    ("GITHUB_TOKEN", r"\bgh[pousr]_[A-Za-z0-9]{36,}\b"),
    # and sk_live_ (Stripe-style); the prefix in any case: SK-LIVE-… is the same key to a reader
    ("OPENAI_KEY", r"\b(?i:sk)[-_](?:proj-|live_|test_)?[A-Za-z0-9_-]{20,}"),
    ("SLACK_TOKEN", r"\bxox[abprs]-[A-Za-z0-9-]{10,}"),
    ("GOOGLE_API_KEY", r"\bAIza[0-9A-Za-z_-]{35}\b"),
    ("JWT", r"\beyJ[A-Za-z0-9_-]{8,}\.eyJ[A-Za-z0-9_-]{8,}\.[A-Za-z0-9_-]{8,}"),
    (
        "CREDENTIAL_ASSIGNMENT",
        # also DB_PASSWORD=…, {"password": "…"} and <password>…</password>
        r"(?i:(?<![a-z])(?:password|passwd|pwd|secret|api[_-]?key|access[_-]?token|auth[_-]?token"
        r"|client[_-]?secret)|비밀번호|패스워드|인증키|암호|비번)(?:['\"]?\s*[:=]|>)\s*['\"]?"
        # a value cut short by a line break continues on the next line ("password=Hx7\n#qP2v…")
        r"(?:[^\s'\"<]{6,}|[^\s'\"<]{1,5}\r?\n[^\s'\"<]{2,})"
        # said in words ("the password is …", "비번은 …"): only a value that looks like one (a letter and
        # a digit or symbol), so "the password is required" stays prose
        r"|(?i:(?<![a-z])(?:password|passwd|passcode)\s+(?:is|was|=)|(?:비밀번호|패스워드|비번)(?:은|는|이|가))"
        r"\s+['\"]?"
        + _SECRET_LOOKING
        +
        # command-line flags: --password X, --db-password=X, mysql -pX (no space: mysql's own syntax)
        r"|(?<![\w-])--(?:[a-z]+-)*(?i:password|passwd|pass)(?:=|\s+)['\"]?(?!-)"
        + _SECRET_LOOKING
        + r"|\b(?:mysql|mysqldump|mysqladmin|mariadb|sshpass)\b[^\n]{0,200}?\s-p['\"]?[^\s'\"<]{4,}",
    ),
)
_SECRETS_RE = re.compile("|".join(f"(?P<{t}>{p})" for t, p in _SECRETS))


class SecretsDetector:
    """Credentials and authentication keys by well-known formats (a regex baseline, not entropy scanning)."""

    name = "secrets"
    reads_seams = True
    TYPES = tuple(t for t, _ in _SECRETS)

    async def detect(
        self, items: Sequence[TextItem], params: Mapping[str, Any], direction: Direction
    ) -> list[Finding]:
        wanted = set(params.get("types") or self.TYPES)
        # Key formats are Latin: ΑΚΙΑ… spelled with Greek capitals is still an AWS key id, and one split
        # into "AKIA" + "…" string pieces is still one key.
        found = _spans(
            _SECRETS_RE, _items(items, params), direction, self.name, lambda m: m.lastgroup, token_copy=True
        )
        return [f for f in found if f.type in wanted]

    def check_params(self, params: Mapping[str, Any], direction: Direction) -> list[ParamProblem]:
        return _unknown(params, {"types"}) + _known_types(params, self.TYPES)


_CODE_LINE = re.compile(
    r"^\s*(?:def \w+\(|class \w+[(:]|import \w|from [\w.]+ import |#include\s*[<\"]|package \w|"
    r"(?:public|private|protected|static)\s+[\w<>\[\]]+\s+\w+\s*\(|function\s*\w*\s*\(|"
    r"(?:const|let|var)\s+\w+\s*=|func \w+\(|fn \w+\(|"
    r"(?:if|elif|else|for|while|try|except|finally|with|switch|case)\b.*[:{]\s*$|"
    r"(?:return|raise|throw|yield)\b|"
    r"[\w.\[\]]+\s*(?:[-+*/%|&]?=|:=)(?!=)\s*\S|"
    r"}\s*(?:else\b.*)?$|.*\)\s*\{\s*$|.*;\s*$)"
)


class SourceCodeDetector:
    """Source code by shape: an item with at least ``min_lines`` code-looking lines (or a fenced block)."""

    name = "source_code"

    async def detect(
        self, items: Sequence[TextItem], params: Mapping[str, Any], direction: Direction
    ) -> list[Finding]:
        min_lines = int(params.get("min_lines", 3))
        out = []
        for item in _items(items, params):
            lines = item.text.splitlines()
            code = sum(1 for line in lines if _CODE_LINE.match(line))
            fenced = item.text.count("```") >= 2
            if code >= min_lines or (fenced and code >= 1):
                score = min(1.0, 0.5 + code / max(len(lines), 1) / 2)
                out.append(
                    Finding(
                        self.name, "SOURCE_CODE", score, direction, item.location, meta={"code_lines": code}
                    )
                )
        return out

    def check_params(self, params: Mapping[str, Any], direction: Direction) -> list[ParamProblem]:
        problems = _unknown(params, {"min_lines"})
        v = params.get("min_lines")
        if v is not None and (not isinstance(v, int) or v < 1):
            problems.append(ParamProblem(("min_lines",), "min_lines must be a positive integer"))
        return problems


def builtin_detectors() -> dict[str, Detector]:
    """Fresh instances of every built-in detector, by name."""
    detectors: list[Detector] = [
        KeywordDetector(),
        RegexDetector(),
        SizeDetector(),
        ClassificationMarkerDetector(),
        SecretsDetector(),
        SourceCodeDetector(),
        AttachmentsDetector(),
        ToolsDetector(),
    ]
    return {d.name: d for d in detectors}


BUILTIN_DETECTOR_NAMES: frozenset[str] = frozenset(builtin_detectors())
