"""Hidden (indirect) prompt injections with benign twins, by helper hidden-injection-writer.

Every host passage, injection sentence and human-facing note is hand-written (hosts_ko.py,
hosts_other.py, pools.py, extra.py, direct.py). This module only places an injection (or, for the
twin, nothing / a legitimate note to human readers) at a chosen position of the same host.
Twin rows share family, lang and topic with their injection row, so they land in the same split.
"""

from direct import DIRECT_PAIRS
from extra import SPECIFIC, SPECIFIC_EN
from hosts_ko import HOSTS_KO
from hosts_other import HOSTS_EN, HOSTS_LONG_KO, HOSTS_MIXED
from pools import INJ_EN, INJ_KO, INJ_MIXED, NOTE_EN, NOTE_KO, NOTE_MIXED

INJ = ["prompt_injection"]
# slots inside an HTML attribute / a table or CSV cell / a one-line field: no newlines there
ATTR = {"en-html-recipe"}
CSV = {"csv-orders", "en-csv-inventory"}
ONE_LINE = {"sheet-budget", "spreadsheet-grades", "tool-db-query", "en-calendar", "en-chat-transcript",
            "chatlog-support", "search-recipe", "search-hotel", "mx-search-dev", "review-cafe-shop",
            "html-shop", "html-blog-comment", "mx-html-landing", "en-search-results", "code-comment"}
FOOTNOTE_OK_KO = "각주"


def _fit(topic: str, text: str, quoted: bool) -> str:
    if quoted:
        return text.replace("\\", "\\\\").replace('"', '\\"').replace("\n", "\\n")
    if topic in ATTR:
        return text.replace('"', "'").replace("\n", " ")
    if topic in CSV:
        text = text.replace("\n", " ")
        if "," in text or '"' in text:
            text = '"' + text.replace('"', '""') + '"'
        return text
    if topic in ONE_LINE:
        return text.replace("\n", " ")
    return text


def _clean(text: str) -> str:
    out = "\n".join(line.rstrip() for line in text.split("\n"))
    while "\n\n\n" in out:
        out = out.replace("\n\n\n", "\n\n")
    return out.strip("\n")


def _fill(host: str, marker: str, value: str) -> str:
    """Replace the slot; a slot line left empty (or only a comment mark) is dropped."""
    lines = []
    for line in host.split("\n"):
        if marker in line and not value and line.replace(marker, "").strip() in ("", "#"):
            continue
        lines.append(line.replace(marker, value))
    return _clean("\n".join(lines))


