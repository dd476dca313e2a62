"""ko_harmful_requests3: Korean harmful requests with benign twins (hand-written, deterministic).

Each pairs_*.py file holds hand-written (lang, extra_labels, harmful, twin) tuples for one
category. Here the topics are numbered per category; the harmful row gets the category's label
(plus any extra labels) and the twin gets [] with the same topic and lang.
"""

import pairs_bully
import pairs_cbrn
import pairs_crime
import pairs_cyber
import pairs_defame
import pairs_discrim
import pairs_drugs
import pairs_fraud
import pairs_hate
import pairs_long
import pairs_minors
import pairs_misinfo
import pairs_selfharm
import pairs_story
import pairs_terror
import pairs_violence

FAMILY = "ko_harm3"

CATEGORIES = [
    ("cbrn", "cbrn", pairs_cbrn.PAIRS),
    ("crime", "crime", pairs_crime.PAIRS),
    ("fraud", "fraud_scams", pairs_fraud.PAIRS),
    ("selfharm", "self_harm", pairs_selfharm.PAIRS),
    ("minors", "sexual_minors", pairs_minors.PAIRS),
    ("violence", "violence_weapons", pairs_violence.PAIRS),
    ("cyber", "cybercrime", pairs_cyber.PAIRS),
    ("hate", "hate_harassment", pairs_hate.PAIRS),
    ("misinfo", "misinformation", pairs_misinfo.PAIRS),
    ("drugs", "illegal_drugs", pairs_drugs.PAIRS),
    ("discrim", "discrimination", pairs_discrim.PAIRS),
    ("terror", "terrorism", pairs_terror.PAIRS),
    ("bully", "cyberbullying", pairs_bully.PAIRS),
    ("defame", "defamation", pairs_defame.PAIRS),
]

ROWS = []
for prefix, label, pairs in CATEGORIES:
    pairs = list(pairs) + list(pairs_long.LONG.get(prefix, []))
    pairs += [(lang, extra, story + bad, story + good)
              for lang, extra, story, bad, good in pairs_story.STORY.get(prefix, [])]
    for n, (lang, extra, harmful, twin) in enumerate(pairs, start=1):
        topic = f"{prefix}-{n:02d}"
        labels = [label] + [x for x in extra if x != label]
        ROWS.append(dict(lang=lang, labels=labels, family=FAMILY, topic=topic, text=harmful))
        ROWS.append(dict(lang=lang, labels=[], family=FAMILY, topic=topic, text=twin))
