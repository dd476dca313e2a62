"""Code for a subprocess that refuses and records every non-loopback DNS lookup and connection.

Prepend it to a script run with ``python -c``; the script then prints or asserts on ``attempts``.
Used by the offline tests (the gateway, litellm, guardrails-ai must never reach the network).
"""

SOCKET_GUARD = r"""
import socket
attempts = []
_real_getaddrinfo = socket.getaddrinfo
_real_connect = socket.socket.connect

def getaddrinfo(host, *args, **kwargs):
    if host not in ("127.0.0.1", "localhost", "::1", None):
        attempts.append(("dns", host))
        raise socket.gaierror("blocked by test")
    return _real_getaddrinfo(host, *args, **kwargs)

def connect(self, address):
    if isinstance(address, tuple) and address[0] not in ("127.0.0.1", "::1", "localhost"):
        attempts.append(("connect", address[0]))
        raise OSError("blocked by test")
    return _real_connect(self, address)

socket.getaddrinfo = getaddrinfo
socket.socket.connect = connect
"""
