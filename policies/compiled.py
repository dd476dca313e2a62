"""Loaded policies as frozen dataclasses: what the matcher, planner and evaluator work on.

The loader (:mod:`policies.loader`) resolves ``extends``, fills in inherited priority and mode and
produces these; nothing here is mutated after loading, so a :class:`PolicySet` can be shared by
every request in flight while a reload builds the next one.
"""

from __future__ import annotations

import json
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from types import MappingProxyType
from typing import Any, TypeVar

from .actions import ACTION_RANK, ANNOTATION_ACTIONS, TRANSFORM_ACTIONS, Action
from .findings import DetectorError, Direction, Finding
from .matcher import CompiledMatch
from .models import RouteTarget

# The action groups live in policies.actions; re-exported here for existing imports.
__all__ = [
    "ACTION_RANK",
    "ANNOTATION_ACTIONS",
    "TRANSFORM_ACTIONS",
    "BoundRule",
    "DetectorResult",
    "Invocation",
    "Plan",
    "Policy",
    "freeze",
    "params_key",
    "thaw",
]

# What one detector call gave: its findings, or the error it failed with (``on_error`` decides).
DetectorResult = Sequence[Finding] | DetectorError
R = TypeVar("R", bound=DetectorResult)


def freeze(value: Any) -> Any:
    """A read-only deep copy of YAML data (dicts become mapping proxies, lists tuples)."""
    if isinstance(value, Mapping):
        return MappingProxyType({k: freeze(v) for k, v in value.items()})
    if isinstance(value, (list, tuple)):
        return tuple(freeze(v) for v in value)
    return value


def thaw(value: Any) -> Any:
    """The inverse of :func:`freeze`, for JSON output and for detectors that want plain types."""
    if isinstance(value, Mapping):
        return {k: thaw(v) for k, v in value.items()}
    if isinstance(value, tuple):
        return [thaw(v) for v in value]
    return value


def params_key(detector: str, params: Mapping[str, Any]) -> str:
    return detector + json.dumps(thaw(params), sort_keys=True, ensure_ascii=False, default=str)


@dataclass(frozen=True, slots=True)
class BoundRule:
    """A rule as it applies inside one policy (after ``extends``), with effective mode and priority."""

    key: str  # "policy/rule-id": the id used in reasons, findings_by_rule, audit records
    policy: str
    id: str
    directions: frozenset[str]
    detector: str | None
    params: Mapping[str, Any]
    min_score: float
    types: frozenset[str] | None
    when: CompiledMatch | None
    action: Action
    rank: int
    route: RouteTarget | None
    message: str | None
    args: Mapping[str, Any]
    on_error: str
    mode: str
    priority: int
    description: str
    origin: str  # "file:line:col" of the rule's definition
    inherited_from: str | None = None  # policy name the rule came from through extends

    @property
    def params_key(self) -> str:
        return params_key(self.detector or "", self.params)


@dataclass(frozen=True, slots=True)
class Policy:
    name: str
    description: str
    owner: str
    labels: Mapping[str, str]
    priority: int
    mode: str
    abstract: bool
    extends: tuple[str, ...]
    match: CompiledMatch
    rules: tuple[BoundRule, ...]
    file: str
    origin: str  # "file:line:col" of metadata.name
    by_direction: Mapping[str, tuple[BoundRule, ...]]
    stream_check: str | None = None  # "strict" | "fast" | None (the default: strict)
    fallback_across_zones: str | None = None  # "redecide" | "deny" | None (the default: redecide)
    stream_window: tuple[int, int] | None = None  # (size, overlap) in characters
    # Per direction, the rules with a ``when`` condition (``plan`` evaluates them per request).
    when_rules: Mapping[str, tuple[BoundRule, ...]] = field(init=False, repr=False)

    def rules_for(self, direction: Direction) -> tuple[BoundRule, ...]:
        return self.by_direction.get(direction, ())

    def __post_init__(self) -> None:
        object.__setattr__(
            self,
            "when_rules",
            {d: tuple(r for r in rules if r.when is not None) for d, rules in self.by_direction.items()},
        )


@dataclass(frozen=True, slots=True, eq=False)
class Invocation:
    """One detector call a plan needs: rules with the same detector and params share it."""

    detector: str
    params: Mapping[str, Any]
    direction: Direction
    rules: tuple[str, ...]  # BoundRule.key of every rule that reads its findings
    timeout_s: float | None = None


@dataclass(frozen=True, slots=True)
class Plan:
    """What to run for one request in one direction, and the rules that will read the results."""

    direction: Direction
    policies: tuple[str, ...]
    rules: tuple[BoundRule, ...]
    invocations: tuple[Invocation, ...]
    policy_version: str
    has_allow: bool = True  # whether any rule in scope is an allow exception (evaluator fast path)
    # Streams: strict if any policy contributing rules asks for it, fast if all do (None: the gateway's
    # default); the smallest window and the largest overlap any of them asks for (None: default).
    stream_check: str | None = None
    stream_window: tuple[int, int] | None = None

    def findings_by_rule(self, results: Mapping[Invocation, R] | Sequence[R]) -> dict[str, R]:
        """Spread per-invocation results (a list in ``invocations`` order, or a mapping keyed by
        invocation) to ``{rule key: findings | DetectorError}`` for :func:`policies.evaluator.evaluate`."""
        out: dict[str, R] = {}
        pairs: list[tuple[Invocation, R]]
        if isinstance(results, Mapping):
            pairs = [(inv, results[inv]) for inv in self.invocations if inv in results]
        else:
            pairs = list(zip(self.invocations, results, strict=True))
        for inv, result in pairs:
            for key in inv.rules:
                out[key] = result
        return out
