"""Dashboard users, roles, password hashes and signed session cookies (stdlib only).

Roles: every role (``admin``, ``security``, ``compliance``) may read records, the overview and the
integrity status, export, and run a chain verification (it only reads, and is itself audited);
``admin`` and ``compliance`` may download the signed compliance report. The audit store is read-only
from the dashboard for every role.
"""

from __future__ import annotations

import base64
import hashlib
import hmac
import json
import secrets
import time
from typing import Any, Literal

from pydantic import BaseModel, ConfigDict, Field, field_validator

from audit.dashboard.zones import check_zone

Role = Literal["admin", "security", "compliance"]
ROLES: tuple[Role, ...] = ("admin", "security", "compliance")
CAN_RUN_VERIFY: frozenset[str] = frozenset({"admin", "security", "compliance"})
CAN_DOWNLOAD_REPORT: frozenset[str] = frozenset({"admin", "compliance"})

_SCRYPT = {"n": 2**14, "r": 8, "p": 1}


def hash_password(password: str, *, salt: bytes | None = None) -> str:
    """``scrypt$N$r$p$salt_b64$hash_b64``, for ``audit.dashboard.users[].password_hash``.

    ``python -c "from audit.dashboard import hash_password; print(hash_password('...'))"``"""
    salt = salt or secrets.token_bytes(16)
    dk = hashlib.scrypt(password.encode(), salt=salt, dklen=32, **_SCRYPT)
    return "scrypt${n}${r}${p}${s}${h}".format(
        **_SCRYPT, s=base64.b64encode(salt).decode(), h=base64.b64encode(dk).decode()
    )


def verify_password(password: str, stored: str) -> bool:
    try:
        algo, n, r, p, salt, want = stored.split("$")
        if algo != "scrypt":
            return False
        dk = hashlib.scrypt(
            password.encode(),
            salt=base64.b64decode(salt),
            n=int(n),
            r=int(r),
            p=int(p),
            dklen=len(base64.b64decode(want)),
        )
    except (ValueError, TypeError):
        return False
    return hmac.compare_digest(dk, base64.b64decode(want))


class DashboardUser(BaseModel):
    model_config = ConfigDict(extra="forbid")
    username: str = Field(min_length=1)
    password_hash: str = Field(description="from audit.dashboard.hash_password()")
    role: Role = "compliance"


class LoginThrottleConfig(BaseModel):
    """``audit.dashboard.login_throttle``: lock-out after failed sign-ins (docs/dashboard-security.md).

    Counted per user name (whether or not it exists) and per client address; failures older than
    ``window_s`` are forgotten. At ``user_failures`` (or ``client_failures``) failures within the window
    the name (or address) is locked for ``lockout_s``, doubling with each further failure, at most
    ``max_lockout_s``. Sign-ins while locked are refused without checking the password and do not count."""

    model_config = ConfigDict(extra="forbid")
    enabled: bool = True
    user_failures: int = Field(default=5, ge=1)
    client_failures: int = Field(default=20, ge=1)
    window_s: float = Field(default=900.0, gt=0)
    lockout_s: float = Field(default=60.0, gt=0)
    max_lockout_s: float = Field(default=3600.0, gt=0)
    max_tracked: int = Field(default=100_000, ge=100, description="names + addresses kept in memory")


class DashboardConfig(BaseModel):
    """``audit.dashboard`` in gateway.yaml."""

    model_config = ConfigDict(extra="forbid")
    enabled: bool = True
    users: list[DashboardUser] = Field(default_factory=list)
    users_file: str | None = Field(
        default=None,
        description="more users, written by `safety-gateway audit add-user` (audit/dashboard/users.py); "
        "default: dashboard-users.json beside the SQLite audit database, or beside gateway.yaml",
    )
    sso_header: str | None = Field(
        default=None,
        description="user header set by the reverse proxy, e.g. X-Forwarded-User; believed only from "
        "server.trusted_proxies (the proxy must also strip it from client requests)",
    )
    sso_role_header: str | None = Field(
        default=None, description="e.g. X-Forwarded-Role (admin|security|compliance)"
    )
    sso_default_role: Role = "compliance"
    session_secret: str | None = Field(
        default=None, description="shared by replicas; random per process if unset"
    )
    session_ttl_s: int = Field(default=8 * 3600, gt=0)
    default_lang: Literal["ko", "en"] = "ko"
    time_zone: str | None = Field(
        default=None,
        description="IANA time zone the pages show times in, e.g. Asia/Seoul; default: Asia/Seoul for the "
        "Korean UI, UTC for the English one",
    )
    page_size: int = Field(default=50, ge=1, le=1000)
    overview_cache_s: float = Field(default=30.0, ge=0, description="how long overview aggregates are reused")
    login_throttle: LoginThrottleConfig = Field(default_factory=LoginThrottleConfig)
    public_origin: str | None = Field(
        default=None,
        pattern=r"^https?://[^/\s]+$",
        description="the dashboard's origin as browsers see it, e.g. https://gw.agency.go.kr; default: "
        "from the request (Host, or a trusted proxy's X-Forwarded-Host/-Proto)",
    )
    secure_cookies: Literal["auto", "always"] = Field(
        default="auto",
        description="auto: cookies are Secure when the client's connection is TLS (directly or at a trusted "
        "proxy); always: Secure even when the gateway sees plain HTTP (TLS ended at an untrusted hop)",
    )

    @field_validator("time_zone")
    @classmethod
    def _known_zone(cls, v: str | None) -> str | None:
        return None if v is None else check_zone(v)


class Sessions:
    """``base64(json).hmac`` cookies: stateless, so any replica can check them."""

    def __init__(self, secret: str | None, ttl_s: int):
        self.key = (secret or secrets.token_hex(32)).encode()
        self.ttl_s = ttl_s

    def _mac(self, data: bytes) -> str:
        return (
            base64.urlsafe_b64encode(hmac.new(self.key, data, hashlib.sha256).digest()).decode().rstrip("=")
        )

    def issue(self, username: str, role: str) -> str:
        data = base64.urlsafe_b64encode(
            json.dumps(
                {"u": username, "r": role, "exp": int(time.time()) + self.ttl_s, "n": secrets.token_hex(8)}
            ).encode()
        )
        return data.decode() + "." + self._mac(data)

    def check(self, cookie: str | None) -> dict[str, Any] | None:
        if not cookie or "." not in cookie:
            return None
        data, mac = cookie.rsplit(".", 1)
        if not hmac.compare_digest(mac, self._mac(data.encode())):
            return None
        try:
            d = json.loads(base64.urlsafe_b64decode(data.encode()))
        except ValueError:
            return None
        if not isinstance(d, dict):
            return None
        if d.get("exp", 0) < time.time() or d.get("r") not in ROLES:
            return None
        return d

    def csrf(self, cookie: str) -> str:
        return self._mac(b"csrf:" + cookie.encode())[:32]
