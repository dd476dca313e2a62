"""The compliance dashboard over a real store, driven through HTTP (Starlette's TestClient):
log in, filter, open a record, export, verify; roles, languages, SSO header, mounting under a prefix.
(No headless browser here: this machine has no Chromium.)"""

from __future__ import annotations

import asyncio
import csv
import io
import json
import re

import pytest
from starlette.applications import Starlette
from starlette.routing import Mount
from starlette.testclient import TestClient

from audit.clientaddr import TrustedProxies
from audit.config import AuditConfig, open_store
from audit.dashboard import DashboardConfig, DashboardUser, create_dashboard, hash_password

from .conftest import RawSQL
from .helpers import write_records

PW = "correct horse battery staple"


@pytest.fixture
def dash_cfg() -> DashboardConfig:
    h = hash_password(PW)
    return DashboardConfig(
        users=[
            DashboardUser(username="kim", password_hash=h, role="compliance"),
            DashboardUser(username="lee", password_hash=h, role="security"),
        ],
        sso_header="X-Forwarded-User",
        sso_role_header="X-Forwarded-Role",
        session_secret="s" * 32,
        default_lang="ko",
    )


@pytest.fixture
def client(cfg: AuditConfig, dash_cfg: DashboardConfig):
    asyncio.run(write_records(cfg, 80, batch=20))
    store = open_store(cfg)
    inner = create_dashboard(store, dash_cfg, cfg.keyring())
    app = Starlette(routes=[Mount("/audit", app=inner)])  # mounted like the gateway does
    with TestClient(app, base_url="https://gw.example") as c:
        yield c
    asyncio.run(store.close())


def login(c: TestClient, user: str = "kim", pw: str = PW, nxt: str = "/"):
    return c.post(
        "/audit/login", data={"username": user, "password": pw, "next": nxt}, follow_redirects=False
    )


def test_login_required_and_bad_password(client: TestClient) -> None:
    r = client.get("/audit/records?tenant=acme", follow_redirects=False)
    assert r.status_code == 303 and r.headers["location"].startswith("/audit/login?next=")
    r = login(client, pw="wrong")
    assert r.status_code == 401 and "올바르지 않습니다" in r.text
    r = login(client, user="nobody")
    assert r.status_code == 401
    r = login(client, nxt="/records?tenant=acme")
    assert r.status_code == 303 and r.headers["location"] == "/audit/records?tenant=acme"
    assert "HttpOnly" in r.headers["set-cookie"] and "SameSite=strict" in r.headers["set-cookie"]
    r = client.get("/audit/")
    assert r.status_code == 200 and "kim" in r.text
    assert "default-src 'none'" in r.headers["content-security-policy"]


def test_overview_filter_record_export(client: TestClient) -> None:
    login(client)
    r = client.get("/audit/")
    assert re.search(r'id="total">80<', r.text) and re.search(r'id="blocks">20<', r.text)
    assert 'id="chart-days"' in r.text and 'id="chart-rules"' in r.text and "<script" not in r.text
    assert "http://" not in r.text.replace("http://www.w3.org", "") and "https://" not in r.text  # offline
    r = client.get("/audit/?tenant=acme")
    assert re.search(r'id="total">27<', r.text)

    # filter the table
    r = client.get("/audit/records?decision=block&tenant=univ")
    rows = re.findall(r'href="/audit/records/(\d+)" class="open"', r.text)
    assert rows and all("univ" in r.text for _ in rows)
    assert r.text.count('class="tag d-block"') == len(rows)
    # paging: 80 records, page size 50
    r = client.get("/audit/records")
    assert len(re.findall(r'class="open"', r.text)) == 50
    nxt = re.search(r'id="next" href="([^"]+)"', r.text).group(1).replace("&amp;", "&")
    assert len(re.findall(r'class="open"', client.get(nxt).text)) == 30

    # open a record
    r = client.get("/audit/records?request_id=req-000005")
    (row_id,) = re.findall(r'href="/audit/records/(\d+)" class="open"', r.text)
    r = client.get(f"/audit/records/{row_id}")
    assert r.status_code == 200
    assert 'id="chain-status" class="ok"' in r.text and "wm-000005" in r.text and "public-sector" in r.text
    assert "&lt;PHONE_NUMBER&gt;" in r.text and "rule.block" in r.text
    assert client.get("/audit/records/999999").status_code == 404

    # export buttons
    r = client.get("/audit/export?format=csv&decision=block")
    assert (
        r.headers["content-type"].startswith("text/csv") and "attachment" in r.headers["content-disposition"]
    )
    rows = list(csv.DictReader(io.StringIO(r.text)))
    assert len(rows) == 20 and {x["decision"] for x in rows} == {"block"}
    r = client.get("/audit/export?format=jsonl&tenant=gov-seoul")
    lines = [json.loads(x) for x in r.text.splitlines()]
    assert len(lines) == 27 and {x["tenant"] for x in lines} == {"gov-seoul"}


def test_english_and_korean(client: TestClient) -> None:
    login(client)
    r = client.get("/audit/records")
    assert "기록" in r.text and 'lang="ko"' in r.text
    r = client.get("/audit/records?lang=en")
    assert 'lang="en"' in r.text and "Records" in r.text and "Export CSV" in r.text
    r = client.get("/audit/")  # remembered in a cookie
    assert 'lang="en"' in r.text and "Requests per day" in r.text


