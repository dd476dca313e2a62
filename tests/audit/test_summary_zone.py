"""The overview's requests per day count the days of the dashboard's time zone, on both stores."""

from __future__ import annotations

import asyncio
from datetime import UTC, datetime, timedelta

import pytest

from audit.config import AuditConfig, open_store, open_writer
from audit.sinks.base import AuditQuery, fixed_offset_minutes

from .conftest import make_record

LATE = datetime(2026, 11, 30, 16, 30, tzinfo=UTC)  # 2026-12-01 01:30 in Seoul
EDGE = datetime(2026, 11, 30, 14, 59, 59, 999_900, tzinfo=UTC)  # 23:59:59.9999 in Seoul: still 11-30
SUMMER = datetime(2026, 7, 1, 22, 30, tzinfo=UTC)  # 2026-07-02 00:30 in Berlin (UTC+2), 07-01 in UTC


async def _write(cfg: AuditConfig) -> None:
    w = await open_writer(cfg)
    times = [LATE, EDGE, SUMMER]
    await asyncio.gather(
        *(
            w.submit(make_record(i, started_at=t, finished_at=t + timedelta(seconds=1)))
            for i, t in enumerate(times)
        )
    )
    await w.close()


async def test_a_late_utc_request_counts_on_the_next_day_in_seoul(cfg: AuditConfig) -> None:
    await _write(cfg)
    store = open_store(cfg)
    try:
        utc = await store.summary(AuditQuery())
        seoul = await store.summary(AuditQuery(), tz="Asia/Seoul")
        berlin = await store.summary(AuditQuery(), tz="Europe/Berlin")
        kolkata = await store.summary(AuditQuery(), tz="Asia/Kolkata")
    finally:
        await store.close()

    def days(s: object) -> dict[str, int]:
        return {d: sum(v.values()) for d, v in s.by_day.items()}  # type: ignore[attr-defined]

    assert days(utc) == {"2026-11-30": 2, "2026-07-01": 1} and utc.time_zone == "UTC"
    assert days(seoul) == {"2026-12-01": 1, "2026-11-30": 1, "2026-07-02": 1}
    assert seoul.time_zone == "Asia/Seoul" and seoul.total == utc.total == 3
    # daylight saving time (Berlin is UTC+1 in November, UTC+2 in July): 16:30Z is 17:30 on 11-30
    assert days(berlin) == {"2026-11-30": 2, "2026-07-02": 1}
    # a half-hour offset (UTC+05:30): 16:30Z is 22:00, 22:30Z in July is 04:00 the next day
    assert days(kolkata) == {"2026-11-30": 2, "2026-07-02": 1}


def test_fixed_offsets_are_found_and_dst_zones_are_not() -> None:
    assert fixed_offset_minutes("Asia/Seoul", None, None) == 540
    assert fixed_offset_minutes(None, None, None) == 0
    assert fixed_offset_minutes("Asia/Kolkata", "2026-01-01", "2026-12-31") == 330
    assert fixed_offset_minutes("Europe/Berlin", None, None) is None


@pytest.mark.parametrize("lang,zone", [("ko", "Asia/Seoul"), ("en", "UTC")])
async def test_the_dashboard_chart_uses_the_zone_of_its_pages(tmp_path: object, lang: str, zone: str) -> None:
    from pathlib import Path

    from httpx import ASGITransport, AsyncClient

    from audit.dashboard.app import create_dashboard
    from audit.dashboard.auth import DashboardConfig, DashboardUser, hash_password

    base = Path(str(tmp_path))
    cfg = AuditConfig(path=str(base / "a.db"), spool_dir=str(base / "spool"), signing_key=str(base / "k.pem"))
    await _write(cfg)
    store = open_store(cfg)
    dash = DashboardConfig(users=[DashboardUser(username="kim", password_hash=hash_password("pw-123456"))])
    app = create_dashboard(store, dash, cfg.keyring())
    try:
        async with AsyncClient(transport=ASGITransport(app=app), base_url="http://t") as c:
            r = await c.post(f"/login?lang={lang}", data={"username": "kim", "password": "pw-123456"})
            assert r.status_code == 303
            page = (await c.get(f"/?lang={lang}")).text
    finally:
        await store.close()
    titles = page.split('id="chart-days"', 1)[1].split("</svg>", 1)[0]
    if zone == "Asia/Seoul":
        assert "2026-12-01" in titles and "12-01" in titles
    else:
        assert "2026-12-01" not in titles and "2026-11-30" in titles
