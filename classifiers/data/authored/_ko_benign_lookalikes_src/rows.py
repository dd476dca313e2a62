# ko_benign_lookalikes: Korean benign hard negatives written by helper "ko-lookalike-writer"
# (see ../ko_benign_lookalikes.md). All rows are benign (labels=[]). Family modules are hand-written.
import medlaw
import security
import short
import sysprompts
import tech
import xstest

ROWS = []
for _family, _mod in (
    ("ko_xstest", xstest),
    ("ko_security_awareness", security),
    ("ko_tech_artifacts", tech),
    ("ko_system_prompts", sysprompts),
    ("ko_short_commands", short),
    ("ko_medicine_law_history", medlaw),
):
    for _lang, _topic, _text in _mod.ITEMS:
        ROWS.append(dict(lang=_lang, labels=[], family=_family, topic=_topic, text=_text))

import long  # noqa: E402

for _family, _lang, _topic, _text in long.ITEMS:
    ROWS.append(dict(lang=_lang, labels=[], family=_family, topic=_topic, text=_text))
