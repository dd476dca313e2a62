"""Invisible marks, the visible notice and verification (gateway/provenance/invisible.py, notice.py,
verify.py) and the `watermark verify | strip | insert` commands.

Markdown safety is checked with an independent CommonMark parser (markdown-it-py): a marked text must
parse to the same structure as the original, with every code span and code block byte-identical.
"""

from __future__ import annotations

import io
import itertools
import json
import random
import re
import uuid
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from markdown_it import MarkdownIt

from gateway.cli import main
from gateway.provenance.invisible import (
    MARK_BYTES,
    SENTINEL,
    extract_marks,
    make_mark,
    strip_marks,
)
from gateway.provenance.invisible import MarkInserter as _MarkInserter
from gateway.provenance.invisible import insert_marks as _insert_marks
from gateway.provenance.keys import Keyring, Signer, write_private_key
from gateway.provenance.notice import append_notice, notice_suffix
from gateway.provenance.record import ProvenanceRecord, content_digest
from gateway.provenance.verify import (
    EXIT_ALTERED,
    EXIT_BAD_SIGNATURE,
    EXIT_NO_MARK,
    EXIT_OK,
    EXIT_UNCOVERED,
    verify_text,
)

# This module tests the signed (v1) marks: still written for a watermark rule with
# ``args: {marks: signed}`` and still verified with the public key alone. The compact marks written
# by default are tested in tests/test_compact_marks.py (and the CLI commands below use the default).


def insert_marks(*args: Any, **kwargs: Any) -> str:
    return _insert_marks(*args, compact=False, **kwargs)


def MarkInserter(*args: Any, **kwargs: Any) -> _MarkInserter:  # noqa: N802 — stands in for the class
    return _MarkInserter(*args, compact=False, **kwargs)


SIGNER = Signer.generate()
RING = Keyring([SIGNER.public_key])
RID = "req_" + uuid.UUID(int=0x1234).hex
NOTICE = "※ 이 답변은 AI가 생성했습니다."
_MD = MarkdownIt("commonmark").enable("table")
_MARK_CHARS = re.compile("[\u2060\ufe00-\ufe0f\U000e0100-\U000e01ef]")

ANSWER = """The capital of France is Paris. It has been the country's capital for centuries, and it is \
also its largest city.

Paris lies on the Seine. The river divides the city into the Left Bank and the Right Bank; many \
famous museums sit close to the water.

To print it in Python, call `print("Paris. France")` like this:

```python
city = "Paris. It is big."

print(city)  # prints it. really
```

파리는 프랑스의 수도입니다. 센강이 도시를 가로질러 흐릅니다. 많은 박물관이 강가에 있습니다.

In short: Paris is the answer. Thanks for asking!"""


def structure(text: str) -> list[Any]:
    """What a CommonMark renderer sees, with marks removed only from plain text."""
    out: list[Any] = []
    for tok in _MD.parse(text):
        item: list[Any] = [tok.type, tok.tag, tok.info, sorted(tok.attrs.items())]
        if tok.type in ("fence", "code_block", "html_block"):
            item.append(tok.content)
        if tok.children:
            # Allowed: a text node holding nothing but a mark (after a code span, say), and a text
            # ending in a newline getting its last mark after it (a soft break, then nothing visible).
            children = [
                c for c in tok.children if c.type != "text" or strip_marks(c.content) or not c.content
            ]
            if (
                len(children) < len(tok.children)
                and children
                and children[-1].type == "softbreak"
                and tok.children[-1].type == "text"
                and not strip_marks(tok.children[-1].content)
            ):
                children = children[:-1]
            kids = [
                (c.type, sorted(c.attrs.items()), c.content if c.type != "text" else None) for c in children
            ]
            item.append(kids)
            item.append(strip_marks("".join(c.content for c in children if c.type == "text")))
        out.append(item)
    return out


def code_contents(text: str) -> list[str]:
    found = []
    for tok in _MD.parse(text):
        if tok.type in ("fence", "code_block"):
            found.append(tok.content)
        for c in tok.children or []:
            if c.type == "code_inline":
                found.append(c.content)
    return found


def paragraphs(text: str) -> list[str]:
    return [tok.content for tok in _MD.parse(text) if tok.type == "inline"]


