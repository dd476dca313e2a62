"""What invisible marks cost in size, and whether every copied paragraph still verifies. Prints JSON.

    .venv/bin/python bench/mark_size.py [--repeats 5]

For a typical 1 KB answer (English; and a Korean one of the same byte size) and the 4 KB synthetic
answer of bench/watermark.py: bytes added by reference (v3, the default), compact (v2) and signed (v1)
marks, the number of marks, and how many blocks (blank-line separated) verify when copied out alone:
reference marks checked against their audit record's digests (as the gateway's verify endpoint and
``watermark verify --config`` do) and by their own 16-bit MAC alone. ``tradeoff`` gives, for other
reference-mark sizes, the bytes a mark takes, the overhead on the 1 KB answers and what a guess costs.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import random
import sys
import time
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from gateway.provenance.invisible import (
    COMPACT_BYTES,
    MAC_BYTES,
    REF_BYTES,
    REF_ID_BYTES,
    REF_MAC_BYTES,
    MarkKeys,
    claim_mark_digests,
    extract_marks,
    insert_marks,
)
from gateway.provenance.keys import Keyring, Signer
from gateway.provenance.verify import EXIT_OK, EXIT_UNCOVERED, MarkRecords, mark_record, verify_text

# A typical chat answer of about 1 KB: a short lead, a list, a closing paragraph.
ANSWER_1KB = "\n\n".join(
    (
        "To renew a passport in Korea, you can apply at any district office or online "
        "through the government portal. The process usually takes about a week.",
        "You will need the following:",
        "- Your current passport, even if it has expired. Damaged passports need a "
        "separate form.\n"
        "- One recent photo, 3.5 by 4.5 centimetres, taken within the last six months.\n"
        "- Your resident registration card or another official photo ID.",
        "The fee depends on the validity period and the number of pages. A ten-year "
        "passport with 58 pages costs more than one with 26 pages, and applicants under "
        "eighteen get a shorter validity period.",
        "If you are abroad, apply at the nearest Korean embassy or consulate instead. "
        "Processing there takes longer, often three to four weeks, because the passport "
        "is issued in Seoul and sent by diplomatic mail. Check the consulate's website "
        "for appointment rules before you go, and bring a printed copy of your "
        "appointment confirmation. Staff may ask for it at the entrance.",
    )
)

ANSWER_1KB_KO = "\n\n".join(
    (
        "여권 재발급은 가까운 구청이나 시청 민원실에서 신청할 수 있으며, "
        "정부24를 통해 온라인으로도 신청할 수 있습니다. 보통 일주일 정도 "
        "걸립니다.",
        "준비물은 다음과 같습니다.",
        "- 기존 여권 (기간이 지났어도 가져가야 합니다).\n"
        "- 최근 6개월 이내에 촬영한 여권용 사진 1매.\n"
        "- 주민등록증 또는 신분증.",
        "수수료는 유효기간과 면수에 따라 다릅니다. 10년 복수여권 58면은 "
        "26면보다 비싸며, 만 18세 미만은 유효기간이 더 짧습니다.",
        "해외에 있다면 가까운 재외공관에 신청하세요. 여권은 서울에서 발급되어 "
        "외교행낭으로 전달되므로 3~4주가 걸릴 수 있습니다. 방문 전에 공관 "
        "누리집에서 예약 방법을 확인하세요.",
        "급하게 출국해야 한다면 긴급여권이나 여행증명서를 신청할 수 있습니다. "
        "항공권 등 긴급성을 증명하는 서류를 함께 제출해야 합니다.",
    )
)


def answer_1kb() -> str:
    return ANSWER_1KB


def _records(rid: str) -> tuple[MarkRecords, int]:
    """What the audit record of ``rid`` would hold (the digests the inserter left in the ledger), and
    its size in the record's JSON."""
    digests = claim_mark_digests(rid)
    found = mark_record(rid, digests)
    size = len(json.dumps({"marks": digests}, separators=(",", ":"))) if digests else 0
    return ({bytes.fromhex(rid[4:])[:REF_ID_BYTES]: [found]} if found else {}), size


