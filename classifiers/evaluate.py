"""Held-out evaluation: per-category precision / recall / F1 at the configured threshold, AUPRC, and
recall at fixed false-positive rates. Texts are scored over *all* their windows (max per label)."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import Any

import numpy as np

from classifiers.corpora import Example
from classifiers.labels import AGGREGATES
from classifiers.model import LoadedModel

FPR_POINTS = (0.01, 0.02, 0.03)


def average_precision(y: np.ndarray, s: np.ndarray) -> float:
    """Area under the precision-recall curve (step-wise average precision, as sklearn computes it)."""
    n_pos = int(y.sum())
    if n_pos == 0:
        return float("nan")
    order = np.argsort(-s, kind="mergesort")
    y, s = y[order], s[order]
    tp = np.cumsum(y)
    fp = np.cumsum(1 - y)
    # keep the last index of each run of equal scores
    last = np.r_[np.nonzero(np.diff(s))[0], len(s) - 1]
    prec = tp[last] / (tp[last] + fp[last])
    rec = tp[last] / n_pos
    rec_prev = np.r_[0.0, rec[:-1]]
    return float(np.sum((rec - rec_prev) * prec))


def recall_at_fpr(y: np.ndarray, s: np.ndarray, fpr: float) -> tuple[float, float]:
    """Best recall with false-positive rate ≤ ``fpr``; returns (recall, threshold used: score > t)."""
    neg = np.sort(s[y == 0])[::-1]
    pos = s[y == 1]
    if len(pos) == 0:
        return float("nan"), float("nan")
    if len(neg) == 0:
        return 1.0, float("-inf")
    allowed = int(np.floor(fpr * len(neg)))
    t = neg[allowed] if allowed < len(neg) else -np.inf
    return float(np.mean(pos > t)), float(t)


def binary_metrics(y: np.ndarray, s: np.ndarray, threshold: float) -> dict[str, Any]:
    pred = s >= threshold
    tp = int(np.sum(pred & (y == 1)))
    fp = int(np.sum(pred & (y == 0)))
    fn = int(np.sum(~pred & (y == 1)))
    n_neg = int(np.sum(y == 0))
    p = tp / (tp + fp) if tp + fp else 0.0
    r = tp / (tp + fn) if tp + fn else float("nan")
    f1 = 2 * p * r / (p + r) if (p + r) and not np.isnan(r) else 0.0
    out = {
        "n_pos": int(np.sum(y == 1)),
        "n_neg": n_neg,
        "threshold": round(float(threshold), 4),
        "precision": round(p, 4),
        "recall": round(r, 4) if not np.isnan(r) else None,
        "f1": round(f1, 4),
        "fpr": round(fp / n_neg, 4) if n_neg else None,
        "auprc": None,
    }
    ap = average_precision(y, s)
    out["auprc"] = None if np.isnan(ap) else round(ap, 4)
    for f in FPR_POINTS:
        rec, _ = recall_at_fpr(y, s, f)
        out[f"recall_at_{round(f * 100)}pct_fpr"] = None if np.isnan(rec) else round(rec, 4)
    return out


def score_examples(
    model: LoadedModel, examples: Sequence[Example], batch_windows: int = 64, progress: bool = False
) -> np.ndarray:
    """``[len(examples), len(labels)]``: per label, the max over the text's windows."""
    from tqdm.auto import tqdm

    wins = []
    owner = []
    for i, e in enumerate(examples):
        for w in model.windows(e.text):
            wins.append(w)
            owner.append(i)
    order = sorted(range(len(wins)), key=lambda k: len(wins[k].input_ids))
    out = np.zeros((len(examples), len(model.labels)), dtype=np.float32)
    bar = tqdm(total=len(order), desc="score", unit="win", disable=not progress, dynamic_ncols=True)
    for s in range(0, len(order), batch_windows):
        idx = order[s : s + batch_windows]
        sc = model.score_windows([wins[k] for k in idx])
        for r, k in enumerate(idx):
            o = owner[k]
            out[o] = np.maximum(out[o], sc[r])
        bar.update(len(idx))
    bar.close()
    return out


def _targets(examples: Sequence[Example], members: Sequence[str]) -> np.ndarray:
    """1 if any member label is 1; 0 if all are known 0; -1 unknown."""
    t = np.full(len(examples), -1, dtype=np.int64)
    for i, e in enumerate(examples):
        vals = [e.targets.get(m) for m in members]
        if any(v == 1 for v in vals):
            t[i] = 1
        elif all(v == 0 for v in vals):
            t[i] = 0
    return t


def evaluate(
    model: LoadedModel,
    datasets: Mapping[str, Sequence[Example]],
    thresholds: Mapping[str, float] | None = None,
    progress: bool = False,
) -> dict[str, Any]:
    thresholds = dict(model.thresholds) | dict(thresholds or {})
    labels = list(model.labels)
    names = list(datasets)
    all_ex: list[Example] = [e for n in names for e in datasets[n]]
    ds_of = np.array([n for n in names for _ in datasets[n]])
    scores = score_examples(model, all_ex, progress=progress)

    def block(mask: np.ndarray) -> dict[str, Any]:
        cats: dict[str, dict[str, Any]] = {}
        for j, lab in enumerate(labels):
            t = _targets(all_ex, [lab])
            keep = (t >= 0) & mask
            if not np.any(t[keep] == 1):
                continue
            cats[lab] = binary_metrics(t[keep], scores[keep, j], thresholds.get(lab, 0.5))
        aggs: dict[str, dict[str, Any]] = {}
        for agg, members in AGGREGATES.items():
            cols = [labels.index(m) for m in members if m in labels]
            if not cols:
                continue
            t = _targets(all_ex, [labels[c] for c in cols])
            keep = (t >= 0) & mask
            if not np.any(t[keep] == 1):
                continue
            s = scores[keep][:, cols]
            # "flagged at the configured thresholds" = any member over its own threshold
            ths = np.array([thresholds.get(labels[c], 0.5) for c in cols])
            margin = (s - ths).max(1)  # >= 0 iff any member fires
            m = binary_metrics(t[keep], s.max(1), 0.0)
            fired = binary_metrics(t[keep], margin, 0.0)
            for key in ("precision", "recall", "f1", "fpr"):
                m[key] = fired[key]
            m["threshold"] = "per-member"
            aggs[agg] = m
        return {"categories": cats, "aggregates": aggs}

    everything = block(np.ones(len(all_ex), dtype=bool))
    return {
        "model": model.name,
        "held_out_only": True,
        "datasets": {n: len(datasets[n]) for n in names},
        **everything,
        "by_dataset": {n: block(ds_of == n)["aggregates"] for n in names},
    }
