"""``safety-gateway audit verify | export | prune | hash-password | add-user | list-users | remove-user``.

The gateway's CLI hooks these in with::

    from audit.cli import add_audit_commands
    add_audit_commands(subparsers, store_factory)   # store_factory(args) -> AuditConfig (or an AuditSink)

``store_factory`` reads ``gateway.yaml`` (``--config FILE``, else the bundled default) and returns its
``audit:`` section as :class:`audit.config.AuditConfig` (paths resolved). Each command sets
``func=`` to a callable ``func(args) -> int`` (the exit code).

Exit codes: ``verify`` 0 = intact, 1 = tampered (first bad record printed), 2 = could not run
(store unreachable, bad arguments); ``export`` and ``prune`` 0 or 2.
"""

from __future__ import annotations

import argparse
import asyncio
import json
import sys
from collections.abc import Callable
from datetime import UTC, datetime, timedelta
from typing import Any

from audit.chain import prune, verify
from audit.config import AuditConfig, open_store
from audit.query import export
from audit.signing import Keyring
from audit.sinks.base import AuditQuery, AuditSink, SinkUnavailable

StoreFactory = Callable[[argparse.Namespace], "AuditConfig | AuditSink"]


def _resolve(store_factory: StoreFactory, args: argparse.Namespace) -> tuple[AuditSink, AuditConfig | None]:
    got = store_factory(args)
    if isinstance(got, AuditConfig):
        return open_store(got), got
    cfg = getattr(got, "config", None)
    return got, cfg if isinstance(cfg, AuditConfig) else None


def _keyring(cfg: AuditConfig | None, args: argparse.Namespace) -> Keyring:
    ring = cfg.keyring() if cfg is not None else Keyring()
    extra = Keyring.from_files(args.key or [])
    ring.keys.update(extra.keys)
    return ring


def _time(v: str) -> datetime:
    try:
        dt = datetime.fromisoformat(v.replace("Z", "+00:00"))
    except ValueError:
        raise argparse.ArgumentTypeError(
            f"not an ISO 8601 time: {v!r} (e.g. 2026-01-31 or 2026-01-31T09:00Z)"
        ) from None
    return dt if dt.tzinfo else dt.replace(tzinfo=UTC)


def _hash_password(args: argparse.Namespace) -> int:
    import getpass

    from audit.dashboard.auth import hash_password

    if args.stdin or not sys.stdin.isatty():
        # Piped input (`echo ... | audit hash-password`) is a script: read one line, no prompts.
        password = sys.stdin.readline().rstrip("\r\n")
        if not password:
            print("no password on standard input", file=sys.stderr)
            return 1
    else:
        password = getpass.getpass("password: ")
        if password != getpass.getpass("again: "):
            print("the passwords differ", file=sys.stderr)
            return 1
    if len(password) < 8:
        print("use at least 8 characters", file=sys.stderr)
        return 1
    print(hash_password(password))
    return 0


def _read_new_password(args: argparse.Namespace) -> str:
    """From standard input with --password-stdin (one line), else asked twice at the terminal; never
    from the command line, where other users and the shell history would see it."""
    import getpass

    if args.password_stdin:
        password = sys.stdin.readline().rstrip("\r\n")
        if not password:
            raise _UserError("no password on standard input")
    elif not sys.stdin.isatty():
        raise _UserError("no terminal to ask for the password: pipe it in with --password-stdin")
    else:
        password = getpass.getpass(f"password for {args.username}: ")
        if password != getpass.getpass("again: "):
            raise _UserError("the passwords differ")
    if len(password) < 8:
        raise _UserError("use at least 8 characters")
    return password


class _UserError(Exception):
    """A user command that cannot be done: exit 1 (or 2 for configuration problems) with the message."""

    def __init__(self, message: str, code: int = 1):
        super().__init__(message)
        self.code = code


def _role(v: str) -> str:
    from audit.dashboard.auth import ROLES

    if v not in ROLES:
        raise argparse.ArgumentTypeError(f"unknown role {v!r} (one of: {', '.join(ROLES)})")
    return v


def _username(v: str) -> str:
    from audit.dashboard.users import check_username

    try:
        return check_username(v)
    except ValueError as exc:
        raise argparse.ArgumentTypeError(str(exc)) from None


def _users_setup(store_factory: StoreFactory, args: argparse.Namespace) -> tuple[AuditConfig, str]:
    try:
        _, cfg = _resolve(store_factory, args)
    except (SinkUnavailable, OSError, ValueError) as exc:
        raise _UserError(str(exc), 2) from None
    if cfg is None or not cfg.dashboard.users_file:
        raise _UserError("needs the audit configuration (--config gateway.yaml)", 2)
    return cfg, cfg.dashboard.users_file


def _user_command(fn: Callable[[StoreFactory, argparse.Namespace], int], store_factory: StoreFactory) -> Any:
    def run(args: argparse.Namespace) -> int:
        from audit.dashboard.users import UsersFileError

        try:
            return fn(store_factory, args)
        except _UserError as exc:
            print(f"audit {args.audit_command}: {exc}", file=sys.stderr)
            return exc.code
        except (UsersFileError, OSError) as exc:
            print(f"audit {args.audit_command}: {exc}", file=sys.stderr)
            return 2

    return run


