"""The compliance dashboard (Starlette sub-app, server-rendered, offline, Korean/English).

``create_dashboard`` is imported lazily so ``import audit`` does not pull in Starlette/Jinja2."""

from typing import Any

from audit.dashboard.auth import DashboardConfig, DashboardUser, hash_password, verify_password

__all__ = ["DashboardConfig", "DashboardUser", "create_dashboard", "hash_password", "verify_password"]


def __getattr__(name: str) -> Any:
    if name == "create_dashboard":
        from audit.dashboard.app import create_dashboard

        return create_dashboard
    raise AttributeError(name)
