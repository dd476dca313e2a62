"""Writer behaviour that is not about outages: checkpoints over time, flush, closing."""

from __future__ import annotations

import asyncio

import pytest

from audit.config import AuditConfig, open_store, open_writer
from audit.writer import AuditUnavailable

from .conftest import make_record


async def test_checkpoint_by_time_while_idle(cfg: AuditConfig) -> None:
    cfg = cfg.model_copy(update={"checkpoint_every": 10_000, "checkpoint_interval_s": 0.2})
    w = await open_writer(cfg)
    await w.submit(make_record(0))
    await w.submit(make_record(1))
    store = open_store(cfg)
    try:
        for _ in range(60):
            cps = await store.checkpoints(w.chain_id)
            if any(c.kind == "checkpoint" for c in cps):
                break
            await asyncio.sleep(0.1)
        kinds = [(c.kind, c.seq) for c in cps]
        assert ("genesis", 0) in kinds and ("checkpoint", 2) in kinds, kinds
    finally:
        await w.close()
        await store.close()


async def test_flush_close_and_submit_after_close(cfg: AuditConfig) -> None:
    w = await open_writer(cfg)
    futs = [w.submit_nowait(make_record(i)) for i in range(30)]
    await w.flush()
    assert all(f.done() for f in futs)
    await w.close()
    with pytest.raises(AuditUnavailable, match="not running"):
        w.submit_nowait(make_record(99))
    store = open_store(cfg)
    cps = await store.checkpoints(w.chain_id)
    await store.close()
    assert cps[-1].kind == "close" and cps[-1].seq == 30
