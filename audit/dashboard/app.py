"""The compliance dashboard: a Starlette sub-application the gateway mounts.

    from audit.dashboard import create_dashboard
    app.mount("/audit", create_dashboard(open_store(audit_cfg), audit_cfg.dashboard, audit_cfg.keyring()))

Pages: overview (totals, requests per day by decision, rules, tenants, models), a filterable and paged
record table with CSV/JSONL export of the current filter, a record view (redacted texts, findings,
policy version, provenance, chain status of that record), the chain-integrity panel (last full
verification; every role can run one) and the signed compliance report (report.py; admin and compliance).
Korean and English (``?lang=ko|en``, remembered in a cookie; default from Accept-Language, else
``default_lang``); times in ``time_zone`` (zones.py). Fully offline: inline CSS and SVG. With no user
and no SSO header configured, every page is the first-run page that says how to create a user.

Who may see it (docs/dashboard-security.md): SSO headers count only from ``server.trusted_proxies``
(audit.clientaddr); password sign-ins are throttled (throttle.py); cross-site requests are refused
(origin.py); sign-ins, views and exports are audit records of kind ``dashboard`` (events.py).
"""

from __future__ import annotations

import asyncio
import csv
import io
import json
import logging
import re
import time
from collections.abc import AsyncIterator, Awaitable, Callable
from datetime import UTC, datetime, timedelta
from typing import Any
from urllib.parse import urlencode
from zoneinfo import ZoneInfo

from jinja2 import DictLoader, Environment, select_autoescape
from starlette.applications import Starlette
from starlette.middleware import Middleware
from starlette.requests import Request
from starlette.responses import HTMLResponse, RedirectResponse, Response, StreamingResponse
from starlette.routing import Route

from audit.chain import entry_status, verify
from audit.clientaddr import ClientInfo, TrustedProxies
from audit.dashboard import charts
from audit.dashboard.auth import (
    CAN_DOWNLOAD_REPORT,
    CAN_RUN_VERIFY,
    ROLES,
    DashboardConfig,
    Sessions,
    hash_password,
    verify_password,
)
from audit.dashboard.events import Recorder, dashboard_event
from audit.dashboard.i18n import DECISION_LABELS, DECISIONS, STRINGS
from audit.dashboard.origin import cross_site, own_origin
from audit.dashboard.report import MAX_DAYS, ReportSource, ReportUnavailable, period, produce
from audit.dashboard.templates import CSS, TEMPLATES
from audit.dashboard.throttle import LoginThrottle
from audit.dashboard.users import UserDirectory
from audit.dashboard.zones import local, zone_for, zone_label
from audit.query import CSV_COLUMNS, csv_cells, iter_records
from audit.record import ID_PATTERN
from audit.signing import Keyring
from audit.sinks.base import AuditQuery, AuditSink

COOKIE = "sgw_audit_session"
LANG_COOKIE = "sgw_audit_lang"
FILTER_KEYS = (
    "since",
    "until",
    "tenant",
    "model",
    "decision",
    "rule",
    "request_id",
    "client_request_id",
    "kind",
)
KINDS = ("request", "dashboard", "all")
FORM = "application/x-www-form-urlencoded"
MAX_USERNAME = 200
MAX_VERIFY_TEXT = 256 * 1024  # characters of a pasted text
# (text) -> the watermark verify report as a dict (gateway.provenance.verify.VerifyReport.to_dict())
TextVerifier = Callable[[str], Awaitable[dict[str, Any]]]
log = logging.getLogger("audit.dashboard")
CSP = (
    "default-src 'none'; style-src 'unsafe-inline'; img-src 'self' data:; form-action 'self'; "
    "frame-ancestors 'none'; base-uri 'none'"
)
_DUMMY_HASH = hash_password("not-a-user")


