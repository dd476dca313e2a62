"""Transforms the policy actions apply to PII: redact, mask, hash, pseudonymize — and restore.

All functions take the text and the spans to change: :class:`policies.findings.Finding` objects
(``type``/``start``/``end``, as returned by :class:`gateway.pii.detector.PIIDetector`) or engine
:class:`gateway.pii.engine.Span` objects (``entity``). Overlapping spans are resolved first-wins
after sorting by start (the detector already returns non-overlapping spans).

Restoration replaces only placeholders the scope's vault knows (``<PERSON_1>``...); anything else
that looks like a placeholder is left alone, so no scope can ever read another one's values.
"""

from __future__ import annotations

import hashlib
import hmac
import json
import re
from collections.abc import Callable, Iterable, Mapping, Sequence
from typing import Any, Protocol, TypeVar

from .vault import Vault

PLACEHOLDER_RE = re.compile(r"<[A-Z][A-Z0-9_]*_[0-9]+>")
_PARTIAL_RE = re.compile(r"<(?:[A-Z][A-Z0-9_]*)?")
MAX_PLACEHOLDER_LEN = 64
S = TypeVar("S")


class SpanLike(Protocol):
    start: int | None
    end: int | None


def _entity(f: Any) -> str:
    entity: str = getattr(f, "entity", None) or f.type
    return entity


def first_wins(spans: Iterable[S], bounds: Callable[[S], tuple[int, int]]) -> list[S]:
    """Overlapping spans resolved once for every transform: sorted by start (the longest first on a
    tie), a span that overlaps one already kept is dropped."""
    out: list[S] = []
    last = -1
    for span in sorted(spans, key=lambda s: (bounds(s)[0], -bounds(s)[1])):
        start, end = bounds(span)
        if start >= last:
            out.append(span)
            last = end
    return out


def _spans(text: str, findings: Iterable[Any]) -> list[tuple[int, int, str]]:
    return first_wins(
        (
            (f.start, f.end, _entity(f))
            for f in findings
            if f.start is not None and f.end is not None and 0 <= f.start < f.end <= len(text)
        ),
        lambda s: (s[0], s[1]),
    )


def replace_spans(text: str, spans: Sequence[tuple[Any, ...]], repl: Sequence[str]) -> str:
    """``text`` with each ``(start, end, ...)`` span (sorted, non-overlapping) replaced by its ``repl``."""
    parts: list[str] = []
    pos = 0
    for span, r in zip(spans, repl):
        parts.append(text[pos : span[0]])
        parts.append(r)
        pos = span[1]
    parts.append(text[pos:])
    return "".join(parts)


# --- redact / mask / hash ------------------------------------------------------------------------


def redaction(
    entity: str, value: str, style: str = "label", salt: bytes | None = None, char: str = "*"
) -> str:
    """What one span becomes, for every redact rule and helper: ``label`` ``<KR_RRN>``, ``mask``
    (shape kept, :func:`mask_value`), ``hash`` ``<KR_RRN:9f2c...>`` (salted HMAC, stable for the same value
    and salt; the label when there is no salt)."""
    label = placeholder_label(entity)
    if style == "mask":
        return mask_value(label, value, char)
    if style == "hash" and salt:
        return f"<{label}:{hmac.new(salt, value.encode('utf-8'), hashlib.sha256).hexdigest()[:12]}>"
    return f"<{label}>"


def redact(text: str, findings: Iterable[Any], label: str = "<{entity}>") -> str:
    """Replace each span with a type label (``<KR_RRN>``, the type as found); ``label`` may use
    ``{entity}``."""
    spans = _spans(text, findings)
    return replace_spans(text, spans, [label.format(entity=e) for _, _, e in spans])


_SECRETS = {"API_KEY", "PRIVATE_KEY", "PASSWORD", "JWT"}


def mask_value(entity: str, value: str, char: str = "*") -> str:
    """Partial mask that keeps the shape and what Korean/PCI practice allows to show.

    RRN/FRN: birth date and gender digit (``900101-1******``); phones: first 3 and last 4 digits
    (``010-****-5678``); e-mail: first letter and domain; names: first and last character
    (``홍*동``); cards, IBANs, accounts and the rest: last 4; secrets: fully hidden, fixed width.
    """
    if entity in _SECRETS:
        return char * 8
    if entity == "EMAIL_ADDRESS" and "@" in value:
        local, _, domain = value.partition("@")
        return local[:1] + char * max(3, len(local) - 1) + "@" + domain
    if entity in ("PERSON", "LOCATION"):
        if len(value) <= 2:
            return value[:1] + char * (len(value) - 1)
        return value[0] + "".join(char if not c.isspace() else c for c in value[1:-1]) + value[-1]
    alnum = [i for i, c in enumerate(value) if c.isalnum()]
    if entity in ("KR_RRN", "KR_FRN"):
        keep = set(alnum[:7])
    elif entity in ("KR_PHONE", "PHONE_NUMBER"):
        keep = set(alnum[:3]) | set(alnum[-4:])
    else:
        keep = set(alnum[-4:])
    return "".join(c if (i in keep or not c.isalnum()) else char for i, c in enumerate(value))


def mask(text: str, findings: Iterable[Any], char: str = "*") -> str:
    spans = _spans(text, findings)
    return replace_spans(text, spans, [redaction(e, text[s:t], "mask", char=char) for s, t, e in spans])


