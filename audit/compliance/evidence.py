"""Live figures for a compliance report, read from the audit store through the query API.

Everything is counted from the stored records of the period (``since`` inclusive, ``until``
exclusive, by ``started_at``); the chain check covers the whole store, because a period cannot be
proven intact apart from the entries that link to it. Nothing raw is read or kept: records hold
types, counts and rule ids, and only those are counted.
"""

from __future__ import annotations

import json
from collections import Counter
from dataclasses import dataclass, field
from datetime import datetime
from typing import Any

from audit.chain import verify
from audit.query import iter_records
from audit.signing import Keyring
from audit.sinks.base import AuditQuery, AuditSink

# Endpoints whose answers are generated text that the AI Basic Act / Art. 50 labelling applies to.
GENERATING_ENDPOINTS = ("/v1/chat/completions", "/v1/completions", "/v1/responses")
# Outcomes in which no model answer reached the client.
NOT_ANSWERED = ("block", "error")
MASKING_ACTIONS = ("pseudonymize", "redact")


@dataclass
class VersionSeen:
    """A policy set version as recorded on requests: when it was first and last in force."""

    version: str
    first: str
    last: str
    requests: int


@dataclass
class ChainCheck:
    ok: bool
    chains: int
    records: int
    checkpoints: int
    signatures_checked: bool
    first_problem: str | None = None
    warnings: list[str] = field(default_factory=list)


@dataclass
class Evidence:
    since: datetime
    until: datetime
    requests: int = 0
    dashboard_events: int = 0
    first_record: str | None = None
    last_record: str | None = None
    by_decision: Counter[str] = field(default_factory=Counter)
    by_zone: Counter[str] = field(default_factory=Counter)
    by_deployment: Counter[str] = field(default_factory=Counter)
    rule_hits: Counter[str] = field(default_factory=Counter)  # records a rule fired on (once each)
    refusals_by_rule: Counter[str] = field(default_factory=Counter)  # blocked records, by blocking rule
    refusals_without_rule: int = 0  # refused with no rule recorded (e.g. detector or size errors)
    pii_by_type: dict[str, Counter[str]] = field(default_factory=dict)  # type -> stage -> values
    pii_requests: int = 0  # records with any personal data found
    pii_masked_requests: int = 0  # ... of which a pseudonymize/redact rule fired on
    answers: int = 0  # generated answers that reached a client
    answers_notice: int = 0  # the user was told: notice in the text or header, or earlier in the conversation
    answers_notice_in_text: int = 0
    notice_modes: Counter[str] = field(default_factory=Counter)  # how each answer's notice was given
    answers_watermark: int = 0
    answers_labelled: int = 0  # notice or watermark
    stream_stops: int = 0
    unauthenticated: int = 0
    error_codes: Counter[str] = field(default_factory=Counter)
    tokens: int = 0
    versions: list[VersionSeen] = field(default_factory=list)
    checkpoint_keys: set[str] = field(default_factory=set)
    chain: ChainCheck | None = None

    def refused(self) -> int:
        return self.by_decision.get("block", 0)

    def pii_total(self) -> int:
        return sum(sum(c.values()) for c in self.pii_by_type.values())

    def hits(self, keys: set[str]) -> int:
        return sum(n for k, n in self.rule_hits.items() if k in keys)

    def refusals(self, keys: set[str]) -> int:
        return sum(n for k, n in self.refusals_by_rule.items() if k in keys)


def _labelling(ai_notice: object, actions: set[str]) -> tuple[bool, bool, bool]:
    """(user told, notice in the answer's text, invisible marks) for one answer.

    ``labels.ai_notice`` says how the notice was given: ``every_response …`` / ``once_per_conversation …``
    (in the text), ``header_only …`` (the x-ai-generated header; the service's own screen shows the
    notice), or ``none: <why>`` (``already shown`` earlier in the conversation still told the user; JSON
    output carries the machine-readable label only, and neither text notice nor marks). Records written
    before that label existed only show the notice and watermark rules among the rules that fired."""
    if not isinstance(ai_notice, str):
        return "notice" in actions, "notice" in actions, "watermark" in actions
    mode = ai_notice.split(" ", 1)[0]
    in_text = mode in ("every_response", "once_per_conversation")
    told = in_text or mode == "header_only" or (mode == "none:" and "already shown" in ai_notice)
    json_only = ai_notice.startswith("none: JSON output")
    return told, in_text, "watermark" in actions and not json_only


