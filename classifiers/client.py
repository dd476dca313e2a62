"""Client for the standalone classifier service, with a per-try timeout and retries.

It has the same ``classify`` / ``labels`` / ``thresholds`` surface as :class:`classifiers.engine.Classifier`
so callers can swap a local model for the remote one.
"""

from __future__ import annotations

import asyncio
import contextlib
import random
from collections.abc import Sequence
from typing import Any

import httpx

from classifiers.engine import TextScores

try:  # W3C trace context to the service: the caller's current span (if any) becomes the parent there
    from opentelemetry.propagate import inject as _inject_trace
except ImportError:  # pragma: no cover - opentelemetry-api is a dependency; tracing is optional
    _inject_trace = None  # type: ignore[assignment]


class RemoteClassifierError(Exception):
    """The service could not be reached, timed out, or answered with an error."""


class RemoteClassifier:
    def __init__(
        self,
        url: str,
        *,
        timeout_s: float = 2.0,
        retries: int = 2,
        backoff_s: float = 0.05,
        transport: httpx.AsyncBaseTransport | None = None,
        headers: dict[str, str] | None = None,
    ):
        self.url = url.rstrip("/")
        self.timeout_s = float(timeout_s)
        self.retries = max(0, int(retries))
        self.backoff_s = float(backoff_s)
        self._client = httpx.AsyncClient(
            base_url=self.url, timeout=httpx.Timeout(self.timeout_s), transport=transport, headers=headers
        )
        self._labels: tuple[str, ...] | None = None
        self._thresholds: dict[str, float] = {}
        self.model_name = "remote"

    @property
    def labels(self) -> tuple[str, ...]:
        return self._labels or ()

    @property
    def thresholds(self) -> dict[str, float]:
        return dict(self._thresholds)

    async def _request(self, method: str, path: str, **kw: Any) -> dict[str, Any]:
        last: Exception | None = None
        if _inject_trace is not None:
            carrier: dict[str, str] = {}
            _inject_trace(carrier)  # no-op without a current span
            if carrier:
                kw["headers"] = {**kw.get("headers", {}), **carrier}
        for attempt in range(self.retries + 1):
            try:
                resp = await self._client.request(method, path, **kw)
            except (httpx.ReadTimeout, httpx.WriteTimeout, httpx.PoolTimeout) as exc:
                # The service took the request and is slow (overloaded): asking again doubles its work
                # while it still computes the first answer. Only failures to connect are retried.
                raise RemoteClassifierError(
                    f"classifier service at {self.url} did not answer within {self.timeout_s}s: "
                    f"{type(exc).__name__}"
                ) from exc
            except (httpx.TimeoutException, httpx.TransportError) as exc:
                last = exc
            else:
                if resp.status_code < 400:
                    try:
                        data: dict[str, Any] = resp.json()
                        return data
                    except ValueError as exc:
                        raise RemoteClassifierError(
                            f"classifier service at {self.url}: invalid JSON"
                        ) from exc
                msg = f"classifier service at {self.url} answered {resp.status_code}"
                with contextlib.suppress(ValueError, KeyError, TypeError):
                    msg += f": {resp.json()['error']['message']}"
                if resp.status_code < 500 and resp.status_code not in (408, 429):
                    raise RemoteClassifierError(msg)  # our request is wrong; retrying will not help
                last = RemoteClassifierError(msg)
            if attempt < self.retries:
                await asyncio.sleep(self.backoff_s * (2**attempt) * (1 + random.random()))
        raise RemoteClassifierError(
            f"classifier service at {self.url} failed after {self.retries + 1} tries: "
            f"{type(last).__name__}: {last}"
        ) from last

    async def health(self) -> dict[str, Any]:
        data = await self._request("GET", "/healthz")
        self._labels = tuple(data.get("labels", ()))
        self._thresholds = {k: float(v) for k, v in (data.get("thresholds") or {}).items()}
        self.model_name = data.get("model", "remote")
        return data

    async def classify(self, texts: Sequence[str]) -> list[TextScores]:
        if not texts:
            return []
        data = await self._request("POST", "/v1/classify", json={"texts": list(texts), "windows": True})
        try:
            labels = tuple(data["labels"])
            self._labels = labels
            self._thresholds = {k: float(v) for k, v in (data.get("thresholds") or {}).items()}
            self.model_name = data.get("model", self.model_name)
            results = [TextScores.from_json(labels, r) for r in data["results"]]
        except (KeyError, TypeError, ValueError) as exc:
            raise RemoteClassifierError(f"classifier service at {self.url}: malformed response") from exc
        if len(results) != len(texts):
            raise RemoteClassifierError(
                f"classifier service at {self.url}: {len(results)} results for {len(texts)} texts"
            )
        return results

    async def aclose(self) -> None:
        await self._client.aclose()
