"""Upstream failures, described the same way whichever backend made the call."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Literal

# "policy": not a fault of the upstream; policy kept the attempt from reaching it (router.prepare_attempt).
Kind = Literal["timeout", "connection", "status", "protocol", "policy"]


@dataclass(slots=True)
class UpstreamError(Exception):
    kind: Kind
    message: str
    status: int | None = None
    retry_after: str | None = None
    deployment_id: str | None = None

    def __str__(self) -> str:
        return self.message

    @property
    def retryable(self) -> bool:
        """Worth trying on another deployment. A 400 is the request's own fault: every
        deployment would refuse it the same way."""
        if self.kind != "status":
            return True
        return self.status not in (400, 413, 422)


class StreamInterrupted(Exception):
    """The upstream stream broke after chunks were already forwarded: no retry is possible."""

    def __init__(self, error: UpstreamError) -> None:
        super().__init__(error.message)
        self.error = error
