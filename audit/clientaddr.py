"""Who the client is: the TCP peer, or, behind a trusted reverse proxy, what that proxy says.

One definition for the gateway (the audit record's ``client_addr``) and the dashboard (SSO headers,
login throttling, ``Secure`` cookies). A header a client can type (``X-Forwarded-For``,
``X-Forwarded-Proto``, ``X-Forwarded-Host``, an SSO user header) means something only when the TCP
peer is one of ``server.trusted_proxies``; from anyone else it is ignored.

``X-Forwarded-For`` is read right to left: each trusted proxy appends the address it received the
request from, so the right-most address that is not itself a trusted proxy is the first one nobody
trusted could have written, which is the client. Everything left of it was written by the client.

Plain ASGI scopes in, no framework: the dashboard and the gateway's middleware both use it.
"""

from __future__ import annotations

import ipaddress
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from typing import Any

Network = ipaddress.IPv4Network | ipaddress.IPv6Network


def parse_networks(values: Iterable[str]) -> tuple[Network, ...]:
    """``["10.0.0.0/8", "192.0.2.10", "::1"]`` as networks; raises ValueError naming a bad entry."""
    out: list[Network] = []
    for v in values:
        try:
            out.append(ipaddress.ip_network(str(v).strip(), strict=False))
        except ValueError:
            raise ValueError(
                f"not an IP address or CIDR network: {v!r} (e.g. 10.0.0.0/8, 192.0.2.10, ::1)"
            ) from None
    return tuple(out)


@dataclass(frozen=True, slots=True)
class ClientInfo:
    peer: str | None  # the TCP peer as the server saw it
    addr: str | None  # the client: the peer, or what trusted proxies say it was
    scheme: str  # "https" when the client's connection was TLS (directly or at a trusted proxy)
    host: str | None  # the Host the client asked for (a trusted proxy's X-Forwarded-Host wins)
    via_trusted_proxy: bool  # the peer is a trusted proxy: its headers are believed


class TrustedProxies:
    """The ``server.trusted_proxies`` setting. Empty (the default) trusts no one."""

    def __init__(self, networks: Iterable[str | Network] = ()) -> None:
        nets = [n if not isinstance(n, str) else parse_networks([n])[0] for n in networks]
        self.networks: tuple[Network, ...] = tuple(nets)

    def __bool__(self) -> bool:
        return bool(self.networks)

    def trusts(self, addr: str | None) -> bool:
        if not addr or not self.networks:
            return False
        try:
            ip = ipaddress.ip_address(addr.strip().strip("[]"))
        except ValueError:
            return False  # "testclient", a unix socket path: not an address we trust
        if isinstance(ip, ipaddress.IPv6Address) and ip.ipv4_mapped is not None:
            ip = ip.ipv4_mapped
        return any(ip in n for n in self.networks)

    def resolve(self, scope: Mapping[str, Any]) -> ClientInfo:
        """The client of an ASGI HTTP scope."""
        client = scope.get("client")
        peer = str(client[0]) if client else None
        headers = _headers(scope)
        scheme = str(scope.get("scheme") or "http")
        host = headers.get("host")
        if not self.trusts(peer):
            return ClientInfo(peer, peer, scheme, host, False)
        addr = peer
        for hop in reversed(_split(headers.get("x-forwarded-for"))):
            addr = hop[:64]  # written by a trusted proxy, but still only an address
            if not self.trusts(hop):
                break
        proto = _split(headers.get("x-forwarded-proto"))
        if proto and proto[0].lower() in ("http", "https"):
            scheme = proto[0].lower()  # the scheme the client used at the outermost proxy
        fwd_host = _split(headers.get("x-forwarded-host"))
        return ClientInfo(peer, addr, scheme, fwd_host[0] if fwd_host else host, True)


def _headers(scope: Mapping[str, Any]) -> dict[str, str]:
    """Lower-cased names; repeated headers joined with commas (how HTTP defines lists)."""
    out: dict[str, str] = {}
    for k, v in scope.get("headers") or ():
        name = k.decode("latin-1").lower()
        value = v.decode("latin-1")
        out[name] = f"{out[name]}, {value}" if name in out else value
    return out


def _split(value: str | None) -> list[str]:
    if not value:
        return []
    return [p.strip() for p in value.split(",") if p.strip()]
