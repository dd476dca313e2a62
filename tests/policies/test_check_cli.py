"""``policy check``, ``policy test``, ``policy explain``, ``policy schema`` through argparse."""

from __future__ import annotations

import argparse
import io
import json
import re
from collections.abc import Mapping, Sequence
from pathlib import Path
from typing import Any

from policies.check import check_paths
from policies.cli import add_policy_commands
from policies.detectors import builtin_detectors
from policies.findings import Finding, TextItem

from .helpers import policy_yaml

LIBRARY = Path(__file__).resolve().parents[2] / "policies" / "library"


def cli(*argv: str, detectors: Any = None, transform: Any = None) -> tuple[int, str]:
    out = io.StringIO()
    parser = argparse.ArgumentParser()
    sub = parser.add_subparsers(dest="command", required=True)
    add_policy_commands(sub, detectors, out=out, transform_factory=(lambda: transform) if transform else None)
    args = parser.parse_args(argv)
    return args.func(args), out.getvalue()


# -- check ------------------------------------------------------------------------------------------
def test_library_checks_clean_with_builtins_only_warning_about_missing_project_detectors():
    code, out = cli("policy", "check", str(LIBRARY))
    assert code == 0, out
    assert "0 errors" in out
    assert "detector 'pii' not available in this build" in out
    # The fourth test file runs baseline and korea-public-sector together (one notice between them).
    assert re.search(r"checked 7 files \(3 policies, 4 test files\)", out)


def test_check_reports_each_problem_with_position(write):
    path = write(
        "bad.yaml",
        policy_yaml(
            "bad",
            spec="match: {licenses: [openrail-n], license_facts: {comercial_use: false}, zones: []}",
            rules="""
        - id: r1
          detector: regex
          params: {patterns: ["("]}
          action: block
        - id: r2
          detector: piii
          action: block
        - id: r3
          direction: output
          action: route
          route: {zone: internal}
        - id: r4
          action: redact
        - id: r5
          detector: keywords
          params: {keywords: [x]}
          action: allow
        - id: r6
          detector: keywords
          params: {keywords: [x]}
          action: block
        - id: r7
          detector: keywords
          params: {keywords: [y]}
          when: {zones: [internal]}
          action: flag
        """,
        ),
    )
    path.write_text(
        path.read_text()
        .replace("match: {licenses", "match: {zones: [external], licenses")
        .replace(", zones: []}", "}")
    )
    report = check_paths([path], builtin_detectors())
    lines = [str(p) for p in report.problems]
    text = "\n".join(lines)
    assert not report.ok()
    assert "bad.yaml:6:41: error: unknown licence id 'openrail-n' (hint: did you mean 'openrail-m'?)" in text
    assert "error: unknown licence fact 'comercial_use' (hint: did you mean 'commercial_use'?)" in text
    assert "bad.yaml:10:27: error: regex: invalid regular expression" in text
    assert "error: unknown detector 'piii' (hint: did you mean 'pii'?)" in text
    assert "error: action 'route' only applies to input" in text
    assert "error: action 'redact' needs a detector to find spans" in text
    assert "error: contradictory rules 'r5' and 'r6'" in text
    assert "error: unreachable rule 'r7': when.zones never overlaps the policy's match.zones" in text
    # one line per problem, each with file:line:col
    assert all(re.match(r".*bad\.yaml:\d+:\d+: (error|warning): ", line) for line in lines)


def test_check_known_zones_and_models(write):
    path = write(
        "p.yaml",
        policy_yaml(
            "p",
            spec="match: {models: [gpt-4o, gpt-5*]}",
            rules="""
    - {id: r, detector: keywords, params: {keywords: [x]}, action: route, route: {zone: intenal}}
    """,
        ),
    )
    report = check_paths([path], builtin_detectors(), known_models={"gpt-4o-mini"}, known_zones={"internal"})
    text = "\n".join(map(str, report.errors))
    assert "unknown model 'gpt-4o' (hint: did you mean 'gpt-4o-mini'?)" in text
    assert "gpt-5*" not in text  # globs are not checked against the list
    assert "unknown zone 'intenal' (hint: did you mean 'internal'?)" in text


def test_check_warnings_only_fail_in_strict_mode(write):
    path = write(
        "p.yaml",
        policy_yaml(
            "p",
            rules="""
    - {id: a, detector: keywords, params: {keywords: [x]}, action: flag}
    - {id: b, detector: keywords, params: {keywords: [x]}, action: flag}
    """,
        ),
    )
    code, out = cli("policy", "check", str(path))
    assert code == 0 and "warning: rule 'b' duplicates rule 'a'" in out
    assert cli("policy", "check", "--strict", str(path))[0] == 1


