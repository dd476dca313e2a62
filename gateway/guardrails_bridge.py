"""``GuardrailsDetector``: any installed guardrails-ai validator as a policy rule's detector.

Rule params::

    detector: guardrails
    params:
      validator: "some_pkg.SomeValidator"   # import path (module.Class or module:Class), or a name from
                                            # guardrails' validator registry ("safety-gateway/pii",
                                            # "guardrails/regex_match", "hub://guardrails/regex_match")
      args: {threshold: 0.5}                # keyword arguments for the validator's constructor
      metadata: {}                          # optional: the ``metadata`` dict passed to validate()
      roles: [user]                         # optional: scan only items with these roles
      on_fail: exception                    # accepted and ignored: the rule's ``action`` decides

Each text item is validated with the validator's ``validate(value, metadata)`` in a worker thread
(never on the event loop). A ``FailResult`` becomes one finding per error span (with offsets), or
one finding without offsets when the validator gives no spans; ``type`` is the validator's
registered name, ``score`` 1.0. A ``PassResult`` finds nothing. The validator's ``error_message``
and ``fix_value`` are never copied into findings: validators often quote the offending text.
Import and validation errors raise :class:`~policies.findings.DetectorError` naming the validator
and the exception type, never the text.

guardrails-ai is used offline: :func:`guardrails_offline` (called before this module or
``gateway.guardrails_validators`` touches a validator) switches its Hub telemetry and remote
inference off for good; see ``docs/policies.md`` (section guardrails-ai).
"""

from __future__ import annotations

import difflib
import importlib
import importlib.util
import inspect
import json
import logging
import threading
from collections import OrderedDict
from collections.abc import Mapping, Sequence
from typing import Any

from gateway import offline as _offline  # noqa: F401  (guardrails env vars before guardrails is imported)
from gateway.detectors.pool import run_detector_work
from policies.findings import DetectorError, Direction, Finding, ParamProblem, TextItem

log = logging.getLogger("safety_gateway.guardrails")

PARAMS = ("validator", "args", "metadata", "roles", "on_fail")
# Constructor arguments that would send text to a remote inference endpoint (the Hub by default).
REMOTE_ARGS = ("use_local", "validation_endpoint")
_CACHE_MAX = 256

_offline_lock = threading.Lock()
_offline_done = False


# ---- telemetry off -------------------------------------------------------------------------------
def guardrails_offline() -> None:
    """Make guardrails-ai unable to call home, whatever ``~/.guardrailsrc`` or a caller says.

    guardrails-ai 0.11 reads its switches from ``~/.guardrailsrc`` only (no environment variable):
    ``enable_metrics`` defaults to *true* when the file is absent, and then every Guard call and
    validator inference is exported as OpenTelemetry spans to the Hub's collector
    (``HubTelemetry``, an OTLP/HTTP exporter to an AWS endpoint); ``use_remote_inferencing`` sends
    text to the Hub's inference API. Here, once per process:

    * ``RC.load`` is wrapped so every load (``Guard.configure`` reloads it) has
      ``enable_metrics=False`` and ``use_remote_inferencing=False``; ``settings.rc`` is reloaded;
    * the ``HubTelemetry`` singleton is created now, disabled, with a console (not network)
      exporter, and its ``_enabled`` flag is pinned to False, so ``Guard(...).configure(
      allow_metrics_collection=True)`` cannot turn it back on;
    * guardrails' own OpenTelemetry spans (which carry validator inputs and outputs) are disabled
      unless the application already chose (``settings.disable_tracing`` not None).

    ``gateway.offline`` also forces ``GR_VALIDATOR_HUB_SERVICE`` to a loopback address (any remote
    inference fails fast, locally) and ``GUARDRAILS_RUN_SYNC=true`` (no uvloop policy swap).
    """
    global _offline_done
    if _offline_done:
        return
    with _offline_lock:
        if _offline_done:
            return
        from guardrails.classes.rc import RC
        from guardrails.settings import settings
        from guardrails.utils.hub_telemetry_utils import HubTelemetry

        original = RC.load.__func__
        if not getattr(original, "_safety_gateway_offline", False):

            def load(cls: type[RC], logger: logging.Logger | None = None) -> RC:
                rc = original(cls, logger)
                rc.enable_metrics = False
                rc.use_remote_inferencing = False
                return rc

            load._safety_gateway_offline = True  # type: ignore[attr-defined]
            RC.load = classmethod(load)
        settings.rc = RC.load()
        if HubTelemetry._instance is None:
            HubTelemetry(export_locally=True, enabled=False)
        HubTelemetry._enabled = property(lambda self: False, lambda self, value: None)
        if settings.disable_tracing is None:
            settings.disable_tracing = True
        _offline_done = True


