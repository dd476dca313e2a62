"""Check a text: is it marked, by whom, is every signature good, was it changed since delivery?"""

from __future__ import annotations

from dataclasses import asdict, dataclass, field
from typing import Any

from gateway.provenance.invisible import (
    _TAIL_MAX_CHARS,
    _TAIL_TRIES,
    RECORD_DIGEST_BYTES,
    SEQ_MOD,
    Mark,
    MarkKeys,
    extract_marks,
    record_digest,
)
from gateway.provenance.keys import Keyring
from gateway.provenance.record import ProvenanceError, content_digest, parse_token
from gateway.provenance.record import verify as verify_record

# Exit codes of ``safety-gateway watermark verify`` (2 is argparse's, for usage and input errors).
EXIT_OK = 0
EXIT_NO_MARK = 1
EXIT_USAGE = 2
EXIT_BAD_SIGNATURE = 3
EXIT_ALTERED = 4
EXIT_UNCOVERED = 5


@dataclass
class SegmentReport:
    index: int
    seq: int | None
    request_id: str | None
    start: int  # character offsets of the text the mark vouches for
    end: int
    signature_valid: bool
    key_id: str | None
    altered: bool
    partial: bool = False  # an excerpt starting inside the segment: only its last paragraph is vouched for
    # How the mark was checked: "signature" (v1), "mac32" (v2), "audit" (v3: the 128-bit digest in the
    # audit record of the request), "mac16" (v3 without an audit record: its 16-bit MAC only).
    evidence: str | None = None
    record: str | None = None  # v3 checked in the audit: the request id of the record that holds it


@dataclass
class VerifyReport:
    mark_present: bool = False
    marks: int = 0
    request_ids: list[str] = field(default_factory=list)
    key_id: str | None = None
    signature_valid: bool | None = None  # None: nothing signed was found
    segments: list[SegmentReport] = field(default_factory=list)
    uncovered_chars: int = 0  # visible characters no mark vouches for (after the last mark, or
    # before the last paragraph of an excerpt's first segment)
    reordered: bool = False
    token_present: bool = False
    token_valid: bool | None = None
    token_request_id: str | None = None
    token_choice: int | None = None  # which choice digest in the token the text matches
    altered: bool = False
    needs_secret: bool = False  # compact marks were found but no private key to check them with
    audit_checked: int = 0  # reference marks checked against the digests in their audit record
    reasons: list[str] = field(default_factory=list)

    @property
    def ok(self) -> bool:
        return self.exit_code() == EXIT_OK

    def exit_code(self) -> int:
        if not (self.mark_present or self.token_present):
            return EXIT_NO_MARK
        if self.needs_secret:
            return EXIT_USAGE
        if self.signature_valid is False or self.token_valid is False:
            return EXIT_BAD_SIGNATURE
        if self.altered:
            return EXIT_ALTERED
        if self.uncovered_chars and self.token_choice is None:
            return EXIT_UNCOVERED
        return EXIT_OK

    def to_dict(self) -> dict[str, Any]:
        return {**asdict(self), "ok": self.ok, "exit_code": self.exit_code()}


def _check_compact(mark: Mark, first: bool, keys: MarkKeys) -> tuple[str | None, bool, int]:
    """(key id, altered, where the vouched-for text starts in the segment) of a compact mark."""
    found = mark.tag_key(keys)
    if found is None:
        return None, False, 0
    key_id, secret = found
    if mark.mac_matches(secret):
        return key_id, False, 0
    if first:  # an excerpt may start inside the first segment: its last paragraph can still match
        start = mark.compact_tail_start(secret)
        if start is not None:
            return key_id, False, start
    return key_id, True, 0


@dataclass(frozen=True)
class MarkRecord:
    """What one audit record says its reference marks vouch for (``AuditRecord.marks``)."""

    request_id: str
    key_id: str
    choices: tuple[tuple[tuple[bytes, bytes | None], ...], ...]  # per choice, per mark: (segment, tail)


# Audit records with reference marks, by the 3-byte request id prefix their marks carry.
MarkRecords = dict[bytes, list[MarkRecord]]
MAX_PREFIXES = 64  # requests one verification looks up
MAX_CANDIDATES = 50  # records per prefix (24 bits: more than one only in a very large store)


