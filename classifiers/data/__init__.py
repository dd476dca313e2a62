"""Curated data and its builder (see PROVENANCE.md)."""
