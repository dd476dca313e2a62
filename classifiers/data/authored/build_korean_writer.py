"""Build korean_prose.jsonl and injections.jsonl from the hand-written rows in _kw_*.py.

    python classifiers/data/authored/build_korean_writer.py          # write + validate
    python classifiers/data/authored/build_korean_writer.py --check  # validate only

Deterministic: no randomness; the order of the rows is the order in the source files.
Also writes korean_writer_doc_hosts.tsv: which benign host document each `document`
injection was planted in, so a splitter can keep a host and its injected copies together.
"""

from __future__ import annotations

import argparse
import collections
import json
import re
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

import _kw_direct  # noqa: E402
import _kw_documents  # noqa: E402
import _kw_everyday  # noqa: E402
import _kw_hosts_extra  # noqa: E402
import _kw_long_public  # noqa: E402
import _kw_public  # noqa: E402
import _kw_tech  # noqa: E402
import _kw_tool  # noqa: E402

PROV = "authored:korean-writer"
LABEL = {"pi": "prompt_injection", "jb": "jailbreak"}
PROSE_PATH = HERE / "korean_prose.jsonl"
INJ_PATH = HERE / "injections.jsonl"
HOSTS_PATH = HERE / "korean_writer_doc_hosts.tsv"
CURATED = HERE.parent / "curated.jsonl"


def benign_rows() -> list[dict]:
    sources = [
        ("public_sector_prose", _kw_long_public.LONG_PUBLIC),
        ("public_sector_prose", _kw_hosts_extra.KO_APPLICATIONS),
        ("public_sector_prose", _kw_public.MEDIUM_PUBLIC),
        ("public_sector_prose", _kw_public.SHORT_PUBLIC),
        ("technical_prose", _kw_tech.LONG_TECH),
        ("technical_prose", _kw_tech.MEDIUM_TECH),
        ("technical_prose", _kw_tech.SHORT_TECH),
        ("everyday_ko", _kw_everyday.EVERYDAY),
        ("override_lookalike", _kw_everyday.OVERRIDE_LOOKALIKE),
    ]
    rows = []
    for family, items in sources:
        for topic, text in items:
            rows.append(
                {
                    "text": text.strip(),
                    "labels": [],
                    "category": "benign",
                    "family": family,
                    "lang": "ko",
                    "kind": "hard_negative",
                    "group": f"{family}:ko:{topic}",
                    "provenance": PROV,
                }
            )
    return rows


def _hosts() -> dict[str, tuple[str, str]]:
    """host_id -> (text, group id of the benign row it also appears as, or an en-host tag)."""
    out: dict[str, tuple[str, str]] = {}
    for topic, text in _kw_long_public.LONG_PUBLIC + _kw_hosts_extra.KO_APPLICATIONS:
        out[topic] = (text, f"public_sector_prose:ko:{topic}")
    for topic, text in _kw_public.MEDIUM_PUBLIC:
        out[topic] = (text, f"public_sector_prose:ko:{topic}")
    for topic, text in _kw_tech.LONG_TECH + _kw_tech.MEDIUM_TECH:
        out[topic] = (text, f"technical_prose:ko:{topic}")
    for topic, text in _kw_hosts_extra.EN_HOSTS:
        out[topic] = (text, f"en-host:{topic}")  # English hosts are not in korean_prose.jsonl
    return out


def _plant(host: str, position, cut, planted: str) -> str:
    if isinstance(position, str) and re.fullmatch(r"s\d+", position):
        # "sK": bury the planted sentence inside the running text, after sentence K
        sents = re.split(r"(?<=[.])\s+", host.strip())
        k = int(position[1:])
        if not 0 < k < len(sents):
            raise ValueError(f"sentence position {position} out of range for {len(sents)} sentences")
        return " ".join(sents[:k] + [planted.strip()] + sents[k:])
    paras = host.strip().split("\n\n")
    if cut is not None:
        paras = paras[cut[0] : cut[1]]
    if position == "start":
        i = 0
    elif position == "end":
        i = len(paras)
    elif position == "middle":
        i = len(paras) // 2
    else:
        i = int(position)
        if not 0 <= i <= len(paras):
            raise ValueError(f"position {position} out of range for {len(paras)} paragraphs")
    return "\n\n".join(paras[:i] + [planted.strip()] + paras[i:])


def injection_rows() -> tuple[list[dict], list[tuple]]:
    rows = []
    for lang, lab, idea, text in _kw_direct.DIRECT:
        rows.append(_inj(text, lab, "direct", lang, idea))
    for lang, lab, idea, text in _kw_tool.TOOL:
        rows.append(_inj(text, lab, "tool_output", lang, idea))
    hosts = _hosts()
    host_map = []
    for lang, lab, idea, host_id, position, cut, planted in _kw_documents.DOCS:
        text, host_group = hosts[host_id]
        doc = _plant(text, position, cut, planted)
        rows.append(_inj(doc, lab, "document", lang, idea))
        host_map.append((len(rows) - 1, rows[-1]["group"], host_group, str(position), "" if cut is None else f"{cut[0]}:{cut[1]}"))
    return rows, host_map


def _inj(text: str, lab: str, family: str, lang: str, idea: str) -> dict:
    label = LABEL[lab]
    return {
        "text": text.strip(),
        "labels": [label],
        "category": label,
        "family": family,
        "lang": lang,
        "kind": "positive",
        "group": f"{family}:{lang}:{idea}",
        "provenance": PROV,
    }


# ----------------------------------------------------------------------------- validation

