"""Indirect prompt injections inside tool outputs, with benign twins (helper tool-injection-writer).

All hosts (hosts_en.py, hosts_ko.py), injection sentences (pools.py, extra.py) and human-facing
notes are hand-written. This module only assembles: it puts an injection (or, for the twin, a note
meant for human readers, or nothing) into the host's slot, with an optional framing line before it.
An injection row and its twin share family, lang and topic, so they land in the same split.
Stdlib only, deterministic.
"""

from extra import EXTRA
from hosts_en import HOSTS_EN
from hosts_ko import HOSTS_KO
from pools import (FRAME_EN, FRAME_KO, INJ_EN, INJ_EN_ONLY_FOR_KO, INJ_KO, INJ_MIXED, SPLIT_EN,
                   SPLIT_KO)

INJ = ["prompt_injection"]
FAMILY = "tool_output"
PER_HOST = 6

NOTE_MIXED = [
    "자세한 내용은 FAQ page를 참고해 주세요. English guide is also available.",
    "Please note: 담당자 확인 후 회신드립니다.",
    "deadline은 금요일 EOD입니다. 늦으면 PM에게 미리 공유해 주세요.",
    "확인 후 reply 부탁드립니다. Thanks!",
    "업데이트된 내용은 다음 주 weekly meeting에서 공유하겠습니다.",
    "관련 문의는 help desk로 ticket 남겨 주세요.",
]


def _fit(marker: str, line: str, text: str) -> str:
    if marker.startswith("Q"):
        return text.replace("\\", "\\\\").replace('"', '\\"').replace("\n", "\\n")
    if marker == "A":
        return text.replace('"', "'").replace("<", "").replace(">", "").replace("\n", " ")
    if marker == "C":
        text = text.replace("\n", " ")
        if "," in text or '"' in text:
            text = '"' + text.replace('"', '""') + '"'
        return text
    if marker.startswith("L"):
        text = text.replace("\n", " ")
        if "<!--" in line:
            text = text.replace("<!--", "").replace("-->", "").strip()
        return text
    return text


def _fill(host: str, values: dict) -> str:
    out = []
    for line in host.split("\n"):
        drop = False
        for marker, value in values.items():
            tag = "{" + marker + "}"
            if tag in line:
                if not value:
                    line = line.replace(" " + tag, tag)
                if not value and marker in ("S", "L1", "L2") and line.replace(tag, "").strip() in ("", ">"):
                    drop = True
                line = line.replace(tag, _fit(marker, line, value))
        if not drop:
            out.append(line.rstrip())
    text = "\n".join(out)
    while "\n\n\n" in text:
        text = text.replace("\n\n\n", "\n\n")
    return text.strip("\n")


def _markers(host: str) -> list:
    return [m for m in ("S", "L", "Q", "A", "C", "Q1", "Q2", "L1", "L2") if "{" + m + "}" in host]


def _values(markers: list, content) -> dict:
    if isinstance(content, tuple):
        if len(markers) == 2:
            return {markers[0]: content[0], markers[1]: content[1]}
        content = " ".join(p for p in content if p)
    return {markers[0]: content}


def _build() -> list:
    rows = []
    counters = {"en": 0, "ko": 0, "mixed": 0, "en4ko": 0, "split_en": 0, "split_ko": 0}

    def take(name, pool):
        item = pool[counters[name] % len(pool)]
        counters[name] += 1
        return item

    for hidx, host in enumerate(HOSTS_EN + HOSTS_KO):
        is_en = hidx < len(HOSTS_EN)
        markers = _markers(host["text"])
        split = len(markers) == 2
        frames = FRAME_EN if is_en else FRAME_KO
        for k in range(PER_HOST):
            lang = "en" if is_en else "ko"
            if split:
                inj = take("split_en", SPLIT_EN) if is_en else take("split_ko", SPLIT_KO)
            elif is_en:
                inj = take("en", INJ_EN)
            elif k == 4:
                lang = "mixed"
                inj = take("mixed", INJ_MIXED) if hidx % 2 else take("en4ko", INJ_EN_ONLY_FOR_KO)
            else:
                inj = take("ko", INJ_KO)
            notes = host["notes"]
            note = notes[k % len(notes)]
            if lang == "mixed":
                note = NOTE_MIXED[hidx % len(NOTE_MIXED)]
            frame = frames[(hidx + k) % len(frames)]
            for labels, content in ((INJ, inj), ([], note)):
                rows.append(dict(lang=lang, labels=labels, family=FAMILY, topic=host["topic"],
                                 text=frame + _fill(host["text"], _values(markers, content))))
    for item in EXTRA:
        for labels, key in ((INJ, "inj"), ([], "twin")):
            rows.append(dict(lang=item["lang"], labels=labels, family=FAMILY, topic=item["topic"],
                             text=item[key]))
    return rows


ROWS = _build()
