"""Categories defined by examples: embed texts with multilingual-e5-small, match by cosine similarity.

A security team lists example texts for a category it cares about (``block`` examples) and, optionally,
near misses that must stay allowed (``allow`` examples), in any language. A request text matches when
its most similar block example is at least ``threshold`` similar and closer than every allow example
by ``margin``. No training: adding an example is editing a list.

The encoder is the full 12-layer multilingual-e5-small (mean-pooled, ``query: `` prefix), the same for
examples and requests, so Korean examples match English requests and back. E5's raw cosine similarities
are compressed (two unrelated sentences score ~0.82, paraphrases ~0.92), so vectors are *centred*: the
mean embedding of a fixed background of ordinary texts (``artifacts/e5-background.json``, built by
:func:`write_background` from the authored benign rows) is subtracted before L2 normalisation. Then
unrelated texts score about 0.1 (p99 0.35) and paraphrases 0.5–0.7. Long texts are embedded per window
(the best window counts). Embeddings are cached by content hash.
"""

from __future__ import annotations

import hashlib
import re
import threading
from collections import OrderedDict
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

import numpy as np
import torch

from classifiers.model import configure_threads

PREFIX = "query: "
_MIN_SENTENCE_TOKENS = 8
_SENTENCE = re.compile(r"(?<=[.!?。？！])\s+|\n+")
BACKGROUND = Path(__file__).parent / "artifacts" / "e5-background.json"


