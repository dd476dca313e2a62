"""The dashboard trusts no client: SSO headers and X-Forwarded-* only from trusted proxies, sign-in
lock-out, cross-site refusals, cookie flags, and every sign-in, view and export audited in the chain.

Driven through HTTP (Starlette's TestClient, which can pose as any peer address) over both real stores,
with the real audit writer recording the dashboard's own events."""

from __future__ import annotations

import asyncio
import contextlib
import json
import logging
import re
from collections.abc import AsyncIterator, Iterator
from typing import Any

import pytest
from starlette.applications import Starlette
from starlette.routing import Mount
from starlette.testclient import TestClient

from audit.clientaddr import TrustedProxies
from audit.config import AuditConfig, open_store, open_writer
from audit.dashboard import DashboardConfig, DashboardUser, create_dashboard, hash_password
from audit.dashboard.auth import LoginThrottleConfig
from audit.dashboard.events import writer_recorder
from audit.dashboard.throttle import LoginThrottle
from audit.sinks.base import AuditQuery
from audit.writer import AuditWriter

from .conftest import RawSQL
from .helpers import verify_cli, write_records

PW = "correct horse battery staple"
PROXY = ("10.1.2.3", 50000)  # inside server.trusted_proxies below
OUTSIDER = ("203.0.113.9", 50000)  # not
SSO = {"X-Forwarded-User": "park@agency.go.kr", "X-Forwarded-Role": "admin"}
FORM = {"content-type": "application/x-www-form-urlencoded"}


def _cfg(**kw: Any) -> DashboardConfig:
    h = hash_password(PW)
    return DashboardConfig(
        users=[
            DashboardUser(username="kim", password_hash=h, role="compliance"),
            DashboardUser(username="lee", password_hash=h, role="security"),
        ],
        sso_header="X-Forwarded-User",
        sso_role_header="X-Forwarded-Role",
        session_secret="s" * 32,
        default_lang="en",
        **kw,
    )


class Dash:
    """A dashboard mounted like the gateway mounts it, its events going through a real audit writer."""

    def __init__(self, cfg: AuditConfig, dash_cfg: DashboardConfig, trusted: list[str]) -> None:
        self.cfg = cfg
        self.writer: AuditWriter | None = None
        self.store = open_store(cfg)
        self.inner = create_dashboard(
            self.store,
            dash_cfg,
            cfg.keyring(),
            trusted_proxies=TrustedProxies(trusted),
            recorder=writer_recorder(lambda: self.writer),
        )

        @contextlib.asynccontextmanager
        async def lifespan(app: Starlette) -> AsyncIterator[None]:
            self.writer = await open_writer(cfg)
            yield
            await self.writer.close()
            await self.store.close()

        self.app = Starlette(routes=[Mount("/audit", app=self.inner)], lifespan=lifespan)

    @contextlib.contextmanager
    def client(self, peer: tuple[str, int], base_url: str = "https://gw.example") -> Iterator[TestClient]:
        with TestClient(self.app, base_url=base_url, client=peer, follow_redirects=False) as c:
            yield c

    def events(self) -> list[dict[str, Any]]:
        async def read() -> list[dict[str, Any]]:
            store = open_store(self.cfg)
            try:
                page = await store.query(AuditQuery(kind="dashboard", limit=1000))
                return [json.loads(i.body) for i in page.items]
            finally:
                await store.close()

        return asyncio.run(read())


@pytest.fixture
def dash(cfg: AuditConfig) -> Dash:
    asyncio.run(write_records(cfg, 12))
    return Dash(cfg, _cfg(), ["10.0.0.0/8"])


def login(c: TestClient, user: str = "kim", pw: str = PW, headers: dict[str, str] | None = None) -> Any:
    return c.post("/audit/login", data={"username": user, "password": pw}, headers=headers)


def session_cookie(r: Any) -> str | None:
    v = r.headers.get("set-cookie", "")
    return v if v.startswith("sgw_audit_session=") and "sgw_audit_session=;" not in v else None


# -- SSO and X-Forwarded-* -----------------------------------------------------------------------------


