"""Dynamic int8 against fp32 on the validation split: does int8 keep the accuracy, not only the speed?

ONNX Runtime dynamic int8 variants of a classifier's cached fp32 export, each scored on a seeded sample
of the *validation* split (never the held-out sets) at the model's calibrated thresholds: injection
recall, harmful recall, benign refusals, decision agreement with fp32, largest probability change, and
p50 latency for the 1 KB English bench prompt. JSON on stdout; ``--out`` writes it too. The round-5
rule (docs/classifier.md) keeps int8 only if both recalls stay within 0.005 of fp32 and benign refusals
within 0.2 points.

    .venv/bin/python bench/classifier_int8_validation.py --out bench/results/int8-validation.json
"""

from __future__ import annotations

import argparse
import random
import sys
import tempfile
import time
from collections import Counter
from pathlib import Path
from typing import Any

import numpy as np

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
sys.path.insert(0, str(Path(__file__).resolve().parent))


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--model", default=None, help="artifact directory (default: the bundled one)")
    ap.add_argument("--sample", type=int, default=2500, help="validation rows scored (seeded)")
    ap.add_argument("--threads", type=int, default=2)
    ap.add_argument("--out", default=None)
    args = ap.parse_args()

    import onnx
    from classifier_backends import EN_1KB, OrtScorer
    from classifier_common import emit, verdict_kind
    from onnxruntime.quantization import QuantType, quantize_dynamic

    from classifiers.corpora import validation_set
    from classifiers.labels import INJECTION_LABELS
    from classifiers.model import load_model

    lm = load_model(args.model, device="cpu", threads=args.threads, runtime="onnx")
    src = Path(lm.module.path)
    graph = onnx.load(str(src)).graph
    last_layer = max(int(n.name.split("layer.")[1].split("/")[0]) for n in graph.node if "layer." in n.name)
    keep_fp32 = [
        n.name
        for n in graph.node
        if n.op_type == "MatMul" and (f"layer.{last_layer}/" in n.name or "layer." not in n.name)
    ]
    tmp = Path(tempfile.mkdtemp(prefix="sg-int8-"))
    variants: dict[str, dict[str, Any]] = {
        "int8_per_tensor": {},
        "int8_per_channel": {"per_channel": True},
        "int8_per_channel_last_layer_fp32": {"per_channel": True, "nodes_to_exclude": keep_fp32},
    }
    print(f"progress: quantizing {len(variants)} variants of {src.name}", file=sys.stderr, flush=True)
    paths = {}
    for name, kw in variants.items():
        paths[name] = tmp / f"{name}.onnx"
        quantize_dynamic(str(src), str(paths[name]), weight_type=QuantType.QInt8, **kw)

    rows = validation_set()
    random.Random(5).shuffle(rows)
    rows = [e for e in rows if verdict_kind(e.targets)][: args.sample]
    kinds = np.array([verdict_kind(e.targets) for e in rows])
    thr = np.array([lm.thresholds[lab] for lab in lm.labels])
    inj = np.array([lab in INJECTION_LABELS for lab in lm.labels])

    def scores(fn: Any) -> np.ndarray:
        return np.array([fn(e.text).max(0) for e in rows])

    def metrics(s: np.ndarray) -> dict[str, float]:
        hit = s >= thr
        return {
            "injection_recall": round(float(hit[kinds == "injection"][:, inj].any(1).mean()), 4),
            "harmful_recall": round(float(hit[kinds == "harmful"][:, ~inj].any(1).mean()), 4),
            "benign_refused": round(float(hit[kinds == "benign"].any(1).mean()), 4),
        }

    def p50(fn: Any) -> float:
        for _ in range(3):
            fn(EN_1KB)
        ts = []
        for _ in range(30):
            t = time.perf_counter()
            fn(EN_1KB)
            ts.append(time.perf_counter() - t)
        return round(float(np.median(ts)) * 1000, 1)

    fp32 = lambda t: lm.score_windows(lm.windows(t))  # noqa: E731
    print(f"progress: scoring {len(rows)} validation rows with fp32", file=sys.stderr, flush=True)
    ref = scores(fp32)
    results: dict[str, dict[str, float]] = {"fp32": {**metrics(ref), "en_1kb_p50_ms": p50(fp32)}}
    ref_dec = (ref >= thr).any(1)
    for name, path in paths.items():
        print(f"progress: scoring with {name}", file=sys.stderr, flush=True)
        fn = OrtScorer(lm, path, args.threads).score
        s = scores(fn)
        results[name] = {
            **metrics(s),
            "decision_agreement": round(float(((s >= thr).any(1) == ref_dec).mean()), 4),
            "max_abs_prob_diff": round(float(np.abs(s - ref).max()), 3),
            "en_1kb_p50_ms": p50(fn),
        }
    base = results["fp32"]
    for name in paths:
        r = results[name]
        r["meets_rule"] = bool(
            r["injection_recall"] >= base["injection_recall"] - 0.005
            and r["harmful_recall"] >= base["harmful_recall"] - 0.005
            and r["benign_refused"] <= base["benign_refused"] + 0.002
        )
    report = {
        "benchmark": "classifier_int8_validation",
        "model": lm.name,
        "split": "validation",
        "rows": dict(Counter(kinds.tolist())),
        "threads": args.threads,
        "results": results,
    }
    emit(report, args.out)
    return 0


if __name__ == "__main__":
    sys.exit(main())
