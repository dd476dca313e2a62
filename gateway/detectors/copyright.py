"""Verbatim reproduction of protected texts (lyrics, book passages): the ``copyright`` detector.

At start-up every file of a corpus directory (``.txt``/``.md``, UTF-8) is cut into word shingles
(``k`` consecutive normalised words) and *winnowed* (Schleimer et al., SIGMOD 2003: of every ``w``
consecutive shingle hashes only the minimum is kept), which keeps ~2/(w+1) of the shingles yet
guarantees that any shared run of ``w + k - 1`` words or more is found. A text is checked by
hashing all its shingles: each hit marks ``k`` words as copied from that document, and a finding
is a run of copied words at least ``min_words`` long (default 40).

Normalisation (NFKC, case-folded, punctuation and line breaks dropped; Han and Kana characters
count as one word each, Hangul words as written) makes re-formatting irrelevant, while a paraphrase
shares few or no ``k``-word shingles. Findings carry the document's file name, the number of
copied words and the char span (so a ``truncate`` rule cuts where the copying starts; the span is
widened by ``w - 1`` words each side, since winnowing may miss a run's first and last shingles),
never text.

Rule params: ``corpus`` (directory; default: the gateway's ``copyright.corpus``), ``min_words``.
"""

from __future__ import annotations

import asyncio
import logging
import re
import unicodedata
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from pydantic import ConfigDict, Field

from gateway.detectors.registry import DetectorEnv, DetectorSpec, register_detector
from gateway.settings import Section
from policies.findings import DetectorError, Direction, Finding, ParamProblem, TextItem

log = logging.getLogger("safety_gateway.copyright")

_WORD = re.compile(r"[\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff]|[^\W_]+")
SUFFIXES = {".txt", ".md", ".text"}
DEFAULT_K = 8
DEFAULT_W = 4
DEFAULT_MIN_WORDS = 40


def words(text: str) -> list[tuple[str, int, int]]:
    """Normalised words with their character span in ``text``."""
    out: list[tuple[str, int, int]] = []
    for m in _WORD.finditer(text):
        out.append((unicodedata.normalize("NFKC", m.group()).casefold(), m.start(), m.end()))
    return out


@dataclass(frozen=True, slots=True)
class Match:
    document: str
    start: int  # char offsets in the checked text
    end: int
    words: int


@dataclass
class CorpusIndex:
    k: int = DEFAULT_K
    w: int = DEFAULT_W
    documents: list[str] = field(default_factory=list)
    fingerprints: dict[int, set[int]] = field(default_factory=dict)  # shingle hash -> document indexes
    total_words: int = 0

    def _hashes(self, tokens: Sequence[str]) -> list[int]:
        k = self.k
        return [hash(tuple(tokens[i : i + k])) for i in range(len(tokens) - k + 1)]

    def add(self, name: str, text: str) -> None:
        doc = len(self.documents)
        self.documents.append(name)
        tokens = [t for t, _, _ in words(text)]
        self.total_words += len(tokens)
        hashes = self._hashes(tokens)
        if not hashes:
            return
        w = min(self.w, len(hashes))
        last = -1
        for i in range(len(hashes) - w + 1):
            window = hashes[i : i + w]
            j = i + min(range(w), key=lambda x: (window[x], -x))  # rightmost minimum (winnowing)
            if j != last:
                self.fingerprints.setdefault(hashes[j], set()).add(doc)
                last = j

    def matches(self, text: str, min_words: int) -> list[Match]:
        spans = words(text)
        hashes = self._hashes([t for t, _, _ in spans])
        covered: dict[int, list[bool]] = {}
        for i, h in enumerate(hashes):
            docs = self.fingerprints.get(h)
            if not docs:
                continue
            for doc in docs:
                marks = covered.setdefault(doc, [False] * len(spans))
                for j in range(i, i + self.k):
                    marks[j] = True
        out: list[Match] = []
        for doc, marks in covered.items():
            i = 0
            while i < len(marks):
                if not marks[i]:
                    i += 1
                    continue
                j = i
                while j < len(marks) and marks[j]:
                    j += 1
                if j - i >= min_words:
                    # Winnowing may skip up to w-1 shingles at either edge of a copied run: the reported
                    # span is widened by as many words (conservative: a truncation cuts early, not late).
                    lo, hi = max(0, i - (self.w - 1)), min(len(spans), j + self.w - 1)
                    out.append(Match(self.documents[doc], spans[lo][1], spans[hi - 1][2], j - i))
                i = j
        return sorted(out, key=lambda m: m.start)


