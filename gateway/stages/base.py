"""The request pipeline: an ordered list of stages over one :class:`RequestContext`.

Input stages run before the upstream call, in order; any of them may transform ``ctx.body``,
record findings, or stop the request by raising :class:`~gateway.errors.GatewayError`.
Output stages see the upstream's answer: whole (``on_response``) or as a stream, through a
:class:`StreamFilter` each that may hold back, rewrite or stop chunks. The list itself is built
in one place, :func:`gateway.stages.build.build_pipeline`; a detector is not a stage (it registers
itself, gateway/detectors/registry.py, and the policy stages run it when a rule names it).
"""

from __future__ import annotations

import time
from collections.abc import Callable, Sequence
from typing import TYPE_CHECKING, Any, Protocol, runtime_checkable

from gateway.context import RequestContext
from gateway.errors import GatewayError

if TYPE_CHECKING:
    from gateway.tracing import Tracing


@runtime_checkable
class InputStage(Protocol):
    name: str

    async def run(self, ctx: RequestContext) -> None: ...


@runtime_checkable
class StreamFilter(Protocol):
    """Sees every chunk of one streamed response, in order.

    ``feed`` returns the chunks to forward now (possibly none: held back, or several: released);
    ``finish`` is called once at the end of the stream and returns what is still held.
    Raising :class:`~gateway.errors.GatewayError` stops the stream at once (an error event). A filter
    that ends the stream gracefully instead sets ``stopped`` (the route stops reading the upstream,
    flushes the filters) and, for a block, ``stop_error`` (sent as the stream's error event).
    """

    stopped: bool
    stop_error: GatewayError | None

    async def feed(self, chunk: dict[str, Any]) -> list[dict[str, Any]]: ...

    async def finish(self) -> list[dict[str, Any]]: ...


class PassThrough:
    """Base of the filters that never stop a stream."""

    stopped = False
    stop_error: GatewayError | None = None


@runtime_checkable
class OutputStage(Protocol):
    name: str

    async def on_response(self, ctx: RequestContext, response: dict[str, Any]) -> dict[str, Any]: ...

    def stream_filter(self, ctx: RequestContext) -> StreamFilter | None: ...


class Pipeline:
    def __init__(self, input_stages: Sequence[InputStage], output_stages: Sequence[OutputStage]) -> None:
        self.input_stages = list(input_stages)
        self.output_stages = list(output_stages)
        self.tracing: Tracing | None = None  # when traces are on: a span per stage
        # Called once per request when it has ended (answered, failed or disconnected).
        self.on_finish: list[Callable[[RequestContext], None]] = []

    def describe(self) -> dict[str, list[str]]:
        """The stage names in order: logged at start-up, pinned by tests/test_pipeline.py."""
        return {"input": [s.name for s in self.input_stages], "output": [s.name for s in self.output_stages]}

    async def run_input(self, ctx: RequestContext) -> None:
        tracing = self.tracing
        for stage in self.input_stages:
            t0 = time.perf_counter()
            try:
                if tracing is None:
                    await stage.run(ctx)
                else:
                    with tracing.stage(stage.name):
                        await stage.run(ctx)
            finally:
                ctx.timings[stage.name] = (time.perf_counter() - t0) * 1000.0

    async def run_output(self, ctx: RequestContext, response: dict[str, Any]) -> dict[str, Any]:
        tracing = self.tracing
        for stage in self.output_stages:
            t0 = time.perf_counter()
            try:
                if tracing is None:
                    response = await stage.on_response(ctx, response)
                else:
                    with tracing.stage(stage.name):
                        response = await stage.on_response(ctx, response)
            finally:
                ctx.timings[stage.name] = (time.perf_counter() - t0) * 1000.0
        return response

    def finished(self, ctx: RequestContext) -> None:
        for hook in self.on_finish:
            hook(ctx)

    def stream_filters(self, ctx: RequestContext) -> list[StreamFilter]:
        filters = []
        for stage in self.output_stages:
            f = stage.stream_filter(ctx)
            if f is not None:
                filters.append(f)
        return filters


async def feed_all(filters: Sequence[StreamFilter], chunk: dict[str, Any]) -> list[dict[str, Any]]:
    """Pass one chunk through the filters in order; each filter's output feeds the next."""
    pending = [chunk]
    for f in filters:
        out: list[dict[str, Any]] = []
        for c in pending:
            out.extend(await f.feed(c))
        pending = out
        if not pending:
            break
    return pending


async def finish_all(filters: Sequence[StreamFilter]) -> list[dict[str, Any]]:
    """Flush the filters in order: what one releases at the end still passes the later ones."""
    pending: list[dict[str, Any]] = []
    for f in filters:
        out: list[dict[str, Any]] = []
        for c in pending:
            out.extend(await f.feed(c))
        out.extend(await f.finish())
        pending = out
    return pending