def test_check_validates_test_files_too(write):
    write("lib/p.yaml", policy_yaml("p", rules="- {id: n, direction: output, action: notice}"))
    write(
        "lib/tests/t.yaml",
        "apiVersion: safety-gateway/v1\nkind: PolicyTest\ncases:\n  - name: x\n"
        "    request: {messages: []}\n    expect: {decison: allow}\n",
    )
    code, out = cli("policy", "check", str(Path(write("lib/x.txt", "").parent)))
    assert code == 1
    assert (
        "t.yaml:6:14: error: unknown key 'decison' in cases[0].expect (hint: did you mean 'decision'?)" in out
    )
    assert "t.yaml:5:15: error: cases[0].request.messages: List should have at least 1 item" in out


# -- schema -----------------------------------------------------------------------------------------
def test_schema_is_json_schema_of_a_policy():
    code, out = cli("policy", "schema")
    schema = json.loads(out)
    assert code == 0 and schema["$schema"].startswith("https://json-schema.org/")
    assert schema["properties"]["kind"]["const"] == "Policy"
    assert schema["additionalProperties"] is False
    rule = schema["$defs"]["Rule"]
    assert set(rule["properties"]["action"]["enum"]) == {
        "allow",
        "block",
        "truncate",
        "redact",
        "pseudonymize",
        "route",
        "flag",
        "notice",
        "watermark",
        "strip_tool",
        "require_approval",
    }


# -- test -------------------------------------------------------------------------------------------
def test_library_policy_tests_pass_and_skip_clearly_without_pii_and_classifier():
    code, out = cli("policy", "test", str(LIBRARY))
    assert code == 0, out
    summary = out.strip().splitlines()[-1]
    passed, failed, skipped = map(
        int, re.match(r"(\d+) passed, (\d+) failed, (\d+) skipped", summary).groups()
    )
    assert failed == 0 and passed >= 20 and skipped >= 4
    skips = [line for line in out.splitlines() if line.startswith("SKIP")]
    assert len(skips) == skipped
    assert all(re.search(r": detector '(pii|classifier)' not available$", line) for line in skips)


class FakePii:
    """A stand-in 'pii' detector (e-mails, RRNs, passports by regex) to show the engine does not care which
    detector produced a finding: the library's pii cases then run instead of being skipped."""

    name = "pii"
    PATTERN = re.compile(
        r"(?P<EMAIL_ADDRESS>[\w.+-]+@[\w-]+\.[\w.]+)|(?P<KR_RRN>\d{6}-[1-8]\d{6})|(?P<KR_PASSPORT>\b[A-Z]\d{8}\b)"
    )

    async def detect(
        self, items: Sequence[TextItem], params: Mapping[str, Any], direction: str
    ) -> list[Finding]:
        wanted = set(params.get("entities") or ())
        return [
            Finding("pii", m.lastgroup, 0.99, direction, i.location, m.start(), m.end())
            for i in items
            for m in self.PATTERN.finditer(i.text)
            if m.lastgroup in wanted
        ]


def test_library_pii_cases_run_with_a_pii_detector():
    detectors = {**builtin_detectors(), "pii": FakePii()}
    code, out = cli("policy", "test", str(LIBRARY), detectors=lambda: detectors)
    assert code == 0, out
    assert "detector 'pii' not available" not in out
    assert "PASS baseline_test.yaml::pii-is-pseudonymized-before-an-external-model" in out
    assert "PASS korea-public-sector_test.yaml::korean-pii-is-pseudonymized-by-the-pii-detector" in out
    assert "PASS openrail-m_test.yaml::d-pii-in-output-is-redacted-by-the-pii-detector" in out


def test_failing_case_prints_why_and_exits_1(write):
    write(
        "lib/p.yaml",
        policy_yaml("p", rules="- {id: kw, detector: keywords, params: {keywords: [bad]}, action: redact}"),
    )
    write(
        "lib/tests/t.yaml",
        """\
apiVersion: safety-gateway/v1
kind: PolicyTest
cases:
  - name: redacts
    request: {messages: [{role: user, content: "a bad word"}]}
    expect: {decision: redact, rules: [kw], upstream_must_not_contain: [bad], upstream_must_contain: [word]}
  - name: wrong-expectation
    request: {messages: [{role: user, content: "a bad word"}]}
    expect: {decision: block, upstream_must_contain: [bad]}
""",
    )
    code, out = cli("policy", "test", str(write("lib/tests/x", "").parent.parent))
    lines = out.strip().splitlines()
    assert code == 1
    assert lines[0] == "PASS t.yaml::redacts"
    assert lines[1].startswith("FAIL t.yaml::wrong-expectation: input decision: expected block, got redact")
    assert "upstream text must contain 'bad'" in lines[1]
    assert lines[-1] == "1 passed, 1 failed, 0 skipped"


