"""Routing: model alias → deployments (zone-aware), retries, fallbacks, and the upstream calls."""
