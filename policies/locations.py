"""The grammar of a ``TextItem`` location: where a piece of text sits in a JSON body.

One definition, written by the request walker (:mod:`policies.request_walk`) and read by whatever
rewrites a body in place (``gateway.openai_text.set_at``)::

    messages[2].content                  a key that is an identifier, then a list index
    metadata["customer note"]            any other key, as a JSON string in brackets
    parameters.properties{"주소"}          the KEY itself (not its value): rewriting it renames the key

A key step in braces is always the last step of a location.
"""

from __future__ import annotations

import json
import re

Step = str | int | tuple[str]  # name, list index, or (name,): the key itself

_IDENT = re.compile(r"[A-Za-z_][A-Za-z0-9_]*")
_STEP = re.compile(
    r"""\.?(?P<name>[A-Za-z_][A-Za-z0-9_]*)"""
    r"""|\[(?P<index>\d+)\]"""
    r"""|\[(?P<quoted>"(?:[^"\\]|\\.)*")\]"""
    r"""|\{(?P<key>"(?:[^"\\]|\\.)*")\}"""
)


def child(parent: str, key: str | int) -> str:
    """The location of ``parent``'s member ``key`` (a list index or an object key)."""
    if isinstance(key, int):
        return f"{parent}[{key}]"
    if key.isascii() and key.isidentifier():  # == _IDENT, several times faster (every key of a body)
        return f"{parent}.{key}" if parent else key
    return f"{parent}[{json.dumps(key, ensure_ascii=False)}]"


def key_of(parent: str, key: str) -> str:
    """The location of the key ``key`` itself in the object at ``parent``."""
    return f"{parent}{{{json.dumps(key, ensure_ascii=False)}}}"


def steps(location: str) -> list[Step]:
    """``messages[2].content`` -> ``["messages", 2, "content"]``; a final ``{"k"}`` gives ``("k",)``."""
    out: list[Step] = []
    pos = 0
    while pos < len(location):
        m = _STEP.match(location, pos)
        if m is None or (out and isinstance(out[-1], tuple)):
            raise ValueError(f"not a location: {location!r} (at character {pos})")
        if m["name"] is not None:
            out.append(m["name"])
        elif m["index"] is not None:
            out.append(int(m["index"]))
        elif m["quoted"] is not None:
            out.append(str(json.loads(m["quoted"])))
        else:
            out.append((str(json.loads(m["key"])),))
        pos = m.end()
    return out


def is_key(location: str) -> bool:
    """Does this location name an object key rather than a value?"""
    return location.endswith("}")
