"""What one request's text costs the in-process classifier, by size and shape, with and without the
window budget (``classifier.max_scored_windows``). Prints JSON.

The shapes are the red-team's hostile prompts (``1-``, ``a.``, ``010-`` repeated: nearly one token per
character) next to English and Korean prose. For each: characters, windows the whole text needs, the
seconds to tokenize it, and the seconds to score (a) every window when that stays under
``--full-cap`` windows (else extrapolated from the measured rate, marked ``estimated``) and (b) the
windows the budget keeps. ``docs/robustness.md`` quotes a run of it.

flock /tmp/heavy.lock .venv/bin/python bench/classifier_budget.py [--threads 2] [--budget 48]
"""

from __future__ import annotations

import argparse
import json
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from bench.classifier_common import PARAGRAPH, machine

KOREAN = (
    "청년 월세 특별지원 신청 방법과 제출 서류를 알려주세요. 주민센터 방문 전에 확인할 사항도 정리해 주세요. "
)


def shapes(chars: int) -> dict[str, str]:
    return {
        "digits_dashes": ("1-" * chars)[:chars],
        "email_like": ("a." * chars)[: chars - 1] + "@",
        "phone_prefix": ("010-" * chars)[:chars],
        "english": (PARAGRAPH * (chars // len(PARAGRAPH) + 1))[:chars],
        "korean": (KOREAN * (chars // len(KOREAN) + 1))[:chars],
    }


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--model", default=None)
    ap.add_argument("--threads", type=int, default=None)
    ap.add_argument("--budget", type=int, default=None, help="windows kept (default: the engine's default)")
    ap.add_argument("--sizes", default="4000,32000,400000", help="characters, comma-separated")
    ap.add_argument("--full-cap", type=int, default=200, help="score every window only up to this many")
    args = ap.parse_args()

    from classifiers.engine import DEFAULT_MAX_SCORED_WINDOWS, select_windows
    from classifiers.model import load_model

    budget = args.budget or DEFAULT_MAX_SCORED_WINDOWS
    model = load_model(args.model, threads=args.threads)
    model.score_windows(model.windows("warm up " * 50))
    out: dict[str, object] = {
        "bench": "classifier_budget",
        "model": model.name,
        "device": str(model.device),
        **machine(),
        "window_tokens": model.window_tokens,
        "window_stride": model.window_stride,
        "max_scored_windows": budget,
        "cases": [],
    }
    cases: list[dict[str, object]] = []
    for chars in (int(s) for s in args.sizes.split(",")):
        for name, text in shapes(chars).items():
            t = time.perf_counter()
            wins = model.windows(text)
            tokenize_s = time.perf_counter() - t
            case: dict[str, object] = {
                "shape": name,
                "chars": len(text),
                "windows": len(wins),
                "tokenize_s": round(tokenize_s, 3),
            }
            sample = wins[: args.full_cap]
            t = time.perf_counter()
            for i in range(0, len(sample), 32):  # the batcher's default max_batch
                model.score_windows(sample[i : i + 32])
            sample_s = time.perf_counter() - t
            rate = len(sample) / sample_s if sample_s > 0 else float("inf")
            case["windows_per_s"] = round(rate, 1)
            case["all_windows_s"] = round(len(wins) / rate, 2)
            case["all_windows_estimated"] = len(wins) > len(sample)
            kept = select_windows([list(range(len(wins)))], budget, seed=0)[0]
            t = time.perf_counter()
            chosen = [wins[i] for i in kept]
            for i in range(0, len(chosen), 32):
                model.score_windows(chosen[i : i + 32])
            case["budget_windows"] = len(chosen)
            case["budget_s"] = round(tokenize_s + time.perf_counter() - t, 3)
            cases.append(case)
            print(json.dumps(case), file=sys.stderr, flush=True)
    out["cases"] = cases
    print(json.dumps(out, indent=1))


if __name__ == "__main__":
    main()
