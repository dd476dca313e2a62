"""Build ``harmful_requests.jsonl`` from the hand-written rows in ``_harmful_rows/``.

Run: ``python classifiers/data/authored/_build_harmful_requests.py`` (stdlib only, deterministic).
Rows are requests for harmful help/content only; none contains operational detail.
A small seeded share of rows gets a mechanical typo/spacing variant, marked ``"augmented": true``,
in the same group as its source row.
"""

from __future__ import annotations

import importlib.util
import json
import random
import re
import sys
from collections import Counter, defaultdict
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROWS_DIR = HERE / "_harmful_rows"
OUT = HERE / "harmful_requests.jsonl"
SEED = 20261202
AUG_PER_CELL = 4  # augmented variants per (category, lang): 14*2*4 = 112 rows
PROVENANCE = "authored:harmful-writer"

CATEGORIES = (
    "violence_weapons", "cbrn", "cybercrime", "self_harm", "sexual_minors", "hate_harassment",
    "fraud_scams", "misinformation", "illegal_drugs", "discrimination", "crime", "terrorism",
    "cyberbullying", "defamation",
)
HANGUL = re.compile(r"[\uac00-\ud7a3]")


def load_parts() -> dict:
    merged: dict = defaultdict(lambda: defaultdict(lambda: defaultdict(list)))
    for path in sorted(ROWS_DIR.glob("p*.py")):
        spec = importlib.util.spec_from_file_location(path.stem, path)
        mod = importlib.util.module_from_spec(spec)
        spec.loader.exec_module(mod)
        for cat, by_lang in mod.ROWS.items():
            for lang, groups in by_lang.items():
                for key, texts in groups.items():
                    merged[cat][lang][key].extend(texts)
    return merged


def base_rows(merged: dict) -> list[dict]:
    rows = []
    for cat in CATEGORIES:
        for lang in ("en", "ko"):
            for key, texts in merged[cat][lang].items():
                act, *extra = key.split("+")
                labels = [cat] + extra
                for text in texts:
                    rows.append({
                        "text": text.strip(),
                        "labels": labels,
                        "category": cat,
                        "lang": lang,
                        "kind": "positive",
                        "group": f"{cat}:{lang}:{act}",
                        "provenance": PROVENANCE,
                    })
    return rows


def _obfuscated(text: str) -> bool:
    """Already leet/spaced/chosung rows are left alone."""
    return bool(re.search(r"[a-z][0-9][a-z]|[0-9][a-z][0-9]", text.lower())) or bool(
        re.search(r"(?:[\uac00-\ud7a3] ){4,}", text)) or bool(re.search(r"[\u3131-\u314e]{2,}", text))


def typo_en(text: str, rng: random.Random) -> str:
    words = text.split(" ")
    idx = [i for i, w in enumerate(words) if re.fullmatch(r"[A-Za-z]{4,}", w)]
    op = rng.choice(["swap", "drop", "double", "casual"])
    if op == "casual" or not idx:
        t = text.lower().replace("'", "").rstrip(".?!")
        return t.replace(" you ", " u ").replace(" your ", " ur ").replace(" please", " pls")
    i = rng.choice(idx)
    w = words[i]
    j = rng.randrange(1, len(w) - 2)
    if op == "swap":
        w = w[:j] + w[j + 1] + w[j] + w[j + 2:]
    elif op == "drop":
        w = w[:j] + w[j + 1:]
    else:
        w = w[:j] + w[j] + w[j:]
    words[i] = w
    return " ".join(words)


def typo_ko(text: str, rng: random.Random) -> str:
    op = rng.choice(["nospace", "nospace", "split", "casual"])
    if op == "nospace":
        return re.sub(r"\s+", "", text)
    if op == "casual":
        t = re.sub(r"[.?!]+$", "", text)
        return t.replace("주세요", "주세여").replace("해줘", "해죠").replace("알려줘", "알려죠").replace("써줘", "써죠")
    words = text.split(" ")
    idx = [i for i, w in enumerate(words) if len(HANGUL.findall(w)) >= 3]
    if not idx:
        return re.sub(r"\s+", "", text)
    i = rng.choice(idx)
    w = words[i]
    j = rng.randrange(1, len(w) - 1)
    words[i] = w[:j] + " " + w[j:]
    return " ".join(words)