def _digest_pair(value: str) -> tuple[bytes, bytes | None] | None:
    seg, _, tail = value.partition("/")
    try:
        pair = bytes.fromhex(seg), bytes.fromhex(tail) if tail else None
    except ValueError:
        return None
    return pair if len(pair[0]) == RECORD_DIGEST_BYTES else None


def mark_record(request_id: str, marks: Any) -> MarkRecord | None:
    """From an audit record's ``marks`` ({key_id, choices}); None when it has none or is malformed."""
    if marks is None:
        return None
    data = marks if isinstance(marks, dict) else marks.model_dump()
    choices = []
    for choice in data.get("choices") or ():
        pairs = [_digest_pair(v) for v in choice if isinstance(v, str)]
        choices.append(tuple(p for p in pairs if p is not None))
    key_id = data.get("key_id")
    if not isinstance(key_id, str) or not any(choices):
        return None
    return MarkRecord(request_id, key_id, tuple(choices))


async def find_mark_records(store: Any, text: Any, mark_keys: MarkKeys | None) -> MarkRecords:
    """The audit records that the reference marks in ``text`` point to (by their request id prefix),
    kept when a key in ``mark_keys`` made them. ``store``: an audit.sinks AuditSink."""
    from audit import AuditQuery

    found: MarkRecords = {}
    if not isinstance(text, str) or mark_keys is None or not len(mark_keys):
        return found
    prefixes = list(dict.fromkeys(m.request_key for m in extract_marks(text) if m.well_formed and m.ref))
    held = {key_id for key_id, _ in mark_keys}
    for prefix in prefixes[:MAX_PREFIXES]:
        page = await store.query(AuditQuery(request_id_prefix="req_" + prefix.hex(), limit=MAX_CANDIDATES))
        for item in page.items:
            rec = item.record
            got = mark_record(rec.request_id, getattr(rec, "marks", None))
            if got is not None and got.key_id in held:
                found.setdefault(prefix, []).append(got)
    return found


def _match_record(mark: Mark, first: bool, secret: bytes, rec: MarkRecord) -> tuple[int, int, int] | None:
    """(choice, mark index, start in the segment) when the segment (or, for an excerpt's first mark,
    its end from some line start) has a digest the record holds."""
    whole: dict[bytes, tuple[int, int]] = {}
    tails: dict[bytes, tuple[int, int]] = {}
    for c, pairs in enumerate(rec.choices):
        for j, (seg_digest, tail_digest) in enumerate(pairs):
            whole.setdefault(seg_digest, (c, j))
            tails.setdefault(tail_digest or seg_digest, (c, j))
    hit = whole.get(record_digest(secret, mark.segment))
    if hit is not None:
        return (*hit, 0)
    if not first:
        return None
    seg = mark.segment
    start = len(seg)
    for _ in range(_TAIL_TRIES):  # latest line starts first, bounded as for signed marks
        start = seg.rfind("\n", 0, max(start - 1, 0)) + 1
        if len(seg) - start > _TAIL_MAX_CHARS:
            return None
        d = record_digest(secret, seg[start:])
        hit = tails.get(d) or whole.get(d)
        if hit is not None:
            return (*hit, start)
        if start == 0:
            return None
    return None


def _check_ref(
    mark: Mark, first: bool, keys: MarkKeys, records: MarkRecords | None
) -> tuple[str | None, bool, int, str, tuple[str, int, int] | None]:
    """(key id, altered, start in the segment, evidence, (request id, choice, index)) of a v3 mark."""
    secrets = dict(keys)
    candidates = [r for r in (records or {}).get(mark.request_key, ()) if r.key_id in secrets]
    for rec in candidates:
        hit = _match_record(mark, first, secrets[rec.key_id], rec)
        if hit is not None:
            return rec.key_id, False, hit[2], "audit", (rec.request_id, hit[0], hit[1])
    if candidates:  # our record, and it holds no such text: edited
        return candidates[0].key_id, True, 0, "audit", None
    found = mark.ref_key(keys)
    if found is None:
        return None, False, 0, "mac16", None
    return found[0], False, found[1], "mac16", None


