"""Model licence registry: licence ids and the facts rules can test.

A policy's ``match.licenses`` names licence ids (globs) and ``match.license_facts`` tests facts,
e.g. ``{commercial_use: false}`` to catch non-commercial models, or
``{use_restrictions: openrail-m-attachment-a}`` for any licence carrying OpenRAIL-M's
Attachment A. The gateway supplies the target model's licence id in
:class:`policies.engine.RequestMeta.model_license` (from its model configuration).
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass


@dataclass(frozen=True, slots=True)
class LicenseFacts:
    id: str
    name: str
    osi_approved: bool
    commercial_use: bool
    use_restrictions: tuple[str, ...] = ()  # named restriction sets, e.g. "openrail-m-attachment-a"
    outputs_may_train_other_llms: bool = True
    attribution_required: bool = False

    def fact(self, key: str) -> bool | str | tuple[str, ...] | None:
        return getattr(self, key, None) if key in FACT_KEYS else None


FACT_KEYS: frozenset[str] = frozenset(
    {
        "osi_approved",
        "commercial_use",
        "use_restrictions",
        "outputs_may_train_other_llms",
        "attribution_required",
    }
)

_ATTACHMENT_A = ("openrail-m-attachment-a",)

LICENSES: Mapping[str, LicenseFacts] = {
    f.id: f
    for f in (
        LicenseFacts("apache-2.0", "Apache License 2.0", True, True, attribution_required=True),
        LicenseFacts("mit", "MIT License", True, True, attribution_required=True),
        LicenseFacts("bsd-3-clause", "BSD 3-Clause", True, True, attribution_required=True),
        LicenseFacts("openrail-m", "Open RAIL-M", False, True, _ATTACHMENT_A, attribution_required=True),
        LicenseFacts(
            "creativeml-openrail-m",
            "CreativeML Open RAIL-M",
            False,
            True,
            _ATTACHMENT_A,
            attribution_required=True,
        ),
        LicenseFacts(
            "bigscience-openrail-m",
            "BigScience Open RAIL-M",
            False,
            True,
            _ATTACHMENT_A,
            attribution_required=True,
        ),
        LicenseFacts(
            "bigscience-bloom-rail-1.0",
            "BigScience BLOOM RAIL 1.0",
            False,
            True,
            ("bloom-rail-attachment-a",),
        ),
        LicenseFacts(
            "llama2",
            "Llama 2 Community License",
            False,
            True,
            ("llama2-acceptable-use",),
            outputs_may_train_other_llms=False,
        ),
        LicenseFacts("llama3", "Meta Llama 3 Community License", False, True, ("llama3-acceptable-use",)),
        LicenseFacts("gemma", "Gemma Terms of Use", False, True, ("gemma-prohibited-use",)),
        LicenseFacts("cc-by-4.0", "Creative Commons Attribution 4.0", False, True, attribution_required=True),
        LicenseFacts(
            "cc-by-nc-4.0",
            "Creative Commons Attribution-NonCommercial 4.0",
            False,
            False,
            attribution_required=True,
        ),
        LicenseFacts(
            "cc-by-nc-sa-4.0", "Creative Commons BY-NC-SA 4.0", False, False, attribution_required=True
        ),
        LicenseFacts("proprietary", "Proprietary (API terms of service)", False, True),
    )
}


def license_has(license_id: str | None, key: str, expected: bool | str) -> bool:
    """Whether the registry says licence ``license_id`` has fact ``key`` equal to (or containing)
    ``expected``.

    An unknown licence id has no facts, so every fact test fails for it (a policy that wants to
    catch unknown licences matches on ``licenses`` instead).
    """
    if license_id is None:
        return False
    facts = LICENSES.get(license_id)
    if facts is None:
        return False
    value = facts.fact(key)
    if isinstance(value, tuple):
        return expected in value
    return value == expected
