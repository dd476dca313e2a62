"""Loading policy files: positions in every error, extends, versions."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from policies.loader import PolicyLoadError, load_policy_set, load_policy_text
from policies.matcher import RequestMeta

from .helpers import policy_yaml

GOOD = """\
apiVersion: safety-gateway/v1
kind: Policy
metadata:
  name: good
spec:
  match:
    tenants: [acme]
  rules:
    - id: kw
      detector: keywords
      params: {keywords: [secret]}
      action: block
"""


def _errors(text: str, **kwargs) -> list[str]:
    with pytest.raises(PolicyLoadError) as info:
        load_policy_text(text, "p.yaml", **kwargs)
    return [str(e) for e in info.value.errors]


def test_good_policy_loads_with_rule_keys_and_origins():
    ps = load_policy_text(GOOD, "p.yaml")
    (policy,) = ps.policies
    assert policy.name == "good"
    (rule,) = policy.rules
    assert rule.key == "good/kw"
    assert rule.origin == "p.yaml:9:7"
    assert rule.on_error == "closed" and rule.mode == "enforce" and rule.priority == 0


def test_unknown_key_is_reported_at_its_line_and_column_with_a_hint():
    text = GOOD.replace("      action: block", "      acton: block")
    errors = _errors(text)
    assert "p.yaml:12:7: unknown key 'acton' in spec.rules[0] (hint: did you mean 'action'?)" in errors
    assert any(e.startswith("p.yaml:9:7: missing required key 'action'") for e in errors)


def test_bad_action_value_names_the_allowed_values_and_suggests_one():
    (error,) = _errors(GOOD.replace("action: block", "action: blok"))
    assert error.startswith("p.yaml:12:7: spec.rules[0].action: 'blok' is not allowed")
    assert "hint: did you mean 'block'?" in error


def test_unknown_top_level_key_and_wrong_kind():
    text = GOOD.replace("kind: Policy", "kind: Polcy\nextra: 1")
    errors = _errors(text)
    assert any(e.startswith("p.yaml:2:1: kind: 'Polcy' is not allowed") for e in errors)
    assert any(e.startswith("p.yaml:3:1: unknown key 'extra' in document") for e in errors)


def test_duplicate_yaml_key_and_invalid_yaml_have_positions():
    (dup,) = _errors(GOOD.replace("      action: block", "      action: block\n      action: allow"))
    assert dup == "p.yaml:13:7: duplicate key 'action' (hint: first defined on line 12)"
    (bad,) = _errors(GOOD.replace("tenants: [acme]", "tenants: [acme"))
    assert bad.startswith("p.yaml:") and "invalid YAML" in bad


def test_route_needs_a_target():
    (error,) = _errors(GOOD.replace("action: block", "action: route"))
    assert error.startswith("p.yaml:9:7: spec.rules[0]: action 'route' needs a 'route:' target")


def test_duplicate_rule_id_reported_at_second_definition():
    text = GOOD + "    - id: kw\n      action: notice\n      direction: output\n"
    (error,) = _errors(text)
    assert error.startswith("p.yaml:13:7: duplicate rule id 'kw'")
    assert "first defined on line 9" in error


def test_unknown_detector_rejected_when_registry_given():
    (error,) = _errors(
        GOOD.replace("detector: keywords", "detector: keywrods"), known_detectors={"keywords", "pii"}
    )
    assert error == "p.yaml:10:7: unknown detector 'keywrods' (hint: did you mean 'keywords'?)"
    load_policy_text(GOOD, "p.yaml", known_detectors={"keywords"})  # known: fine


def test_non_mapping_document():
    (error,) = _errors("- just\n- a list\n")
    assert error.startswith("p.yaml:1:1: a policy file must be a YAML mapping")


def test_errors_from_several_files_are_all_collected(write):
    write("a.yaml", GOOD.replace("action: block", "action: nope"))
    write("b.yaml", GOOD.replace("name: good", "name: BAD NAME"))
    write("c.yaml", GOOD.replace("name: good", "name: fine"))
    with pytest.raises(PolicyLoadError) as info:
        load_policy_set([write("a.yaml", GOOD.replace("action: block", "action: nope")).parent])
    files = sorted({Path(e.file).name for e in info.value.errors})
    assert files == ["a.yaml", "b.yaml"]


def test_duplicate_policy_names_across_files(write):
    a = write("a.yaml", GOOD)
    write("b.yaml", GOOD)
    with pytest.raises(PolicyLoadError) as info:
        load_policy_set([a.parent])
    (error,) = info.value.errors
    assert error.message == "duplicate policy name 'good'" and error.line == 4
    assert "a.yaml:4" in (error.hint or "")


def test_missing_path_is_an_error(tmp_path):
    with pytest.raises(PolicyLoadError, match="no such file or directory"):
        load_policy_set([tmp_path / "nope.yaml"])


def test_test_files_in_a_directory_are_not_policies(write):
    p = write("lib/p.yaml", GOOD)
    write("lib/tests/t.yaml", "apiVersion: safety-gateway/v1\nkind: PolicyTest\ncases: []\n")
    ps = load_policy_set([p.parent])
    assert [x.name for x in ps.policies] == ["good"]


def test_version_is_a_content_hash_independent_of_location(write, tmp_path):
    a = write("one/p.yaml", GOOD)
    v1 = load_policy_set([a]).version
    other = tmp_path / "elsewhere" / "q.yaml"
    other.parent.mkdir()
    shutil.copy(a, other)
    assert load_policy_set([other]).version == v1
    a.write_text(GOOD.replace("secret", "secrets"), encoding="utf-8")
    assert load_policy_set([a]).version != v1


# -- extends ----------------------------------------------------------------------------------------
BASE = policy_yaml(
    "base",
    spec="""
    abstract: true
    match: {zones: [external]}
    """,
    rules="""
    - id: kw
      detector: keywords
      params: {keywords: [alpha]}
      action: block
    - id: notice
      direction: output
      action: notice
    - id: shadowed
      detector: keywords
      params: {keywords: [beta]}
      action: flag
      mode: shadow
    """,
)


def test_extends_inherits_rules_match_and_takes_child_priority_and_mode(write):
    write("base.yaml", BASE)
    child = write(
        "child.yaml",
        policy_yaml(
            "child",
            spec="""
            priority: 7
            mode: shadow
            extends: [base]
            """,
            rules="""
            - id: kw
              detector: keywords
              params: {keywords: [alpha]}
              action: redact
            - id: extra
              detector: keywords
              params: {keywords: [gamma]}
              action: flag
            """,
        ),
    )
    ps = load_policy_set([child.parent])
    policy = ps.by_name["child"]
    rules = {r.id: r for r in policy.rules}
    assert list(rules) == ["kw", "notice", "shadowed", "extra"]
    assert rules["kw"].action == "redact" and rules["kw"].inherited_from is None  # overridden by id
    assert rules["notice"].inherited_from == "base" and rules["notice"].key == "child/notice"
    assert rules["notice"].priority == 7 and rules["notice"].mode == "shadow"  # child's spec applies
    assert rules["shadowed"].mode == "shadow"  # explicit rule mode kept
    # match is inherited; the abstract parent itself never matches
    external = RequestMeta.build(zone="external")
    assert [p.name for p in ps.match(external)] == ["child"]
    assert ps.match(RequestMeta.build(zone="internal")) == []


def test_child_match_replaces_parent_match(write):
    write("base.yaml", BASE)
    child = write("child.yaml", policy_yaml("child", spec="extends: [base]\nmatch: {zones: [internal]}"))
    ps = load_policy_set([child.parent])
    assert [p.name for p in ps.match(RequestMeta.build(zone="internal"))] == ["child"]
    assert len(ps.by_name["child"].rules) == 3


def test_extends_unknown_and_cycles_are_errors_with_positions(write):
    write("a.yaml", policy_yaml("a", spec="extends: [b]"))
    write("b.yaml", policy_yaml("b", spec="extends: [a]"))
    c = write("c.yaml", policy_yaml("c", spec="extends: [nope]"))
    with pytest.raises(PolicyLoadError) as info:
        load_policy_set([c.parent])
    messages = [str(e) for e in info.value.errors]
    assert any("c.yaml:6:13: unknown policy 'nope' in extends" in m for m in messages)
    assert any("extends cycle: a -> b -> a" in m or "extends cycle: b -> a -> b" in m for m in messages)
