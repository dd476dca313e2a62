"""``python -m tests.reliability SCENARIO [options]``: run one scenario, print or write its JSON.

    python -m tests.reliability load --requests 20000 --concurrency 200 --compare 5000
    python -m tests.reliability chaos
    python -m tests.reliability fuzz
    python -m tests.reliability soak --requests 50000
    python -m tests.reliability replicas

Exit code 0 when every check passed, 1 otherwise. ``--out`` writes the JSON (bench/results/...).
"""

from __future__ import annotations

import argparse
import signal
import sys

import gateway  # noqa: F401  (offline settings before anything imports litellm)
from tests.reliability.harness import write


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(prog="python -m tests.reliability", description=__doc__.split("\n\n")[0])
    sub = ap.add_subparsers(dest="scenario", required=True)

    def common(p: argparse.ArgumentParser, requests: int, concurrency: int) -> None:
        p.add_argument("--requests", type=int, default=requests)
        p.add_argument("--concurrency", type=int, default=concurrency)
        p.add_argument("--out", help="write the JSON here (else stdout)")
        p.add_argument("--keep", action="store_true", help="keep the temp dir (logs, audit store)")

    p = sub.add_parser("load", help="realistic mix under load; audit, PII grep, latency")
    common(p, 20_000, 200)
    p.add_argument("--compare", type=int, default=0, help="also run N requests without the classifier rule")
    p = sub.add_parser("chaos", help="upstream faults, classifier/PostgreSQL/Redis killed and restarted")
    common(p, 4000, 16)
    p.add_argument("--hold", type=float, default=8.0, help="seconds each dependency stays down")
    p = sub.add_parser(
        "fuzz",
        help="hostile input (schemathesis, malformed requests, obfuscation, server abuse) "
        "and security (routes x credentials, tenant isolation, policy switch-off)",
    )
    p.add_argument(
        "--examples", type=int, default=150, help="schemathesis examples per POST operation and mode"
    )
    p.add_argument("--out")
    p.add_argument("--keep", action="store_true")
    p = sub.add_parser("soak", help="memory soak: RSS growth after warm-up")
    common(p, 50_000, 64)
    p.add_argument(
        "--classifier",
        choices=["off", "local"],
        default="off",
        help="off: baseline without its classifier rule (the gateway's own memory); local: in-process",
    )
    p = sub.add_parser("replicas", help="two gateways sharing PostgreSQL and Redis, requests alternating")
    common(p, 6000, 64)
    p.add_argument("--conversations", type=int, default=200)
    p = sub.add_parser("security", help="only the security part of fuzz")
    p.add_argument("--out")
    p.add_argument("--keep", action="store_true")
    args = ap.parse_args(argv)
    # SIGTERM (a CI timeout, kill) unwinds like Ctrl-C: every scenario stops the processes it started.
    signal.signal(signal.SIGTERM, lambda *_: sys.exit(143))

    if args.scenario == "load":
        from tests.reliability import scenario_load

        doc = scenario_load.run(args.requests, args.concurrency, compare=args.compare, keep=args.keep)
    elif args.scenario == "chaos":
        from tests.reliability import scenario_chaos

        doc = scenario_chaos.run(args.requests, args.concurrency, hold_s=args.hold, keep=args.keep)
    elif args.scenario == "fuzz":
        from tests.reliability import scenario_hostile, scenario_security

        hostile = scenario_hostile.run(args.examples, keep=args.keep)
        security = scenario_security.run(keep=args.keep)
        doc = {
            **hostile,
            "scenario": "fuzz (hostile input + security)",
            "ok": hostile["ok"] and security["ok"],
            "checks": hostile["checks"] + security["checks"],
            "security": security,
        }
    elif args.scenario == "soak":
        from tests.reliability import scenario_soak

        doc = scenario_soak.run(args.requests, args.concurrency, classifier=args.classifier, keep=args.keep)
    elif args.scenario == "replicas":
        from tests.reliability import scenario_replicas

        doc = scenario_replicas.run(args.requests, args.concurrency, args.conversations, keep=args.keep)
    elif args.scenario == "security":
        from tests.reliability import scenario_security

        doc = scenario_security.run(keep=args.keep)
    else:  # pragma: no cover - argparse restricts the choices
        raise SystemExit(f"unknown scenario {args.scenario}")
    write(doc, args.out)
    return 0 if doc["ok"] else 1


if __name__ == "__main__":
    sys.exit(main())
