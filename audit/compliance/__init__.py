"""Signed compliance reports: what is deployed, which policies were in force, and a control table with
live figures from the audit for a period (``safety-gateway compliance report``; docs/compliance-report.md).

Modules: ``facts`` (what the gateway hands in), ``evidence`` (figures from the audit store),
``controls`` (the control table and its statuses), ``build`` (the content), ``pdf`` / ``html``
(renderers), ``signature`` (detached Ed25519 signatures), ``cli`` (the commands).
"""
