"""Logging: plain text for a terminal, or one JSON object per line for a log pipeline.

``server.log_format: json`` makes every line of the process one JSON object (the gateway's own
loggers, uvicorn's, the libraries'): ``ts``, ``level``, ``logger``, ``message``, and ``request_id``,
``trace_id``, ``span_id`` when the line was logged while serving a request (trace ids only with
tracing on). Structured events (the access log) put their fields at the top level.

No log line carries request text: the gateway's messages name ids, types, counts and codes, and
exceptions are logged with their type and code locations only (see ``app.py``'s error handler).
"""

from __future__ import annotations

import logging
import sys
import time
from contextvars import ContextVar
from typing import Any

import orjson

TEXT_FORMAT = "%(asctime)s %(levelname)s %(name)s: %(message)s"

# Set by the request-id middleware for the life of the request (tasks it starts inherit it).
request_id_var: ContextVar[str | None] = ContextVar("safety_gateway_request_id", default=None)


class Event:
    """A structured log message: its fields become top-level keys in JSON, compact JSON in text."""

    __slots__ = ("fields",)

    def __init__(self, fields: dict[str, Any]) -> None:
        self.fields = fields

    def __str__(self) -> str:
        return orjson.dumps(self.fields, default=str).decode()


def log_event(logger: logging.Logger, fields: dict[str, Any], level: int = logging.INFO) -> None:
    if logger.isEnabledFor(level):
        logger.log(level, Event(fields))


def _trace_ids() -> tuple[str, str] | None:
    try:
        from opentelemetry import trace
    except ImportError:  # pragma: no cover - a dependency
        return None
    sc = trace.get_current_span().get_span_context()
    if not sc.is_valid:
        return None
    return format(sc.trace_id, "032x"), format(sc.span_id, "016x")


class JsonFormatter(logging.Formatter):
    def format(self, record: logging.LogRecord) -> str:
        ts = time.strftime("%Y-%m-%dT%H:%M:%S", time.gmtime(record.created)) + f".{int(record.msecs):03d}Z"
        out: dict[str, Any] = {"ts": ts, "level": record.levelname.lower(), "logger": record.name}
        msg = record.msg
        if isinstance(msg, Event):
            out.update(msg.fields)
        else:
            out["message"] = record.getMessage()
        if "request_id" not in out:
            rid = request_id_var.get()
            if rid is not None:
                out["request_id"] = rid
        if "trace_id" not in out:
            ids = _trace_ids()
            if ids is not None:
                out["trace_id"], out["span_id"] = ids
        if record.exc_info:
            out["exception"] = self.formatException(record.exc_info)
        elif record.exc_text:
            out["exception"] = record.exc_text
        return orjson.dumps(out, default=str).decode()


def formatter(fmt: str) -> logging.Formatter:
    return JsonFormatter() if fmt == "json" else logging.Formatter(TEXT_FORMAT)


def configure_logging(fmt: str = "text", level: str | None = None) -> None:
    """Give the root logger's handlers (a stderr handler when it has none) the chosen format.

    Call before uvicorn starts, and start uvicorn with ``log_config=None`` so its loggers propagate
    here instead of printing in their own format.
    """
    root = logging.getLogger()
    if level is not None:
        root.setLevel(getattr(logging, level.upper(), logging.INFO))
    if not root.handlers:
        root.addHandler(logging.StreamHandler(sys.stderr))
    chosen = formatter(fmt)
    for handler in root.handlers:
        handler.setFormatter(chosen)
    for name in ("uvicorn", "uvicorn.error", "uvicorn.access"):
        for handler in logging.getLogger(name).handlers:
            handler.setFormatter(chosen)
