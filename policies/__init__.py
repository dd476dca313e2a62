"""The policy language: models, loader, matcher, evaluator, check/test tools and the library.

Read in this order: ``actions`` (what a rule can do, what a request came to), ``models`` (what a
policy file may say), ``matcher`` (which policies govern a request), ``evaluator`` (how findings
become a decision, precedence), ``policyset`` and ``store`` (loaded sets, hot reload), ``detectors``
(built-in detectors), ``runner`` (running a plan), ``check`` / ``testing`` / ``explain`` / ``cli``
(tools). docs/policies.md has the full story.

The names below are the public API the gateway wires in; this package imports nothing else of ours.
"""

from .actions import ACTION_RANK, Action, Outcome, outcome_label
from .evaluator import Annotation, Decision, DetectorFailure, Reason, Transform, evaluate
from .findings import ChecksParams, Detector, DetectorError, Finding, ParamProblem, TextItem
from .loader import PolicyLoadError, load_policy_set
from .matcher import RequestMeta
from .policyset import PolicySet
from .runner import TransformHook, apply_transforms, items_from_messages, run_plan
from .store import PolicyStore

__all__ = [
    "ACTION_RANK",
    "Action",
    "Annotation",
    "ChecksParams",
    "Decision",
    "Detector",
    "DetectorError",
    "DetectorFailure",
    "Finding",
    "Outcome",
    "ParamProblem",
    "PolicyLoadError",
    "PolicySet",
    "PolicyStore",
    "Reason",
    "RequestMeta",
    "TextItem",
    "Transform",
    "TransformHook",
    "apply_transforms",
    "evaluate",
    "items_from_messages",
    "load_policy_set",
    "outcome_label",
    "run_plan",
]
