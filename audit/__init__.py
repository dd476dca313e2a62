"""Tamper-evident audit records: model, hash chain, sinks, spool, verification, export."""