def test_sso_header_only_from_a_trusted_proxy(dash: Dash) -> None:
    with dash.client(OUTSIDER) as c:
        for path in ("/audit/", "/audit/export?format=csv", "/audit/export?format=jsonl", "/audit/records"):
            r = c.get(path, headers={**SSO, "X-Forwarded-For": "10.0.0.1"})
            assert r.status_code == 303 and r.headers["location"].startswith("/audit/login"), path
            assert "attachment" not in r.headers.get("content-disposition", "")
            assert "record_hash" not in r.text
    with dash.client(PROXY) as c:
        r = c.get("/audit/", headers={**SSO, "X-Forwarded-For": "1.1.1.1, 198.51.100.7, 10.0.0.2"})
        assert r.status_code == 200 and "park@agency.go.kr" in r.text
        r = c.get("/audit/export?format=csv", headers=SSO)
        assert r.status_code == 200 and "attachment" in r.headers["content-disposition"]
    overview = next(e for e in dash.events() if e["labels"]["event"] == "overview")
    # The right-most address no trusted proxy wrote; the client's own "1.1.1.1" counts for nothing.
    assert overview["client_addr"] == "198.51.100.7" and overview["actor"] == "park@agency.go.kr"
    assert overview["labels"]["via"] == "sso" and overview["labels"]["role"] == "admin"


def test_sso_without_trusted_proxies_warns_and_is_ignored(
    cfg: AuditConfig, caplog: pytest.LogCaptureFixture
) -> None:
    with caplog.at_level(logging.WARNING, logger="audit.dashboard"):
        d = Dash(cfg, _cfg(), [])
    assert any("IGNORED" in r.getMessage() and "trusted_proxies" in r.getMessage() for r in caplog.records)
    with d.client(PROXY) as c:  # no address is trusted, not even the "proxy"
        assert c.get("/audit/", headers=SSO).status_code == 303
        assert login(c).status_code == 303  # password sign-in still works


# -- sign-in throttling -------------------------------------------------------------------------------


def _strip_numbers(html: str) -> str:
    return re.sub(r"\d+", "#", html)


def test_lockout_per_user_is_the_same_for_unknown_names(dash: Dash) -> None:
    with dash.client(OUTSIDER) as c:
        answers = {}
        for user in ("kim", "nobody"):
            for _ in range(5):
                assert login(c, user, "wrong").status_code == 401
            r = login(c, user, PW)  # locked: even the right password is not checked
            assert r.status_code == 429 and int(r.headers["retry-after"]) > 0
            assert session_cookie(r) is None and "Too many failed sign-ins" in r.text
            answers[user] = _strip_numbers(r.text)
        assert answers["kim"] == answers["nobody"]
        # the name is locked from every address; another user from another client is not
        with dash.client(PROXY) as other:
            assert login(other, "kim", PW, {"X-Forwarded-For": "198.51.100.20"}).status_code == 429
            assert session_cookie(login(other, "lee", PW, {"X-Forwarded-For": "198.51.100.20"}))


def test_lockout_per_client_and_spoofed_forwarded_for(dash: Dash) -> None:
    with dash.client(OUTSIDER) as c:
        for n in range(20):  # a spray: one password, many names, rotating X-Forwarded-For
            r = login(c, f"user{n}", "Winter2025!", {"X-Forwarded-For": f"198.51.100.{n}"})
            assert r.status_code == 401
        r = login(c, "lee", PW, {"X-Forwarded-For": "198.51.100.99"})
        assert r.status_code == 429 and session_cookie(r) is None
    with dash.client(PROXY) as c:
        # behind the trusted proxy, X-Forwarded-For names the client: a different one is not locked
        assert session_cookie(login(c, "lee", PW, {"X-Forwarded-For": "198.51.100.99"}))
        assert login(c, "lee", PW, {"X-Forwarded-For": OUTSIDER[0]}).status_code == 429