def verify_text(
    text: str,
    keyring: Keyring,
    token: str | None = None,
    mark_keys: MarkKeys | None = None,
    records: MarkRecords | None = None,
) -> VerifyReport:
    """Verify the marks in ``text`` and, when given, the provenance ``token`` of its response.

    Each mark vouches for its own segment, so one paragraph copied out of a marked answer verifies
    on its own. With a token the whole text must also hash to one of the token's choice digests.
    Compact and reference marks need ``mark_keys`` (secrets derived from the private signing keys);
    reference marks are checked against ``records`` (:func:`find_mark_records`) when given, else by
    their 16-bit MAC alone."""
    report = VerifyReport()
    marks = extract_marks(text)
    report.mark_present = bool(marks)
    report.marks = len(marks)
    last_seq: dict[bytes, int] = {}
    last_ref: dict[tuple[str, int], int] = {}
    keys = mark_keys if mark_keys is not None else MarkKeys()
    compact = [m for m in marks if m.well_formed and (m.compact or m.ref)]
    if compact and not len(keys):
        report.needs_secret = True
        report.reasons.append(
            f"{len(compact)} compact marks are keyed MACs: verify them with the gateway's private key "
            "(--config or --key PRIVATE.pem) or POST /v1/watermark/verify; a public key cannot"
        )
    mac_only = 0
    for i, mark in enumerate(marks):
        start, partial = mark.segment_start, False
        evidence: str | None = None
        record: str | None = None
        if mark.ref and mark.well_formed:
            key_id, altered, offset, evidence, where = _check_ref(mark, i == 0, keys, records)
            if offset:
                partial, start = True, mark.segment_start + offset
                report.uncovered_chars += sum(not c.isspace() for c in mark.segment[:offset])
            if evidence == "audit" and key_id:
                report.audit_checked += 1
            elif key_id:
                mac_only += 1
            if where is not None:
                record = where[0]
                # the marks of one answer count up in its record: going back means reordered paragraphs
                at = (where[0], where[1])
                if at in last_ref and where[2] <= last_ref[at]:
                    report.reordered = True
                last_ref[at] = where[2]
        elif mark.compact and mark.well_formed:
            evidence = "mac32"
            key_id, altered, offset = _check_compact(mark, i == 0, keys)
            if offset:
                partial, start = True, mark.segment_start + offset
                report.uncovered_chars += sum(not c.isspace() for c in mark.segment[:offset])
        else:
            evidence = "signature"
            key_id = mark.signed_by(keyring)
            altered = mark.well_formed and not mark.segment_matches()
        if altered and i == 0 and not (mark.compact or mark.ref):
            # The text may begin inside this segment (an excerpt): its tail (last paragraph) can
            # still match. What comes before it is then not vouched for, rather than altered.
            tail = mark.tail_start()
            if tail is not None:
                altered, partial, start = False, tail > 0, mark.segment_start + tail
                report.uncovered_chars += sum(not c.isspace() for c in mark.segment[:tail])
        report.segments.append(
            SegmentReport(
                i,
                mark.seq if mark.well_formed else None,
                mark.request_id,
                start,
                mark.start,
                key_id is not None,
                key_id,
                altered,
                partial,
                evidence if mark.well_formed else None,
                record,
            )
        )
        shown = record or mark.request_id
        if shown and shown not in report.request_ids:
            report.request_ids.append(shown)
        if key_id and report.key_id is None:
            report.key_id = key_id
        if mark.well_formed and not mark.ref:
            # Marks of one response count up; going back means its paragraphs were reordered.
            if mark.request_key in last_seq and _went_back(mark, last_seq[mark.request_key]):
                report.reordered = True
            last_seq[mark.request_key] = mark.seq
    if marks and report.needs_secret:
        report.signature_valid = None  # not checked: exit 2 says how to check them
    elif marks:
        bad = [s.index for s in report.segments if not s.signature_valid]
        report.signature_valid = not bad
        if bad:
            report.reasons.append(
                f"{len(bad)} of {len(marks)} marks have no valid signature from a trusted key"
                + (
                    " (a reference mark whose MAC matches no key: the text was changed, or another "
                    "gateway made it)"
                    if any(marks[b].ref for b in bad)
                    else ""
                )
            )
        if mac_only:
            report.reasons.append(
                f"{mac_only} reference marks were checked by their 16-bit MAC only: no audit record "
                "holds them here (verify through the gateway, or with --config where its audit store "
                "is, for the record's 128-bit digest)"
            )
        altered_idx = [s.index for s in report.segments if s.altered]
        if altered_idx:
            report.altered = True
            report.reasons.append(f"text changed in {len(altered_idx)} of {len(marks)} marked segments")
        if report.reordered:
            report.altered = True
            report.reasons.append("marked segments are out of their original order")
        report.uncovered_chars += sum(not c.isspace() for c in text[marks[-1].end :])
    if token is not None:
        _check_token(report, text, token, keyring, marks)
    if report.uncovered_chars and report.token_choice is None:
        report.reasons.append(
            f"{report.uncovered_chars} characters are not covered by any mark (before the first "
            "marked paragraph or after the last mark)"
        )
    if not (report.mark_present or report.token_present):
        report.reasons.append("no invisible mark and no provenance token")
    return report


