"""Signing and hashing keys created at start-up by several processes at once (two replicas, or
two gateways on one host): exactly one key wins, every process uses it, none fails to start."""

from __future__ import annotations

import multiprocessing as mp
import stat
from pathlib import Path

import pytest

from audit.chain import Signer
from audit.config import AuditConfig
from audit.keyfile import write_secret_file


def test_write_secret_file_is_exclusive_and_private(tmp_path: Path) -> None:
    p = write_secret_file(tmp_path / "k" / "secret", b"one")
    assert p.read_bytes() == b"one"
    assert stat.S_IMODE(p.stat().st_mode) == 0o600
    with pytest.raises(FileExistsError):
        write_secret_file(p, b"two")
    assert p.read_bytes() == b"one"  # never overwritten unless asked
    write_secret_file(p, b"three", overwrite=True)
    assert p.read_bytes() == b"three"
    assert sorted(x.name for x in p.parent.iterdir()) == ["secret"]  # no temporary files left


def test_signer_loses_the_race_and_loads_the_winner(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """The key is missing when checked, but another process writes it before this one does."""
    path = tmp_path / "audit.pem"
    winner = Signer.generate()
    real_generate = Signer.generate

    def generate_after_rival() -> Signer:
        winner.save(path)  # the rival process, between our exists() check and our write
        return real_generate()

    monkeypatch.setattr(Signer, "generate", staticmethod(generate_after_rival))
    got = Signer.from_file(path, create=True)
    assert got.key_id == winner.key_id


def _signer_key_id(path: str, start: object) -> str:
    start.wait()  # type: ignore[attr-defined]
    return Signer.from_file(path, create=True).key_id


def _hash_key(cfg_path: str, start: object) -> bytes:
    start.wait()  # type: ignore[attr-defined]
    return AuditConfig(sink="sqlite", path=":memory:", text_hash_key_file=cfg_path).text_hash_key() or b""


@pytest.mark.parametrize("target", [_signer_key_id, _hash_key])
def test_processes_starting_together_share_one_key(tmp_path: Path, target: object) -> None:
    ctx = mp.get_context("spawn")
    for round_ in range(3):
        path = str(tmp_path / f"key-{round_}")
        with ctx.Manager() as manager:
            start = manager.Barrier(8)
            with ctx.Pool(8) as pool:
                results = pool.starmap(target, [(path, start)] * 8)  # type: ignore[arg-type]
        assert len(set(results)) == 1, results
