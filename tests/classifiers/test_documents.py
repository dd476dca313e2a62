"""Long administrative documents: the bundled model must neither block them (finding C in
docs/reliability.md) nor miss an injection hidden inside them. Held-out data only."""

from __future__ import annotations

import json

import numpy as np
import pytest

from classifiers.corpora import CURATED_PATH, heldout_documents
from classifiers.data.admin_documents import EN_SENTENCES, KO_SENTENCES
from classifiers.evaluate import score_examples
from tests.classifiers.conftest import requires_base
from tests.reliability.workload import LONG_DOCS

# measured on the committed artifact (docs/classifier.md "Long documents"), with a small margin
MAX_DOCS_FLAGGED = (
    1  # of 12 held-out documents; measured 1 (an English memo withdrawing earlier AI guidance);
)
#                       the previous model: 9
MIN_EMBEDDED_CAUGHT = (
    0.22  # held-out injections hidden in them; measured 0.255 (Korean 34 of 168): weak, see docs
)


def test_documents_are_held_out() -> None:
    ex = heldout_documents()
    docs = [e for e in ex if e.meta["kind"] == "document"]
    embedded = [e for e in ex if e.meta["kind"] == "embedded"]
    assert len(docs) == 12 and len(embedded) % 12 == 0 and len(embedded) >= 12 * 10
    train = {
        json.loads(line)["text"]
        for line in CURATED_PATH.read_text(encoding="utf-8").splitlines()
        if json.loads(line)["split"] == "train"
    }
    assert not any(d.text in train for d in docs)
    assert not any(e.meta["attack"] in train for e in embedded)
    # no sentence the training generator writes appears in the documents (slot-free fragments checked)
    for template in KO_SENTENCES + EN_SENTENCES:
        fragment = max(template.split("{")[0].split("}"), key=len).strip()
        if len(fragment) >= 12:
            assert not any(fragment in d.text for d in docs), fragment
    for e in embedded:
        assert any(v == 1 for v in e.targets.values())


@pytest.mark.slow
@requires_base
def test_bundled_model_on_long_documents(bundled_model) -> None:
    m = bundled_model
    ex = heldout_documents()
    scores = score_examples(m, ex)
    inj = [m.labels.index(lab) for lab in ("prompt_injection", "jailbreak")]
    th = np.array([m.thresholds[m.labels[i]] for i in inj])
    hit = (scores[:, inj] >= th).any(axis=1)
    kinds = np.array([e.meta["kind"] for e in ex])
    assert hit[kinds == "document"].sum() <= MAX_DOCS_FLAGGED
    assert hit[kinds == "embedded"].mean() >= MIN_EMBEDDED_CAUGHT
    # the reliability suite's long documents (never trained on) pass untouched
    from classifiers.corpora import Example, _all_zero

    long_scores = score_examples(m, [Example(d, _all_zero(), "suite", "heldout") for d in LONG_DOCS])
    assert not (long_scores[:, inj] >= th).any()
