"""ONNX Runtime as the classifier's CPU runtime (``classifier.runtime: auto | torch | onnx``).

The model is assembled in torch as always (base encoder + the artifact's fine-tuned delta, or a foreign
HF checkpoint), then exported once to ONNX (fp32, dynamic batch and length) and scored by an
``onnxruntime`` session behind the same ``LoadedModel.score_windows``: windowing, the score cache, the
micro-batcher and the thresholds do not change. Measured on the shared 2-core CPU: identical scores
(largest difference ~1e-6) and ~25 % faster than torch fp32 (docs/classifier.md, *Runtime cost*).

The export is cached outside git, next to the converted base (:func:`classifiers.e5_base.default_cache_dir`,
``$SAFETY_GATEWAY_MODEL_CACHE``), under ``classifier-onnx/<name>-<key>.onnx``. The key hashes the
artifact's files, the base's checksum (its ``conversion.json``, else its files), the exporter version,
the opset and the torch version, so a retrained artifact re-exports on its next load. The file is written
to a temporary name and renamed into place (a concurrent process never reads half a file); a lock file
keeps two processes from exporting the same key at once. Nothing is downloaded.

``auto`` picks ONNX Runtime on CPU when ``onnxruntime`` imports and the model is not int8-quantized;
torch otherwise (always torch on CUDA).
"""

from __future__ import annotations

import contextlib
import hashlib
import logging
import os
import re
import tempfile
import warnings
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import torch
from torch import nn

log = logging.getLogger(__name__)

RUNTIMES = ("auto", "torch", "onnx")
#: Bump when the export itself changes (inputs, opset, graph), so cached files are rebuilt.
EXPORT_VERSION = 1
OPSET = 17
SUBDIR = "classifier-onnx"
#: Older exports of the same model name kept besides the newest (a retrain leaves one behind).
KEEP_OLD = 1

#: Exports done by this process (tests check that a cached file is reused).
export_count = 0


class RuntimeUnavailableError(RuntimeError):
    """``classifier.runtime: onnx`` was asked for and cannot be honoured here."""


def onnxruntime_available() -> bool:
    try:
        import onnxruntime  # noqa: F401
    except ImportError:
        return False
    return True


MISSING = (
    "classifier.runtime is 'onnx' but onnxruntime is not installed "
    "(it is a dependency of safety-gateway: `make setup`, or `pip install onnxruntime`); "
    "set classifier.runtime to 'auto' or 'torch' to run on torch"
)


def resolve_runtime(runtime: str | None, device: torch.device, quantize: str | None) -> str:
    """``"onnx"`` or ``"torch"`` for this request, or a clear error for an impossible one."""
    wanted = runtime or "auto"
    if wanted not in RUNTIMES:
        raise ValueError(f"classifier.runtime must be one of {', '.join(RUNTIMES)}, not {wanted!r}")
    int8 = quantize == "int8"
    if wanted == "torch":
        return "torch"
    if wanted == "onnx":
        if device.type != "cpu":
            raise ValueError(
                f"classifier.runtime 'onnx' runs on CPU; the device is {device} (use 'auto' or 'torch')"
            )
        if int8:
            raise ValueError("classifier.runtime 'onnx' runs fp32 only; quantize 'int8' needs 'torch'")
        if not onnxruntime_available():
            raise RuntimeUnavailableError(MISSING)
        return "onnx"
    return "onnx" if device.type == "cpu" and not int8 and onnxruntime_available() else "torch"


# ---- cache key ----------------------------------------------------------------------------------------
def digest_dir(path: Path) -> str:
    """SHA-256 over a directory's files (relative names and contents, in name order)."""
    h = hashlib.sha256()
    path = Path(path)
    files = [path] if path.is_file() else sorted(p for p in path.rglob("*") if p.is_file())
    for f in files:
        h.update(str(f.relative_to(path) if f != path else f.name).encode() + b"\0")
        with open(f, "rb") as fh:
            for chunk in iter(lambda: fh.read(1 << 20), b""):
                h.update(chunk)
        h.update(b"\0")
    return h.hexdigest()


def base_checksum(base: Path | None) -> str:
    """The base encoder's identity: its ``conversion.json`` (it records the weights' SHA-256), else a
    hash of its files; ``""`` when the model has no separate base."""
    if base is None:
        return ""
    conv = Path(base) / "conversion.json"
    if conv.is_file():
        return hashlib.sha256(conv.read_bytes()).hexdigest()
    return digest_dir(Path(base))


def cache_key(artifact_digest: str, base_sum: str) -> str:
    h = hashlib.sha256()
    for part in (f"v{EXPORT_VERSION}", f"opset{OPSET}", torch.__version__, artifact_digest, base_sum):
        h.update(part.encode() + b"\0")
    return h.hexdigest()


def cache_dir() -> Path:
    from classifiers.e5_base import default_cache_dir

    return default_cache_dir() / SUBDIR


def _safe(name: str) -> str:
    return "".join(c if c.isalnum() or c in "-_." else "_" for c in name) or "classifier"


# ---- export -------------------------------------------------------------------------------------------
def export(module: nn.Module, sample: tuple[torch.Tensor, torch.Tensor], out: Path) -> None:
    """Trace ``module(input_ids, attention_mask) -> logits`` into ``out`` (dynamic batch and length)."""
    global export_count
    module = module.eval()
    with warnings.catch_warnings(), torch.inference_mode(False), torch.no_grad():
        warnings.simplefilter("ignore")  # tracer warnings about shape-dependent Python in transformers
        torch.onnx.export(
            module,
            sample,
            str(out),
            input_names=["input_ids", "attention_mask"],
            output_names=["logits"],
            dynamic_axes={
                "input_ids": {0: "batch", 1: "tokens"},
                "attention_mask": {0: "batch", 1: "tokens"},
                "logits": {0: "batch"},
            },
            opset_version=OPSET,
            dynamo=False,
        )
    export_count += 1


