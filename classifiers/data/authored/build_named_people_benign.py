"""Build named_people_benign.jsonl from hand-written rows (stdlib only, deterministic).

Rows live in _named_src/rows.py as ROWS = [(lang, topic, text), ...].
Validates rows, drops duplicates (internal and against other authored
files and curated.jsonl after whitespace+case normalisation), writes jsonl.
"""

from __future__ import annotations

import collections
import importlib.util
import json
import re
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
SRC = HERE / "_named_src" / "rows.py"
OUT = HERE / "named_people_benign.jsonl"
CURATED = HERE.parent / "curated.jsonl"
FORBIDDEN = ("김철수", "chulsoo.kim")


def norm(text: str) -> str:
    return re.sub(r"\s+", " ", text).strip().casefold()


def load_rows() -> list[tuple[str, str, str]]:
    spec = importlib.util.spec_from_file_location("named_rows", SRC)
    assert spec and spec.loader
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    return list(mod.ROWS)


def existing_texts() -> set[str]:
    seen: set[str] = set()
    paths = sorted(HERE.glob("*.jsonl")) + ([CURATED] if CURATED.exists() else [])
    for path in paths:
        if path.resolve() == OUT.resolve():
            continue
        with path.open(encoding="utf-8") as fh:
            for line in fh:
                line = line.strip()
                if not line:
                    continue
                try:
                    obj = json.loads(line)
                except json.JSONDecodeError:
                    continue
                if isinstance(obj, dict) and isinstance(obj.get("text"), str):
                    seen.add(norm(obj["text"]))
    return seen


def main() -> int:
    rows = load_rows()
    external = existing_texts()
    seen: set[str] = set()
    out: list[dict] = []
    dropped_internal = dropped_external = 0
    for i, row in enumerate(rows):
        assert isinstance(row, tuple) and len(row) == 3, f"row {i}: bad shape"
        lang, topic, text = row
        assert lang in ("ko", "en"), f"row {i}: bad lang {lang!r}"
        assert isinstance(topic, str) and topic and ":" not in topic, f"row {i}: bad topic"
        assert isinstance(text, str) and text.strip(), f"row {i}: empty text"
        assert len(text) <= 1200, f"row {i}: too long ({len(text)})"
        for bad in FORBIDDEN:
            assert bad not in text.casefold(), f"row {i}: forbidden string {bad!r}"
        if lang == "ko":
            assert re.search(r"[\uac00-\ud7a3]", text), f"row {i}: ko row without Hangul"
        key = norm(text)
        if key in seen:
            dropped_internal += 1
            continue
        if key in external:
            dropped_external += 1
            continue
        seen.add(key)
        out.append(
            {
                "text": text,
                "labels": [],
                "category": "benign",
                "family": "named_person_writing",
                "lang": lang,
                "kind": "hard_negative",
                "group": f"named_person_writing:{lang}:{topic}",
                "provenance": "authored:named-writer",
            }
        )
    with OUT.open("w", encoding="utf-8") as fh:
        for obj in out:
            fh.write(json.dumps(obj, ensure_ascii=False) + "\n")
    langs = collections.Counter(o["lang"] for o in out)
    groups = collections.Counter(o["group"] for o in out)
    print(f"source rows: {len(rows)}")
    print(f"dropped: internal-dup={dropped_internal} external-dup={dropped_external}")
    print(f"written: {len(out)} -> {OUT.name}")
    print("by lang: " + ", ".join(f"{k}={v}" for k, v in sorted(langs.items())))
    print(f"groups: {len(groups)}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
