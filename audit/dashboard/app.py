"""The compliance dashboard: a Starlette sub-application the gateway mounts.

    from audit.dashboard import create_dashboard
    app.mount("/audit", create_dashboard(open_store(audit_cfg), audit_cfg.dashboard, audit_cfg.keyring()))

Pages: overview (totals, requests per day by decision, rules, tenants, models), a filterable and paged
record table with CSV/JSONL export of the current filter, a record view (redacted texts, findings,
policy version, provenance, chain status of that record) and the chain-integrity panel (last full
verification; admin and security can run one). Korean and English (``?lang=ko|en``, remembered in a
cookie; default from Accept-Language, else ``default_lang``). Fully offline: inline CSS and SVG.
"""

from __future__ import annotations

import asyncio
import csv
import io
import json
import time
from collections.abc import AsyncIterator
from datetime import UTC, datetime, timedelta
from typing import Any
from urllib.parse import urlencode

from jinja2 import DictLoader, Environment, select_autoescape
from starlette.applications import Starlette
from starlette.middleware import Middleware
from starlette.requests import Request
from starlette.responses import HTMLResponse, RedirectResponse, Response, StreamingResponse
from starlette.routing import Route

from audit.chain import entry_status, verify
from audit.dashboard import charts
from audit.dashboard.auth import (
    CAN_RUN_VERIFY,
    ROLES,
    DashboardConfig,
    Sessions,
    hash_password,
    verify_password,
)
from audit.dashboard.i18n import DECISION_LABELS, DECISIONS, STRINGS
from audit.dashboard.templates import CSS, TEMPLATES
from audit.query import CSV_COLUMNS, csv_row, iter_records
from audit.signing import Keyring
from audit.sinks.base import AuditQuery, AuditSink

COOKIE = "sgw_audit_session"
LANG_COOKIE = "sgw_audit_lang"
FILTER_KEYS = ("since", "until", "tenant", "model", "decision", "rule", "request_id")
CSP = (
    "default-src 'none'; style-src 'unsafe-inline'; img-src 'self' data:; form-action 'self'; "
    "frame-ancestors 'none'; base-uri 'none'"
)
_DUMMY_HASH = hash_password("not-a-user")


def _parse_time(v: str | None, *, end: bool = False) -> datetime | None:
    if not v:
        return None
    try:
        if len(v) == 10:  # a date from <input type=date>; "until" includes that whole day
            d = datetime.fromisoformat(v).replace(tzinfo=UTC)
            return d + timedelta(days=1) if end else d
        d = datetime.fromisoformat(v.replace("Z", "+00:00"))
        return d if d.tzinfo else d.replace(tzinfo=UTC)
    except ValueError:
        return None


