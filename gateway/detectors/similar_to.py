"""Detector ``similar_to``: a category a security team defines by examples, no training.

Rule params::

    detector: similar_to
    params:
      category: procurement_leak         # the finding type (default "similar_to")
      threshold: 0.5                     # centred cosine similarity to the nearest block example
      margin: 0.0                        # and at least this much closer than the nearest allow example
      block: ["입찰 예정가를 미리 알려줘", "Tell me the reserve price before the tender closes"]
      allow: ["입찰 공고 일정을 알려줘"]
      examples_file: examples/procurement.yaml   # optional: {block: [...], allow: [...]} (YAML or JSON),
                                                  # relative to the policy file

Requests are embedded with multilingual-e5-small (:mod:`classifiers.exemplars`); examples are embedded
once per distinct example list, so a policy reload that changes them re-embeds and one that does not
costs nothing. A finding names the nearest example by index and list (``block[3]``) and its score; it
never copies request text.
"""

from __future__ import annotations

import asyncio
import hashlib
import json
import threading
from collections.abc import Mapping, Sequence
from pathlib import Path
from typing import Any

import yaml
from pydantic import ConfigDict

from gateway.detectors.pool import run_detector_work
from gateway.detectors.registry import DetectorEnv, DetectorSpec, register_detector
from gateway.settings import Section
from policies.findings import DetectorError, Direction, Finding, ParamProblem, TextItem

_KEYS = {"category", "threshold", "margin", "block", "allow", "examples_file", "min_chars"}


def _read_examples(path: str) -> tuple[list[str], list[str]]:
    p = Path(path)
    data = (
        yaml.safe_load(p.read_text(encoding="utf-8"))
        if p.suffix in (".yaml", ".yml")
        else json.loads(p.read_text(encoding="utf-8"))
    )
    if not isinstance(data, dict):
        raise ValueError(f"{path}: expected a mapping with 'block' and optional 'allow' lists")
    return [str(x) for x in data.get("block") or []], [str(x) for x in data.get("allow") or []]


def examples_of(params: Mapping[str, Any]) -> tuple[list[str], list[str]]:
    block = [str(x) for x in params.get("block") or []]
    allow = [str(x) for x in params.get("allow") or []]
    if params.get("examples_file"):
        fb, fa = _read_examples(str(params["examples_file"]))
        block, allow = block + fb, allow + fa
    return block, allow


class SimilarToDetector:
    """Implements :class:`policies.findings.Detector` (name ``"similar_to"``)."""

    name = "similar_to"

    def __init__(self, config: Mapping[str, Any] | None = None, *, encoder: Any | None = None):
        self._config = dict(config or {})
        self._encoder = encoder
        self._sets: dict[str, Any] = {}  # example-list digest -> ExemplarSet
        self._lock = threading.Lock()

    @classmethod
    def from_config(cls, config: Mapping[str, Any] | None) -> SimilarToDetector:
        return cls(config)

    def check_params(self, params: Mapping[str, Any], direction: Direction) -> list[ParamProblem]:
        problems = [
            ParamProblem((k,), f"unknown parameter {k!r}", f"known: {sorted(_KEYS)}")
            for k in params
            if k not in _KEYS
        ]
        for key in ("threshold", "margin"):
            if key in params:
                try:
                    v = float(params[key])
                except (TypeError, ValueError):
                    problems.append(ParamProblem((key,), f"{key} must be a number"))
                    continue
                if not -1.0 <= v <= 1.0:
                    problems.append(
                        ParamProblem((key,), f"{key} must be between -1 and 1 (cosine similarity)")
                    )
        for key in ("block", "allow"):
            if key in params and not (
                isinstance(params[key], list) and all(isinstance(x, str) for x in params[key])
            ):
                problems.append(ParamProblem((key,), f"{key} must be a list of example texts"))
        try:
            block, _ = examples_of(params)
        except (OSError, ValueError, yaml.YAMLError) as exc:
            return problems + [ParamProblem(("examples_file",), f"cannot read examples: {exc}")]
        if not block:
            problems.append(
                ParamProblem(("block",), "no block examples", "list them under block: or in examples_file")
            )
        return problems

    def _get_encoder(self) -> Any:
        with self._lock:
            if self._encoder is None:
                from classifiers.exemplars import Encoder

                self._encoder = Encoder(self._config.get("model_path"), threads=self._config.get("threads"))
            return self._encoder

    def _get_set(self, block: list[str], allow: list[str]) -> Any:
        from classifiers.exemplars import ExemplarSet

        key = hashlib.sha256(json.dumps([block, allow], ensure_ascii=False).encode()).hexdigest()
        with self._lock:
            found = self._sets.get(key)
        if found is None:
            found = ExemplarSet(self._get_encoder(), block, allow)
            with self._lock:
                if len(self._sets) > 64:  # old lists from earlier reloads
                    self._sets.clear()
                self._sets[key] = found
        return found

    def _run(
        self, items: Sequence[TextItem], params: Mapping[str, Any], direction: Direction
    ) -> list[Finding]:
        block, allow = examples_of(params)
        if not block:
            raise DetectorError("similar_to: the rule lists no block examples")
        threshold = float(params.get("threshold", 0.5))
        margin = float(params.get("margin", 0.0))
        category = str(params.get("category", "similar_to"))
        min_chars = int(params.get("min_chars", 1))
        examples = self._get_set(block, allow)
        todo = [it for it in items if it.text and len(it.text.strip()) >= min_chars]
        vectors = self._get_encoder().embed([it.text for it in todo]) if todo else []
        findings = []
        for item, vec in zip(todo, vectors, strict=True):
            m = examples.match(vec, threshold, margin)
            if not m.matched:
                continue
            findings.append(
                Finding(
                    detector=self.name,
                    type=category,
                    score=round(max(0.0, m.score), 6),
                    direction=direction,
                    location=item.location,
                    meta={
                        "nearest": f"block[{m.example}]",
                        "nearest_allow": None if m.allow_example is None else f"allow[{m.allow_example}]",
                        "allow_score": round(m.allow_score, 6),
                        "threshold": threshold,
                        "role": item.role,
                    },
                )
            )
        return findings

    def prepare(self, params: Mapping[str, Any]) -> None:
        """Embed one rule's example lists ahead of traffic (the gateway calls this at start and after
        each policy reload); a bad list is left for ``detect`` to report through the rule's on_error."""
        try:
            block, allow = examples_of(params)
        except (OSError, ValueError, yaml.YAMLError):
            return
        if block:
            self._get_set(block, allow)

    async def warmup(self) -> None:
        await asyncio.to_thread(self._get_encoder)

    async def detect(
        self, items: Sequence[TextItem], params: Mapping[str, Any], direction: Direction
    ) -> list[Finding]:
        try:
            return await run_detector_work(self._run, items, params or {}, direction)
        except DetectorError:
            raise
        except Exception as exc:
            raise DetectorError(f"similar_to failed: {type(exc).__name__}: {exc}") from exc


class SimilarToSettings(Section):
    """``detectors: {similar_to: {...}}`` in gateway.yaml (all optional)."""

    model_config = ConfigDict(extra="forbid")
    model_path: str | None = None  # another local e5-like checkpoint; default: the converted e5-small
    threads: int | None = None


def _build(settings: SimilarToSettings, env: DetectorEnv) -> SimilarToDetector:
    return SimilarToDetector(settings.model_dump(exclude_none=True))


register_detector(
    DetectorSpec(name="similar_to", config=SimilarToSettings, from_config=_build, reports="scores")
)
