"""Who the client is behind (or without) trusted proxies: audit.clientaddr."""

from __future__ import annotations

from typing import Any

import pytest

from audit.clientaddr import TrustedProxies, parse_networks


def scope(peer: str, scheme: str = "http", **headers: str) -> dict[str, Any]:
    return {
        "type": "http",
        "client": (peer, 1234),
        "scheme": scheme,
        "headers": [(k.replace("_", "-").encode(), v.encode()) for k, v in headers.items()],
    }


TP = TrustedProxies(["10.0.0.0/8", "192.0.2.10", "fd00::/8"])


def test_untrusted_peer_headers_mean_nothing() -> None:
    ci = TP.resolve(
        scope(
            "203.0.113.9",
            x_forwarded_for="10.0.0.1",
            x_forwarded_proto="https",
            x_forwarded_host="evil",
            host="gw",
        )
    )
    assert (ci.addr, ci.scheme, ci.host, ci.via_trusted_proxy) == ("203.0.113.9", "http", "gw", False)
    assert TrustedProxies().resolve(scope("10.0.0.1", x_forwarded_for="1.2.3.4")).addr == "10.0.0.1"


def test_rightmost_untrusted_address_behind_trusted_proxies() -> None:
    ci = TP.resolve(
        scope(
            "10.1.1.1",
            x_forwarded_for="6.6.6.6, 198.51.100.7, 10.2.2.2",
            x_forwarded_proto="https",
            host="gw",
        )
    )
    assert (ci.peer, ci.addr, ci.scheme, ci.via_trusted_proxy) == ("10.1.1.1", "198.51.100.7", "https", True)
    # repeated headers are one list, in order
    s = scope("192.0.2.10")
    s["headers"] = [(b"x-forwarded-for", b"6.6.6.6"), (b"x-forwarded-for", b"198.51.100.8")]
    assert TP.resolve(s).addr == "198.51.100.8"
    assert TP.resolve(scope("10.1.1.1")).addr == "10.1.1.1"  # no header: the proxy itself
    assert TP.resolve(scope("::ffff:10.1.1.1", x_forwarded_for="2001:db8::1")).addr == "2001:db8::1"
    assert TP.resolve(scope("fd00::5", x_forwarded_for="2001:db8::2")).via_trusted_proxy
    assert not TP.trusts("testclient") and not TP.trusts(None)


def test_bad_entries_are_named() -> None:
    with pytest.raises(ValueError, match="10.0.0.300"):
        parse_networks(["10.0.0.0/8", "10.0.0.300"])


def test_gateway_config_rejects_a_bad_trusted_proxy(tmp_path: Any) -> None:
    from gateway.config import ConfigError, load_config

    p = tmp_path / "gateway.yaml"
    p.write_text(
        "server: {trusted_proxies: [proxy.internal]}\n"
        "model_list: [{model_name: x, litellm_params: {model: openai/x}}]\n"
    )
    with pytest.raises(ConfigError, match="proxy.internal"):
        load_config(p)
