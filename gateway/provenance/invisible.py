"""Invisible marks: a short keyed id hidden in the text, one per paragraph, so an excerpt still carries one.

Three formats, told apart by their length (docs/provenance.md has the trade-off):

- **reference** (v3, the default): 5 bytes, about 22 UTF-8 bytes a mark, at the end of **every
  block** (paragraph, list, quote: text followed by a blank line). The request id's first 3 bytes
  and a 16-bit keyed MAC of the block; the proof is in the request's audit record, which keeps a
  128-bit keyed digest of what each mark vouches for (:class:`MarkLedger` hands them to the auditor;
  ``gateway.provenance.verify.find_mark_records`` reads them back). Checked by the private key's
  holder with the audit store (the verify endpoint, the CLI with ``--config``), else by the MAC alone;
- **compact** (v2): 9 bytes, or 13 when the segment holds more than its last paragraph. A keyed MAC
  of the text, 32 bits, with a 24-bit record id: about 38 UTF-8 bytes a mark, at most one per 270
  bytes. Still read and verified; written with ``version=2``;
- **signed** (v1): 99 bytes with an Ed25519 signature, about 375 UTF-8 bytes a mark, checkable
  with the public key alone. Still read and verified; written when a watermark rule asks for
  ``args: {marks: signed}``.

A mark is a WORD JOINER (U+2060, zero-width, no line-break opportunity) followed by variation
selectors, one per byte (VS1-VS16 U+FE00-FE0F for 0-15, VS17-VS256 U+E0100-E01EF for 16-255).
Both are default-ignorable code points: browsers and editors draw nothing, copy/paste and NFC/NFKC
keep them. Reference (v3) bytes::

    0-2    the request id's first 3 bytes (of the 16 below)
    3-4    HMAC-SHA256(K, b"safety-gateway/mark/v3\\0" + bytes 0-2 + the segment's last block)[:2]

and per mark the audit record keeps hex(HMAC-SHA256(K, b"safety-gateway/mark-digest/v3\\0" +
segment)[:16]), plus "/" and the same over the segment's last paragraph when that differs.

Signed (v1) bytes::

    0      version (low 4 bits, 1) | 0x80 when the request id was the client's own x-request-id
    1-16   the request id: the 16 bytes of ``req_<32 hex>``, or SHA-256(client id)[:16]
    17-18  sequence number of the mark in its response (big-endian), to spot reordered excerpts
    19-26  SHA-256(normalised segment)[:8], the segment being the text since the previous mark
    27-34  SHA-256(normalised tail)[:8], the tail being the segment's last paragraph: what a reader
           copies when the segment also holds a heading or a code block without a mark of its own
    35-98  Ed25519 signature over b"safety-gateway/mark/v1\\0" + bytes 0-34 + the signer's key id

Compact (v2) bytes::

    0      0x80 client's own request id | 0x40 a tail MAC follows | sequence number mod 64
    1-3    the request id's first 3 bytes (of the 16 above): names the request, does not prove it
    4      tag: HMAC-SHA256(K, b"safety-gateway/mark/v2\\0" + bytes 0-3 + b"\\2")[:1], whose mark it is
    5-8    HMAC-SHA256(K, b"safety-gateway/mark/v2\\0" + bytes 0-3 + b"\\0" + segment)[:4]
    9-12   (flag 0x40) the same over b"\\1" + the segment's last paragraph (the tail)

K = SHA-256(Ed25519 signature of b"safety-gateway/mark-key/v2" by the provenance key): deterministic,
and only the key's holder can compute it.

A reference mark closes every block: at a text line's end when the next line is blank or the text
ends (the newline waits for that next line). Otherwise a mark closes a segment at a line end after a
sentence (or any text line once the segment passed ``interval_chars``), or mid-line after a sentence
once past ``interval_chars``; never inside a fenced block, an inline code span, or on a line whose
meaning a trailing character could change (see :mod:`gateway.provenance.markdown`). Segments are
normalised before hashing (marks removed, NFC, whitespace runs collapsed, ends trimmed) so
re-wrapping or copying a paragraph without its blank lines is not an edit.
"""

from __future__ import annotations

import hashlib
import hmac
import os
import re
import unicodedata
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path

