"""Registers the guardrails-ai bridge (``gateway/guardrails_bridge.py``): any guardrails validator as a
detector. Absent when guardrails-ai is not installed."""

from __future__ import annotations

from gateway.detectors.registry import DetectorEnv, DetectorSpec, NoSettings, register_detector
from policies.findings import Detector


def _build(settings: NoSettings, env: DetectorEnv) -> Detector:
    from gateway.guardrails_bridge import GuardrailsDetector

    return GuardrailsDetector()  # raises ImportError without guardrails-ai: the detector is absent


register_detector(DetectorSpec(name="guardrails", from_config=_build))
