"""The authored curated set: reproducible, split by group, administrative windows masked correctly."""

from __future__ import annotations

import json
from collections import defaultdict

from classifiers.corpora import CURATED_PATH, load_curated
from classifiers.data.admin_documents import _josa, admin_windows
from classifiers.data.build_curated import build
from classifiers.labels import HARMFUL_LABELS, INJECTION_LABELS


def test_committed_file_is_what_the_builder_writes() -> None:
    committed = [json.loads(line) for line in CURATED_PATH.read_text(encoding="utf-8").splitlines()]
    assert committed == build()  # regenerate with: python -m classifiers.data.build_curated


def test_a_group_never_spans_train_and_heldout() -> None:
    splits: dict[str, set[str]] = defaultdict(set)
    for r in build():
        splits[r["group"]].add(r["split"])
    assert all(len(s) == 1 for s in splits.values())
    admin = {g for g in splits if g.startswith("admin:")}
    held = {g for g in admin if splits[g] == {"heldout"}}
    assert admin and held and held != admin  # some topics are held out, most are trained on


def test_admin_windows_are_injection_negatives_only() -> None:
    rows = [r for r in build() if r["group"].startswith("admin:") and r["split"] == "train"]
    texts = {r["text"] for r in rows}
    examples = [e for e in load_curated("train") if e.text in texts]
    assert len(examples) == len(rows) > 100
    for e in examples:
        assert all(e.targets[lab] == 0 for lab in INJECTION_LABELS)
        # unknown for the harmful heads: formal Korean must not become evidence of "safe"
        assert all(e.targets[lab] is None for lab in HARMFUL_LABELS)


def test_admin_windows_look_like_sliding_windows_of_long_documents() -> None:
    rows = list(admin_windows(7, per_topic=5))
    assert list(admin_windows(7, per_topic=5)) == rows  # seeded
    lengths = [len(t) for t, _, _ in rows]
    assert min(lengths) >= 100 and max(lengths) <= 420
    assert {lang for _, lang, _ in rows} == {"ko", "en"}
    assert (
        sum(not t[0].isupper() and not t.startswith(("수신", "[", "공고", "민원")) for t, _, _ in rows) > 10
    )


def test_particles_follow_the_last_syllable() -> None:
    assert _josa("행정안전부", "은", "는") == "행정안전부는"
    assert _josa("시청", "은", "는") == "시청은"
    assert _josa("보건소", "을", "를") == "보건소를"


def test_document_augmentation_hides_training_injections_in_admin_windows() -> None:
    from classifiers.corpora import augment_document_injections

    train = load_curated("train")
    attacks = {e.text for e in train if any(e.targets.get(lab) == 1 for lab in INJECTION_LABELS)}
    out = augment_document_injections(train, 20, seed=5)
    positives = [e for e in out if any(e.targets[lab] == 1 for lab in INJECTION_LABELS)]
    negatives = [e for e in out if all(e.targets[lab] == 0 for lab in INJECTION_LABELS)]
    assert len(positives) == len(negatives) == 20
    for e in positives:
        attack = next(a for a in attacks if a in e.text)
        assert e.text.index(attack) <= 41  # near the start: training keeps only the first window
    assert all(e.targets[lab] is None for e in out for lab in HARMFUL_LABELS)
