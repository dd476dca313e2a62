"""Which time zone the dashboard shows times in, and how it writes them.

Records store UTC. ``audit.dashboard.time_zone`` (an IANA name such as ``Asia/Seoul``) sets the zone
for every page; unset, the Korean UI shows Korea time and the English UI UTC, as the compliance report
does (``audit.compliance.cli.DEFAULT_TZ``). Every page says which zone it shows.
"""

from __future__ import annotations

from datetime import UTC, datetime
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from audit.compliance.cli import DEFAULT_TZ


def check_zone(name: str) -> str:
    """``name`` if it is a time zone this machine knows (config validation); ValueError otherwise."""
    try:
        ZoneInfo(name)
    except (ZoneInfoNotFoundError, ValueError):
        raise ValueError(f"unknown time zone {name!r} (an IANA name, e.g. Asia/Seoul or UTC)") from None
    return name


def zone_for(configured: str | None, lang: str) -> ZoneInfo:
    return ZoneInfo(configured or DEFAULT_TZ.get(lang, "UTC"))


def local(value: datetime | str | None, tz: ZoneInfo, *, seconds: bool = True) -> str:
    """``YYYY-MM-DD HH:MM:SS`` in ``tz``; stored ISO strings are read too; naive times are UTC."""
    if value is None or value == "":
        return ""
    dt = value if isinstance(value, datetime) else datetime.fromisoformat(value.replace("Z", "+00:00"))
    if dt.tzinfo is None:
        dt = dt.replace(tzinfo=UTC)
    return dt.astimezone(tz).strftime("%Y-%m-%d %H:%M:%S" if seconds else "%Y-%m-%d %H:%M")


def zone_label(tz: ZoneInfo, at: datetime | None = None) -> str:
    """``Asia/Seoul (UTC+09:00)``: the name a reviewer can look up and the offset they can check."""
    off = (at or datetime.now(UTC)).astimezone(tz).strftime("%z")
    return f"{tz.key} (UTC{off[:3]}:{off[3:]})"
