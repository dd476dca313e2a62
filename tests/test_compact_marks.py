"""Compact invisible marks (v2, the default before reference marks): size, verification of copied
paragraphs, edits, forgeries, reordering, markdown safety, key rotation, and that the old signed marks
still verify beside them.

The markdown helpers and generated documents come from tests/test_watermark.py (the signed format's
tests); here the same properties are checked for the compact format."""

from __future__ import annotations

from pathlib import Path

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from gateway.cli import main
from gateway.provenance.invisible import (
    COMPACT_BYTES,
    COMPACT_TAIL_BYTES,
    SENTINEL,
    MarkInserter,
    MarkKeys,
    extract_marks,
    insert_marks,
    strip_marks,
)
from gateway.provenance.keys import Keyring, Signer, write_private_key
from gateway.provenance.verify import (
    EXIT_ALTERED,
    EXIT_BAD_SIGNATURE,
    EXIT_OK,
    EXIT_UNCOVERED,
    EXIT_USAGE,
    verify_text,
)
from tests.test_watermark import _MARK_CHARS, ANSWER, RID, _doc, _soup, code_contents, structure, token_for

SIGNER = Signer.generate()
RING = Keyring([SIGNER.public_key])
KEYS = MarkKeys([SIGNER])


def mark(text: str, **kwargs: object) -> str:
    """The older compact format (v2, still read and verified), as dense as the signed format's (a
    segment of 80 bytes or more), to test every paragraph. Reference marks (v3, the default):
    tests/test_provenance_refmarks.py."""
    return insert_marks(text, SIGNER, RID, min_segment_chars=80, version=2, **kwargs)  # type: ignore[arg-type]


def check(text: str, token: str | None = None, keys: MarkKeys = KEYS):  # type: ignore[no-untyped-def]
    return verify_text(text, RING, token, keys)


def test_compact_marks_are_short_and_round_trip() -> None:
    marked = mark(ANSWER)
    marks = extract_marks(marked)
    assert len(marks) >= 4 and strip_marks(marked) == ANSWER
    for m in marks:
        chars = marked[m.start : m.end]
        assert chars[0] == SENTINEL and len(chars) - 1 in (COMPACT_BYTES, COMPACT_TAIL_BYTES)
        assert m.compact and m.request_id == RID[:10] + "…" and m.belongs_to(RID)
        assert len(chars.encode()) <= 3 + 4 * COMPACT_TAIL_BYTES  # at most 63 UTF-8 bytes a mark
    report = check(marked)
    assert report.ok and report.key_id == SIGNER.key_id and report.signature_valid, report.reasons


def test_one_paragraph_copied_from_the_middle_verifies() -> None:
    marked = mark(ANSWER)
    for paragraph in marked.split("\n\n"):
        if extract_marks(paragraph) and not paragraph.startswith("```"):
            report = check(paragraph)
            assert report.ok and report.marks == 1, (paragraph, report.reasons)
    second = marked.split("\n\n")[1]
    rewrapped = second.replace(" the city", "\nthe city").replace("; ", ";  ")
    assert check(rewrapped).ok  # re-wrapping and spacing are not edits


def test_paragraph_after_a_heading_or_code_block_verifies_on_its_own() -> None:
    text = (
        "## Installing\n\nRun the installer and wait until it finishes. On a slow disk this takes a "
        "minute or two.\n\n```sh\n./install.sh --prefix /opt\n```\n\nThen start the service and check "
        "its status page, which lists every component."
    )
    marked = mark(text)
    blocks = marked.split("\n\n")
    for excerpt in (blocks[1], blocks[-1]):
        report = check(excerpt)
        assert report.ok and report.uncovered_chars == 0, report.reasons
    report = check(marked[marked.index("/opt") :])
    assert not report.altered and report.segments[0].partial and report.exit_code() == EXIT_UNCOVERED
    assert check(marked.replace("/opt", "/usr")).exit_code() == EXIT_ALTERED
    assert check(blocks[-1].replace("status", "state")).exit_code() == EXIT_ALTERED