BENIGN_KEYS = ["text", "labels", "category", "family", "lang", "kind", "group", "provenance"]


def validate(prose: list[dict], inj: list[dict]) -> list[str]:
    errs: list[str] = []
    fams_b = {"public_sector_prose", "technical_prose", "everyday_ko", "override_lookalike"}
    for r in prose:
        if list(r) != BENIGN_KEYS:
            errs.append(f"benign keys {list(r)}")
        if r["labels"] or r["category"] != "benign" or r["kind"] != "hard_negative" or r["lang"] != "ko":
            errs.append(f"benign fields wrong: {r['group']}")
        if r["family"] not in fams_b or not r["group"].startswith(r["family"] + ":ko:"):
            errs.append(f"benign family/group wrong: {r['group']}")
    for r in inj:
        if list(r) != BENIGN_KEYS:
            errs.append(f"injection keys {list(r)}")
        if r["labels"] not in (["prompt_injection"], ["jailbreak"]) or r["category"] != r["labels"][0]:
            errs.append(f"injection label wrong: {r['group']}")
        if r["family"] not in {"direct", "tool_output", "document"} or r["lang"] not in {"ko", "en", "mixed"}:
            errs.append(f"injection family/lang wrong: {r['group']}")
        if not r["group"].startswith(f"{r['family']}:{r['lang']}:"):
            errs.append(f"injection group wrong: {r['group']}")
        if r["family"] == "document" and not 300 <= len(r["text"]) <= 3000:
            errs.append(f"document length {len(r['text'])}: {r['group']}")
    # duplicates, within and across files
    seen: dict[str, str] = {}
    for r in prose + inj:
        t = r["text"]
        if t in seen:
            errs.append(f"duplicate text: {seen[t]} / {r['group']}")
        seen[t] = r["group"]
    if len(prose) < 350 or len(inj) < 350:
        errs.append(f"too few rows: {len(prose)} benign, {len(inj)} injections")
    long_public = sum(1 for r in prose if r["family"] == "public_sector_prose" and len(r["text"]) > 1000)
    if long_public < 30:
        errs.append(f"only {long_public} public_sector_prose rows over 1,000 characters")
    if not any(len(r["text"]) > 3000 for r in prose):
        errs.append("no benign row over 3,000 characters")
    # nothing copied from the existing curated set
    if CURATED.exists():
        cur = {json.loads(l)["text"].strip() for l in CURATED.open(encoding="utf-8") if l.strip()}
        for r in prose + inj:
            if r["text"] in cur:
                errs.append(f"row identical to curated.jsonl: {r['group']}")
    return errs


def report(prose: list[dict], inj: list[dict]) -> str:
    lines = [f"korean_prose.jsonl: {len(prose)} rows, {len({r['group'] for r in prose})} groups"]
    fam = collections.Counter(r["family"] for r in prose)
    for f, n in fam.items():
        lens = sorted(len(r["text"]) for r in prose if r["family"] == f)
        lines.append(f"  {f:22s} {n:4d}  len min/median/max {lens[0]}/{lens[len(lens)//2]}/{lens[-1]}")
    lines.append(
        "  public_sector_prose > 1,000 chars: "
        f"{sum(1 for r in prose if r['family']=='public_sector_prose' and len(r['text'])>1000)}; "
        f"> 3,000 chars: {sum(1 for r in prose if len(r['text'])>3000)}"
    )
    lines.append(f"injections.jsonl: {len(inj)} rows, {len({r['group'] for r in inj})} groups")
    c = collections.Counter((r["family"], r["lang"]) for r in inj)
    for f in ("direct", "tool_output", "document"):
        lines.append(f"  {f:12s} " + "  ".join(f"{l}={c[(f, l)]}" for l in ("ko", "mixed", "en")) + f"  total={sum(c[(f, l)] for l in ('ko','mixed','en'))}")
    langs = collections.Counter(r["lang"] for r in inj)
    lines.append("  lang share: " + ", ".join(f"{l} {langs[l]} ({100*langs[l]/len(inj):.0f}%)" for l in ("ko", "mixed", "en")))
    lines.append("  labels: " + ", ".join(f"{k} {v}" for k, v in collections.Counter(r["category"] for r in inj).items()))
    dl = sorted(len(r["text"]) for r in inj if r["family"] == "document")
    lines.append(f"  document length min/median/max {dl[0]}/{dl[len(dl)//2]}/{dl[-1]}")
    return "\n".join(lines)


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("--check", action="store_true", help="validate the written files only")
    args = ap.parse_args()
    if args.check:
        prose = [json.loads(l) for l in PROSE_PATH.open(encoding="utf-8")]
        inj = [json.loads(l) for l in INJ_PATH.open(encoding="utf-8")]
    else:
        prose = benign_rows()
        inj, host_map = injection_rows()
        with PROSE_PATH.open("w", encoding="utf-8") as f:
            for r in prose:
                f.write(json.dumps(r, ensure_ascii=False) + "\n")
        with INJ_PATH.open("w", encoding="utf-8") as f:
            for r in inj:
                f.write(json.dumps(r, ensure_ascii=False) + "\n")
        with HOSTS_PATH.open("w", encoding="utf-8") as f:
            f.write("injections_line\tgroup\thost_group\tposition\tcut\n")
            for i, g, h, p, c in host_map:
                f.write(f"{i + 1}\t{g}\t{h}\t{p}\t{c}\n")
    errs = validate(prose, inj)
    print(report(prose, inj))
    for e in errs:
        print("ERROR:", e)
    return 1 if errs else 0


if __name__ == "__main__":
    raise SystemExit(main())
