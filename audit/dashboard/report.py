"""The signed compliance report as a dashboard download (``/audit/report``).

``audit`` cannot read the gateway's configuration, so the gateway hands the dashboard a
:class:`ReportSource` when it mounts it: a callable returning the facts about itself (deployments,
policies, keys; ``gateway/compliance_facts.py``) and one returning the audit signing key. The report is
the same document ``safety-gateway compliance report`` writes (docs/compliance-report.md), signed the
same way; the signature comes as the ``.sig`` document in a zip beside the report, or in the
``x-report-signature`` header (its compact JSON) with the report alone.
"""

from __future__ import annotations

import asyncio
import io
import json
import zipfile
from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC, datetime, time, timedelta
from typing import TYPE_CHECKING, Literal
from zoneinfo import ZoneInfo

from audit.signing import Keyring, Signer
from audit.sinks.base import AuditSink

if TYPE_CHECKING:
    from audit.compliance.facts import GatewayFacts

Format = Literal["pdf", "html"]
FORMATS: tuple[Format, ...] = ("pdf", "html")
MEDIA = {"pdf": "application/pdf", "html": "text/html; charset=utf-8"}
# Longer periods are refused: the report reads every record of the period from the store.
MAX_DAYS = 400


class ReportUnavailable(Exception):
    """The report cannot be produced (no signing key, no Korean font, facts that do not load); the
    message says what to fix and holds no secret."""


@dataclass(frozen=True)
class ReportSource:
    facts: Callable[[], GatewayFacts]  # raises ValueError with a readable message
    signer: Callable[[], Signer | None]  # the audit signing key; raises ValueError/OSError
    font: str | None = None  # Korean font for the PDF (default: audit.compliance.pdf's search)


@dataclass(frozen=True)
class SignedReport:
    data: bytes
    filename: str
    media_type: str
    signature: dict[str, str | int]

    def signature_json(self) -> str:
        """The ``.sig`` document on one line (a header value)."""
        return json.dumps(self.signature, separators=(",", ":"), sort_keys=True)

    def zipped(self) -> bytes:
        """The report and ``<report>.sig`` (what ``safety-gateway compliance verify`` reads)."""
        from audit.compliance.signature import SUFFIX

        buf = io.BytesIO()
        with zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED) as z:
            z.writestr(self.filename, self.data)
            z.writestr(self.filename + SUFFIX, json.dumps(self.signature, indent=2) + "\n")
        return buf.getvalue()


def period(since: str, until: str, tz: ZoneInfo) -> tuple[datetime, datetime]:
    """Two dates (``YYYY-MM-DD``, as a date input sends them): from the start of ``since`` to the end of
    ``until`` in ``tz`` (the dashboard's filters include the "to" day). ValueError when they are not."""
    first = datetime.combine(datetime.strptime(since, "%Y-%m-%d").date(), time(0), tzinfo=tz)
    last = datetime.combine(datetime.strptime(until, "%Y-%m-%d").date(), time(0), tzinfo=tz)
    end = last + timedelta(days=1)
    if end <= first:
        raise ValueError("the period ends before it starts")
    if end - first > timedelta(days=MAX_DAYS):
        raise ValueError(f"at most {MAX_DAYS} days per report")
    return first, end


async def produce(
    source: ReportSource,
    store: AuditSink,
    keyring: Keyring | None,
    *,
    since: datetime,
    until: datetime,
    lang: Literal["ko", "en"],
    tz: ZoneInfo,
    fmt: Format,
) -> SignedReport:
    from audit.compliance.build import build_document
    from audit.compliance.evidence import collect
    from audit.compliance.signature import signature_document

    try:
        facts = await asyncio.to_thread(source.facts)
        signer = source.signer()
    except (ValueError, OSError) as exc:  # SigningKeyError is a ValueError
        raise ReportUnavailable(str(exc)) from None
    if signer is None:
        raise ReportUnavailable("nothing to sign with: set audit.signing_key")
    evidence = await collect(store, since, until, keyring or Keyring())
    generated = datetime.now(UTC)
    doc = build_document(
        facts, evidence, lang=lang, tz=tz, generated_at=generated, signing_key_id=signer.key_id
    )

    def render() -> bytes:
        if fmt == "html":
            from audit.compliance.html import render_html

            return render_html(doc)
        from audit.compliance.pdf import FontNotFound, render_pdf

        try:
            return render_pdf(doc, generated_at=generated, font=source.font)
        except FontNotFound as exc:
            raise ReportUnavailable(str(exc)) from None

    # Laying out a PDF with an embedded font takes a CPU for a while: not on the loop serving the API.
    data = await asyncio.to_thread(render)
    last_day = (until - timedelta(microseconds=1)).astimezone(tz)
    name = f"compliance-report-{since.astimezone(tz):%Y%m%d}-{last_day:%Y%m%d}-{lang}.{fmt}"
    return SignedReport(data, name, MEDIA[fmt], signature_document(data, name, signer))
