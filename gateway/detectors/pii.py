"""Registers the PII detector (``gateway/pii/``): entity findings, settings from ``pii:``."""

from __future__ import annotations

from gateway.detectors.registry import DetectorSpec, register_detector
from gateway.pii.config import PIISettings, build_detector

register_detector(
    DetectorSpec(
        name="pii",
        config=PIISettings,
        section="pii",
        reports="entities",
        from_config=lambda settings, env: build_detector(settings),
    )
)
