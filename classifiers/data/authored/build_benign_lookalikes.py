"""Dump the hand-written benign look-alike rows in ``_benign_src/`` to ``benign_lookalikes.jsonl``.

Run from anywhere:  python classifiers/data/authored/build_benign_lookalikes.py
Deterministic (no randomness): rows are written in source order, family by family.
Validates the result and prints counts per family and language.
"""
from __future__ import annotations

import collections
import importlib.util
import json
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
SRC = HERE / "_benign_src"
OUT = HERE / "benign_lookalikes.jsonl"

# source file -> family id
SOURCES = [
    ("everyday_command.py", "everyday_command"),
    ("code_snippets.py", "code"),
    ("stack_trace.py", "stack_trace"),
    ("log_or_api_error.py", "log_or_api_error"),
    ("config.py", "config"),
    ("system_prompt.py", "system_prompt"),
    ("formatting_instruction.py", "formatting_instruction"),
    ("security_awareness.py", "security_awareness"),
    ("medicine_law_history.py", "medicine_law_history"),
    ("near_topic.py", "near_topic"),
    ("tool_output.py", "tool_output"),
    ("long_document_en.py", "long_document"),
    ("long_document_ko.py", "long_document"),
]
MINIMUM = {
    "everyday_command": 120, "code": 100, "stack_trace": 60, "log_or_api_error": 80, "config": 50,
    "system_prompt": 60, "formatting_instruction": 60, "security_awareness": 60,
    "medicine_law_history": 80, "near_topic": 80, "tool_output": 60, "long_document": 40,
}
FIELDS = ["text", "labels", "category", "family", "lang", "kind", "group", "provenance"]


def load(path: Path):
    spec = importlib.util.spec_from_file_location(f"_bl_{path.stem}", path)
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    return mod.ROWS


def build() -> list[dict]:
    rows, seen = [], set()
    for fname, family in SOURCES:
        for lang, topic, text in load(SRC / fname):
            text = text.strip()
            assert lang in ("en", "ko"), (fname, lang)
            assert topic and ":" not in topic, (fname, topic)
            key = " ".join(text.lower().split())
            if key in seen:
                raise SystemExit(f"duplicate text in {fname}: {text[:60]!r}")
            seen.add(key)
            rows.append({
                "text": text, "labels": [], "category": "benign", "family": family, "lang": lang,
                "kind": "hard_negative", "group": f"{family}:{lang}:{topic}",
                "provenance": "authored:benign-writer",
            })
    return rows


def validate(path: Path) -> None:
    fam_lang = collections.Counter()
    groups = collections.defaultdict(set)
    short = collections.Counter()
    problems = []
    with path.open(encoding="utf-8") as fh:
        for n, line in enumerate(fh, 1):
            d = json.loads(line)
            if list(d) != FIELDS:
                problems.append(f"line {n}: fields {list(d)}")
            if d["labels"] != [] or d["category"] != "benign" or d["kind"] != "hard_negative":
                problems.append(f"line {n}: not a benign hard negative")
            if not d["group"].startswith(f'{d["family"]}:{d["lang"]}:'):
                problems.append(f"line {n}: group {d['group']}")
            hangul = any("\uac00" <= c <= "\ud7a3" for c in d["text"])
            if d["lang"] == "ko" and not hangul:
                problems.append(f"line {n}: ko row without Hangul")
            if d["family"] == "long_document" and not 500 <= len(d["text"]) <= 3000:
                problems.append(f"line {n}: long_document length {len(d['text'])}")
            fam_lang[(d["family"], d["lang"])] += 1
            groups[d["family"]].add(d["group"])
            if 2 <= len(d["text"].split()) <= 8:
                short[d["family"]] += 1
    total = sum(fam_lang.values())
    print(f"{'family':24} {'en':>4} {'ko':>4} {'all':>4} {'min':>4} {'ko%':>4} {'groups':>6} {'2-8w':>5}")
    for fam, mn in MINIMUM.items():
        en, ko = fam_lang[(fam, "en")], fam_lang[(fam, "ko")]
        flag = "" if en + ko >= mn else "  BELOW MINIMUM"
        print(f"{fam:24} {en:4} {ko:4} {en + ko:4} {mn:4} {100 * ko // max(1, en + ko):3}% "
              f"{len(groups[fam]):6} {short[fam]:5}{flag}")
        if en + ko < mn:
            problems.append(f"{fam} below minimum")
    en_all = sum(v for (f, l), v in fam_lang.items() if l == "en")
    print(f"{'TOTAL':24} {en_all:4} {total - en_all:4} {total:4}   short(2-8 words) {sum(short.values())}")
    if problems:
        print("\n".join(problems))
        raise SystemExit(1)
    print("OK: every line parses, fields and minimums check out")


def main() -> None:
    rows = build()
    with OUT.open("w", encoding="utf-8") as fh:
        for r in rows:
            fh.write(json.dumps(r, ensure_ascii=False) + "\n")
    print(f"wrote {len(rows)} rows to {OUT}")
    validate(OUT)


if __name__ == "__main__":
    sys.exit(main())
