"""``sanitize``: Unicode tag characters (U+E0000-E007F) removed from every text of the request before
anything goes upstream.

Tag characters are invisible in every renderer, yet a model reads the ASCII they spell: they exist in
a prompt only to smuggle instructions past a human reviewer. The detectors have already seen them
spelled out (the detection copy of policies/normalize.py decodes them, so an injection hidden there is
refused by the policy stage before this one); here they are dropped from what is forwarded, in the
one place, through the one text walker. (Emoji subdivision flags such as England's are the only
legitimate use; they degrade to a plain black flag.)
"""

from __future__ import annotations

from typing import Any

from gateway.context import RequestContext
from gateway.openai_text import request_items, set_at
from policies.normalize import strip_tag_characters


def sanitize_body(endpoint: str, body: dict[str, Any]) -> None:
    """Drop tag characters from every text of ``body`` in place (also used by per-attempt decisions,
    whose bodies start again from the client's)."""
    for item in request_items(endpoint, body):
        clean = strip_tag_characters(item.text)
        if clean is not item.text:
            set_at(body, item.location, clean)


class SanitizeStage:
    name = "sanitize"

    async def run(self, ctx: RequestContext) -> None:
        if isinstance(ctx.body, dict):
            sanitize_body(ctx.endpoint, ctx.body)
