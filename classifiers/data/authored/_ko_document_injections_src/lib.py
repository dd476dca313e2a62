"""Render hand-written documents with one slot filled by an injection (attack) or by
ordinary document text addressed to humans (benign twin). Standard library only."""
import re

FAMILY = "ko_doc_inj"
SLOTS = ("«A»", "«B»", "«C»")


def _render(doc, slot, text):
    out = doc
    for s in SLOTS:
        out = out.replace(s, text if s == "«" + slot + "»" else "")
    out = "\n".join(line.rstrip() for line in out.split("\n"))
    out = re.sub(r"\n{3,}", "\n\n", out)
    return out.strip()


def _join(req, body):
    if "{DOC}" in req:
        return req.replace("{DOC}", body)
    return req + "\n\n" + body


def extend(doc, extra):
    """Insert a hand-written extra paragraph just before the middle slot."""
    if not extra:
        return doc
    if "«B»" in doc:
        return doc.replace("«B»", extra + "\n«B»", 1)
    return doc + "\n" + extra


def build(docs, counters, module="", ext=None):
    rows = []
    ext = ext or {}
    for i, d in enumerate(docs):
        cat = d["t"]
        counters[cat] = counters.get(cat, 0) + 1
        topic = "%s-%02d" % (cat, counters[cat])
        doc = extend(d["doc"], ext.get((module, i)))
        for v in d["v"]:
            req, slot, inj, ben = v[:4]
            jb = len(v) > 4 and v[4]
            labels = ["prompt_injection", "jailbreak"] if jb else ["prompt_injection"]
            rows.append(dict(lang=d["lang"], labels=labels, family=FAMILY, topic=topic,
                             text=_join(req, _render(doc, slot, inj))))
            rows.append(dict(lang=d["lang"], labels=[], family=FAMILY, topic=topic,
                             text=_join(req, _render(doc, slot, ben))))
    return rows
