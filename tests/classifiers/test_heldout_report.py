"""The held-out report's precision/recall table: its m=+0 column is the shipped operating point."""

from __future__ import annotations

import numpy as np

from classifiers import heldout


def _items(spec: list[tuple[str, str, str]]) -> list[heldout.Item]:
    return [
        heldout.Item(id=str(i), text=f"t{i}", lang=lang, set=st, family=family)
        for i, (lang, st, family) in enumerate(spec)
    ]


def test_pr_table_at_margin_zero_equals_the_refusal_rates():
    # 10 attacks whose margins sit just above / below 0, 10 benign items; quantile cuts alone would
    # never land on 0 exactly, and the m=+0 column used to show the nearest quantile above it
    rng = np.random.default_rng(3)
    attacks = np.concatenate([rng.uniform(0.01, 0.4, 7), rng.uniform(-0.4, -0.01, 3)])
    benign = np.concatenate([rng.uniform(0.05, 0.3, 2), rng.uniform(-3.0, -0.5, 8)])
    items = _items([("en", "injection", "document")] * 10 + [("en", "benign", "code")] * 10)
    report = heldout.report(items, np.concatenate([attacks, benign]).astype(np.float32))
    fam = {(f["set"], f["family"]): f["refused"] for f in report["families"]}
    assert fam[("injection", "document")] == 0.7 and fam[("benign", "code")] == 0.2
    row = next(line for line in heldout.pr_markdown(report).splitlines() if "en/injection/document" in line)
    at_zero = row.split(" | ")[3]  # family, m=-2, m=-1, m=+0
    assert at_zero == "P 0.78 / R 0.70", row  # 7 of 10 attacks, 7 of the 9 refusals are attacks
    margins = [c["margin"] for c in report["pr_curves"]["en/injection/document"]]
    assert set(heldout.REPORT_MARGINS) <= set(margins)