def _parse_time(v: str | None, tz: ZoneInfo, *, end: bool = False) -> datetime | None:
    """A filter bound; dates and times without a zone are in the zone the pages show (``tz``)."""
    if not v:
        return None
    try:
        if len(v) == 10:  # a date from <input type=date>; "until" includes that whole day
            d = datetime.fromisoformat(v).replace(tzinfo=tz)
            return d + timedelta(days=1) if end else d
        d = datetime.fromisoformat(v.replace("Z", "+00:00"))
        return d if d.tzinfo else d.replace(tzinfo=tz)
    except ValueError:
        return None


class _SecurityHeaders:
    """Pure ASGI middleware: strict CSP (no scripts, no external anything), no caching of records."""

    HEADERS = [
        (b"content-security-policy", CSP.encode()),
        (b"x-content-type-options", b"nosniff"),
        # same-origin, not no-referrer: under no-referrer browsers send "Origin: null" even with the
        # dashboard's own forms, and the cross-site check (origin.py) could not tell them from a forgery.
        # Other sites still get no referrer.
        (b"referrer-policy", b"same-origin"),
        (b"cache-control", b"no-store"),
    ]

    def __init__(self, app: Any):
        self.app = app

    async def __call__(self, scope: Any, receive: Any, send: Any) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return

        async def send_with_headers(message: Any) -> None:
            if message["type"] == "http.response.start":
                message = {**message, "headers": [*message.get("headers", []), *self.HEADERS]}
            await send(message)

        await self.app(scope, receive, send_with_headers)


