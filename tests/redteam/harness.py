"""Replays the red-team catalog (``tests/redteam/catalog/*.yaml``) against the real gateway.

One gateway, started once per test module, loads the shipped ``baseline.yaml`` and
``korea-public-sector.yaml`` and routes two models to the recording fake upstream
(:mod:`tests.fake_upstream`, scripted per attack):

* ``internal-model`` (zone internal) at ``/x/script=redteam-internal/v1``
* ``external-model`` (zone external) at ``/x/script=redteam-external/v1``

with ``zone_defaults: {internal: internal-model}`` and ``internal-model`` falling back to
``external-model`` (the operator's set-up the zone-fallback attacks are about). Audit goes to SQLite
with the compliance dashboard at ``/audit/``, configured as behind an SSO proxy
(``sso_header: X-Forwarded-User``) with one password user. Everything else is the shipped default
(classifier, PII, provenance, notice, size limits).

Requests go over a raw socket (:func:`http_exchange`): header values are sent as UTF-8 bytes exactly as
the catalog gives them (repeats, padding, odd names), bodies exactly as :func:`materialize` builds
them (streamed for the 100 MiB and 1 GiB ones), and the request target verbatim (``//audit/``,
``/audit%2F``). The client is treated as a remote, untrusted one: uvicorn's proxy-header trust is set
to a documentation address (192.0.2.10) instead of its default loopback, which would make every test
client a trusted reverse proxy.

What counts as a leak (README of the catalog, "How the string checks should run"):

* upstream, for each exchange a zone in ``must_not_reach_upstream_zones`` received: the raw body,
  the request path and query (also URL-decoded), every header name and value, every JSON string
  value and key, and all string values joined in document order (a secret split across two
  messages is read whole by the model); each also after NFKC and after removing invisible
  characters. ``forbidden_upstream_zones``: no exchange at all.
* client: the raw response, every header, and for JSON and every SSE event the strings of each
  field *concatenated* across the stream, per choice ``index`` and tool-call ``index``
  (``logprobs.content[].token`` joined, ``bytes`` arrays decoded as UTF-8), each also after
  removing invisible characters (the gateway's own watermark is invisible, so a secret with marks
  inside it still counts) and NFKC.

``python -m tests.redteam.harness [--class fields] [--id ...]`` runs attacks outside pytest and
prints each failure's one-line reason in the format of ``known_gaps.yaml``; adding such a line to
that file records a gap as accepted, which is a decision to review, not a formality.
"""

from __future__ import annotations

import dataclasses
import http.client
import importlib.util
import json
import re
import socket
import statistics
import threading
import time
import unicodedata
import urllib.parse
import zlib
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import Any

import yaml

HERE = Path(__file__).resolve().parent
CATALOG = HERE / "catalog"
REPO = HERE.parents[1]
KNOWN_GAPS = HERE / "known_gaps.yaml"
CLASSES = [
    "fields",
    "normalization",
    "zone_fallback",
    "headers",
    "injection_obfuscation",
    "output_fields",
    "robustness",
    "dashboard",
]
POLICIES = [REPO / "policies/library/baseline.yaml", REPO / "policies/library/korea-public-sector.yaml"]
INTERNAL, EXTERNAL = "redteam-internal", "redteam-external"
SCRIPT_OF_ZONE = {"internal": INTERNAL, "external": EXTERNAL}
API_KEY = "sk-redteam-client-key-0001"
TENANT = "redteam"
AUDIT_USER = "rt-auditor"
AUDIT_PASSWORD = "rt-audit-password-0001"
SESSION_COOKIE = "sgw_audit_session"
TRUSTED_PROXY = "192.0.2.10"  # stands for the reverse proxy; the test client is not it
# Seconds the internal deployment waits for an answer: the zone-fallback "timeout" attacks wait this
# long once (num_retries: 0) before the fallback is tried.
INTERNAL_TIMEOUT_S = 2.0


# -- the catalog -----------------------------------------------------------------------------------


def load_catalog() -> list[dict[str, Any]]:
    loader = getattr(yaml, "CSafeLoader", yaml.SafeLoader)
    attacks: list[dict[str, Any]] = []
    for cls in CLASSES:
        with open(CATALOG / f"{cls}.yaml", encoding="utf-8") as fh:
            attacks.extend(yaml.load(fh, Loader=loader)["attacks"])
    return attacks


def load_known_gaps() -> dict[str, str]:
    if not KNOWN_GAPS.exists():
        return {}
    data = yaml.safe_load(KNOWN_GAPS.read_text(encoding="utf-8")) or {}
    return {str(k): str(v) for k, v in data.items()}


_generate: Any = None


def generator() -> Any:
    """``catalog/generate.py`` as a module (its ``materialize`` and ``_fragment``); nothing is written."""
    global _generate
    if _generate is None:
        spec = importlib.util.spec_from_file_location("redteam_catalog_generate", CATALOG / "generate.py")
        assert spec and spec.loader
        module = importlib.util.module_from_spec(spec)
        spec.loader.exec_module(module)
        _generate = module
    return _generate


def server_has_body_timeout() -> bool:
    """Is there any request-read timeout setting in ``server:``? (The slow-body attacks need one.)"""
    from gateway.config import ServerSettings

    return any("timeout" in name for name in ServerSettings.model_fields)


def skip_reason(attack: dict[str, Any]) -> str | None:
    """Why an attack cannot be run meaningfully today (None: run it). Kept few on purpose."""
    if attack.get("slow_body_seconds") is not None and not server_has_body_timeout():
        return (
            "slow-body attack: the gateway has no body-read timeout setting (gateway.config.ServerSettings "
            f"has none), so this would only show a {attack['slow_body_seconds']} s hang; runs once a "
            "server.*timeout* setting exists"
        )
    return None


# -- text views and leak search --------------------------------------------------------------------

_VARIATION = re.compile("[\ufe00-\ufe0f\U000e0100-\U000e01ef]")


