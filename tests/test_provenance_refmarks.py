"""Reference marks (v3, the default): every block of an answer carries its own 5-byte mark, so any
paragraph copied alone verifies, against the 128-bit keyed digests its audit record keeps (or, without
the audit store, the mark's own 16-bit MAC); within 15 % of a 1 KB answer's size."""

from __future__ import annotations

import asyncio
import hashlib
import json
from pathlib import Path

import pytest

from audit.config import AuditConfig, open_store, open_writer
from bench.mark_size import ANSWER_1KB, ANSWER_1KB_KO, measure
from gateway.cli import main
from gateway.provenance.invisible import (
    LEDGER,
    REF_BYTES,
    SENTINEL,
    MarkInserter,
    MarkKeys,
    MarkLedger,
    claim_mark_digests,
    extract_marks,
    insert_marks,
    strip_marks,
)
from gateway.provenance.keys import Keyring, Signer, write_private_key
from gateway.provenance.verify import (
    EXIT_ALTERED,
    EXIT_BAD_SIGNATURE,
    EXIT_OK,
    MarkRecords,
    find_mark_records,
    mark_record,
    verify_text,
)
from tests.audit.conftest import make_record

SIGNER = Signer.generate()
RING = Keyring([SIGNER.public_key])
KEYS = MarkKeys([SIGNER])

# Five paragraphs of a Korean answer, short ones included (a one-line lead-in, a list).
KO_5 = "\n\n".join(
    (
        "건강보험 자격 확인은 국민건강보험공단 누리집이나 앱에서 할 수 있습니다.",
        "필요한 것:",
        "- 공동인증서 또는 간편인증.\n- 본인 명의 휴대전화.",
        "조회 결과는 PDF로 내려받아 제출처에 낼 수 있으며, 발급 후 90일 동안 진위 확인이 "
        "가능합니다. 기관에 따라 원본 제출을 요구할 수 있으니 미리 확인하세요.",
        "문의는 공단 고객센터 1577-1000으로 하시면 됩니다.",
    )
)
# One UTF-8 byte count for a mark whose five bytes all take 4-byte selectors (the most it can take).
MAX_MARK_BYTES = 3 + 4 * REF_BYTES


def _rid(seed: str) -> str:
    return "req_" + hashlib.sha256(seed.encode()).hexdigest()[:32]


def _records(rid: str) -> MarkRecords:
    found = mark_record(rid, claim_mark_digests(rid))
    assert found is not None
    return {bytes.fromhex(rid[4:])[:3]: [found]}


def test_every_block_has_its_own_short_mark_and_the_text_is_unchanged() -> None:
    rid = _rid("blocks")
    marked = insert_marks(KO_5, SIGNER, rid)
    assert strip_marks(marked) == KO_5
    blocks = marked.split("\n\n")
    assert len(blocks) == 5
    for block in blocks:
        (m,) = extract_marks(block)
        chars = block[m.start : m.end]
        assert m.ref and chars[0] == SENTINEL and len(chars) == 1 + REF_BYTES
        assert len(chars.encode()) <= MAX_MARK_BYTES and m.end == len(block)  # at the end of its block
        assert m.belongs_to(rid) and m.request_id == rid[:10] + "…"
    # a list is one block: one mark after its last item, vouching for every item
    assert blocks[2].count(SENTINEL) == 1
    digests = claim_mark_digests(rid)
    assert digests is not None and len(digests["choices"]) == 1  # type: ignore[arg-type]
    assert len(digests["choices"][0]) == 5  # type: ignore[index]
    assert claim_mark_digests(rid) is None  # claimed once


@pytest.mark.parametrize("with_audit", [True, False])
def test_each_paragraph_of_a_korean_answer_copied_alone_verifies(with_audit: bool) -> None:
    rid = _rid(f"ko5-{with_audit}")
    marked = insert_marks(KO_5, SIGNER, rid)
    records = _records(rid) if with_audit else None
    for block in marked.split("\n\n"):
        report = verify_text(block, RING, None, KEYS, records)
        assert report.exit_code() == EXIT_OK and report.uncovered_chars == 0, (block, report.reasons)
        (seg,) = report.segments
        assert seg.evidence == ("audit" if with_audit else "mac16")
        if with_audit:
            assert seg.record == rid and report.request_ids == [rid] and report.audit_checked == 1
        # re-wrapped, or with spaces doubled, it is the same paragraph
        assert verify_text(block.replace(" ", "  "), RING, None, KEYS, records).ok
    whole = verify_text(marked, RING, None, KEYS, records)
    assert whole.ok and whole.marks == 5