def hash_values(text: str, findings: Iterable[Any], salt: bytes) -> str:
    """Replace with ``<KR_RRN:9f2c...>``: a salted hash, stable for the same value and salt."""
    spans = _spans(text, findings)
    return replace_spans(text, spans, [redaction(e, text[s:t], "hash", salt) for s, t, e in spans])


# --- pseudonymize / restore ----------------------------------------------------------------------


_LABEL_BAD = re.compile(r"[^A-Z0-9_]+")


def placeholder_label(entity: str) -> str:
    """Entity type as it appears in placeholders: ``kr-phone`` -> ``KR_PHONE`` (restorable)."""
    label = _LABEL_BAD.sub("_", entity.upper()).strip("_") or "PII"
    return label if label[0].isalpha() else "X" + label


def _json_escape(value: str) -> str:
    return json.dumps(value, ensure_ascii=False)[1:-1]


class Restorer:
    """Placeholder -> original, for one scope (a snapshot of the scope's vault mapping)."""

    def __init__(self, mapping: Mapping[str, str]) -> None:
        self.mapping = dict(mapping)

    def __bool__(self) -> bool:
        return bool(self.mapping)

    def restore(self, text: str, json_escape: bool = False) -> str:
        """Restore in plain text, or inside a JSON document (``json_escape``: values escaped as
        JSON string content, e.g. tool-call ``arguments``)."""
        if not self.mapping or "<" not in text:
            return text
        m = self.mapping
        if json_escape:
            return PLACEHOLDER_RE.sub(
                lambda x: _json_escape(m[x.group()]) if x.group() in m else x.group(), text
            )
        return PLACEHOLDER_RE.sub(lambda x: m.get(x.group(), x.group()), text)

    def restore_json(self, json_text: str) -> str:
        """Restore inside tool-call ``arguments`` (a JSON string), keeping it valid JSON."""
        return self.restore(json_text, json_escape=True)

    def stream(self, json_escape: bool = False) -> StreamRestorer:
        return StreamRestorer(self, json_escape=json_escape)


class StreamRestorer:
    """Restores placeholders in a stream of text chunks, holding back only a possible partial
    placeholder at the end of a chunk (``...<PERS``); everything else passes through at once.

    ``"".join(feed(c) for c in chunks) + flush() == restorer.restore("".join(chunks))`` for any
    chunking (a placeholder never contains ``<``, so only the text after the last ``<`` can be
    an unfinished one).
    """

    def __init__(self, restorer: Restorer | Mapping[str, str], json_escape: bool = False) -> None:
        self.restorer = restorer if isinstance(restorer, Restorer) else Restorer(restorer)
        self.json_escape = json_escape
        self._buf = ""

    @property
    def pending(self) -> int:
        return len(self._buf)

    def feed(self, text: str) -> str:
        if not text:
            return ""
        buf = self._buf + text
        i = buf.rfind("<")
        if i != -1 and len(buf) - i < MAX_PLACEHOLDER_LEN and _PARTIAL_RE.fullmatch(buf, i):
            self._buf = buf[i:]
            buf = buf[:i]
        else:
            self._buf = ""
        return self.restorer.restore(buf, self.json_escape) if buf else ""

    def flush(self) -> str:
        buf, self._buf = self._buf, ""
        return self.restorer.restore(buf, self.json_escape) if buf else ""


class Pseudonymizer:
    """Replaces PII with scope-consistent placeholders, stored in a :class:`Vault`.

    ``scope`` is the conversation id (or the request id when there is none). The same value
    within a scope always gets the same placeholder, in this request and in later turns.
    """

    def __init__(self, vault: Vault, scope: str) -> None:
        if not scope:
            raise ValueError("pseudonymizer needs a non-empty scope (conversation or request id)")
        self.vault = vault
        self.scope = scope

    async def pseudonymize_many(self, texts: Mapping[str, str], findings: Iterable[Any]) -> dict[str, str]:
        """``texts``: location -> text; ``findings`` carry ``location``. One vault round trip.

        Returns location -> pseudonymized text for every location given.
        """
        by_loc: dict[str, list[Any]] = {}
        for f in findings:
            loc = getattr(f, "location", None)
            if loc is not None and loc in texts:
                by_loc.setdefault(loc, []).append(f)
        plan: list[tuple[str, list[tuple[int, int, str]]]] = []
        pairs: list[tuple[str, str]] = []
        for loc, fs in by_loc.items():
            text = texts[loc]
            spans = _spans(text, fs)
            plan.append((loc, spans))
            pairs.extend((placeholder_label(e), text[s:t]) for s, t, e in spans)
        placeholders = await self.vault.placeholders(self.scope, pairs) if pairs else []
        out = dict(texts)
        k = 0
        for loc, spans in plan:
            out[loc] = replace_spans(texts[loc], spans, placeholders[k : k + len(spans)])
            k += len(spans)
        return out

    async def pseudonymize(self, text: str, findings: Iterable[Any]) -> str:
        spans = _spans(text, findings)
        if not spans:
            return text
        phs = await self.vault.placeholders(
            self.scope, [(placeholder_label(e), text[s:t]) for s, t, e in spans]
        )
        return replace_spans(text, spans, phs)

    async def restorer(self) -> Restorer:
        """Load the scope's mapping once; use it for the whole response (stream or not)."""
        return Restorer(await self.vault.mapping(self.scope))
