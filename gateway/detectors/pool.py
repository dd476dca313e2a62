"""The worker threads detectors run their CPU work in, apart from asyncio's default pool.

Why apart: the default pool also carries work off the request path (the audit writer's spool appends
and fsyncs while PostgreSQL is down, audit record building, SQLite writes). Sharing it let one
millisecond of PII matching on a long prompt wait seconds in that queue, pass the detector timeout and
be refused as a detector failure (503, ``on_error: closed``): CI saw it on a slow machine while the
reliability run stopped PostgreSQL. Work queued here is only detector work, which is short.
"""

from __future__ import annotations

import asyncio
import contextvars
import functools
import os
from collections.abc import Callable
from concurrent.futures import ThreadPoolExecutor
from typing import ParamSpec, TypeVar

P = ParamSpec("P")
T = TypeVar("T")

#: Enough threads that one slow validator does not hold the others up; more would only contend for
#: the GIL (pattern matching is pure Python) without adding throughput.
WORKERS = min(16, 2 * (os.cpu_count() or 1) + 2)

# Threads start on demand (ThreadPoolExecutor spawns them as work arrives), so an idle gateway holds none.
_POOL = ThreadPoolExecutor(WORKERS, thread_name_prefix="detect")


def executor() -> ThreadPoolExecutor:
    """The process-wide detector pool."""
    return _POOL


async def run_detector_work(fn: Callable[P, T], /, *args: P.args, **kwargs: P.kwargs) -> T:
    """``asyncio.to_thread`` on the detector pool (context variables carried over, as to_thread does)."""
    ctx = contextvars.copy_context()
    call = functools.partial(ctx.run, fn, *args, **kwargs)
    return await asyncio.get_running_loop().run_in_executor(executor(), call)
