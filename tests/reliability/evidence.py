"""After a run: what the audit store holds (through the ``safety-gateway audit`` CLI, as an operator
would read it), and whether any raw PII value the clients sent appears in anything the gateway wrote.
"""

from __future__ import annotations

import collections
import json
import re
import subprocess
from collections.abc import Iterable
from pathlib import Path
from typing import Any

from tests.reliability.services import GATEWAY_BIN, child_env
from tests.reliability.workload import pii_forms


def audit_cli(config: Path, *args: str, timeout: float = 600) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [str(GATEWAY_BIN), "audit", *args, "--config", str(config)],
        capture_output=True,
        text=True,
        timeout=timeout,
        env=child_env(),
        cwd=config.parent,
    )


def audit_export(config: Path) -> str:
    """Every record as JSONL, through ``safety-gateway audit export`` (also grepped for PII)."""
    proc = audit_cli(config, "export")
    if proc.returncode != 0:
        raise RuntimeError(f"audit export failed ({proc.returncode}): {proc.stderr[-2000:]}")
    return proc.stdout


def audit_verify(config: Path) -> dict[str, Any]:
    proc = audit_cli(config, "verify", "--json")
    report: dict[str, Any] = {"exit_code": proc.returncode}
    try:
        doc = json.loads(proc.stdout)
        report.update({k: doc[k] for k in ("ok", "chains", "records", "checkpoints") if k in doc})
        if not doc.get("ok", False):
            report["problems"] = doc.get("problems", [])[:5]
    except json.JSONDecodeError:
        report["output"] = (proc.stdout + proc.stderr)[-2000:]
    return report


def parse_export(export: str) -> list[dict[str, Any]]:
    """Records keyed the way the runner names requests: each sends its own unique ``x-request-id``,
    which the gateway keeps as ``client_request_id`` (the record's ``request_id`` is the gateway's own,
    kept as ``gateway_request_id`` here)."""
    records = [json.loads(line) for line in export.splitlines() if line.strip()]
    for r in records:
        if r.get("client_request_id"):
            r["gateway_request_id"], r["request_id"] = r["request_id"], r["client_request_id"]
    return records


def detector_error_ids(records: list[dict[str, Any]]) -> set[str]:
    """Requests a rule blocked because its detector failed (timeout, service down), not on a finding."""
    return {
        r["request_id"] for r in records if any(h["action"].endswith("(detector error)") for h in r["rules"])
    }


def audit_check(
    config: Path, export: str, sent_ids: Iterable[str], outcomes: dict[str, str] | None = None
) -> dict[str, Any]:
    """Exactly one record per request id sent, no record for anything else, the chain verifies, and
    each record's decision agrees with what the client saw (blocked <-> ``block``)."""
    records = parse_export(export)
    sent = set(sent_ids)
    counts = collections.Counter(r["request_id"] for r in records)
    result: dict[str, Any] = {
        "records": len(records),
        "requests_sent": len(sent),
        "missing": len(sent - counts.keys()),
        "duplicates": sum(1 for n in counts.values() if n > 1),
        "unexpected": len(counts.keys() - sent),
        "missing_examples": sorted(sent - counts.keys())[:5],
        "decisions": dict(collections.Counter(r["decision"] for r in records).most_common()),
    }
    if outcomes:
        mismatch = [
            r["request_id"]
            for r in records
            if r["request_id"] in outcomes
            and (outcomes[r["request_id"]] == "blocked") != (r["decision"] == "block")
        ]
        result["decision_mismatches"] = len(mismatch)
        result["decision_mismatch_examples"] = mismatch[:5]
    result["blocked_on_detector_error"] = len(detector_error_ids(records))
    result["stage_latency_ms"] = stage_latency(records)
    result["verify"] = audit_verify(config)
    result["ok"] = (
        result["missing"] == 0
        and result["duplicates"] == 0
        and result["unexpected"] == 0
        and result["verify"].get("ok") is True
        and result.get("decision_mismatches", 0) == 0
    )
    return result