@contextlib.contextmanager
def _locked(lock: Path) -> Iterator[None]:
    try:
        import fcntl
    except ImportError:  # pragma: no cover - not POSIX: the atomic rename alone keeps readers safe
        yield
        return
    with open(lock, "a+b") as fh:
        fcntl.flock(fh, fcntl.LOCK_EX)
        try:
            yield
        finally:
            fcntl.flock(fh, fcntl.LOCK_UN)


def _prune(directory: Path, stem: str, keep: Path) -> None:
    """Drop older exports of the same model name (a retrained artifact leaves its predecessor behind)."""
    ours = re.compile(re.escape(stem) + r"-[0-9a-f]{20}\.onnx")
    olds = sorted(
        (p for p in directory.glob(f"{stem}-*.onnx") if p != keep and ours.fullmatch(p.name)),
        key=lambda p: p.stat().st_mtime,
        reverse=True,
    )
    for p in olds[KEEP_OLD:]:
        with contextlib.suppress(OSError):
            p.unlink()  # (its empty lock file stays: removing a lock another process may hold is unsafe)


def export_path(name: str, key: str, directory: Path | None = None) -> Path:
    """Where the export of model ``name`` under ``key`` lives (whether or not it exists yet)."""
    return (directory or cache_dir()) / f"{_safe(name)}-{key[:20]}.onnx"


def cached_export(
    module: nn.Module,
    sample: tuple[torch.Tensor, torch.Tensor],
    *,
    name: str,
    key: str,
    still_current: Callable[[], bool] = lambda: True,
    directory: Path | None = None,
) -> Path:
    """The ONNX file for ``key``, exporting ``module`` first if it is not cached yet.

    ``still_current`` is asked after exporting: if the artifact changed while it was being loaded
    (a retrain replacing it), the export is kept out of the cache under that key."""
    directory = directory or cache_dir()
    directory.mkdir(parents=True, exist_ok=True)
    stem = _safe(name)
    final = export_path(name, key, directory)
    if final.is_file():
        return final
    with _locked(directory / f".{final.stem}.lock"):
        if final.is_file():  # another process exported it while we waited
            return final
        fd, tmp_name = tempfile.mkstemp(prefix=f".{final.stem}.", suffix=".tmp", dir=directory)
        os.close(fd)
        tmp = Path(tmp_name)
        try:
            log.info("classifier %s: exporting to ONNX (once per artifact) -> %s", name, final)
            export(module, sample, tmp)
            if not still_current():
                log.warning("classifier %s: the artifact changed during export; not caching it", name)
                private = directory / f".{final.stem}.{os.getpid()}.uncached.onnx"
                os.replace(tmp, private)
                return private
            os.chmod(tmp, 0o644)  # mkstemp made it private; other users of the venv read it too
            os.replace(tmp, final)
        finally:
            tmp.unlink(missing_ok=True)
    _prune(directory, stem, final)
    return final


# ---- the session as a module ----------------------------------------------------------------------------
def make_session(path: Path, threads: int | None) -> Any:
    import onnxruntime as ort

    opts = ort.SessionOptions()
    if threads and threads > 0:
        opts.intra_op_num_threads = int(threads)
    opts.inter_op_num_threads = 1
    opts.execution_mode = ort.ExecutionMode.ORT_SEQUENTIAL
    opts.graph_optimization_level = ort.GraphOptimizationLevel.ORT_ENABLE_ALL
    opts.log_severity_level = 3
    # Idle intra-op threads sleep instead of spinning: the gateway's event loop and other detectors share
    # the cores (2-core box, busy: 121 vs 151 ms p50 for 1 KB English with spinning on).
    opts.add_session_config_entry("session.intra_op.allow_spinning", "0")
    return ort.InferenceSession(str(path), opts, providers=["CPUExecutionProvider"])


class OrtModule(nn.Module):
    """An ``onnxruntime`` session with the torch module's call signature, so ``LoadedModel`` scores
    through it unchanged (``module(input_ids, attention_mask) -> logits``)."""

    def __init__(self, session: Any, path: Path, threads: int | None):
        super().__init__()
        self.session = session
        self.path = Path(path)
        self.threads = threads

    def forward(self, input_ids: torch.Tensor, attention_mask: torch.Tensor) -> torch.Tensor:
        feeds = {"input_ids": input_ids.cpu().numpy(), "attention_mask": attention_mask.cpu().numpy()}
        logits = self.session.run(["logits"], feeds)[0]
        return torch.from_numpy(logits)


def open_export(path: Path, threads: int | None) -> OrtModule:
    """A session over an export already in the cache (no torch module is built: half the memory)."""
    return OrtModule(make_session(path, threads), path, threads)


def to_onnx(
    module: nn.Module,
    sample: tuple[torch.Tensor, torch.Tensor],
    *,
    name: str,
    key: str,
    threads: int | None,
    still_current: Callable[[], bool] = lambda: True,
    directory: Path | None = None,
) -> OrtModule:
    path = cached_export(module, sample, name=name, key=key, still_current=still_current, directory=directory)
    session = make_session(path, threads)
    if path.name.endswith(".uncached.onnx"):
        path.unlink(missing_ok=True)  # the session holds the model; the private file is not kept
    return OrtModule(session, path, threads)
