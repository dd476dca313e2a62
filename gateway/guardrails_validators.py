"""The gateway's detectors published as guardrails-ai validators, for in-process use by applications.

An application team can run the same checks the gateway enforces, without the gateway::

    from guardrails import Guard
    from gateway.guardrails_validators import SafetyGatewayPII, SafetyGatewayKeywords

    guard = Guard().use(SafetyGatewayPII(entities=["KR_RRN", "EMAIL_ADDRESS"], on_fail="fix"))
    outcome = guard.validate("주민번호 900101-1234568")
    outcome.validated_output            # '주민번호 <KR_RRN>'

    Guard().use(SafetyGatewayKeywords(keywords=["project x"], on_fail="exception")).validate(text)

or by registered name (``Guard().use(...)`` also accepts the classes looked up by name; inside the
gateway, a rule can say ``detector: guardrails`` with ``validator: safety-gateway/pii``).

==================================  ==========================  ==============================================
registered name                     class                       arguments (all optional unless marked)
==================================  ==========================  ==============================================
``safety-gateway/pii``              ``SafetyGatewayPII``        ``entities`` (list; default all),
                                                                ``threshold``, ``thresholds``, ``allow_list``,
                                                                ``spacy_model``
``safety-gateway/keywords``         ``SafetyGatewayKeywords``   ``keywords`` (required), ``case_sensitive``,
                                                                ``whole_word``, ``type``
``safety-gateway/secrets``          ``SafetyGatewaySecrets``    ``types``
``safety-gateway/prompt-injection`` ``SafetyGatewayPromptInj..  ``categories`` (default prompt_injection,
                                                                jailbreak), ``threshold``, ``config`` (the
                                                                gateway's ``classifier:`` section)
==================================  ==========================  ==============================================

Every failure is a ``FailResult`` whose ``error_message`` names entity types and counts, never the
values, with one ``ErrorSpan`` per finding (``reason`` = the type). PII, keywords and secrets give a
``fix_value`` with each span replaced by ``<TYPE>`` (``on_fail="fix"``); prompt injection has none
(there is nothing to fix; use ``on_fail="exception"`` or ``"noop"`` and read the result).

Importing this module imports ``gateway`` (which forces the offline environment, see
``gateway/offline.py``) and switches guardrails' Hub telemetry off for the process
(:func:`gateway.guardrails_bridge.guardrails_offline`). The classifier model is loaded on the first
prompt-injection validation, not at import.
"""

from __future__ import annotations

import asyncio
import functools
import threading
from collections.abc import Awaitable, Callable, Mapping, Sequence
from typing import Any, TypeVar

from gateway.guardrails_bridge import guardrails_offline

guardrails_offline()

from guardrails.classes.validation.validation_result import (  # noqa: E402 (after guardrails_offline())
    ErrorSpan,
    FailResult,
    PassResult,
    ValidationResult,
)
from guardrails.validator_base import Validator, register_validator  # noqa: E402

from policies.findings import DetectorError, Finding, TextItem  # noqa: E402

__all__ = [
    "SafetyGatewayKeywords",
    "SafetyGatewayPII",
    "SafetyGatewayPromptInjection",
    "SafetyGatewaySecrets",
]

T = TypeVar("T")
_LOCATION = "value"


# ---- running our async detectors from guardrails' synchronous validate() -------------------------
class ValidatorRuntime:
    """What the validators run on: one event loop in a daemon thread (our detectors are async and some,
    the classifier's batcher, keep state bound to one loop, while guardrails calls ``validate`` from
    any thread, with or without a running loop), and the detector instances they share.

    Inside the gateway the ``guardrails`` detector owns one and gives it to the validators it builds
    (closed with the app). Validators an application builds itself use :func:`default_runtime`.
    """

    def __init__(self) -> None:
        self._lock = threading.Lock()
        self._loop: asyncio.AbstractEventLoop | None = None
        self._shared: dict[str, Any] = {}

    def run(self, factory: Callable[[], Awaitable[T]], timeout: float | None = None) -> T:
        loop = self._get()
        future = asyncio.run_coroutine_threadsafe(_call(factory), loop)
        return future.result(timeout)

    def _get(self) -> asyncio.AbstractEventLoop:
        with self._lock:
            if self._loop is None or self._loop.is_closed():
                loop = asyncio.new_event_loop()
                threading.Thread(
                    target=loop.run_forever, name="safety-gateway-validators", daemon=True
                ).start()
                self._loop = loop
            return self._loop

    def shared(self, key: str, build: Callable[[], Any]) -> Any:
        """One detector instance per key (a PII detector per spaCy model...), built on first use."""
        with self._lock:
            if key not in self._shared:
                self._shared[key] = build()
            return self._shared[key]

    def close(self) -> None:
        with self._lock:
            loop, self._loop = self._loop, None
            self._shared.clear()
        if loop is not None and not loop.is_closed():
            loop.call_soon_threadsafe(loop.stop)


