"""The in-process classifier: a loaded model behind the shared micro-batcher.

``Classifier.classify(texts)`` windows each text over its whole length, sends every window through the
batcher (one forward pass per batch, in a worker thread) and returns per-text, per-window scores.
"""

from __future__ import annotations

import asyncio
import os
from collections import OrderedDict
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass
from typing import Any, cast

import numpy as np

from classifiers.batcher import MicroBatcher
from classifiers.model import LoadedModel, Window, load_model

INLINE_TOKENIZE_CHARS = 4096


@dataclass(frozen=True, slots=True)
class TextScores:
    """Scores for one text: ``windows[i, j]`` = probability of ``labels[j]`` in window ``i``."""

    labels: tuple[str, ...]
    windows: np.ndarray
    spans: tuple[tuple[int, int], ...]  # character span of each window in the text

    def max_scores(self) -> dict[str, float]:
        if len(self.windows) == 0:
            return {lab: 0.0 for lab in self.labels}
        m = self.windows.max(0)
        return {lab: float(m[j]) for j, lab in enumerate(self.labels)}

    def top_window(self, label: str) -> int:
        return int(np.argmax(self.windows[:, self.labels.index(label)])) if len(self.windows) else 0

    def to_json(self, include_windows: bool = True) -> dict[str, Any]:
        out: dict[str, Any] = {"scores": {k: round(v, 6) for k, v in self.max_scores().items()}}
        out["n_windows"] = len(self.spans)
        if include_windows:
            out["windows"] = [
                {
                    "start": s,
                    "end": e,
                    "scores": {lab: round(float(self.windows[i, j]), 6) for j, lab in enumerate(self.labels)},
                }
                for i, (s, e) in enumerate(self.spans)
            ]
        return out

    @classmethod
    def from_json(cls, labels: Sequence[str], data: Mapping[str, Any]) -> TextScores:
        wins = data.get("windows") or []
        labels = tuple(labels)
        if wins:
            arr = np.array(
                [[float(w["scores"].get(lab, 0.0)) for lab in labels] for w in wins], dtype=np.float32
            )
            spans = tuple((int(w["start"]), int(w["end"])) for w in wins)
        else:
            arr = np.array([[float(data["scores"].get(lab, 0.0)) for lab in labels]], dtype=np.float32)
            spans = ((0, 0),)
        return cls(labels, arr, spans)


@dataclass(slots=True)
class ClassifierSettings:
    model_path: str | None = None  # None → the bundled artifact
    device: str = "auto"
    fp16: bool = False
    threads: int | None = None
    max_batch: int = 32
    max_wait_ms: float = 2.0
    label_map: Mapping[str, str | None] | None = None
    thresholds: Mapping[str, float] | None = None
    window_tokens: int | None = None
    window_stride: int | None = None
    max_windows: int | None = None
    # "int8": dynamic int8 quantization of the linear layers on CPU (docs/performance.md measures it);
    # "none" keeps fp32. Ignored on CUDA, where fp16 is the lever.
    quantize: str = "none"
    # windows whose scores are kept by content hash: a message repeated across turns is not re-scored
    score_cache: int = 8192

    @classmethod
    def from_mapping(cls, cfg: Mapping[str, Any] | None) -> ClassifierSettings:
        cfg = dict(cfg or {})
        known = set(cls.__dataclass_fields__)
        unknown = set(cfg) - known
        if unknown:
            raise ValueError(f"unknown classifier settings: {sorted(unknown)}")
        s = cls(**cfg)
        if s.model_path is None and os.environ.get("SAFETY_CLASSIFIER_MODEL"):
            s.model_path = os.environ["SAFETY_CLASSIFIER_MODEL"]
        return s