def create_dashboard(
    store: AuditSink,
    cfg: DashboardConfig | None = None,
    keyring: Keyring | None = None,
    *,
    trusted_proxies: TrustedProxies | None = None,
    recorder: Recorder | None = None,
    report: ReportSource | None = None,
    text_verifier: TextVerifier | None = None,
) -> Starlette:
    """``trusted_proxies``: the gateway's ``server.trusted_proxies`` (default: trust no one).
    ``recorder``: where sign-ins, views and exports are audited (events.writer_recorder); without
    one they are not recorded (a dashboard over a read-only copy of the store).
    ``report``: how to make the signed compliance report (the gateway's facts and signing key);
    without it the report page is not offered.
    ``text_verifier``: checks a pasted text's invisible marks (the gateway's provenance keys and this
    store's mark digests) and returns the report as a dict; without it the verify page is not offered."""
    # Long on purpose: a Starlette app factory; each route is a closure over the store, config and session
    # keys, listed in the order of the routes table at the end.
    cfg = cfg or DashboardConfig()
    trusted = trusted_proxies or TrustedProxies()
    if cfg.sso_header and not trusted:
        log.warning(
            "audit.dashboard.sso_header is %r but server.trusted_proxies is empty: the header is IGNORED "
            "(any client could send it). List the reverse proxy that sets it in server.trusted_proxies "
            "(docs/dashboard-security.md); until then only password sign-in works.",
            cfg.sso_header,
        )
    sessions = Sessions(cfg.session_secret, cfg.session_ttl_s)
    throttle = LoginThrottle(cfg.login_throttle)
    # gateway.yaml's users and those `audit add-user` wrote; the file is read again when it changes.
    users = UserDirectory(cfg.users, cfg.users_file)

    def first_run() -> bool:
        # Nobody could ever sign in: every page says how to create a user instead of showing a login form.
        return not cfg.sso_header and not users

    env = Environment(
        loader=DictLoader(TEMPLATES), autoescape=select_autoescape(default=True, default_for_string=True)
    )
    env.filters["local"] = local
    state: dict[str, Any] = {
        "last": None,
        "lock": asyncio.Lock(),
        "summaries": {},
        "report_lock": asyncio.Lock(),
    }

    # -- helpers ---------------------------------------------------------------------------------------
    def lang_of(request: Request) -> str:
        q = request.query_params.get("lang")
        if q in STRINGS:
            return q
        c = request.cookies.get(LANG_COOKIE)
        if c in STRINGS:
            return c
        al = request.headers.get("accept-language", "")
        if al:
            return "ko" if al.lower().startswith("ko") else "en"
        return cfg.default_lang

    def client_of(request: Request) -> ClientInfo:
        return trusted.resolve(request.scope)

    def user_of(request: Request) -> dict[str, str] | None:
        # An SSO header is an assertion by the proxy; from anyone else it is just text the client typed.
        if cfg.sso_header and client_of(request).via_trusted_proxy:
            name = request.headers.get(cfg.sso_header)
            if name:
                role = request.headers.get(cfg.sso_role_header or "", "") if cfg.sso_role_header else ""
                return {"u": name, "r": role if role in ROLES else cfg.sso_default_role, "sso": "1"}
        session = sessions.check(request.cookies.get(COOKIE))
        if session is None:
            return None
        # A removed user is signed out, and a new role counts, at the next page.
        current = users.get(str(session.get("u", "")))
        if current is None:
            return None
        return {**session, "r": current.role}

    def base_of(request: Request) -> str:
        return str(request.scope.get("root_path", "")).rstrip("/")

    def render(
        request: Request, name: str, page: str, user: dict[str, Any] | None, status: int = 200, **ctx: Any
    ) -> Response:
        lang = lang_of(request)
        params = dict(request.query_params)
        params["lang"] = "en" if lang == "ko" else "ko"
        cookie = request.cookies.get(COOKIE, "")
        tz = zone_for(cfg.time_zone, lang)
        html = env.get_template(name).render(
            t=STRINGS[lang],
            lang=lang,
            tz=tz,
            tz_name=tz.key,
            tz_label=zone_label(tz),
            can_verify_text=text_verifier is not None and user is not None and user["r"] in CAN_RUN_VERIFY,
            can_report=report is not None
            and bool(user)
            and user is not None
            and user["r"] in CAN_DOWNLOAD_REPORT,
            dl=DECISION_LABELS[lang],
            decisions=DECISIONS,
            css=CSS,
            base=base_of(request),
            page=page,
            user=user,
            csrf=sessions.csrf(cookie) if cookie else "",
            lang_query=urlencode(params),
            **ctx,
        )
        resp = HTMLResponse(html, status_code=status)
        if request.query_params.get("lang") in STRINGS:
            resp.set_cookie(
                LANG_COOKIE,
                lang,
                max_age=365 * 86400,
                samesite="lax",
                secure=secure(request),
                path=base_of(request) or "/",
            )
        return resp

    def filters_of(request: Request) -> tuple[dict[str, str], AuditQuery]:
        f = {k: request.query_params.get(k, "").strip() for k in FILTER_KEYS}
        f = {k: v for k, v in f.items() if v}
        if "client_request_id" in f and not ID_PATTERN.fullmatch(f["client_request_id"]):
            del f["client_request_id"]  # stored ids always match: anything else finds nothing
        f["kind"] = f["kind"] if f.get("kind") in KINDS else "request"
        tz = zone_for(cfg.time_zone, lang_of(request))
        q = AuditQuery(
            since=_parse_time(f.get("since"), tz),
            until=_parse_time(f.get("until"), tz, end=True),
            tenant=f.get("tenant"),
            model=f.get("model"),
            decision=f.get("decision") if f.get("decision") in DECISIONS else None,
            rule=f.get("rule"),
            request_id=f.get("request_id"),
            client_request_id=f.get("client_request_id"),
            kind=None if f["kind"] == "all" else f["kind"],
        )
        return f, q

    def login_redirect(request: Request) -> Response:
        nxt = request.url.path[len(base_of(request)) :] or "/"
        if request.url.query:
            nxt += "?" + request.url.query
        return RedirectResponse(f"{base_of(request)}/login?{urlencode({'next': nxt})}", status_code=303)

    def origin_of(request: Request) -> str | None:
        ci = client_of(request)
        return own_origin(ci.scheme, ci.host, cfg.public_origin)

    def csrf_ok(request: Request, form: Any) -> bool:
        cookie = request.cookies.get(COOKIE)
        if cookie is None:
            # SSO users have no cookie of ours, and the proxy's own credentials ride along on any
            # request: the browser must show that the form was posted from the dashboard itself.
            return (
                cross_site(request.method, request.headers, origin_of(request), require_evidence=True) is None
            )
        return bool(form.get("csrf") == sessions.csrf(cookie))

    def secure(request: Request) -> bool:
        return cfg.secure_cookies == "always" or client_of(request).scheme == "https"

    async def audited(
        request: Request,
        event: str,
        actor: str | None,
        *,
        allowed: bool = True,
        details: dict[str, str] | None = None,
    ) -> bool:
        """Record a dashboard event; False when it could not be stored (the caller answers 503: nothing
        is shown or exported that the audit log does not know about)."""
        if recorder is None:
            return True
        from audit.writer import AuditUnavailable

        rec = dashboard_event(
            event,
            request_id=request.scope.get("state", {}).get("request_id"),
            path=request.url.path,
            client_addr=client_of(request).addr,
            actor=actor,
            allowed=allowed,
            details=details,
        )
        try:
            await recorder(rec)
        except AuditUnavailable as exc:
            log.error("dashboard %s not recorded: %s", event, exc)
            return False
        return True

    def unavailable() -> Response:
        return Response(
            "The audit log cannot record this right now; try again shortly.",
            status_code=503,
            headers={"retry-after": "5"},
            media_type="text/plain",
        )

    def view(request: Request, user: dict[str, str], f: dict[str, str] | None = None) -> dict[str, str]:
        details = {"role": user["r"], "via": "sso" if user.get("sso") else "password"}
        if f:
            details["filter"] = urlencode(f)
        return details

    # -- pages ----------------------------------------------------------------------------------------
    async def login_page(request: Request) -> Response:
        if request.method == "GET":
            if first_run():
                return render(request, "setup", "login", None)
            return render(request, "login", "login", None, next=request.query_params.get("next", "/"))
        # A form post and nothing else: text/plain (and JSON) are what a cross-site page can send.
        ctype = request.headers.get("content-type", "").split(";", 1)[0].strip().lower()
        if ctype != FORM:
            if not await audited(
                request, "login_refused", None, allowed=False, details={"reason": "content type"}
            ):
                return unavailable()
            return Response(f"Sign in with a form post ({FORM}).", status_code=415, media_type="text/plain")
        form = await request.form()
        name, pw = str(form.get("username", ""))[:MAX_USERNAME], str(form.get("password", ""))
        nxt = str(form.get("next") or "/")
        if not nxt.startswith("/") or nxt.startswith("//"):
            nxt = "/"
        u = users.get(name)
        actor = u.username if u else None  # an unknown name may be a mistyped password: never stored
        addr = client_of(request).addr
        # Locked names and addresses are refused before the password is checked, identically for
        # names that exist and names that do not.
        wait = throttle.retry_after(name, addr)
        if wait:
            if not await audited(
                request, "login_locked", actor, allowed=False, details={"retry_after": str(wait)}
            ):
                return unavailable()
            resp = render(request, "login", "login", None, status=429, locked=wait, next=nxt)
            resp.headers["retry-after"] = str(wait)
            return resp
        # scrypt takes tens of milliseconds: off the event loop that also serves the API.
        ok = await asyncio.to_thread(verify_password, pw, u.password_hash if u else _DUMMY_HASH)
        if not ok or u is None:
            throttle.failure(name, addr)
            if not await audited(request, "login_failed", actor, allowed=False):
                return unavailable()
            return render(request, "login", "login", None, status=401, error=True, next=nxt)
        throttle.success(name)
        if not await audited(request, "login", actor, details={"role": u.role, "via": "password"}):
            return unavailable()
        resp = RedirectResponse(base_of(request) + nxt, status_code=303)
        resp.set_cookie(
            COOKIE,
            sessions.issue(u.username, u.role),
            max_age=cfg.session_ttl_s,
            httponly=True,
            samesite="strict",
            secure=secure(request),
            path=base_of(request) or "/",
        )
        return resp

    async def logout(request: Request) -> Response:
        form = await request.form()
        if not csrf_ok(request, form):
            return Response("bad request", status_code=400)
        user = user_of(request)
        if user and not await audited(request, "logout", user["u"], details=view(request, user)):
            return unavailable()
        resp = RedirectResponse(f"{base_of(request)}/login", status_code=303)
        resp.delete_cookie(COOKIE, path=base_of(request) or "/")
        return resp

    async def overview(request: Request) -> Response:
        user = user_of(request)
        if not user:
            if first_run():
                return render(request, "setup", "login", None)
            return login_redirect(request)
        f, q = filters_of(request)
        if not await audited(request, "overview", user["u"], details=view(request, user, f)):
            return unavailable()
        zone = zone_for(cfg.time_zone, lang_of(request)).key  # days as the page's reader counts them
        key = (zone, *sorted(f.items()))
        hit = state["summaries"].get(key)
        if hit is not None and time.monotonic() - hit[0] < cfg.overview_cache_s:
            s = hit[1]
        else:
            s = await store.summary(q, tz=zone)
            if len(state["summaries"]) > 256:
                state["summaries"].clear()
            state["summaries"][key] = (time.monotonic(), s)
        dl = DECISION_LABELS[lang_of(request)]
        return render(
            request,
            "overview",
            "overview",
            user,
            s=s,
            f=f,
            day_chart=charts.stacked_days(s.by_day, dl),
            rule_chart=charts.hbars(s.by_rule, dl, "chart-rules"),
            tenant_chart=charts.hbars(s.by_tenant, dl, "chart-tenants"),
            model_chart=charts.hbars(s.by_model, dl, "chart-models"),
        )

    async def records(request: Request) -> Response:
        user = user_of(request)
        if not user:
            return login_redirect(request)
        f, q = filters_of(request)
        if not await audited(request, "records", user["u"], details=view(request, user, f)):
            return unavailable()
        try:
            cursor = int(request.query_params["cursor"]) if request.query_params.get("cursor") else None
        except ValueError:
            cursor = None
        page = await store.query(
            AuditQuery(**{**q.__dict__, "limit": cfg.page_size, "cursor": cursor, "order": "desc"})
        )
        items = [{"r": it.record, "row_id": it.row_id} for it in page.items]
        return render(
            request,
            "records",
            "records",
            user,
            f=f,
            items=items,
            fq=urlencode(f),
            cursor=cursor,
            next_cursor=page.next_cursor,
        )

    async def record(request: Request) -> Response:
        user = user_of(request)
        if not user:
            return login_redirect(request)
        row_id = request.path_params["row_id"]
        page = await store.query(AuditQuery(cursor=row_id - 1, limit=1))
        if not page.items or page.items[0].row_id != row_id:
            return render(
                request,
                "records",
                "records",
                user,
                status=404,
                f={},
                items=[],
                fq="",
                cursor=None,
                next_cursor=None,
            )
        it = page.items[0]
        details = {**view(request, user), "row_id": str(row_id), "request_id": it.record.request_id}
        if not await audited(request, "record", user["u"], details=details):
            return unavailable()
        entry = await store.get_entry(it.chain_id, it.seq)
        st = await entry_status(store, keyring, entry) if entry else {"ok": False, "checkpoint": None}
        r = it.record
        return render(
            request,
            "record",
            "records",
            user,
            r=r,
            st=st,
            chain_id=it.chain_id,
            seq=it.seq,
            record_hash=it.record_hash,
        )

    async def export(request: Request) -> Response:
        user = user_of(request)
        if not user:
            return login_redirect(request)
        f, q = filters_of(request)
        fmt = "csv" if request.query_params.get("format") == "csv" else "jsonl"
        if not await audited(request, "export", user["u"], details={**view(request, user, f), "format": fmt}):
            return unavailable()

        async def gen() -> AsyncIterator[str]:
            if fmt == "csv":
                buf = io.StringIO()
                w = csv.writer(buf)
                w.writerow(CSV_COLUMNS)
                async for item in iter_records(store, q):
                    w.writerow(csv_cells(item))  # the same escaped cells as `audit export --format csv`
                    if buf.tell() > 65536:
                        yield buf.getvalue()
                        buf.seek(0)
                        buf.truncate()
                yield buf.getvalue()
            else:
                async for item in iter_records(store, q):
                    yield json.dumps(item.export_dict(), ensure_ascii=False, sort_keys=True) + "\n"

        stamp = datetime.now(UTC).strftime("%Y%m%dT%H%M%SZ")
        media = "text/csv; charset=utf-8" if fmt == "csv" else "application/x-ndjson"
        return StreamingResponse(
            gen(),
            media_type=media,
            headers={"Content-Disposition": f'attachment; filename="audit-{stamp}.{fmt}"'},
        )

    async def integrity(request: Request) -> Response:
        user = user_of(request)
        if not user:
            return login_redirect(request)
        can = user["r"] in CAN_RUN_VERIFY
        if request.method == "POST":
            form = await request.form()
            if not can or not csrf_ok(request, form):
                return render(
                    request, "integrity", "integrity", user, status=403, rep=state["last"], can_verify=False
                )
            if not await audited(request, "verify", user["u"], details=view(request, user)):
                return unavailable()
            async with state["lock"]:
                t0 = time.perf_counter()
                rep = await verify(store, keyring)
                first = rep.first
                state["last"] = {
                    "ok": rep.ok,
                    "chains": rep.chains,
                    "records": rep.records,
                    "checkpoints": rep.checkpoints,
                    "warnings": rep.warnings,
                    "first": first.describe() if first else None,
                    "others": [p.describe() for p in rep.problems if p is not first][:50],
                    "at": datetime.now(UTC),
                    "seconds": round(time.perf_counter() - t0, 2),
                    "by": user["u"],
                }
            return RedirectResponse(f"{base_of(request)}/integrity", status_code=303)
        if not await audited(request, "integrity", user["u"], details=view(request, user)):
            return unavailable()
        return render(request, "integrity", "integrity", user, rep=state["last"], can_verify=can)

    async def report_page(request: Request) -> Response:
        user = user_of(request)
        if not user:
            return login_redirect(request)
        qp = request.query_params
        lang = lang_of(request)
        tz = zone_for(cfg.time_zone, lang)
        today = datetime.now(tz).date()
        rf: dict[str, str] = {
            "since": qp.get("since") or today.replace(day=1).isoformat(),
            "until": qp.get("until") or today.isoformat(),
            "format": "html" if qp.get("format") == "html" else "pdf",
            "lang": "en" if qp.get("lang") == "en" else "ko" if qp.get("lang") == "ko" else lang,
            "package": "file" if qp.get("package") == "file" else "zip",
        }
        details = {**view(request, user), **rf}
        if report is None or user["r"] not in CAN_DOWNLOAD_REPORT:
            if not await audited(request, "report", user["u"], allowed=False, details=details):
                return unavailable()
            return render(
                request, "report", "report", user, status=403, rf=rf, error=STRINGS[lang]["not_allowed"]
            )
        if not (qp.get("since") and qp.get("until")):
            if not await audited(request, "report_page", user["u"], details=view(request, user)):
                return unavailable()
            return render(request, "report", "report", user, rf=rf, error=None)
        try:
            since, until = period(rf["since"], rf["until"], tz)
        except ValueError:
            msg = STRINGS[lang]["report_bad_period"].format(n=MAX_DAYS)
            return render(request, "report", "report", user, status=400, rf=rf, error=msg)
        if not await audited(request, "report", user["u"], details=details):
            return unavailable()
        try:
            async with state["report_lock"]:  # one at a time: each reads the whole period
                signed = await produce(
                    report,
                    store,
                    keyring,
                    since=since,
                    until=until,
                    lang="en" if rf["lang"] == "en" else "ko",
                    tz=tz,
                    fmt="html" if rf["format"] == "html" else "pdf",
                )
        except ReportUnavailable as exc:
            log.error("compliance report not produced: %s", exc)
            msg = STRINGS[lang]["report_unavailable"].format(why=exc)
            return render(request, "report", "report", user, status=503, rf=rf, error=msg)
        headers = {"x-report-signature": signed.signature_json()}
        if rf["package"] == "zip":
            name = re.sub(r"\.(pdf|html)$", ".zip", signed.filename)
            headers["content-disposition"] = f'attachment; filename="{name}"'
            return Response(signed.zipped(), media_type="application/zip", headers=headers)
        headers["content-disposition"] = f'attachment; filename="{signed.filename}"'
        return Response(signed.data, media_type=signed.media_type, headers=headers)

    async def verify_page(request: Request) -> Response:
        """Paste a copied text, see whether the gateway made it: the same check as the verify endpoint."""
        user = user_of(request)
        if not user:
            return login_redirect(request)
        lang = lang_of(request)
        if text_verifier is None or user["r"] not in CAN_RUN_VERIFY:
            return render(
                request,
                "verify",
                "verify",
                user,
                status=403,
                text="",
                res=None,
                error=STRINGS[lang]["not_allowed"],
            )
        if request.method == "GET":
            if not await audited(request, "verify_text_page", user["u"], details=view(request, user)):
                return unavailable()
            return render(request, "verify", "verify", user, text="", res=None, error=None)
        form = await request.form(max_part_size=MAX_VERIFY_TEXT * 4)
        if not csrf_ok(request, form):
            return Response("bad request", status_code=400)
        text = str(form.get("text", ""))[:MAX_VERIFY_TEXT]
        if not text.strip():
            return render(
                request,
                "verify",
                "verify",
                user,
                status=400,
                text="",
                res=None,
                error=STRINGS[lang]["vt_empty"],
            )
        res = await text_verifier(text)
        # the text is never recorded (it may hold what the answer held); its size and the outcome are
        details = {**view(request, user), "chars": str(len(text)), "exit_code": str(res.get("exit_code"))}
        if not await audited(request, "verify_text", user["u"], details=details):
            return unavailable()
        return render(request, "verify", "verify", user, text=text, res=res, error=None)

    # -- every route: refuse what a browser says comes from another site ------------------------------
    def guarded(
        handler: Callable[[Request], Awaitable[Response]],
    ) -> Callable[[Request], Awaitable[Response]]:
        async def check(request: Request) -> Response:
            why = cross_site(request.method, request.headers, origin_of(request))
            if why is None:
                return await handler(request)
            event = "login_refused" if request.url.path.endswith("/login") else "refused"
            if not await audited(request, event, None, allowed=False, details={"reason": why}):
                return unavailable()
            return Response(f"Cross-site request refused ({why}).", status_code=403, media_type="text/plain")

        return check

    app = Starlette(
        routes=[
            Route("/", guarded(overview)),
            Route("/login", guarded(login_page), methods=["GET", "POST"]),
            Route("/logout", guarded(logout), methods=["POST"]),
            Route("/records", guarded(records)),
            Route("/records/{row_id:int}", guarded(record)),
            Route("/export", guarded(export)),
            Route("/integrity", guarded(integrity), methods=["GET", "POST"]),
            Route("/report", guarded(report_page)),
            Route("/verify", guarded(verify_page), methods=["GET", "POST"]),
        ],
        middleware=[Middleware(_SecurityHeaders)],
    )
    app.state.audit_store = store
    app.state.dashboard_config = cfg
    app.state.login_throttle = throttle
    return app
