"""The contract between detectors and policies.

Detectors (in ``gateway/``, ``classifiers/`` or built into ``policies/``) *find*; they return
:class:`Finding` objects and never decide. The policy evaluator turns findings into a decision.
A finding never carries the raw matched text: only its type, position, score and, where a
detector wants to correlate repeats, a salted hash.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any, Literal, Protocol, runtime_checkable

Direction = Literal["input", "output"]


@dataclass(frozen=True, slots=True)
class TextItem:
    """One piece of text a detector scans.

    ``location`` names where the text sits in the request or response, in a stable JSON-path-like
    form (``messages[2].content``, ``messages[3].tool_calls[0].function.arguments``,
    ``choices[0].message.content``, ``stream``), so a finding can point back to it without
    copying it.
    """

    location: str
    text: str
    role: str | None = None  # "system" | "user" | "assistant" | "tool" | None for outputs


@dataclass(frozen=True, slots=True)
class Finding:
    """What a detector found. No raw values, ever."""

    detector: str  # detector name: "pii", "classifier", "keywords", "regex", "size", ...
    type: str  # entity type or category: "KR_RRN", "prompt_injection", "keyword", ...
    score: float  # 0.0 .. 1.0 confidence
    direction: Direction = "input"
    location: str | None = None  # TextItem.location the finding refers to
    start: int | None = None  # character offsets inside that text
    end: int | None = None
    meta: Mapping[str, Any] = field(default_factory=dict)  # counts, window index, salted hash...


class DetectorError(Exception):
    """A detector failed or timed out. The rule's ``on_error`` decides open or closed."""


@runtime_checkable
class Detector(Protocol):
    """A detector scans text items with the parameters one rule gave it.

    Implementations must be safe to call concurrently and must not block the event loop
    (CPU-heavy work goes to a thread or a batcher). They raise :class:`DetectorError` on failure.
    """

    name: str
    # Optional class attribute ``reads_seams = True``: the detector finds spans that an attacker can split
    # between two consecutive items (an RRN, a key, a marker); the runner also runs it on each join
    # (policies/runner.py, ``seams``) and reports what crosses one as a finding in each item.

    async def detect(
        self,
        items: Sequence[TextItem],
        params: Mapping[str, Any],
        direction: Direction,
    ) -> list[Finding]: ...


@dataclass(frozen=True, slots=True)
class ParamProblem:
    """A problem with a rule's ``params`` that ``policy check`` reports at the param's position.

    ``path`` is relative to ``params`` (e.g. ``("entities", 2)``).
    """

    path: tuple[str | int, ...]
    message: str
    hint: str | None = None


@runtime_checkable
class ChecksParams(Protocol):
    """Optional detector extension: validate a rule's params statically (unknown entity types,
    categories, bad regexes...). ``policy check`` and the loader call it when a detector has it."""

    def check_params(self, params: Mapping[str, Any], direction: Direction) -> list[ParamProblem]: ...
