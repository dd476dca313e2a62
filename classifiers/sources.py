"""Training rows from the packages issue 13 names, and from the authored sets in ``data/authored/``.

* ``spikee==0.9.2`` seed files (Apache-2.0), read in place from the installed wheel: harmful
  instructions (mapped onto our harm labels), jailbreak templates (``<INSTRUCTION>`` slots) filled with
  harmful, system-prompt-extraction and data-exfiltration instructions, documents with an injection in
  their placeholder, the documents alone and the investment-advice "false positive" questions as benign.
* ``garak-multilingual==0.1.0`` payloads (Apache-2.0): multilingual injections and jailbreaks.
* ``classifiers/data/authored/*.jsonl``: rows written for this repository by several writers with
  different briefs (each file has a ``.md`` saying who and how).

Nothing here is used for evaluation: the held-out set in ``data/heldout/`` was written apart and is
read only by ``classifiers.heldout``.
"""

from __future__ import annotations

import hashlib
import importlib.util
import json
import random
from collections.abc import Iterable
from pathlib import Path
from typing import Any

from classifiers.labels import ALL_LABELS

AUTHORED_DIR = Path(__file__).parent / "data" / "authored"
#: authored groups whose hash falls under this share calibrate thresholds instead of training
VALIDATION_SHARE = 0.12

# spikee's instruction_type → our label
SPIKEE_HARM = {
    "assassination": "violence_weapons",
    "weapon": "violence_weapons",
    "riot": "violence_weapons",
    "attack": "terrorism",
    "terror": "terrorism",
    "biological": "cbrn",
    "chemical": "cbrn",
    "nuclear": "cbrn",
    "child": "sexual_minors",
    "drug": "illegal_drugs",
    "fraud": "fraud_scams",
    "scam": "fraud_scams",
    "identity": "fraud_scams",
    "insidertrading": "crime",
    "marketmanip": "crime",
    "moneylaundering": "crime",
    "trafficking": "crime",
    "hack": "cybercrime",
    "harassment": "cyberbullying",
    "stalking": "crime",
    "hate": "hate_harassment",
    "propaganda": "misinformation",
    "suicide": "self_harm",
}
SPIKEE_INJECTION_SEEDS = ("seeds-cybersec-2026-01", "seeds-sysmsg-extraction-2025-04", "seeds-llm-mailbox")


def _pkg_dir(module: str) -> Path | None:
    spec = importlib.util.find_spec(module)
    if spec is None or not spec.submodule_search_locations:
        return None
    return Path(next(iter(spec.submodule_search_locations)))


def _jsonl(path: Path) -> list[dict[str, Any]]:
    if not path.is_file():
        return []
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]


def _row(
    text: str, labels: list[str], source: str, group: str, lang: str = "en", **extra: object
) -> dict[str, Any]:
    return {"text": text, "labels": labels, "lang": lang, "group": group, "source": source, **extra}


def spikee_rows(seed: int = 13, per_template: int = 3) -> list[dict[str, Any]]:
    """Rows built from spikee's seed files (empty when spikee is not installed)."""
    root = _pkg_dir("spikee")
    if root is None:
        return []
    ds = root / "data" / "workspace" / "datasets"
    rng = random.Random(seed)
    out: list[dict[str, Any]] = []
    harmful = _jsonl(ds / "seeds-harmful-instructions-only" / "instructions.jsonl")
    harm = [
        (r["instruction"], SPIKEE_HARM[r["instruction_type"]], r["id"])
        for r in harmful
        if r.get("instruction_type") in SPIKEE_HARM
    ]
    for text, lab, rid in harm:
        out.append(_row(text, [lab], "spikee", f"spikee:harm:{rid}"))
    injections: list[tuple[str, str]] = []
    templates: list[dict[str, Any]] = []
    documents: list[dict[str, Any]] = []
    for name in SPIKEE_INJECTION_SEEDS:
        injections += [(r["instruction"], r["id"]) for r in _jsonl(ds / name / "instructions.jsonl")]
        templates += _jsonl(ds / name / "jailbreaks.jsonl")
        documents += [
            d for d in _jsonl(ds / name / "base_user_inputs.jsonl") if len(d.get("document", "")) > 40
        ]
    templates += _jsonl(ds / "seeds-investment-advice" / "jailbreaks.jsonl")
    seen: set[str] = set()
    uniq_templates = []
    for t in templates:
        if t["text"] not in seen and "<INSTRUCTION>" in t["text"]:
            seen.add(t["text"])
            uniq_templates.append(t)
    for t in uniq_templates:
        bare = t.get("jailbreak_type") == "no-jailbreak"
        for _ in range(per_template):
            if harm and rng.random() < 0.5:
                instr, lab, rid = rng.choice(harm)
                labels = [lab] if bare else [lab, "jailbreak"]
            else:
                instr, rid = rng.choice(injections)
                labels = ["prompt_injection"]
            text = t["text"].replace("<INSTRUCTION>", instr)
            out.append(_row(text, labels, "spikee", f"spikee:tpl:{t['id']}"))
    for d in documents:
        doc, ph = d["document"], d.get("placeholder") or "<PLACEHOLDER>"
        if ph in doc:
            benign = doc.replace(ph, "")
            out.append(
                _row(
                    benign,
                    [],
                    "spikee",
                    f"spikee:doc:{d['id']}",
                    negative_for=["prompt_injection", "jailbreak"],
                )
            )
            for _ in range(per_template * 4):
                instr, _rid = rng.choice(injections)
                out.append(
                    _row(doc.replace(ph, instr), ["prompt_injection"], "spikee", f"spikee:doc:{d['id']}")
                )
    for name in ("seeds-investment-advice-fp", "seeds-investment-advice"):
        for r in _jsonl(ds / name / "standalone_user_inputs.jsonl"):
            out.append(_row(r["text"], [], "spikee", f"spikee:fin:{r['id']}"))
    return out


def garak_rows() -> list[dict[str, Any]]:
    """garak-multilingual's payloads (empty when not installed); its payload module is stdlib-only data."""
    if _pkg_dir("garak_multilingual") is None:
        return []
    from garak_multilingual.payloads import PAYLOAD_SETS

    out: list[dict[str, Any]] = []
    for name, items in PAYLOAD_SETS.items():
        label = "jailbreak" if "jailbreak" in name else "prompt_injection"
        lang = "tr" if name.startswith("turkish") else "xx"
        for i, item in enumerate(items):
            out.append(
                _row(item["prompt"], [label], "garak", f"garak:{name}:{i}", lang=item.get("lang", lang))
            )
    return out


def authored_rows(directory: Path = AUTHORED_DIR) -> list[dict[str, Any]]:
    out: list[dict[str, Any]] = []
    for path in sorted(directory.glob("*.jsonl")):
        for r in _jsonl(path):
            labels = [lab for lab in r.get("labels", []) if lab in ALL_LABELS]
            r = {**r, "labels": labels, "source": f"authored:{path.stem}"}
            r.setdefault("group", f"{path.stem}:{hashlib.sha1(r['text'].encode()).hexdigest()[:8]}")
            out.append(r)
    return out


def split_of(group: str, share: float = VALIDATION_SHARE) -> str:
    h = int(hashlib.sha256(group.encode()).hexdigest()[:8], 16) / 0xFFFFFFFF
    return "validation" if h < share else "train"


def package_rows(names: Iterable[str], seed: int = 13) -> list[dict[str, Any]]:
    rows: list[dict[str, Any]] = []
    for name in names:
        rows += {"spikee": lambda: spikee_rows(seed), "garak": garak_rows, "authored": authored_rows}[name]()
    return rows
