"""Detectors register themselves here; the pipeline, metrics, audit and the policy tools read the registry.

A detector module under ``gateway/detectors/`` calls :func:`register_detector` once, at import::

    register_detector(DetectorSpec(
        name="toy",                      # what a policy rule's ``detector:`` names
        config=ToySettings,              # pydantic model of its settings
                                         # (gateway.yaml ``detectors: {toy: ...}``)
        from_config=lambda settings, env: ToyDetector(settings.word),
        reports="entities",              # optional: findings are PII-like entities (counted by type)
    ))

That is the whole of adding a detector: nothing in the app, the pipeline, metrics or audit names
one. Every module of this package is imported by :func:`registered` (so a new file is found
without editing a list). The built-in detectors of the policy language (``keywords``, ``regex``,
``size``, ...) come from :func:`policies.detectors.builtin_detectors`.

The registry holds specifications (code), filled at import; the detector instances of a running
gateway belong to its :class:`gateway.services.Services`.
"""

from __future__ import annotations

import importlib
import logging
import pkgutil
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Literal

from pydantic import BaseModel, ConfigDict

from policies.findings import Detector

log = logging.getLogger("safety_gateway.detectors")

# How metrics, traces and the audit record summarise a detector's findings:
#   entities: each finding is an entity of a type (PII): counted by type and direction, never valued
#   scores:   each finding is a category with a score (a classifier): the best score per category is kept
#   other:    only the rule hits they cause are recorded
FindingKind = Literal["entities", "scores", "other"]


class NoSettings(BaseModel):
    """For detectors without settings."""

    model_config = ConfigDict(extra="forbid")


@dataclass(frozen=True)
class DetectorEnv:
    """What a detector may need from the gateway besides its settings."""

    base_dir: Path = Path(".")  # relative paths in settings resolve against the config file's directory


@dataclass(frozen=True)
class DetectorSpec:
    name: str
    from_config: Callable[[Any, DetectorEnv], Detector]
    config: type[BaseModel] = NoSettings
    reports: FindingKind = "other"
    # The top-level gateway.yaml key holding the settings, for the detectors that had one before the
    # registry (pii, classifier, copyright); the others read ``detectors: {<name>: {...}}``.
    section: str | None = None
    # Run once before the detector's warm-up when a policy uses it (e.g. resolve lazy imports in the
    # main thread); and hooks its own metrics onto the gateway's (``Metrics``) when it is built.
    preload: Callable[[], None] | None = None
    watch: Callable[[Any], None] | None = None

    def settings(self, raw: Mapping[str, Any] | BaseModel | None) -> BaseModel:
        if isinstance(raw, self.config):
            return raw
        if isinstance(raw, BaseModel):
            raw = raw.model_dump(exclude_unset=True)
        return self.config.model_validate(dict(raw or {}))


_SPECS: dict[str, DetectorSpec] = {}
_discovered = False


def register_detector(spec: DetectorSpec) -> DetectorSpec:
    """Called by a detector module at import; a second registration of a name replaces the first."""
    _SPECS[spec.name] = spec
    return spec


def unregister_detector(name: str) -> None:
    """For tests that register a toy detector."""
    _SPECS.pop(name, None)


def _discover() -> None:
    global _discovered
    if _discovered:
        return
    _discovered = True
    import gateway.detectors as package

    for module in pkgutil.iter_modules(package.__path__):
        if module.name == "registry":
            continue
        try:
            importlib.import_module(f"{package.__name__}.{module.name}")
        except ImportError as exc:  # an optional dependency is missing: that detector is absent
            log.debug("detector module %s not loaded: %s", module.name, type(exc).__name__)


def registered() -> dict[str, DetectorSpec]:
    """Every registered detector, by name (module import order, then registration order)."""
    _discover()
    return dict(_SPECS)


def finding_kinds() -> dict[str, FindingKind]:
    """Detector name -> how its findings are summarised (metrics, traces, audit)."""
    return {name: spec.reports for name, spec in registered().items()}


def detector_names() -> set[str]:
    """Every detector a policy may name in this build: built-ins and registered ones, whether or not
    their optional dependencies are installed."""
    return set(_builtins()) | set(registered())


def _builtins() -> dict[str, Detector]:
    try:
        from policies.detectors import builtin_detectors
    except ImportError:
        return {}
    return dict(builtin_detectors())


def build_detectors(
    settings: Mapping[str, Mapping[str, Any] | BaseModel | None] | None = None,
    env: DetectorEnv | None = None,
    *,
    strict: bool = False,
) -> dict[str, Detector]:
    """The built-ins plus an instance of every registered detector that can be built here.

    ``settings``: detector name -> its settings (validated with the detector's config model). A
    detector whose dependencies are missing is absent: rules naming it fail per their ``on_error``,
    and ``policy check`` says it is not available. Any other failure to start (bad settings) is
    raised when ``strict`` (the gateway: a configured detector must work) and logged otherwise (the
    policy tools).
    """
    env = env or DetectorEnv()
    out = _builtins()
    for name, spec in registered().items():
        try:
            out[name] = spec.from_config(spec.settings((settings or {}).get(name)), env)
        except ImportError as exc:  # an optional dependency is missing
            log.debug("detector %s unavailable: %s", name, type(exc).__name__)
        except Exception as exc:
            if strict:
                raise
            log.debug("detector %s unavailable: %s", name, type(exc).__name__)
    return out
