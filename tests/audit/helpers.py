from __future__ import annotations

import argparse
import asyncio
import contextlib
import io
from typing import Any

from audit.cli import add_audit_commands
from audit.config import AuditConfig, open_writer
from audit.writer import Receipt

from .conftest import make_record


async def write_records(cfg: AuditConfig, n: int, start: int = 0, batch: int | None = None) -> list[Receipt]:
    """Write n records through a real writer (one chain), closing it (signed close checkpoint)."""
    w = await open_writer(cfg)
    out: list[Receipt] = []
    step = batch or n
    for lo in range(start, start + n, step):
        out += await asyncio.gather(*(w.submit(make_record(i)) for i in range(lo, min(lo + step, start + n))))
    await w.close()
    return out


def run_cli(cfg: AuditConfig, *argv: str) -> tuple[int, str, str]:
    parser = argparse.ArgumentParser(prog="safety-gateway")
    sub = parser.add_subparsers(dest="command")
    add_audit_commands(sub, lambda args: cfg)
    args = parser.parse_args(list(argv))
    out, err = io.StringIO(), io.StringIO()
    with contextlib.redirect_stdout(out), contextlib.redirect_stderr(err):
        rc = args.func(args)
    return rc, out.getvalue(), err.getvalue()


def verify_cli(cfg: AuditConfig) -> tuple[int, str]:
    rc, out, err = run_cli(cfg, "audit", "verify")
    return rc, out + err


def sql_any(*a: Any) -> Any:  # pragma: no cover - placeholder for symmetry
    return a
