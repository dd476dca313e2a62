"""Fine-tune the top encoder layers + a multi-label head of the base encoder on this CPU.

Recipe (measured on the 2-core dev box, see docs/classifier.md):

1. every training text → its first window (``max_tokens`` tokens), batches bucketed by length;
2. the frozen bottom of the encoder (embeddings + first ``6 - train_layers`` layers) runs **once** and its
   output is cached (fp16), so each epoch only pays for the top layers;
3. masked BCE (unknown labels carry no loss), per-label ``pos_weight`` for the rare harmful heads;
4. thresholds calibrated on the *validation* splits' benign rows at a target false-positive rate;
5. only the fine-tuned tensors are saved, in fp16, next to a JSON manifest.

Seeded end to end: same data + same seed → same artifact (up to CPU kernel nondeterminism).
"""

from __future__ import annotations

import json
import random
import time
from collections.abc import Sequence
from dataclasses import asdict
from pathlib import Path
from typing import Any

import numpy as np
import torch
from torch import nn

from classifiers.corpora import Example, training_set, validation_set
from classifiers.labels import ALL_LABELS, INJECTION_LABELS
from classifiers.manifest import MANIFEST
from classifiers.model import DELTA, build_base_classifier, configure_threads
from classifiers.train_config import TrainConfig


def seed_everything(seed: int) -> None:
    random.seed(seed)
    np.random.seed(seed)
    torch.manual_seed(seed)


def _batches(
    tok: Any,
    examples: Sequence[Example],
    labels: Sequence[str],
    batch_size: int,
    max_tokens: int,
    prefix: str = "",
) -> list[tuple[torch.Tensor, torch.Tensor, torch.Tensor, torch.Tensor]]:
    texts = [prefix + e.text for e in examples]
    enc = tok(texts, truncation=True, max_length=max_tokens, add_special_tokens=True)
    order = sorted(range(len(examples)), key=lambda i: len(enc["input_ids"][i]))
    out = []
    for s in range(0, len(order), batch_size):
        idx = order[s : s + batch_size]
        width = max(len(enc["input_ids"][i]) for i in idx)
        ids = torch.zeros((len(idx), width), dtype=torch.long)
        mask = torch.zeros((len(idx), width), dtype=torch.long)
        ys = torch.zeros((len(idx), len(labels)))
        ms = torch.zeros((len(idx), len(labels)))
        for r, i in enumerate(idx):
            row = enc["input_ids"][i]
            ids[r, : len(row)] = torch.tensor(row)
            mask[r, : len(row)] = 1
            y, m = examples[i].target_vector(labels)
            ys[r] = torch.tensor(y)
            ms[r] = torch.tensor(m)
        out.append((ids, mask, ys, ms))
    return out


def _progress(total: int, desc: str, enabled: bool) -> Any:
    from tqdm.auto import tqdm

    return tqdm(total=total, desc=desc, disable=not enabled, unit="batch", dynamic_ncols=True)


def calibrate_thresholds(
    scores: np.ndarray, examples: Sequence[Example], labels: Sequence[str], cfg: TrainConfig
) -> dict[str, float]:
    """Per label, the score above which only ``target_fpr`` of the validation negatives fall."""
    out = {}
    for j, lab in enumerate(labels):
        neg = np.array([scores[i, j] for i, e in enumerate(examples) if e.targets.get(lab) == 0])
        fpr = cfg.target_fpr_injection if lab in INJECTION_LABELS else cfg.target_fpr_harmful
        if len(neg) == 0:
            out[lab] = 0.5
            continue
        q = float(np.quantile(neg, 1.0 - fpr))
        out[lab] = round(min(0.98, max(0.5, q)), 4)  # never below the sigmoid midpoint
    return out