from gateway.provenance.keys import Keyring, Signer
from gateway.provenance.markdown import (
    CJK_SENTENCE_END,
    CLOSERS,
    DELIMITERS,
    LINE_END,
    BlockScanner,
    LineInfo,
    ends_sentence,
    is_list_marker,
    last_word_is_link,
    leaf_may_carry_mark,
)

SENTINEL = "\u2060"
VERSION = 1
FLAG_CLIENT_ID = 0x80
PAYLOAD_BYTES = 35
SIGNATURE_BYTES = 64
MARK_BYTES = PAYLOAD_BYTES + SIGNATURE_BYTES
DOMAIN = b"safety-gateway/mark/v1\x00"
# Compact (v2) marks: a keyed MAC instead of a signature. Sizes are bytes before encoding.
COMPACT_VERSION = 2
FLAG_TAIL = 0x40
SEQ_MOD = 64  # the sequence number's 6 bits
COMPACT_ID_BYTES = 3
TAG_BYTES = 1  # tells our marks (and which key) from others', so a MAC mismatch reads as an edit
MAC_BYTES = 4  # 32 bits: a guessed text MAC passes with probability 2**-32 (checkable only online)
# A compact mark closes a segment of at least this many UTF-8 bytes, newlines aside (signed marks: 80
# visible characters), so a typical answer gets about one mark per 250 bytes whatever its script; shorter
# paragraphs are covered with the next one.
COMPACT_MIN_SEGMENT_CHARS = 270
SIGNED_MIN_SEGMENT_CHARS = 80
COMPACT_BYTES = 1 + COMPACT_ID_BYTES + TAG_BYTES + MAC_BYTES
COMPACT_TAIL_BYTES = COMPACT_BYTES + MAC_BYTES
COMPACT_DOMAIN = b"safety-gateway/mark/v2\x00"
MARK_KEY_LABEL = b"safety-gateway/mark-key/v2"
# Reference (v3) marks, the default: a pointer into the audit record, which keeps a 128-bit keyed digest
# of what each mark vouches for. Sizes are bytes before encoding.
REF_VERSION = 3
REF_ID_BYTES = 3  # the request id's first 3 bytes: which audit records to look in
REF_MAC_BYTES = 2  # a keyed MAC of the segment, for a check without the audit store (2**-16)
REF_BYTES = REF_ID_BYTES + REF_MAC_BYTES
REF_DOMAIN = b"safety-gateway/mark/v3\x00"
RECORD_DIGEST_DOMAIN = b"safety-gateway/mark-digest/v3\x00"
RECORD_DIGEST_BYTES = 16  # what the audit record keeps per mark: HMAC-SHA256(K, ...)[:16], 128 bits
_TAIL_TRIES = 256  # line starts a verifier tries for an excerpt's first paragraph...
_TAIL_MAX_CHARS = 65536  # ...within this many characters before its mark

_ENCODE = [chr(0xFE00 + b) if b < 16 else chr(0xE0100 + b - 16) for b in range(256)]
_DECODE = {ord(c): b for b, c in enumerate(_ENCODE)}
_VS = "\ufe00-\ufe0f\U000e0100-\U000e01ef"
MARK_RE = re.compile(f"{SENTINEL}[{_VS}]+")
_REQUEST_ID = re.compile(r"req_([0-9a-f]{32})")
_WS = re.compile(r"\s+")
# Feed tokens: backtick runs, newline, space, CJK full stops, and everything else in runs.
_TOKEN = re.compile(r"`+|\n| |[。！？]|[^`\n 。！？]+")


def encode_bytes(data: bytes) -> str:
    return "".join(_ENCODE[b] for b in data)


def decode_chars(chars: str) -> bytes:
    return bytes(_DECODE[ord(c)] for c in chars)


def strip_marks(text: str) -> str:
    """``text`` without invisible marks (malformed ones included). Other variation selectors, such as
    the one in an emoji, are not marks and stay."""
    return MARK_RE.sub("", text) if SENTINEL in text else text


def normalise_segment(text: str) -> str:
    return _WS.sub(" ", unicodedata.normalize("NFC", strip_marks(text))).strip()


def segment_digest(text: str) -> bytes:
    return hashlib.sha256(normalise_segment(text).encode("utf-8")).digest()[:8]