def test_an_edited_paragraph_does_not_verify() -> None:
    rid = _rid("edited")
    marked = insert_marks(KO_5, SIGNER, rid)
    records = _records(rid)
    fourth = marked.split("\n\n")[3]
    edited = fourth.replace("90일", "30일")
    with_audit = verify_text(edited, RING, None, KEYS, records)
    # the record is ours and holds no such text: altered (exit 4)
    assert with_audit.exit_code() == EXIT_ALTERED and with_audit.altered and not with_audit.ok
    offline = verify_text(edited, RING, None, KEYS)
    # the 16-bit MAC alone cannot tell an edit from a mark another key made: no valid mark (exit 3)
    assert offline.exit_code() == EXIT_BAD_SIGNATURE and not offline.ok
    assert verify_text(fourth + " 추가 문장.", RING, None, KEYS, records).exit_code() != EXIT_OK
    # a mark moved onto other text, and a foreign key's marks
    moved = marked.split("\n\n")[0].replace("건강보험", "자동차보험")
    assert not verify_text(moved, RING, None, KEYS, records).ok
    foreign = insert_marks(KO_5, Signer.generate(), _rid("foreign"))
    assert verify_text(foreign, RING, None, KEYS).exit_code() == EXIT_BAD_SIGNATURE


def test_reordered_paragraphs_are_caught_with_the_record() -> None:
    rid = _rid("order")
    parts = insert_marks(KO_5, SIGNER, rid).split("\n\n")
    records = _records(rid)
    swapped = "\n\n".join([parts[1], parts[0], *parts[2:]])
    report = verify_text(swapped, RING, None, KEYS, records)
    assert report.reordered and report.altered and not report.ok


def test_a_paragraph_after_a_heading_or_code_verifies_on_its_own() -> None:
    text = (
        "## 설치\n\n설치 프로그램을 실행하고 끝날 때까지 기다리세요.\n\n"
        "```sh\n./install.sh --prefix /opt\n```\n\n"
        "그다음 서비스를 시작하고 상태 페이지를 확인하세요."
    )
    rid = _rid("heading")
    marked = insert_marks(text, SIGNER, rid)
    records = _records(rid)
    blocks = marked.split("\n\n")
    for excerpt in (blocks[1], blocks[-1]):
        for recs in (records, None):
            report = verify_text(excerpt, RING, None, KEYS, recs)
            assert report.ok and report.uncovered_chars == 0, (excerpt, report.reasons)
    assert verify_text(marked, RING, None, KEYS, records).ok
    # without the record, a mark's MAC vouches for its own block only: the heading and the code block
    # are reported as not covered (exit 5), never as verified
    offline = verify_text(marked, RING, None, KEYS)
    assert not offline.altered and offline.signature_valid and offline.uncovered_chars > 0


@pytest.mark.parametrize("text", [ANSWER_1KB, ANSWER_1KB_KO], ids=["en", "ko"])
def test_size_overhead_on_a_1kb_answer_is_at_most_15_percent(text: str) -> None:
    got = measure(text, SIGNER, "reference", 1)
    assert 900 <= got["bytes"] <= 1100 and 3 <= got["copied_alone"]["blocks"] <= 6
    assert got["overhead_pct"] <= 15.0, got
    # whatever the request id: even if every mark byte took a 4-byte selector
    assert got["marks"] * MAX_MARK_BYTES <= 0.15 * got["bytes"], got
    # and every block copied alone verifies in full, with the record and without it
    for key in ("copied_alone", "copied_alone_mac_only"):
        assert got[key]["verified_alone"] == got[key]["blocks"] == got["marks"], got


def test_the_full_signed_marks_still_work() -> None:
    marked = insert_marks(KO_5, SIGNER, _rid("signed"), compact=False)
    assert all(not m.ref and not m.compact for m in extract_marks(marked))
    assert verify_text(marked, RING).ok  # the public key alone