async def _call(factory: Callable[[], Awaitable[T]]) -> T:
    return await factory()


@functools.cache
def default_runtime() -> ValidatorRuntime:
    """The runtime of validators built outside a gateway (by an application, through guardrails, which
    constructs them itself: there is no owner to hand one in). Created on first use."""
    return ValidatorRuntime()


# ---- the common shape ----------------------------------------------------------------------------
class _DetectorValidator(Validator):
    """A guardrails validator backed by one of the gateway's detectors (policy contract)."""

    fixable = True
    timeout_s: float | None = 60.0
    runtime: ValidatorRuntime | None = (
        None  # set by the gateway's guardrails detector; else default_runtime()
    )

    def _runtime(self) -> ValidatorRuntime:
        return self.runtime if self.runtime is not None else default_runtime()

    def _detector(self) -> Any:
        raise NotImplementedError

    def _params(self) -> Mapping[str, Any]:
        raise NotImplementedError

    def _validate(self, value: Any, metadata: dict[str, Any]) -> ValidationResult:
        if value is None:
            return PassResult()
        text = value if isinstance(value, str) else str(value)
        if not text:
            return PassResult()
        detector = self._detector()
        items = [TextItem(_LOCATION, text)]
        try:
            findings: list[Finding] = self._runtime().run(
                lambda: detector.detect(items, self._params(), "input"), self.timeout_s
            )
        except DetectorError:
            raise
        except TimeoutError as exc:
            raise DetectorError(f"{self.rail_alias}: timed out after {self.timeout_s}s") from exc
        if not findings:
            return PassResult()
        return _fail(self.rail_alias, text, findings, fix=self.fixable)


def _fail(name: str, text: str, findings: Sequence[Finding], *, fix: bool) -> FailResult:
    counts: dict[str, int] = {}
    for f in findings:
        counts[f.type] = counts.get(f.type, 0) + 1
    summary = ", ".join(f"{t} x{n}" if n > 1 else t for t, n in sorted(counts.items()))
    spans = [
        ErrorSpan(start=f.start, end=f.end, reason=f.type)
        for f in findings
        if f.start is not None and f.end is not None
    ]
    fix_value = None
    if fix and spans:
        from gateway.pii.transforms import redact

        fix_value = redact(text, findings)
    return FailResult(
        error_message=f"{name}: found {summary}",
        fix_value=fix_value,
        error_spans=spans or None,
        metadata={
            "types": sorted(counts),
            "count": len(findings),
            "scores": {t: max(f.score for f in findings if f.type == t) for t in counts},
        },
    )


