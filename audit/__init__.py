"""Tamper-evident audit records: model, hash chain, sinks, spool, verification, export.

Public API (see docs/audit.md)::

    from audit import AuditConfig, AuditRecord, AuditUnavailable, open_writer, open_store
"""

from audit.config import AuditConfig, open_store, open_writer
from audit.record import (
    AuditRecord,
    ClassifierScore,
    PiiCount,
    RuleHit,
    StreamStop,
    Usage,
    apply_text_mode,
    hash_text,
)
from audit.sinks.base import AuditQuery, SinkUnavailable
from audit.writer import AuditUnavailable, AuditWriter, Receipt

__all__ = [
    "AuditConfig",
    "AuditQuery",
    "AuditRecord",
    "AuditUnavailable",
    "AuditWriter",
    "ClassifierScore",
    "PiiCount",
    "Receipt",
    "RuleHit",
    "SinkUnavailable",
    "StreamStop",
    "Usage",
    "apply_text_mode",
    "hash_text",
    "open_store",
    "open_writer",
]
