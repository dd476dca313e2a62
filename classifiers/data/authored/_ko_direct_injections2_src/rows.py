"""ko_direct_injections2: hand-written Korean direct-injection / jailbreak rows
and their legitimate twins.  Stdlib only, deterministic."""
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))

from pairs_a import PAIRS_A  # noqa: E402
from pairs_b import PAIRS_B  # noqa: E402
from pairs_c import PAIRS_C  # noqa: E402
from pairs_d import PAIRS_D  # noqa: E402
from compose import compose_pairs  # noqa: E402

_LABELS = {
    "P": ["prompt_injection"],
    "J": ["jailbreak"],
    "PJ": ["prompt_injection", "jailbreak"],
}
_LANG = {"k": "ko", "m": "mixed"}


def _build():
    rows = []
    counters = {}
    for cat, lab, lang, attack, twin in PAIRS_A + PAIRS_B + PAIRS_C + PAIRS_D + compose_pairs():
        counters[cat] = counters.get(cat, 0) + 1
        topic = "%s-%02d" % (cat, counters[cat])
        lg = _LANG[lang]
        rows.append(dict(lang=lg, labels=list(_LABELS[lab]), family="ko_direct2",
                         topic=topic, text=attack))
        rows.append(dict(lang=lg, labels=[], family="ko_direct2",
                         topic=topic, text=twin))
    return rows


ROWS = _build()
