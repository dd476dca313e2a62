"""Build injections2.jsonl: indirect injections in documents and tool outputs, each with a benign twin.

    python classifiers/data/authored/build_injections2.py          # write + validate + print counts
    python classifiers/data/authored/build_injections2.py --check  # validate the written file only

The text lives in _inj2_src/*.py. Each host is (host_id, text, slots); the text holds markers
@@1@@, @@2@@, @@3@@. Each slot is (marker, injection, benign). For a slot the builder writes:
  * a positive row: the host with the injection at that marker, other markers removed;
  * a hard-negative twin: the same host with the benign sentence at that marker ("" = nothing).
Both rows share group "<family>:<lang>:<host id>". Deterministic: no randomness; rows come out in
source order (positive then twin). Exact duplicate texts are dropped (first one kept) and reported.
"""

from __future__ import annotations

import argparse
import collections
import json
import re
import sys
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

from _inj2_src import en_docs, en_tools, ko_docs, ko_tools  # noqa: E402

PROV = "authored:injection-writer-2"
OUT = HERE / "injections2.jsonl"
MAX_CHARS = 900
MARKER = re.compile(r"@@(\d)@@")
HANGUL = re.compile(r"[\uac00-\ud7a3]")
SOURCES = [
    ("ko", "document", ko_docs.DOCS),
    ("ko", "tool_output", ko_tools.TOOLS),
    ("en", "document", en_docs.DOCS),
    ("en", "tool_output", en_tools.TOOLS),
]


def fill(text: str, marker: str, insert: str) -> str:
    """Put `insert` at @@marker@@, drop the other markers (a line holding only a marker goes)."""
    if f"@@{marker}@@" not in text:
        raise ValueError(f"marker @@{marker}@@ missing")
    lines = []
    for line in text.split("\n"):
        if MARKER.fullmatch(line.strip()) and line.strip() != f"@@{marker}@@":
            continue
        lines.append(line)
    out = "\n".join(lines).replace(f"@@{marker}@@", insert)
    out = MARKER.sub("", out)
    return out.strip()


def build() -> tuple[list[dict[str, Any]], list[str]]:
    rows: list[dict[str, Any]] = []
    notes: list[str] = []
    seen: set[str] = set()
    host_ids: set[tuple[str, str]] = set()
    for lang, family, hosts in SOURCES:
        for host_id, text, slots in hosts:
            key = (lang, host_id)
            if key in host_ids:
                raise ValueError(f"duplicate host id {lang}:{host_id}")
            host_ids.add(key)
            group = f"{family}:{lang}:{host_id}"
            for marker, injection, benign in slots:
                if not injection.strip():
                    raise ValueError(f"{group}: empty injection")
                pos = fill(text, marker, injection)
                neg = fill(text, marker, benign)
                pair = [
                    (pos, ["prompt_injection"], "prompt_injection", family, "positive"),
                    (neg, [], "benign", f"{family}_benign", "hard_negative"),
                ]
                if pos in seen or neg in seen:
                    notes.append(f"{group} @@{marker}@@: duplicate text, pair dropped")
                    continue
                for t, labels, cat, fam, kind in pair:
                    seen.add(t)
                    rows.append(
                        {
                            "text": t,
                            "labels": labels,
                            "category": cat,
                            "family": fam,
                            "lang": lang,
                            "kind": kind,
                            "group": group,
                            "provenance": PROV,
                        }
                    )
    return rows, notes


def validate(rows: list[dict[str, Any]]) -> list[str]:
    errors: list[str] = []
    texts: set[str] = set()
    by_group: dict[str, collections.Counter[str]] = collections.defaultdict(collections.Counter)
    for i, r in enumerate(rows):
        t = r["text"]
        where = f"row {i} ({r['group']})"
        if t in texts:
            errors.append(f"{where}: duplicate text")
        texts.add(t)
        if len(t) > MAX_CHARS:
            errors.append(f"{where}: {len(t)} chars > {MAX_CHARS}")
        if MARKER.search(t):
            errors.append(f"{where}: marker left in text")
        if r["lang"] == "ko" and not HANGUL.search(t):
            errors.append(f"{where}: ko row without Hangul")
        if r["lang"] == "en" and HANGUL.search(t):
            errors.append(f"{where}: en row with Hangul")
        if r["provenance"] != PROV:
            errors.append(f"{where}: provenance")
        if r["kind"] == "positive":
            ok = r["labels"] == ["prompt_injection"] and r["category"] == "prompt_injection"
            ok = ok and r["family"] in ("document", "tool_output")
        else:
            ok = r["kind"] == "hard_negative" and r["labels"] == [] and r["category"] == "benign"
            ok = ok and r["family"] in ("document_benign", "tool_output_benign")
        if not ok:
            errors.append(f"{where}: inconsistent label/category/family/kind")
        fam = r["family"].removesuffix("_benign")
        if not r["group"].startswith(f"{fam}:{r['lang']}:"):
            errors.append(f"{where}: group does not match family/lang")
        by_group[r["group"]][r["kind"]] += 1
    for g, c in by_group.items():
        if c["positive"] != c["hard_negative"]:
            errors.append(f"group {g}: {c['positive']} positives vs {c['hard_negative']} twins")
    return errors


def report(rows: list[dict[str, Any]]) -> None:
    counts = collections.Counter((r["family"], r["lang"], r["kind"]) for r in rows)
    print(f"{'family':<20} {'lang':<4} {'label':<14} rows")
    for (fam, lang, kind), n in sorted(counts.items()):
        print(f"{fam:<20} {lang:<4} {kind:<14} {n}")
    pos = [r for r in rows if r["kind"] == "positive"]
    ko = sum(r["lang"] == "ko" for r in pos)
    lengths = sorted(len(r["text"]) for r in rows)
    print(f"total {len(rows)} rows: {len(pos)} positives, {len(rows) - len(pos)} twins")
    print(f"korean share of positives: {ko / max(len(pos), 1):.1%}")
    print(f"groups: {len({r['group'] for r in rows})}")
    print(f"length min/median/max: {lengths[0]} / {lengths[len(lengths) // 2]} / {lengths[-1]}")
    short = sum(150 <= n <= 500 for n in lengths)
    print(f"rows of 150-500 chars: {short}; under 150: {sum(n < 150 for n in lengths)}")


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("--check", action="store_true", help="validate the written file only")
    args = ap.parse_args()
    if args.check:
        rows = [json.loads(line) for line in OUT.read_text(encoding="utf-8").splitlines()]
    else:
        rows, notes = build()
        for n in notes:
            print("note:", n)
    errors = validate(rows)
    for e in errors:
        print("ERROR:", e)
    if errors:
        return 1
    if not args.check:
        with OUT.open("w", encoding="utf-8") as f:
            for r in rows:
                f.write(json.dumps(r, ensure_ascii=False) + "\n")
        print(f"wrote {OUT.name}")
    report(rows)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
