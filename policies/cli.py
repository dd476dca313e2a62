"""The ``policy`` command group: ``check``, ``test``, ``explain``, ``schema``.

The gateway's CLI adds these to its own parser::

    from policies.cli import add_policy_commands
    add_policy_commands(subparsers, detectors_factory=lambda: gateway_detectors,
                        default_policy_paths=lambda: config.policy_paths,
                        transform_factory=lambda: gateway_transform)   # optional
    args = parser.parse_args(); sys.exit(args.func(args))

Each subcommand sets ``func(args) -> int`` (the exit status). ``python -m policies`` runs the
same commands with the built-in detectors only.
"""

from __future__ import annotations

import argparse
import asyncio
import json
import sys
from collections.abc import Callable, Mapping, Sequence
from pathlib import Path
from typing import Any, TextIO

from .check import check_paths
from .detectors import builtin_detectors
from .findings import Detector
from .loader import PolicyLoadError, load_policy_set
from .models import policy_json_schema
from .runner import TransformHook, apply_transforms
from .testing import CaseResult, run_tests
from .yaml_source import SourceError

DetectorsFactory = Callable[[], Mapping[str, Detector]]
BUNDLED_BASELINE = Path(__file__).parent / "library" / "baseline.yaml"


# Long on purpose: argparse declarations of every policy subcommand, in the order `--help` shows them
def add_policy_commands(
    subparsers: Any,
    detectors_factory: DetectorsFactory | None = None,
    *,
    default_policy_paths: Callable[[], Sequence[str]] | None = None,
    transform_factory: Callable[[], TransformHook] | None = None,
    out: TextIO | None = None,
) -> None:
    """Add ``policy check|test|explain|schema`` to an argparse subparsers object."""
    # Long on purpose: argparse declarations, one block per subcommand, read top to bottom.
    factory: DetectorsFactory = detectors_factory or builtin_detectors

    def stream() -> TextIO:
        return out if out is not None else sys.stdout

    policy = subparsers.add_parser(
        "policy", help="check, test, explain policies; print the policy JSON Schema"
    )
    sub = policy.add_subparsers(dest="policy_command", metavar="{check,test,explain,schema}")
    sub.required = True

    p = sub.add_parser("check", help="validate policy files: errors with file:line:column")
    p.add_argument("paths", nargs="+", metavar="FILE|DIR")
    p.add_argument("--strict", action="store_true", help="warnings fail the check too")
    p.add_argument(
        "--known-model",
        action="append",
        dest="known_models",
        metavar="ALIAS",
        help="report models not in this list (repeatable)",
    )
    p.add_argument(
        "--known-zone",
        action="append",
        dest="known_zones",
        metavar="ZONE",
        help="report zones not in this list (repeatable)",
    )

    def run_check(args: argparse.Namespace) -> int:
        o = stream()
        report = check_paths(
            args.paths, factory(), known_models=args.known_models, known_zones=args.known_zones
        )
        for problem in report.problems:
            print(problem, file=o)
        print(
            f"checked {len(report.files)} files ({len(report.policies)} policies, "
            f"{len(report.tests)} test files): {len(report.errors)} errors, {len(report.warnings)} warnings",
            file=o,
        )
        return 0 if report.ok(args.strict) else 1

    p.set_defaults(func=run_check)

    p = sub.add_parser("test", help="run the YAML test cases beside the policies")
    p.add_argument("paths", nargs="+", metavar="DIR")

    def run_test(args: argparse.Namespace) -> int:
        o = stream()
        detectors = factory()
        transform = transform_factory() if transform_factory else apply_transforms

        def show(result: CaseResult) -> None:
            print(result.line(), file=o)

        run = asyncio.run(run_tests(args.paths, detectors, transform=transform, on_result=show))
        for error in run.errors:
            print(f"ERROR {error}", file=o)
        if not run.results and not run.errors:
            print("no test files (kind: PolicyTest) found", file=o)
            print("0 passed, 0 failed", file=o)
            return 1
        print(run.summary(), file=o)
        return 1 if run.failed else 0

    p.set_defaults(func=run_test)

    p = sub.add_parser("explain", help="show which policies match a request and why the decision came out")
    p.add_argument("--request", required=True, metavar="FILE", help="YAML/JSON request (as in a test case)")
    p.add_argument(
        "--policies",
        action="append",
        metavar="PATH",
        help="policy files/dirs (default: the configured policy_paths)",
    )
    p.add_argument("--json", action="store_true", help="machine-readable output")

    def run_explain(args: argparse.Namespace) -> int:
        from .explain import explain, load_request, render

        o = stream()
        paths = args.policies or (
            list(default_policy_paths()) if default_policy_paths else [str(BUNDLED_BASELINE)]
        )
        try:
            policy_set = load_policy_set(paths)
            request = load_request(args.request)
        except PolicyLoadError as exc:
            print(exc, file=o)
            return 1
        except SourceError as exc:
            print(exc, file=o)
            return 1
        matches, directions = asyncio.run(explain(request, policy_set, factory()))
        if args.json:
            print(
                json.dumps(
                    {
                        "policy_version": policy_set.version,
                        "policies": matches,
                        "directions": [
                            {"direction": d.direction, "rules": d.rules, "decision": d.decision.as_dict()}
                            for d in directions
                        ],
                    },
                    ensure_ascii=False,
                    indent=2,
                ),
                file=o,
            )
        else:
            print(render(policy_set, matches, directions), file=o)
        return 0

    p.set_defaults(func=run_explain)

    p = sub.add_parser("schema", help="print the JSON Schema of a policy file")
    p.add_argument("--indent", type=int, default=2)

    def run_schema(args: argparse.Namespace) -> int:
        print(json.dumps(policy_json_schema(), ensure_ascii=False, indent=args.indent), file=stream())
        return 0

    p.set_defaults(func=run_schema)


def main(argv: Sequence[str] | None = None) -> int:
    """``python -m policies policy ...`` (built-in detectors only)."""
    parser = argparse.ArgumentParser(prog="python -m policies")
    subparsers = parser.add_subparsers(dest="command")
    subparsers.required = True
    add_policy_commands(subparsers, builtin_detectors)
    args = parser.parse_args(argv)
    return int(args.func(args))