def _check_token(report: VerifyReport, text: str, token: str, keyring: Keyring, marks: list[Any]) -> None:
    report.token_present = True
    try:
        signed = parse_token(token)
    except ProvenanceError as exc:
        report.token_valid = False
        report.reasons.append(f"provenance token: {exc}")
        return
    report.token_request_id = signed.record.request_id
    report.token_valid = verify_record(signed, keyring)
    if not report.token_valid:
        known = signed.record.key_id in keyring
        report.reasons.append(
            "provenance token signature does not verify"
            if known
            else f"provenance token signed by unknown key {signed.record.key_id}"
        )
        return
    if report.key_id is None:
        report.key_id = signed.record.key_id
    digest = content_digest(text)
    if digest in signed.record.content_sha256:
        report.token_choice = signed.record.content_sha256.index(digest)
    else:
        report.altered = True
        report.reasons.append("text does not match the content digest in the provenance token")
    rid = signed.record.request_id
    foreign = [m for m in marks if m.well_formed and not m.belongs_to(rid)]
    # The token names the request in full: the prefix its compact marks carry resolves to it.
    prefixes = {m.request_id for m in marks if m.well_formed and (m.compact or m.ref) and m.belongs_to(rid)}
    report.request_ids = list(dict.fromkeys(rid if r in prefixes else r for r in report.request_ids))
    if foreign:
        report.altered = True
        report.reasons.append(f"{len(foreign)} marks belong to another request than the token's")


def _went_back(mark: Mark, last: int) -> bool:
    """Marks of one response count up; a compact mark's 6-bit count wraps, so a step of more than
    half its range is read as going back."""
    if not mark.compact:
        return mark.seq <= last
    step = (mark.seq - last) % SEQ_MOD
    return step == 0 or step > SEQ_MOD // 2


async def audit_records_for(store: Any, report: VerifyReport, token: str | None) -> list[dict[str, Any]]:
    """The audit records of the requests a verified text names (for callers with audit rights), and
    whether the presented token was the one issued for each (``store``: an audit.sinks AuditSink)."""
    from audit import AuditQuery
    from gateway.provenance.record import token_fingerprint

    ids = list(
        dict.fromkeys([*report.request_ids, *([report.token_request_id] if report.token_request_id else [])])
    )
    found: list[dict[str, Any]] = []
    for rid in ids[:10]:
        if not rid.startswith("req_"):
            continue  # a client-chosen id is carried only as a hash: not searchable
        # A compact mark names its request by a 24-bit prefix: every record with it is a candidate.
        query = (
            AuditQuery(request_id_prefix=rid[:-1], limit=5)
            if rid.endswith("…")
            else AuditQuery(request_id=rid, limit=5)
        )
        page = await store.query(query)
        found.extend(item.export_dict() for item in page.items)
    if token is not None:
        fp = token_fingerprint(token)
        for rec in found:  # was this very token issued for that request?
            rec["provenance_token_matches"] = rec.get("provenance_id") == fp
    return found