def guardrails_installed() -> bool:
    return importlib.util.find_spec("guardrails") is not None


# ---- resolving a validator -----------------------------------------------------------------------
class _BadValidator(Exception):
    def __init__(
        self, message: str, hint: str | None = None, where: tuple[str, ...] = ("validator",)
    ) -> None:
        super().__init__(message)
        self.hint = hint
        self.where = where


def _is_registry_name(ref: str) -> bool:
    return ref.startswith("hub://") or "/" in ref


def resolve_validator(ref: str) -> type:
    """The guardrails ``Validator`` class for an import path or a registered name."""
    guardrails_offline()
    from guardrails.validator_base import Validator, validators_registry

    if _is_registry_name(ref):
        key = ref.removeprefix("hub://")
        cls = validators_registry.get(key)
        if cls is None:
            cls = _from_local_hub_registry(key)
        if cls is None:
            close = difflib.get_close_matches(key, sorted(validators_registry), n=1)
            raise _BadValidator(
                f"no guardrails validator registered as {key!r}",
                f"did you mean {close[0]!r}?"
                if close
                else "install its package (pip install guardrails-ai-<name>) and name it by import path "
                "(module.Class), or import the module that registers it",
            )
    else:
        module_name, sep, attr = ref.partition(":") if ":" in ref else ref.rpartition(".")
        if not sep or not module_name or not attr:
            raise _BadValidator(
                f"validator {ref!r} is neither an import path (module.Class) nor a "
                "registered name (namespace/name)"
            )
        try:
            module = importlib.import_module(module_name)
        except ImportError as exc:
            raise _BadValidator(
                f"cannot import {module_name!r} for validator {ref!r}: {exc}",
                "is its package installed in the gateway's environment?",
            ) from None
        except Exception as exc:  # noqa: BLE001 — a broken module is a bad validator reference
            raise _BadValidator(
                f"importing {module_name!r} for validator {ref!r} failed: {type(exc).__name__}: {exc}"
            ) from None
        cls = getattr(module, attr, None)
        if cls is None:
            raise _BadValidator(f"module {module_name!r} has no attribute {attr!r}")
    if not (isinstance(cls, type) and issubclass(cls, Validator)):
        raise _BadValidator(f"{ref!r} is not a guardrails Validator class")
    return cls


def _from_local_hub_registry(key: str) -> type | None:
    """Validators installed with ``guardrails hub install`` are listed in the project's
    ``.guardrails/hub_registry.json`` (a local file; nothing is fetched)."""
    from guardrails.hub.registry import get_registry_path
    from guardrails.validator_base import validators_registry

    if not get_registry_path().is_file():
        return None
    try:
        from guardrails.hub.registry import get_registry

        entry = get_registry().validators.get(key)
        if entry is not None and entry.import_path:
            importlib.import_module(entry.import_path)
    except Exception as exc:  # noqa: BLE001
        log.debug("guardrails hub registry lookup for %s failed: %s", key, type(exc).__name__)
    found: type | None = validators_registry.get(key)
    return found


