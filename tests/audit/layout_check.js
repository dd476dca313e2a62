// Layout faults of the page as the browser laid it out (tests/audit/test_dashboard_browser.py).
// Returns one line per fault; an element is reported once, not again for each of its children.
const out = [];
const html = document.documentElement;
if (html.scrollWidth > html.clientWidth + 1) {
  out.push(`page scrolls sideways: ${html.scrollWidth} > ${html.clientWidth}`);
}
const px = (v) => parseFloat(v) || 0;
const name = (el) => `${el.tagName}#${el.id}.${el.className} "${el.textContent.trim().slice(0, 30)}"`;
// Badges, buttons, links in the header and table rows, headings: one line each.
for (const el of document.querySelectorAll('.tag, .rule, .btn, button, header a, header .zone, th, a.open')) {
  const cs = getComputedStyle(el);
  const r = el.getBoundingClientRect();
  if (!r.width) continue;
  const line = px(cs.lineHeight) || px(cs.fontSize) * 1.5;
  const box = line + px(cs.paddingTop) + px(cs.paddingBottom) + px(cs.borderTopWidth) + px(cs.borderBottomWidth);
  if (r.height > box + 2) out.push(`wraps onto ${Math.round(r.height / line)} lines: ${name(el)}`);
}
// Nothing sticks out of its panel, card or the header.
for (const p of document.querySelectorAll('.panel, .card, header')) {
  const pr = p.getBoundingClientRect();
  const sticks = (el) => {
    const r = el.getBoundingClientRect();
    return r.width > 0 && (r.right > pr.right + 1 || r.left < pr.left - 1);
  };
  for (const el of p.querySelectorAll('*')) {
    if (el.closest('svg') && el.tagName !== 'svg') continue;
    if (!sticks(el) || (el.parentElement !== p && sticks(el.parentElement))) continue;
    const r = el.getBoundingClientRect();
    out.push(`sticks out of its ${p.className || p.tagName}: ${name(el)} ${Math.round(r.left)}..${Math.round(r.right)}`
      + ` vs ${Math.round(pr.left)}..${Math.round(pr.right)}`);
  }
  if (p.scrollWidth > p.clientWidth + 1) out.push(`panel scrolls sideways: ${p.className}`);
}
for (const s of document.querySelectorAll('.scroll')) {
  if (s.scrollWidth > s.clientWidth + 1) out.push(`table scrolls sideways: ${s.scrollWidth} > ${s.clientWidth}`);
}
// Chart labels inside their drawing (an SVG clips what lies outside its viewBox).
for (const t of document.querySelectorAll('svg text')) {
  const vb = t.ownerSVGElement.viewBox.baseVal;
  const b = t.getBBox();
  if (b.x + b.width > vb.width + 0.5) out.push(`chart label cut off: "${t.textContent.slice(0, 40)}"`);
}
return out;
