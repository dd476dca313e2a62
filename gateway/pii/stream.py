"""Output scanning on a stream: detect and redact/mask/hash PII the model produces, chunk by chunk.

:class:`StreamPIIFilter` keeps a small tail of the stream unreleased (``holdback`` characters, enough
for any identifier and its after-context) and scans the tail together with the text before it
(kept as read-only context), so a value cut across chunks is still found whole. A candidate that
is still growing at the end of the buffer (a PEM private key, a long token) is held until it ends
or ``max_holdback`` is reached. Everything older than that is released at once.

For pattern recognizers the released text equals what the whole-text transform would give, for
any chunking (property-tested). spaCy NER sees only the window, so it is not used here unless the
caller passes NER entities on purpose.

Order on the output path of a pseudonymized request: filter the model's text (which still holds
placeholders) first, then restore placeholders (:class:`~gateway.pii.transforms.StreamRestorer`),
so only PII the model produced itself is caught, never the user's restored values.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

from .detector import PIIDetector, PIIParams, value_hash
from .engine import CONTEXT_BEFORE, Span
from .transforms import hash_values, mask, redact

_CTX = CONTEXT_BEFORE + 24  # context kept from released text (context words + look-behinds)


@dataclass(frozen=True, slots=True)
class StreamFinding:
    """A finding on the stream, with offsets into the whole streamed text; no value."""

    entity: str
    start: int
    end: int
    score: float
    hash: str


class StreamPIIFilter:
    def __init__(
        self,
        detector: PIIDetector,
        params: Mapping[str, Any] | PIIParams | None,
        action: str = "redact",
        *,
        salt: bytes | None = None,
        holdback: int = 96,
        max_holdback: int = 16_384,
    ) -> None:
        if action not in ("redact", "mask", "hash", "detect"):
            raise ValueError(f"unknown stream PII action {action!r} (redact | mask | hash | detect)")
        self.detector = detector
        self.params = params if isinstance(params, PIIParams) else detector.validate_params(params)
        self.action = action
        self.salt = salt if salt is not None else detector.salt
        self.holdback = holdback
        self.max_holdback = max_holdback
        self._ctx = ""  # released text kept for context (not re-emitted)
        self._buf = ""  # unreleased text
        self._offset = 0  # stream offset of _buf[0]
        self.findings: list[StreamFinding] = []

    def _transform(self, text: str, spans: list[Span]) -> str:
        if not spans or self.action == "detect":
            return text
        if self.action == "redact":
            return redact(text, spans)
        if self.action == "mask":
            return mask(text, spans)
        return hash_values(text, spans, self.salt)

    def _release(self, final: bool) -> str:
        if not self._buf:
            return ""
        window = self._ctx + self._buf
        base = len(self._ctx)
        spans = [s for s in self.detector.analyze(window, self.params) if s.start >= base]
        n = len(window)
        if final:
            cut = n
        else:
            cut = n - self.holdback
            if len(self._buf) > self.max_holdback:
                cut = n  # bounded memory: release, values cut here are scanned as they are
            else:
                for s in spans:  # never cut through a candidate; hold one still growing at the end
                    if s.start < cut < s.end or (s.end > n - self.holdback and s.start < cut):
                        cut = min(cut, s.start)
        if cut <= base:
            return ""
        done = [Span(s.entity, s.start - base, s.end - base, s.score, s.recognizer, s.validated, s.priority)
                for s in spans if s.end <= cut]
        out_raw = self._buf[: cut - base]
        for s in done:
            self.findings.append(StreamFinding(
                s.entity, self._offset + s.start, self._offset + s.end, s.score,
                value_hash(self.salt, s.entity, out_raw[s.start:s.end])))
        self._ctx = (self._ctx + out_raw)[-_CTX:]
        self._buf = self._buf[cut - base:]
        self._offset += len(out_raw)
        return self._transform(out_raw, done)

    def feed(self, text: str) -> str:
        if not text:
            return ""
        self._buf += text
        if len(self._buf) <= self.holdback:
            return ""
        return self._release(final=False)

    def flush(self) -> str:
        out = self._release(final=True)
        self._ctx, self._buf = "", ""
        return out
