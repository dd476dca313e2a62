"""Built-in detector ``attachments``: content in a request that no text detector can read.

Images (``image_url`` parts: remote URLs and data: URLs), audio (``input_audio``), files (``file``
parts: inline data or an uploaded file's id) and prompts given as token ids. The table of request
fields (``policies/request_fields.py``) marks these fields; the walk gives each one item whose text is
what of it *is* text (the URL with its query string, a data: URL's header, all of a textual data: URL),
which the text detectors scan like any other. This detector only says that something unreadable is
there, so a policy decides: route it to an internal model, refuse it, or let it go::

    - id: attachments-stay-inside
      direction: input
      when: {zones: [external]}
      detector: attachments
      params: {kinds: [image, audio, file, token_ids]}   # default: all
      action: route
      route: {zone: internal}

A finding per attachment: type ``image`` / ``audio`` / ``file`` / ``token_ids``, score 1.0, the item's
location, no span, and in ``meta`` whether it is inline (data: URL, base64, token ids) and its media
type when a data: URL says it. A redact rule on it replaces the whole URL or data: URL (the attachment
is removed); bare base64 (``input_audio.data``) and token ids have no text to rewrite: route or block.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import Any, get_args

from .findings import Direction, Finding, ParamProblem, TextItem
from .request_fields import AttachmentKind
from .request_walk import attachment_kind

KINDS: tuple[str, ...] = get_args(AttachmentKind)


def _media_type(text: str) -> str | None:
    if text[:5].lower() != "data:":
        return None
    media = text[5:].split(",", 1)[0].split(";", 1)[0].strip().lower()
    # Only the type/subtype shape goes into the finding: it is metadata, never request text.
    return media if media.count("/") == 1 and len(media) <= 64 and media.isascii() else None


class AttachmentsDetector:
    """Implements :class:`policies.findings.Detector` (name ``"attachments"``)."""

    name = "attachments"

    async def detect(
        self, items: Sequence[TextItem], params: Mapping[str, Any], direction: Direction
    ) -> list[Finding]:
        wanted = set(params.get("kinds") or KINDS)
        roles = params.get("roles")
        out: list[Finding] = []
        for item in items:
            kind = attachment_kind(item)
            if kind is None or kind not in wanted or (roles and item.role not in roles):
                continue
            inline = kind == "token_ids" or item.text == "" or item.text[:5].lower() == "data:"
            meta: dict[str, Any] = {"inline": inline, "role": item.role}
            media = _media_type(item.text)
            if media is not None:
                meta["media_type"] = media
            out.append(Finding(self.name, kind, 1.0, direction, item.location, meta=meta))
        return out

    def check_params(self, params: Mapping[str, Any], direction: Direction) -> list[ParamProblem]:
        problems = [
            ParamProblem((key,), f"unknown parameter {key!r}", "allowed: kinds, roles")
            for key in params
            if key not in ("kinds", "roles")
        ]
        kinds = params.get("kinds")
        if kinds is not None:
            if not isinstance(kinds, list) or not kinds:
                problems.append(ParamProblem(("kinds",), "kinds must be a non-empty list"))
            else:
                problems += [
                    ParamProblem(("kinds", i), f"unknown kind {k!r}", "known: " + ", ".join(KINDS))
                    for i, k in enumerate(kinds)
                    if k not in KINDS
                ]
        if direction == "output":
            problems.append(ParamProblem((), "attachments are found in requests only (direction: input)"))
        return problems
