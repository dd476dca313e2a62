"""Detector work does not wait behind asyncio's default thread pool.

The default pool also carries the audit writer's spool appends (fsync) while PostgreSQL is down. When
PII matching shared it, a long prompt's millisecond of work waited there for seconds, passed the
detector timeout and was refused as a detector failure (CI, tests/test_reliability_ci.py, slow box).
"""

from __future__ import annotations

import asyncio
import threading

from gateway.detectors.pool import WORKERS, executor
from gateway.pii.detector import PIIDetector
from policies.findings import TextItem

RRN = "900101-1234567"


async def test_pii_on_a_long_prompt_finishes_while_the_default_pool_is_full() -> None:
    loop = asyncio.get_running_loop()
    release = threading.Event()
    # Far more blocked calls than the default pool has threads: anything queued there waits for release.
    blockers = [loop.run_in_executor(None, release.wait, 30) for _ in range(64)]
    try:
        det = PIIDetector(salt=b"s" * 32)
        text = ("행정 문서 요약 요청입니다. " * 400) + f"주민등록번호 {RRN} 입니다."
        assert len(text) > det.inline_max_chars  # the threaded path, not the inline one
        findings = await asyncio.wait_for(det.detect([TextItem("messages[0].content", text)], {}, "input"), 5)
        assert [f.type for f in findings] == ["KR_RRN"]
        assert text[findings[0].start : findings[0].end] == RRN
    finally:
        release.set()
        await asyncio.gather(*blockers)


def test_the_pool_is_bounded_and_shared() -> None:
    assert executor() is executor()
    assert 2 <= WORKERS <= 16
