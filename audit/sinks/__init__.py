"""Audit stores: SQLite (embedded default) and PostgreSQL."""
