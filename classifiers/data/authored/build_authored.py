"""Build one authored set from its hand-written rows (stdlib only, deterministic).

    python classifiers/data/authored/build_authored.py NAME

reads ``_NAME_src/rows.py`` (``ROWS = [Row, ...]``, each a dict with ``lang``, ``labels``, ``family``,
``topic`` and ``text``; ``kind`` defaults to ``positive`` when labels are given, else ``hard_negative``),
validates every row, drops internal duplicates and texts already in another authored set or
``curated.jsonl`` (after whitespace + case folding), and writes ``NAME.jsonl``. The provenance tag is
``authored:NAME``. Writers describe who, why and how in ``NAME.md``.

One builder for every new set, so the checks are the same everywhere (older sets keep their own
``build_*.py`` scripts, which do the same and stay byte-reproducible).
"""

from __future__ import annotations

import collections
import importlib.util
import json
import re
import sys
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent
CURATED = HERE.parent / "curated.jsonl"
LANGS = ("ko", "en", "mixed")
# the classifier's own label set (classifiers/labels.py imports nothing but the standard library)
sys.path.insert(0, str(HERE.parents[2]))
from classifiers.labels import ALL_LABELS as LABELS  # noqa: E402
MAX_CHARS = 4000
HANGUL = re.compile(r"[\uac00-\ud7a3]")


def norm(text: str) -> str:
    return re.sub(r"\s+", " ", text).strip().casefold()


def load_rows(name: str) -> list[dict[str, Any]]:
    src = HERE / f"_{name}_src" / "rows.py"
    if not src.exists():
        raise SystemExit(f"no rows: {src} does not exist")
    spec = importlib.util.spec_from_file_location(f"{name}_rows", src)
    assert spec and spec.loader
    mod = importlib.util.module_from_spec(spec)
    sys.path.insert(0, str(src.parent))
    try:
        spec.loader.exec_module(mod)
    finally:
        sys.path.remove(str(src.parent))
    return list(mod.ROWS)


def existing_texts(out: Path) -> set[str]:
    seen: set[str] = set()
    paths = sorted(HERE.glob("*.jsonl")) + ([CURATED] if CURATED.exists() else [])
    for path in paths:
        if path.resolve() == out.resolve():
            continue
        for line in path.read_text(encoding="utf-8").splitlines():
            if not line.strip():
                continue
            try:
                obj = json.loads(line)
            except json.JSONDecodeError:
                continue
            if isinstance(obj, dict) and isinstance(obj.get("text"), str):
                seen.add(norm(obj["text"]))
    return seen


def validate(i: int, row: Any) -> dict[str, Any]:
    if not isinstance(row, dict):
        raise SystemExit(f"row {i}: not a dict")
    missing = {"lang", "labels", "family", "topic", "text"} - set(row)
    if missing:
        raise SystemExit(f"row {i}: missing {sorted(missing)}")
    lang, labels, family, topic, text = (row[k] for k in ("lang", "labels", "family", "topic", "text"))
    if lang not in LANGS:
        raise SystemExit(f"row {i}: lang {lang!r} not in {LANGS}")
    if not isinstance(labels, list) or any(lab not in LABELS for lab in labels):
        raise SystemExit(f"row {i}: labels {labels!r} must be a list drawn from {LABELS}")
    for key, value in (("family", family), ("topic", topic)):
        if not isinstance(value, str) or not value or ":" in value:
            raise SystemExit(f"row {i}: {key} must be a non-empty string without ':'")
    if not isinstance(text, str) or not text.strip():
        raise SystemExit(f"row {i}: empty text")
    if len(text) > MAX_CHARS:
        raise SystemExit(f"row {i}: {len(text)} characters (at most {MAX_CHARS})")
    if lang in ("ko", "mixed") and not HANGUL.search(text):
        raise SystemExit(f"row {i}: {lang} row without Hangul")
    kind = row.get("kind") or ("positive" if labels else "hard_negative")
    if kind not in ("positive", "hard_negative"):
        raise SystemExit(f"row {i}: kind {kind!r}")
    return {"lang": lang, "labels": labels, "family": family, "topic": topic, "text": text, "kind": kind}


def build(name: str) -> int:
    out_path = HERE / f"{name}.jsonl"
    external = existing_texts(out_path)
    seen: set[str] = set()
    out: list[dict[str, Any]] = []
    dropped_internal = dropped_external = 0
    for i, raw in enumerate(load_rows(name)):
        row = validate(i, raw)
        key = norm(row["text"])
        if key in seen:
            dropped_internal += 1
            continue
        if key in external:
            dropped_external += 1
            continue
        seen.add(key)
        out.append(
            {
                "text": row["text"],
                "labels": row["labels"],
                "category": ",".join(row["labels"]) or "benign",
                "family": row["family"],
                "lang": row["lang"],
                "kind": row["kind"],
                "group": f"{row['family']}:{row['lang']}:{row['topic']}",
                "provenance": f"authored:{name}",
            }
        )
    with out_path.open("w", encoding="utf-8") as fh:
        for obj in out:
            fh.write(json.dumps(obj, ensure_ascii=False) + "\n")
    by = collections.Counter((o["lang"], o["family"], "pos" if o["labels"] else "neg") for o in out)
    print(f"{name}: {len(out)} rows written to {out_path.name}")
    print(f"dropped: internal-dup={dropped_internal} external-dup={dropped_external}")
    for (lang, family, kind), n in sorted(by.items()):
        print(f"  {lang:5} {family:32} {kind}: {n}")
    return 0


def main(argv: list[str]) -> int:
    if len(argv) != 1 or not re.fullmatch(r"[a-z0-9_]+", argv[0]):
        print(__doc__, file=sys.stderr)
        return 2
    return build(argv[0])


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