def visible(text: str) -> str:
    """What a reader (or a model) sees: format characters (ZWSP, ZWJ, tags, word joiner, BOM, bidi)
    and variation selectors removed, then NFKC."""
    text = _VARIATION.sub("", text)
    text = "".join(ch for ch in text if unicodedata.category(ch) != "Cf")
    return unicodedata.normalize("NFKC", text)


def printable(text: str) -> str:
    """Control, format and odd space characters as \\uXXXX, for messages."""
    return "".join(
        f"\\u{ord(ch):04x}"
        if unicodedata.category(ch) in ("Cc", "Cf", "Zl", "Zp") or ch in "\u00a0\u3000"
        else ch
        for ch in text
    )


def views(text: str) -> set[str]:
    return {text, unicodedata.normalize("NFKC", text), visible(text)}


def find_needles(needles: Iterable[str], haystacks: dict[str, str]) -> list[tuple[str, str]]:
    """(needle, where) for every needle found in any view of any haystack (first place only)."""
    prepared = [(where, views(text)) for where, text in haystacks.items() if text]
    found = []
    for needle in needles:
        if not needle:
            continue
        for where, texts in prepared:
            if any(needle in t for t in texts):
                found.append((needle, where))
                break
    return found


def _json_strings(obj: Any, path: str = "") -> Iterator[tuple[str, str]]:
    """(path, string) for every string value and every key, recursively."""
    if isinstance(obj, dict):
        for k, v in obj.items():
            p = f"{path}.{k}" if path else str(k)
            yield f"{p} (key)", str(k)
            yield from _json_strings(v, p)
    elif isinstance(obj, list):
        for i, v in enumerate(obj):
            yield from _json_strings(v, f"{path}[{i}]")
    elif isinstance(obj, str):
        yield path, obj


def _all_values_joined(obj: Any) -> str:
    return "".join(s for p, s in _json_strings(obj) if not p.endswith("(key)"))


def upstream_haystacks(ex: Any) -> dict[str, str]:
    """Everything an upstream received, most specific place first (the first match names the field)."""
    out: dict[str, str] = {}
    if ex.body is not None:
        for p, s in _json_strings(ex.body):
            out.setdefault(f"body.{p}", s)
        out["body (all strings joined)"] = _all_values_joined(ex.body)
    out["raw body"] = ex.raw.decode("utf-8", "replace")
    out["path"] = ex.path + ("?" + ex.query if ex.query else "")
    out["path (decoded)"] = urllib.parse.unquote(out["path"])
    for name, value in ex.headers:
        out[f"header {name}"] = f"{name}: {value}"
        out[f"header {name} (utf-8)"] = value.encode("latin-1", "replace").decode("utf-8", "replace")
    return out


class StreamText:
    """Strings of a response (one JSON body or every SSE event in order) joined per field: list
    positions become the element's ``index`` when it has one (choices, tool calls), else ``*`` (so
    ``logprobs.content[*].token`` is the whole token sequence); ``bytes`` arrays are decoded."""

    def __init__(self) -> None:
        self.text: dict[str, list[str]] = {}
        self.raw_bytes: dict[str, bytearray] = {}

    def add(self, obj: Any, path: str = "") -> None:
        if isinstance(obj, dict):
            for k, v in obj.items():
                p = f"{path}.{k}" if path else str(k)
                self.text.setdefault(f"{path}.(keys)", []).append(str(k))
                self.add(v, p)
        elif isinstance(obj, list):
            if path.endswith("bytes") and obj and all(isinstance(b, int) and 0 <= b < 256 for b in obj):
                self.raw_bytes.setdefault(path, bytearray()).extend(obj)
                return
            for v in obj:
                idx = v.get("index") if isinstance(v, dict) else None
                self.add(v, f"{path}[{idx if isinstance(idx, int) else '*'}]")
        elif isinstance(obj, str):
            self.text.setdefault(path, []).append(obj)

    def haystacks(self) -> dict[str, str]:
        out = {f"{p} (joined)": "".join(parts) for p, parts in self.text.items()}
        out.update({f"{p} (bytes)": bytes(b).decode("utf-8", "replace") for p, b in self.raw_bytes.items()})
        return out


def sse_events(body: bytes) -> list[Any]:
    events: list[Any] = []
    for line in body.split(b"\n"):
        line = line.strip(b"\r")
        if not line.startswith(b"data:"):
            continue
        payload = line[5:].strip()
        if payload == b"[DONE]":
            continue
        try:
            events.append(json.loads(payload))
        except ValueError:
            events.append(payload.decode("utf-8", "replace"))
    return events


# -- HTTP over a raw socket -------------------------------------------------------------------------


@dataclasses.dataclass
class Response:
    status: int | None
    headers: list[tuple[str, str]]
    body: bytes
    elapsed: float
    error: str | None = None

    def header(self, name: str) -> str | None:
        return next((v for k, v in self.headers if k.lower() == name.lower()), None)

    def header_all(self, name: str) -> list[str]:
        return [v for k, v in self.headers if k.lower() == name.lower()]

    def is_stream(self) -> bool:
        return (self.header("content-type") or "").startswith("text/event-stream")