def test_edits_forgeries_and_reordering() -> None:
    marked = mark(ANSWER)
    edited = check(marked.replace("The river divides", "The river splits"))
    assert edited.altered and edited.signature_valid and edited.exit_code() == EXIT_ALTERED
    assert [s.altered for s in edited.segments].count(True) == 1
    # One paragraph copied and edited: its mark is ours, the text is not what it vouched for.
    second = marked.split("\n\n")[1]
    assert check(second.replace("Seine", "Loire")).exit_code() == EXIT_ALTERED
    # A mark made with another key, and a mark with its tag byte changed.
    assert check(insert_marks(ANSWER, Signer.generate(), RID)).exit_code() == EXIT_BAD_SIGNATURE
    found = extract_marks(marked)[1]
    chars = list(marked[found.start : found.end])
    chars[5] = chr(0xE0100 + (ord(chars[5]) - 0xE0100 + 1) % 240) if ord(chars[5]) >= 0xE0100 else "\ufe01"
    forged = marked[: found.start] + "".join(chars) + marked[found.end :]
    assert check(forged).exit_code() in (EXIT_BAD_SIGNATURE, EXIT_ALTERED)
    assert not check(forged).ok
    parts = marked.split("\n\n")
    assert check("\n\n".join([parts[1], parts[0], *parts[2:]])).reordered


def test_public_key_alone_cannot_check_compact_marks_but_signed_ones_still_verify() -> None:
    marked = insert_marks(ANSWER, SIGNER, RID)
    report = verify_text(marked, RING)  # no secrets: exit 2 with a message saying how
    assert report.exit_code() == EXIT_USAGE and report.needs_secret
    assert any("private key" in r for r in report.reasons)
    old = insert_marks(ANSWER, SIGNER, RID, compact=False)  # v1 marks written before the change
    assert verify_text(old, RING).ok and check(old).ok


def test_token_resolves_the_prefix_to_the_full_request_id() -> None:
    marked = insert_marks(ANSWER, SIGNER, RID)
    report = check(marked, token_for([marked], signer=SIGNER))
    assert report.ok and report.request_ids == [RID], report.reasons


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(doc=st.one_of(_doc, _soup), interval=st.integers(1, 120), min_chars=st.integers(1, 30))
def test_compact_marks_never_change_markdown_structure_or_code(
    doc: str, interval: int, min_chars: int
) -> None:
    marked = insert_marks(doc, SIGNER, RID, interval_chars=interval, min_segment_chars=min_chars)
    assert strip_marks(marked) == doc
    assert structure(marked) == structure(doc)
    for code in code_contents(marked):
        assert not _MARK_CHARS.search(code)
    report = check(marked)
    assert report.signature_valid in (True, None) and not report.altered


@settings(max_examples=100, deadline=None)
@given(doc=_doc, cuts=st.lists(st.integers(0, 400), max_size=30))
def test_streamed_in_any_split_gives_the_same_marks(doc: str, cuts: list[int]) -> None:
    inserter = MarkInserter(SIGNER, RID)
    bounds = sorted({c % (len(doc) + 1) for c in cuts})
    pieces = [doc[a:b] for a, b in zip([0, *bounds], [*bounds, len(doc)])]
    out = "".join(inserter.feed(p) for p in pieces) + inserter.finish()
    assert out == insert_marks(doc, SIGNER, RID)


def test_size_overhead_on_a_1kb_answer_is_at_most_15_percent() -> None:
    from bench.mark_size import answer_1kb

    text = answer_1kb()
    marked = insert_marks(text, SIGNER, RID)
    overhead = len(marked.encode()) / len(text.encode()) - 1
    assert 0 < overhead <= 0.15, overhead
    for paragraph in marked.split("\n\n"):  # every marked paragraph verifies when copied alone
        if extract_marks(paragraph):
            assert check(paragraph).exit_code() in (EXIT_OK, EXIT_UNCOVERED)


def test_rotation_keeps_compact_marks_when_the_old_private_key_is_listed(tmp_path: Path) -> None:
    old, new = Signer.generate(), Signer.generate()
    write_private_key(new, tmp_path / "k.pem")
    write_private_key(old, tmp_path / "old.pem")
    (tmp_path / "old.pub").write_text(old.public_pem())
    text = "A paragraph that is long enough to carry its own invisible mark, written before the rotation."
    (tmp_path / "old.txt").write_text(insert_marks(text, old, RID), encoding="utf-8")
    model = "model_list:\n  - model_name: m\n    litellm_params: {model: openai/m, api_base: 'http://127.0.0.1:9/v1'}\n"
    # Listed as its private PEM, the old key still checks its compact marks; as its public key it
    # cannot (a MAC needs the secret), and the mark reads as one no trusted key made.
    for listed, code in (("old.pem", EXIT_OK), ("old.pub", EXIT_BAD_SIGNATURE)):
        (tmp_path / "gateway.yaml").write_text(
            model + f"provenance:\n  signing_key: k.pem\n  previous_public_keys: [{listed}]\n"
        )
        assert (
            main(
                ["watermark", "verify", str(tmp_path / "old.txt"), "--config", str(tmp_path / "gateway.yaml")]
            )
            == code
        )