class _SecurityHeaders:
    """Pure ASGI middleware: strict CSP (no scripts, no external anything), no caching of records."""

    HEADERS = [
        (b"content-security-policy", CSP.encode()),
        (b"x-content-type-options", b"nosniff"),
        (b"referrer-policy", b"no-referrer"),
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
    store: AuditSink, cfg: DashboardConfig | None = None, keyring: Keyring | None = None
) -> Starlette:
    # Long on purpose: a Starlette app factory; each route is a closure over the store, config and session
    # keys, listed in the order of the routes table at the end.
    cfg = cfg or DashboardConfig()
    sessions = Sessions(cfg.session_secret, cfg.session_ttl_s)
    users = {u.username: u for u in cfg.users}
    env = Environment(
        loader=DictLoader(TEMPLATES), autoescape=select_autoescape(default=True, default_for_string=True)
    )
    state: dict[str, Any] = {"last": None, "lock": asyncio.Lock(), "summaries": {}}

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

    def user_of(request: Request) -> dict[str, str] | None:
        if cfg.sso_header:
            name = request.headers.get(cfg.sso_header)
            if name:
                role = request.headers.get(cfg.sso_role_header or "", "") if cfg.sso_role_header else ""
                return {"u": name, "r": role if role in ROLES else cfg.sso_default_role, "sso": "1"}
        return sessions.check(request.cookies.get(COOKIE))

    def base_of(request: Request) -> str:
        return str(request.scope.get("root_path", "")).rstrip("/")

    def render(
        request: Request, name: str, page: str, user: dict[str, Any] | None, status: int = 200, **ctx: Any
    ) -> Response:
        lang = lang_of(request)
        params = dict(request.query_params)
        params["lang"] = "en" if lang == "ko" else "ko"
        cookie = request.cookies.get(COOKIE, "")
        html = env.get_template(name).render(
            t=STRINGS[lang],
            lang=lang,
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
                LANG_COOKIE, lang, max_age=365 * 86400, samesite="lax", path=base_of(request) or "/"
            )
        return resp

    def filters_of(request: Request) -> tuple[dict[str, str], AuditQuery]:
        f = {k: request.query_params.get(k, "").strip() for k in FILTER_KEYS}
        f = {k: v for k, v in f.items() if v}
        q = AuditQuery(
            since=_parse_time(f.get("since")),
            until=_parse_time(f.get("until"), end=True),
            tenant=f.get("tenant"),
            model=f.get("model"),
            decision=f.get("decision") if f.get("decision") in DECISIONS else None,
            rule=f.get("rule"),
            request_id=f.get("request_id"),
        )
        return f, q

    def login_redirect(request: Request) -> Response:
        nxt = request.url.path[len(base_of(request)) :] or "/"
        if request.url.query:
            nxt += "?" + request.url.query
        return RedirectResponse(f"{base_of(request)}/login?{urlencode({'next': nxt})}", status_code=303)

    def csrf_ok(request: Request, form: Any) -> bool:
        cookie = request.cookies.get(COOKIE)
        if cookie is None:  # SSO users have no cookie: rely on SameSite + same-origin check
            origin = request.headers.get("origin")
            return origin is None or origin.rstrip("/") == f"{request.url.scheme}://{request.url.netloc}"
        return bool(form.get("csrf") == sessions.csrf(cookie))

    # -- pages ----------------------------------------------------------------------------------------
    async def login_page(request: Request) -> Response:
        if request.method == "GET":
            return render(request, "login", "login", None, next=request.query_params.get("next", "/"))
        form = await request.form()
        name, pw = str(form.get("username", "")), str(form.get("password", ""))
        nxt = str(form.get("next") or "/")
        if not nxt.startswith("/") or nxt.startswith("//"):
            nxt = "/"
        u = users.get(name)
        ok = verify_password(pw, u.password_hash if u else _DUMMY_HASH)
        if not ok or u is None:
            return render(request, "login", "login", None, status=401, error=True, next=nxt)
        resp = RedirectResponse(base_of(request) + nxt, status_code=303)
        resp.set_cookie(
            COOKIE,
            sessions.issue(u.username, u.role),
            max_age=cfg.session_ttl_s,
            httponly=True,
            samesite="strict",
            secure=request.url.scheme == "https",
            path=base_of(request) or "/",
        )
        return resp

    async def logout(request: Request) -> Response:
        form = await request.form()
        if not csrf_ok(request, form):
            return Response("bad request", status_code=400)
        resp = RedirectResponse(f"{base_of(request)}/login", status_code=303)
        resp.delete_cookie(COOKIE, path=base_of(request) or "/")
        return resp

    async def overview(request: Request) -> Response:
        user = user_of(request)
        if not user:
            return login_redirect(request)
        f, q = filters_of(request)
        key = tuple(sorted(f.items()))
        hit = state["summaries"].get(key)
        if hit is not None and time.monotonic() - hit[0] < cfg.overview_cache_s:
            s = hit[1]
        else:
            s = await store.summary(q)
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
        try:
            cursor = int(request.query_params["cursor"]) if request.query_params.get("cursor") else None
        except ValueError:
            cursor = None
        page = await store.query(
            AuditQuery(**{**q.__dict__, "limit": cfg.page_size, "cursor": cursor, "order": "desc"})
        )
        items = []
        for it in page.items:
            r = it.record
            items.append(
                {
                    **r.model_dump(),
                    "started_at": r.started_at.strftime("%Y-%m-%d %H:%M:%S"),
                    "row_id": it.row_id,
                }
            )
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
        _, q = filters_of(request)
        fmt = "csv" if request.query_params.get("format") == "csv" else "jsonl"

        async def gen() -> AsyncIterator[str]:
            if fmt == "csv":
                buf = io.StringIO()
                w = csv.writer(buf)
                w.writerow(CSV_COLUMNS)
                async for item in iter_records(store, q):
                    w.writerow(["" if v is None else v for v in csv_row(item)])
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
                    "at": datetime.now(UTC).strftime("%Y-%m-%d %H:%M:%S UTC"),
                    "seconds": round(time.perf_counter() - t0, 2),
                    "by": user["u"],
                }
            return RedirectResponse(f"{base_of(request)}/integrity", status_code=303)
        return render(request, "integrity", "integrity", user, rep=state["last"], can_verify=can)

    app = Starlette(
        routes=[
            Route("/", overview),
            Route("/login", login_page, methods=["GET", "POST"]),
            Route("/logout", logout, methods=["POST"]),
            Route("/records", records),
            Route("/records/{row_id:int}", record),
            Route("/export", export),
            Route("/integrity", integrity, methods=["GET", "POST"]),
        ],
        middleware=[Middleware(_SecurityHeaders)],
    )
    app.state.audit_store = store
    app.state.dashboard_config = cfg
    return app