def _copied(marked: str, keys: MarkKeys, ring: Keyring, records: MarkRecords | None) -> dict[str, int]:
    """Each block (blank-line separated) copied out alone: how many verify (its own mark, or the tail
    of the next mark's segment)."""
    blocks = [p for p in marked.split("\n\n") if p.strip()]
    codes = [verify_text(p, ring, None, keys, records).exit_code() for p in blocks]
    return {
        "blocks": len(blocks),
        "blocks_with_a_mark": sum(bool(extract_marks(p)) for p in blocks),
        "verified_alone": codes.count(EXIT_OK),  # every character vouched for
        "partly_verified_alone": codes.count(EXIT_UNCOVERED),  # e.g. a list: its last item vouched for
    }


def measure(text: str, signer: Signer, fmt: str, repeats: int) -> dict[str, Any]:
    # a fixed id whose bytes are as random as a real one's (an all-zero id would encode in 3-byte selectors)
    rid = "req_" + hashlib.sha256(b"bench/mark_size").hexdigest()[:32]
    keys, ring = MarkKeys([signer]), Keyring([signer.public_key])
    compact, version = {"reference": (True, 3), "compact_v2": (True, 2), "signed": (False, None)}[fmt]
    marked = insert_marks(text, signer, rid, compact=compact, version=version)
    records, record_bytes = _records(rid) if fmt == "reference" else (None, 0)
    marks = extract_marks(marked)
    size, added = len(text.encode()), len(marked.encode()) - len(text.encode())
    t0 = time.perf_counter()
    for _ in range(repeats):
        report = verify_text(marked, ring, None, keys, records)
    verify_ms = (time.perf_counter() - t0) / repeats * 1000
    out = {
        "bytes": size,
        "marks": len(marks),
        "bytes_added": added,
        "bytes_per_mark": round(added / max(1, len(marks)), 1),
        "overhead_pct": round(100 * added / size, 1),
        "whole_text_verifies": report.ok,
        "verify_ms": round(verify_ms, 3),
        "copied_alone": _copied(marked, keys, ring, records),
    }
    if fmt == "reference":
        out["copied_alone_mac_only"] = _copied(marked, keys, ring, None)
        out["audit_record_bytes"] = record_bytes  # "marks" in the audit record: 128-bit digests
    return out


def tradeoff(marks: int, size: int) -> list[dict[str, Any]]:
    """Other reference-mark sizes, same mark count: a variation selector takes 4 UTF-8 bytes (3 for the 16
    of 256 values in the BMP), the word joiner 3."""
    rows = []
    for id_bytes, mac_bytes in ((2, 2), (3, 1), (3, 2), (3, 3), (4, 4)):
        payload = id_bytes + mac_bytes
        per_mark = 3 + payload * (4 * 240 + 3 * 16) / 256
        rows.append(
            {
                "request_id_bits": 8 * id_bytes,
                "mac_bits": 8 * mac_bytes,
                "mark_bytes": round(per_mark, 1),
                "overhead_pct_1kb": round(100 * marks * per_mark / size, 1),
                "guess_passes_without_audit": f"2^-{8 * mac_bytes}",
                "current": (id_bytes, mac_bytes) == (REF_ID_BYTES, REF_MAC_BYTES),
            }
        )
    return rows


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--repeats", type=int, default=5)
    args = parser.parse_args()
    from bench.watermark import answer

    signer = Signer.generate()
    texts = {
        "typical_1kb_en": ANSWER_1KB,
        "typical_1kb_ko": ANSWER_1KB_KO,
        "synthetic_4kb": answer(random.Random(20261124), 4_000),
    }
    out: dict[str, Any] = {
        "mark_bytes": {
            "reference_v3": REF_BYTES,
            "compact_v2": COMPACT_BYTES,
            "compact_v2_tail": COMPACT_BYTES + MAC_BYTES,
        },
        "results": {
            name: {
                fmt: measure(text, signer, fmt, args.repeats) for fmt in ("reference", "compact_v2", "signed")
            }
            for name, text in texts.items()
        },
    }
    first = out["results"]["typical_1kb_ko"]["reference"]
    out["tradeoff_1kb_ko"] = tradeoff(first["marks"], first["bytes"])
    print(json.dumps(out, indent=2, ensure_ascii=False))


if __name__ == "__main__":
    main()