def request_key(request_id: str) -> tuple[bytes, bool]:
    """The 16 bytes a mark carries for ``request_id`` and whether they are a hash of a client's id."""
    m = _REQUEST_ID.fullmatch(request_id)
    if m:
        return bytes.fromhex(m.group(1)), False
    return hashlib.sha256(request_id.encode("utf-8")).digest()[:16], True


def request_label(key: bytes, client_id: bool) -> str:
    """How a mark's request id is shown: the gateway's own id, or the hash of the client's."""
    return f"sha256:{key.hex()}" if client_id else f"req_{key.hex()}"


def mark_secret(signer: Signer) -> bytes:
    """The MAC key of compact marks for ``signer``: derived from a signature (Ed25519 signs
    deterministically), so it needs no second secret to store and rotates with the signing key."""
    found = _SECRETS.get(signer.key_id)
    if found is None:
        found = _SECRETS[signer.key_id] = hashlib.sha256(signer.sign(MARK_KEY_LABEL)).digest()
    return found


_SECRETS: dict[str, bytes] = {}  # key id -> mark secret: one signature per key and process


class MarkKeys:
    """The secrets compact marks are checked with, by the id of the signing key they come from.
    Public keys cannot check a compact mark: a verifier needs the private key (or asks the gateway)."""

    def __init__(self, signers: Iterable[Signer] = ()) -> None:
        self.secrets: dict[str, bytes] = {}
        for signer in signers:
            self.add(signer)

    def add(self, signer: Signer) -> str:
        self.secrets[signer.key_id] = mark_secret(signer)
        return signer.key_id

    def add_private_files(self, paths: Iterable[str | os.PathLike[str]]) -> None:
        """The private PEM keys among ``paths`` (a rotated-out key listed as its private PEM keeps its
        compact marks verifiable); public keys and JWKs are skipped, they cannot check a MAC."""
        for path in paths:
            try:
                data = Path(path).read_bytes()
            except OSError:
                continue  # the keyring that reads the same list reports it
            if b"PRIVATE KEY" in data:
                self.add(Signer.from_pem(data, str(path)))

    def __iter__(self) -> Iterator[tuple[str, bytes]]:
        return iter(self.secrets.items())

    def __len__(self) -> int:
        return len(self.secrets)


def compact_tag(secret: bytes, header: bytes) -> bytes:
    return hmac.new(secret, COMPACT_DOMAIN + header + b"\x02", hashlib.sha256).digest()[:TAG_BYTES]


def compact_mac(secret: bytes, header: bytes, part: int, text: str) -> bytes:
    data = COMPACT_DOMAIN + header + bytes([part]) + normalise_segment(text).encode("utf-8")
    return hmac.new(secret, data, hashlib.sha256).digest()[:MAC_BYTES]


def make_compact_mark(
    signer: Signer, request_id: str, seq: int, segment: str, tail: str | None = None
) -> str:
    key, client_id = request_key(request_id)
    with_tail = tail is not None and normalise_segment(tail) != normalise_segment(segment)
    flags = (FLAG_CLIENT_ID if client_id else 0) | (FLAG_TAIL if with_tail else 0)
    header = bytes([flags | seq % SEQ_MOD]) + key[:COMPACT_ID_BYTES]
    secret = mark_secret(signer)
    data = header + compact_tag(secret, header) + compact_mac(secret, header, 0, segment)
    if with_tail:
        data += compact_mac(secret, header, 1, tail or "")
    return SENTINEL + encode_bytes(data)


def make_mark(signer: Signer, request_id: str, seq: int, segment: str, tail: str | None = None) -> str:
    key, client_id = request_key(request_id)
    full = segment_digest(segment)
    payload = (
        bytes([VERSION | (FLAG_CLIENT_ID if client_id else 0)])
        + key
        + (seq % 65536).to_bytes(2, "big")
        + full
        + (full if tail is None else segment_digest(tail))
    )
    signature = signer.sign(DOMAIN + payload + signer.key_id.encode("ascii"))
    return SENTINEL + encode_bytes(payload + signature)


def ref_mac(secret: bytes, prefix: bytes, text: str) -> bytes:
    data = REF_DOMAIN + prefix + normalise_segment(text).encode("utf-8")
    return hmac.new(secret, data, hashlib.sha256).digest()[:REF_MAC_BYTES]


