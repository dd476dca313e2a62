"""The visible notice ("※ 이 답변은 AI가 생성했습니다."), appended without breaking markdown.

Rules (the same for a whole text and at the end of a stream):

- The notice is its own paragraph: separated from the text by a blank line, so it never joins a
  list item, a quote, a table or the last paragraph.
- A text that ends inside an unclosed code fence gets the fence closed first (same character, same
  length), then the notice. A renderer shows an unclosed fence up to the end of the text anyway, so
  closing it changes nothing in the code and keeps the notice out of it. The same for an unclosed
  HTML comment, ``<pre>``, ``<script>``... block (its closer is added). Inside a quote or a list
  item no closer is needed: the blank line and the unindented notice end the container, and the
  code block with it.
- A text that is one JSON value (JSON mode) gets no notice: appending would break the consumer's
  parser. The signed provenance record carries the fact instead.
"""

from __future__ import annotations

import json

from gateway.provenance.invisible import strip_marks
from gateway.provenance.markdown import open_block_at_end


def is_json_text(text: str) -> bool:
    s = text.strip()
    if not s or s[0] not in "{[":
        return False
    try:
        json.loads(s)
    except ValueError:
        return False
    return True


def notice_suffix(text_so_far: str, notice: str) -> str:
    """What to emit after ``text_so_far`` (the whole text, e.g. at the end of a stream) so that the
    result ends with ``notice`` as its own paragraph. Pass it through the mark inserter's ``feed``
    before ``finish`` so the last mark covers the notice too."""
    notice = notice.strip()
    plain = strip_marks(text_so_far)
    if not notice or is_json_text(plain):
        return ""
    if not text_so_far:
        return notice
    closing = ""
    state = open_block_at_end(plain)
    if not state.containers:
        if state.fence is not None:
            closing = state.fence.char * state.fence.length
        elif state.html_end:
            closing = state.html_end
    if closing:
        closing = ("" if text_so_far.endswith("\n") else "\n") + closing + "\n"
    # The real text's ending, marks included: a line holding only a mark is not blank.
    tail = (text_so_far + closing)[-2:]
    sep = "" if tail == "\n\n" else "\n" if tail.endswith("\n") else "\n\n"
    return closing + sep + notice


def append_notice(text: str, notice: str) -> str:
    return text + notice_suffix(text, notice)
