"""Errors a client can see, always in OpenAI's error format.

Every failure the gateway reports goes through :class:`GatewayError`, so the status code, the
body ``{"error": {"message", "type", "param", "code"}}`` and extra headers (``Retry-After``) are
decided in one place. Messages never echo request content: they name fields and rule ids only.
"""

from __future__ import annotations

from typing import Any

import orjson


class GatewayError(Exception):
    """An error response: HTTP status plus OpenAI-format body."""

    def __init__(
        self,
        status: int,
        message: str,
        type: str = "invalid_request_error",
        *,
        param: str | None = None,
        code: str | None = None,
        headers: dict[str, str] | None = None,
        extra: dict[str, Any] | None = None,
    ) -> None:
        super().__init__(message)
        self.status = status
        self.message = message
        self.type = type
        self.param = param
        self.code = code
        self.headers = headers or {}
        self.extra = extra or {}  # more fields of the error object (e.g. tool_approval_required's calls)

    def body(self) -> dict[str, Any]:
        error = {"message": self.message, "type": self.type, "param": self.param, "code": self.code}
        return {"error": {**error, **self.extra}}

    def body_bytes(self) -> bytes:
        return orjson.dumps(self.body())

    def __repr__(self) -> str:
        return f"GatewayError({self.status}, {self.code or self.type}: {self.message})"


def invalid_request(message: str, param: str | None = None, code: str | None = None) -> GatewayError:
    return GatewayError(400, message, "invalid_request_error", param=param, code=code)


def unauthorized(message: str) -> GatewayError:
    return GatewayError(
        401,
        message,
        "authentication_error",
        code="invalid_api_key",
        headers={"www-authenticate": 'Bearer realm="safety-gateway"'},
    )


def forbidden(message: str, param: str | None = None) -> GatewayError:
    return GatewayError(403, message, "permission_error", param=param, code="model_not_allowed")


def model_not_found(alias: str) -> GatewayError:
    return GatewayError(
        404,
        f"The model '{alias}' does not exist on this gateway.",
        "invalid_request_error",
        param="model",
        code="model_not_found",
    )


def payload_too_large(limit: int) -> GatewayError:
    return GatewayError(
        413,
        f"Request body exceeds the limit of {limit} bytes.",
        "invalid_request_error",
        code="request_too_large",
    )


def upstream_rate_limited(message: str, retry_after: str | None) -> GatewayError:
    headers = {"retry-after": retry_after} if retry_after else {}
    return GatewayError(429, message, "rate_limit_error", code="upstream_rate_limited", headers=headers)


def upstream_failed(message: str) -> GatewayError:
    return GatewayError(502, message, "upstream_error", code="upstream_error")


def upstream_timeout(message: str) -> GatewayError:
    return GatewayError(504, message, "upstream_error", code="upstream_timeout")


def not_ready(message: str) -> GatewayError:
    return GatewayError(503, message, "service_unavailable", code="not_ready")