def _notice_mode(ai_notice: object, actions: set[str]) -> str:
    """How one answer's notice was given, without its id or rule (for the figures table)."""
    if not isinstance(ai_notice, str):
        return "notice rule" if "notice" in actions else "none"
    if "already shown" in ai_notice:
        return "none: already shown in the conversation"
    if ai_notice.startswith("none:"):
        return ai_notice.split(";", 1)[0]  # "none: JSON output", "none: no text", "none: no notice rule"
    return ai_notice.split(" ", 1)[0]  # every_response | once_per_conversation | header_only


def _add_request(ev: Evidence, d: dict[str, Any], versions: dict[str, VersionSeen]) -> None:
    ev.requests += 1
    decision = str(d.get("decision"))
    ev.by_decision[decision] += 1
    if d.get("zone"):
        ev.by_zone[str(d["zone"])] += 1
    if d.get("deployment"):
        ev.by_deployment[str(d["deployment"])] += 1
    labels = d.get("labels") or {}
    if labels.get("error_code"):
        ev.error_codes[str(labels["error_code"])] += 1
    if d.get("tenant") == "(unauthenticated)":
        ev.unauthenticated += 1
    usage = d.get("usage") or {}
    ev.tokens += int(usage.get("total_tokens") or 0)
    if d.get("stream_stop"):
        ev.stream_stops += 1

    rules = d.get("rules") or ()
    fired: dict[str, str] = {}
    for r in rules:
        if "(shadow)" in str(r.get("action")):
            continue  # shadow rules decide nothing
        fired.setdefault(str(r["rule_id"]), str(r.get("action")))
    for key in fired:
        ev.rule_hits[key] += 1
    actions = set(fired.values())
    if decision == "block":
        blockers = [k for k, a in fired.items() if a.startswith("block")]
        for key in blockers:
            ev.refusals_by_rule[key] += 1
        if not blockers:
            ev.refusals_without_rule += 1

    pii = d.get("pii") or ()
    for p in pii:
        stage = str(p.get("stage") or "input")
        ev.pii_by_type.setdefault(str(p["entity_type"]), Counter())[stage] += int(p.get("count") or 0)
    if pii:
        ev.pii_requests += 1
        if actions & set(MASKING_ACTIONS):
            ev.pii_masked_requests += 1

    if d.get("endpoint") in GENERATING_ENDPOINTS and decision not in NOT_ANSWERED:
        ev.answers += 1
        told, in_text, mark = _labelling(labels.get("ai_notice"), actions)
        ev.answers_notice += told
        ev.answers_notice_in_text += in_text
        ev.answers_watermark += mark
        ev.answers_labelled += told or mark
        ev.notice_modes[_notice_mode(labels.get("ai_notice"), actions)] += 1

    version = d.get("policy_version")
    if version:
        ts = str(d["started_at"])
        seen = versions.get(version)
        if seen is None:
            versions[version] = VersionSeen(version, ts, ts, 1)
        else:
            seen.first, seen.last = min(seen.first, ts), max(seen.last, ts)
            seen.requests += 1


async def collect(store: AuditSink, since: datetime, until: datetime, keyring: Keyring) -> Evidence:
    """Count the period's records and verify the store's chains with ``keyring``."""
    ev = Evidence(since, until)
    versions: dict[str, VersionSeen] = {}
    async for item in iter_records(store, AuditQuery(since=since, until=until)):
        d = json.loads(item.body)
        ts = str(d["started_at"])
        ev.first_record = ts if ev.first_record is None else min(ev.first_record, ts)
        ev.last_record = ts if ev.last_record is None else max(ev.last_record, ts)
        if (d.get("kind") or "request") == "dashboard":
            ev.dashboard_events += 1
        else:
            _add_request(ev, d, versions)
    ev.versions = sorted(versions.values(), key=lambda v: v.first)

    report = await verify(store, keyring if len(keyring) else None)
    first = report.first
    ev.chain = ChainCheck(
        ok=report.ok,
        chains=report.chains,
        records=report.records,
        checkpoints=report.checkpoints,
        signatures_checked=report.signatures_checked,
        first_problem=first.describe() if first is not None else None,
        warnings=list(report.warnings),
    )
    for chain_id in await store.chain_ids():
        ev.checkpoint_keys.update(cp.key_id for cp in await store.checkpoints(chain_id))
    return ev