def test_integrity_panel_roles_and_tamper(client: TestClient, cfg: AuditConfig) -> None:
    login(client)  # the compliance role may run a verification too (issue 16): it only reads
    r = client.get("/audit/integrity")
    assert "아직 검증하지 않았습니다" in r.text and 'id="verify-now"' in r.text
    assert client.post("/audit/integrity", data={"csrf": "x"}).status_code == 403
    csrf = re.search(r'name="csrf" value="([^"]+)"', r.text).group(1)
    r = client.post("/audit/integrity", data={"csrf": csrf})
    assert 'id="verify-result" class="ok"' in r.text and ", kim</p>" in r.text

    login(client, "lee")  # and security
    r = client.get("/audit/integrity")
    csrf = re.search(r'name="csrf" value="([^"]+)"', r.text).group(1)
    assert client.post("/audit/integrity", data={"csrf": "forged"}).status_code == 403
    r = client.post("/audit/integrity", data={"csrf": csrf})
    assert 'id="verify-result" class="ok"' in r.text and "80" in r.text

    RawSQL(cfg)("UPDATE audit_records SET decision = 'allow' WHERE request_id = 'req-000009'")
    r = client.post("/audit/integrity", data={"csrf": csrf})
    assert 'id="verify-result" class="bad"' in r.text and "req-000009" in r.text
    r = client.get("/audit/records?request_id=req-000009")
    (row_id,) = re.findall(r'href="/audit/records/(\d+)" class="open"', r.text)
    assert 'id="chain-status" class="bad"' in client.get(f"/audit/records/{row_id}").text

    r = client.post("/audit/logout", data={"csrf": csrf}, follow_redirects=False)
    assert r.status_code == 303
    client.cookies.clear()
    assert client.get("/audit/", follow_redirects=False).status_code == 303


def test_sso_header(client: TestClient, cfg: AuditConfig, dash_cfg: DashboardConfig) -> None:
    sso = {"X-Forwarded-User": "park@agency.go.kr", "X-Forwarded-Role": "admin"}
    # From a client that is not a trusted proxy the header is text the client typed: no access.
    r = client.get("/audit/", headers=sso, follow_redirects=False)
    assert r.status_code == 303 and r.headers["location"].startswith("/audit/login")

    store = open_store(cfg)
    inner = create_dashboard(store, dash_cfg, cfg.keyring(), trusted_proxies=TrustedProxies(["10.0.0.0/8"]))
    app = Starlette(routes=[Mount("/audit", app=inner)])
    with TestClient(app, base_url="https://gw.example", client=("10.1.2.3", 50000)) as proxied:
        r = proxied.get("/audit/", headers=sso)
        assert r.status_code == 200 and "park@agency.go.kr" in r.text and "admin" in r.text
        r = proxied.get("/audit/integrity", headers={"X-Forwarded-User": "choi", "X-Forwarded-Role": "root"})
        assert "choi · 역할: compliance" in r.text  # unknown role -> default role
    asyncio.run(store.close())


def test_time_zone_setting(cfg: AuditConfig, dash_cfg: DashboardConfig) -> None:
    """``time_zone`` applies to every language; the default is Korea time for the Korean UI, UTC for
    English; a date filter is a day in the zone shown."""
    import pydantic

    asyncio.run(write_records(cfg, 3))  # T0 = 2026-03-01 09:00:00 UTC
    store = open_store(cfg)
    for zone, lang, shown in (
        (None, "ko", "2026-03-01 18:00:00"),
        (None, "en", "2026-03-01 09:00:00"),
        ("America/New_York", "ko", "2026-03-01 04:00:00"),
        ("America/New_York", "en", "2026-03-01 04:00:00"),
    ):
        inner = create_dashboard(store, dash_cfg.model_copy(update={"time_zone": zone}), cfg.keyring())
        with TestClient(Starlette(routes=[Mount("/audit", app=inner)]), base_url="https://gw.example") as c:
            login(c)
            r = c.get("/audit/records", params={"lang": lang, "request_id": "req-000000"})
            assert f'<td class="time">{shown}</td>' in r.text, (zone, lang)
            assert f"({zone or ('Asia/Seoul' if lang == 'ko' else 'UTC')})" in r.text
    # A day filter is a day in the zone shown: 09:00 UTC on 1 March is 23:00 on 28 February in Honolulu.
    inner = create_dashboard(
        store, dash_cfg.model_copy(update={"time_zone": "Pacific/Honolulu"}), cfg.keyring()
    )
    with TestClient(Starlette(routes=[Mount("/audit", app=inner)]), base_url="https://gw.example") as c:
        login(c)
        page = c.get("/audit/records?since=2026-02-28&until=2026-02-28").text
        assert len(re.findall(r'class="open"', page)) == 3 and "2026-02-28 23:00:00" in page
        assert 'class="open"' not in c.get("/audit/records?since=2026-03-01&until=2026-03-01").text
    asyncio.run(store.close())
    with pytest.raises(pydantic.ValidationError, match="unknown time zone"):
        DashboardConfig(time_zone="Asia/Sеoul")  # a Cyrillic e
