"""The model router: alias → deployments, zone constraint, retries, fallbacks, cooldowns.

Choosing the deployment stays in the gateway (not in litellm's Router) because the choice is a
safety decision: when a policy confines a request to the internal zone, no retry and no
fallback may ever pick an external deployment. Each attempt then goes through the fast path
(OpenAI-compatible upstreams) or through litellm (everything else, including the in-process model).
"""

from __future__ import annotations

import asyncio
import itertools
import logging
import time
from collections.abc import AsyncIterator, Awaitable, Callable
from dataclasses import dataclass
from typing import Any

from gateway.config import GatewayConfig
from gateway.context import RequestContext
from gateway.errors import (
    GatewayError,
    invalid_request,
    upstream_failed,
    upstream_rate_limited,
    upstream_timeout,
)
from gateway.routing.deployments import Deployment, build_deployments, required_features
from gateway.routing.upstream import StreamInterrupted, UpstreamError

log = logging.getLogger("safety_gateway.router")

# Called before every attempt with the deployment it will reach: returns the body to send there, or
# None when policy forbids that deployment (the attempt is skipped); raises GatewayError to end the
# request. The gateway sets it to the policy stage's per-attempt decision (gateway/stages/build.py).
PrepareAttempt = Callable[[RequestContext, Deployment], Awaitable[dict[str, Any] | None]]


@dataclass(slots=True)
class _Health:
    consecutive_failures: int = 0
    cooldown_until: float = 0.0


