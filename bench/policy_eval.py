"""Policy evaluation cost per request for a 50-rule policy set (goal: <= 50 µs).

Measures the engine alone (detectors excluded, their findings are precomputed): for each request
``store.current`` -> ``match`` -> ``plan`` (input) -> ``evaluate``, on a set of 5 policies x 10
rules with globs, header conditions, per-rule ``when`` conditions, shadow rules and a mix of
firing and quiet rules. Prints one JSON object.

    flock /tmp/heavy.lock python bench/policy_eval.py [--requests 20000] [--repeats 5]
"""

from __future__ import annotations

import argparse
import json
import platform
import statistics
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from policies.evaluator import evaluate  # noqa: E402
from policies.findings import Finding  # noqa: E402
from policies.matcher import RequestMeta  # noqa: E402
from policies.store import PolicyStore  # noqa: E402

ACTIONS = [
    "flag",
    "redact",
    "pseudonymize",
    "notice",
    "route",
    "flag",
    "redact",
    "block",
    "watermark",
    "flag",
]


def policy(index: int) -> str:
    lines = [
        "apiVersion: safety-gateway/v1",
        "kind: Policy",
        f"metadata: {{name: bench-{index}}}",
        "spec:",
        f"  priority: {index}",
        "  match:",
        '    tenants: ["acme", "gov-*", "tenant-??"]',
        '    models: ["gpt-4*", "claude-*", "local-*"]',
        "    endpoints: [/v1/chat/completions]",
    ]
    if index == 4:
        lines.append("    headers: {x-data-classification: [대외비, 국가기밀]}")
    lines.append("  rules:")
    for r in range(10):
        action = ACTIONS[r]
        lines += [
            f"    - id: r{r}",
            f"      direction: {'output' if r == 9 else 'input'}",
            f"      detector: {['keywords', 'regex', 'pii', 'classifier', 'secrets'][r % 5]}",
            f"      params: {{k: {index}-{r}, threshold: 0.{r + 1}}}",
            f"      action: {action}",
        ]
        if action == "route":
            lines.append("      route: {zone: internal}")
        if r == 3:
            lines.append("      mode: shadow")
        if r == 6:
            lines.append("      when: {zones: [external]}")
        if r == 8:
            lines.append("      min_score: 0.5")
    return "\n".join(lines) + "\n"


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--requests", type=int, default=20000)
    parser.add_argument("--repeats", type=int, default=5)
    args = parser.parse_args()

    with tempfile.TemporaryDirectory() as tmp:
        for i in range(5):
            (Path(tmp) / f"bench-{i}.yaml").write_text(policy(i), encoding="utf-8")
        store = PolicyStore([tmp])
    policy_set = store.current
    rules_total = sum(len(p.rules) for p in policy_set.policies)

    request = RequestMeta.build(
        tenant="gov-mois",
        model="gpt-4o",
        zone="external",
        endpoint="/v1/chat/completions",
        headers={"x-data-classification": "대외비", "user-agent": "bench", "x-request-id": "abc"},
    )
    matched = policy_set.match(request)
    plan = policy_set.plan(matched, "input", request)
    # Findings: about a third of the rules fire, with 1-3 findings each (offsets for transforms).
    findings: dict[str, list[Finding]] = {}
    for n, rule in enumerate(plan.rules):
        if n % 3 == 0:
            findings[rule.key] = [
                Finding(rule.detector or "x", "T", 0.9, "input", "messages[0].content", 5 * k, 5 * k + 3)
                for k in range(1 + n % 3)
            ]
        else:
            findings[rule.key] = []
    decision = evaluate(plan, findings)

    quiet = {rule.key: [] for rule in plan.rules}  # the common case: nothing found

    def run(n: int, with_match: bool, found: dict[str, list[Finding]]) -> float:
        start = time.perf_counter_ns()
        for _ in range(n):
            ps = store.current
            if with_match:
                m = ps.match(request)
                p = ps.plan(m, "input", request)
            else:
                p = plan
            evaluate(p, found)
        return (time.perf_counter_ns() - start) / n / 1000

    run(2000, True, findings)  # warm-up
    totals = [run(args.requests, True, findings) for _ in range(args.repeats)]
    evals = [run(args.requests, False, findings) for _ in range(args.repeats)]
    quiets = [run(args.requests, True, quiet) for _ in range(args.repeats)]
    result = {
        "benchmark": "policy_eval",
        "policies": len(policy_set.policies),
        "rules": rules_total,
        "rules_in_input_plan": len(plan.rules),
        "detector_invocations": len(plan.invocations),
        "rules_fired": len(decision.reasons)
        + (len(decision.shadow.reasons) - len(decision.reasons) if decision.shadow else 0),
        "decision": decision.action,
        "requests_per_repeat": args.requests,
        "repeats": args.repeats,
        "us_per_request_match_plan_evaluate": {
            "median": round(statistics.median(totals), 2),
            "min": round(min(totals), 2),
        },
        "us_per_request_evaluate_only": {
            "median": round(statistics.median(evals), 2),
            "min": round(min(evals), 2),
        },
        "us_per_request_match_plan_evaluate_nothing_found": {
            "median": round(statistics.median(quiets), 2),
            "min": round(min(quiets), 2),
        },
        "goal_us": 50,
        "meets_goal": statistics.median(totals) <= 50,
        "python": platform.python_version(),
        "machine": platform.machine(),
    }
    print(json.dumps(result, ensure_ascii=False, indent=2))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