# Long on purpose: the recipe's phases (data, frozen encode, train, calibrate, save) read top to bottom as
# the docs describe them
def train(cfg: TrainConfig) -> dict[str, Any]:
    t0 = time.time()
    configure_threads(cfg.threads)
    seed_everything(cfg.seed)
    labels = list(ALL_LABELS)
    corpus = Path(cfg.corpus) if cfg.corpus else None
    examples = training_set(
        corpus,
        seed=cfg.seed,
        augment=cfg.augment,
        sources=cfg.sources,
        curated_repeat=cfg.curated_repeat,
        document_augment=cfg.document_augment,
        source_limits=dict(cfg.source_limits),
        planted_augment=cfg.planted_augment,
    )
    val = validation_set(corpus, sources=cfg.sources)
    if cfg.limit:
        rng = random.Random(cfg.seed)
        examples = rng.sample(examples, min(cfg.limit, len(examples)))
        val = rng.sample(val, min(max(cfg.limit // 4, 16), len(val)))

    model, tok = build_base_classifier(len(labels), cfg.base, cfg.keep_layers)
    n_layers = model.num_layers
    k = max(0, min(cfg.train_layers, n_layers))
    split = n_layers - k
    for p in model.parameters():
        p.requires_grad_(False)
    trainable = list(model.head.parameters())
    layer_params = [p for layer in model.encoder.encoder.layer[split:] for p in layer.parameters()]
    for p in trainable + layer_params:
        p.requires_grad_(True)

    batches = _batches(tok, examples, labels, cfg.batch_size, cfg.max_tokens, cfg.text_prefix)

    # 1) the frozen bottom runs once
    model.eval()
    cache: list[torch.Tensor] = []
    with torch.no_grad(), _progress(len(batches), "encode (frozen layers)", cfg.progress) as bar:
        for ids, mask, _, _ in batches:
            cache.append(model.hidden_upto(ids, mask, split).to(torch.float16))
            bar.update(1)

    # 2) label statistics → pos_weight
    y_all = torch.cat([b[2] for b in batches])
    m_all = torch.cat([b[3] for b in batches])
    pos = (y_all * m_all).sum(0)
    neg = ((1 - y_all) * m_all).sum(0)
    pos_weight = torch.clamp(torch.sqrt(neg / pos.clamp(min=1.0)), 1.0, 30.0)
    loss_fn = nn.BCEWithLogitsLoss(reduction="none", pos_weight=pos_weight)

    opt = torch.optim.AdamW(
        [
            {"params": layer_params, "lr": cfg.lr_layers},
            {"params": trainable, "lr": cfg.lr_head},
        ],
        weight_decay=cfg.weight_decay,
    )
    total = len(batches) * cfg.epochs
    warm = max(1, total // 20)
    sched = torch.optim.lr_scheduler.LambdaLR(
        opt, lambda s: min(1.0, (s + 1) / warm) * max(0.0, (total - s) / max(1, total - warm))
    )
    rng = random.Random(cfg.seed)
    model.train()
    losses = []
    with _progress(total, "train", cfg.progress) as bar:
        for epoch in range(cfg.epochs):
            order = list(range(len(batches)))
            rng.shuffle(order)
            for bi in order:
                _, mask, ys, ms = batches[bi]
                logits = model.from_hidden(cache[bi].float(), mask, split)
                loss = (loss_fn(logits, ys) * ms).sum() / ms.sum().clamp(min=1.0)
                opt.zero_grad(set_to_none=True)
                loss.backward()
                torch.nn.utils.clip_grad_norm_(trainable + layer_params, 1.0)
                opt.step()
                sched.step()
                losses.append(loss.item())
                bar.update(1)
                if len(losses) % 20 == 0:
                    bar.set_postfix(epoch=epoch + 1, loss=f"{np.mean(losses[-50:]):.4f}")
    model.eval()

    # 3) thresholds from validation negatives
    from classifiers.model import LoadedModel

    lm = LoadedModel(model, tok, tuple(labels), tuple(range(len(labels))), "sigmoid", {}, cfg.max_tokens, 96)
    vb = _batches(tok, val, labels, 64, cfg.max_tokens, cfg.text_prefix)
    vscores = []
    vorder = []
    enc_lens = tok([cfg.text_prefix + e.text for e in val], truncation=True, max_length=cfg.max_tokens)[
        "input_ids"
    ]
    vorder = sorted(range(len(val)), key=lambda i: len(enc_lens[i]))
    with torch.inference_mode(), _progress(len(vb), "calibrate", cfg.progress) as bar:
        for ids, mask, _, _ in vb:
            vscores.append(torch.sigmoid(lm.module(ids, mask)).numpy())
            bar.update(1)
    vs = np.zeros((len(val), len(labels)), dtype=np.float32)
    if vscores:
        vs[vorder] = np.concatenate(vscores)
    thresholds = calibrate_thresholds(vs, val, labels, cfg)

    # 4) save only what changed, in fp16
    from safetensors.torch import save_file

    out = Path(cfg.output)
    out.mkdir(parents=True, exist_ok=True)
    keep = {}
    for name, tensor in model.state_dict().items():
        if name.startswith("head.") or any(
            name.startswith(f"encoder.encoder.layer.{i}.") for i in range(split, n_layers)
        ):
            keep[name] = tensor.detach().to(torch.float16).contiguous()
    save_file(keep, str(out / DELTA))
    manifest = {
        "name": out.name,
        "format": "safety-classifier/delta-v2",
        "base": cfg.base,
        "keep_layers": n_layers,
        "text_prefix": cfg.text_prefix,
        "labels": labels,
        "thresholds": thresholds,
        "window_tokens": cfg.max_tokens,
        "window_stride": 96,
        "fine_tuned_layers": list(range(split, n_layers)),
        "pooling": "mean",
        "train_config": {
            k2: v for k2, v in asdict(cfg).items() if k2 not in ("output", "progress", "corpus")
        },
        "train_examples": len(examples),
        "train_seconds": round(time.time() - t0, 1),
        "final_loss": round(float(np.mean(losses[-50:])) if losses else float("nan"), 5),
        "torch_threads": torch.get_num_threads(),
    }
    (out / MANIFEST).write_text(json.dumps(manifest, indent=2, ensure_ascii=False) + "\n", encoding="utf-8")
    size = sum(f.stat().st_size for f in out.iterdir() if f.is_file())
    manifest["artifact_bytes"] = size
    return manifest