def test_lockout_grows_and_expires() -> None:
    now = [1000.0]
    t = LoginThrottle(
        LoginThrottleConfig(user_failures=3, lockout_s=10, max_lockout_s=25, window_s=100),
        clock=lambda: now[0],
    )
    for _ in range(2):
        t.failure("kim", "192.0.2.1")
    assert t.retry_after("kim", "192.0.2.1") == 0
    t.failure("kim", "192.0.2.1")
    assert t.retry_after("kim", "192.0.2.9") == 10  # the name, from any address
    now[0] += 10
    assert t.retry_after("kim", None) == 0
    t.failure("kim", None)
    assert t.retry_after("kim", None) == 20  # doubled
    now[0] += 20
    t.failure("kim", None)
    assert t.retry_after("kim", None) == 25  # capped
    now[0] += 200  # past the window: forgotten
    t.failure("kim", None)
    assert t.retry_after("kim", None) == 0
    t.success("kim")
    assert t.retry_after("kim", None) == 0


# -- cross-site requests and cookies --------------------------------------------------------------------

CROSS_SITE = [
    {"Origin": "https://evil.example"},
    {"Origin": "null"},
    {"Origin": "https://gw.example.evil.example"},
    {"Origin": "http://gw.example"},  # same host, other scheme: another origin
    {"Referer": "https://evil.example/login.html"},
    {"Sec-Fetch-Site": "cross-site", "Sec-Fetch-Mode": "navigate"},
    {"Sec-Fetch-Site": "same-site"},
]


@pytest.mark.parametrize("headers", CROSS_SITE, ids=lambda h: "-".join(f"{k}={v}" for k, v in h.items()))
def test_cross_site_login_is_refused(dash: Dash, headers: dict[str, str]) -> None:
    with dash.client(OUTSIDER) as c:
        r = login(c, headers=headers)
        assert r.status_code == 403 and session_cookie(r) is None


def test_login_origin_content_type_and_cookie_flags(dash: Dash) -> None:
    with dash.client(OUTSIDER) as c:
        body = "username=kim&password=" + PW.replace(" ", "+")
        r = c.post("/audit/login", content=body, headers={"content-type": "text/plain"})
        assert r.status_code == 415 and session_cookie(r) is None
        r = c.post(
            "/audit/login",
            content=body,
            headers={"content-type": "text/plain", "Origin": "https://evil.example"},
        )
        assert r.status_code == 403 and session_cookie(r) is None
        # a browser posting the dashboard's own form (with no referrer it would say Origin: null)
        assert session_cookie(login(c, "lee", headers={"Origin": "null", "Sec-Fetch-Site": "same-origin"}))
        r = login(c, headers={"Origin": "https://gw.example"})
        cookie = session_cookie(r)
        assert r.status_code == 303 and cookie
        assert "Secure" in cookie and "HttpOnly" in cookie and "SameSite=strict" in cookie
    with dash.client(OUTSIDER, base_url="http://gw.example") as c:
        cookie = session_cookie(login(c))
        assert cookie and "Secure" not in cookie  # plain HTTP, nobody trusted says otherwise
        cookie = session_cookie(login(c, "lee", headers={"X-Forwarded-Proto": "https"}))
        assert cookie and "Secure" not in cookie  # an outsider's X-Forwarded-Proto means nothing
    with dash.client(PROXY, base_url="http://gw.example") as c:
        cookie = session_cookie(login(c, headers={"X-Forwarded-Proto": "https"}))
        assert cookie and "Secure" in cookie  # TLS ended at the trusted proxy


def test_secure_cookies_always(cfg: AuditConfig) -> None:
    d = Dash(cfg, _cfg(secure_cookies="always"), [])
    with d.client(OUTSIDER, base_url="http://gw.example") as c:
        cookie = session_cookie(login(c))
        assert cookie and "Secure" in cookie


