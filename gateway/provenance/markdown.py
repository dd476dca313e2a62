"""Just enough CommonMark block structure to keep invisible marks and notices out of code.

``BlockScanner`` follows the block phase of CommonMark line by line: block quotes and list items
as containers (with lazy paragraph continuation), fenced and indented code, HTML blocks, headings,
rules, link reference definitions, paragraphs. It never looks ahead, so the streaming inserter and
the whole-text functions decide alike. Where it simplifies, it errs towards "code": a mark left
out costs coverage, a mark in the wrong place changes the output. Inline code spans are tracked
by the inserter itself.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace

# A sentence or clause ends here (the last visible character of a line or before a space).
SENTENCE_END = frozenset(".!?…。！？")
LINE_END = SENTENCE_END | frozenset(":;")
CJK_SENTENCE_END = frozenset("。！？")
# Closing quotes and brackets that may follow the punctuation ("Done." / (Done.)). Not emphasis
# delimiters: after "**Done.**" a mark would stop the closing ** from being right-flanking (it
# follows punctuation, so CommonMark wants whitespace or punctuation after it), and the emphasis
# would show as literal asterisks.
CLOSERS = frozenset(")]\"'”’」』》")
# Emphasis and strikethrough delimiters: a mark is never put right before or after one.
DELIMITERS = frozenset("*_~")

_QUOTE = re.compile(r" {0,3}> ?")
_ITEM = re.compile(r"( {0,3})([-*+]|(\d{1,9})[.)])(?= |$)")
_FENCE_OPEN = re.compile(r"(`{3,}|~{3,})(.*)")
_FENCE_CLOSE = re.compile(r" {0,3}(`{3,}|~{3,}) *")
_ATX = re.compile(r"#{1,6}(?: |$)")
_THEMATIC = re.compile(r" {0,3}(?:(?:\* *){3,}|(?:- *){3,}|(?:_ *){3,})")
_SETEXT = re.compile(r"(?:=+|-+) *")
# A whole-line link reference definition: label, destination, optional title. (One that spans
# lines is taken for paragraph text; its lines never carry a mark, see leaf_may_carry_mark.)
_LINK_DEF = re.compile(
    r"\[(?:[^\]\\]|\\.)+\]:[ \t]*(?:<[^<>]*>|\S+)(?:[ \t]+(?:\"[^\"]*\"|'[^']*'|\([^()]*\)))?[ \t]*"
)
_LINK_DEF_START = re.compile(r" {0,3}\[[^\]]*\]:")
# What markdown-it may take for a table's delimiter row (it tries tables before other blocks).
_DELIMITER_LIKE = re.compile(r"[ \t|:-]*-[ \t|:-]*")
_HTML_RAW = re.compile(r"<(script|pre|style|textarea)(?:[ >]|$)", re.IGNORECASE)
_HTML_BLOCK_TAG = re.compile(
    r"</?(?:address|article|aside|blockquote|body|center|details|dialog|div|dl|dt|dd|fieldset|figure|footer|"
    r"form|h[1-6]|header|hr|html|iframe|li|main|menu|nav|ol|p|section|summary|table|tbody|td|tfoot|th|"
    r"thead|tr|ul)(?:[ >/]|$)",
    re.IGNORECASE,
)
_HTML_TAG = re.compile(r"</?[A-Za-z][A-Za-z0-9-]*(?:\s[^<>]*)?/?>\s*$")


@dataclass(frozen=True)
class Fence:
    char: str  # ` or ~
    length: int  # of the opening run
    depth: int  # number of containers it lives in


@dataclass(frozen=True)
class BlockState:
    # ("quote", 0, False) or ("item", content indent, no content yet): an item whose first line
    # was empty ends at the next blank line (an item can begin with at most one blank line).
    containers: tuple[tuple[str, int, bool], ...] = ()
    fence: Fence | None = None
    html_end: str | None = None  # inside an HTML block: the closer ("" = a blank line)
    indented_code: bool = False
    paragraph: bool = False  # the last line continued or started a paragraph
    table: bool = False  # inside a (GFM) table: rows until a blank line or another block
    # The last line as a possible table header: markdown-it tries tables before any other block,
    # so a line with a pipe becomes a header (even "> a | b" or "``` |") when a delimiter row
    # follows. Its text after the first ``header_depth`` containers' markers.
    header: str | None = None
    header_depth: int = 0


@dataclass(frozen=True)
class LineInfo:
    kind: str  # text | blank | code | fence | other
    leaf: str  # the line without its container markers
    new_paragraph: bool = False  # a text line that starts a paragraph (not a continuation)
    mark_ok: bool = True  # False where renderers disagree about what the line is


def _indent(s: str) -> int:
    return len(s) - len(s.lstrip(" "))


def scan_line(state: BlockState, raw: str) -> tuple[LineInfo, BlockState]:
    """Classify one line (maybe still incomplete) and return the state after it."""
    info, after = _scan_line(state, raw)
    if info.kind != "blank" and any(c[2] for c in after.containers):
        after = replace(after, containers=tuple((k, w, False) for k, w, _ in after.containers))
    return info, after


def _scan_line(state: BlockState, raw: str) -> tuple[LineInfo, BlockState]:
    # The order follows cmark: match the open containers, continue an open leaf block, open new
    # blocks, else continue a paragraph (lazily when some containers did not match).
    line = raw.expandtabs(4)
    pos = matched = 0
    positions = [0]  # where the text after the first i containers' markers starts
    for kind, width, empty in state.containers:
        rest = line[pos:]
        if kind == "quote":
            m = _QUOTE.match(rest)
            if m is None:
                break
            pos += m.end()
        elif rest.strip():
            if _indent(rest) < width:
                break
            pos += width
        elif empty:
            break
        matched += 1
        positions.append(pos)
    rest = line[pos:]
    all_matched = matched == len(state.containers)

    if state.header is not None and matched >= state.header_depth:
        delimiter = line[positions[state.header_depth] :]
        if _indent(delimiter) < 4 and _is_table_start(state.header, delimiter.lstrip(" ")):
            return LineInfo("other", rest), BlockState(
                containers=state.containers[: state.header_depth], table=True
            )

    # Leaf blocks that continue: fenced code, HTML, indented code, tables.
    if state.fence is not None and all_matched:
        m = _FENCE_CLOSE.fullmatch(rest)
        if m and m.group(1)[0] == state.fence.char and len(m.group(1)) >= state.fence.length:
            return LineInfo("fence", rest), replace(state, fence=None, header=None)
        return LineInfo("code", rest), replace(state, header=None)
    if state.html_end is not None and all_matched:
        if state.html_end == "":
            if not rest.strip():
                return LineInfo("blank", rest), replace(state, html_end=None, header=None)
            return LineInfo("code", rest), replace(state, header=None)
        ended = state.html_end in rest.lower()
        return LineInfo("code", rest), replace(state, html_end=None if ended else state.html_end, header=None)
    if state.indented_code and all_matched:
        if not rest.strip():
            return LineInfo("blank", rest), replace(state, header=None)
        if _indent(rest) >= 4:
            return LineInfo("code", rest), replace(state, header=None)
    if state.table:
        table_end = BlockState(containers=state.containers[:matched])
        if all_matched and rest.strip() and _indent(rest) < 4:
            info, after = scan_line(table_end, raw)
            same = [c[:2] for c in after.containers] == [c[:2] for c in state.containers]
            if same and (
                info.kind == "text" or (info.kind == "other" and _LINK_DEF.fullmatch(info.leaf.lstrip(" ")))
            ):
                return LineInfo("other", rest), state  # a row (markdown-it: even without pipes)
            return info, after
        state = table_end
    state = replace(state, fence=None, html_end=None, indented_code=False, header=None)
    info, after = _new_blocks(state, line, pos, matched, all_matched)
    if "|" in line[pos:] and info.kind in ("text", "fence", "code", "other") and _indent(line[pos:]) < 4:
        after = replace(after, header=line[pos:], header_depth=matched)
    return info, after


def _new_blocks(
    state: BlockState, line: str, pos: int, matched: int, all_matched: bool
) -> tuple[LineInfo, BlockState]:
    para = state.paragraph and all_matched  # the line may continue (or interrupt) this paragraph
    lazy = state.paragraph and not all_matched  # ...or continue it lazily if it opens nothing
    base = state.containers[:matched]
    opened: list[tuple[str, int, bool]] = []
    while True:
        rest = line[pos:]
        if _indent(rest) >= 4:
            break
        m = _QUOTE.match(rest)
        if m:
            opened.append(("quote", 0, False))
            pos += m.end()
            para = lazy = False
            continue
        m = _ITEM.match(rest)
        if m and not _THEMATIC.fullmatch(rest):
            after = rest[m.end() :]
            empty = not after.strip()
            if para and (empty or m.group(3) not in (None, "1")):
                break  # an empty item or one not starting at 1 cannot interrupt a paragraph
            spaces = _indent(after)
            opened.append(("item", m.end() + (1 if empty or spaces >= 5 else spaces), empty))
            pos += min(opened[-1][1], len(rest))
            para = lazy = False
            continue
        break
    rest = line[pos:]
    fresh = BlockState(containers=base + tuple(opened))
    if not rest.strip():
        return LineInfo("blank", rest), fresh
    ind = _indent(rest)
    s = rest[ind:]
    if ind >= 4:
        if para:
            return LineInfo("text", rest), state
        if lazy:
            # Continuing a paragraph only lazily: cmark says paragraph text, markdown-it sometimes
            # code (in nested quotes). Carry on as a paragraph, but never put a mark on the line.
            return LineInfo("text", rest, mark_ok=False), state
        return LineInfo("code", rest), replace(fresh, indented_code=True)
    m = _FENCE_OPEN.match(s)
    if m and not (m.group(1)[0] == "`" and "`" in m.group(2)):
        return LineInfo("fence", rest), replace(
            fresh, fence=Fence(m.group(1)[0], len(m.group(1)), len(fresh.containers))
        )
    if _ATX.match(s) or _THEMATIC.fullmatch(rest) or (para and _SETEXT.fullmatch(s)):
        return LineInfo("other", rest), fresh
    if s.startswith("<"):
        end = _html_end(s, para or lazy)
        if end is not None:
            done = end != "" and end in s.lower()[1:]
            return LineInfo("code", rest), replace(fresh, html_end=None if done else end)
    if para or lazy:
        return LineInfo("text", rest), state  # paragraph continuation: the containers stay as they were
    if _LINK_DEF.fullmatch(s):
        return LineInfo("other", rest), fresh
    return LineInfo("text", rest, new_paragraph=True), replace(fresh, paragraph=True)


def _split_cells(line: str) -> list[str]:
    """A table row's cells as markdown-it splits them: on pipes not escaped by a backslash, without
    the empty cells outside a leading and a trailing pipe."""
    cells: list[str] = []
    cell: list[str] = []
    escaped = False
    for ch in line.strip():
        if ch == "|" and not escaped:
            cells.append("".join(cell))
            cell = []
        else:
            cell.append(ch)
        escaped = ch == "\\" and not escaped
    cells.append("".join(cell))
    if cells and not cells[0].strip():
        cells.pop(0)
    if cells and not cells[-1].strip():
        cells.pop()
    return cells


def _is_table_start(header: str, line: str) -> bool:
    """``line`` is a delimiter row that makes the paragraph line ``header`` a table's header."""
    if "|" not in header or not line or line[0] not in "|-:" or (line[0] == "-" and line[1:2] in (" ", "\t")):
        return False
    if line.strip(" \t|-:"):
        return False
    cols = line.strip().split("|")
    specs = []
    for i, col in enumerate(cols):
        t = col.strip()
        if not t:
            if i in (0, len(cols) - 1):
                continue
            return False
        if not re.fullmatch(r":?-+:?", t):
            return False
        specs.append(t)
    return bool(specs) and len(_split_cells(header)) == len(specs)