def _add_user(store_factory: StoreFactory, args: argparse.Namespace) -> int:
    from audit.dashboard.auth import DashboardUser, hash_password
    from audit.dashboard.users import add_user

    cfg, path = _users_setup(store_factory, args)
    if any(u.username == args.username for u in cfg.dashboard.users):
        raise _UserError(
            f"{args.username!r} is listed in gateway.yaml (audit.dashboard.users): change it there, or "
            "remove it there first"
        )
    password = _read_new_password(args)
    user = DashboardUser(username=args.username, password_hash=hash_password(password), role=args.role)
    try:
        replaced = add_user(path, user, replace=args.force)
    except FileExistsError:
        raise _UserError(
            f"user {args.username!r} exists in {path}: --force replaces its password and role"
        ) from None
    verb = "replaced" if replaced else "added"
    print(f"{verb} dashboard user {args.username!r} (role {args.role}) in {path}")
    print("the running dashboard reads the file again: the user can sign in now, no restart needed")
    return 0


def _list_users(store_factory: StoreFactory, args: argparse.Namespace) -> int:
    from audit.dashboard.users import read_users

    cfg, path = _users_setup(store_factory, args)
    rows = [(u.username, u.role, "gateway.yaml") for u in cfg.dashboard.users]
    configured = {u.username for u in cfg.dashboard.users}
    for u in read_users(path):
        note = " (ignored: also in gateway.yaml)" if u.username in configured else ""
        rows.append((u.username, u.role, path + note))
    if args.json:
        print(json.dumps([{"username": n, "role": r, "source": s} for n, r, s in rows], indent=2))
        return 0
    if not rows:
        print(
            f"no dashboard users (add one: safety-gateway audit add-user NAME --role compliance); file {path}"
        )
        return 0
    width = max(len(n) for n, _, _ in rows)
    for n, r, src in rows:
        print(f"{n:<{width}}  {r:<10}  {src}")
    return 0


def _remove_user(store_factory: StoreFactory, args: argparse.Namespace) -> int:
    from audit.dashboard.users import remove_user

    cfg, path = _users_setup(store_factory, args)
    if remove_user(path, args.username):
        print(f"removed dashboard user {args.username!r} from {path}; their sessions end at their next page")
        return 0
    if any(u.username == args.username for u in cfg.dashboard.users):
        raise _UserError(f"{args.username!r} is listed in gateway.yaml: remove it there and restart")
    raise _UserError(f"no user {args.username!r} in {path}")


def add_audit_commands(subparsers: Any, store_factory: StoreFactory) -> None:
    audit = subparsers.add_parser("audit", help="verify and export the tamper-evident audit log")
    sub = audit.add_subparsers(
        dest="audit_command",
        metavar="{verify,export,prune,hash-password,add-user,list-users,remove-user}",
    )
    sub.required = True

    v = sub.add_parser(
        "verify", help="walk the hash chains and signed checkpoints; name the first bad record"
    )
    _config_arg(v)
    v.add_argument(
        "--key",
        action="append",
        metavar="PEM",
        help="trust this Ed25519 public key for checkpoints (repeatable)",
    )
    v.add_argument("--chain", action="append", metavar="ID", help="verify only this chain (repeatable)")
    v.add_argument("--json", action="store_true", help="print the report as JSON")
    v.set_defaults(func=lambda a: _verify(store_factory, a))

    e = sub.add_parser("export", help="export records as JSONL (default) or CSV")
    _config_arg(e)
    e.add_argument("--format", choices=["jsonl", "csv"], default="jsonl")
    e.add_argument("--output", "-o", metavar="FILE", help="write here instead of stdout")
    _filters(e)
    e.add_argument("--limit", type=int, default=None, help="stop after this many records")
    e.set_defaults(func=lambda a: _export(store_factory, a))

    p = sub.add_parser("prune", help="delete old records, leaving a signed anchor so verify still works")
    _config_arg(p)
    g = p.add_mutually_exclusive_group()
    g.add_argument("--before", type=_time, help="delete records that started before this time")
    g.add_argument("--older-than-days", type=int, help="default: audit.retention_days")
    p.set_defaults(func=lambda a: _prune(store_factory, a))

    h = sub.add_parser(
        "hash-password", help="print the password hash for audit.dashboard.users[].password_hash"
    )
    h.add_argument("--stdin", action="store_true", help="read the password from standard input (for scripts)")
    h.set_defaults(func=_hash_password)

    au = sub.add_parser(
        "add-user",
        help="add a dashboard user (password asked twice; stored hashed in the users file, no restart)",
        description="Adds a user to audit.dashboard.users_file (default: dashboard-users.json beside the "
        "SQLite audit database, mode 0600). gateway.yaml is not touched. The running dashboard reads the "
        "file again when it changes.",
    )
    _config_arg(au)
    au.add_argument("username", type=_username)
    au.add_argument(
        "--role", type=_role, default="compliance", help="admin, security or compliance (default)"
    )
    au.add_argument(
        "--password-stdin",
        action="store_true",
        help="read the password from standard input (one line; for scripts) instead of asking",
    )
    au.add_argument("--force", action="store_true", help="replace the password and role of an existing user")
    au.set_defaults(func=_user_command(_add_user, store_factory))

    lu = sub.add_parser("list-users", help="list dashboard users (gateway.yaml and the users file)")
    _config_arg(lu)
    lu.add_argument("--json", action="store_true")
    lu.set_defaults(func=_user_command(_list_users, store_factory))

    ru = sub.add_parser("remove-user", help="remove a dashboard user from the users file")
    _config_arg(ru)
    ru.add_argument("username")
    ru.set_defaults(func=_user_command(_remove_user, store_factory))


