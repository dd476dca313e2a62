"""The spool on its own: fsync'd batches, torn tails, corruption, adoption of a dead writer's spool."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from audit.chain import ChainState, Signer
from audit.spool import Spool, SpoolFull, read_segment

from .conftest import make_record


def batch(state: ChainState, lo: int, hi: int):
    return [state.append(make_record(i).canonical()) for i in range(lo, hi)]


def test_append_read_and_torn_tail(tmp_path: Path) -> None:
    st = ChainState("c1", Signer.generate())
    sp = Spool(tmp_path, "w1")
    sp.open()
    sp.append(batch(st, 0, 5), [st.genesis()])
    sp.append(batch(st, 5, 8), [])
    sp.rotate()
    (seg,) = sp.segments()
    with open(seg, "ab") as f:  # a crash in the middle of the next append
        f.write(b'{"e":[{"chain_id":"c1","seq":9')
    got = list(read_segment(seg))
    assert [len(b.entries) for b in got] == [5, 3] and got[0].checkpoints[0].kind == "genesis"
    assert [e.seq for b in got for e in b.entries] == list(range(1, 9))
    sp.close()


def test_corrupt_line_is_reported_and_quarantined(tmp_path: Path) -> None:
    st = ChainState("c1", None)
    sp = Spool(tmp_path, "w1")
    sp.open()
    sp.append(batch(st, 0, 2), [])
    sp.append(batch(st, 2, 4), [])
    sp.rotate()
    (seg,) = sp.segments()
    data = seg.read_bytes().replace(b"req-000000", b"req-999999")  # content no longer matches its hash
    seg.write_bytes(data)
    with pytest.raises(ValueError, match="line 1"):
        list(read_segment(seg))
    dest = sp.quarantine(seg, "test")
    assert dest.exists() and dest.name.startswith("corrupt-") and not sp.segments()
    sp.close()
    assert dest.exists()  # never silently deleted


def test_spool_full(tmp_path: Path) -> None:
    st = ChainState("c1", None)
    sp = Spool(tmp_path, "w1", max_bytes=3000)
    sp.open()
    sp.append(batch(st, 0, 1), [])
    with pytest.raises(SpoolFull):
        sp.append(batch(st, 1, 10), [])
    sp.close()


def test_live_spool_is_not_adopted_but_a_dead_one_is(tmp_path: Path) -> None:
    st = ChainState("c1", None)
    a = Spool(tmp_path, "a")
    a.open()
    a.append(batch(st, 0, 3), [])
    b = Spool(tmp_path, "b")
    b.open()
    assert not b.segments()  # a is alive (holds its flock)
    with pytest.raises(RuntimeError, match="in use"):
        Spool(tmp_path, "a").open()
    a.rotate()
    os.close(a._lock_fd)  # what the kernel does when a's process dies
    a._lock_fd = None
    assert b.adopt_orphans() == [tmp_path / "a"]
    (seg,) = b.segments()
    assert [e.seq for bt in read_segment(seg) for e in bt.entries] == [1, 2, 3]
    b.done(seg)
    assert not (tmp_path / "a").exists()
    b.close()
