"""The report as plain content: sections of paragraphs and tables, in one language.

Both renderers (PDF, HTML) draw exactly this, so the two formats cannot say different things.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Literal

Lang = Literal["ko", "en"]
Status = Literal["met", "partly", "not_met", "not_applicable"]


@dataclass(frozen=True)
class Text:
    """One string in both languages; the builder picks one."""

    ko: str
    en: str

    def __call__(self, lang: Lang) -> str:
        return self.ko if lang == "ko" else self.en


@dataclass
class Table:
    headers: list[str]
    rows: list[list[str]]
    widths: list[float]  # relative column widths
    status_column: int | None = None  # a column holding Status values (drawn as badges)


@dataclass
class Section:
    title: str
    blocks: list[str | Table] = field(default_factory=list)  # paragraphs and tables, in order


@dataclass
class Document:
    lang: Lang
    title: str
    meta: list[tuple[str, str]]  # label, value lines under the title
    sections: list[Section]
    status_labels: dict[str, str]  # Status -> label in this language