def http_exchange(
    port: int,
    method: str,
    target: str,
    headers: list[tuple[str, str]],
    body: bytes | Iterable[bytes] | None,
    *,
    chunked: bool = False,
    timeout: float = 60.0,
) -> Response:
    """One request on a fresh connection. The body is sent from a second thread so an early
    answer (413 before the body is read) is received rather than lost in a reset."""
    names = {k.lower() for k, _ in headers}
    head = [f"{method} {target} HTTP/1.1".encode()]
    if "host" not in names:
        head.append(f"Host: 127.0.0.1:{port}".encode())
    for k, v in headers:
        head.append(k.encode("utf-8") + b": " + v.encode("utf-8"))
    if body is not None and "content-length" not in names and "transfer-encoding" not in names:
        if chunked:
            head.append(b"Transfer-Encoding: chunked")
        else:
            assert isinstance(body, bytes | bytearray)
            head.append(b"Content-Length: %d" % len(body))
    head.append(b"Connection: close")
    data = b"\r\n".join(head) + b"\r\n\r\n"

    t0 = time.monotonic()
    sock = socket.create_connection(("127.0.0.1", port), timeout=timeout)
    stop = threading.Event()
    send_error: list[str] = []

    def send() -> None:
        try:
            sock.sendall(data)
            if body is None:
                return
            pieces: Iterable[bytes] = [body] if isinstance(body, bytes | bytearray) else body
            for piece in pieces:
                if stop.is_set():
                    return
                for i in range(0, len(piece), 1 << 20):
                    if stop.is_set():
                        return
                    part = piece[i : i + (1 << 20)]
                    sock.sendall(b"%x\r\n%s\r\n" % (len(part), part) if chunked else part)
            if chunked:
                sock.sendall(b"0\r\n\r\n")
        except OSError as exc:  # the server answered and closed early: expected for refusals
            send_error.append(type(exc).__name__)

    sender = threading.Thread(target=send, daemon=True)
    sender.start()
    try:
        resp = http.client.HTTPResponse(sock, method=method)
        resp.begin()
        status = resp.status
        hdrs = [(k, v.encode("latin-1", "replace").decode("utf-8", "replace")) for k, v in resp.getheaders()]
        try:
            payload = resp.read()
        except http.client.IncompleteRead as exc:
            payload = exc.partial
        return Response(status, hdrs, payload, time.monotonic() - t0)
    except (OSError, http.client.HTTPException) as exc:
        extra = f" (while sending: {send_error[0]})" if send_error else ""
        return Response(None, [], b"", time.monotonic() - t0, f"{type(exc).__name__}: {exc}{extra}")
    finally:
        stop.set()
        try:
            sock.shutdown(socket.SHUT_RDWR)
        except OSError:
            pass
        sock.close()
        sender.join(5)


def gzip_bomb(prefix: bytes, unit: bytes, count: int, suffix: bytes) -> bytes:
    """gzip of ``prefix + unit*count + suffix`` built in about a second: deflate blocks of a
    repeated byte after a sync flush are identical, so one is compressed and repeated, and the
    trailer's CRC and length are computed for the whole content."""
    assert len(unit) == 1
    block = unit * (1 << 20)
    co = zlib.compressobj(9, zlib.DEFLATED, 31)
    n_blocks, rest = divmod(count, len(block))
    out = [co.compress(prefix + block) + co.flush(zlib.Z_SYNC_FLUSH)]
    steady = co.compress(block) + co.flush(zlib.Z_SYNC_FLUSH)
    again = co.compress(block) + co.flush(zlib.Z_SYNC_FLUSH)
    assert steady == again, "deflate output of a repeated block is not stable"
    out.extend([steady] * (n_blocks - 1))  # the first block went with the prefix
    tail = co.compress(unit * rest + suffix) + co.flush()
    crc = zlib.crc32(prefix)
    for _ in range(n_blocks):
        crc = zlib.crc32(block, crc)
    crc = zlib.crc32(unit * rest + suffix, crc)
    size = (len(prefix) + count + len(suffix)) & 0xFFFFFFFF
    out.append(tail[:-8] + crc.to_bytes(4, "little") + size.to_bytes(4, "little"))
    return b"".join(out)


# -- the stack -------------------------------------------------------------------------------------


@dataclasses.dataclass
class Verdict:
    attack_id: str
    problems: list[str]
    status: int | None
    elapsed: float
    blocked_by: list[str] = dataclasses.field(default_factory=list)  # policy rules that refused it
    zones: list[str] = dataclasses.field(default_factory=list)  # upstream zones it reached
    reason: str = ""  # one line, for known_gaps.yaml

    def explain(self) -> str:
        return f"{self.attack_id}: " + "; ".join(self.problems)


CONFIG = """\
server:
  max_body_bytes: 4194304
model_list:
  - model_name: external-model
    litellm_params: {{model: openai/redteam-external, api_base: "{external}", api_key: sk-upstream-ext}}
    model_info: {{zone: external}}
  - model_name: internal-model
    litellm_params: {{model: openai/redteam-internal, api_base: "{internal}", api_key: sk-upstream-int,
                     timeout: {timeout}}}
    model_info: {{zone: internal}}
router_settings:
  num_retries: 0
  fallbacks:
    - internal-model: [external-model]
zone_defaults: {{internal: internal-model}}
policy_paths: {policies}
policy_settings: {{reload_interval_s: 0}}
admin_tenants: [redteam-admin]
audit:
  sink: sqlite
  path: {tmp}/audit.db
  spool_dir: {tmp}/audit-spool
  signing_key: {tmp}/audit-signing.pem
  text_mode: redacted
  dashboard:
    users:
      - {{username: {user}, password_hash: "{password_hash}", role: admin}}
    sso_header: X-Forwarded-User
    sso_role_header: X-Forwarded-Role
    session_secret: "{session_secret}"
provenance:
  state_dir: {tmp}/provenance
"""