@pytest.mark.parametrize("cut", [1, 3, 7, 50])
def test_a_stream_in_any_split_gets_the_same_marks(cut: int) -> None:
    rid = _rid("stream")
    whole = insert_marks(KO_5 + "\n", SIGNER, rid)
    inserter = MarkInserter(SIGNER, rid)
    pieces = [KO_5[i : i + cut] for i in range(0, len(KO_5), cut)] + ["\n"]
    assert "".join(inserter.feed(p) for p in pieces) + inserter.finish() == whole
    held = MarkInserter(SIGNER, rid)
    assert held.feed("문단입니다.\n") == "문단입니다." and held.pending == "\n"
    assert held.feed("\n").startswith(SENTINEL) and held.pending == ""
    last = extract_marks(whole)[-1]
    assert whole[last.end :] == "\n"  # a held newline: the mark goes before it, as in a copied paragraph


def test_the_ledger_is_bounded() -> None:
    ledger = MarkLedger(max_requests=3)
    for i in range(5):
        ledger.open(f"r{i}", "k").append("00" * 16)
    assert ledger.claim("r0") is None and ledger.claim("r4") == {"key_id": "k", "choices": [["00" * 16]]}
    assert len(LEDGER._open) <= LEDGER.max


async def _store_record(tmp: Path, rid: str, marks: object) -> AuditConfig:
    cfg = AuditConfig(
        path=str(tmp / "audit.db"), spool_dir=str(tmp / "spool"), signing_key=str(tmp / "a.pem")
    )
    w = await open_writer(cfg)
    await w.submit(make_record(1, request_id=rid, marks=marks))
    await w.close()
    return cfg


def test_the_audit_store_holds_the_digests_and_find_mark_records_reads_them(tmp_path: Path) -> None:
    rid = _rid("store")
    marked = insert_marks(KO_5, SIGNER, rid)
    cfg = asyncio.run(_store_record(tmp_path, rid, claim_mark_digests(rid)))

    async def find() -> MarkRecords:
        store = open_store(cfg)
        try:
            return await find_mark_records(store, marked.split("\n\n")[2], KEYS)
        finally:
            await store.close()

    records = asyncio.run(find())
    ((rec,),) = records.values()
    assert rec.request_id == rid and rec.key_id == SIGNER.key_id and len(rec.choices[0]) == 5
    report = verify_text(marked.split("\n\n")[2], RING, None, KEYS, records)
    assert report.ok and report.segments[0].evidence == "audit"
    # another key's records are not read (their digests mean nothing to us)
    assert asyncio.run(find_mark_records(open_store(cfg), marked, MarkKeys([Signer.generate()]))) == {}


def test_cli_verify_reads_the_configs_audit_store(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    write_private_key(SIGNER, tmp_path / "k.pem")
    (tmp_path / "gateway.yaml").write_text(
        "model_list:\n  - model_name: m\n    litellm_params: {model: openai/m, api_base: 'http://127.0.0.1:9/v1'}\n"
        "provenance:\n  signing_key: k.pem\n"
        "audit: {sink: sqlite, path: audit.db, spool_dir: spool, signing_key: audit.pem}\n"
    )
    rid = _rid("cli")
    marked = insert_marks(KO_5, SIGNER, rid)
    asyncio.run(_store_record(tmp_path, rid, claim_mark_digests(rid)))
    config = str(tmp_path / "gateway.yaml")
    (tmp_path / "p.txt").write_text(marked.split("\n\n")[3], encoding="utf-8")
    assert main(["watermark", "verify", str(tmp_path / "p.txt"), "--config", config, "--json"]) == EXIT_OK
    out = json.loads(capsys.readouterr().out)
    assert out["audit_checked"] == 1 and out["request_ids"] == [rid]
    (tmp_path / "e.txt").write_text(marked.split("\n\n")[3].replace("90일", "30일"), encoding="utf-8")
    assert main(["watermark", "verify", str(tmp_path / "e.txt"), "--config", config]) == EXIT_ALTERED
    capsys.readouterr()
    # --no-audit: the mark's own MAC only
    assert (
        main(["watermark", "verify", str(tmp_path / "p.txt"), "--config", config, "--no-audit", "--json"])
        == 0
    )
    out = json.loads(capsys.readouterr().out)
    assert out["audit_checked"] == 0 and out["segments"][0]["evidence"] == "mac16"
