"""Build harmful_requests2.jsonl from hand-written rows in _harmful2_src/rows.py.

Stdlib only, deterministic. Validates labels, kinds and duplicates (within this file and
against every other authored *.jsonl plus data/curated.jsonl), then writes the jsonl and
prints counts. Rows that duplicate an existing text elsewhere are dropped and reported.
"""

from __future__ import annotations

import json
import re
import sys
from collections import Counter
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE / "_harmful2_src"))

import rows as src  # noqa: E402

OUT = HERE / "harmful_requests2.jsonl"
CURATED = HERE.parent / "curated.jsonl"
PROVENANCE = "authored:harmful-writer-2"
LABELS = {
    "violence_weapons", "cbrn", "cybercrime", "self_harm", "sexual_minors", "hate_harassment",
    "fraud_scams", "misinformation", "illegal_drugs", "discrimination", "crime", "terrorism",
    "cyberbullying", "defamation",
}


def norm(text: str) -> str:
    return re.sub(r"\s+", " ", text).strip().casefold()


def existing_texts() -> set[str]:
    seen: set[str] = set()
    paths = [p for p in sorted(HERE.glob("*.jsonl")) if p != OUT]
    if CURATED.exists():
        paths.append(CURATED)
    for path in paths:
        with path.open(encoding="utf-8") as fh:
            for line in fh:
                line = line.strip()
                if line:
                    seen.add(norm(json.loads(line).get("text", "")))
    return seen


def build() -> list[dict]:
    out: list[dict] = []
    for category, by_lang in src.HARMFUL.items():
        assert category in LABELS, category
        for lang, acts in by_lang.items():
            assert lang in ("ko", "en"), lang
            for act_key, texts in acts.items():
                act, *extra = act_key.split("+")
                labels = [category, *extra]
                assert all(lab in LABELS for lab in labels), act_key
                assert len(set(labels)) == len(labels) <= 2, act_key
                for text in texts:
                    out.append({
                        "text": text.strip(), "labels": labels, "category": category, "lang": lang,
                        "kind": "positive", "group": f"{category}:{lang}:{act}",
                        "provenance": PROVENANCE,
                    })
    for lang, topics in src.BENIGN.items():
        assert lang in ("ko", "en"), lang
        for topic, texts in topics.items():
            for text in texts:
                out.append({
                    "text": text.strip(), "labels": [], "category": "benign", "lang": lang,
                    "kind": "hard_negative", "group": f"benign:{lang}:{topic}",
                    "provenance": PROVENANCE,
                })
    return out


def main() -> None:
    rows = build()
    other = existing_texts()
    seen: set[str] = set()
    kept: list[dict] = []
    dropped_dup, dropped_ext = [], []
    for r in rows:
        assert r["text"], r
        key = norm(r["text"])
        if key in seen:
            dropped_dup.append(r["text"])
            continue
        if key in other:
            dropped_ext.append(r["text"])
            continue
        seen.add(key)
        kept.append(r)
    if dropped_dup:
        raise SystemExit(f"duplicate texts inside rows.py: {dropped_dup}")
    with OUT.open("w", encoding="utf-8") as fh:
        for r in kept:
            fh.write(json.dumps(r, ensure_ascii=False) + "\n")
    print(f"wrote {len(kept)} rows to {OUT.name} (dropped {len(dropped_ext)} already in other files)")
    for t in dropped_ext:
        print("  dropped (exists elsewhere):", t)
    by = Counter((r["kind"], r["lang"]) for r in kept)
    for k in sorted(by):
        print(f"  {k[0]:13s} {k[1]}: {by[k]}")
    cat = Counter((r["category"], r["lang"]) for r in kept)
    for k in sorted(cat):
        print(f"  {k[0]:17s} {k[1]}: {cat[k]}")
    labs = Counter(lab for r in kept for lab in r["labels"])
    print("  label counts:", dict(sorted(labs.items())))
    print("  groups:", len({r["group"] for r in kept}), " two-label rows:", sum(len(r["labels"]) == 2 for r in kept))


if __name__ == "__main__":
    main()
