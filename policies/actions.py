"""The one list of what a rule can do (:class:`Action`) and of what a request came to (:class:`Outcome`).

Everything that names an action or an outcome imports it from here: the policy models and
evaluator, the gateway's metrics and audit stage, the audit record and its dashboard. Both are
``StrEnum``: a member *is* its string (``Action.BLOCK == "block"``, same hash, same JSON), so
values read from YAML, JSON or a database compare and look up as before.

Adding an action: a member of :class:`Action` with its rank in :data:`ACTION_RANK` (and, if it
transforms or annotates, its group below); the evaluator and the policy schema pick it up.
"""

from __future__ import annotations

from collections.abc import Mapping
from enum import StrEnum
from types import MappingProxyType


class Action(StrEnum):
    """What a policy rule asks for when it fires."""

    ALLOW = "allow"
    BLOCK = "block"
    TRUNCATE = "truncate"
    REDACT = "redact"
    PSEUDONYMIZE = "pseudonymize"
    ROUTE = "route"
    FLAG = "flag"
    NOTICE = "notice"
    WATERMARK = "watermark"
    STRIP_TOOL = "strip_tool"  # remove a declared tool, or withhold a call, and go on (policies/tools.py)
    REQUIRE_APPROVAL = "require_approval"  # withhold the call; the client gets tool_approval_required


# Most restrictive first. flag/notice/watermark share a tier: they combine, none excludes another.
ACTION_RANK: Mapping[str, int] = MappingProxyType(
    {
        Action.BLOCK: 70,
        Action.REQUIRE_APPROVAL: 68,
        Action.TRUNCATE: 65,
        Action.ROUTE: 60,
        Action.STRIP_TOOL: 55,
        Action.PSEUDONYMIZE: 50,
        Action.REDACT: 40,
        Action.FLAG: 32,
        Action.NOTICE: 31,
        Action.WATERMARK: 30,
        Action.ALLOW: 0,
    }
)
# Actions that rewrite spans of text, and actions that only annotate a request or answer.
TRANSFORM_ACTIONS: frozenset[Action] = frozenset({Action.REDACT, Action.PSEUDONYMIZE})
ANNOTATION_ACTIONS: frozenset[Action] = frozenset({Action.FLAG, Action.NOTICE, Action.WATERMARK})
# Actions on a tool a request declares or a call a model makes (the finding's location names it).
TOOL_ACTIONS: frozenset[Action] = frozenset({Action.STRIP_TOOL, Action.REQUIRE_APPROVAL})

assert set(ACTION_RANK) == set(Action), "every action needs a rank"


class Outcome(StrEnum):
    """What one request came to, as metrics label it and the audit record stores it.

    The input decision's action when it is one of these, ``block`` for a refusal by policy,
    ``error`` for any other failed request; annotations and ``truncate`` leave a request ``allow``.
    """

    ALLOW = "allow"
    BLOCK = "block"
    REDACT = "redact"
    PSEUDONYMIZE = "pseudonymize"
    ROUTE = "route"
    FLAG = "flag"
    ERROR = "error"


# Error codes that mean the policy refused the request (not that something broke):
# ``content_policy_violation`` (a block rule fired) and ``detector_unavailable`` (a fail-closed rule
# refused a request nobody could check; the audit record's rule hit says "detector error").
REFUSAL_CODES: frozenset[str] = frozenset(
    {"content_policy_violation", "detector_unavailable", "tool_approval_required"}
)

_OUTCOMES: frozenset[str] = frozenset(Outcome)


def outcome_label(input_action: str | None, status: int, error_code: str | None = None) -> Outcome:
    """The outcome of one request: the single answer used by metrics, traces, logs and audit.

    ``input_action`` is the input decision's action (``None`` when no policy decided), ``status``
    the HTTP status the client got and ``error_code`` the OpenAI error code, if any.
    """
    if error_code in REFUSAL_CODES:
        return Outcome.BLOCK
    if status >= 400:
        return Outcome.ERROR
    if input_action is not None and input_action in _OUTCOMES:
        return Outcome(input_action)
    return Outcome.ALLOW