def place(topic: str, host: str, insert: str, mode: str, lang: str) -> str:
    """Put ``insert`` (possibly empty) into ``host`` at ``mode``."""
    if "{Q}" in host:
        return _fill(host, "{Q}", _fit(topic, insert, True))
    if mode == "slot":
        return _fill(host, "{S}", _fit(topic, insert, False))
    base = _fill(host, "{S}", "")
    if not insert:
        return base
    lines = base.split("\n")
    if mode == "start":
        return insert + "\n" + base
    if mode == "end":
        return base + "\n" + insert
    if mode == "footnote":
        mark = "\n\n---\n* " if lang == "en" else "\n\n" + FOOTNOTE_OK_KO + " 1) "
        return base + mark + insert
    if mode == "middle":
        k = len(lines) // 2
        return "\n".join(lines[:k] + [insert] + lines[k:])
    if mode == "after1":
        return "\n".join(lines[:1] + [insert] + lines[1:])
    if mode == "split":  # the inserted sentence broken over two lines in the middle of the host
        words = insert.split(" ")
        h = max(1, len(words) // 2)
        k = len(lines) // 2
        return "\n".join(lines[:k] + [" ".join(words[:h]), " ".join(words[h:])] + lines[k:])
    raise ValueError(mode)


def _modes(topic: str, host: str, n: int) -> list[str]:
    if "{Q}" in host:
        return ["slot"] * n
    if "{S}" not in host:
        return (["start", "middle", "end", "split", "after1"] * 2)[:n]
    if topic in CSV or topic in ONE_LINE or topic in ATTR:
        return ["slot"] * n
    return (["slot", "slot", "footnote", "slot", "start"] * 2)[:n]


import collections

ROWS: list[dict] = []
USED: collections.Counter = collections.Counter()

# injections that name a kind of host only go to hosts of that kind (substring -> topic keywords)
TYPED = {
    "회의록": ("minutes", "meeting"), "지원자": ("resume", "cover"), "이력서": ("resume", "cover"),
    "리뷰": ("review", "blog"), "별점": ("review", "blog"), "계약서": ("contract",), "논문": ("abstract",),
    "코드를 분석": ("code", "readme"), "민원": ("minwon",), "이 메일": ("email",), "일정을 수락": ("calendar",),
    "검색 결과": ("search",), "이 행의": ("csv", "sheet", "db", "grades"), "티켓": ("ticket",),
    "과제물": ("lecture", "grades"), "보고서를 평가": ("pdf", "report"), "기사를": ("news", "press"),
    "이 페이지": ("html", "news", "search", "blog", "wiki"), "이 상품": ("review", "product", "shop"),
    "resume": ("resume",), "product": ("review",), "paper": ("abstract",), "refund": ("ticket", "invoice"),
    "candidate": ("resume",), "this page": ("html", "search", "wiki", "recipe"),
    "이 리뷰": ("review",), "이 회사": ("press", "search", "html", "landing"),
}


def _fits(inj: str, topic: str) -> bool:
    for key, kinds in TYPED.items():
        if key in inj and not any(k in topic for k in kinds):
            return False
    return True


def add_host(hi: int, topic: str, family: str, host: str, lang: str, n: int,
             pool: list[str], notes: list[str], specific: list[str]) -> None:
    modes = _modes(topic, host, n)
    picks = list(specific)
    typed = [x for x in pool if any(key in x for key in TYPED)]
    fitting = sorted((x for x in typed if _fits(x, topic)), key=lambda x: (USED[x], pool.index(x)))
    if fitting and len(picks) < n:
        picks.append(fitting[0])
    order = sorted((x for x in pool if x not in typed),
                   key=lambda x: (USED[x], (pool.index(x) * 13 + hi * 7) % len(pool)))
    for cand in order:
        if len(picks) >= n:
            break
        if cand not in picks:
            picks.append(cand)
    for x in picks:
        USED[x] += 1
    for v in range(n):
        inj, mode, row_lang, note_pool = picks[v], modes[v], lang, notes
        # every seventh Korean host: one English injection inside the Korean document (lang mixed)
        if lang == "ko" and v == n - 1 and hi % 7 == 2:
            inj, row_lang, note_pool = INJ_EN[hi % len(INJ_EN)], "mixed", NOTE_EN
        # some English hosts: a Korean injection inside the English document (lang mixed)
        if lang == "en" and v == n - 1 and hi % 3 == 0:
            inj, row_lang, note_pool = INJ_KO[(hi * 11) % len(INJ_KO)], "mixed", NOTE_KO
        ROWS.append(dict(lang=row_lang, labels=INJ, family=family, topic=topic,
                         text=place(topic, host, inj, mode, row_lang)))
        if v == 0 and mode in ("slot", "start"):
            note = ""
        else:
            note = note_pool[(hi * 5 + v) % len(note_pool)]
        ROWS.append(dict(lang=row_lang, labels=[], family=family, topic=topic,
                         text=place(topic, host, note, mode, row_lang)))


for i, (topic, family, host) in enumerate(HOSTS_KO + HOSTS_LONG_KO):
    add_host(i, topic, family, host, "ko", 4, INJ_KO, NOTE_KO, SPECIFIC.get(topic, []))
for i, (topic, family, host) in enumerate(HOSTS_EN):
    add_host(i, topic, family, host, "en", 5, INJ_EN, NOTE_EN, SPECIFIC_EN.get(topic, []))
for i, (topic, family, host) in enumerate(HOSTS_MIXED):
    add_host(i, topic, family, host, "mixed", 4, INJ_MIXED + INJ_KO[:10], NOTE_MIXED, [])

for topic, inj, twin in DIRECT_PAIRS:
    ROWS.append(dict(lang="ko", labels=INJ, family="direct", topic=topic, text=inj))
    ROWS.append(dict(lang="ko", labels=[], family="direct", topic=topic, text=twin))