def _html_end(s: str, in_paragraph: bool) -> str | None:
    """The closer of an HTML block starting with ``s``, or None when ``s`` starts none."""
    m = _HTML_RAW.match(s)
    if m:
        return f"</{m.group(1).lower()}>"
    for start, end in (("<!--", "-->"), ("<?", "?>"), ("<![CDATA[", "]]>")):
        if s.startswith(start):
            return end
    if re.match(r"<![A-Za-z]", s):
        return ">"
    if _HTML_BLOCK_TAG.match(s):
        return ""
    if not in_paragraph and _HTML_TAG.match(s):
        return ""
    return None


class BlockScanner:
    """Feeds complete lines; ``peek`` classifies the line still being written."""

    def __init__(self) -> None:
        self.state = BlockState()

    def peek(self, line: str) -> LineInfo:
        return scan_line(self.state, line)[0]

    def push(self, line: str) -> LineInfo:
        info, self.state = scan_line(self.state, line)
        return info


def open_block_at_end(text: str) -> BlockState:
    """The block state after all of ``text`` (its last line may be partial)."""
    scanner = BlockScanner()
    for line in text.split("\n"):
        scanner.push(line)
    return scanner.state


def leaf_may_carry_mark(leaf: str) -> bool:
    """False for text lines whose meaning a trailing invisible character could change: table rows
    and delimiter rows, display math, and what may be a link reference definition."""
    head = leaf.lstrip(" ")
    return not (
        head.startswith(("|", "$$")) or _LINK_DEF_START.match(leaf) or _DELIMITER_LIKE.fullmatch(leaf)
    )


def is_list_marker(prefix: str) -> bool:
    """``prefix`` (a line so far) is only an ordered-list marker such as ``12.``."""
    return re.fullmatch(r"[ \t]*(?:>[ \t]*)*(?:[-*+][ \t]+)?\d{1,9}[.)]", prefix) is not None


def last_word_is_link(line: str) -> bool:
    """A URL or e-mail address ends the line: a mark right after it would become part of the link
    for renderers that autolink bare URLs."""
    word = line[line.rfind(" ") + 1 :]
    return "://" in word or word.startswith("www.") or "@" in word or "](" in word


def ends_sentence(line: str, ends: frozenset[str] = SENTENCE_END) -> bool:
    """The line (so far) ends with sentence punctuation, maybe followed by closing quotes/brackets."""
    i = len(line) - 1
    while i >= 0 and line[i] in CLOSERS:
        i -= 1
    return i >= 0 and line[i] in ends
