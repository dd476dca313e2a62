"""The report as one self-contained HTML file: inline CSS, no script, no external resource."""

from __future__ import annotations

from html import escape

from audit.compliance.document import Document, Table

CSS = """
body{font-family:"Noto Sans CJK KR","Noto Sans KR","Apple SD Gothic Neo","Malgun Gothic",sans-serif;
 margin:2rem auto;max-width:1200px;padding:0 1rem;color:#1a1a1a;line-height:1.5;font-size:14px}
h1{font-size:1.6rem;margin:0 0 .5rem}h2{font-size:1.2rem;margin:1.6rem 0 .5rem;border-bottom:1px solid #ccc}
dl.meta{display:grid;grid-template-columns:max-content 1fr;gap:.15rem 1rem;margin:0 0 1rem}
dl.meta dt{font-weight:bold}dl.meta dd{margin:0;overflow-wrap:anywhere}
table{border-collapse:collapse;width:100%;margin:.5rem 0 1rem;table-layout:fixed}
th,td{border:1px solid #bbb;padding:.3rem .45rem;vertical-align:top;text-align:left;overflow-wrap:anywhere;
 white-space:pre-line}
th{background:#eef1f5}
.status{display:inline-block;padding:.05rem .45rem;border-radius:.6rem;font-size:.85em;white-space:nowrap}
.status-met{background:#d7f0dc}.status-partly{background:#fff0c2}.status-not_met{background:#f8d4d4}
.status-not_applicable{background:#e6e6e6}
"""


def _table(table: Table, labels: dict[str, str]) -> str:
    total = sum(table.widths)
    cols = "".join(f'<col style="width:{100 * w / total:.1f}%">' for w in table.widths)
    head = "".join(f"<th>{escape(h)}</th>" for h in table.headers)
    rows = []
    for row in table.rows:
        cells = []
        for i, cell in enumerate(row):
            if i == table.status_column:
                label = labels.get(cell, cell)
                cells.append(
                    f'<td><span class="status status-{escape(cell)}" data-status="{escape(cell)}">'
                    f"{escape(label)}</span></td>"
                )
            else:
                cells.append(f"<td>{escape(cell)}</td>")
        rows.append("<tr>" + "".join(cells) + "</tr>")
    body = "".join(rows)
    return f"<table><colgroup>{cols}</colgroup><thead><tr>{head}</tr></thead><tbody>{body}</tbody></table>"


def render_html(doc: Document) -> bytes:
    parts = [
        "<!DOCTYPE html>",
        f'<html lang="{doc.lang}"><head><meta charset="utf-8">',
        '<meta name="viewport" content="width=device-width, initial-scale=1">',
        # Nothing is loaded from anywhere: the file is the whole report.
        '<meta http-equiv="Content-Security-Policy" '
        "content=\"default-src 'none'; style-src 'unsafe-inline'\">",
        f"<title>{escape(doc.title)}</title><style>{CSS}</style></head><body>",
        f"<h1>{escape(doc.title)}</h1>",
        '<dl class="meta">',
        *(f"<dt>{escape(k)}</dt><dd>{escape(v)}</dd>" for k, v in doc.meta),
        "</dl>",
    ]
    for section in doc.sections:
        parts.append(f"<section><h2>{escape(section.title)}</h2>")
        for block in section.blocks:
            if isinstance(block, Table):
                parts.append(_table(block, doc.status_labels))
            else:
                parts.append(f"<p>{escape(block)}</p>")
        parts.append("</section>")
    parts.append("</body></html>\n")
    return "\n".join(parts).encode("utf-8")