def record_digest(secret: bytes, text: str) -> bytes:
    """What an audit record keeps of a marked segment (or its last paragraph): a keyed digest, so a
    reader of the audit log cannot test guesses of a short answer against it."""
    data = RECORD_DIGEST_DOMAIN + normalise_segment(text).encode("utf-8")
    return hmac.new(secret, data, hashlib.sha256).digest()[:RECORD_DIGEST_BYTES]


def make_ref_mark(signer: Signer, request_id: str, seq: int, segment: str, tail: str | None = None) -> str:
    """A reference (v3) mark: the request id's first 3 bytes and a 16-bit keyed MAC of the segment's
    last block (after its last blank line: what a reader copies as "the paragraph"). ``seq`` and ``tail``
    are not carried: the audit record holds each mark's digests (segment and tail), in order."""
    prefix = request_key(request_id)[0][:REF_ID_BYTES]
    block = segment[_last_block_start(segment) :]
    return SENTINEL + encode_bytes(prefix + ref_mac(mark_secret(signer), prefix, block))


class MarkLedger:
    """The digests of the marks each recent request got, until the auditor claims them for its record
    (``claim``). Bounded: a request whose record is never written (audit off) is forgotten after
    ``max_requests`` newer ones."""

    def __init__(self, max_requests: int = 4096) -> None:
        self.max = max_requests
        self._open: dict[str, tuple[str, list[list[str]]]] = {}

    def open(self, request_id: str, key_id: str) -> list[str]:
        """A new list (one answer choice) that the inserter appends its marks' digests to."""
        entry = self._open.pop(request_id, None) or (key_id, [])
        self._open[request_id] = entry  # newest last
        while len(self._open) > self.max:
            del self._open[next(iter(self._open))]
        digests: list[str] = []
        entry[1].append(digests)
        return digests

    def claim(self, request_id: str) -> dict[str, object] | None:
        """``{"key_id": ..., "choices": [[digest, ...], ...]}`` for the audit record, once; None when
        the request got no reference marks. A digest is ``<segment>`` or ``<segment>/<tail>`` (hex)."""
        entry = self._open.pop(request_id, None)
        if entry is None or not any(entry[1]):
            return None
        return {"key_id": entry[0], "choices": [list(c) for c in entry[1]]}


LEDGER = MarkLedger()


def claim_mark_digests(request_id: str) -> dict[str, object] | None:
    """For the auditor: what the reference marks of ``request_id`` vouch for (see :class:`MarkLedger`)."""
    return LEDGER.claim(request_id)


