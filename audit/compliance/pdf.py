"""The report as PDF (fpdf2), with a Korean font embedded (subset) so any reader shows it as printed.

Font: ``--font`` / ``$SAFETY_GATEWAY_REPORT_FONT`` (a .ttf, .otf or .ttc), else Debian's
``fonts-noto-cjk`` (Noto Sans CJK KR, an OpenType collection: the Korean face is picked by name).
Nothing is downloaded; without a Korean font the command says what to install.
"""

from __future__ import annotations

import os
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from fpdf import FPDF
from fpdf.fonts import FontFace

from audit.compliance.document import Document, Table

FONT_ENV = "SAFETY_GATEWAY_REPORT_FONT"
NOTO_DIRS = (
    Path("/usr/share/fonts/opentype/noto"),  # Debian/Ubuntu fonts-noto-cjk
    Path("/usr/share/fonts/noto-cjk"),  # Fedora/Arch google-noto-sans-cjk
    Path("/usr/share/fonts/google-noto-cjk"),
)
STATUS_FILL = {
    "met": (215, 240, 220),
    "partly": (255, 240, 194),
    "not_met": (248, 212, 212),
    "not_applicable": (230, 230, 230),
}


class FontNotFound(RuntimeError):
    pass


@dataclass(frozen=True)
class FontFile:
    path: Path
    index: int  # face number inside a .ttc/.otc collection (0 for a single font)


def _korean_face(path: Path) -> int:
    """The Korean, proportional face of a collection (Noto CJK holds JP, KR, SC, TC, HK and Mono faces)."""
    if path.suffix.lower() not in (".ttc", ".otc"):
        return 0
    from fontTools.ttLib import TTCollection

    collection = TTCollection(str(path), lazy=True)
    try:
        names = [str(font["name"].getDebugName(4) or "") for font in collection.fonts]
    finally:
        collection.close()
    for i, name in enumerate(names):
        if ("KR" in name.split() or "Korean" in name) and "Mono" not in name:
            return i
    return 0


def find_fonts(explicit: str | None = None) -> tuple[FontFile, FontFile]:
    """(regular, bold) font files; bold falls back to the regular face."""
    chosen = explicit or os.environ.get(FONT_ENV)
    if chosen:
        p = Path(chosen)
        if not p.is_file():
            raise FontNotFound(f"report font {p} does not exist")
        f = FontFile(p, _korean_face(p))
        return f, f
    for d in NOTO_DIRS:
        regular = d / "NotoSansCJK-Regular.ttc"
        if regular.is_file():
            bold = d / "NotoSansCJK-Bold.ttc"
            r = FontFile(regular, _korean_face(regular))
            return r, FontFile(bold, _korean_face(bold)) if bold.is_file() else r
    raise FontNotFound(
        "no Korean font found for the PDF: install Debian's fonts-noto-cjk (apt-get install fonts-noto-cjk), "
        f"or point --font / ${FONT_ENV} at a .ttf/.otf/.ttc with Hangul; --format html needs no font"
    )


def render_pdf(
    doc: Document, *, generated_at: datetime, font: str | None = None, producer: str = "safety-gateway"
) -> bytes:
    regular, bold = find_fonts(font)
    footer_label = doc.title

    class _PDF(FPDF):
        def footer(self) -> None:
            self.set_y(-10)
            self.set_font("report", "", 7)
            self.set_text_color(110, 110, 110)
            self.cell(0, 5, f"{footer_label} — {self.page_no()}/{{nb}}", align="C")
            self.set_text_color(0, 0, 0)

    pdf = _PDF(orientation="landscape", format="A4")
    pdf.set_margins(12, 12, 12)
    pdf.set_auto_page_break(True, margin=14)
    pdf.add_font("report", "", str(regular.path), collection_font_number=regular.index)
    pdf.add_font("report", "B", str(bold.path), collection_font_number=bold.index)
    pdf.set_title(doc.title)
    pdf.set_lang(doc.lang)
    pdf.set_creator(producer)
    pdf.set_producer(producer)
    pdf.set_creation_date(generated_at)
    pdf.alias_nb_pages()
    pdf.add_page()

    pdf.set_font("report", "B", 18)
    pdf.multi_cell(0, 10, doc.title, new_x="LMARGIN", new_y="NEXT")
    pdf.ln(1)
    for label, value in doc.meta:
        pdf.set_font("report", "B", 9)
        pdf.cell(45, 5.5, label)
        pdf.set_font("report", "", 9)
        pdf.multi_cell(0, 5.5, value, new_x="LMARGIN", new_y="NEXT")

    heading = FontFace(emphasis="BOLD", fill_color=(238, 241, 245))
    for section in doc.sections:
        pdf.ln(4)
        pdf.set_font("report", "B", 13)
        pdf.multi_cell(0, 8, section.title, new_x="LMARGIN", new_y="NEXT")
        for block in section.blocks:
            if isinstance(block, Table):
                _table(pdf, block, doc.status_labels, heading)
            else:
                pdf.set_font("report", "", 9)
                pdf.multi_cell(0, 5, block, new_x="LMARGIN", new_y="NEXT")
                pdf.ln(1)
    return bytes(pdf.output())


def _table(pdf: FPDF, table: Table, labels: dict[str, str], heading: FontFace) -> None:
    pdf.set_font("report", "", 8)
    with pdf.table(
        col_widths=tuple(table.widths),
        text_align="LEFT",
        line_height=4.2,
        headings_style=heading,
        padding=1.2,
    ) as grid:
        header = grid.row()
        for h in table.headers:
            header.cell(h)
        for values in table.rows:
            row = grid.row()
            for i, value in enumerate(values):
                if i == table.status_column:
                    row.cell(labels.get(value, value), style=FontFace(fill_color=STATUS_FILL.get(value)))
                else:
                    row.cell(value)
    pdf.ln(2)