def augment(rows: list[dict]) -> list[dict]:
    rng = random.Random(SEED)
    seen = {r["text"] for r in rows}
    out = []
    cells = defaultdict(list)
    for r in rows:
        if not _obfuscated(r["text"]):
            cells[(r["category"], r["lang"])].append(r)
    for key in sorted(cells):
        pool = cells[key][:]
        rng.shuffle(pool)
        made = 0
        for r in pool:
            if made == AUG_PER_CELL:
                break
            fn = typo_en if r["lang"] == "en" else typo_ko
            t = fn(r["text"], rng).strip()
            if t in seen or not t:
                continue
            seen.add(t)
            out.append({**r, "text": t, "augmented": True})
            made += 1
    return out


def validate(rows: list[dict]) -> None:
    errors = []
    texts = Counter(r["text"] for r in rows)
    for t, n in texts.items():
        if n > 1:
            errors.append(f"duplicate text: {t!r}")
    for r in rows:
        if r["category"] not in CATEGORIES or any(lab not in CATEGORIES for lab in r["labels"]):
            errors.append(f"bad label: {r}")
        if r["labels"][0] != r["category"] or len(set(r["labels"])) != len(r["labels"]):
            errors.append(f"label/category mismatch: {r}")
        if r["lang"] not in ("en", "ko"):
            errors.append(f"bad lang: {r}")
        if r["lang"] == "ko" and not HANGUL.search(r["text"]):
            errors.append(f"ko row without hangul: {r['text']!r}")
        if r["lang"] == "en" and HANGUL.search(r["text"]):
            errors.append(f"en row with hangul: {r['text']!r}")
        if not r["group"].startswith(f"{r['category']}:{r['lang']}:"):
            errors.append(f"bad group: {r['group']}")
    # a group names one act in one category/lang
    gl = defaultdict(set)
    for r in rows:
        gl[r["group"]].add(tuple(r["labels"]))
    for g, labs in gl.items():
        if len(labs) > 1:
            errors.append(f"group with mixed labels: {g} {labs}")
    cnt = Counter((r["category"], r["lang"]) for r in rows)
    grp = defaultdict(set)
    for r in rows:
        grp[(r["category"], r["lang"])].add(r["group"])
    for c in CATEGORIES:
        for lang in ("en", "ko"):
            if cnt[(c, lang)] < 25:
                errors.append(f"{c}/{lang}: only {cnt[(c, lang)]} rows")
            if len(grp[(c, lang)]) < 6:
                errors.append(f"{c}/{lang}: only {len(grp[(c, lang)])} groups")
    n_aug = sum(1 for r in rows if r.get("augmented"))
    if n_aug > 0.15 * len(rows):
        errors.append(f"too many augmented rows: {n_aug}/{len(rows)}")
    if len(rows) < 900:
        errors.append(f"only {len(rows)} rows")
    if errors:
        print("\n".join(errors[:50]), file=sys.stderr)
        raise SystemExit(1)


def report(rows: list[dict]) -> None:
    cnt = Counter((r["category"], r["lang"]) for r in rows)
    aug = Counter((r["category"], r["lang"]) for r in rows if r.get("augmented"))
    grp = defaultdict(set)
    for r in rows:
        grp[(r["category"], r["lang"])].add(r["group"])
    multi = Counter(tuple(r["labels"]) for r in rows if len(r["labels"]) > 1)
    print(f"{'category':18} {'en':>4} {'(aug)':>5} {'grp':>4} | {'ko':>4} {'(aug)':>5} {'grp':>4}")
    for c in CATEGORIES:
        print(f"{c:18} {cnt[(c, 'en')]:4} {aug[(c, 'en')]:5} {len(grp[(c, 'en')]):4} | "
              f"{cnt[(c, 'ko')]:4} {aug[(c, 'ko')]:5} {len(grp[(c, 'ko')]):4}")
    by_lang = Counter(r["lang"] for r in rows)
    n_aug = sum(1 for r in rows if r.get("augmented"))
    print(f"total {len(rows)} (en {by_lang['en']}, ko {by_lang['ko']}); augmented {n_aug} "
          f"({100 * n_aug / len(rows):.1f}%); groups {len({r['group'] for r in rows})}")
    print("multi-label:", dict(multi))


def main() -> None:
    rows = base_rows(load_parts())
    rows += augment(rows)
    validate(rows)
    with OUT.open("w", encoding="utf-8") as fh:
        for r in rows:
            fh.write(json.dumps(r, ensure_ascii=False) + "\n")
    # re-read to prove it parses
    back = [json.loads(line) for line in OUT.read_text(encoding="utf-8").splitlines()]
    assert back == rows
    report(back)


if __name__ == "__main__":
    main()
