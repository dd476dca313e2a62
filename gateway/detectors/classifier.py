"""The gateway's classifier detector: harmful-request and prompt-injection scores as findings.

Config (the gateway's ``classifier:`` section, or environment variables when built with no config)::

    classifier:
      backend: local            # local | remote            (SAFETY_CLASSIFIER_BACKEND)
      model_path: null          # null → bundled artifact   (SAFETY_CLASSIFIER_MODEL)
      device: auto              # auto | cpu | cuda
      fp16: false               # GPU only
      threads: null
      max_batch: 32
      max_wait_ms: 2
      label_map: null           # for foreign HF checkpoints: {raw_label: our_label | null}
      thresholds: {}            # override the model's calibrated thresholds
      quantize: none            # none | int8 (dynamic int8 linear layers on CPU: faster, less accurate)
      score_cache: 8192         # window scores kept by content hash (repeated turns are not re-scored)
      timeout_s: 5.0            # per detect() call, local or remote
      remote:
        url: http://classifier:8087   # (SAFETY_CLASSIFIER_URL)
        timeout_s: 2.0          # per HTTP try
        retries: 2

Rule params (per policy rule): ``categories`` (list; default every label the model has),
``thresholds`` (``{category: float}``) and/or ``threshold`` (one float for all), ``min_chars``.

A finding is emitted per (text item, category) whose best window reaches the threshold. It carries
the category, the score, the item's location, the character span and index of the window — never text.
Any failure (model load, inference, service down, timeout, an unknown category) raises
:class:`DetectorError`; the rule's ``on_error`` decides open or closed.
"""

from __future__ import annotations

import asyncio
import os
from collections.abc import Mapping, Sequence
from typing import Any

from policies.findings import DetectorError, Direction, Finding, TextItem

_LOCAL_KEYS = (
    "model_path",
    "device",
    "fp16",
    "threads",
    "max_batch",
    "max_wait_ms",
    "label_map",
    "thresholds",
    "window_tokens",
    "window_stride",
    "max_windows",
    "quantize",
    "score_cache",
)


def _env_config() -> dict[str, Any]:
    cfg: dict[str, Any] = {}
    if os.environ.get("SAFETY_CLASSIFIER_BACKEND"):
        cfg["backend"] = os.environ["SAFETY_CLASSIFIER_BACKEND"]
    if os.environ.get("SAFETY_CLASSIFIER_URL"):
        cfg["remote"] = {"url": os.environ["SAFETY_CLASSIFIER_URL"]}
        cfg.setdefault("backend", "remote")
    if os.environ.get("SAFETY_CLASSIFIER_MODEL"):
        cfg["model_path"] = os.environ["SAFETY_CLASSIFIER_MODEL"]
    return cfg