def load_background(base: Path) -> np.ndarray | None:
    """The background mean for this base (None when the file was made for other weights)."""
    import json

    try:
        data = json.loads(BACKGROUND.read_text(encoding="utf-8"))
        conv = json.loads((base / "conversion.json").read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return None
    if data.get("source_sha256") != conv.get("source_sha256"):
        return None
    return np.asarray(data["mean"], dtype=np.float32)


class Encoder:
    """Sentence embeddings from the converted multilingual-e5-small (one per process is enough)."""

    def __init__(
        self,
        path: str | Path | None = None,
        *,
        window_tokens: int = 128,
        chunk_tokens: int = 64,
        cache: int = 4096,
        threads: int | None = None,
        quantize: bool = True,
    ):
        from transformers import AutoModel, AutoTokenizer

        from classifiers.e5_base import base_path

        configure_threads(threads)
        base = Path(path) if path else base_path()
        model = AutoModel.from_pretrained(
            base, local_files_only=True, add_pooling_layer=False, attn_implementation="sdpa"
        ).eval()
        if quantize:
            from classifiers.model import quantize_int8

            model = quantize_int8(model)
        self.model = model
        self.tokenizer = AutoTokenizer.from_pretrained(base, local_files_only=True)
        self.window_tokens = window_tokens
        self.chunk_tokens = chunk_tokens
        self.center = load_background(base)
        self._lock = threading.Lock()  # fast tokenizers are not re-entrant; forward passes share threads
        self._cache: OrderedDict[str, np.ndarray] = OrderedDict()
        self._cache_size = cache

    def _windows(self, text: str) -> list[list[int]]:
        """One window for a short text; a long one gets a window per sentence (very short sentences are
        joined to the next, very long ones cut at ``chunk_tokens``): a 20-token request inside a window
        of filler is diluted below any useful threshold, and examples are sentence-sized too."""
        tok = self.tokenizer
        ids = tok(PREFIX + text, add_special_tokens=True, truncation=False, verbose=False)["input_ids"]
        if len(ids) <= self.window_tokens:
            return [ids]
        head, tail = ids[:1], ids[-1:]
        prefix = tok(PREFIX.strip(), add_special_tokens=False)["input_ids"]
        room = self.chunk_tokens - len(prefix) - 2
        out: list[list[int]] = []
        cur: list[int] = []
        for sentence in _SENTENCE.split(text):
            piece = tok(sentence, add_special_tokens=False)["input_ids"] if sentence.strip() else []
            for k in range(0, max(1, len(piece)), room):  # a sentence longer than a window is cut
                part = piece[k : k + room]
                if cur and (len(cur) >= _MIN_SENTENCE_TOKENS or len(cur) + len(part) > room):
                    out.append(head + prefix + cur + tail)
                    cur = []
                cur += part
        if cur:
            out.append(head + prefix + cur + tail)
        return out or [ids[: self.window_tokens - 1] + tail]

    def _embed_windows(self, windows: Sequence[list[int]]) -> np.ndarray:
        width = max(len(w) for w in windows)
        pad = self.tokenizer.pad_token_id or 0
        ids = torch.full((len(windows), width), pad, dtype=torch.long)
        mask = torch.zeros((len(windows), width), dtype=torch.long)
        for i, w in enumerate(windows):
            ids[i, : len(w)] = torch.tensor(w)
            mask[i, : len(w)] = 1
        with torch.inference_mode():
            h = self.model(input_ids=ids, attention_mask=mask).last_hidden_state
            m = mask.unsqueeze(-1).to(h.dtype)
            v = (h * m).sum(1) / m.sum(1).clamp(min=1.0)
            v = torch.nn.functional.normalize(v, dim=-1).numpy().astype(np.float32)
        if self.center is not None:
            v = v - self.center
        unit: np.ndarray = v / np.maximum(np.linalg.norm(v, axis=-1, keepdims=True), 1e-6)
        return unit

    def raw_mean(self, texts: Sequence[str]) -> np.ndarray:
        """Mean of the uncentred unit embeddings of ``texts`` (their first windows)."""
        center, self.center = self.center, None
        try:
            mean: np.ndarray = np.mean([self._embed_windows(self._windows(t)[:1])[0] for t in texts], axis=0)
            return mean
        finally:
            self.center = center

    def embed(self, texts: Sequence[str]) -> list[np.ndarray]:
        """Per text, a ``[n_windows, 384]`` array of unit vectors (one row for short texts)."""
        out: list[np.ndarray | None] = []
        todo: list[int] = []
        keys = [hashlib.sha256(t.encode("utf-8")).hexdigest() for t in texts]
        with self._lock:
            for i, k in enumerate(keys):
                hit = self._cache.get(k)
                if hit is not None:
                    self._cache.move_to_end(k)
                out.append(hit)
                if hit is None:
                    todo.append(i)
            for i in todo:
                vec = self._embed_windows(self._windows(texts[i]))
                out[i] = vec
                self._cache[keys[i]] = vec
                if len(self._cache) > self._cache_size:
                    self._cache.popitem(last=False)
        return [o for o in out if o is not None]


@dataclass(frozen=True, slots=True)
class Match:
    score: float  # cosine similarity to the nearest block example (best window)
    example: int  # index of that example
    allow_score: float  # similarity to the nearest allow example (-1 when none)
    allow_example: int | None
    matched: bool


class ExemplarSet:
    """Block and allow examples, embedded once (re-embedded when a policy reload changes them)."""

    def __init__(self, encoder: Encoder, block: Sequence[str], allow: Sequence[str] = ()):
        if not block:
            raise ValueError("an example set needs at least one block example")
        self.block = list(block)
        self.allow = list(allow)
        self._b = np.stack([v[0] for v in encoder.embed(self.block)]) if self.block else np.zeros((0, 384))
        self._a = np.stack([v[0] for v in encoder.embed(self.allow)]) if self.allow else None

    def match(self, vectors: np.ndarray, threshold: float, margin: float = 0.0) -> Match:
        sims = vectors @ self._b.T  # [windows, block]
        w, j = np.unravel_index(int(np.argmax(sims)), sims.shape)
        score = float(sims[w, j])
        a_score, a_idx = -1.0, None
        if self._a is not None:
            a = vectors[w] @ self._a.T
            a_idx = int(np.argmax(a))
            a_score = float(a[a_idx])
        return Match(score, int(j), a_score, a_idx, score >= threshold and score >= a_score + margin)


def write_background(n: int = 400, seed: int = 1) -> Path:
    """Rebuild ``artifacts/e5-background.json`` from a seeded sample of the authored benign rows."""
    import json
    import random

    from classifiers.e5_base import base_path
    from classifiers.sources import authored_rows

    base = base_path()
    texts = [r["text"] for r in authored_rows() if not r["labels"] and len(r["text"]) < 400]
    random.Random(seed).shuffle(texts)
    mean = Encoder(base, quantize=False).raw_mean(texts[:n])
    conv = json.loads((base / "conversion.json").read_text(encoding="utf-8"))
    BACKGROUND.write_text(
        json.dumps(
            {
                "what": "mean e5 embedding of ordinary texts; subtracted before cosine similarity",
                "texts": f"{n} authored benign rows < 400 chars (seed {seed})",
                "source_sha256": conv["source_sha256"],
                "mean": [round(float(x), 6) for x in mean],
            }
        )
        + "\n",
        encoding="utf-8",
    )
    return BACKGROUND


if __name__ == "__main__":
    print(write_background())
