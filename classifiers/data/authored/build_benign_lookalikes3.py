"""Write the hand-written rows in ``_benign3_src/`` to ``benign_lookalikes3.jsonl``.

Usage:  python classifiers/data/authored/build_benign_lookalikes3.py
Standard library only and deterministic: families in a fixed order, rows in source order.
Each ``_benign3_src/<family>.py`` defines ``ROWS``, a list of ``(lang, topic, text)``; the group is
``<family>:<lang>:<topic>``. Rows whose text (case- and whitespace-normalised) repeats another new row,
any other ``*.jsonl`` in this folder, or ``classifiers/data/curated.jsonl`` are dropped and reported.
"""

from __future__ import annotations

import collections
import importlib.util
import json
import re
from pathlib import Path

HERE = Path(__file__).resolve().parent
SRC = HERE / "_benign3_src"
OUT = HERE / "benign_lookalikes3.jsonl"
CURATED = HERE.parent / "curated.jsonl"
PROVENANCE = "authored:benign-writer-3"
FAMILIES = (
    "code",
    "log_or_api_error",
    "stack_trace",
    "config",
    "medicine_law_history",
    "security_awareness",
    "xstest_probe",
    "formatting_instruction",
    "everyday_command",
    "system_prompt",
)
LANGS = ("ko", "en")
TOPIC_RE = re.compile(r"^[a-z0-9][a-z0-9-]*$")
MAX_CHARS = 2000
# Texts removed after the fact (e.g. an overlap reported by tests/classifiers/test_heldout.py).
EXCLUDE: set[str] = set()


def norm(text: str) -> str:
    return " ".join(text.split()).lower()


def hangul(text: str) -> bool:
    return any("\uac00" <= ch <= "\ud7a3" or "\u3131" <= ch <= "\u318e" for ch in text)


def load_family(family: str) -> list[tuple[str, str, str]]:
    path = SRC / f"{family}.py"
    spec = importlib.util.spec_from_file_location(f"_benign3_{family}", path)
    if spec is None or spec.loader is None:
        raise SystemExit(f"cannot load {path}")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return list(module.ROWS)


def prior_texts() -> set[str]:
    paths = [p for p in sorted(HERE.glob("*.jsonl")) if p != OUT]
    if CURATED.exists():
        paths.append(CURATED)
    seen: set[str] = set()
    for path in paths:
        with path.open(encoding="utf-8") as fh:
            for line in fh:
                line = line.strip()
                if line:
                    text = json.loads(line).get("text")
                    if isinstance(text, str):
                        seen.add(norm(text))
    return seen


def validate(family: str, row: tuple[str, str, str]) -> None:
    if not (isinstance(row, tuple) and len(row) == 3):
        raise SystemExit(f"{family}: bad row shape {row!r:.80}")
    lang, topic, text = row
    if lang not in LANGS:
        raise SystemExit(f"{family}: bad lang {lang!r}")
    if not TOPIC_RE.match(topic):
        raise SystemExit(f"{family}: bad topic {topic!r}")
    if not isinstance(text, str) or not text.strip() or len(text) > MAX_CHARS:
        raise SystemExit(f"{family}/{topic}: empty or too long text")
    if lang == "ko" and not hangul(text):
        raise SystemExit(f"{family}/{topic}: lang ko without Hangul: {text[:60]!r}")


def main() -> None:
    prior = prior_texts()
    excluded = {norm(t) for t in EXCLUDE}
    seen: set[str] = set()
    out: list[dict[str, object]] = []
    dropped: collections.Counter[str] = collections.Counter()
    for family in FAMILIES:
        for row in load_family(family):
            validate(family, row)
            lang, topic, text = row
            key = norm(text)
            if key in excluded:
                dropped[f"{family}:excluded"] += 1
                continue
            if key in prior:
                dropped[f"{family}:prior"] += 1
                continue
            if key in seen:
                dropped[f"{family}:repeat"] += 1
                continue
            seen.add(key)
            out.append(
                {
                    "text": text,
                    "labels": [],
                    "category": "benign",
                    "family": family,
                    "lang": lang,
                    "kind": "hard_negative",
                    "group": f"{family}:{lang}:{topic}",
                    "provenance": PROVENANCE,
                }
            )
    with OUT.open("w", encoding="utf-8") as fh:
        for rec in out:
            fh.write(json.dumps(rec, ensure_ascii=False) + "\n")

    counts = collections.Counter((r["family"], r["lang"]) for r in out)
    groups = {r["group"] for r in out}
    print(f"{'family':24} {'ko':>5} {'en':>5} {'all':>5}")
    for family in FAMILIES:
        ko, en = counts[(family, "ko")], counts[(family, "en")]
        print(f"{family:24} {ko:5} {en:5} {ko + en:5}")
    n_ko = sum(v for (_, lang), v in counts.items() if lang == "ko")
    print(f"{'total':24} {n_ko:5} {len(out) - n_ko:5} {len(out):5}   groups={len(groups)}")
    if dropped:
        print("dropped:", dict(sorted(dropped.items())))
    print(f"wrote {OUT}")


if __name__ == "__main__":
    main()