class ClassifierDetector:
    """Implements :class:`policies.findings.Detector` (name ``"classifier"``)."""

    name = "classifier"

    def __init__(self, config: Mapping[str, Any] | None = None, *, backend: Any | None = None):
        cfg = dict(config) if config is not None else _env_config()
        self.backend_kind = str(cfg.get("backend", "local"))
        if self.backend_kind not in ("local", "remote"):
            raise ValueError(f"classifier.backend must be 'local' or 'remote', not {self.backend_kind!r}")
        self.timeout_s = float(cfg.get("timeout_s", 5.0)) if cfg.get("timeout_s") is not None else None
        self._local_cfg = {k: cfg[k] for k in _LOCAL_KEYS if k in cfg}
        self._remote_cfg = dict(cfg.get("remote") or {})
        if self.backend_kind == "remote" and not self._remote_cfg.get("url"):
            raise ValueError("classifier.backend is 'remote' but classifier.remote.url is not set")
        self._backend = backend  # injected (tests) or built lazily
        self._lock = asyncio.Lock()

    @classmethod
    def from_config(cls, config: Mapping[str, Any] | None) -> ClassifierDetector:
        return cls(config or {})

    # ---- backend -----------------------------------------------------------------------------------
    async def _get_backend(self) -> Any:
        if self._backend is not None:
            return self._backend
        async with self._lock:
            if self._backend is None:
                if self.backend_kind == "remote":
                    from classifiers.client import RemoteClassifier

                    r = self._remote_cfg
                    self._backend = RemoteClassifier(
                        str(r["url"]),
                        timeout_s=float(r.get("timeout_s", 2.0)),
                        retries=int(r.get("retries", 2)),
                        backoff_s=float(r.get("backoff_s", 0.05)),
                    )
                else:
                    from classifiers.engine import Classifier

                    cfg = dict(self._local_cfg)
                    self._backend = await asyncio.to_thread(Classifier.from_config, cfg)
        return self._backend

    async def warmup(self) -> None:
        """Load the model (or check the service) now rather than on the first request."""
        try:
            backend = await self._get_backend()
            if self.backend_kind == "remote":
                await backend.health()
            else:
                await backend.classify(["warm up"])
        except Exception as exc:
            raise DetectorError(
                f"classifier ({self.backend_kind}) unavailable: {type(exc).__name__}: {exc}"
            ) from exc

    async def aclose(self) -> None:
        if self._backend is not None:
            await self._backend.aclose()

    # ---- Detector protocol ------------------------------------------------------------------------
    # Long on purpose: one pass: shed load, call the backend, map errors to DetectorError, then one
    # finding per category; the steps share the backend's state
    async def detect(
        self, items: Sequence[TextItem], params: Mapping[str, Any], direction: Direction
    ) -> list[Finding]:
        params = params or {}
        min_chars = int(params.get("min_chars", 1))
        todo = [it for it in items if it.text and len(it.text.strip()) >= min_chars]
        if not todo:
            return []
        try:
            backend = await self._get_backend()
            batcher = getattr(backend, "batcher", None)
            if self.timeout_s and batcher is not None and hasattr(batcher, "expected_wait_s"):
                # Shed load: a request that would queue past its deadline fails now (its rule's on_error
                # decides) instead of holding a connection for the whole timeout and then failing anyway.
                wait = batcher.expected_wait_s(len(todo))
                if wait > self.timeout_s:
                    raise DetectorError(
                        f"classifier (local) overloaded: {batcher.queue_depth} windows queued, "
                        f"about {wait:.1f}s > timeout {self.timeout_s}s"
                    )
            coro = backend.classify([it.text for it in todo])
            results = await (asyncio.wait_for(coro, self.timeout_s) if self.timeout_s else coro)
        except DetectorError:
            raise
        except TimeoutError as exc:
            raise DetectorError(
                f"classifier ({self.backend_kind}) timed out after {self.timeout_s}s"
            ) from exc
        except Exception as exc:
            raise DetectorError(
                f"classifier ({self.backend_kind}) failed: {type(exc).__name__}: {exc}"
            ) from exc

        labels = tuple(results[0].labels) if results else tuple(backend.labels)
        model_thresholds = dict(getattr(backend, "thresholds", {}) or {})
        cats = params.get("categories") or list(labels)
        if isinstance(cats, str):
            cats = [cats]
        unknown = [c for c in cats if c not in labels]
        if unknown:
            raise DetectorError(f"classifier has no categories {unknown}; it has {list(labels)}")
        per_cat = dict(params.get("thresholds") or {})
        default = params.get("threshold")

        def threshold(cat: str) -> float:
            if cat in per_cat:
                return float(per_cat[cat])
            if default is not None:
                return float(default)
            return float(model_thresholds.get(cat, 0.5))

        model_name = getattr(getattr(backend, "model", None), "name", None) or getattr(
            backend, "model_name", None
        )
        findings: list[Finding] = []
        for item, res in zip(todo, results, strict=True):
            if len(res.windows) == 0:
                continue
            for cat in cats:
                j = labels.index(cat)
                col = res.windows[:, j]
                w = int(col.argmax())
                score = float(col[w])
                th = threshold(cat)
                if score < th:
                    continue
                start, end = res.spans[w]
                findings.append(
                    Finding(
                        detector=self.name,
                        type=cat,
                        score=round(score, 6),
                        direction=direction,
                        location=item.location,
                        start=int(start),
                        end=int(end),
                        meta={
                            "window": w,
                            "windows": len(res.spans),
                            "windows_over_threshold": int((col >= th).sum()),
                            "threshold": th,
                            "backend": self.backend_kind,
                            "model": model_name,
                            "role": item.role,
                        },
                    )
                )
        return findings
