"""Which AI-generated notice an answer carries when output rules ask for one (pure; used by the
gateway's provenance stage and by ``policy test``).

One notice per answer. Rules that give the same text are one notice. When texts differ, the rule
with the highest priority wins; at equal priority the stricter mode (every_response, then
once_per_conversation, then header_only); then the first in policy order. A rule's text is its
``args.messages`` entry for the reader's language (Accept-Language order, ``ko-KR`` also tries
``ko``), else its ``message``, else its first ``messages`` entry.
"""

from __future__ import annotations

import hashlib
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass

from .evaluator import Annotation
from .models import NOTICE_MODES

_STRICTNESS = {mode: rank for rank, mode in enumerate(reversed(NOTICE_MODES))}


@dataclass(frozen=True)
class Notice:
    text: str
    mode: str  # every_response | once_per_conversation | header_only
    rule: str  # "policy/rule-id" of the rule whose text won
    id: str  # "sha256:" + 16 hex of the text: names it in the body label and the audit record

    @classmethod
    def of(cls, text: str, mode: str, rule: str) -> Notice:
        return cls(text, mode, rule, "sha256:" + hashlib.sha256(text.encode("utf-8")).hexdigest()[:16])


def accept_languages(header: str | None) -> list[str]:
    """Language tags from an Accept-Language value, best first (``ko-KR`` also tries ``ko``)."""
    tags: list[tuple[float, str]] = []
    for part in (header or "").split(","):
        tag, _, q = part.strip().partition(";q=")
        if not tag:
            continue
        try:
            weight = float(q) if q else 1.0
        except ValueError:
            weight = 0.0
        tags.append((weight, tag.strip().lower()))
    out: list[str] = []
    for _, tag in sorted(tags, key=lambda t: -t[0]):
        out.extend(x for x in (tag, tag.split("-")[0]) if x not in out)
    return out


def notice_text(annotation: Annotation, languages: Iterable[str]) -> str | None:
    messages = annotation.args.get("messages") if annotation.args else None
    if isinstance(messages, Mapping) and messages:
        lowered = {str(k).lower(): str(v) for k, v in messages.items()}
        for tag in languages:
            if tag in lowered:
                return lowered[tag]
        if annotation.message is None:
            return next(iter(lowered.values()))
    return annotation.message


def pick_notice(annotations: Sequence[Annotation], languages: Sequence[str]) -> Notice | None:
    best: tuple[int, int] | None = None
    found: Notice | None = None
    for a in annotations:
        if a.action != "notice":
            continue
        text = notice_text(a, languages)
        if not text:
            continue
        mode = str((a.args or {}).get("mode") or "every_response")
        rank = (a.priority, _STRICTNESS.get(mode, 0))
        if best is None or rank > best:
            best, found = rank, Notice.of(text, mode, a.rule)
    return found
