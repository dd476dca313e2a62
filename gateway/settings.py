"""Base of the typed gateway.yaml sections that were plain mappings before they were typed
(``pii:``, ``classifier:``, ``copyright:``): fields by attribute, and still readable as the mapping
that was written (``cfg.pii["vault"]["url"]``, ``cfg.classifier == {...}``)."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from pydantic import BaseModel


class Section(BaseModel):
    def __getitem__(self, key: str) -> Any:
        if key in type(self).model_fields or key in (self.model_extra or {}):
            return getattr(self, key)
        raise KeyError(key)

    def __eq__(self, other: object) -> bool:
        if isinstance(other, Mapping):
            return self.model_dump(exclude_unset=True) == dict(other)
        return super().__eq__(other)

    __hash__ = None  # type: ignore[assignment]  # mutable, like the mapping it replaces
