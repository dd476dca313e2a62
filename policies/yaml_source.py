"""YAML loading that remembers where every value came from, for ``file:line:column`` errors.

Shared by the policy loader and the gateway's config loader: both report a bad value with its
position in the file, and a validation error's ``loc`` path maps back to a position here.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import yaml

Pos = tuple[int, int]  # 1-based line, 1-based column


@dataclass(eq=False)
class SourceError(Exception):
    """A problem in a YAML source file, with its position.

    Not a frozen/slots dataclass: Python and contextlib assign ``__traceback__`` on exceptions,
    which a frozen dataclass refuses (``pytest.raises`` and ``with`` blocks then crash).
    """

    file: str
    line: int
    column: int
    message: str
    hint: str | None = None

    def __str__(self) -> str:
        text = f"{self.file}:{self.line}:{self.column}: {self.message}"
        if self.hint:
            text += f" (hint: {self.hint})"
        return text


@dataclass(slots=True)
class YamlDocument:
    """Parsed YAML data plus a map from key paths to source positions."""

    file: str
    data: Any
    positions: dict[tuple[Any, ...], Pos]

    def position(self, path: Sequence[Any]) -> Pos:
        """The position of ``path`` or of its nearest ancestor that has one."""
        key = tuple(path)
        while key:
            if key in self.positions:
                return self.positions[key]
            key = key[:-1]
        return self.positions.get((), (1, 1))

    def error(self, path: Sequence[Any], message: str, hint: str | None = None) -> SourceError:
        line, column = self.position(path)
        return SourceError(self.file, line, column, message, hint)


class _PositionLoader(yaml.SafeLoader):
    """SafeLoader that also rejects duplicate keys (a silent override is a policy bug)."""


def _construct_mapping(loader: _PositionLoader, node: yaml.MappingNode, deep: bool = False) -> Any:
    seen: dict[Any, yaml.Node] = {}
    for key_node, _ in node.value:
        key = loader.construct_object(key_node, deep=deep)
        if key in seen:
            mark = key_node.start_mark
            raise SourceError(
                loader.name,
                mark.line + 1,
                mark.column + 1,
                f"duplicate key {key!r}",
                f"first defined on line {seen[key].start_mark.line + 1}",
            )
        seen[key] = key_node
    return yaml.SafeLoader.construct_mapping(loader, node, deep=deep)


_PositionLoader.add_constructor(
    yaml.resolver.BaseResolver.DEFAULT_MAPPING_TAG,
    _construct_mapping,
)


def _walk(node: yaml.Node, path: tuple[Any, ...], out: dict[tuple[Any, ...], Pos], loader: Any) -> None:
    out.setdefault(path, (node.start_mark.line + 1, node.start_mark.column + 1))
    if isinstance(node, yaml.MappingNode):
        for key_node, value_node in node.value:
            key = loader.construct_object(key_node, deep=True)
            child = path + (key,)
            # A key's own position is more useful than its value's for "unknown key" errors.
            out[child] = (key_node.start_mark.line + 1, key_node.start_mark.column + 1)
            _walk(value_node, child, out, loader)
    elif isinstance(node, yaml.SequenceNode):
        for index, item in enumerate(node.value):
            child = path + (index,)
            out[child] = (item.start_mark.line + 1, item.start_mark.column + 1)
            _walk(item, child, out, loader)


def parse_yaml(text: str, file: str = "<string>") -> YamlDocument:
    """Parse one YAML document; raise :class:`SourceError` with a position on any problem."""
    loader = _PositionLoader(text)
    loader.name = file
    try:
        node = loader.get_single_node()
        if node is None:
            return YamlDocument(file, None, {(): (1, 1)})
        positions: dict[tuple[Any, ...], Pos] = {}
        _walk(node, (), positions, loader)
        data = loader.construct_document(node)
    except SourceError:
        raise
    except yaml.MarkedYAMLError as exc:
        mark = exc.problem_mark or exc.context_mark
        line, column = (mark.line + 1, mark.column + 1) if mark else (1, 1)
        raise SourceError(file, line, column, f"invalid YAML: {exc.problem or exc.context}") from None
    except yaml.YAMLError as exc:
        raise SourceError(file, 1, 1, f"invalid YAML: {exc}") from None
    finally:
        loader.dispose()
    return YamlDocument(file, data, positions)


def load_yaml_file(path: str | Path) -> YamlDocument:
    """Read and parse a YAML file; a missing or unreadable file is a :class:`SourceError` too."""
    p = Path(path)
    try:
        text = p.read_text(encoding="utf-8")
    except FileNotFoundError:
        raise SourceError(str(p), 1, 1, "file not found") from None
    except UnicodeDecodeError as exc:
        raise SourceError(str(p), 1, 1, f"file is not valid UTF-8 ({exc.reason})") from None
    except OSError as exc:
        raise SourceError(str(p), 1, 1, f"cannot read file: {exc.strerror}") from None
    return parse_yaml(text, str(p))
