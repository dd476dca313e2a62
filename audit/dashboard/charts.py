"""Inline SVG charts rendered on the server (no JavaScript, no external assets)."""

from __future__ import annotations

from html import escape

from markupsafe import Markup

from policies.actions import Outcome

COLORS: dict[str, str] = {
    Outcome.ALLOW: "#4caf6a",
    Outcome.BLOCK: "#d64545",
    Outcome.REDACT: "#3c7ee0",
    Outcome.PSEUDONYMIZE: "#7aa7f0",
    Outcome.ROUTE: "#8e6bd1",
    Outcome.FLAG: "#e0a52c",
    Outcome.ERROR: "#777",
}
# Stacking order in the charts: allowed at the bottom, refusals and errors on top.
ORDER: list[str] = [
    Outcome.ALLOW,
    Outcome.REDACT,
    Outcome.PSEUDONYMIZE,
    Outcome.ROUTE,
    Outcome.FLAG,
    Outcome.BLOCK,
    Outcome.ERROR,
]
assert set(ORDER) == set(Outcome) == COLORS.keys(), "every outcome needs a colour and a place"


def stacked_days(by_day: dict[str, dict[str, int]], labels: dict[str, str]) -> Markup:
    days = sorted(by_day)[-60:]
    if not days:
        return Markup("")
    w, h, pad = 900, 220, 30
    peak = max(sum(v.values()) for v in (by_day[d] for d in days)) or 1
    bw = min(40.0, max(2.0, (w - pad) / len(days) * 0.8))
    step = (w - pad) / len(days)
    parts = [
        f'<svg viewBox="0 0 {w} {h + 40}" width="100%" role="img" id="chart-days">',
        f'<text x="0" y="12" font-size="11" fill="#666">{peak}</text>',
        f'<line x1="{pad}" y1="{h}" x2="{w}" y2="{h}" stroke="#bbb"/>',
    ]
    for i, d in enumerate(days):
        x = pad + i * step
        y = float(h)
        for dec in ORDER:
            n = by_day[d].get(dec, 0)
            if not n:
                continue
            bh = (h - 20) * n / peak
            y -= bh
            parts.append(
                f'<rect x="{x:.1f}" y="{y:.1f}" width="{bw:.1f}" height="{bh:.1f}" fill="{COLORS[dec]}">'
                f"<title>{escape(d)} {escape(labels.get(dec, dec))}: {n}</title></rect>"
            )
        if len(days) <= 31 or i % max(1, len(days) // 15) == 0:
            parts.append(f'<text x="{x:.1f}" y="{h + 14}" font-size="10" fill="#555">{escape(d[5:])}</text>')
    lx = pad
    for dec in ORDER:
        if any(by_day[d].get(dec) for d in days):
            parts.append(
                f'<rect x="{lx}" y="{h + 24}" width="10" height="10" fill="{COLORS[dec]}"/>'
                f'<text x="{lx + 14}" y="{h + 33}" font-size="11">{escape(labels.get(dec, dec))}</text>'
            )
            lx += 110
    parts.append("</svg>")
    return Markup("".join(parts))


def hbars(
    counts: dict[str, int] | dict[str, dict[str, int]], labels: dict[str, str], chart_id: str, top: int = 12
) -> Markup:
    """Horizontal bars; values may be plain counts or per-decision counts (stacked)."""
    rows = []
    for k, v in counts.items():
        per = v if isinstance(v, dict) else {"_": v}
        rows.append((k, per, sum(per.values())))
    rows.sort(key=lambda r: -r[2])
    rows = rows[:top]
    if not rows:
        return Markup("")
    # The name on its own line above its bar, not in a fixed-width column beside it: rule ids such as
    # "korea-public-sector/kr-rrn-block" were cut off at 26 characters there (issue 16).
    w, rh = 520, 36
    peak = rows[0][2] or 1
    parts = [f'<svg viewBox="0 0 {w} {len(rows) * rh + 4}" width="100%" role="img" id="{chart_id}">']
    for i, (k, per, total) in enumerate(rows):
        y = i * rh + 2
        name = k if len(k) <= 80 else k[:79] + "…"
        parts.append(
            f'<text x="0" y="{y + 12}" font-size="12" class="bar-label">{escape(name)}'
            f"<title>{escape(k)}</title></text>"
        )
        x = 0.0
        for dec in [*ORDER, "_"]:
            n = per.get(dec, 0)
            if not n:
                continue
            bw = (w - 50) * n / peak
            color = COLORS.get(dec, "#5b7bd5")
            parts.append(
                f'<rect x="{x:.1f}" y="{y + 17}" width="{bw:.1f}" height="12" fill="{color}">'
                f"<title>{escape(k)} {escape(labels.get(dec, ''))} {n}</title></rect>"
            )
            x += bw
        parts.append(f'<text x="{x + 4:.1f}" y="{y + 28}" font-size="11" fill="#444">{total}</text>')
    parts.append("</svg>")
    return Markup("".join(parts))
