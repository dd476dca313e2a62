"""Helpers for policy tests: policy YAML text and findings."""

from __future__ import annotations

import textwrap

from policies.findings import Finding


def policy_yaml(name: str, rules: str = "", spec: str = "", metadata: str = "") -> str:
    """A policy document; ``rules`` and ``spec`` are YAML fragments indented by the caller's dedent."""
    text = f"apiVersion: safety-gateway/v1\nkind: Policy\nmetadata:\n  name: {name}\n"
    if metadata:
        text += textwrap.indent(textwrap.dedent(metadata).strip("\n"), "  ") + "\n"
    text += "spec:\n"
    if spec:
        text += textwrap.indent(textwrap.dedent(spec).strip("\n"), "  ") + "\n"
    if rules:
        text += "  rules:\n" + textwrap.indent(textwrap.dedent(rules).strip("\n"), "    ") + "\n"
    return text


def hit(
    type_: str = "x",
    score: float = 1.0,
    location: str | None = "messages[0].content",
    start: int | None = None,
    end: int | None = None,
    detector: str = "test",
) -> Finding:
    return Finding(detector, type_, score, "input", location, start, end)


def load_texts(*texts: str, **kwargs):
    """A PolicySet from policy YAML strings (file names p0.yaml, p1.yaml...), no disk needed."""
    import hashlib

    from policies.loader import LoadedDocument, build_policy_set, parse_policy
    from policies.yaml_source import parse_yaml

    docs = []
    for i, text in enumerate(texts):
        doc = parse_yaml(text, f"p{i}.yaml")
        docs.append(LoadedDocument(parse_policy(doc), doc, hashlib.sha256(text.encode()).hexdigest()))
    return build_policy_set(docs, **kwargs)