def _config_arg(p: argparse.ArgumentParser) -> None:
    p.add_argument(
        "--config",
        "-c",
        metavar="FILE",
        help="gateway.yaml whose audit: section names the store (default: the bundled config)",
    )


def _filters(p: argparse.ArgumentParser) -> None:
    p.add_argument("--since", type=_time, help="started at or after (ISO 8601, UTC if no zone)")
    p.add_argument("--until", type=_time, help="started before")
    p.add_argument("--tenant")
    p.add_argument("--model", help="model alias")
    p.add_argument("--decision", help="allow, block, redact, pseudonymize, route, flag, error")
    p.add_argument("--rule", help="records where this rule fired")
    p.add_argument("--request-id", help="the gateway's request id (x-request-id of the response)")
    p.add_argument("--client-request-id", help="the x-request-id the client sent (not unique)")
    p.add_argument(
        "--kind", choices=["request", "dashboard"], help="API requests, or dashboard sign-ins/views/exports"
    )


async def _with_store(store: AuditSink, coro_fn: Callable[[AuditSink], Any]) -> Any:
    try:
        return await coro_fn(store)
    finally:
        await store.close()


def _verify(store_factory: StoreFactory, args: argparse.Namespace) -> int:
    try:
        store, cfg = _resolve(store_factory, args)
        ring = _keyring(cfg, args)
        report = asyncio.run(_with_store(store, lambda s: verify(s, ring, args.chain)))
    except (SinkUnavailable, OSError, ValueError) as exc:
        print(f"audit verify: cannot read the audit store: {exc}", file=sys.stderr)
        return 2
    if args.json:
        print(json.dumps(report.to_json(), indent=2))
    else:
        for w in report.warnings:
            print(f"warning: {w}", file=sys.stderr)
        summary = f"{report.chains} chain(s), {report.records} record(s), {report.checkpoints} checkpoint(s)"
        if report.ok:
            print(f"OK: {summary}; chain intact")
        else:
            first = report.first
            assert first is not None
            print(f"TAMPERED: {summary}")
            print(f"first bad record: {first.describe()}")
            for p in report.problems:
                if p is not first:
                    print(f"  also: {p.describe()}")
    return 0 if report.ok else 1


def _export(store_factory: StoreFactory, args: argparse.Namespace) -> int:
    q = AuditQuery(
        since=args.since,
        until=args.until,
        tenant=args.tenant,
        model=args.model,
        decision=args.decision,
        rule=args.rule,
        request_id=args.request_id,
        client_request_id=args.client_request_id,
        kind=args.kind,
    )
    out = open(args.output, "w", newline="", encoding="utf-8") if args.output else sys.stdout
    try:
        store, _ = _resolve(store_factory, args)
        n = asyncio.run(
            _with_store(store, lambda s: export(s, q, out, fmt=args.format, max_records=args.limit))
        )
    except (SinkUnavailable, OSError, ValueError) as exc:
        print(f"audit export: {exc}", file=sys.stderr)
        return 2
    finally:
        if out is not sys.stdout:
            out.close()
    print(f"exported {n} record(s)", file=sys.stderr)
    return 0


def _prune(store_factory: StoreFactory, args: argparse.Namespace) -> int:
    try:
        store, cfg = _resolve(store_factory, args)
        if cfg is None:
            print("audit prune: needs the audit configuration (signing key)", file=sys.stderr)
            return 2
        if args.before is not None:
            before = args.before
        else:
            days = args.older_than_days or cfg.retention_days
            if not days:
                print(
                    "audit prune: give --before or --older-than-days (or set audit.retention_days)",
                    file=sys.stderr,
                )
                return 2
            before = datetime.now(UTC) - timedelta(days=days)
        signer = cfg.signer(create=False)
        if signer is None:
            print("audit prune: audit.signing_key is not set", file=sys.stderr)
            return 2
        results = asyncio.run(_with_store(store, lambda s: prune(s, signer, before, cfg.keyring())))
    except (SinkUnavailable, OSError, ValueError, RuntimeError) as exc:
        print(f"audit prune: {exc}", file=sys.stderr)
        return 2
    for r in results:
        print(
            f"chain {r.chain_id}: removed {r.deleted} record(s) up to seq {r.cut_seq}; signed anchor written"
        )
    print(f"pruned {sum(r.deleted for r in results)} record(s) before {before.isoformat()}")
    return 0
