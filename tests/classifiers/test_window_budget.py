"""The classifier's window budget: one call scores at most ``max_scored_windows`` fresh windows, so a
400 KB prompt costs seconds, not minutes (docs/robustness.md); which ones are kept is pinned here."""

from __future__ import annotations

import asyncio
import threading
from dataclasses import dataclass, field

import numpy as np

from classifiers.engine import DEFAULT_MAX_SCORED_WINDOWS, INLINE_TOKENIZE_CHARS, Classifier, select_windows
from classifiers.model import Window


def test_under_the_budget_every_window_is_kept():
    assert select_windows([[0, 1, 2], [0]], 4) == [[0, 1, 2], [0]]


def test_over_the_budget_ends_of_every_text_then_random_middles():
    picked = select_windows([list(range(100)), list(range(50))], 10, seed=1)
    assert sum(len(p) for p in picked) == 10
    for p, n in zip(picked, (100, 50), strict=True):
        assert p[0] == 0 and p[-1] == n - 1  # first and last window of each text
        assert p == sorted(set(p))


def test_the_middle_windows_differ_from_call_to_call():
    draws = {tuple(select_windows([list(range(1000))], 10)[0]) for _ in range(5)}
    assert len(draws) > 1  # a client cannot tell which middle windows go unscored


def test_more_texts_than_budget_keeps_the_newest():
    picked = select_windows([[0]] * 10, 3)
    assert picked == [[]] * 7 + [[0]] * 3


def test_first_windows_of_all_texts_before_any_last_window():
    picked = select_windows([list(range(5))] * 4, 6, seed=0)
    assert all(0 in p for p in picked)
    assert sum(4 in p for p in picked) == 2  # the two newest texts also got their last window


@dataclass
class CountingModel:
    """Stands for a loaded model: one window per 10 characters, score = window index / 10_000."""

    labels: tuple[str, ...] = ("harmful",)
    name: str = "counting"
    scored: list[int] = field(default_factory=list)

    def windows(self, text: str) -> list[Window]:
        return [
            Window((hash(text) & 0xFFFF, i), i * 10, i * 10 + 10, i) for i in range(max(1, len(text) // 10))
        ]

    def score_windows(self, windows: list[Window]) -> np.ndarray:
        self.scored.extend(w.index for w in windows)
        return np.array([[w.index / 10_000] for w in windows], dtype=np.float32)


async def test_a_long_text_costs_the_budget_not_its_length():
    model = CountingModel()
    clf = Classifier(model, max_batch=16, max_wait_ms=0.5)  # type: ignore[arg-type]
    try:
        (res,) = await clf.classify(["x" * 40_000])  # 4,000 windows
        assert len(model.scored) == DEFAULT_MAX_SCORED_WINDOWS
        assert len(res.spans) == DEFAULT_MAX_SCORED_WINDOWS == len(res.windows)
        assert res.spans[0] == (0, 10) and res.spans[-1] == (39_990, 40_000)
        # each score row belongs to its own span (window i scores i / 10_000)
        for (start, _), row in zip(res.spans, res.windows, strict=True):
            assert abs(float(row[0]) - start / 10 / 10_000) < 1e-6
    finally:
        await clf.aclose()


async def test_cached_windows_do_not_count_against_the_budget():
    model = CountingModel()
    clf = Classifier(model, max_batch=16, max_wait_ms=0.5, max_scored_windows=8)  # type: ignore[arg-type]
    try:
        history = [f"turn {i} " + "y" * 60 for i in range(6)]  # 6 windows each, 36 in all
        for n in range(1, 7):  # a conversation growing by one turn per request
            await clf.classify(history[:n])
        model.scored.clear()
        results = await clf.classify(history)  # everything is cached now: all 36 windows, none scored
        assert model.scored == []
        assert [len(r.spans) for r in results] == [6] * 6
    finally:
        await clf.aclose()


async def test_zero_means_every_window():
    model = CountingModel()
    clf = Classifier(model, max_batch=64, max_wait_ms=0.5, max_scored_windows=0)  # type: ignore[arg-type]
    try:
        (res,) = await clf.classify(["x" * 2_000])
        assert len(res.spans) == 200 == len(model.scored)
    finally:
        await clf.aclose()


async def test_a_long_text_is_tokenized_while_the_default_pool_is_full():
    """Tokenizing does not queue behind asyncio's default pool (audit spool fsyncs share it)."""
    loop = asyncio.get_running_loop()
    release = threading.Event()
    blockers = [loop.run_in_executor(None, release.wait, 30) for _ in range(64)]
    clf = Classifier(CountingModel(), max_batch=64, max_wait_ms=0.5, max_scored_windows=0)  # type: ignore[arg-type]
    try:
        text = "x" * (INLINE_TOKENIZE_CHARS + 10)  # the threaded path, not the inline one
        (res,) = await asyncio.wait_for(clf.classify([text]), 5)
        assert len(res.spans) == len(text) // 10
    finally:
        release.set()
        await asyncio.gather(*blockers)
        await clf.aclose()
