"""A stand-in gateway process for the multi-process and SIGKILL tests.

    python -m tests.audit.writer_proc '<AuditConfig JSON>' START COUNT [CONCURRENCY]

Submits records START..START+COUNT-1 (COUNT 0 = forever) with CONCURRENCY in flight and prints
``ACK <request_id> <seq> <db|spool>`` for each record *after* the writer acknowledged it."""

from __future__ import annotations

import asyncio
import os
import sys

from audit.config import AuditConfig, open_writer
from tests.audit.conftest import make_record


async def main() -> None:
    cfg = AuditConfig.model_validate_json(sys.argv[1])
    start, count = int(sys.argv[2]), int(sys.argv[3])
    conc = int(sys.argv[4]) if len(sys.argv) > 4 else 32
    w = await open_writer(cfg)
    out = sys.stdout
    out.write(f"READY {w.chain_id}\n")
    out.flush()
    go = os.environ.get("AUDIT_TEST_GO_FILE")
    while go and not os.path.exists(go):  # start together with the other process
        await asyncio.sleep(0.01)
    sem = asyncio.Semaphore(conc)

    def acked(i: int, fut: asyncio.Future) -> None:
        sem.release()
        if not fut.cancelled() and fut.exception() is None:
            r = fut.result()
            out.write(f"ACK req-{i:06d} {r.seq} {r.stored}\n")
            out.flush()

    i = start
    while count == 0 or i < start + count:
        await sem.acquire()
        fut = w.submit_nowait(make_record(i))
        fut.add_done_callback(lambda f, i=i: acked(i, f))
        i += 1
    await w.flush()
    await w.close()
    out.write("DONE\n")
    out.flush()


if __name__ == "__main__":
    asyncio.run(main())
