"""Hot reload: atomic swap, a broken file keeps the old set, requests keep flowing."""

from __future__ import annotations

import os
import threading
import time

import pytest

from policies.evaluator import evaluate
from policies.loader import PolicyLoadError
from policies.matcher import RequestMeta
from policies.store import PolicyStore

from .helpers import policy_yaml

V1 = policy_yaml("p", rules="- {id: kw, detector: keywords, params: {keywords: [alpha]}, action: block}")
V2 = policy_yaml("p", rules="- {id: kw, detector: keywords, params: {keywords: [alpha]}, action: redact}")
BROKEN = V1.replace("action: block", "action: blokk")
REQ = RequestMeta.build(tenant="t")


def _bump(path):
    """Make sure the mtime moves even on coarse-grained filesystems."""
    st = path.stat()
    os.utime(path, ns=(st.st_atime_ns, st.st_mtime_ns + 10_000_000))


def test_initial_invalid_set_raises(write):
    path = write("p.yaml", BROKEN)
    with pytest.raises(PolicyLoadError, match="p.yaml:7:65:"):
        PolicyStore([path])


def test_reload_swaps_and_broken_file_keeps_old_set(write):
    path = write("p.yaml", V1)
    events = []
    store = PolicyStore([path], on_reload=lambda ok, s: events.append(ok))
    v1 = store.version
    assert store.poll() is None  # unchanged
    path.write_text(V2, encoding="utf-8")
    _bump(path)
    assert store.poll() is True
    assert store.version != v1 and store.current.by_name["p"].rules[0].action == "redact"
    good = store.current
    path.write_text(BROKEN, encoding="utf-8")
    _bump(path)
    assert store.poll() is False
    assert store.current is good  # old set still in force
    assert "p.yaml:7:65:" in store.last_error and "blokk" in store.last_error
    assert store.reload_errors == 1
    assert store.poll() is None  # the same broken content is not retried in a loop
    status = store.status()
    assert status["version"] == good.version and status["last_error"] == store.last_error
    assert [p["name"] for p in status["policies"]] == ["p"]
    path.write_text(V1, encoding="utf-8")
    _bump(path)
    assert store.poll() is True and store.last_error is None and store.version == v1
    assert events == [True, False, True]


def test_known_detectors_are_enforced_on_reload(write):
    path = write("p.yaml", V1)
    store = PolicyStore([path], known_detectors={"keywords"})
    path.write_text(V1.replace("detector: keywords", "detector: pii"), encoding="utf-8")
    _bump(path)
    assert store.reload() is False and "unknown detector 'pii'" in store.last_error


def test_new_and_deleted_files_are_noticed(write):
    path = write("lib/a.yaml", V1)
    store = PolicyStore([path.parent])
    extra = write("lib/b.yaml", policy_yaml("q", rules="- {id: n, direction: output, action: notice}"))
    assert store.poll() is True and set(store.current.by_name) == {"p", "q"}
    extra.unlink()
    assert store.poll() is True and set(store.current.by_name) == {"p"}


def test_requests_keep_flowing_during_reloads_with_broken_files(write):
    """Many readers evaluate continuously while a writer flips between good, other-good and broken
    content. No request fails and every decision comes from a complete, valid set."""
    path = write("p.yaml", V1)
    store = PolicyStore([path])
    valid_versions = {store.version}
    stop = threading.Event()
    failures: list[BaseException] = []
    decisions: list[tuple[str, str]] = []

    def reader() -> None:
        while not stop.is_set():
            try:
                ps = store.current  # one reference for the whole request
                plan = ps.plan(ps.match(REQ), "input", REQ)
                d = evaluate(plan, {"p/kw": []})
                assert d.action == "allow"
                decisions.append((d.policy_version, ps.version))
            except BaseException as exc:  # noqa: BLE001 - the test collects anything
                failures.append(exc)

    threads = [threading.Thread(target=reader) for _ in range(3)]
    for t in threads:
        t.start()
    try:
        for i in range(15):
            text = (V1, BROKEN, V2)[i % 3]
            path.write_text(text, encoding="utf-8")
            _bump(path)
            store.poll()
            if text is not BROKEN:
                valid_versions.add(store.version)
            time.sleep(0.002)
    finally:
        stop.set()
        for t in threads:
            t.join()
    assert not failures
    assert decisions and all(dv == sv for dv, sv in decisions)
    assert {v for v, _ in decisions} <= valid_versions
    assert store.reload_errors == 5


def test_background_thread_picks_up_changes(write):
    path = write("p.yaml", V1)
    store = PolicyStore([path])
    v1 = store.version
    store.start(poll_interval_s=0.02)
    try:
        path.write_text(V2, encoding="utf-8")
        _bump(path)
        deadline = time.time() + 5
        while store.version == v1 and time.time() < deadline:
            time.sleep(0.01)
        assert store.version != v1
    finally:
        store.stop()


def test_configmap_style_symlink_swap_is_picked_up(tmp_path):
    """Kubernetes mounts a ConfigMap as `..data -> ..<timestamp>/` plus visible symlinks; an update
    swaps `..data`. Hidden dirs are skipped (no duplicate policies) and the swap is noticed."""
    mount = tmp_path / "policies"
    mount.mkdir()
    v1_dir = mount / "..2026_01_01"
    v1_dir.mkdir()
    (v1_dir / "p.yaml").write_text(V1, encoding="utf-8")
    (mount / "..data").symlink_to(v1_dir.name)
    (mount / "p.yaml").symlink_to("..data/p.yaml")
    store = PolicyStore([mount])
    assert [p.name for p in store.current.policies] == ["p"]
    v2_dir = mount / "..2026_01_02"
    v2_dir.mkdir()
    (v2_dir / "p.yaml").write_text(V2, encoding="utf-8")
    _bump(v2_dir / "p.yaml")
    (mount / "..data_tmp").symlink_to(v2_dir.name)
    os.replace(mount / "..data_tmp", mount / "..data")
    assert store.poll() is True
    assert store.current.by_name["p"].rules[0].action == "redact"