class Stack:
    """The gateway and the fake upstream, and :meth:`run` to replay one attack."""

    def __init__(self, upstream: Any, tmp: Path) -> None:
        import uvicorn

        from audit.dashboard.auth import hash_password
        from gateway.app import create_app
        from gateway.auth import KeyStore, hash_key
        from gateway.config import load_config

        self.upstream = upstream
        self.scripts = {zone: upstream.script(name) for zone, name in SCRIPT_OF_ZONE.items()}
        text = CONFIG.format(
            external=upstream.url(f"script={EXTERNAL}"),
            internal=upstream.url(f"script={INTERNAL}"),
            timeout=INTERNAL_TIMEOUT_S,
            policies=json.dumps([str(p) for p in POLICIES]),
            tmp=tmp,
            user=AUDIT_USER,
            password_hash=hash_password(AUDIT_PASSWORD),
            session_secret="r" * 48,
        )
        (tmp / "gateway.yaml").write_text(text, encoding="utf-8")
        cfg = load_config(tmp / "gateway.yaml")
        keys = KeyStore({hash_key(API_KEY): TENANT}, {}, cfg.default_models)
        self.app = create_app(cfg, keys)

        sock = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
        sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        sock.bind(("127.0.0.1", 0))
        self.port = sock.getsockname()[1]
        # As `safety-gateway serve` runs uvicorn, except that the trusted proxy is not the test client.
        self.server = uvicorn.Server(
            uvicorn.Config(
                self.app,
                log_level="error",
                lifespan="on",
                access_log=False,
                timeout_keep_alive=30,
                server_header=False,
                forwarded_allow_ips=TRUSTED_PROXY,
            )
        )
        self.thread = threading.Thread(target=self.server.run, kwargs={"sockets": [sock]}, daemon=True)
        self.thread.start()
        deadline = time.monotonic() + 60
        while not self.server.started:
            if time.monotonic() > deadline or not self.thread.is_alive():
                raise RuntimeError("gateway did not start")
            time.sleep(0.02)
        while self.get("/readyz").status != 200:  # models (classifier) loaded
            if time.monotonic() > deadline + 120:
                raise RuntimeError("gateway did not become ready: " + self.get("/readyz").body.decode()[:500])
            time.sleep(0.2)
        self._session: str | None = None
        self._bomb: bytes | None = None
        self.session_cookie()  # before any brute-force attack could lock the harness's user out

    def stop(self) -> None:
        self.server.should_exit = True
        self.thread.join(15)

    # -- plain requests used by the harness itself ------------------------------------------------
    def get(self, target: str, headers: list[tuple[str, str]] | None = None) -> Response:
        return http_exchange(self.port, "GET", target, headers or [], None, timeout=30)

    def session_cookie(self) -> str:
        if self._session is None:
            self._session = self.login()
            assert self._session, "the harness could not log in to the dashboard"
        return self._session

    def login(self) -> str | None:
        form = urllib.parse.urlencode({"username": AUDIT_USER, "password": AUDIT_PASSWORD}).encode()
        r = http_exchange(
            self.port,
            "POST",
            "/audit/login",
            [("Content-Type", "application/x-www-form-urlencoded")],
            form,
            timeout=30,
        )
        for value in r.header_all("set-cookie"):
            name, _, rest = value.partition("=")
            if name.strip() == SESSION_COOKIE:
                return rest.split(";", 1)[0]
        return None

    def dashboard(self, target: str) -> Response:
        return self.get(target, [("Cookie", f"{SESSION_COOKIE}={self.session_cookie()}")])

    def audit_records(self, request_id: str | None = None, wait_for: int = 0) -> list[dict[str, Any]]:
        """Audit records (JSON export through the dashboard), optionally of one request id; waits up
        to 10 s for at least ``wait_for`` of them (records are written asynchronously)."""
        query = "/audit/export?format=jsonl"
        if request_id is not None:
            query += "&" + urllib.parse.urlencode({"request_id": request_id})
        deadline = time.monotonic() + 10
        while True:
            r = self.dashboard(query)
            assert r.status == 200, f"audit export answered {r.status}"
            records = [json.loads(line) for line in r.body.decode("utf-8").splitlines() if line.strip()]
            if len(records) >= wait_for or time.monotonic() > deadline:
                return records
            time.sleep(0.2)

    # -- attacks ----------------------------------------------------------------------------------
    def _set_upstream(self, spec: dict[str, Any]) -> None:
        behaviour = spec.get("behaviour", "echo")
        if behaviour == "echo":
            for s in self.scripts.values():
                s.set()
        elif behaviour == "fail_internal":
            self.scripts["internal"].set(
                behaviour="fail",
                fail_with=spec["fail_with"],
                timeout_seconds=float(spec.get("timeout_seconds", 30)),
            )
            self.scripts["external"].set()
        elif behaviour == "reply":
            for s in self.scripts.values():
                s.set(
                    behaviour="reply",
                    reply=spec.get("reply"),
                    status=int(spec.get("status", 200)),
                    stream_chunks=spec.get("stream_chunks"),
                )
        else:
            raise ValueError(f"unknown upstream behaviour {behaviour!r}")

    def _placeholders(self, n: int | None = None) -> dict[str, str]:
        values = {
            "${AUDIT_USER}": AUDIT_USER,
            "${AUDIT_PASSWORD}": AUDIT_PASSWORD,
            "${GATEWAY_HOST}": "127.0.0.1",
        }
        if n is not None:
            values["${N}"] = str(n)
        return values

    @staticmethod
    def _subst(obj: Any, values: dict[str, str]) -> Any:
        if isinstance(obj, str):
            for k, v in values.items():
                obj = obj.replace(k, v)
            return obj
        if isinstance(obj, list):
            return [Stack._subst(x, values) for x in obj]
        if isinstance(obj, dict):
            return {Stack._subst(k, values): Stack._subst(v, values) for k, v in obj.items()}
        return obj

    def _body(
        self, req: dict[str, Any], values: dict[str, str]
    ) -> tuple[bytes | Iterable[bytes] | None, bool]:
        """(body, chunked) for a request in catalog shape."""
        gen = generator()
        model = req.get("model") or ""
        chunked = req.get("transfer_encoding") == "chunked"
        recipe = req.get("raw_body_recipe")
        if recipe is not None and (recipe.get("compress") == "gzip" or recipe["count"] > 1 << 24):
            prefix = recipe["prefix"].replace("${MODEL}", model).encode()
            suffix = recipe["suffix"].replace("${MODEL}", model).encode()
            unit = recipe["repeat"].encode()
            if recipe.get("compress") == "gzip":
                if self._bomb is None:
                    self._bomb = gzip_bomb(prefix, unit, recipe["count"], suffix)
                return self._bomb, chunked
            block = unit * ((1 << 20) // len(unit))
            full, rest = divmod(recipe["count"], (1 << 20) // len(unit))

            def pieces() -> Iterator[bytes]:
                yield prefix
                for _ in range(full):
                    yield block
                yield unit * rest + suffix

            return pieces(), chunked
        rate = req.get("slow_body_bytes_per_second")
        if rate and "raw_body_b64" in req:
            data = gen.materialize(req, model=model)

            def drip() -> Iterator[bytes]:  # really slow: `rate` bytes, then a second's pause
                for i in range(0, len(data), int(rate)):
                    yield data[i : i + int(rate)]
                    time.sleep(1.0)

            return drip(), chunked
        if "raw_body_b64" in req or recipe is not None:
            return gen.materialize(req, model=model), chunked
        if req.get("body") is None:
            return None, chunked
        body = self._subst(req["body"], values)
        ctype = req.get("content_type", "application/json")
        if ctype == "application/x-www-form-urlencoded" or (
            ctype == "text/plain" and not req["endpoint"].startswith("/v1/")
        ):
            return urllib.parse.urlencode(body).encode(), chunked
        return gen.materialize({**req, "body": body}, model=model), chunked

    def _headers(self, req: dict[str, Any], values: dict[str, str], auth: str) -> list[tuple[str, str]]:
        raw = req.get("headers") or {}
        pairs = [(k, v) for k, v in raw] if isinstance(raw, list) else list(raw.items())
        pairs = [(self._subst(k, values), self._subst(v, values)) for k, v in pairs]
        names = {k.lower() for k, _ in pairs}
        out: list[tuple[str, str]] = []
        if auth == "gateway-key" and "authorization" not in names:
            out.append(("Authorization", f"Bearer {API_KEY}"))
        elif auth == "dashboard-session":
            cookie = f"{SESSION_COOKIE}={self.session_cookie()}"
            if "cookie" in names:
                pairs = [(k, f"{v}; {cookie}" if k.lower() == "cookie" else v) for k, v in pairs]
            else:
                out.append(("Cookie", cookie))
        if req.get("body") is not None or "raw_body_b64" in req or "raw_body_recipe" in req:
            if "content-type" not in names:
                out.append(("Content-Type", req.get("content_type", "application/json")))
        if req.get("slow_body_bytes_per_second") and "raw_body_b64" in req and "content-length" not in names:
            # A dripped body is an iterator: its length is declared, as a slow client's would be.
            out.append(
                ("Content-Length", str(len(generator().materialize(req, model=req.get("model") or ""))))
            )
        return out + pairs

    def send(self, req: dict[str, Any], auth: str, n: int | None = None, timeout: float = 60.0) -> Response:
        values = self._placeholders(n)
        body, chunked = self._body(req, values)
        target = self._subst(req["endpoint"], values)
        return http_exchange(
            self.port,
            req.get("method", "POST"),
            target,
            self._headers(req, values, auth),
            body,
            chunked=chunked,
            timeout=timeout,
        )

    # -- running attacks: one at a time, or a batch sharing one upstream behaviour ----------------
    @staticmethod
    def batchable(attack: dict[str, Any]) -> bool:
        """Attacks that can run concurrently with others of the same upstream behaviour: their
        upstream exchanges are told apart by the request id the gateway forwards and answers with.
        Large bodies run alone: their classifier time would otherwise delay the whole batch."""
        return (
            attack["class"] not in ("robustness", "dashboard")
            and (attack.get("upstream") or {}).get("behaviour", "echo") in ("echo", "fail_internal")
            and not any(k in attack for k in ("repeat", "setup_requests", "max_latency_seconds"))
            and len(json.dumps(attack.get("body"), ensure_ascii=False)) <= 8192
        )

    @staticmethod
    def batch_key(attack: dict[str, Any]) -> str:
        return json.dumps(attack.get("upstream") or {"behaviour": "echo"}, sort_keys=True)

    def _exchange(self, attack: dict[str, Any]) -> tuple[Response, list[str]]:
        problems: list[str] = []
        auth = attack.get("auth") or ("gateway-key" if attack["class"] != "dashboard" else "none")
        timeout = max(60.0, (attack.get("max_latency_seconds") or 0) + 10)
        for setup in attack.get("setup_requests") or []:
            r = self.send(setup, auth, timeout=timeout)
            if r.status is None:
                problems.append(f"setup request got no response ({r.error})")
        resp: Response | None = None
        for n in range(1, int(attack.get("repeat", 1)) + 1):
            resp = self.send(attack, auth, n if attack.get("repeat") else None, timeout=timeout)
        assert resp is not None
        return resp, problems

    def run(self, attack: dict[str, Any]) -> Verdict:
        """One attack alone: the upstream scripts see only its exchanges."""
        self._set_upstream(attack.get("upstream") or {"behaviour": "echo"})
        before = self._dashboard_before(attack)
        resp, problems = self._exchange(attack)
        seen = {zone: list(script.received) for zone, script in self.scripts.items()}
        return self.evaluate(attack, resp, seen, problems, before)

    def run_batch(self, attacks: list[dict[str, Any]], workers: int = 4) -> dict[str, Verdict]:
        """Attacks with the same upstream behaviour, ``workers`` at a time. Each upstream exchange is
        attributed by its ``x-request-id`` to the response carrying the same id; if any exchange
        cannot be attributed, the whole batch is run again one attack at a time, and an attack that
        got no answer or a 503 is run again alone."""
        from concurrent.futures import ThreadPoolExecutor

        assert len({self.batch_key(a) for a in attacks}) <= 1
        if len(attacks) < 2:
            return {a["id"]: self.run(a) for a in attacks}
        self._set_upstream(attacks[0].get("upstream") or {"behaviour": "echo"})
        with ThreadPoolExecutor(workers) as pool:
            results = list(pool.map(self._exchange, attacks))
        received = [(zone, ex) for zone, script in self.scripts.items() for ex in script.received]
        alone: list[dict[str, Any]] = []
        by_id: dict[str, dict[str, list[Any]]] = {}
        for resp, _ in results:
            rid = resp.header("x-request-id")
            if rid is None or rid in by_id:
                return {a["id"]: self.run(a) for a in attacks}
            by_id[rid] = {zone: [] for zone in self.scripts}
        for zone, ex in received:
            rid = next((v for k, v in ex.headers if k == "x-request-id"), None)
            if rid not in by_id:
                return {a["id"]: self.run(a) for a in attacks}
            by_id[rid][zone].append(ex)
        verdicts = {}
        for (resp, problems), attack in zip(results, attacks, strict=True):
            if resp.status in (None, 503):
                # No answer, or a detector over its deadline: possibly the batch's own load. Such an
                # outcome must be what a client alone sees, so the attack runs again by itself.
                alone.append(attack)
                continue
            rid = resp.header("x-request-id") or ""
            verdicts[attack["id"]] = self.evaluate(attack, resp, by_id[rid], problems, {})
        for attack in alone:
            verdicts[attack["id"]] = self.run(attack)
        return verdicts

    def evaluate(
        self,
        attack: dict[str, Any],
        resp: Response,
        seen: dict[str, list[Any]],
        problems: list[str],
        before: dict[str, Any],
    ) -> Verdict:
        problems = list(problems)
        limit = attack.get("max_latency_seconds")
        # status
        if resp.status is None:
            problems.append(f"no HTTP response ({resp.error})")
        elif resp.status not in attack["expect_status"]:
            problems.append(f"status {resp.status} not in {attack['expect_status']}{self._error_hint(resp)}")
        if limit is not None and resp.elapsed > limit:
            problems.append(f"answered after {resp.elapsed:.1f} s (limit {limit} s)")

        # upstream
        for zone in attack.get("forbidden_upstream_zones") or []:
            if seen[zone]:
                ex = seen[zone][0]
                problems.append(f"{zone} upstream was called ({len(seen[zone])}x, first {ex.path})")
        needles = attack.get("must_not_reach_upstream") or []
        for zone in attack.get("must_not_reach_upstream_zones") or []:
            for ex in seen.get(zone, []):
                for needle, where in find_needles(needles, upstream_haystacks(ex)):
                    problems.append(f"`{printable(needle)}` reached the {zone} upstream in {where}")

        # client
        mnrc = attack.get("must_not_reach_client") or []
        if mnrc and resp.status is not None:
            for needle, where in find_needles(mnrc, self.client_haystacks(resp)):
                problems.append(f"`{printable(needle)}` reached the client in {where}")

        if attack["class"] == "dashboard":
            problems.extend(self._dashboard_checks(attack, resp, before))
        verdict = Verdict(attack["id"], problems, resp.status, resp.elapsed, blocked_by=blocked_by(resp))
        verdict.zones = sorted(zone for zone, exs in seen.items() if exs)
        verdict.reason = gap_reason(attack, verdict)
        return verdict

    @staticmethod
    def _error_hint(resp: Response) -> str:
        try:
            message = json.loads(resp.body)["error"]["message"]
        except (ValueError, KeyError, TypeError):
            return ""
        return f" ({str(message)[:160]})"

    @staticmethod
    def client_haystacks(resp: Response) -> dict[str, str]:
        """Everything the client received: fields joined across the stream first, then raw bytes and
        headers."""
        text = StreamText()
        if resp.is_stream():
            for event in sse_events(resp.body):
                text.add(event)
        else:
            try:
                text.add(json.loads(resp.body))
            except ValueError:
                pass
        out = text.haystacks()
        out["raw response"] = resp.body.decode("utf-8", "replace")
        for k, v in resp.headers:
            out[f"header {k}"] = f"{k}: {v}"
        return out

    # -- dashboard oracles ------------------------------------------------------------------------
    def _dashboard_before(self, attack: dict[str, Any]) -> dict[str, Any]:
        if attack["id"] == "dashboard-login-user-enumeration":
            return {"timings": self._enumeration_timings()}
        return {}

    def _enumeration_timings(self) -> dict[str, Any]:
        """Unknown user vs known user with a wrong password, 20 tries each, interleaved."""
        out: dict[str, Any] = {"known": [], "unknown": [], "known_resp": None, "unknown_resp": None}
        for _ in range(20):
            for label, user in (("known", AUDIT_USER), ("unknown", "no-such-user-rt")):
                form = urllib.parse.urlencode({"username": user, "password": "x"}).encode()
                r = http_exchange(
                    self.port,
                    "POST",
                    "/audit/login",
                    [("Content-Type", "application/x-www-form-urlencoded")],
                    form,
                    timeout=30,
                )
                out[label].append(r.elapsed)
                out[f"{label}_resp"] = r
        return out

    def _record_page(self, request_id: str) -> tuple[dict[str, Any] | None, str]:
        records = self.audit_records(request_id, wait_for=1)
        if not records:
            return None, ""
        row = records[-1]["_audit"]["row_id"]
        r = self.dashboard(f"/audit/records/{row}")
        return records[-1], r.body.decode("utf-8", "replace")

    def _dashboard_checks(self, attack: dict[str, Any], resp: Response, before: dict[str, Any]) -> list[str]:
        aid = attack["id"].removeprefix("dashboard-")
        problems: list[str] = []
        # The gateway app answered (it sets x-request-id on every response), so the request has an
        # audit record; a refusal by the HTTP server itself (431) has none.
        answered = resp.status is not None and resp.header("x-request-id") is not None
        cd = resp.header("content-disposition") or ""
        if attack.get("method", "GET") == "GET" and attack.get("auth") in ("none", "gateway-key", None):
            if "attachment" in cd.lower():
                problems.append(f"served a file download ({cd})")
            if b"record_hash" in resp.body:
                problems.append("response carries audit data (record_hash)")
        if aid.startswith("csrf-login") and any(
            v.split("=", 1)[0].strip() == SESSION_COOKIE and "=;" not in v.replace(" ", "")
            for v in resp.header_all("set-cookie")
        ):
            problems.append("a session cookie was issued")
        if aid == "csrf-logout-foreign-origin":
            r = self.dashboard("/audit/")
            if r.status != 200:
                problems.append(f"the session no longer works afterwards ({r.status})")
        if aid == "csrf-export-foreign-origin":
            acao = resp.header("access-control-allow-origin") or ""
            if acao in ("*", "https://evil.example"):
                problems.append(f"Access-Control-Allow-Origin: {acao}")
        if aid == "xff-stored-xss" and answered:
            record, html = self._record_page(resp.header("x-request-id") or "")
            if record is None:
                problems.append("no audit record for the request")
            elif "<script>alert('rt')</script>" in html:
                problems.append("the audit record page renders the X-Forwarded-For value as live markup")
        if aid == "xff-log-injection-newline" and answered:
            records = self.audit_records(resp.header("x-request-id") or "", wait_for=1)
            if len(records) != 1:
                problems.append(f"{len(records)} audit records for one request")
        if aid == "csv-formula-injection" and answered:
            if not self.audit_records(resp.header("x-request-id") or "", wait_for=1):
                problems.append("no audit record for the request")
            r = self.dashboard(
                "/audit/export?format=csv&"
                + urllib.parse.urlencode({"request_id": resp.header("x-request-id") or ""})
            )
            import csv
            import io

            for row in csv.reader(io.StringIO(r.body.decode("utf-8"))):
                for cell in row:
                    if "HYPERLINK" in cell and cell[:1] in ("=", "+", "-", "@", "\t", "\r"):
                        problems.append(f"CSV export cell starts with a formula: {cell[:40]!r}")
        if aid == "request-id-reuse":
            rid = attack["headers"]["x-request-id"]
            records = self.audit_records(rid, wait_for=2)
            if len(records) > 1:
                problems.append(f"{len(records)} audit records share the request id {rid!r}")
            everything = self.audit_records()
            texts = [json.dumps(r, ensure_ascii=False) for r in everything]
            for marker in ("RT-A-", "RT-B-"):
                if not any(marker in t for t in texts):
                    problems.append(f"no audit record of the request marked {marker}")
        if aid.startswith("request-id-") and aid != "request-id-reuse":
            sent = attack["headers"]["x-request-id"]
            if any(k.lower() == "set-cookie" and "session=admin" in v for k, v in resp.headers):
                problems.append("a Set-Cookie header was injected through x-request-id")
            if not re.fullmatch(r"[A-Za-z0-9._:-]{1,200}", sent) and resp.header("x-request-id") == sent:
                problems.append("the unsafe client x-request-id is reflected verbatim")
            if answered:
                record, html = self._record_page(resp.header("x-request-id") or sent)
                if record is None:
                    problems.append("no audit record found for the request")
                elif "<img src=x onerror=alert(1)>" in html:
                    problems.append("the audit record page renders the request id as live markup")
        if aid == "login-user-enumeration":
            t = before["timings"]
            known, unknown = t["known_resp"], t["unknown_resp"]
            if (known.status, known.body) != (unknown.status, unknown.body):
                problems.append(
                    f"unknown user answered {unknown.status}, known user with a wrong password {known.status}"
                    " (bodies differ)" * (known.body != unknown.body)
                )
            diff = abs(statistics.median(t["known"]) - statistics.median(t["unknown"]))
            if diff > 0.05:
                problems.append(
                    f"median login latency differs by {diff * 1000:.0f} ms between known and unknown users"
                )
        return problems


# -- one-line reasons ------------------------------------------------------------------------------


def blocked_by(resp: Response) -> list[str]:
    """The rules named by a policy refusal (``blocked by policy rule a/b, c/d: ...``)."""
    try:
        message = str(json.loads(resp.body)["error"]["message"])
    except (ValueError, KeyError, TypeError):
        return []
    m = re.match(r"blocked by policy rules? ([^:]+):", message)
    return [r.strip() for r in m.group(1).split(",")] if m else []


def _where(problem: str) -> str:
    """'... reached the external upstream in body.tools[0].x' -> 'external upstream: body.tools[].x'."""
    m = re.search(r"reached the (.+?) in (.+)$", problem)
    if not m:
        return problem
    where = re.sub(r"\[\d+\]", "[]", m.group(2)).replace("[*]", "[]").replace(" (joined)", "")
    return f"{m.group(1)}: {where}"


def _needle(problem: str) -> str:
    m = re.match(r"`(.*?)` reached", problem)
    shown = m.group(1) if m else "?"
    return shown if len(shown) <= 32 else shown[:29] + "..."


def gap_reason(attack: dict[str, Any], verdict: Verdict) -> str:
    """One line naming what leaks where (or which expectation failed), from the measured problems."""
    if not verdict.problems:
        return ""
    probs = verdict.problems
    called = [p for p in probs if "upstream was called" in p]
    leaks = [p for p in probs if " reached the " in p]
    status = [p for p in probs if p.startswith(("status ", "no HTTP response", "answered after"))]
    other = [p for p in probs if p not in called + leaks + status]
    parts: list[str] = []
    if called:
        parts.append(" and ".join(p.split(" upstream was called")[0] for p in called) + " upstream called")
    if leaks:
        parts.append(f"`{_needle(leaks[0])}` reaches {_where(leaks[0])}")
    if status and (not parts or not status[0].startswith("status 200")):
        parts.append(status[0][:150])
    elif status:
        parts.append(status[0].split(" (")[0])
    parts.extend(o[:140] for o in other[:2])
    lead = {
        "fields": "field not scanned",
        "normalization": f"{attack.get('obfuscation', '?')} spelling not recognised",
        "zone_fallback": "internal failure ({}) then".format((attack.get("upstream") or {}).get("fail_with")),
        "headers": "x-data-classification variant not honoured",
        "injection_obfuscation": f"{attack.get('obfuscation')} in {attack.get('placement')} not refused",
        "output_fields": "output not checked",
        "robustness": "",
        "dashboard": "",
    }.get(attack["class"], "")
    if attack["class"] == "output_fields" and attack["id"].rsplit("-", 1)[-1] != "harmful":
        lead = "no output rule for PII/secrets"
    if attack["class"] == "zone_fallback" and not leaks and not called:
        lead = "fails closed but"
    if attack["class"] == "normalization" and not leaks and not called:
        lead = ""
    line = "; ".join(parts)
    return f"{lead}: {line}" if lead else line


class Runner:
    """Verdicts on demand: a batchable attack runs together with every pending attack of its class and
    upstream behaviour (the first one asked for pays for the batch); the others run alone."""

    def __init__(self, stack: Stack, attacks: list[dict[str, Any]]) -> None:
        self.stack = stack
        self.pending = {a["id"]: a for a in attacks}
        self.done: dict[str, Verdict] = {}

    def verdict(self, attack: dict[str, Any]) -> Verdict:
        aid = attack["id"]
        if aid not in self.done:
            if Stack.batchable(attack):
                key = (attack["class"], Stack.batch_key(attack))
                group = [
                    a
                    for a in self.pending.values()
                    if Stack.batchable(a)
                    and (a["class"], Stack.batch_key(a)) == key
                    and a["id"] not in self.done
                ]
                if attack not in group:
                    group.append(attack)
                self.done.update(self.stack.run_batch(group))
            else:
                self.done[aid] = self.stack.run(attack)
        self.pending.pop(aid, None)
        return self.done[aid]


GAPS_HEADER = """\
# Attacks of tests/redteam/catalog/ that get through today, with what leaks where, measured through the
# real gateway (docs/security.md). tests/redteam/test_catalog.py marks each xfail(strict=True): when a fix
# makes one pass, its case XPASSes and fails until its line here is removed.
# `python -m tests.redteam.harness --gaps proposed.yaml` writes this file's next version from a run (kept
# reasons stay, new failures get the measured one): adding a line accepts a gap; review it as such.
"""


def propose_gaps(results: list[dict[str, Any]], existing: dict[str, str]) -> str:
    """known_gaps.yaml for these results: every failing attack, its existing reason or the measured one."""
    lines = [GAPS_HEADER]
    for cls in CLASSES + ["control"]:
        gaps = [r for r in results if r["class"] == cls and r["outcome"] == "gap"]
        if not gaps:
            continue
        lines.append(f"# --- {cls} ({len(gaps)}) " + "-" * max(0, 80 - len(cls)))
        for r in gaps:
            reason = existing.get(r["id"]) or r["reason"]
            if r.get("severity") == "informational" and not reason.startswith("informational"):
                reason = "informational: " + reason
            dumped = yaml.safe_dump({r["id"]: reason}, allow_unicode=True, width=1 << 20)
            lines.append(dumped.rstrip())
        lines.append("")
    return "\n".join(lines)


def ordered(attacks: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """Catalog order, except that repeated (brute-force) attacks go last: a lock-out they provoke must
    not decide the dashboard attacks after them."""
    return sorted(attacks, key=lambda a: bool(a.get("repeat")))


def main(argv: list[str] | None = None) -> int:
    import argparse
    import tempfile

    from tests.fake_upstream import FakeUpstream

    parser = argparse.ArgumentParser(description="replay red-team attacks outside pytest")
    parser.add_argument("--class", dest="classes", action="append", choices=CLASSES)
    parser.add_argument("--id", dest="ids", action="append", help="substring of attack ids")
    parser.add_argument("--json", help="write every verdict to this file")
    parser.add_argument("--gaps", help="write the known_gaps.yaml these results call for to this file")
    args = parser.parse_args(argv)
    attacks = ordered(
        [
            a
            for a in load_catalog()
            if (not args.classes or a["class"] in args.classes)
            and (not args.ids or any(i in a["id"] for i in args.ids))
        ]
    )
    upstream = FakeUpstream().start_in_thread()
    t0 = time.monotonic()
    results = []
    wall: dict[str, float] = {}
    with tempfile.TemporaryDirectory() as tmp:
        stack = Stack(upstream, Path(tmp))
        print(f"# gateway ready in {time.monotonic() - t0:.1f} s", flush=True)
        runner = Runner(stack, [a for a in attacks if not skip_reason(a)])
        for a in attacks:
            why = skip_reason(a)
            if why:
                results.append(
                    {
                        "id": a["id"],
                        "class": a["class"],
                        "severity": a["severity"],
                        "outcome": "skipped",
                        "reason": why,
                    }
                )
                continue
            t_start = time.monotonic()
            v = runner.verdict(a)
            wall.setdefault(a["class"], 0.0)
            wall[a["class"]] += time.monotonic() - t_start
            results.append(
                {
                    "id": a["id"],
                    "class": a["class"],
                    "severity": a["severity"],
                    "outcome": "gap" if v.problems else "pass",
                    "reason": v.reason,
                    "problems": v.problems,
                    "status": v.status,
                    "blocked_by": v.blocked_by,
                    "zones": v.zones,
                    "elapsed": round(v.elapsed, 3),
                }
            )
            if v.problems:
                print(f"{a['id']}: {json.dumps(v.reason, ensure_ascii=False)}", flush=True)
        stack.stop()
    upstream.stop()
    if args.json:
        Path(args.json).write_text(json.dumps(results, ensure_ascii=False, indent=1), encoding="utf-8")
    if args.gaps:
        Path(args.gaps).write_text(propose_gaps(results, load_known_gaps()), encoding="utf-8")
    counts: dict[str, dict[str, int]] = {}
    for r in results:
        counts.setdefault(r["class"], {"pass": 0, "gap": 0, "skipped": 0})[r["outcome"]] += 1
    print(f"# {time.monotonic() - t0:.1f} s; " + json.dumps(counts), flush=True)
    print("# seconds per class: " + json.dumps({k: round(v, 1) for k, v in wall.items()}), flush=True)
    return 0


if __name__ == "__main__":
    import sys

    sys.exit(main())
