"""Is a dashboard request from the dashboard's own pages? (login CSRF, cross-site reads and posts)

Browsers say where a request comes from: ``Sec-Fetch-Site`` (Fetch Metadata), ``Origin`` (every
cross-origin request and every POST) and ``Referer``. A request that one of them places on another
site is refused; a request with none of them is not from a browser page (curl, scripts), where
cross-site request forgery does not arise, and passes. SameSite=Strict cookies and the CSRF token
of session forms stay in place as well: this check is the layer that also covers the login form
(no session yet) and SSO users (no cookie of ours).

Reads (GET) are refused only when a browser marks them as a cross-site fetch that is not a top-level
navigation (the "resource isolation policy"): a link from an e-mail still opens the dashboard.
"""

from __future__ import annotations

from collections.abc import Mapping
from urllib.parse import urlsplit

_DEFAULT_PORTS = {"http": "80", "https": "443"}


def normalize_origin(value: str) -> str | None:
    """``scheme://host[:port]`` lower-cased without a default port; None for anything else (``null``)."""
    try:
        u = urlsplit(value.strip())
        port = u.port
    except ValueError:
        return None
    if u.scheme not in _DEFAULT_PORTS or not u.hostname:
        return None
    host = u.hostname.lower()
    if ":" in host:
        host = f"[{host}]"
    if port is not None and str(port) != _DEFAULT_PORTS[u.scheme]:
        host += f":{port}"
    return f"{u.scheme}://{host}"


def own_origin(scheme: str, host: str | None, configured: str | None) -> str | None:
    if configured:
        return normalize_origin(configured)
    if not host:
        return None
    return normalize_origin(f"{scheme}://{host}")


def cross_site(
    method: str, headers: Mapping[str, str], own: str | None, *, require_evidence: bool = False
) -> str | None:
    """Why this request is refused as cross-site, or None. ``headers``: lower-cased names.

    ``require_evidence``: a state change by a user whose credentials the browser adds by itself
    (an SSO proxy's cookie) must show it is same-origin; absence of the headers is not enough."""
    site = headers.get("sec-fetch-site", "").strip().lower()
    origin = headers.get("origin")
    if method in ("GET", "HEAD"):
        navigation = headers.get("sec-fetch-mode", "").lower() == "navigate" and headers.get(
            "sec-fetch-dest", "document"
        ).lower() in ("document", "")
        if site in ("cross-site", "same-site") and not navigation:
            return f"Sec-Fetch-Site: {site}"
        if origin is not None and normalize_origin(origin) != own:
            return "foreign Origin"
        return None
    if site:
        # Set by the browser itself (no page can forge it), so it settles the question. ("none": the
        # user's own action, e.g. a bookmark.)
        return None if site in ("same-origin", "none") else f"Sec-Fetch-Site: {site}"
    if origin is not None:
        return None if own is not None and normalize_origin(origin) == own else "foreign Origin"
    referer = headers.get("referer")
    if referer:
        return None if own is not None and normalize_origin(referer) == own else "foreign Referer"
    if require_evidence:
        return "no Origin, Referer or Sec-Fetch-Site"
    return None