@dataclass(frozen=True)
class Mark:
    start: int  # of the mark in the text it was found in
    end: int
    segment_start: int  # the segment it closes is text[segment_start:start]
    segment: str
    well_formed: bool
    version: int = 0
    client_id: bool = False
    request_key: bytes = b""
    seq: int = 0
    digest: bytes = b""
    tail_digest: bytes = b""
    signature: bytes = b""
    tag: bytes = b""  # compact marks: whose mark it is...
    mac: bytes = b""  # ...the segment's MAC...
    tail_mac: bytes = b""  # ...and the tail's, when the segment holds more than its last paragraph

    @property
    def compact(self) -> bool:
        return self.version == COMPACT_VERSION

    @property
    def ref(self) -> bool:
        return self.version == REF_VERSION

    @property
    def request_id(self) -> str | None:
        if not self.well_formed:
            return None
        label = request_label(self.request_key, self.client_id)
        return label + "…" if self.compact or self.ref else label  # only a prefix of the id

    @property
    def header(self) -> bytes:
        flags = (FLAG_CLIENT_ID if self.client_id else 0) | (FLAG_TAIL if self.tail_mac else 0)
        return bytes([flags | self.seq]) + self.request_key

    # Compact (v2) marks: a tag that says whose mark it is, and a MAC of the text.
    def tag_key(self, keys: MarkKeys) -> tuple[str, bytes] | None:
        """The (id, secret) of the key whose tag this compact mark carries, if any."""
        for key_id, secret in keys:
            if hmac.compare_digest(compact_tag(secret, self.header), self.tag):
                return key_id, secret
        return None

    def mac_matches(self, secret: bytes, start: int = 0, tail: bool = False) -> bool:
        """Does the segment's MAC (or the tail's) match ``segment[start:]``?"""
        part, want = (1, self.tail_mac) if tail else (0, self.mac)
        return hmac.compare_digest(compact_mac(secret, self.header, part, self.segment[start:]), want)

    def compact_tail_start(self, secret: bytes) -> int | None:
        """Where an excerpt's vouched-for part starts in ``segment``: the line start from which the
        text matches the tail's MAC (or, for a mark without one, a later line start that matches the
        segment's), if any."""
        seg = self.segment
        start = len(seg)
        for _ in range(_TAIL_TRIES):
            start = seg.rfind("\n", 0, max(start - 1, 0)) + 1
            if len(seg) - start > _TAIL_MAX_CHARS:
                return None
            if self.tail_mac and self.mac_matches(secret, start, tail=True):
                return start
            if not self.tail_mac and start and self.mac_matches(secret, start):
                return start
            if start == 0:
                return None
        return None

    @property
    def payload(self) -> bytes:
        return (
            bytes([self.version | (FLAG_CLIENT_ID if self.client_id else 0)])
            + self.request_key
            + self.seq.to_bytes(2, "big")
            + self.digest
            + self.tail_digest
        )

    # Signed (v1) marks: digests and a signature, checked apart.
    def segment_matches(self) -> bool:
        return self.well_formed and not self.compact and segment_digest(self.segment) == self.digest

    def tail_start(self) -> int | None:
        """Where in ``segment`` the mark's tail (its last paragraph) starts, if some line start there
        has the tail's digest: for an excerpt that begins inside the segment's earlier part."""
        if not self.well_formed or self.compact:
            return None
        # Latest line starts first, and a bounded number of them: each try hashes the rest of the
        # segment, and a hostile verify request must not make that quadratic.
        seg = self.segment
        start = len(seg)
        for _ in range(_TAIL_TRIES):
            start = seg.rfind("\n", 0, max(start - 1, 0)) + 1
            if len(seg) - start > _TAIL_MAX_CHARS:
                return None
            if segment_digest(seg[start:]) == self.tail_digest:
                return start
            if start == 0:
                return None
        return None

    def signed_by(self, keyring: Keyring) -> str | None:
        """The id of the key in ``keyring`` whose signature this is, if any (marks carry no key id:
        91 bytes are enough to hide, and a keyring holds a handful of keys)."""
        if not self.well_formed or self.compact:
            return None
        for key_id in keyring:
            if keyring.verify(key_id, DOMAIN + self.payload + key_id.encode("ascii"), self.signature):
                return key_id
        return None

    def belongs_to(self, request_id: str) -> bool:
        key, client_id = request_key(request_id)
        if self.ref:
            return self.well_formed and key[:REF_ID_BYTES] == self.request_key
        if self.compact:
            key = key[:COMPACT_ID_BYTES]
        return self.well_formed and (key, client_id) == (self.request_key, self.client_id)

    # Reference (v3) marks: a 16-bit MAC here, the 128-bit digests in the audit record.
    def ref_key(self, keys: MarkKeys) -> tuple[str, int] | None:
        """(key id, where the vouched-for text starts in the segment) when a key's MAC matches the
        segment's last block. Text before that block (a heading, a code block) is not vouched for by
        the MAC: only the audit record's segment digest covers it."""
        start = _last_block_start(self.segment)
        for key_id, secret in keys:
            if hmac.compare_digest(ref_mac(secret, self.request_key, self.segment[start:]), self.mac):
                return key_id, start
        return None


_BLANK_LINE = re.compile(r"\n[ \t]*\n")


def _last_block_start(segment: str) -> int:
    """Where the segment's last block (after its last blank line) starts; 0 when it has one block."""
    last = 0
    for m in _BLANK_LINE.finditer(segment.rstrip()):
        last = m.end()
    return last


