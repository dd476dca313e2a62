"""PolicySet conveniences, check warnings across policies, and the library boundary."""

from __future__ import annotations

import subprocess
import sys

from policies.check import check_paths
from policies.detectors import builtin_detectors
from policies.findings import DetectorError
from policies.matcher import RequestMeta

from .helpers import hit, load_texts, policy_yaml


def test_decide_and_describe():
    ps = load_texts(
        policy_yaml(
            "p",
            spec="priority: 3",
            rules="""
    - {id: kw, detector: keywords, params: {keywords: [x]}, action: block, on_error: open}
    - {id: n, direction: output, action: notice}
    """,
        )
    )
    req = RequestMeta.build(tenant="t")
    assert ps.decide(req, "input", {"p/kw": [hit()]}).action == "block"
    assert ps.decide(req, "input", {"p/kw": DetectorError("down")}).action == "allow"
    assert ps.decide(req, "output", {}).action == "notice"
    (desc,) = ps.describe()
    assert desc["name"] == "p" and desc["priority"] == 3 and desc["version"] == ps.version
    assert [r["id"] for r in desc["rules"]] == ["p/kw", "p/n"]
    assert desc["rules"][0]["params"] == {"keywords": ["x"]} and desc["rules"][0]["on_error"] == "open"
    assert ps.detectors_needed() == {"keywords"}


def test_plan_is_cached_per_rule_list():
    ps = load_texts(
        policy_yaml(
            "p",
            rules="""
    - {id: a, detector: keywords, params: {keywords: [x]}, action: block, when: {zones: [external]}}
    - {id: b, detector: keywords, params: {keywords: [y]}, action: block}
    """,
        )
    )
    ext, internal = RequestMeta.build(zone="external"), RequestMeta.build(zone="internal")
    p1 = ps.plan(ps.match(ext), "input", ext)
    assert ps.plan(ps.match(ext), "input", ext) is p1
    p2 = ps.plan(ps.match(internal), "input", internal)
    assert p2 is not p1 and [r.key for r in p2.rules] == ["p/b"]


def test_header_lists_are_joined_and_matched_per_value():
    ps = load_texts(
        policy_yaml(
            "p",
            spec="match: {headers: {x-data-classification: [대외비]}}",
            rules="- {id: n, direction: output, action: notice}",
        )
    )
    assert ps.match(RequestMeta.build(headers={"X-Data-Classification": ["공개", "대외비"]}))
    assert not ps.match(RequestMeta.build(headers={"X-Data-Classification": ["공개"]}))


def test_check_warns_about_useless_allow_and_unextended_abstract(write):
    write(
        "a.yaml",
        policy_yaml("tmpl", spec="abstract: true", rules="- {id: n, direction: output, action: notice}"),
    )
    write(
        "b.yaml",
        policy_yaml(
            "b",
            rules="""
    - {id: ok, detector: keywords, params: {keywords: [x]}, action: allow}
    - {id: stop, direction: input, action: block}
    """,
        ),
    )
    report = check_paths([write("c.txt", "").parent], builtin_detectors())
    text = "\n".join(map(str, report.warnings))
    assert "abstract policy 'tmpl' is not extended by any policy checked here" in text
    assert "allow rule 'ok' has no effect: no rule has a lower priority than 0" in text
    assert (
        "rule 'stop' blocks every matching request unconditionally; rules ok can never change the outcome"
        in text
    )
    assert report.ok() and not report.ok(strict=True)


def test_policies_package_imports_nothing_else_of_ours():
    code = (
        "import sys, policies, policies.cli, policies.check, policies.explain, policies.testing; "
        "print(sorted(m for m in sys.modules if m.split('.')[0] in ('gateway', 'classifiers', 'audit')))"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout
    assert out.strip() == "[]"