# -- inserting ------------------------------------------------------------------------------------
def test_marks_are_invisible_signed_and_round_trip() -> None:
    marked = insert_marks(ANSWER, SIGNER, RID)
    marks = extract_marks(marked)
    assert len(marks) >= 4
    assert strip_marks(marked) == ANSWER
    assert all(m.well_formed and m.request_id == RID and m.signed_by(RING) == SIGNER.key_id for m in marks)
    assert [m.seq for m in marks] == list(range(len(marks)))
    for m in marks:
        chars = marked[m.start : m.end]
        assert chars[0] == SENTINEL and len(chars) == 1 + MARK_BYTES
        assert all(unicode_category(c) in ("Mn", "Cf") for c in chars)  # nothing that draws a glyph
    assert structure(marked) == structure(ANSWER)
    assert code_contents(marked) == code_contents(ANSWER)
    # Each paragraph of prose (of at least min_segment_chars, 80) ends with its own mark, so each
    # can be copied on its own.
    for para in paragraphs(marked):
        if len(strip_marks(para).replace(" ", "")) >= 80:
            assert SENTINEL in para, para


def unicode_category(c: str) -> str:
    import unicodedata

    return unicodedata.category(c)


def test_streaming_in_any_deltas_gives_the_same_text() -> None:
    whole = insert_marks(ANSWER, SIGNER, RID, interval_chars=60)
    rng = random.Random(7)
    for _ in range(50):
        inserter = MarkInserter(SIGNER, RID, interval_chars=60)
        out, i = [], 0
        while i < len(ANSWER):
            n = rng.randint(1, 9)
            delta = ANSWER[i : i + n]
            emitted = inserter.feed(delta)
            assert strip_marks(emitted) == delta  # holds nothing back
            out.append(emitted)
            i += n
        out.append(inserter.finish())
        assert "".join(out) == whole


def test_long_paragraphs_get_marks_at_sentence_ends_past_the_interval() -> None:
    text = " ".join(f"Sentence number {i} says something plain." for i in range(60))
    marked = insert_marks(text, SIGNER, RID, interval_chars=200)
    marks = extract_marks(marked)
    assert 8 <= len(marks) <= 15
    for m in marks[:-1]:
        assert marked[m.start - 1] == "." and marked[m.end] == " "
        assert 200 <= len(m.segment) < 260


def test_client_request_ids_are_hashed_into_the_mark() -> None:
    marked = insert_marks(ANSWER, SIGNER, "my-trace-42")
    mark = extract_marks(marked)[0]
    assert mark.client_id and mark.request_id and mark.request_id.startswith("sha256:")
    assert mark.belongs_to("my-trace-42") and not mark.belongs_to("my-trace-43")
    assert verify_text(marked, RING).ok


def test_emoji_variation_selectors_are_not_marks() -> None:
    text = "I ❤️ Paris. The café is nice. \u2060 A word joiner alone stays too."
    assert strip_marks(text) == text and extract_marks(text) == []


# Generated markdown: prose with inline code, links and URLs, fences (closed or not), indented code,
# lists, quotes, headings, tables. Small intervals force marks wherever the inserter allows them.
_word = st.sampled_from(
    [
        "Paris",
        "river",
        "code",
        "the",
        "값을",
        "반환합니다",
        "3.14",
        "e.g.",
        "x",
        "데이터",
        "ok",
        "**bold.**",
        "_it._",
        "(see)",
        '"quoted."',
        "end。",
        "文字",
        "http://ex.com/a.",
        "[link](http://ex.com/p. q)",
        "<http://ex.com/x>",
        "a@b.co",
        "`co. de`",
        "``a ` b``",
        "`x`.",
        "~~~",
        "#",
        "|",
        "1.",
    ]
)
_sentence = st.builds(
    lambda ws, p: " ".join(ws) + p,
    st.lists(_word, min_size=1, max_size=10),
    st.sampled_from([".", "!", "?", ":", "", "다.", "。", "…"]),
)
_para = st.builds(
    lambda ss, sep: sep.join(ss),
    st.lists(_sentence, min_size=1, max_size=6),
    st.sampled_from([" ", "\n", "  \n"]),
)
_code_line = st.one_of(_sentence, st.just(""), st.just("    indented. code"), st.just("`tick. s`"))


@st.composite
def _fence(draw: st.DrawFn) -> str:
    char = draw(st.sampled_from("`~"))
    n = draw(st.integers(3, 5))
    info = draw(st.sampled_from(["", "python", "json", " text"]))
    body = "\n".join(draw(st.lists(_code_line, max_size=5)))
    close = char * draw(st.integers(n, n + 2))
    return f"{char * n}{info}\n{body}\n{close}"


