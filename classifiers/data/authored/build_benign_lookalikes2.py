"""Dump the hand-written rows in ``_benign2_src/`` to ``benign_lookalikes2.jsonl``.

Run from anywhere:  python classifiers/data/authored/build_benign_lookalikes2.py
Deterministic (no randomness): rows are written in source order, family by family.
Rejects duplicates (case- and whitespace-insensitive) inside the new rows and against every other
``*.jsonl`` file in this folder, validates the fields, and prints counts per family and language.
"""

from __future__ import annotations

import collections
import importlib.util
import json
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
SRC = HERE / "_benign2_src"
OUT = HERE / "benign_lookalikes2.jsonl"
PROVENANCE = "authored:benign-writer-2"
FAMILIES = [
    "everyday_command",
    "formatting_instruction",
    "xstest_probe",
    "medicine_law_history",
    "security_awareness",
    "code",
    "config",
    "log_or_api_error",
    "stack_trace",
    "system_prompt",
]
FIELDS = ["text", "labels", "category", "family", "lang", "kind", "group", "provenance"]


def norm(text: str) -> str:
    return " ".join(text.lower().split())


def has_hangul(text: str) -> bool:
    return any("\uac00" <= c <= "\ud7a3" for c in text)


def load(family: str) -> list[tuple[str, str, str]]:
    path = SRC / f"{family}.py"
    spec = importlib.util.spec_from_file_location(f"_bl2_{family}", path)
    if spec is None or spec.loader is None:
        raise SystemExit(f"cannot load {path}")
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    rows: list[tuple[str, str, str]] = mod.ROWS
    return rows


def existing_texts() -> set[str]:
    seen: set[str] = set()
    for path in sorted(HERE.glob("*.jsonl")):
        if path == OUT:
            continue
        with path.open(encoding="utf-8") as fh:
            for line in fh:
                if line.strip():
                    seen.add(norm(json.loads(line)["text"]))
    return seen


def build() -> list[dict[str, object]]:
    others = existing_texts()
    rows: list[dict[str, object]] = []
    seen: set[str] = set()
    problems: list[str] = []
    for family in FAMILIES:
        for lang, topic, raw in load(family):
            text = raw.strip()
            key = norm(text)
            where = f"{family}: {text[:60]!r}"
            if lang not in ("en", "ko"):
                problems.append(f"bad lang {lang!r} in {where}")
            if not topic or ":" in topic or topic != topic.strip():
                problems.append(f"bad topic {topic!r} in {where}")
            if not text:
                problems.append(f"empty text in {family}")
            if lang == "ko" and not has_hangul(text):
                problems.append(f"ko row without Hangul in {where}")
            if key in seen:
                problems.append(f"duplicate text in {where}")
            if key in others:
                problems.append(f"text already in another authored jsonl: {where}")
            seen.add(key)
            rows.append(
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
    if problems:
        print("\n".join(problems))
        raise SystemExit(1)
    return rows


def validate(path: Path) -> None:
    fam_lang: collections.Counter[tuple[str, str]] = collections.Counter()
    groups: dict[str, set[str]] = collections.defaultdict(set)
    lengths: list[int] = []
    problems: list[str] = []
    with path.open(encoding="utf-8") as fh:
        for n, line in enumerate(fh, 1):
            d = json.loads(line)
            if list(d) != FIELDS:
                problems.append(f"line {n}: fields {list(d)}")
            if d["labels"] != [] or d["category"] != "benign" or d["kind"] != "hard_negative":
                problems.append(f"line {n}: not a benign hard negative")
            if d["family"] not in FAMILIES or d["provenance"] != PROVENANCE:
                problems.append(f"line {n}: family/provenance")
            if not d["group"].startswith(f"{d['family']}:{d['lang']}:"):
                problems.append(f"line {n}: group {d['group']}")
            if d["lang"] == "ko" and not has_hangul(d["text"]):
                problems.append(f"line {n}: ko row without Hangul")
            fam_lang[(d["family"], d["lang"])] += 1
            groups[d["family"]].add(d["group"])
            lengths.append(len(d["text"]))
    total = sum(fam_lang.values())
    print(f"{'family':24} {'en':>4} {'ko':>4} {'all':>4} {'ko%':>4} {'groups':>6}")
    for fam in FAMILIES:
        en, ko = fam_lang[(fam, "en")], fam_lang[(fam, "ko")]
        pct = 100 * ko // max(1, en + ko)
        print(f"{fam:24} {en:4} {ko:4} {en + ko:4} {pct:3}% {len(groups[fam]):6}")
    en_all = sum(v for (_, lang), v in fam_lang.items() if lang == "en")
    print(
        f"{'TOTAL':24} {en_all:4} {total - en_all:4} {total:4} {100 * (total - en_all) // max(1, total):3}%"
    )
    lengths.sort()
    if lengths:
        long_rows = sum(1 for x in lengths if x > 400)
        print(
            f"length min {lengths[0]} median {lengths[len(lengths) // 2]} max {lengths[-1]}; >400: {long_rows}"
        )
    if problems:
        print("\n".join(problems))
        raise SystemExit(1)
    print("OK: every line parses and the fields check out")


def main() -> int:
    rows = build()
    with OUT.open("w", encoding="utf-8") as fh:
        for r in rows:
            fh.write(json.dumps(r, ensure_ascii=False) + "\n")
    print(f"wrote {len(rows)} rows to {OUT}")
    validate(OUT)
    return 0


if __name__ == "__main__":
    sys.exit(main())
