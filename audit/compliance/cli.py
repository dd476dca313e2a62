"""``safety-gateway compliance report | verify``.

The gateway's CLI mounts these with ``add_compliance_commands(subparsers, facts_factory)`` where
``facts_factory(config_path_or_None) -> (GatewayFacts, AuditConfig)`` reads ``gateway.yaml`` and
raises ValueError with a readable message (``audit`` cannot read the gateway's config itself).

Exit codes: ``report`` 0 written and signed, 2 could not (config, store, font, key);
``verify`` 0 good signature by a trusted key, 1 bad or untrusted, 2 could not run.
"""

from __future__ import annotations

import argparse
import asyncio
import sys
from collections.abc import Callable
from datetime import UTC, datetime, time
from pathlib import Path
from typing import TYPE_CHECKING, Any
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from audit.signing import Keyring, Signer
from audit.sinks.base import SinkUnavailable

if TYPE_CHECKING:
    from audit.compliance.facts import GatewayFacts
    from audit.config import AuditConfig

FactsFactory = Callable[[str | None], "tuple[GatewayFacts, AuditConfig]"]
DEFAULT_TZ = {"ko": "Asia/Seoul", "en": "UTC"}


def _when(value: str) -> str:
    try:
        datetime.fromisoformat(value.replace("Z", "+00:00"))
    except ValueError:
        raise argparse.ArgumentTypeError(
            f"not a date or ISO 8601 time: {value!r} (e.g. 2026-11-01)"
        ) from None
    return value


def _at(value: str, tz: ZoneInfo) -> datetime:
    """A bare date is midnight in the report's time zone; a time without zone is in that zone too."""
    dt = datetime.fromisoformat(value.replace("Z", "+00:00"))
    if len(value) == 10:
        dt = datetime.combine(dt.date(), time(0, 0))
    return dt if dt.tzinfo else dt.replace(tzinfo=tz)


def add_compliance_commands(subparsers: Any, facts_factory: FactsFactory) -> None:
    comp = subparsers.add_parser("compliance", help="signed compliance report for a period, and its check")
    sub = comp.add_subparsers(dest="compliance_command", metavar="{report,verify}")
    sub.required = True

    r = sub.add_parser("report", help="write the signed report (PDF or HTML) for a period")
    r.add_argument("--config", "-c", metavar="FILE", help="gateway.yaml (default: the bundled config)")
    r.add_argument("--since", type=_when, required=True, help="first day (inclusive), e.g. 2026-11-01")
    r.add_argument("--until", type=_when, required=True, help="end (exclusive), e.g. 2026-12-01")
    r.add_argument(
        "--out", "-o", required=True, metavar="FILE", help="report file; FILE.sig is written beside it"
    )
    r.add_argument("--format", choices=["pdf", "html"], help="default: from --out's suffix, else pdf")
    r.add_argument("--lang", choices=["ko", "en"], default="ko", help="report language (default ko)")
    r.add_argument("--tz", help="time zone of dates and times (default: Asia/Seoul for ko, UTC for en)")
    r.add_argument(
        "--font", metavar="FILE", help="Korean .ttf/.otf/.ttc for the PDF (default: Noto Sans CJK KR)"
    )
    r.add_argument(
        "--signing-key", metavar="PEM", help="Ed25519 private key to sign with (default: audit.signing_key)"
    )
    r.set_defaults(func=lambda a: _report(facts_factory, a))

    v = sub.add_parser("verify", help="check a report's detached signature (FILE.sig)")
    v.add_argument("file", help="the report (PDF or HTML)")
    v.add_argument("--sig", metavar="FILE", help="the signature file (default: FILE.sig)")
    v.add_argument(
        "--key",
        action="append",
        metavar="PEM",
        help="trusted Ed25519 public key (PEM or JWK; repeatable); default: the audit keys of --config",
    )
    v.add_argument("--config", "-c", metavar="FILE", help="gateway.yaml whose audit keys to trust")
    v.set_defaults(func=lambda a: _verify(facts_factory, a))


def _fail(msg: str) -> int:
    print(f"compliance: {msg}", file=sys.stderr)
    return 2


def _report(facts_factory: FactsFactory, args: argparse.Namespace) -> int:
    from audit.compliance.build import build_document
    from audit.compliance.evidence import collect
    from audit.compliance.signature import sign_file
    from audit.config import open_store

    try:
        tz = ZoneInfo(args.tz or DEFAULT_TZ[args.lang])
    except (ZoneInfoNotFoundError, ValueError):
        return _fail(f"unknown time zone {args.tz!r} (e.g. Asia/Seoul, UTC)")
    since, until = _at(args.since, tz), _at(args.until, tz)
    if until <= since:
        return _fail("--until must be after --since")
    out = Path(args.out)
    fmt = args.format or ("html" if out.suffix.lower() in (".html", ".htm") else "pdf")
    try:
        facts, audit_cfg = facts_factory(args.config)
        signer = (
            Signer.from_file(args.signing_key, label="signing key")
            if args.signing_key
            else audit_cfg.signer(create=False)
        )
    except (ValueError, OSError) as exc:  # SigningKeyError is a ValueError
        return _fail(str(exc))
    if signer is None:
        return _fail("nothing to sign with: set audit.signing_key or pass --signing-key PEM")

    async def gather() -> Any:
        store = open_store(audit_cfg)
        try:
            return await collect(store, since, until, audit_cfg.keyring())
        finally:
            await store.close()

    try:
        evidence = asyncio.run(gather())
    except (SinkUnavailable, OSError, ValueError) as exc:
        return _fail(f"cannot read the audit store: {exc}")
    generated = datetime.now(UTC)
    doc = build_document(
        facts, evidence, lang=args.lang, tz=tz, generated_at=generated, signing_key_id=signer.key_id
    )
    if fmt == "html":
        from audit.compliance.html import render_html

        data = render_html(doc)
    else:
        from audit.compliance.pdf import FontNotFound, render_pdf

        try:
            data = render_pdf(doc, generated_at=generated, font=args.font)
        except FontNotFound as exc:
            return _fail(str(exc))
    try:
        out.parent.mkdir(parents=True, exist_ok=True)
        out.write_bytes(data)
        sig = sign_file(out, signer)
    except OSError as exc:
        return _fail(f"cannot write {out}: {exc.strerror or exc}")
    chain = evidence.chain
    print(
        f"wrote {out} ({fmt}, {args.lang}; {evidence.requests} request(s) from {since.isoformat()} to "
        f"{until.isoformat()}; audit chain {'intact' if chain and chain.ok else 'NOT intact'})\n"
        f"signed with Ed25519 key {signer.key_id}: {sig}"
    )
    return 0


def _verify(facts_factory: FactsFactory, args: argparse.Namespace) -> int:
    from audit.compliance.signature import verify_file

    try:
        if args.key:
            ring = Keyring.from_files(args.key)
        else:
            _, audit_cfg = facts_factory(args.config)
            ring = audit_cfg.keyring()
    except (ValueError, OSError) as exc:  # SigningKeyError is a ValueError
        return _fail(str(exc))
    verdict = verify_file(Path(args.file), ring, sig_path=Path(args.sig) if args.sig else None)
    if verdict.ok:
        print(f"OK: {verdict.message}")
        return 0
    print(f"FAILED: {verdict.message}", file=sys.stderr)
    return 1


__all__ = ["add_compliance_commands"]