def extract_marks(text: str) -> list[Mark]:
    marks: list[Mark] = []
    if SENTINEL not in text:
        return marks
    seg_start = 0
    for m in MARK_RE.finditer(text):
        data = decode_chars(m.group()[1:])
        segment = text[seg_start : m.start()]
        if len(data) == REF_BYTES:
            marks.append(
                Mark(
                    m.start(),
                    m.end(),
                    seg_start,
                    segment,
                    True,
                    REF_VERSION,
                    request_key=data[:REF_ID_BYTES],
                    mac=data[REF_ID_BYTES:],
                )
            )
        elif len(data) in (COMPACT_BYTES, COMPACT_TAIL_BYTES) and bool(data[0] & FLAG_TAIL) == (
            len(data) == COMPACT_TAIL_BYTES
        ):
            end = 1 + COMPACT_ID_BYTES + TAG_BYTES
            marks.append(
                Mark(
                    m.start(),
                    m.end(),
                    seg_start,
                    segment,
                    True,
                    COMPACT_VERSION,
                    bool(data[0] & FLAG_CLIENT_ID),
                    data[1 : 1 + COMPACT_ID_BYTES],
                    data[0] % SEQ_MOD,
                    tag=data[end - TAG_BYTES : end],
                    mac=data[end : end + MAC_BYTES],
                    tail_mac=data[end + MAC_BYTES :],
                )
            )
        elif len(data) == MARK_BYTES and data[0] & 0x0F == VERSION:
            marks.append(
                Mark(
                    m.start(),
                    m.end(),
                    seg_start,
                    segment,
                    True,
                    VERSION,
                    bool(data[0] & FLAG_CLIENT_ID),
                    data[1:17],
                    int.from_bytes(data[17:19], "big"),
                    data[19:27],
                    data[27:35],
                    data[35:],
                )
            )
        else:
            marks.append(Mark(m.start(), m.end(), seg_start, segment, False))
        seg_start = m.end()
    return marks