# ---- the published validators --------------------------------------------------------------------
@register_validator(name="safety-gateway/pii", data_type="string")
class SafetyGatewayPII(_DetectorValidator):
    """The gateway's PII detector (presidio + Korean recognizers); fix = spans replaced by ``<TYPE>``."""

    def __init__(
        self,
        entities: Sequence[str] | None = None,
        threshold: float | None = None,
        thresholds: Mapping[str, float] | None = None,
        allow_list: Sequence[str] | None = None,
        spacy_model: str | None = None,
        on_fail: Any = None,
        **kwargs: Any,
    ) -> None:
        super().__init__(
            on_fail=on_fail,
            entities=entities,
            threshold=threshold,
            thresholds=thresholds,
            allow_list=allow_list,
            spacy_model=spacy_model,
            **kwargs,
        )
        params: dict[str, Any] = {}
        if entities is not None:
            params["entities"] = list(entities)
        if threshold is not None:
            params["threshold"] = float(threshold)
        if thresholds:
            params["thresholds"] = dict(thresholds)
        if allow_list:
            params["allow_list"] = list(allow_list)
        self._pii_params = params
        self._spacy_model = spacy_model
        # Bad entity names are the caller's error: report them now, not on the first value.
        self._detector().validate_params(params)

    def _detector(self) -> Any:
        def build() -> Any:
            from gateway.pii.detector import PIIDetector

            return PIIDetector(spacy_model=self._spacy_model)

        return self._runtime().shared(f"pii:{self._spacy_model}", build)

    def _params(self) -> Mapping[str, Any]:
        return self._pii_params


@register_validator(name="safety-gateway/keywords", data_type="string")
class SafetyGatewayKeywords(_DetectorValidator):
    """Keyword list (the gateway's ``keywords`` detector); fix = matches replaced by ``<TYPE>``."""

    def __init__(
        self,
        keywords: Sequence[str],
        case_sensitive: bool = False,
        whole_word: bool = False,
        type: str = "keyword",
        on_fail: Any = None,
        **kwargs: Any,
    ) -> None:
        super().__init__(
            on_fail=on_fail,
            keywords=keywords,
            case_sensitive=case_sensitive,
            whole_word=whole_word,
            type=type,
            **kwargs,
        )
        from policies.detectors import KeywordDetector

        self._kw_params = {
            "keywords": list(keywords),
            "case_sensitive": bool(case_sensitive),
            "whole_word": bool(whole_word),
            "type": str(type),
        }
        problems = KeywordDetector().check_params(self._kw_params, "input")
        if problems:
            raise ValueError(f"safety-gateway/keywords: {problems[0].message}")

    def _detector(self) -> Any:
        from policies.detectors import KeywordDetector

        return self._runtime().shared("keywords", KeywordDetector)

    def _params(self) -> Mapping[str, Any]:
        return self._kw_params


@register_validator(name="safety-gateway/secrets", data_type="string")
class SafetyGatewaySecrets(_DetectorValidator):
    """Credentials and keys by well-known formats (the gateway's ``secrets`` detector)."""

    def __init__(self, types: Sequence[str] | None = None, on_fail: Any = None, **kwargs: Any) -> None:
        super().__init__(on_fail=on_fail, types=types, **kwargs)
        from policies.detectors import SecretsDetector

        self._secret_params = {"types": list(types)} if types else {}
        problems = SecretsDetector().check_params(self._secret_params, "input")
        if problems:
            raise ValueError(f"safety-gateway/secrets: {problems[0].message}")

    def _detector(self) -> Any:
        from policies.detectors import SecretsDetector

        return self._runtime().shared("secrets", SecretsDetector)

    def _params(self) -> Mapping[str, Any]:
        return self._secret_params


@register_validator(name="safety-gateway/prompt-injection", data_type="string")
class SafetyGatewayPromptInjection(_DetectorValidator):
    """The gateway's classifier (prompt injection and jailbreak by default). Loaded lazily: the
    model is read on the first validation. No ``fix_value``."""

    fixable = False

    def __init__(
        self,
        categories: Sequence[str] | None = None,
        threshold: float | None = None,
        config: Mapping[str, Any] | None = None,
        on_fail: Any = None,
        **kwargs: Any,
    ) -> None:
        super().__init__(on_fail=on_fail, categories=categories, threshold=threshold, config=config, **kwargs)
        params: dict[str, Any] = {"categories": list(categories or ("prompt_injection", "jailbreak"))}
        if threshold is not None:
            params["threshold"] = float(threshold)
        self._clf_params = params
        self._config = dict(config) if config is not None else None

    def _detector(self) -> Any:
        def build() -> Any:
            from gateway.detectors.classifier import ClassifierDetector

            return ClassifierDetector(self._config)

        key = "classifier:" + repr(sorted((self._config or {}).items()))
        return self._runtime().shared(key, build)

    def _params(self) -> Mapping[str, Any]:
        return self._clf_params