def test_cross_site_reads_and_posts_with_a_session(dash: Dash) -> None:
    with dash.client(OUTSIDER) as c:
        assert session_cookie(login(c))
        r = c.get(
            "/audit/export?format=csv",
            headers={"Origin": "https://evil.example", "Sec-Fetch-Site": "cross-site"},
        )
        assert r.status_code == 403 and "attachment" not in r.headers.get("content-disposition", "")
        assert "access-control-allow-origin" not in r.headers
        assert c.get("/audit/export?format=csv", headers={"Sec-Fetch-Site": "cross-site"}).status_code == 403
        # a link followed from elsewhere (top-level navigation) still opens a page
        nav = {"Sec-Fetch-Site": "cross-site", "Sec-Fetch-Mode": "navigate", "Sec-Fetch-Dest": "document"}
        assert c.get("/audit/records", headers=nav).status_code == 200
        page = c.get("/audit/integrity").text
        csrf = re.search(r'name="csrf" value="([^"]+)"', page)
        token = csrf.group(1) if csrf else ""
        r = c.post("/audit/logout", data={"csrf": token}, headers={"Origin": "https://evil.example"})
        assert r.status_code == 403
        assert c.get("/audit/").status_code == 200  # the session survived
    with dash.client(PROXY) as c:
        # An SSO user's browser adds the proxy's credentials to any request: a verification run must
        # show it comes from the dashboard's own page.
        assert c.post("/audit/integrity", data={}, headers=SSO).status_code == 403
        r = c.post("/audit/integrity", data={}, headers={**SSO, "Origin": "https://gw.example"})
        assert r.status_code == 303


# -- the dashboard's own audit records --------------------------------------------------------------------


def test_sign_ins_views_and_exports_are_audited_in_the_chain(dash: Dash, cfg: AuditConfig) -> None:
    with dash.client(OUTSIDER) as c:
        assert login(c, "nobody-hunter2", "my-secret-pw-1").status_code == 401
        assert login(c, "kim", "my-secret-pw-2").status_code == 401
        assert login(c, "kim", PW, {"Origin": "https://evil.example"}).status_code == 403
        assert session_cookie(login(c))
        assert c.get("/audit/records?tenant=acme").status_code == 200
        r = c.get("/audit/records?request_id=req-000003")
        (row,) = re.findall(r'href="/audit/records/(\d+)" class="open"', r.text)
        assert c.get(f"/audit/records/{row}").status_code == 200
        assert c.get("/audit/export?format=csv&decision=block").status_code == 200
        # the default table shows requests; the kind filter shows the dashboard's own records
        r = c.get("/audit/records")
        assert "login_failed" not in r.text and "req-000003" in r.text
        r = c.get("/audit/records?kind=dashboard")
        assert "login_failed" in r.text and 'class="event">export<' in r.text and "req-000003" not in r.text

    events = dash.events()
    by = [(e["labels"]["event"], e["actor"], e["decision"]) for e in events]
    assert ("login_failed", None, "block") in by  # an unknown name is not stored
    assert ("login_failed", "kim", "block") in by
    assert ("login_refused", None, "block") in by
    assert ("login", "kim", "allow") in by and ("records", "kim", "allow") in by
    record_view = next(e for e in events if e["labels"]["event"] == "record")
    assert record_view["labels"]["request_id"] == "req-000003" and record_view["labels"]["row_id"] == row
    export = next(e for e in events if e["labels"]["event"] == "export")
    assert export["labels"]["format"] == "csv" and "decision=block" in export["labels"]["filter"]
    assert all(e["kind"] == "dashboard" and e["tenant"] == "(dashboard)" for e in events)
    assert all(e["client_addr"] == OUTSIDER[0] for e in events)
    assert len({e["request_id"] for e in events}) == len(events)
    blob = json.dumps(events)
    assert "my-secret-pw" not in blob and "nobody-hunter2" not in blob and PW not in blob

    rc, out = verify_cli(cfg)  # the same chain: `audit verify` covers them
    assert rc == 0, out
    # and tampering with one is caught like tampering with a request record
    RawSQL(cfg)("UPDATE audit_records SET kind = 'request' WHERE kind = 'dashboard'")
    rc, out = verify_cli(cfg)
    assert rc == 1 and "indexed column(s) kind" in out, out


def test_an_unrecordable_export_is_refused(dash: Dash) -> None:
    with dash.client(OUTSIDER) as c:
        assert session_cookie(login(c))
        assert dash.writer is not None
        c.portal.call(dash.writer.close)  # type: ignore[union-attr]  # the writer lives in the client's loop
        r = c.get("/audit/export?format=jsonl")
        assert r.status_code == 503 and "record_hash" not in r.text
