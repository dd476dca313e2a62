"""What every scenario shares: a temp dir owning its processes, checks, and the result document."""

from __future__ import annotations

import contextlib
import datetime as dt
import json
import os
import platform
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import Any, TypeVar

import psutil

from tests.reliability.services import REPO, PrivatePostgres, Proc

P = TypeVar("P", bound=Proc)


def log(msg: str) -> None:
    print(f"[reliability {time.strftime('%H:%M:%S')}] {msg}", file=sys.stderr, flush=True)


class Stack:
    """A scenario's temp dir and the processes started in it; closing stops them in reverse order."""

    def __init__(self, name: str, keep: bool = False) -> None:
        self.dir = Path(tempfile.mkdtemp(prefix=f"sg-rel-{name}-"))
        self.keep = keep or os.environ.get("SG_RELIABILITY_KEEP") == "1"  # keep logs to debug a failure
        self.procs: list[Proc] = []
        self.postgres: list[PrivatePostgres] = []

    def add(self, proc: P) -> P:
        self.procs.append(proc)
        return proc

    def close(self) -> None:
        for p in reversed(self.procs):
            with contextlib.suppress(Exception):
                p.stop()
        for pg in self.postgres:
            with contextlib.suppress(Exception):
                pg.destroy()
        if self.keep:
            log(f"kept {self.dir}")
        else:
            shutil.rmtree(self.dir, ignore_errors=True)

    def __enter__(self) -> Stack:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()


class Checks:
    """Named pass/fail checks with the evidence for each."""

    def __init__(self) -> None:
        self.items: list[dict[str, Any]] = []

    def add(self, name: str, ok: bool, detail: Any = None) -> bool:
        self.items.append({"check": name, "ok": bool(ok), "detail": detail})
        log(f"{'PASS' if ok else 'FAIL'} {name}" + (f": {detail}" if detail is not None and not ok else ""))
        return bool(ok)

    @property
    def ok(self) -> bool:
        return all(i["ok"] for i in self.items)

    def failed(self) -> list[dict[str, Any]]:
        return [i for i in self.items if not i["ok"]]


def machine() -> dict[str, Any]:
    cpu = platform.processor() or "unknown"
    with contextlib.suppress(OSError):
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                cpu = line.split(":", 1)[1].strip()
                break
    others = []
    me = os.getpid()
    mine = {me, *(p.pid for p in psutil.Process(me).children(recursive=True))}
    for p in psutil.process_iter(["pid", "name", "cmdline"]):
        with contextlib.suppress(psutil.Error):
            if p.pid in mine:
                continue
            if "python" in (p.info["name"] or ""):
                others.append(" ".join((p.info["cmdline"] or [])[:4])[:120])
    return {
        "cpu_model": cpu,
        "logical_cores": os.cpu_count(),
        "memory_gib": round(psutil.virtual_memory().total / 2**30, 1),
        "os": platform.platform(),
        "python": platform.python_version(),
        "loadavg_at_start": [round(x, 2) for x in os.getloadavg()],
        "other_python_processes_at_start": len(others),
    }


def git_commit() -> str | None:
    with contextlib.suppress(Exception):
        return (
            subprocess.run(
                ["git", "rev-parse", "--short", "HEAD"], cwd=REPO, capture_output=True, text=True, timeout=10
            ).stdout.strip()
            or None
        )
    return None


def document(scenario: str, settings: dict[str, Any], checks: Checks, **sections: Any) -> dict[str, Any]:
    return {
        "suite": "safety-gateway reliability (issue 9)",
        "scenario": scenario,
        "date_utc": dt.datetime.now(dt.UTC).strftime("%Y-%m-%dT%H:%M:%SZ"),
        "command": " ".join([Path(sys.executable).name, "-m", "tests.reliability", *sys.argv[1:]]),
        "git_commit": git_commit(),
        "machine": machine(),
        "settings": settings,
        "ok": checks.ok,
        "checks": checks.items,
        **sections,
    }


def write(doc: dict[str, Any], out: str | None) -> None:
    text = json.dumps(doc, indent=2, ensure_ascii=False, default=str)
    if out:
        Path(out).parent.mkdir(parents=True, exist_ok=True)
        Path(out).write_text(text + "\n", encoding="utf-8")
        log(f"wrote {out}")
    else:
        print(text)