class ScoreCache:
    """Window scores by the window's token ids (LRU); owned by one :class:`Classifier`."""

    def __init__(self, size: int):
        self.size = max(0, int(size))
        self._rows: OrderedDict[tuple[int, ...], np.ndarray] = OrderedDict()
        self.hits = 0
        self.misses = 0

    def get(self, key: tuple[int, ...]) -> np.ndarray | None:
        row = self._rows.get(key)
        if row is None:
            self.misses += 1
            return None
        self._rows.move_to_end(key)
        self.hits += 1
        return row

    def put(self, key: tuple[int, ...], row: np.ndarray) -> None:
        if self.size == 0:
            return
        self._rows[key] = row
        self._rows.move_to_end(key)
        while len(self._rows) > self.size:
            self._rows.popitem(last=False)


class Classifier:
    def __init__(
        self, model: LoadedModel, *, max_batch: int = 32, max_wait_ms: float = 2.0, score_cache: int = 8192
    ):
        self.model = model
        score = cast(Callable[[Sequence[object]], np.ndarray], model.score_windows)  # it gets Windows
        self.batcher = MicroBatcher(score, max_batch=max_batch, max_wait_ms=max_wait_ms, name=model.name)
        self.cache = ScoreCache(score_cache)

    @classmethod
    def from_settings(cls, s: ClassifierSettings) -> Classifier:
        model = load_model(
            s.model_path,
            device=s.device,
            fp16=s.fp16,
            threads=s.threads,
            label_map=s.label_map,
            thresholds=s.thresholds,
            window_tokens=s.window_tokens,
            window_stride=s.window_stride,
            max_windows=s.max_windows,
            quantize=s.quantize,
        )
        return cls(model, max_batch=s.max_batch, max_wait_ms=s.max_wait_ms, score_cache=s.score_cache)

    @classmethod
    def from_config(cls, cfg: Mapping[str, Any] | None = None) -> Classifier:
        return cls.from_settings(ClassifierSettings.from_mapping(cfg))

    @property
    def labels(self) -> tuple[str, ...]:
        return self.model.labels

    @property
    def thresholds(self) -> dict[str, float]:
        return dict(self.model.thresholds)

    async def classify(self, texts: Sequence[str]) -> list[TextScores]:
        """Score every window of every text; concurrent callers share batches."""
        if sum(len(t) for t in texts) <= INLINE_TOKENIZE_CHARS:
            # a few KB tokenize in well under a millisecond: cheaper than a thread hop, and it lets
            # concurrent callers reach the batcher together
            wins: list[list[Window]] = [self.model.windows(t) for t in texts]
        else:
            wins = await asyncio.to_thread(lambda: [self.model.windows(t) for t in texts])
        flat = [w for ws in wins for w in ws]
        rows = np.zeros((len(flat), len(self.labels)), np.float32)
        todo = []
        for i, w in enumerate(flat):
            hit = self.cache.get(w.input_ids)
            if hit is None:
                todo.append(i)
            else:
                rows[i] = hit
        if todo:
            fresh = await self.batcher.submit([flat[i] for i in todo])
            for i, row in zip(todo, fresh, strict=True):
                rows[i] = row
                self.cache.put(flat[i].input_ids, row.copy())
        out, k = [], 0
        for ws in wins:
            out.append(TextScores(self.labels, rows[k : k + len(ws)], tuple((w.start, w.end) for w in ws)))
            k += len(ws)
        return out

    def classify_unbatched(self, texts: Sequence[str]) -> list[TextScores]:
        """Reference path: each text alone, synchronously (used by tests and benchmarks)."""
        out = []
        for t in texts:
            ws = self.model.windows(t)
            out.append(
                TextScores(self.labels, self.model.score_windows(ws), tuple((w.start, w.end) for w in ws))
            )
        return out

    async def aclose(self) -> None:
        await self.batcher.aclose()

    def info(self) -> dict[str, Any]:
        return {
            "model": self.model.name,
            "labels": list(self.labels),
            "thresholds": self.thresholds,
            "device": str(self.model.device),
            "dtype": str(self.model.dtype).replace("torch.", ""),
            "window_tokens": self.model.window_tokens,
            "window_stride": self.model.window_stride,
            "max_batch": self.batcher.max_batch,
            "max_wait_ms": self.batcher.max_wait * 1000.0,
            "quantized": self.model.quantized,
            "score_cache": {"size": self.cache.size, "hits": self.cache.hits, "misses": self.cache.misses},
        }