class ModelRouter:
    def __init__(self, cfg: GatewayConfig, deployments: list[Deployment] | None = None) -> None:
        self.settings = cfg.router_settings
        self.deployments = deployments if deployments is not None else build_deployments(cfg)
        self.by_alias: dict[str, list[Deployment]] = {}
        for d in self.deployments:
            self.by_alias.setdefault(d.alias, []).append(d)
        self.fallbacks = cfg.all_fallbacks()
        self.zone_defaults: dict[str, str] = {zone: alias for zone, alias in cfg.zone_defaults.items()}
        self._rr = {alias: itertools.count() for alias in self.by_alias}
        # (tenant, alias) -> may the tenant use it; the gateway sets it from its key store.
        self.may_use: Callable[[str | None, str], bool] = lambda tenant, alias: True
        self._health = {d.id: _Health() for d in self.deployments}
        self._by_id = {d.id: d for d in self.deployments}
        self.prepare_attempt: PrepareAttempt | None = None

        fast = [d for d in self.deployments if self.settings.fast_path and d.fast_path_capable]
        slow = [d for d in self.deployments if d not in fast]
        self._uses_fast = {d.id for d in fast}
        from gateway.routing.openai_compat import OpenAICompatClient

        self.fast = OpenAICompatClient()
        self.litellm = None
        if slow:
            # Imported lazily: litellm costs ~1 s and ~100 MB to import; a gateway whose upstreams
            # are all OpenAI-compatible never needs it.
            from gateway.routing.litellm_backend import LiteLLMBackend

            self.litellm = LiteLLMBackend(slow)

    # -- lookup ---------------------------------------------------------------------------------
    def aliases(self) -> list[str]:
        return list(self.by_alias)

    def has(self, alias: str) -> bool:
        return alias in self.by_alias

    def deployment(self, dep_id: str) -> Deployment | None:
        return self._by_id.get(dep_id)

    def zones(self, alias: str) -> set[str]:
        return {d.zone for d in self.by_alias.get(alias, [])}

    def backend_name(self, dep: Deployment) -> str:
        return "fast" if dep.id in self._uses_fast else "litellm"

    # -- planning -------------------------------------------------------------------------------
    def _ordered(self, alias: str, zone: str | None) -> list[Deployment]:
        deps = [d for d in self.by_alias.get(alias, []) if zone is None or d.zone == zone]
        if len(deps) > 1:
            start = next(self._rr[alias]) % len(deps)
            deps = deps[start:] + deps[:start]
            now = time.monotonic()
            # Healthy deployments first; cooled-down ones stay as a last resort rather than failing outright.
            deps.sort(key=lambda d: self._health[d.id].cooldown_until > now)
        return deps

    def plan(self, alias: str, zone: str | None = None) -> list[tuple[str, list[Deployment]]]:
        """The aliases to try, in order, each with its deployments allowed in ``zone``."""
        chain = [alias, *[a for a in self.fallbacks.get(alias, []) if a != alias]]
        return [(a, deps) for a in chain if (deps := self._ordered(a, zone))]

    def _attempts(self, ctx: RequestContext) -> list[Deployment]:
        assert ctx.model is not None
        plan = self.plan(ctx.model, ctx.zone_constraint)
        default = None
        if not plan and ctx.zone_constraint in self.zone_defaults:
            # The requested model cannot serve this zone: its configured default model does.
            default = self.zone_defaults[ctx.zone_constraint]
            plan = self.plan(default, ctx.zone_constraint)
        # A fallback is another model: only one the caller's tenant may use, or a fallback would widen
        # what the tenant can reach. (The model asked for, or the zone default policy chose, stays.)
        plan = [(a, deps) for a, deps in plan if a in (ctx.model, default) or self.may_use(ctx.tenant, a)]
        if not plan:
            raise GatewayError(
                403,
                f"No deployment of '{ctx.model}' (or its fallbacks) is in the '{ctx.zone_constraint}' zone "
                "that policy requires for this request.",
                "permission_error",
                param="model",
                code="zone_unavailable",
            )
        plan = self._capable(ctx, plan)
        attempts: list[Deployment] = []
        for _alias, deps in plan:
            tries = self.settings.num_retries + 1
            attempts.extend(deps[i % len(deps)] for i in range(tries))
        return attempts

    @staticmethod
    def _capable(
        ctx: RequestContext, plan: list[tuple[str, list[Deployment]]]
    ) -> list[tuple[str, list[Deployment]]]:
        """Only deployments that can honour the request; none: a 400 that says what is missing."""
        need = required_features(ctx.endpoint, ctx.body or {})
        if not need:
            return plan
        capable = [(a, [d for d in deps if need <= d.supports]) for a, deps in plan]
        capable = [(a, deps) for a, deps in capable if deps]
        if not capable:
            dep = plan[0][1][0]
            missing = sorted(need - dep.supports)
            raise GatewayError(
                400,
                f"Model '{dep.alias}' cannot honour this request: it does not support "
                f"{', '.join(missing)} (model_info.supports), and no fallback that does is configured.",
                "invalid_request_error",
                param="model",
                code="unsupported_by_model",
            )
        return capable

    def _record(self, dep: Deployment, ok: bool) -> None:
        h = self._health[dep.id]
        if ok:
            h.consecutive_failures = 0
            return
        h.consecutive_failures += 1
        if h.consecutive_failures >= self.settings.allowed_fails:
            h.cooldown_until = time.monotonic() + self.settings.cooldown_time
            h.consecutive_failures = 0
            log.warning(
                "deployment %s cooled down for %.0f s after repeated failures",
                dep.id,
                self.settings.cooldown_time,
            )

    def _backend(self, dep: Deployment) -> Any:
        return self.fast if dep.id in self._uses_fast else self.litellm

    def _timeout(self, dep: Deployment, stream: bool) -> float:
        if stream:
            return dep.stream_timeout or self.settings.stream_timeout or dep.timeout or self.settings.timeout
        return dep.timeout or self.settings.timeout

    @staticmethod
    def _final_error(ctx: RequestContext, errors: list[UpstreamError]) -> GatewayError:
        refused = [e for e in errors if e.kind == "policy"]
        faults = [e for e in errors if e.kind != "policy"]
        if not faults:
            # Every deployment the plan offered is one policy keeps this request away from.
            return GatewayError(
                403,
                f"No deployment of '{ctx.model}' (or its fallbacks) may receive this request under the "
                f"policies that apply there ({refused[-1].message}).",
                "permission_error",
                param="model",
                code="zone_unavailable",
            )
        last = faults[-1]
        n = len(faults)
        where = f"'{ctx.model}'" + (" and its fallbacks" if ctx.fallback_used or n > 1 else "")
        if last.kind == "status" and last.status in (400, 413, 422):
            return invalid_request(f"The upstream model rejected the request: {last.message}")
        if all(e.status == 429 for e in faults):
            return upstream_rate_limited(
                f"Upstream rate limit reached for {where} ({n} attempt(s)).", last.retry_after
            )
        summary = f"{n} attempt(s) to {where} failed; last error: {last.message}"
        if refused:
            summary += f"; {len(refused)} fallback(s) refused by policy"
        if last.kind == "timeout":
            return upstream_timeout(f"Upstream timed out: {summary}.")
        return upstream_failed(f"Upstream failed: {summary}.")

    async def _prepare(
        self,
        ctx: RequestContext,
        dep: Deployment,
        body: dict[str, Any],
        seen: dict[str, UpstreamError],
    ) -> dict[str, Any] | UpstreamError:
        """The body this attempt sends, or the refusal that skips it (never an upstream call).
        A refusal is remembered for the request (``seen``): its retries are skipped without asking again."""
        if self.prepare_attempt is None:
            return body
        if dep.id in seen:
            return seen[dep.id]
        prepared = await self.prepare_attempt(ctx, dep)
        if prepared is not None:
            return prepared
        seen[dep.id] = self._refusal(ctx, dep)
        return seen[dep.id]

    @staticmethod
    def _refusal(ctx: RequestContext, dep: Deployment) -> UpstreamError:
        ctx.attempt_log.append(f"{dep.id}@{dep.zone}: refused by policy")
        log.info("request %s: policy keeps it from %s (zone %s)", ctx.request_id, dep.id, dep.zone)
        return UpstreamError(
            "policy",
            f"policy does not let this request reach '{dep.alias}' (zone {dep.zone})",
            deployment_id=dep.id,
        )

    def _begin(self, ctx: RequestContext, dep: Deployment) -> None:
        ctx.attempts += 1
        ctx.deployment_id = dep.id
        ctx.deployment_model = dep.litellm_params.get("model")
        ctx.zone = dep.zone
        if dep.alias != ctx.model:
            ctx.fallback_used = dep.alias

    async def _backoff(self, previous: Deployment | None, dep: Deployment, attempt: int) -> None:
        # Retrying the same deployment right away mostly hits the same fault; a short pause helps.
        if previous is not None and previous.id == dep.id:
            await asyncio.sleep(min(0.05 * 2**attempt, 1.0))

    # -- calls ----------------------------------------------------------------------------------
    async def call(self, ctx: RequestContext, endpoint: str, body: dict[str, Any]) -> dict[str, Any]:
        errors: list[UpstreamError] = []
        seen: dict[str, UpstreamError] = {}
        previous: Deployment | None = None
        for i, dep in enumerate(self._attempts(ctx)):
            send = await self._prepare(ctx, dep, body, seen)
            if isinstance(send, UpstreamError):
                if send not in errors:
                    errors.append(send)
                continue
            await self._backoff(previous, dep, i)
            previous = dep
            self._begin(ctx, dep)
            t0 = time.perf_counter()
            try:
                result: dict[str, Any] = await self._backend(dep).call(
                    dep, endpoint, send, self._timeout(dep, False), ctx.request_id
                )
            except UpstreamError as err:
                ctx.upstream_ms += (time.perf_counter() - t0) * 1000.0
                ctx.upstream_status = err.status
                ctx.attempt_log.append(f"{dep.id}@{dep.zone}: {err.kind} {err.status or ''}".rstrip())
                errors.append(err)
                self._record(dep, False)
                log.info(
                    "request %s: attempt %d on %s failed: %s", ctx.request_id, ctx.attempts, dep.id, err.kind
                )
                if not err.retryable:
                    break
                continue
            ctx.upstream_ms += (time.perf_counter() - t0) * 1000.0
            ctx.upstream_status = 200
            ctx.attempt_log.append(f"{dep.id}@{dep.zone}: ok")
            self._record(dep, True)
            return result
        raise self._final_error(ctx, errors)

    async def open_stream(
        self, ctx: RequestContext, endpoint: str, body: dict[str, Any]
    ) -> AsyncIterator[list[dict[str, Any]]]:
        """Start a stream and return an iterator of chunk batches whose first batch has already arrived.

        Failing before the first chunk is an ordinary failure (retries, fallbacks, an HTTP error
        status). Once a chunk has been handed out, a failure raises :class:`StreamInterrupted`.
        """
        errors: list[UpstreamError] = []
        seen: dict[str, UpstreamError] = {}
        previous: Deployment | None = None
        for i, dep in enumerate(self._attempts(ctx)):
            send = await self._prepare(ctx, dep, body, seen)
            if isinstance(send, UpstreamError):
                if send not in errors:
                    errors.append(send)
                continue
            await self._backoff(previous, dep, i)
            previous = dep
            self._begin(ctx, dep)
            t0 = time.perf_counter()
            agen = self._backend(dep).stream(dep, endpoint, send, self._timeout(dep, True), ctx.request_id)
            try:
                first = await agen.__anext__()
            except StopAsyncIteration:
                err = UpstreamError("protocol", "upstream stream was empty", deployment_id=dep.id)
            except UpstreamError as e:
                err = e
            else:
                ctx.upstream_ms += (time.perf_counter() - t0) * 1000.0
                ctx.upstream_status = 200
                ctx.attempt_log.append(f"{dep.id}@{dep.zone}: ok")
                self._record(dep, True)
                return self._continue(first, agen, dep)
            ctx.upstream_ms += (time.perf_counter() - t0) * 1000.0
            ctx.upstream_status = err.status
            ctx.attempt_log.append(f"{dep.id}@{dep.zone}: {err.kind} {err.status or ''}".rstrip())
            errors.append(err)
            self._record(dep, False)
            await agen.aclose()
            if not err.retryable:
                break
        raise self._final_error(ctx, errors)

    async def _continue(
        self, first: list[dict[str, Any]], agen: AsyncIterator[list[dict[str, Any]]], dep: Deployment
    ) -> AsyncIterator[list[dict[str, Any]]]:
        try:
            yield first
            async for chunk in agen:
                yield chunk
        except UpstreamError as err:
            self._record(dep, False)
            raise StreamInterrupted(err) from None
        finally:
            await agen.aclose()  # type: ignore[attr-defined]

    async def close(self) -> None:
        await self.fast.close()
