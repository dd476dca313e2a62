"""Direct Korean prompt injections / jailbreaks in unusual registers, with benign twins.

Written by helper ko-register-writer. Every text is hand-written in the reg_*.py modules as
(goal, lang, label code, attack, twin) tuples; this module only assembles rows. The twin shares
lang and topic (register + goal + index) with its attack row. stdlib only, deterministic.
"""

from reg_casual import BANMAL, SLANG
from reg_konglish import KONGLISH
from reg_list import LIST
from reg_official import OFFICIAL, POLITE
from reg_poem import POEM
from reg_question import QUESTION
from reg_style import BEONYEOK, SAGEUK, TYPO

# One family for an attack and its twin: the group key (family:lang:topic) then keeps each pair in one split.
ATTACK_FAMILY = TWIN_FAMILY = "ko_register"
LABELS = {
    "pi": ["prompt_injection"],
    "jb": ["jailbreak"],
    "both": ["prompt_injection", "jailbreak"],
}
# register slug -> pairs
REGISTERS = [
    ("official", OFFICIAL),      # 공문체
    ("honorific", POLITE),       # 극존칭/고객센터 말투
    ("banmal", BANMAL),          # 반말/친구 말투
    ("slang", SLANG),            # 인터넷 은어, 줄임말, 초성
    ("sageuk", SAGEUK),          # 사극체/고어체
    ("translationese", BEONYEOK),  # 번역투
    ("typo", TYPO),              # 오타와 띄어쓰기 오류
    ("konglish", KONGLISH),      # 영어 단어 섞기
    ("poem", POEM),              # 시/노래 가사 형식
    ("question", QUESTION),      # 명령을 질문으로 위장
    ("list", LIST),              # 여러 줄 목록 형식
]


def _rows():
    out = []
    for reg, pairs in REGISTERS:
        for i, (goal, lang, code, attack, twin) in enumerate(pairs, 1):
            topic = f"{reg}-{goal}-{i:02d}"
            out.append(dict(lang=lang, labels=list(LABELS[code]), family=ATTACK_FAMILY,
                            topic=topic, text=attack.strip()))
            out.append(dict(lang=lang, labels=[], family=TWIN_FAMILY, topic=topic, text=twin.strip()))
    return out


ROWS = _rows()