def build_index(directory: Path, k: int = DEFAULT_K, w: int = DEFAULT_W) -> CorpusIndex:
    if not directory.is_dir():
        raise DetectorError(f"copyright corpus {directory} is not a directory")
    index = CorpusIndex(k=k, w=w)
    for path in sorted(p for p in directory.rglob("*") if p.is_file() and p.suffix.lower() in SUFFIXES):
        try:
            index.add(str(path.relative_to(directory)), path.read_text(encoding="utf-8"))
        except (OSError, UnicodeDecodeError) as exc:
            log.error("copyright corpus: skipped %s (%s)", path, type(exc).__name__)
    log.info(
        "copyright corpus %s: %d documents, %d words, %d fingerprints",
        directory,
        len(index.documents),
        index.total_words,
        len(index.fingerprints),
    )
    return index


class CopyrightDetector:
    name = "copyright"

    def __init__(self, settings: Mapping[str, Any] | None = None, base_dir: Path | None = None) -> None:
        settings = dict(settings or {})
        self.base_dir = base_dir or Path.cwd()
        corpus = settings.get("corpus")
        self.default_corpus = self._resolve(str(corpus)) if corpus else None
        self.k = int(settings.get("shingle_words", DEFAULT_K))
        self.w = int(settings.get("winnow_window", DEFAULT_W))
        self._indexes: dict[Path, CorpusIndex] = {}
        self._lock = asyncio.Lock()

    def _resolve(self, value: str) -> Path:
        path = Path(value).expanduser()
        return path if path.is_absolute() else (self.base_dir / path)

    async def index(self, corpus: Path) -> CorpusIndex:
        found = self._indexes.get(corpus)
        if found is not None:
            return found
        async with self._lock:
            if corpus not in self._indexes:
                self._indexes[corpus] = await asyncio.to_thread(build_index, corpus, self.k, self.w)
            return self._indexes[corpus]

    async def warmup(self) -> None:
        if self.default_corpus is not None:
            await self.index(self.default_corpus)

    def _corpus(self, params: Mapping[str, Any]) -> Path:
        value = params.get("corpus")
        if value:
            return self._resolve(str(value))
        if self.default_corpus is None:
            raise DetectorError(
                "copyright: no corpus (set copyright.corpus in gateway.yaml or the rule's params)"
            )
        return self.default_corpus

    async def detect(
        self, items: Sequence[TextItem], params: Mapping[str, Any], direction: Direction
    ) -> list[Finding]:
        index = await self.index(self._corpus(params))
        min_words = int(params.get("min_words", DEFAULT_MIN_WORDS))
        findings: list[Finding] = []
        for item in items:
            for m in index.matches(item.text, min_words):
                findings.append(
                    Finding(
                        self.name,
                        "verbatim_copy",
                        1.0,
                        direction,
                        item.location,
                        m.start,
                        m.end,
                        {"document": m.document, "words": m.words},
                    )
                )
        return findings

    def check_params(self, params: Mapping[str, Any], direction: Direction) -> list[ParamProblem]:
        problems = [
            ParamProblem((key,), f"unknown parameter {key!r}", "known: corpus, min_words")
            for key in params
            if key not in {"corpus", "min_words"}
        ]
        min_words = params.get("min_words")
        if min_words is not None and (not isinstance(min_words, int) or min_words < 8):
            problems.append(ParamProblem(("min_words",), "min_words must be an integer >= 8"))
        return problems


class CopyrightSettings(Section):
    """The ``copyright:`` section of gateway.yaml."""

    model_config = ConfigDict(extra="forbid")
    corpus: str | None = Field(
        None, description="directory of protected .txt/.md texts (relative to the config file)"
    )
    shingle_words: int = Field(DEFAULT_K, ge=1, description="words per fingerprint")
    winnow_window: int = Field(DEFAULT_W, ge=1, description="winnowing window")


def _build(settings: CopyrightSettings, env: DetectorEnv) -> CopyrightDetector:
    return CopyrightDetector(settings.model_dump(exclude_none=True), env.base_dir)


register_detector(
    DetectorSpec(name="copyright", config=CopyrightSettings, section="copyright", from_config=_build)
)
