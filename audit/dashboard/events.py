"""Who signed in to the dashboard, what they looked at, what they exported: audit records of their own
kind (``kind: dashboard``) in the same hash chain as the requests, so ``audit verify`` covers them.

They carry the user, the client address, the page, the filter and the outcome; never a password,
and never a user name that is not configured (a mistyped password in the name field would otherwise
be stored).
"""

from __future__ import annotations

import uuid
from collections.abc import Awaitable, Callable
from datetime import UTC, datetime
from typing import TYPE_CHECKING

from audit.record import AuditRecord, Decision

if TYPE_CHECKING:
    from audit.writer import AuditWriter

# Stores one record durably or raises audit.writer.AuditUnavailable.
Recorder = Callable[[AuditRecord], Awaitable[None]]

DASHBOARD_TENANT = "(dashboard)"
MAX_LABEL = 500


def writer_recorder(writer: Callable[[], AuditWriter | None]) -> Recorder:
    """A recorder over the writer ``writer()`` returns when called (the gateway opens its writer after
    the dashboard is built); it returns once the record is durable."""

    async def record(rec: AuditRecord) -> None:
        from audit.writer import AuditUnavailable

        w = writer()
        if w is None:
            raise AuditUnavailable("audit writer is not running")
        await w.submit(rec)

    return record


def dashboard_event(
    event: str,
    *,
    request_id: str | None,
    path: str,
    client_addr: str | None,
    actor: str | None,
    allowed: bool,
    details: dict[str, str] | None = None,
) -> AuditRecord:
    """``event``: login, login_failed, login_locked, login_refused, logout, overview, records, record,
    export, integrity, verify, report_page, report (a compliance report download, or its refusal),
    verify_text_page, verify_text (a pasted text checked for invisible marks: its size and exit code,
    never the text)."""
    now = datetime.now(UTC)
    labels = {"event": event}
    labels.update({k: v[:MAX_LABEL] for k, v in (details or {}).items() if v})
    return AuditRecord(
        kind="dashboard",
        request_id=request_id or "dash_" + uuid.uuid4().hex,
        started_at=now,
        finished_at=now,
        tenant=DASHBOARD_TENANT,
        actor=actor,
        client_addr=client_addr,
        endpoint=path[:200],
        decision=Decision.ALLOW if allowed else Decision.BLOCK,
        text_mode="none",
        labels=labels,
    )