class MarkInserter:
    """Inserts marks into a text as it streams. ``feed`` returns its input with marks added and holds
    back at most one newline (reference marks: whether a block ends there is known from the next
    line), so every decision depends only on the text up to that point; the output is therefore the
    same however the text is split into deltas. ``finish`` returns whatever was held and the last mark."""

    def __init__(
        self,
        signer: Signer,
        request_id: str,
        *,
        interval_chars: int = 400,
        min_segment_chars: int | None = None,
        compact: bool = True,
        version: int | None = None,
    ) -> None:
        self.signer = signer
        # compact: reference marks (v3) unless version=2 asks for the older keyed-MAC marks
        self.version = (version or REF_VERSION) if compact else VERSION
        if self.version not in (VERSION, COMPACT_VERSION, REF_VERSION) or (
            compact and self.version == VERSION
        ):
            raise ValueError(f"no mark format {self.version} (compact: 2 or 3; signed: compact=False)")
        self.compact = compact
        self.per_block = self.version == REF_VERSION
        self.make = {VERSION: make_mark, COMPACT_VERSION: make_compact_mark, REF_VERSION: make_ref_mark}[
            self.version
        ]
        self.request_id = request_id
        self.interval = max(1, interval_chars)
        if min_segment_chars is None:
            # A smaller interval asks for denser marks: it lowers the compact minimum too. Reference
            # marks close every block anyway; within a block they wait for twice the interval.
            min_segment_chars = (
                2 * self.interval
                if self.per_block
                else min(COMPACT_MIN_SEGMENT_CHARS, self.interval)
                if compact
                else SIGNED_MIN_SEGMENT_CHARS
            )
        self.min_chars = max(1, min_segment_chars)
        # Reference marks: the digests the audit record keeps, in mark order (MarkLedger).
        self._secret = mark_secret(signer) if self.per_block else b""
        self.digests: list[str] = LEDGER.open(request_id, signer.key_id) if self.per_block else []
        # A line end where a block may end: its mark and digest wait for the next line. A blank line
        # (or the end of the text) places them before the held newline; anything else drops them.
        self._held: tuple[str, str] | None = None
        self._held_text: list[str] = []
        self.marks = 0
        self._blocks = BlockScanner()
        # Code spans: backtick runs of the current line (length, escaped), and the span left open by
        # the paragraph's earlier lines. Whether this line continues that paragraph is known only
        # from the line itself, so the state is folded when a decision needs it.
        self._runs: list[tuple[int, bool]] = []
        self._carry = 0
        self._ticks = 0  # backtick run at the end of the text so far (its length is not final yet)
        self._ticks_escaped = False
        self._line = ""
        self._prev_line_text = False  # the last complete line was prose a mark may follow
        self._prev_line_kind = "blank"
        self._after_cjk = False
        self._seg: list[str] = []
        self._seg_len = 0
        self._seg_visible = 0
        self._seg_bytes = 0  # UTF-8 bytes of its lines: compact marks' minimum is in bytes, as their cost is
        self._line_start = 0  # offsets in the segment: where the current line and paragraph began
        self._tail_start = 0
        self._finished = False

    # -- public -----------------------------------------------------------------------------------
    def feed(self, delta: str) -> str:
        if self._finished:
            raise RuntimeError("feed() after finish()")
        out: list[str] = []
        for m in _TOKEN.finditer(delta):
            tok = m.group()
            c = tok[0]
            if self._held is not None:
                if tok == "\n":
                    out.append(self._place_held())  # a blank line: the block ended at the held newline
                elif tok.isspace():
                    self._held_text.append(tok)  # maybe a blank line; known at its end
                else:
                    out.append("".join(self._held_text))  # the block goes on: no mark
                    self._held, self._held_text = None, []
            if c == "`":
                if not self._ticks:
                    backslashes = len(self._line) - len(self._line.rstrip("\\"))
                    self._ticks_escaped = backslashes % 2 == 1
                self._ticks += len(tok)
                self._after_cjk = False
            else:
                if self._ticks:
                    self._end_tick_run()
                if c == "\n":
                    info = self._blocks.push(self._line)
                    if self._mark_at_line_end(info):
                        out.append(self._close_segment(info))
                    elif self.per_block and self._block_may_end(info):
                        self._held = self._prepare(info)
                        self._held_text = [tok]
                    self._end_line(info)
                elif c == " " or (self._after_cjk and c not in CLOSERS and c not in DELIMITERS):
                    mid = self._mark_mid_line()
                    if mid is not None:
                        out.append(self._close_segment(mid))
                self._after_cjk = c in CJK_SENTENCE_END
            if self._held is None:
                out.append(tok)
            self._seg.append(tok)
            self._seg_len += len(tok)
            if c == "\n":
                self._line_start = self._seg_len
                if self._prev_line_kind != "text":
                    self._tail_start = self._seg_len  # a paragraph can start only after this line
            else:
                self._line += tok
                if self.compact:  # spaces included: they cost the same bytes as letters
                    self._seg_bytes += len(tok.encode("utf-8"))
                if c != " ":
                    # Additive over any split of a run, so the count does not depend on delta boundaries.
                    self._seg_visible += len(tok) - tok.count("\t") - tok.count("\r")
        return "".join(out)

    @property
    def pending(self) -> str:
        """Text fed but not yet returned (a held newline and spaces after it): what a caller that
        appends to the text so far (a notice at the end of a stream) should count as already there."""
        return "".join(self._held_text)

    def finish(self) -> str:
        """The mark closing the last segment, or "" when there is nothing unmarked or the text ends
        where a mark would not be safe (inside code, after a URL or an emphasis delimiter...)."""
        if self._finished:
            return ""
        held = self._place_held() if self._held is not None else ""  # the text ends the held block
        return held + self._finish()

    def _finish(self) -> str:
        self._finished = True
        if self._ticks:
            self._end_tick_run()
        if self._seg_visible == 0:
            return ""
        if self._line:
            info = self._blocks.peek(self._line)
            if info.kind != "text" or self._in_code_span(info) or not self._line_end_safe(self._line, info):
                return ""
        elif not self._prev_line_text or self._carry:
            return ""  # a mark alone after a blank line or a code fence would be an empty paragraph
        else:
            info = LineInfo("blank", "")  # after the newline ending the last paragraph line
        return self._close_segment(info)

    # -- state ------------------------------------------------------------------------------------
    def _end_tick_run(self) -> None:
        # A run that looks like a fence may still be inline code once its line ends: counting it
        # can only keep marks out until then.
        self._runs.append((self._ticks, self._ticks_escaped))
        self._ticks = 0

    def _in_code_span(self, info: LineInfo) -> int:
        """Length of the backtick run opening the code span open at the end of the line so far (0: none)."""
        open_run = self._carry if info.kind == "text" and not info.new_paragraph else 0
        for n, escaped in self._runs:
            if open_run == 0:
                n -= escaped  # outside a span, a backslash makes the first backtick literal
                if n:
                    open_run = n
            elif n == open_run:
                open_run = 0
        return open_run

    def _end_line(self, info: LineInfo) -> None:
        self._carry = self._in_code_span(info) if info.kind == "text" else 0  # spans end with their paragraph
        self._runs = []
        if info.kind == "text" and info.new_paragraph:
            self._tail_start = self._line_start
        self._prev_line_kind = info.kind
        self._prev_line_text = info.kind == "text" and self._line_end_safe(self._line, info)
        self._line = ""

    @staticmethod
    def _line_end_safe(line: str, info: LineInfo) -> bool:
        # After a letter, digit, sentence punctuation or a closing quote/bracket only: not after
        # whitespace (a hard line break), an emphasis delimiter, a pipe (table cells), a backslash...
        last = line[-1]
        return (
            info.mark_ok
            and (last.isalnum() or last in LINE_END or last in CLOSERS)
            and leaf_may_carry_mark(info.leaf)
            and not is_list_marker(line)
            and not last_word_is_link(line)
        )

    def _seg_size(self) -> int:
        return self._seg_bytes if self.compact else self._seg_visible

    def _mark_at_line_end(self, info: LineInfo) -> bool:
        line = self._line
        if info.kind != "text" or not line or self._seg_size() < self.min_chars or self._in_code_span(info):
            return False
        if not (
            ends_sentence(line, LINE_END)
            or (self._seg_len >= self.interval and (line[-1].isalnum() or line[-1] in CLOSERS))
        ):
            return False
        return self._line_end_safe(line, info)

    def _mark_mid_line(self) -> LineInfo | None:
        line = self._line
        if (
            self._seg_len < self.interval
            or self._seg_size() < self.min_chars
            or not line
            or not ends_sentence(line)
            or is_list_marker(line)
            or last_word_is_link(line)
        ):
            return None
        info = self._blocks.peek(line)
        if (
            info.kind != "text"
            or not info.mark_ok
            or not leaf_may_carry_mark(info.leaf)
            or self._in_code_span(info)
        ):
            return None
        return info

    def _block_may_end(self, info: LineInfo) -> bool:
        """A reference mark may close the block at this line end, if the next line is blank."""
        line = self._line
        return (
            info.kind == "text"
            and bool(line)
            and self._seg_visible > 0
            and not self._in_code_span(info)
            and self._line_end_safe(line, info)
        )

    def _prepare(self, info: LineInfo) -> tuple[str, str]:
        """The mark that closes the segment so far, and (reference marks) the digests the audit record
        keeps for it: ``<segment>`` or ``<segment>/<tail>``, hex."""
        segment = "".join(self._seg)
        tail_start = self._line_start if info.kind == "text" and info.new_paragraph else self._tail_start
        tail = segment[tail_start:]
        mark = self.make(self.signer, self.request_id, self.marks, segment, tail)
        if not self.per_block:
            return mark, ""
        digest = record_digest(self._secret, segment).hex()
        if normalise_segment(tail) != normalise_segment(segment):
            digest += "/" + record_digest(self._secret, tail).hex()
        return mark, digest

    def _close_segment(self, info: LineInfo) -> str:
        mark, digest = self._prepare(info)
        if digest:
            self.digests.append(digest)
        self.marks += 1
        self._seg.clear()
        self._seg_len = self._seg_visible = self._seg_bytes = self._line_start = self._tail_start = 0
        return mark

    def _place_held(self) -> str:
        """The held mark and the text after it (the newline, maybe spaces): a new segment starts there."""
        assert self._held is not None
        mark, digest = self._held
        self.digests.append(digest)
        self.marks += 1
        held = self._held_text
        self._held, self._held_text = None, []
        self._seg = list(held)
        self._seg_len = sum(len(t) for t in held)
        self._seg_visible = 0
        self._seg_bytes = sum(len(t.encode("utf-8")) for t in held if t != "\n")
        self._line_start = self._tail_start = 1  # after the held newline
        return mark + "".join(held)


def insert_marks(
    text: str,
    signer: Signer,
    request_id: str,
    interval_chars: int = 400,
    min_segment_chars: int | None = None,
    *,
    compact: bool = True,
    version: int | None = None,
) -> str:
    inserter = MarkInserter(
        signer,
        request_id,
        interval_chars=interval_chars,
        min_segment_chars=min_segment_chars,
        compact=compact,
        version=version,
    )
    return inserter.feed(text) + inserter.finish()
