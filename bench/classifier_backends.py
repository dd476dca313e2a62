"""Classifier backends side by side in one run: torch fp32, torch dynamic int8, ONNX Runtime fp32 / int8.

For a 1 KB English prompt and a 600-character Korean prompt (the issue's sizes) it prints, per backend,
p50/p99 latency of scoring the whole text (all windows, batch 1, the gateway's path without the
batcher), and agreement with torch fp32 on a sample of held-out texts (same refusal decision; largest
probability difference). JSON on stdout; ``--out`` writes it too.

``onnxruntime_fp32`` is the wired runtime (``classifier.runtime: auto`` on CPU, the gateway's default:
``load_model(runtime="auto")``, the cached export of classifiers/onnx_runtime.py behind the same
``score_windows``); ``gateway_runtime`` in the JSON says which one ``auto`` picked here.

    .venv/bin/python bench/classifier_backends.py --threads 2 --out bench/results/classifier-backends.json
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import sys
import tempfile
import time
from pathlib import Path

import numpy as np

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

EN_1KB = (
    "Our team is migrating the billing service from the old virtual machines to the Kubernetes cluster. "
    "The plan covers storage, networking, secrets and the rollback procedure. Could you review the steps "
    "below and point out anything risky? First we snapshot the database and copy it to the new volume. "
    "Then we deploy the service with two replicas behind the internal load balancer and run the smoke "
    "tests. If the error rate stays under one percent for an hour we switch the DNS record and keep the "
    "old machines for a week. Finally we remove the old cron jobs and update the runbook. Please also "
    "suggest what we should monitor during the first day, and whether one hour is long enough to decide."
)[:1000].ljust(1000, " ")
KO_600 = (
    "행정안전부는 지방자치단체의 디지털 전환을 지원하기 위해 올해 관련 예산을"
    " 확대하고, 민원 서비스의 접근성을 높이는 방안을 추진한다고 밝혔다. 이"
    "번 계획에는 노후 전산 장비 교체, 클라우드 전환 컨설팅, 공무원 대상 "
    "디지털 역량 교육이 포함된다. 특히 고령층과 장애인이 온라인 민원을 쉽게"
    " 이용할 수 있도록 화면 구성을 단순화하고, 음성 안내 기능을 확대한다."
    " 각 지자체는 다음 달 말까지 세부 추진 계획을 제출해야 하며, 부처는 "
    "제출된 계획을 검토한 뒤 우수 사례를 선정해 추가 예산을 배정할 예정이다"
    ". 담당 부서는 추진 과정에서 개인정보 보호와 정보보안 점검을 병행하고,"
    " 분기마다 추진 실적을 공개하겠다고 설명했다. 자세한 내용은 누리집 공지"
    "사항을 참고하기 바란다."
)[:600]


def _version(dist: str) -> str | None:
    from importlib.metadata import PackageNotFoundError, version

    try:
        return version(dist)
    except PackageNotFoundError:
        return None


def _percentiles(ts: list[float]) -> dict[str, float]:
    a = np.array(ts) * 1000.0
    return {"p50_ms": round(float(np.percentile(a, 50)), 2), "p99_ms": round(float(np.percentile(a, 99)), 2)}


def _time(fn, text: str, n: int) -> dict[str, float]:
    for _ in range(5):
        fn(text)
    ts = []
    for _ in range(n):
        t = time.perf_counter()
        fn(text)
        ts.append(time.perf_counter() - t)
    return _percentiles(ts)


class OrtScorer:
    """The same windows through an ONNX Runtime session of the classifier module."""

    def __init__(self, lm, path: Path, threads: int):
        import onnxruntime as ort

        opts = ort.SessionOptions()
        opts.intra_op_num_threads = threads
        opts.graph_optimization_level = ort.GraphOptimizationLevel.ORT_ENABLE_ALL
        opts.add_session_config_entry("session.intra_op.allow_spinning", "0")  # as the wired runtime
        self.sess = ort.InferenceSession(str(path), opts, providers=["CPUExecutionProvider"])
        self.lm = lm

    def score(self, text: str) -> np.ndarray:
        wins = self.lm.windows(text)
        ids, mask = self.lm.collate(wins)
        logits = self.sess.run(None, {"input_ids": ids.numpy(), "attention_mask": mask.numpy()})[0]
        return 1.0 / (1.0 + np.exp(-logits))


def export_onnx(lm, out: Path) -> Path:
    import torch

    ids, mask = lm.collate(lm.windows("hello world, this is an export sample"))
    torch.onnx.export(
        lm.module,
        (ids, mask),
        str(out),
        input_names=["input_ids", "attention_mask"],
        output_names=["logits"],
        dynamic_axes={"input_ids": {0: "b", 1: "t"}, "attention_mask": {0: "b", 1: "t"}, "logits": {0: "b"}},
        opset_version=17,
        dynamo=False,
    )
    return out


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--model", default=None, help="artifact directory (default: the bundled one)")
    ap.add_argument("--threads", type=int, default=2)
    ap.add_argument("-n", type=int, default=60, help="timed runs per text and backend")
    ap.add_argument("--sample", type=int, default=300, help="held-out texts for the agreement check")
    ap.add_argument("--out", default=None)
    ap.add_argument(
        "--only",
        default=None,
        help="comma-separated backends to build and time (e.g. torch_fp32), each alone in its process",
    )
    args = ap.parse_args()

    import torch

    from classifiers import heldout
    from classifiers.model import load_model

    torch.set_num_threads(args.threads)
    only = set(args.only.split(",")) if args.only else None

    def want(name: str) -> bool:
        return only is None or name in only

    fp32 = load_model(args.model, device="cpu", threads=args.threads, runtime="torch")
    thr = np.array([fp32.thresholds[lab] for lab in fp32.labels])
    reference = lambda t: fp32.score_windows(fp32.windows(t))  # noqa: E731
    backends = {"torch_fp32": reference}
    if want("torch_int8_dynamic"):
        int8 = load_model(args.model, device="cpu", threads=args.threads, quantize="int8", runtime="torch")
        backends["torch_int8_dynamic"] = lambda t: int8.score_windows(int8.windows(t))
    tmp = Path(tempfile.mkdtemp(prefix="sg-onnx-"))
    notes: dict[str, str] = {}
    from classifiers.onnx_runtime import resolve_runtime

    gateway_runtime = resolve_runtime("auto", torch.device("cpu"), "none")
    wired = None
    if want("onnxruntime_fp32") or want("onnxruntime_int8_dynamic"):
        wired = load_model(args.model, device="cpu", threads=args.threads, runtime="auto")
        if wired.runtime == "onnx":
            backends["onnxruntime_fp32"] = lambda t: wired.score_windows(wired.windows(t))
        else:
            notes["onnxruntime_fp32"] = f"runtime auto picked {wired.runtime!r} here"
    if want("onnxruntime_int8_dynamic"):
        try:
            cached = wired is not None and wired.runtime == "onnx"
            onnx_path = wired.module.path if cached else export_onnx(fp32, tmp / "c.onnx")
            from onnxruntime.quantization import QuantType, quantize_dynamic

            q_path = tmp / "classifier-int8.onnx"
            quantize_dynamic(str(onnx_path), str(q_path), weight_type=QuantType.QInt8)
            ort_int8 = OrtScorer(fp32, q_path, args.threads)
            backends["onnxruntime_int8_dynamic"] = ort_int8.score
        except Exception as exc:  # noqa: BLE001 - a missing optional runtime is reported, not fatal
            notes["onnxruntime"] = f"not measured: {type(exc).__name__}: {exc}"
    backends = {name: fn for name, fn in backends.items() if want(name)}

    items = heldout.load()
    rng = np.random.default_rng(7)
    sample = [items[i].text for i in rng.choice(len(items), size=min(args.sample, len(items)), replace=False)]
    ref = [reference(t).max(0) for t in sample]
    ref_dec = np.array([bool((r >= thr).any()) for r in ref])
    results: dict[str, dict] = {}
    for name, fn in backends.items():
        got = [fn(t).max(0) for t in sample]
        dec = np.array([bool((g >= thr).any()) for g in got])
        # One backend after the other (interleaving torch and onnxruntime runs in one process makes their
        # thread pools fight: torch's p50 went from ~0.3 s to ~1.9 s on the busy 2-core box).
        results[name] = {
            "en_1kb": _time(fn, EN_1KB, args.n),
            "ko_600": _time(fn, KO_600, args.n),
            "decision_agreement_with_fp32": round(float(np.mean(dec == ref_dec)), 4),
            "max_abs_prob_diff": round(
                float(max((np.abs(g - r).max() for g, r in zip(got, ref, strict=True)), default=0.0)), 4
            ),
        }
    report = {
        "benchmark": "classifier_backends",
        "model": fp32.name,
        "gateway_runtime": gateway_runtime,
        "threads": args.threads,
        "windows": {"en_1kb": len(fp32.windows(EN_1KB)), "ko_600": len(fp32.windows(KO_600))},
        "tokens": {
            "en_1kb": sum(len(w.input_ids) for w in fp32.windows(EN_1KB)),
            "ko_600": sum(len(w.input_ids) for w in fp32.windows(KO_600)),
        },
        "sample_texts": len(sample),
        "machine": {
            "cpu_count": os.cpu_count(),
            "python": platform.python_version(),
            "torch": torch.__version__,
            "onnxruntime": _version("onnxruntime"),
            "load_average": [round(x, 2) for x in os.getloadavg()],
        },
        "results": results,
        "notes": notes,
    }
    text = json.dumps(report, indent=2)
    print(text)
    if args.out:
        Path(args.out).write_text(text + "\n")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