def stage_latency(records: list[dict[str, Any]]) -> dict[str, Any]:
    """Mean ms per pipeline stage over records that reached the upstream, and each stage's share of
    the gateway's own time (``overhead``): where the gateway spends a request."""
    from tests.reliability.runner import pct

    rows = [r["latency_ms"] for r in records if r.get("upstream_status") == 200 and r.get("latency_ms")]
    if not rows:
        return {}
    stages = sorted({k for row in rows for k in row})
    out: dict[str, Any] = {"records": len(rows)}
    overhead = sum(row.get("overhead", 0.0) for row in rows)
    for s in stages:
        vals = [row[s] for row in rows if s in row]
        out[s] = {
            "mean": round(sum(vals) / len(vals), 2),
            "p50": round(pct(vals, 0.5), 2),
            "p99": round(pct(vals, 0.99), 2),
        }
        if s not in ("total", "overhead", "upstream") and overhead > 0:
            out[s]["share_of_overhead"] = round(sum(vals) / overhead, 3)
    return out


# -- PII grep ---------------------------------------------------------------------------------------

_NUM = re.compile(rb"\d(?:[\d\- .]{0,2}\d){6,}")
_EMAIL = re.compile(rb"[A-Za-z0-9][A-Za-z0-9._%+\-]*@[A-Za-z0-9.\-]+[A-Za-z]")


class LeakFinder:
    """Finds any of the raw values sent (as sent, or as bare digits) in bytes. Numbers are matched on
    their digits so ``900101-1234568``, ``9001011234568`` and ``900101 1234568`` are all caught."""

    def __init__(self, values: Iterable[str]) -> None:
        self.emails: set[bytes] = set()
        self.digits: dict[int, set[bytes]] = collections.defaultdict(set)
        for v in values:
            if "@" in v:
                self.emails.add(v.lower().encode())
                continue
            for form in pii_forms(v):
                d = re.sub(r"\D", "", form).encode()
                self.digits[len(d)].add(d)

    def find(self, data: bytes) -> set[str]:
        hits: set[str] = set()
        for m in _EMAIL.finditer(data):
            if m.group().lower() in self.emails:
                hits.add(m.group().decode("latin-1"))
        for m in _NUM.finditer(data):
            d = re.sub(rb"\D", b"", m.group())
            for n, wanted in self.digits.items():
                for i in range(0, len(d) - n + 1):
                    if d[i : i + n] in wanted:
                        hits.add(d[i : i + n].decode())
        return hits


def find_leaks(
    values: Iterable[str], files: Iterable[Path], blobs: dict[str, bytes] | None = None
) -> dict[str, Any]:
    """Which sources hold a raw value; ``scanned`` lists what was looked at and how big it was."""
    finder = LeakFinder(values)
    scanned: dict[str, int] = {}
    leaks: dict[str, list[str]] = {}
    sources = [(str(p), p.read_bytes) for p in files if p.is_file()]
    sources += [(name, (lambda b=b: b)) for name, b in (blobs or {}).items()]
    for name, read in sources:
        data = read()
        scanned[name] = len(data)
        hits = finder.find(data)
        if hits:
            leaks[name] = sorted(hits)[:5]
    return {
        "values_sent": len(set(values)),
        "sources_scanned": len(scanned),
        "bytes_scanned": sum(scanned.values()),
        "sources": scanned,
        "leaks": leaks,
        "ok": not leaks,
    }


def files_under(*dirs: Path) -> list[Path]:
    out: list[Path] = []
    for d in dirs:
        out += [p for p in d.rglob("*") if p.is_file()]
    return out


def pg_dump(dsn: str) -> bytes:
    from tests.reliability.services import _pg_bin

    proc = subprocess.run(
        [_pg_bin("pg_dump"), "--data-only", dsn], capture_output=True, timeout=600, env=child_env()
    )
    if proc.returncode != 0:
        raise RuntimeError(f"pg_dump failed: {proc.stderr.decode(errors='replace')[-1000:]}")
    return proc.stdout


def redis_dump(url: str) -> bytes:
    """Every key and its serialized value (values are encrypted by the vault; keys must carry no PII)."""
    import redis

    r = redis.Redis.from_url(url)
    try:
        parts = []
        for k in r.scan_iter(count=1000):
            parts += [k, r.dump(k) or b""]
        return b"\n".join(parts)
    finally:
        r.close()


def redis_count(url: str, pattern: str) -> int:
    import redis

    r = redis.Redis.from_url(url)
    try:
        return sum(1 for _ in r.scan_iter(pattern, count=1000))
    finally:
        r.close()