def _check_args(args: Any) -> dict[str, Any]:
    if args is None:
        return {}
    if not isinstance(args, Mapping):
        raise _BadValidator("args must be a mapping of constructor arguments", where=("args",))
    bad = [k for k in args if not isinstance(k, str)]
    if bad:
        raise _BadValidator("args keys must be strings", where=("args",))
    remote = [k for k in REMOTE_ARGS if k in args and not (k == "use_local" and args[k] is True)]
    if remote:
        raise _BadValidator(
            f"{remote[0]!r} is not allowed: the gateway runs validators locally, offline",
            "remove it; remote (Hub) inference would send text off this machine",
            where=("args", remote[0]),
        )
    return dict(args)


class _Instances:
    """Validator instances by (reference, args), built once, shared by rules (validators are
    expected to be stateless per call, as guardrails itself shares them)."""

    def __init__(self) -> None:
        self._lock = threading.Lock()
        self._items: OrderedDict[str, Any] = OrderedDict()
        self.runtime: Any = None  # gateway.guardrails_validators.ValidatorRuntime, once one of ours is built

    def get(self, ref: str, args: Mapping[str, Any]) -> Any:
        key = ref + "\0" + json.dumps(args, sort_keys=True, default=repr)
        with self._lock:
            found = self._items.get(key)
            if found is not None:
                self._items.move_to_end(key)
                return found
        instance = self._build(ref, args)
        self._own(instance)
        with self._lock:
            self._items[key] = instance
            while len(self._items) > _CACHE_MAX:
                self._items.popitem(last=False)
        return instance

    def _own(self, instance: Any) -> None:
        """The gateway's own validators (safety-gateway/...) run on this detector's runtime, closed with
        it."""
        from gateway.guardrails_validators import ValidatorRuntime, _DetectorValidator

        if isinstance(instance, _DetectorValidator):
            with self._lock:
                if self.runtime is None:
                    self.runtime = ValidatorRuntime()
            instance.runtime = self.runtime

    def close(self) -> None:
        if self.runtime is not None:
            self.runtime.close()

    @staticmethod
    def _build(ref: str, args: Mapping[str, Any]) -> Any:
        cls = resolve_validator(ref)
        from guardrails.types.on_fail import OnFailAction

        _unknown_args(ref, cls, args)
        try:
            instance = cls(**args, on_fail=OnFailAction.NOOP)
        except TypeError as exc:
            raise _BadValidator(f"bad args for validator {ref!r}: {exc}", where=("args",)) from None
        except Exception as exc:  # noqa: BLE001
            raise _BadValidator(
                f"validator {ref!r} could not be built with these args: {type(exc).__name__}: {exc}",
                where=("args",),
            ) from None
        if getattr(instance, "use_local", True) is not True:
            instance.use_local = True  # never the Hub's inference endpoint
        return instance


def _unknown_args(ref: str, cls: type, args: Mapping[str, Any]) -> None:
    """Most validators end their signature with ``**kwargs`` (passed on to ``Validator``), so a
    misspelt argument would be swallowed silently: compare against the named parameters instead."""
    from guardrails.validator_base import Validator

    extra = [k for k in args if k not in REMOTE_ARGS]
    if cls.__init__ is Validator.__init__ and extra:  # type: ignore[misc]
        raise _BadValidator(
            f"bad args for validator {ref!r}: it takes no arguments, got {extra[0]!r}", where=("args",)
        )
    try:
        sig = inspect.signature(cls.__init__)  # type: ignore[misc]
    except (TypeError, ValueError):
        return
    named = [
        n
        for n, p in sig.parameters.items()
        if n not in ("self", "on_fail") and p.kind in (p.POSITIONAL_OR_KEYWORD, p.KEYWORD_ONLY)
    ]
    if not named or not any(p.kind is p.VAR_KEYWORD for p in sig.parameters.values()):
        return  # nothing to compare against, or a TypeError will say it
    for key in args:
        if key not in named and key not in REMOTE_ARGS:
            close = difflib.get_close_matches(key, named, n=1)
            raise _BadValidator(
                f"unknown argument {key!r} for validator {ref!r}",
                f"did you mean {close[0]!r}?" if close else "it takes: " + ", ".join(named),
                where=("args", key),
            )


