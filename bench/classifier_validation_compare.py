"""Classifier artifacts side by side on the validation split (never the held-out sets).

Each model is scored as the gateway runs it on CPU (ONNX Runtime fp32, its own calibrated thresholds) on
every validation row with a known verdict: injection recall, harmful recall, benign refusals, overall
and per language where rows carry one. The round-5 rule (docs/classifier.md) compares a 6-layer
candidate with the 8-layer one this way. JSON on stdout; ``--out`` writes it too.

    .venv/bin/python bench/classifier_validation_compare.py --model A --model B --out result.json
"""

from __future__ import annotations

import argparse
import json
import sys
import time
from collections import Counter
from pathlib import Path
from typing import Any

import numpy as np

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
sys.path.insert(0, str(Path(__file__).resolve().parent))


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--model", action="append", required=True, help="artifact directory (repeatable)")
    ap.add_argument("--threads", type=int, default=2)
    ap.add_argument("--out", default=None)
    args = ap.parse_args()

    from classifier_common import emit, verdict_kind

    from classifiers.corpora import validation_set
    from classifiers.labels import INJECTION_LABELS
    from classifiers.model import load_model

    rows = [e for e in validation_set() if verdict_kind(e.targets)]
    kinds = np.array([verdict_kind(e.targets) for e in rows])
    langs = np.array([str(e.meta.get("lang") or "?") for e in rows])
    report: dict[str, Any] = {
        "benchmark": "classifier_validation_compare",
        "split": "validation",
        "rows": dict(Counter(kinds.tolist())),
        "models": {},
    }
    for path in args.model:
        lm = load_model(path, device="cpu", threads=args.threads, runtime="onnx")
        print(f"progress: scoring {len(rows)} rows with {lm.name} ({path})", file=sys.stderr, flush=True)
        t0 = time.perf_counter()
        scores = np.array([lm.score_windows(lm.windows(e.text)).max(0) for e in rows])
        thr = np.array([lm.thresholds[lab] for lab in lm.labels])
        inj = np.array([lab in INJECTION_LABELS for lab in lm.labels])
        hit = scores >= thr

        def metrics(sel: np.ndarray, hit: np.ndarray = hit, inj: np.ndarray = inj) -> dict[str, Any]:
            out: dict[str, Any] = {}
            for k, cols, name in (
                ("injection", inj, "injection_recall"),
                ("harmful", ~inj, "harmful_recall"),
                ("benign", np.ones_like(inj), "benign_refused"),
            ):
                m = sel & (kinds == k)
                out[name] = round(float(hit[m][:, cols].any(1).mean()), 4) if m.any() else None
                out[f"n_{k}"] = int(m.sum())
            return out

        report["models"][path] = {
            "name": lm.name,
            "keep_layers": json.loads((Path(path) / "safety_classifier.json").read_text()).get("keep_layers"),
            "all": metrics(np.ones(len(rows), dtype=bool)),
            "by_lang": {lang: metrics(langs == lang) for lang in sorted(set(langs.tolist()))},
            "seconds": round(time.perf_counter() - t0, 1),
        }
    emit(report, args.out)
    return 0


if __name__ == "__main__":
    sys.exit(main())
