"""The table of request fields (:mod:`policies.request_fields`) as rows, for docs/request-fields.md.

``python -m policies.request_fields_doc [docs/request-fields.md]`` rewrites the part of the file
between the table markers; ``tests/test_request_fields.py`` fails when the file and the code differ.
"""

from __future__ import annotations

import sys
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path

from .request_fields import MESSAGE, TABLE, USER, Spec

BEGIN, END = "<!-- BEGIN request-fields table -->", "<!-- END request-fields table -->"


@dataclass(frozen=True)
class Row:
    endpoint: str
    path: str  # messages[].content[][type=text].text: [] any element, [type=x] a variant, {} any key
    treatment: str
    role: str
    note: str = ""


@dataclass
class _Rows:
    endpoint: str
    out: list[Row] = field(default_factory=list)

    def add(self, path: str, spec: Spec, context: str) -> None:
        if spec.context is not None:
            context = spec.context
        if spec.routing or spec.treatment is not None:
            what = "no text (routing)" if spec.routing else str(spec.treatment)
            self.out.append(Row(self.endpoint, path, what, "", spec.note))
            return
        kinds = []
        role = ""
        if spec.text is not None:
            t = spec.text
            role = context if t.role == MESSAGE else t.role
            if t.attachment is not None:
                kinds.append(f"attachment ({t.attachment}); its text scanned")
            elif t.vocab:
                kinds.append("vocabulary (" + ", ".join(sorted(t.vocab)) + "); any other value scanned")
            else:
                kinds.append("scan")
        if spec.json is not None:
            role = context if spec.json == MESSAGE else spec.json
            kinds.append("scan every string and key" + (" (JSON Schema)" if spec.schema else " (JSON)"))
        if spec.tokens:
            kinds.append("token ids: attachment (token_ids)")
        elif spec.number:
            kinds.append("no text (number, boolean)")
        if spec.map_values is not None:
            kinds.append("keys: token ids, else refused" if spec.map_keys == "token_ids" else "keys scanned")
        if spec.fields is not None or spec.variants is not None:
            kinds.append("object")
        if spec.items is not None and not spec.tokens:
            kinds.append("list")
        self.out.append(Row(self.endpoint, path, "; ".join(kinds), role, spec.note))
        if spec.items is not None and not spec.tokens:
            self.add(path + "[]", spec.items, context)
        for key, child in (spec.fields or {}).items():
            self.add(f"{path}.{key}" if path else key, child, context)
        for tag, fields in (spec.variants or {}).items():
            for key, child in fields.items():
                if key != spec.tag:
                    self.add(f"{path}[{spec.tag}={tag}].{key}", child, context)
        if spec.map_values is not None:
            self.add(path + "{}", spec.map_values, context)


def rows() -> Iterator[Row]:
    """Every field of every endpoint, in table order (the body object itself is not a row)."""
    for endpoint, spec in TABLE.items():
        r = _Rows(endpoint)
        for key, child in (spec.fields or {}).items():
            r.add(key, child, USER)
        yield from r.out


def markdown() -> str:
    lines = ["| endpoint | field | treatment | role | note |", "| --- | --- | --- | --- | --- |"]
    lines += [f"| {r.endpoint} | `{r.path}` | {r.treatment} | {r.role} | {r.note} |" for r in rows()]
    return "\n".join(lines) + "\n"


def render_doc(doc: str) -> str:
    """``doc`` with the text between the table markers replaced by :func:`markdown`."""
    head, begin, rest = doc.partition(BEGIN)
    _, end, tail = rest.partition(END)
    if not begin or not end:
        raise ValueError(f"the document has no {BEGIN} ... {END} markers")
    return f"{head}{BEGIN}\n{markdown()}{END}{tail}"


if __name__ == "__main__":
    target = Path(sys.argv[1] if len(sys.argv) > 1 else "docs/request-fields.md")
    target.write_text(render_doc(target.read_text(encoding="utf-8")), encoding="utf-8")