# ---- the detector --------------------------------------------------------------------------------
class GuardrailsDetector:
    """Implements :class:`policies.findings.Detector` and ``ChecksParams`` (name ``"guardrails"``)."""

    name = "guardrails"

    def __init__(self) -> None:
        if not guardrails_installed():
            raise ImportError("guardrails-ai is not installed (pip install guardrails-ai)")
        self._instances = _Instances()

    async def aclose(self) -> None:
        self._instances.close()

    # Detector -------------------------------------------------------------------------------------
    async def detect(
        self, items: Sequence[TextItem], params: Mapping[str, Any], direction: Direction
    ) -> list[Finding]:
        params = params or {}
        ref = params.get("validator")
        if not isinstance(ref, str) or not ref:
            raise DetectorError("guardrails: missing parameter 'validator' (import path or registered name)")
        roles = params.get("roles")
        todo = [i for i in items if i.text and (not roles or i.role in roles)]
        if not todo:
            return []
        return await run_detector_work(self._run, ref, params, todo, direction)

    def _run(
        self, ref: str, params: Mapping[str, Any], items: Sequence[TextItem], direction: Direction
    ) -> list[Finding]:
        try:
            validator = self._instances.get(ref, _check_args(params.get("args")))
        except _BadValidator as exc:
            raise DetectorError(f"guardrails: {exc}") from None
        metadata = dict(params.get("metadata") or {})
        type_ = getattr(validator, "rail_alias", "") or ref
        out: list[Finding] = []
        for item in items:
            try:
                result = validator.validate(item.text, dict(metadata))
            except Exception as exc:  # noqa: BLE001 — never echo the exception text: it may quote the input
                raise DetectorError(
                    f"guardrails validator {ref!r} failed on {item.location}: {type(exc).__name__}"
                ) from None
            out += _findings(result, ref, type_, item, direction)
        return out

    # ChecksParams ---------------------------------------------------------------------------------
    def check_params(self, params: Mapping[str, Any], direction: Direction) -> list[ParamProblem]:
        params = params or {}
        problems: list[ParamProblem] = []
        for key in params:
            if key not in PARAMS:
                close = difflib.get_close_matches(str(key), PARAMS, n=1)
                problems.append(
                    ParamProblem(
                        (key,),
                        f"unknown parameter {key!r}",
                        f"did you mean {close[0]!r}?" if close else "allowed: " + ", ".join(PARAMS),
                    )
                )
        roles = params.get("roles")
        if roles is not None and (
            not isinstance(roles, (list, tuple)) or not all(isinstance(r, str) for r in roles)
        ):
            problems.append(ParamProblem(("roles",), "roles must be a list of role names"))
        if params.get("metadata") is not None and not isinstance(params.get("metadata"), Mapping):
            problems.append(ParamProblem(("metadata",), "metadata must be a mapping"))
        ref = params.get("validator")
        if not isinstance(ref, str) or not ref:
            problems.append(
                ParamProblem(
                    ("validator",) if "validator" in params else (),
                    "missing parameter 'validator'"
                    if ref is None
                    else "validator must be a non-empty string",
                    "an import path (module.Class) or a registered name (namespace/name)",
                )
            )
            return problems
        try:
            self._instances.get(ref, _check_args(params.get("args")))
        except _BadValidator as exc:
            problems.append(ParamProblem(exc.where, str(exc), exc.hint))
        return problems


def _findings(result: Any, ref: str, type_: str, item: TextItem, direction: Direction) -> list[Finding]:
    from guardrails_ai.types import FailResult, PassResult

    if result is None or isinstance(result, PassResult):
        return []
    if not isinstance(result, FailResult):
        raise DetectorError(
            f"guardrails validator {ref!r} returned {type(result).__name__}, not a PassResult or FailResult"
        )
    meta = {"validator": ref}
    spans = result.error_spans or []
    n = len(item.text)
    out = []
    for span in spans:
        start = max(0, min(int(span.start), n))
        end = max(start, min(int(span.end), n))
        out.append(Finding("guardrails", type_, 1.0, direction, item.location, start, end, meta))
    if not out:
        out.append(Finding("guardrails", type_, 1.0, direction, item.location, meta=meta))
    return out
