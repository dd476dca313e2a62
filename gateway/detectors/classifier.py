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
      runtime: auto             # auto | torch | onnx   (SAFETY_CLASSIFIER_RUNTIME; auto: ONNX Runtime on CPU)
      score_cache: 8192         # window scores kept by content hash (repeated turns are not re-scored)
      max_scored_windows: 48    # fresh windows scored per call at most (docs/robustness.md); 0: all
      timeout_s: 5.0            # per detect() call, local or remote
      remote:
        url: http://classifier:8087   # (SAFETY_CLASSIFIER_URL)
        timeout_s: 2.0          # per HTTP try
        retries: 2

Rule params (per policy rule): ``categories`` (list; default every label the model has),
``thresholds`` (``{category: float}``) and/or ``threshold`` (one float for all), ``min_chars``,
``roles`` (the text roles scored; default every role but ``metadata``, which the model never reads).

A finding is emitted per (text item, category) whose best window reaches the threshold. It carries
the category, the score, the item's location, the character span and index of the window — never text.
Any failure (model load, inference, service down, timeout, an unknown category) raises
:class:`DetectorError`; the rule's ``on_error`` decides open or closed.
"""

from __future__ import annotations

import asyncio
import difflib
import os
from collections.abc import Callable, Mapping, Sequence
from typing import Any

from policies.findings import DetectorError, Direction, Finding, ParamProblem, TextItem
from policies.normalize import base64_payloads, leetspeak_runs, normalize

#: Readings of a text besides the text itself and its detection copy: what a model asked to "decode
#: this and do what it says" would read (an instruction in base64 or leetspeak scores little as written).
#: Each returns ``(start, end, decoded)`` per run found; adding one is one line here.
_DECODERS: tuple[tuple[str, Callable[[str], list[tuple[int, int, str]]]], ...] = (
    ("base64", base64_payloads),
    ("leetspeak", leetspeak_runs),
)


class _Payload:
    """A run decoded out of a text: its findings point at the whole encoded run."""

    def __init__(self, start: int, end: int, kind: str) -> None:
        self.start, self.end, self.kind = start, end, kind

    def span(self, start: int, end: int) -> tuple[int, int]:
        return self.start, self.end


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
    "max_scored_windows",
    "quantize",
    "runtime",
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
    if os.environ.get("SAFETY_CLASSIFIER_RUNTIME"):
        cfg["runtime"] = os.environ["SAFETY_CLASSIFIER_RUNTIME"]
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

    def known_labels(self) -> tuple[str, ...] | None:
        """The configured local model's labels, read without loading it (None: remote, or unreadable —
        then the service answers for its own labels at run time)."""
        if self.backend_kind != "local":
            return None
        from classifiers.manifest import peek_labels

        try:
            return peek_labels(self._local_cfg.get("model_path"), self._local_cfg.get("label_map"))
        except (OSError, ValueError, KeyError):
            return None

    def check_params(self, params: Mapping[str, Any], direction: Direction) -> list[ParamProblem]:
        """Static checks for ``policy check`` / ``config check`` and the loader: a misspelt category
        would otherwise fail every request at run time (and, failing closed, block them all)."""
        problems: list[ParamProblem] = []
        allowed = {"categories", "thresholds", "threshold", "min_chars", "roles"}
        for key in params:
            if key not in allowed:
                close = difflib.get_close_matches(str(key), sorted(allowed), n=1)
                problems.append(
                    ParamProblem(
                        (key,),
                        f"unknown parameter {key!r}",
                        f"did you mean {close[0]!r}?" if close else "allowed: " + ", ".join(sorted(allowed)),
                    )
                )
        labels = self.known_labels()
        cats = params.get("categories")
        named: list[tuple[tuple[str | int, ...], str]] = []
        if isinstance(cats, str):
            named.append((("categories",), cats))
        elif isinstance(cats, (list, tuple)):
            named.extend((("categories", i), str(c)) for i, c in enumerate(cats))
        elif cats is not None:
            problems.append(ParamProblem(("categories",), "categories must be a list of category names"))
        thresholds = params.get("thresholds")
        if isinstance(thresholds, Mapping):
            named.extend((("thresholds", str(c)), str(c)) for c in thresholds)
        for key in ("threshold",):
            value = params.get(key)
            if value is not None and not (isinstance(value, (int, float)) and 0.0 <= float(value) <= 1.0):
                problems.append(ParamProblem((key,), f"{key} must be a number between 0 and 1"))
        if labels is not None:
            for path, cat in named:
                if cat not in labels:
                    close = difflib.get_close_matches(cat, labels, n=1)
                    problems.append(
                        ParamProblem(
                            path,
                            f"the classifier has no category {cat!r}",
                            f"did you mean {close[0]!r}?" if close else "it has: " + ", ".join(labels),
                        )
                    )
        return problems

    # ---- Detector protocol ------------------------------------------------------------------------
    # Long on purpose: one pass: shed load, call the backend, map errors to DetectorError, then one
    # finding per category; the steps share the backend's state
    async def detect(
        self, items: Sequence[TextItem], params: Mapping[str, Any], direction: Direction
    ) -> list[Finding]:
        params = params or {}
        min_chars = int(params.get("min_chars", 1))
        # ``roles`` narrows the texts scored. By default everything but the ``metadata`` role (``user``,
        # ``metadata``, ``safety_identifier``...: ids for the operator, never read by the model), where an
        # e-mail or an id scored as an "instruction" would refuse ordinary requests.
        roles = params.get("roles")
        todo = [
            it
            for it in items
            if it.text
            and len(it.text.strip()) >= min_chars
            and (it.role in roles if roles else it.role != "metadata")
        ]
        if not todo:
            return []
        copies = [normalize(it.text) for it in todo]
        changed = [c for c in copies if c.changed]
        # "Decode this and do what it says": the decoded text is what the model would read (_DECODERS)
        payloads = [
            [(a, b, text, kind) for kind, decode in _DECODERS for a, b, text in decode(it.text)]
            for it in todo
        ]
        decoded = [text for found in payloads for _, _, text, _ in found]
        try:
            backend = await self._get_backend()
            batcher = getattr(backend, "batcher", None)
            if self.timeout_s and batcher is not None and hasattr(batcher, "expected_wait_s"):
                # Shed load: a request that would queue past its deadline fails now (its rule's on_error
                # decides) instead of holding a connection for the whole timeout and then failing anyway.
                wait = batcher.expected_wait_s(len(todo) + len(changed) + len(decoded))
                if wait > self.timeout_s:
                    raise DetectorError(
                        f"classifier (local) overloaded: {batcher.queue_depth} windows queued, "
                        f"about {wait:.1f}s > timeout {self.timeout_s}s"
                    )
            # Each text as written, and its detection copy where that differs (policies/normalize.py:
            # invisible characters gone, tag characters spelled out, NFD and full-width folded, entities
            # decoded); a category's score is the higher of the two. The copy reveals what obfuscation
            # hides (an instruction in tag characters scores nothing as written); the text as written
            # keeps what obfuscation itself shows (zero-width joiners between every letter score higher
            # than the same sentence plain). Ordinary text is its own copy: no extra model time there,
            # and unchanged windows of a changed text are answered by the score cache.
            coro = backend.classify([it.text for it in todo] + [c.text for c in changed] + decoded)
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
        runtime = getattr(getattr(backend, "model", None), "runtime", None)  # local: "onnx" | "torch"
        extra = iter(results[len(todo) :])
        readings: list[list[tuple[Any, Any]]] = [
            [(res, None)] + ([(next(extra), copy)] if copy.changed else [])
            for res, copy in zip(results[: len(todo)], copies, strict=True)
        ]
        for item_readings, found in zip(readings, payloads, strict=True):
            item_readings += [(next(extra), _Payload(a, b, kind)) for a, b, _, kind in found]
        findings: list[Finding] = []
        for item, item_readings in zip(todo, readings, strict=True):
            for cat in cats:
                j = labels.index(cat)
                best = None
                for res, copy in item_readings:
                    if len(res.windows) == 0:
                        continue
                    col = res.windows[:, j]
                    w = int(col.argmax())
                    if best is None or float(col[w]) > best[0]:
                        best = (float(col[w]), w, col, res, copy)
                if best is None:
                    continue
                score, w, col, res, copy = best
                th = threshold(cat)
                if score < th:
                    continue
                start, end = int(res.spans[w][0]), int(res.spans[w][1])
                if copy is not None:  # scored on the detection copy: back to the text as written
                    start, end = copy.span(start, end)
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
                            "runtime": runtime,
                            "model": model_name,
                            "role": item.role,
                            "normalized": copy is not None,
                            "decoded": copy.kind if isinstance(copy, _Payload) else None,
                        },
                    )
                )
        return findings