_block = st.one_of(
    _para,
    _para,
    _fence(),
    st.builds(lambda s: "    " + s + "\n    more. code here", _sentence),
    st.builds(lambda items: "\n".join(f"- {s}" for s in items), st.lists(_sentence, min_size=1, max_size=4)),
    st.builds(
        lambda items: "\n".join(f"{i + 1}. {s}" for i, s in enumerate(items)),
        st.lists(_sentence, min_size=1, max_size=4),
    ),
    st.builds(lambda s: "> " + s, _para),
    st.builds(lambda s: "## " + s, _sentence),
    st.builds(lambda a, b: f"| {a} | {b} |\n|---|---|\n| {b} | {a} |", _sentence, _sentence),
    st.builds(lambda s: s + "\n---", _sentence),
    st.builds(lambda s: s + "\n===", _sentence),
    # Containers holding code, well and badly indented, lazy lines, HTML blocks, link definitions.
    st.builds(lambda a, b: f"- {a}\n  ```\n  {b}\n  ```\n- {a}", _sentence, _sentence),
    st.builds(
        lambda a, b: f"1. {a}\n   - {b}\n     ~~~\n     {a}\n\n     {b}\n     ~~~\n2. {b}",
        _sentence,
        _sentence,
    ),
    st.builds(lambda a, b: f"- {a}\n```\n{b}\n```\n{a}", _sentence, _sentence),
    st.builds(lambda a, b: f"> ```\n> {a}\n{b}\n```\n{a}", _sentence, _sentence),
    st.builds(lambda a, b: f"> {a}\n{b}\n> - {a}", _sentence, _sentence),
    st.builds(lambda a, b: f"- {a}\n\n      {b}\n- {a}", _sentence, _sentence),
    st.builds(lambda a, b: f"<div>\n{a}\n</div>", _sentence, _sentence),
    st.builds(lambda a, b: f"<!--\n{a}\n\n{b}\n-->", _sentence, _sentence),
    st.builds(lambda a, b: f"<pre>\n{a}\n\n{b}\n</pre>", _sentence, _sentence),
    st.builds(lambda a: f"[ref]: http://ex.com/x 'Title {a}'", _sentence),
    st.builds(lambda a: f"    ```\n    {a}\n    ```", _sentence),
    st.builds(lambda a: f"\t{a}\n\t{a}", _sentence),
    st.builds(lambda a, b: f"-\n  {a}\n- {b}", _sentence, _sentence),
    st.builds(lambda a, b: f"{a}\n    {b}\n2. {a}\n1. {b}", _sentence, _sentence),
)
# Line soup: random container and block prefixes in any order, to find where the scanner and a real
# CommonMark parser disagree.
_prefix = st.sampled_from(
    [
        "",
        "",
        "",
        "> ",
        ">> ",
        "- ",
        "* ",
        "1. ",
        "2) ",
        "  ",
        "   ",
        "    ",
        "\t",
        "  - ",
        "> - ",
        "> 1. ",
        "```",
        "~~~",
        "````",
        "```py",
        "# ",
        "---",
        "===",
        "***",
        "<div>",
        "</div>",
        "<!--",
        "-->",
        "<pre>",
        "</pre>",
        "| ",
        "|---|---|",
        "[r]: http://e.x ",
        "- ```",
        "> ```",
        "  ```",
        "1. ~~~",
    ]
)
_line = st.builds(
    lambda p, s, tail: p + s + tail,
    _prefix,
    st.one_of(_sentence, st.just("")),
    st.sampled_from(["", "", " |", "  ", "`", " `x`."]),
)
_soup = st.builds(lambda lines: "\n".join(lines), st.lists(_line, min_size=1, max_size=14))
_doc = st.builds(
    lambda blocks, seps, tail: "".join(b + s for b, s in zip(blocks, seps)) + tail,
    st.lists(_block, min_size=1, max_size=7),
    st.lists(st.sampled_from(["\n\n", "\n", "\n\n\n"]), min_size=7, max_size=7),
    st.sampled_from(["", "\n", "```\nunclosed. code"]),
)


