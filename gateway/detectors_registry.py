"""The detectors this installation has, by name, for the policy tools and the pipeline.

Each detector implements :class:`policies.findings.Detector`. Detectors whose packages are not
installed or not built yet are simply absent; policy tools report rules that need them.
"""

from __future__ import annotations

import importlib
import logging
from typing import Any

log = logging.getLogger("safety_gateway.detectors")

# name -> (module, factory attribute)
_KNOWN = {
    "pii": ("gateway.pii.detector", "PIIDetector"),
    "classifier": ("gateway.detectors.classifier", "ClassifierDetector"),
    "guardrails": ("gateway.guardrails_bridge", "GuardrailsDetector"),
    "copyright": ("gateway.detectors.copyright", "CopyrightDetector"),
}


def available_detectors(overrides: dict[str, Any] | None = None) -> dict[str, Any]:
    """Built-ins plus every installed detector; ``overrides`` supplies configured instances."""
    out: dict[str, Any] = {}
    try:
        builtins = importlib.import_module("policies.detectors")
        out.update(getattr(builtins, "builtin_detectors")())
    except (ImportError, AttributeError):
        pass
    for name, (module, attr) in _KNOWN.items():
        if overrides and name in overrides:
            out[name] = overrides[name]
            continue
        try:
            factory = getattr(importlib.import_module(module), attr)
            out[name] = factory()
        except Exception as exc:  # noqa: BLE001 — an absent detector is reported, not fatal
            log.debug("detector %s unavailable: %s", name, type(exc).__name__)
    return out
