"""The in-process classifier: a loaded model behind the shared micro-batcher.

``Classifier.classify(texts)`` windows each text over its whole length, sends the windows through the
batcher (one forward pass per batch, in a worker thread) and returns per-text, per-window scores.

One call scores at most ``max_scored_windows`` windows (:func:`select_windows`): a 400 KB prompt is
about 4,000 windows, over a minute of CPU, so past the budget every text keeps its first and last
window and the rest of the budget goes to middle windows drawn at random per call (docs/robustness.md).
"""

from __future__ import annotations

import asyncio
import os
import random
from collections import OrderedDict
from collections.abc import Callable, Mapping, Sequence
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass
from typing import Any, cast

import numpy as np

from classifiers.batcher import MicroBatcher
from classifiers.model import LoadedModel, Window, load_model

INLINE_TOKENIZE_CHARS = 4096
#: Tokenizing longer texts runs here, not on asyncio's default pool: that pool also carries a host's
#: file and audit work (spool fsyncs while PostgreSQL is down), and a classify() queued behind it waits
#: past its detector timeout (the same failure as docs/reliability.md item 18, for PII). Threads start on
#: demand; tokenizers release the GIL, so two is enough on the CPUs this runs on.
TOKENIZE_EXECUTOR = ThreadPoolExecutor(max_workers=2, thread_name_prefix="classifier-tokenize")
# Windows one classify() call scores at most: what the bundled model scores on two busy CPU cores well
# inside the detector's 5 s timeout (bench/classifier_budget.py; docs/robustness.md has the figures).
DEFAULT_MAX_SCORED_WINDOWS = 48


def select_windows(
    candidates: Sequence[Sequence[int]], budget: int, seed: int | None = None
) -> list[list[int]]:
    """Which windows to score, per text (``candidates[i]``: the sorted window indices of text ``i`` still
    to score), at most ``budget`` in all.

    Under the budget: all of them. Over it, in rounds over the texts (the last text first: the newest
    message usually carries the request): each text's first window, then its last, then its middle
    windows in an order drawn per call (``seed`` None: from the OS), so that a client cannot know
    which middle windows go unscored. Returned indices are sorted."""
    if sum(len(c) for c in candidates) <= budget:
        return [list(c) for c in candidates]
    rng = random.Random(seed)
    queues: list[list[int]] = []
    for c in candidates:
        ends = [c[0], c[-1]] if len(c) > 1 else list(c)
        queues.append(ends + rng.sample(list(c[1:-1]), min(max(len(c) - 2, 0), budget)))
    chosen: list[list[int]] = [[] for _ in candidates]
    left = budget
    for depth in range(max(len(q) for q in queues)):
        for i in reversed(range(len(queues))):
            if left == 0:
                return [sorted(c) for c in chosen]
            if depth < len(queues[i]):
                chosen[i].append(queues[i][depth])
                left -= 1
    return [sorted(c) for c in chosen]


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
    # "auto": ONNX Runtime on CPU when onnxruntime is installed and the model is fp32 (same scores,
    # ~25 % faster; exported once and cached: classifiers/onnx_runtime.py), torch otherwise and on CUDA;
    # "torch" or "onnx" to choose (an "onnx" that cannot run here is an error, not a silent fallback)
    runtime: str = "auto"
    # windows whose scores are kept by content hash: a message repeated across turns is not re-scored
    score_cache: int = 8192
    # windows one classify() call scores at most (select_windows); 0: every window, whatever it costs
    max_scored_windows: int = DEFAULT_MAX_SCORED_WINDOWS

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
        self,
        model: LoadedModel,
        *,
        max_batch: int = 32,
        max_wait_ms: float = 2.0,
        score_cache: int = 8192,
        max_scored_windows: int = DEFAULT_MAX_SCORED_WINDOWS,
    ):
        self.model = model
        self.max_scored_windows = max(0, int(max_scored_windows))
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
            runtime=s.runtime,
        )
        return cls(
            model,
            max_batch=s.max_batch,
            max_wait_ms=s.max_wait_ms,
            score_cache=s.score_cache,
            max_scored_windows=s.max_scored_windows,
        )

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
        """Score the windows of every text (all of them up to ``max_scored_windows``, else the ones
        :func:`select_windows` keeps); concurrent callers share batches."""
        if sum(len(t) for t in texts) <= INLINE_TOKENIZE_CHARS:
            # a few KB tokenize in well under a millisecond: cheaper than a thread hop, and it lets
            # concurrent callers reach the batcher together
            wins: list[list[Window]] = [self.model.windows(t) for t in texts]
        else:
            wins = await asyncio.get_running_loop().run_in_executor(
                TOKENIZE_EXECUTOR, lambda: [self.model.windows(t) for t in texts]
            )
        # Cached windows cost nothing (earlier turns of a conversation); the budget is for fresh ones.
        rows: list[list[np.ndarray | None]] = [[self.cache.get(w.input_ids) for w in ws] for ws in wins]
        fresh = [[j for j, row in enumerate(rs) if row is None] for rs in rows]
        if self.max_scored_windows and sum(len(f) for f in fresh) > self.max_scored_windows:
            fresh = select_windows(fresh, self.max_scored_windows)
        todo = [wins[i][j] for i, js in enumerate(fresh) for j in js]
        if todo:
            scored = iter(await self.batcher.submit(todo))
            for i, js in enumerate(fresh):
                for j in js:
                    row = next(scored)
                    rows[i][j] = row
                    self.cache.put(wins[i][j].input_ids, row.copy())
        out = []
        for ws, rs in zip(wins, rows, strict=True):
            kept = [j for j, row in enumerate(rs) if row is not None]  # windows left out have no row
            scores = np.array([rs[j] for j in kept], np.float32).reshape(len(kept), len(self.labels))
            out.append(TextScores(self.labels, scores, tuple((ws[j].start, ws[j].end) for j in kept)))
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
            "runtime": self.model.runtime,
            "max_scored_windows": self.max_scored_windows,
            "score_cache": {"size": self.cache.size, "hits": self.cache.hits, "misses": self.cache.misses},
        }
