"""Registers the classifier detector (``gateway/detectors/classifier.py``): harmful-request and
prompt-injection scores, settings from the ``classifier:`` section.

Kept apart from the detector's module so that the detector's internals and its registration change
independently (the classifier is worked on on its own)."""

from __future__ import annotations

from typing import Any, Literal

from pydantic import ConfigDict, Field, field_validator

from gateway.detectors.registry import DetectorEnv, DetectorSpec, register_detector
from gateway.settings import Section
from policies.findings import Detector


class ClassifierSettings(Section):
    """The ``classifier:`` section of gateway.yaml (the detector validates the values further)."""

    model_config = ConfigDict(extra="allow")
    backend: Literal["local", "remote"] | None = None
    model_path: str | None = None
    device: str | None = None
    fp16: bool | None = None
    threads: int | None = None
    max_batch: int | None = None
    max_wait_ms: float | None = None
    label_map: dict[str, str | None] | None = None
    thresholds: dict[str, float] | None = None
    timeout_s: float | None = None
    quantize: Literal["int8", "none"] | None = None
    # auto: ONNX Runtime on CPU when onnxruntime is installed (fp32 only), torch otherwise and on CUDA
    runtime: Literal["auto", "torch", "onnx"] | None = None
    score_cache: int | None = None
    max_scored_windows: int | None = Field(None, ge=0)  # docs/robustness.md
    remote: dict[str, Any] | None = None

    @field_validator("runtime")
    @classmethod
    def _runtime_available(cls, value: str | None) -> str | None:
        # Said when the config is read (`config check`, start-up), not at the first request.
        if value == "onnx":
            from classifiers.onnx_runtime import MISSING, onnxruntime_available

            if not onnxruntime_available():
                raise ValueError(MISSING)
        return value


def _build(settings: ClassifierSettings, env: DetectorEnv) -> Detector:
    from gateway.detectors.classifier import ClassifierDetector

    # An empty section: the SAFETY_CLASSIFIER_* environment decides (the detector's own default).
    return ClassifierDetector(settings.model_dump(exclude_unset=True) or None)


def _preload() -> None:
    # transformers resolves its names lazily; two loader threads importing it at once can see a
    # half-initialised module ("cannot import name 'AutoModel'"). Resolved once, before warm-up.
    from transformers import AutoModel, AutoModelForCausalLM, AutoTokenizer  # noqa: F401


register_detector(
    DetectorSpec(
        name="classifier",
        config=ClassifierSettings,
        section="classifier",
        reports="scores",
        from_config=_build,
        preload=_preload,
        watch=lambda metrics: metrics.watch_classifier(),
    )
)
