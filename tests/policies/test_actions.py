"""The one action/outcome enum and the one outcome label (``policies.actions``)."""

import json

import pytest

from policies.actions import ACTION_RANK, Action, Outcome, outcome_label
from policies.models import policy_json_schema


def test_members_are_their_strings():
    assert Action.BLOCK == "block" and hash(Action.BLOCK) == hash("block")
    assert ACTION_RANK["block"] == ACTION_RANK[Action.BLOCK]
    assert json.dumps({"a": Action.PSEUDONYMIZE, "o": Outcome.ERROR}) == '{"a": "pseudonymize", "o": "error"}'
    assert f"{Outcome.ROUTE}" == "route"


def test_schema_lists_every_action():
    rule = policy_json_schema()["$defs"]["Rule"]
    assert rule["properties"]["action"]["enum"] == [a.value for a in Action]


@pytest.mark.parametrize(
    ("action", "status", "code", "expected"),
    [
        (None, 200, None, "allow"),
        ("pseudonymize", 200, None, "pseudonymize"),
        ("route", 200, None, "route"),
        ("truncate", 200, None, "allow"),  # output-side only; the request itself was allowed
        ("notice", 200, None, "allow"),
        ("block", 400, "content_policy_violation", "block"),
        # A fail-closed rule refused it: a policy's refusal, counted with the blocks everywhere.
        ("allow", 503, "detector_unavailable", "block"),
        ("redact", 502, "upstream_error", "error"),
        (None, 401, "invalid_api_key", "error"),
    ],
)
def test_outcome_label(action, status, code, expected):
    assert outcome_label(action, status, code) == expected
    assert isinstance(outcome_label(action, status, code), Outcome)
