"""Query API over an audit store: filtered, paged reads and exports (JSONL, CSV).

The dashboard and ``safety-gateway audit export`` share this module::

    page = await store.query(AuditQuery(tenant="acme", decision="block", limit=50))
    async for rec in iter_records(store, AuditQuery(since="2026-01-01T00:00:00Z")): ...
    n = await export(store, AuditQuery(rule="pii.block"), sys.stdout, fmt="csv")
"""

from __future__ import annotations

import csv
import json
from collections.abc import AsyncIterator
from dataclasses import replace
from typing import IO, Any, Literal

from audit.record import LABELLING_ACTIONS
from audit.sinks.base import AuditQuery, AuditSink, Page, StoredRecord

__all__ = [
    "AuditQuery",
    "Page",
    "StoredRecord",
    "iter_records",
    "export",
    "CSV_COLUMNS",
    "csv_row",
    "csv_cells",
    "csv_safe",
]


async def iter_records(
    store: AuditSink, q: AuditQuery, *, max_records: int | None = None, page_size: int = 1000
) -> AsyncIterator[StoredRecord]:
    """Every record matching ``q`` (all pages), in row order."""
    q = replace(q, limit=page_size)
    n = 0
    while True:
        page = await store.query(q)
        for item in page.items:
            if max_records is not None and n >= max_records:
                return
            yield item
            n += 1
        if page.next_cursor is None:
            return
        q = replace(q, cursor=page.next_cursor)


CSV_COLUMNS = [
    "row_id",
    "chain_id",
    "seq",
    "record_hash",
    "request_id",
    "started_at",
    "finished_at",
    "tenant",
    "key_id",
    "client_addr",
    "endpoint",
    "model_alias",
    "deployment",
    "zone",
    "policy_name",
    "policy_version",
    "mode",
    "decision",
    "rules",
    "pii",
    "classifier",
    "stream_stop",
    "prompt_tokens",
    "completion_tokens",
    "total_tokens",
    "cost_usd",
    "latency_ms",
    "upstream_status",
    "provenance_id",
    "text_mode",
    "prompt",
    "response",
    "kind",
    "client_request_id",
    "actor",
    "annotations",
]


def _rules(d: dict[str, Any], *, labelling: bool) -> str:
    """``rule:action@score;...``: the deciding rules (``labelling=False``, column ``rules``) or the
    notice/watermark rules (column ``annotations``), so the rules that decided are not buried."""
    out = []
    for r in d.get("rules") or ():
        if (str(r["action"]).split(" ", 1)[0] in LABELLING_ACTIONS) != labelling:
            continue
        s = f"{r['rule_id']}:{r['action']}"
        if r.get("score") is not None:
            s += f"@{r['score']}"
        out.append(s)
    return ";".join(out)


def csv_row(item: StoredRecord) -> list[Any]:
    d = json.loads(item.body)
    usage = d.get("usage") or {}
    stop = d.get("stream_stop")
    return [
        item.row_id,
        item.chain_id,
        item.seq,
        item.record_hash,
        d["request_id"],
        d["started_at"],
        d.get("finished_at"),
        d["tenant"],
        d.get("key_id"),
        d.get("client_addr"),
        d["endpoint"],
        d.get("model_alias"),
        d.get("deployment"),
        d.get("zone"),
        d.get("policy_name"),
        d.get("policy_version"),
        d.get("mode"),
        d["decision"],
        _rules(d, labelling=False),
        ";".join(f"{p['entity_type']}:{p['count']}" for p in d.get("pii") or ()),
        ";".join(f"{c['category']}:{c['score']}" for c in d.get("classifier") or ()),
        json.dumps(stop, sort_keys=True, ensure_ascii=False) if stop else "",
        usage.get("prompt_tokens"),
        usage.get("completion_tokens"),
        usage.get("total_tokens"),
        usage.get("cost_usd"),
        ";".join(f"{k}:{v}" for k, v in (d.get("latency_ms") or {}).items()),
        d.get("upstream_status"),
        d.get("provenance_id"),
        d.get("text_mode"),
        d.get("prompt"),
        d.get("response"),
        d.get("kind") or "request",
        d.get("client_request_id"),
        d.get("actor"),
        _rules(d, labelling=True),
    ]


# What makes a spreadsheet (Excel, LibreOffice, Sheets) read a cell as a formula, also after leading
# blanks, and the full-width forms some of them fold to ASCII.
_FORMULA_START = tuple("=+-@\t\r\n\uff1d\uff0b\uff0d\uff20")


def csv_safe(v: Any) -> Any:
    """One CSV cell, kept from being executed by a spreadsheet ("CSV injection", OWASP): a text that
    could start a formula gets a leading ``'``; None becomes an empty cell."""
    if v is None:
        return ""
    if isinstance(v, str) and v.lstrip(" ").startswith(_FORMULA_START):
        return "'" + v
    return v


def csv_cells(item: StoredRecord) -> list[Any]:
    """The CSV row of one record as ``audit export`` and the dashboard write it (escaped)."""
    return [csv_safe(v) for v in csv_row(item)]


async def export(
    store: AuditSink,
    q: AuditQuery,
    out: IO[str],
    *,
    fmt: Literal["jsonl", "csv"] = "jsonl",
    max_records: int | None = None,
) -> int:
    """Write matching records to ``out``; returns how many. JSONL lines are the stored record plus an
    ``_audit`` object (row id, chain id, seq, record hash) so an export can be checked against the chain."""
    n = 0
    writer = None
    if fmt == "csv":
        writer = csv.writer(out)
        writer.writerow(CSV_COLUMNS)
    async for item in iter_records(store, q, max_records=max_records):
        if writer is not None:
            writer.writerow(csv_cells(item))
        else:
            out.write(json.dumps(item.export_dict(), ensure_ascii=False, sort_keys=True) + "\n")
        n += 1
    out.flush()
    return n
