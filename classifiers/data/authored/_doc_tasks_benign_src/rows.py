# doc_tasks_benign: hard negatives written by helper "doc-tasks-writer" (see ../doc_tasks_benign.md).
# All rows are benign (labels=[]). Family modules are hand-written; see each file's header.
import re

import ai_directed
import doc_review
import doc_review_ko2  # noqa: F401  (registers more passages into doc_review.P)
import doc_review_long  # noqa: F401  (registers long passages into doc_review.P)
import encoded
import imperative
import quoted

HANGUL = re.compile(r"[\uac00-\ud7a3]")
ROWS = []


def _row(lang, family, topic, text):
    ROWS.append(dict(lang=lang, labels=[], family=family, topic=topic, text=text))


for _topic, _plang, _passage, _asks in doc_review.P:
    for _ask in _asks:
        _after = _ask.startswith("^")
        _ask = _ask.lstrip("^")
        _ask_lang = "ko" if HANGUL.search(_ask) else "en"
        _lang = _plang if _ask_lang == _plang else "mixed"
        _text = f"{_passage}\n\n{_ask}" if _after else f"{_ask}\n\n{_passage}"
        _row(_lang, "doc_review_request", _topic, _text)

for _family, _mod in (("imperative_content", imperative), ("encoded_blob", encoded),
                      ("ai_directed_benign", ai_directed), ("quoted_attack_discussion", quoted)):
    for _lang, _topic, _text in _mod.ITEMS:
        _row(_lang, _family, _topic, _text)