@settings(max_examples=600, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(doc=st.one_of(_doc, _soup), interval=st.integers(1, 120), min_chars=st.integers(1, 30))
def test_marks_never_change_markdown_structure_or_code(doc: str, interval: int, min_chars: int) -> None:
    marked = insert_marks(doc, SIGNER, RID, interval_chars=interval, min_segment_chars=min_chars)
    assert strip_marks(marked) == doc
    assert structure(marked) == structure(doc)
    for code in code_contents(marked):
        assert not _MARK_CHARS.search(code)
    report = verify_text(marked, RING)
    assert report.signature_valid in (True, None) and not report.altered


@settings(max_examples=100, deadline=None)
@given(doc=_doc, cuts=st.lists(st.integers(0, 400), max_size=30), interval=st.integers(1, 120))
def test_streaming_equals_whole_text_for_any_split(doc: str, cuts: list[int], interval: int) -> None:
    inserter = MarkInserter(SIGNER, RID, interval_chars=interval)
    points = sorted({min(c, len(doc)) for c in cuts} | {0, len(doc)})
    out = [inserter.feed(doc[a:b]) for a, b in itertools.pairwise(points)]
    assert "".join(out) + inserter.finish() == insert_marks(doc, SIGNER, RID, interval_chars=interval)


@settings(max_examples=150, deadline=None)
@given(doc=_doc)
def test_notice_never_changes_what_comes_before_it(doc: str) -> None:
    out = append_notice(doc, NOTICE)
    assert out.startswith(doc)
    tokens = _MD.parse(out)
    assert tokens[-2].content == NOTICE and tokens[-2].level == 1  # a top-level paragraph of its own
    before = structure(doc)
    after = structure(out)[:-3]
    # Only a fence or HTML block left open at the end is closed: a fence's content then ends in a
    # newline (and keeps a last whitespace-only line the open one dropped), an HTML block's gains
    # its closer (such as -->).
    for a, b in zip(after, before, strict=True):
        if a[0] == "fence" and a != b:
            assert a[:4] == b[:4] and a[4].rstrip() == b[4].rstrip()
        elif a[0] == "html_block" and a != b:
            assert a[:4] == b[:4] and a[4].startswith(b[4].rstrip("\n"))
        else:
            assert a == b


# -- verifying ------------------------------------------------------------------------------------
def test_whole_marked_text_verifies() -> None:
    report = verify_text(insert_marks(ANSWER, SIGNER, RID), RING)
    assert report.ok and report.exit_code() == EXIT_OK
    assert report.request_ids == [RID] and report.key_id == SIGNER.key_id and report.signature_valid
    assert not report.altered and report.uncovered_chars == 0
    assert report.to_dict()["ok"] is True


def test_one_paragraph_copied_from_the_middle_verifies() -> None:
    marked = insert_marks(ANSWER, SIGNER, RID)
    second = marked.split("\n\n")[1]  # "Paris lies on the Seine. ..." with its own mark
    assert second.startswith("Paris lies")
    report = verify_text(second, RING)
    assert report.ok, report.reasons
    assert report.marks == 1 and report.request_ids == [RID]
    korean = next(p for p in marked.split("\n\n") if p.startswith("파리는"))
    assert verify_text(korean, RING).ok
    # Copied from a rendered page: soft wrapping and spacing differ, the mark still matches.
    rewrapped = second.replace(" the city", "\nthe city").replace("; ", ";  ")
    assert verify_text(rewrapped, RING).ok


def test_paragraph_after_a_heading_or_code_block_verifies_on_its_own() -> None:
    """A heading or code block has no mark of its own: the next paragraph's mark covers it too, and
    also vouches for that paragraph alone (the tail digest), so copying just the paragraph works."""
    text = (
        "## Installing\n\nRun the installer and wait until it finishes. On a slow disk this takes a "
        "minute or two.\n\n```sh\n./install.sh --prefix /opt\n```\n\nThen start the service and check "
        "its status page, which lists every component."
    )
    marked = insert_marks(text, SIGNER, RID)
    assert len(extract_marks(marked)) == 2
    blocks = marked.split("\n\n")
    for excerpt in (blocks[1], blocks[-1]):
        report = verify_text(excerpt, RING)
        assert report.ok and report.uncovered_chars == 0 and not report.segments[0].partial, report.reasons
    # Starting inside the code block: the paragraph verifies, the code fragment is not vouched for.
    excerpt = marked[marked.index("/opt") :]
    report = verify_text(excerpt, RING)
    assert not report.altered and report.segments[0].partial and report.exit_code() == EXIT_UNCOVERED
    # But in the whole text the code is covered: changing it is an edit.
    assert verify_text(marked.replace("/opt", "/usr"), RING).exit_code() == EXIT_ALTERED
    # And the tail does not excuse an edit inside the paragraph itself.
    assert verify_text(blocks[-1].replace("status", "state"), RING).exit_code() == EXIT_ALTERED


def test_editing_one_sentence_is_reported_altered() -> None:
    marked = insert_marks(ANSWER, SIGNER, RID)
    edited = marked.replace("The river divides", "The river splits")
    report = verify_text(edited, RING)
    assert report.altered and report.signature_valid and report.exit_code() == EXIT_ALTERED
    assert [s.altered for s in report.segments].count(True) == 1
    assert any("changed in 1 of" in r for r in report.reasons)
    # Korean text and a single changed character count too.
    assert verify_text(marked.replace("흐릅니다", "흐릅니가"), RING).exit_code() == EXIT_ALTERED


def test_forged_or_modified_signatures_are_invalid() -> None:
    marked = insert_marks(ANSWER, SIGNER, RID)
    mark = extract_marks(marked)[1]
    chars = list(marked[mark.start : mark.end])
    chars[-3] = (
        chr(0xE0100 + ((ord(chars[-3]) - 0xE0100 + 1) % 200)) if ord(chars[-3]) >= 0xE0100 else "\ufe00"
    )
    bad_sig = marked[: mark.start] + "".join(chars) + marked[mark.end :]
    report = verify_text(bad_sig, RING)
    assert report.signature_valid is False and report.exit_code() == EXIT_BAD_SIGNATURE
    assert [s.signature_valid for s in report.segments].count(False) == 1
    # Claiming another request id (payload changed, signature kept) does not verify either.
    other = insert_marks(ANSWER, SIGNER, "req_" + "ff" * 16)
    spliced = (
        marked[: mark.start]
        + marked[mark.start : mark.start + 2]
        + other[extract_marks(other)[1].start + 2 : extract_marks(other)[1].start + 18]
        + marked[mark.start + 18 :]
    )
    assert verify_text(spliced, RING).exit_code() == EXIT_BAD_SIGNATURE
    # A mark made with a key the verifier does not trust, and a truncated mark.
    assert verify_text(insert_marks(ANSWER, Signer.generate(), RID), RING).exit_code() == EXIT_BAD_SIGNATURE
    truncated = marked[: mark.start + 40] + marked[mark.end :]
    report = verify_text(truncated, RING)
    assert report.exit_code() == EXIT_BAD_SIGNATURE and report.segments[1].request_id is None


def test_reordered_paragraphs_are_reported() -> None:
    parts = insert_marks(ANSWER, SIGNER, RID).split("\n\n")
    swapped = "\n\n".join([parts[1], parts[0], *parts[2:]])
    report = verify_text(swapped, RING)
    assert report.reordered and report.exit_code() == EXIT_ALTERED


def test_text_after_the_last_mark_is_not_vouched_for() -> None:
    marked = insert_marks(ANSWER, SIGNER, RID)
    report = verify_text(marked + "\n\nP.S. I added this myself.", RING)
    assert not report.altered and report.uncovered_chars > 0 and report.exit_code() == EXIT_UNCOVERED


def test_no_mark_no_token() -> None:
    report = verify_text(ANSWER, RING)
    assert not report.mark_present and report.exit_code() == EXIT_NO_MARK and not report.ok


def token_for(texts: list[str], request_id: str = RID, signer: Signer = SIGNER) -> str:
    record = ProvenanceRecord(
        request_id,
        "local-small",
        "local-small#0",
        "internal",
        "v1",
        "2026-11-24T00:00:00.000Z",
        [content_digest(t) for t in texts],
        watermark=True,
    )
    return record.sign(signer).token


def test_token_covers_the_whole_text_marked_or_not() -> None:
    marked = append_notice(ANSWER, NOTICE)
    inserter = MarkInserter(SIGNER, RID)
    delivered = inserter.feed(marked) + inserter.finish()
    token = token_for(["another choice", delivered])
    report = verify_text(delivered, RING, token)
    assert report.ok and report.token_valid and report.token_choice == 1
    # Marks stripped: still the delivered content (the digest ignores marks), covered by the token.
    stripped = verify_text(strip_marks(delivered), RING, token)
    assert stripped.ok and not stripped.mark_present and stripped.token_choice == 1
    # The notice is content: removing it is an edit.
    assert verify_text(ANSWER, RING, token).exit_code() == EXIT_ALTERED
    # A paragraph excerpt with the whole response's token does not match it.
    assert verify_text(delivered.split("\n\n")[1], RING, token).exit_code() == EXIT_ALTERED


def test_bad_or_foreign_tokens() -> None:
    delivered = insert_marks(ANSWER, SIGNER, RID)
    assert verify_text(delivered, RING, "garbage").exit_code() == EXIT_BAD_SIGNATURE
    unknown = verify_text(delivered, RING, token_for([delivered], signer=Signer.generate()))
    assert unknown.exit_code() == EXIT_BAD_SIGNATURE and any("unknown key" in r for r in unknown.reasons)
    # Marks from this request with the token of another request whose digest matches: mixed up.
    foreign = verify_text(delivered, RING, token_for([delivered], request_id="req_" + "99" * 16))
    assert foreign.exit_code() == EXIT_ALTERED and any("another request" in r for r in foreign.reasons)


# -- the visible notice -----------------------------------------------------------------------------
@pytest.mark.parametrize(
    "text",
    [
        "Plain answer.",
        "Plain answer.\n",
        "Plain answer.\n\n",
        "- item one\n- item two",
        "> quoted text",
        "| a | b |\n|---|---|\n| 1 | 2 |",
        "Line with hard break  ",
        "    indented code",
        "# Heading",
        "```python\nprint(1)\n```",
        "Text then `open inline code",
    ],
)
def test_notice_is_its_own_paragraph(text: str) -> None:
    out = append_notice(text, NOTICE)
    assert out.startswith(text) and out.endswith(NOTICE)
    tokens = _MD.parse(out)
    assert [t.content for t in tokens if t.type == "inline"][-1] == NOTICE
    notice_at = next(i for i, t in enumerate(tokens) if t.content == NOTICE)
    assert tokens[notice_at - 1].type == "paragraph_open" and tokens[notice_at - 1].level == 0
    assert structure(out)[:-3] == structure(text)  # everything before the notice renders as it did
    assert code_contents(out) == code_contents(text)


@pytest.mark.parametrize("text", ["Here:\n```python\nprint(1)", "Here:\n~~~~\nx = 1\n", "````\ncode ```\n"])
def test_notice_after_an_unclosed_fence_closes_it_first(text: str) -> None:
    out = append_notice(text, NOTICE)
    assert out.startswith(text) and out.endswith("\n\n" + NOTICE)
    # The code is unchanged (a closed fence's content ends with the newline before the closer).
    assert [c.rstrip("\n") for c in code_contents(out)] == [c.rstrip("\n") for c in code_contents(text)]
    assert paragraphs(out)[-1] == NOTICE


def test_no_notice_for_json_and_streaming_suffix() -> None:
    assert notice_suffix('{"answer": "Paris."}', NOTICE) == ""
    assert notice_suffix("[1, 2]\n", NOTICE) == ""
    assert notice_suffix("anything", "  ") == ""
    assert notice_suffix("", NOTICE) == NOTICE
    # At the end of a stream: the suffix goes through the inserter so the last mark covers it.
    inserter = MarkInserter(SIGNER, RID)
    sent = "".join(inserter.feed(ANSWER[i : i + 5]) for i in range(0, len(ANSWER), 5))
    sent += inserter.feed(notice_suffix(sent, NOTICE))
    sent += inserter.finish()
    last = extract_marks(sent)[-1]
    assert NOTICE in last.segment and sent.endswith(sent[last.start :])
    assert paragraphs(sent)[-1].startswith(NOTICE)
    assert verify_text(sent, RING).ok


def test_notice_after_a_mark_on_its_own_line_is_still_separate() -> None:
    text = "Short line\n"
    marked = text + make_mark(SIGNER, RID, 0, text)  # a mark on the last, otherwise empty line
    out = append_notice(marked, NOTICE)
    assert paragraphs(out)[-1] == NOTICE


# -- CLI ------------------------------------------------------------------------------------------
@pytest.fixture()
def keyfile(tmp_path: Path) -> Path:
    return write_private_key(SIGNER, tmp_path / "k.pem")


def test_cli_verify_exit_codes(
    tmp_path: Path, keyfile: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    marked = insert_marks(ANSWER, SIGNER, RID)
    cases = {
        "ok.txt": (marked, EXIT_OK),
        "none.txt": (ANSWER, EXIT_NO_MARK),
        "edited.txt": (marked.replace("Left Bank", "left bank"), EXIT_ALTERED),
        "forged.txt": (insert_marks(ANSWER, Signer.generate(), RID), EXIT_BAD_SIGNATURE),
        "extra.txt": (marked + "\nAppended.", EXIT_UNCOVERED),
    }
    for name, (text, code) in cases.items():
        (tmp_path / name).write_text(text, encoding="utf-8")
        assert main(["watermark", "verify", str(tmp_path / name), "--key", str(keyfile)]) == code, name
    out = capsys.readouterr().out
    assert RID in out and "altered:    YES" in out and "INVALID" in out

    assert main(["watermark", "verify", str(tmp_path / "ok.txt"), "--key", str(keyfile), "--json"]) == 0
    report = json.loads(capsys.readouterr().out)
    assert report["ok"] and report["request_ids"] == [RID] and report["signature_valid"]

    # stdin, and the public key alone (PEM or JWKS) is enough to verify.
    (tmp_path / "pub.pem").write_text(SIGNER.public_pem())
    (tmp_path / "jwks.json").write_text(json.dumps(RING.jwks()))
    for key in ("pub.pem", "jwks.json"):
        monkeypatch.setattr("sys.stdin", io.TextIOWrapper(io.BytesIO(marked.encode())))
        assert main(["watermark", "verify", "--key", str(tmp_path / key)]) == 0

    # A token on the command line or from a saved response body.
    token = token_for([marked])
    assert (
        main(["watermark", "verify", str(tmp_path / "ok.txt"), "--key", str(keyfile), "--token", token]) == 0
    )
    assert (
        main(["watermark", "verify", str(tmp_path / "edited.txt"), "--key", str(keyfile), "--token", token])
        == EXIT_ALTERED
    )
    body = {
        "choices": [{"index": 0, "message": {"role": "assistant", "content": marked}}],
        "provenance": {"token": token},
    }
    (tmp_path / "resp.json").write_text(json.dumps(body))
    assert (
        main(["watermark", "verify", str(tmp_path / "resp.json"), "--key", str(keyfile), "--response"]) == 0
    )
    capsys.readouterr()

    # Usage errors: exit 2 with a message, never a traceback.
    assert main(["watermark", "verify", str(tmp_path / "missing.txt"), "--key", str(keyfile)]) == 2
    (tmp_path / "bad.bin").write_bytes(b"\xff\xfe\x00")
    assert main(["watermark", "verify", str(tmp_path / "bad.bin"), "--key", str(keyfile)]) == 2
    assert main(["watermark", "verify", str(tmp_path / "ok.txt"), "--key", str(tmp_path / "none.txt")]) == 2
    err = capsys.readouterr().err
    assert "cannot read" in err and "not UTF-8" in err and "not a PEM" in err


def test_cli_strip_and_insert(tmp_path: Path, keyfile: Path, capsys: pytest.CaptureFixture[str]) -> None:
    (tmp_path / "a.txt").write_text(ANSWER, encoding="utf-8")
    assert (
        main(
            [
                "watermark",
                "insert",
                str(tmp_path / "a.txt"),
                "--key",
                str(keyfile),
                "--request-id",
                RID,
                "--notice",
                NOTICE,
                "-o",
                str(tmp_path / "m.txt"),
                "--token-out",
                str(tmp_path / "tok"),
            ]
        )
        == 0
    )
    marked = (tmp_path / "m.txt").read_text(encoding="utf-8")
    assert strip_marks(marked) == append_notice(ANSWER, NOTICE)
    assert (
        main(
            [
                "watermark",
                "verify",
                str(tmp_path / "m.txt"),
                "--key",
                str(keyfile),
                "--token-file",
                str(tmp_path / "tok"),
            ]
        )
        == 0
    )
    capsys.readouterr()
    assert main(["watermark", "strip", str(tmp_path / "m.txt")]) == 0
    assert capsys.readouterr().out == append_notice(ANSWER, NOTICE)
    assert main(["watermark", "strip", str(tmp_path / "m.txt"), "-o", str(tmp_path / "s.txt")]) == 0
    assert (tmp_path / "s.txt").read_text(encoding="utf-8") == append_notice(ANSWER, NOTICE)
    assert main(["watermark", "verify", str(tmp_path / "s.txt"), "--key", str(keyfile)]) == EXIT_NO_MARK