def test_transform_hook_is_used_for_upstream_assertions(write):
    write(
        "lib/p.yaml",
        policy_yaml("p", rules="- {id: kw, detector: keywords, params: {keywords: [bad]}, action: redact}"),
    )
    write(
        "lib/tests/t.yaml",
        """\
apiVersion: safety-gateway/v1
kind: PolicyTest
cases:
  - name: hooked
    request: {messages: [{role: user, content: "a bad word"}]}
    expect: {upstream_must_contain: ["a *** word"]}
""",
    )

    async def stars(decision, items):
        return [TextItem(i.location, i.text.replace("bad", "***"), i.role) for i in items]

    code, out = cli("policy", "test", str(Path(write("lib/z", "").parent)), transform=stars)
    assert code == 0, out


def test_test_with_no_test_files_fails(write):
    code, out = cli("policy", "test", str(write("lib/p.yaml", policy_yaml("p", spec="mode: enforce")).parent))
    assert code == 1 and "no test files" in out


# -- explain ----------------------------------------------------------------------------------------
def test_explain_shows_matches_findings_and_decision_without_content(write):
    req = write(
        "req.yaml",
        """\
tenant: mois
model: gpt-4o
zone: external
headers: {x-data-classification: 공개}
messages:
  - {role: user, content: "민원인 주민등록번호 900101-1234568 와 연락처 010-1234-5678"}
response: "처리되었습니다."
""",
    )
    code, out = cli(
        "policy",
        "explain",
        "--request",
        str(req),
        "--policies",
        str(LIBRARY / "korea-public-sector.yaml"),
        "--policies",
        str(LIBRARY / "openrail-m.yaml"),
    )
    assert code == 0, out
    assert "MATCH korea-public-sector" in out
    assert "skip  openrail-m: licence None does not have use_restrictions='openrail-m-attachment-a'" in out
    assert "korea-public-sector/route-resident-registration-number-pattern [regex -> route" in out
    assert "fires: KR_RRN x1" in out
    assert "route: zone internal (from korea-public-sector/route-" in out
    assert "900101-1234568" not in out and "010-1234-5678" not in out
    assert "output:" in out and "decision: notice" in out

    code, out = cli(
        "policy",
        "explain",
        "--request",
        str(req),
        "--json",
        "--policies",
        str(LIBRARY / "korea-public-sector.yaml"),
    )
    data = json.loads(out)
    assert data["directions"][0]["decision"]["action"] == "route"


def test_explain_bad_request_file_points_at_the_line(write):
    req = write("req.yaml", "tenant: a\nmesages: []\n")
    code, out = cli("policy", "explain", "--request", str(req), "--policies", str(LIBRARY / "baseline.yaml"))
    assert code == 1
    assert "req.yaml:2:1: unknown key 'mesages'" in out


def test_xfail_cases_report_known_gaps_and_fail_when_fixed(write):
    write(
        "lib/p.yaml",
        policy_yaml("p", rules="- {id: kw, detector: keywords, params: {keywords: [bad]}, action: block}"),
    )
    write(
        "lib/tests/t.yaml",
        """\
apiVersion: safety-gateway/v1
kind: PolicyTest
cases:
  - name: gap
    xfail: keywords cannot see synonyms
    request: {messages: [{role: user, content: "a terrible word"}]}
    expect: {decision: block}
  - name: fixed
    xfail: was broken once
    request: {messages: [{role: user, content: "a bad word"}]}
    expect: {decision: block}
""",
    )
    code, out = cli("policy", "test", str(write("lib/tests/x", "").parent.parent))
    lines = out.strip().splitlines()
    assert lines[0].startswith(
        "XFAIL t.yaml::gap: known gap: keywords cannot see synonyms; input decision: expected block"
    )
    assert (
        lines[1] == "FAIL t.yaml::fixed: marked xfail (was broken once) but passed: remove the xfail marker"
    )
    assert lines[-1] == "0 passed, 1 failed, 0 skipped, 1 xfailed" and code == 1
