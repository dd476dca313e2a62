"""Load policy files and directories into a :class:`~policies.policyset.PolicySet`.

Every problem is a :class:`~policies.yaml_source.SourceError` with ``file:line:column``, a
message and, where one helps, a hint; :func:`load_policy_set` collects all of them and raises
one :class:`PolicyLoadError`. Directories are searched recursively for ``*.yaml``/``*.yml``;
documents of ``kind: PolicyTest`` (test files for ``policy test``) and ``kind: Examples`` (example lists
that rules read) are skipped.

The set's version is a content hash (sha256 over the policy files' contents, independent of
where they are mounted), so every replica with the same files reports the same version.
"""

from __future__ import annotations

import difflib
import hashlib
import types
import typing
from collections.abc import Collection, Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from pydantic import BaseModel, ValidationError

from .actions import ACTION_RANK
from .compiled import BoundRule, Policy, freeze
from .matcher import CompiledMatch
from .models import PolicyDocument, Rule
from .policyset import PolicySet
from .yaml_source import SourceError, YamlDocument, load_yaml_file, parse_yaml

YAML_SUFFIXES = (".yaml", ".yml")


class PolicyLoadError(Exception):
    """One or more policy files are invalid. ``errors`` holds each with its position."""

    def __init__(self, errors: Sequence[SourceError]) -> None:
        self.errors = list(errors)
        super().__init__("\n".join(str(e) for e in self.errors))


@dataclass(slots=True)
class LoadedDocument:
    """A validated policy file: the model, its positions and its raw bytes (for the version hash)."""

    model: PolicyDocument
    source: YamlDocument
    digest: str


# -- files ----------------------------------------------------------------------------------------
def discover(paths: Iterable[str | Path]) -> tuple[list[Path], list[SourceError]]:
    """Expand files and directories (recursively) into YAML files, sorted, without duplicates."""
    files: list[Path] = []
    errors: list[SourceError] = []
    seen: set[Path] = set()
    for raw in paths:
        path = Path(raw)
        if path.is_dir():
            # Hidden entries are skipped: editor backups, and Kubernetes ConfigMap mounts, whose
            # `..data/` and timestamped dirs hold the real files behind the visible symlinks.
            found = sorted(
                p
                for p in path.rglob("*")
                if p.suffix in YAML_SUFFIXES
                and p.is_file()
                and not any(part.startswith(".") for part in p.relative_to(path).parts)
            )
        elif path.exists():
            found = [path]
        else:
            errors.append(
                SourceError(
                    str(path), 1, 1, "no such file or directory", "check policy_paths / the command line"
                )
            )
            continue
        for f in found:
            key = f.resolve()
            if key not in seen:
                seen.add(key)
                files.append(f)
    return files, errors


#: Documents that live beside policies but are not policies: test files for ``policy test`` and example
#: lists that rules read through a ``*_file`` param (``kind: Examples``, e.g. for ``similar_to``).
SIDE_KINDS = frozenset({"PolicyTest", "Examples"})


def document_kind(doc: YamlDocument) -> str | None:
    return doc.data.get("kind") if isinstance(doc.data, dict) else None


def parse_policy(doc: YamlDocument) -> PolicyDocument:
    """Validate one parsed YAML document as a policy; raise PolicyLoadError with positions."""
    if not isinstance(doc.data, dict):
        raise PolicyLoadError(
            [
                doc.error(
                    (),
                    "a policy file must be a YAML mapping",
                    "start with 'apiVersion: safety-gateway/v1' and 'kind: Policy'",
                )
            ]
        )
    try:
        policy = PolicyDocument.model_validate(doc.data)
    except ValidationError as exc:
        raise PolicyLoadError(validation_errors(doc, exc, PolicyDocument)) from None
    _resolve_file_params(policy, Path(doc.file).parent)
    return policy


def _resolve_file_params(policy: PolicyDocument, base: Path) -> None:
    """Rule params named ``*_file`` are paths relative to the policy file (like ``examples_file``)."""
    for rule in policy.spec.rules:
        for key, value in list(rule.params.items()):
            if key.endswith("_file") and isinstance(value, str) and value and not Path(value).is_absolute():
                rule.params[key] = str((base / value).resolve())


def load_documents(paths: Iterable[str | Path]) -> tuple[list[LoadedDocument], list[SourceError]]:
    """Parse and validate every policy file under ``paths``; skip ``kind: PolicyTest`` files."""
    files, errors = discover(paths)
    docs: list[LoadedDocument] = []
    for f in files:
        try:
            raw = f.read_bytes()
            doc = load_yaml_file(f)
        except SourceError as exc:
            errors.append(exc)
            continue
        except OSError as exc:
            errors.append(SourceError(str(f), 1, 1, f"cannot read file: {exc.strerror}"))
            continue
        if document_kind(doc) in SIDE_KINDS:
            continue
        try:
            docs.append(LoadedDocument(parse_policy(doc), doc, hashlib.sha256(raw).hexdigest()))
        except PolicyLoadError as exc:
            errors.extend(exc.errors)
    return docs, errors


def load_policy_set(
    paths: Iterable[str | Path], *, known_detectors: Collection[str] | None = None
) -> PolicySet:
    """Load, validate and resolve policies; raise :class:`PolicyLoadError` listing every problem.

    With ``known_detectors``, a rule naming any other detector is an error (the gateway passes
    the names of the detectors it really has, so a typo cannot silently disable a rule).
    """
    docs, errors = load_documents(paths)
    try:
        policy_set = build_policy_set(docs, known_detectors=known_detectors)
    except PolicyLoadError as exc:
        errors.extend(exc.errors)
        policy_set = None
    if errors:
        raise PolicyLoadError(errors)
    assert policy_set is not None
    return policy_set


def load_policy_text(text: str, file: str = "<string>", **kwargs: Any) -> PolicySet:
    """Load a single policy from a string (tests, ``policy explain`` on stdin)."""
    try:
        doc = parse_yaml(text, file)
    except SourceError as exc:
        raise PolicyLoadError([exc]) from None
    model = parse_policy(doc)
    digest = hashlib.sha256(text.encode("utf-8")).hexdigest()
    return build_policy_set([LoadedDocument(model, doc, digest)], **kwargs)


# -- resolution -----------------------------------------------------------------------------------
def _origin(doc: YamlDocument, path: Sequence[Any]) -> str:
    line, col = doc.position(path)
    return f"{doc.file}:{line}:{col}"


def _did_you_mean(word: str, options: Iterable[str]) -> str | None:
    close = difflib.get_close_matches(word, list(options), n=1)
    return f"did you mean {close[0]!r}?" if close else None


def build_policy_set(
    docs: Sequence[LoadedDocument], *, known_detectors: Collection[str] | None = None
) -> PolicySet:
    # Long on purpose: checks, extends resolution and compilation share the name index and error list.
    errors: list[SourceError] = []
    by_name: dict[str, LoadedDocument] = {}
    for d in docs:
        name = d.model.metadata.name
        if name in by_name:
            first = by_name[name].source
            line, _ = first.position(("metadata", "name"))
            errors.append(
                d.source.error(
                    ("metadata", "name"),
                    f"duplicate policy name {name!r}",
                    f"first defined in {first.file}:{line}",
                )
            )
            continue
        by_name[name] = d
        for index, rule in enumerate(d.model.spec.rules):
            earlier = [i for i, r in enumerate(d.model.spec.rules[:index]) if r.id == rule.id]
            if earlier:
                line, _ = d.source.position(("spec", "rules", earlier[0], "id"))
                errors.append(
                    d.source.error(
                        ("spec", "rules", index, "id"),
                        f"duplicate rule id {rule.id!r}",
                        f"first defined on line {line}; rule ids must be unique in a policy",
                    )
                )
            if (
                known_detectors is not None
                and rule.detector is not None
                and rule.detector not in known_detectors
            ):
                hint = _did_you_mean(rule.detector, known_detectors) or (
                    "known detectors: " + ", ".join(sorted(known_detectors))
                )
                errors.append(
                    d.source.error(
                        ("spec", "rules", index, "detector"), f"unknown detector {rule.detector!r}", hint
                    )
                )

    # Resolve extends depth-first, detecting unknown parents and cycles.
    resolved_rules: dict[str, list[tuple[Rule, LoadedDocument, int, str | None]]] = {}

    def resolve(name: str, stack: tuple[str, ...]) -> list[tuple[Rule, LoadedDocument, int, str | None]]:
        if name in resolved_rules:
            return resolved_rules[name]
        d = by_name[name]
        merged: dict[str, tuple[Rule, LoadedDocument, int, str | None]] = {}
        for i, parent in enumerate(d.model.spec.extends):
            if parent not in by_name:
                errors.append(
                    d.source.error(
                        ("spec", "extends", i),
                        f"unknown policy {parent!r} in extends",
                        _did_you_mean(parent, by_name) or "load the file that defines it too",
                    )
                )
                continue
            if parent in stack or parent == name:
                chain = " -> ".join((*stack, name, parent))
                errors.append(d.source.error(("spec", "extends", i), f"extends cycle: {chain}"))
                continue
            for rule, src, idx, inherited in resolve(parent, (*stack, name)):
                merged[rule.id] = (rule, src, idx, inherited or parent)
        for idx, rule in enumerate(d.model.spec.rules):
            merged[rule.id] = (rule, d, idx, None)  # own rules override inherited ones with the same id
        result = list(merged.values())
        resolved_rules[name] = result
        return result

    policies: list[Policy] = []
    for name, d in by_name.items():
        spec = d.model.spec
        rules = resolve(name, ())
        match_spec = spec.match
        if "match" not in spec.model_fields_set:
            match_spec = _inherited_match(name, by_name, set()) or spec.match
        bound: list[BoundRule] = []
        for rule, src, idx, inherited in rules:
            directions = frozenset(("input", "output") if rule.direction == "both" else (rule.direction,))
            bound.append(
                BoundRule(
                    key=f"{name}/{rule.id}",
                    policy=name,
                    id=rule.id,
                    directions=directions,
                    detector=rule.detector,
                    params=freeze(rule.params),
                    min_score=rule.min_score,
                    types=frozenset(rule.types) if rule.types is not None else None,
                    when=CompiledMatch(rule.when) if rule.when is not None else None,
                    action=rule.action,
                    rank=ACTION_RANK[rule.action],
                    route=rule.route,
                    message=rule.message,
                    args=freeze(rule.args),
                    on_error=rule.on_error,
                    mode=rule.mode or spec.mode,
                    priority=rule.priority if rule.priority is not None else spec.priority,
                    description=rule.description,
                    origin=_origin(src.source, ("spec", "rules", idx)),
                    inherited_from=inherited,
                )
            )
        by_direction = {
            direction: tuple(r for r in bound if direction in r.directions)
            for direction in ("input", "output")
        }
        policies.append(
            Policy(
                name=name,
                description=d.model.metadata.description,
                owner=d.model.metadata.owner,
                labels=freeze(d.model.metadata.labels),
                priority=spec.priority,
                mode=spec.mode,
                abstract=spec.abstract,
                extends=tuple(spec.extends),
                match=CompiledMatch(match_spec),
                rules=tuple(bound),
                file=d.source.file,
                origin=_origin(d.source, ("metadata", "name")),
                by_direction=by_direction,
                stream_check=spec.stream_check,
                fallback_across_zones=spec.fallback_across_zones,
                stream_window=(spec.stream_window.size, spec.stream_window.overlap)
                if spec.stream_window
                else None,
            )
        )
    if errors:
        raise PolicyLoadError(errors)
    version = hashlib.sha256("".join(sorted(d.digest for d in docs)).encode()).hexdigest()[:16]
    return PolicySet(policies, version, [d.source.file for d in docs])


def _inherited_match(name: str, by_name: dict[str, LoadedDocument], seen: set[str]) -> Any:
    """A policy without its own ``match`` takes its first parent's (recursively)."""
    seen.add(name)
    for parent in by_name[name].model.spec.extends:
        if parent in by_name and parent not in seen:
            pd = by_name[parent].model.spec
            if "match" in pd.model_fields_set:
                return pd.match
            found = _inherited_match(parent, by_name, seen)
            if found is not None:
                return found
    return None


# -- pydantic errors -> file:line:col -------------------------------------------------------------
def _inner_model(annotation: Any) -> type[BaseModel] | None:
    """The pydantic model inside ``X``, ``X | None``, ``list[X]``, ``dict[str, X]``."""
    if isinstance(annotation, type) and issubclass(annotation, BaseModel):
        return annotation
    origin = typing.get_origin(annotation)
    if origin in (typing.Union, types.UnionType, list, dict, tuple):
        for arg in typing.get_args(annotation):
            found = _inner_model(arg)
            if found is not None:
                return found
    return None


def _model_at(root: type[BaseModel], path: Sequence[Any]) -> type[BaseModel] | None:
    model: type[BaseModel] | None = root
    for part in path:
        if model is None:
            return None
        if isinstance(part, str) and part in model.model_fields:
            model = _inner_model(model.model_fields[part].annotation)
        elif isinstance(part, int):
            continue  # list index: same model as the list's items
        else:
            return None
    return model


def _dotted(path: Sequence[Any]) -> str:
    out = ""
    for part in path:
        out += f"[{part}]" if isinstance(part, int) else (f".{part}" if out else str(part))
    return out or "document"


def validation_errors(doc: YamlDocument, exc: ValidationError, root: type[BaseModel]) -> list[SourceError]:
    """Map pydantic errors to SourceErrors at the offending key's position."""
    out: list[SourceError] = []
    for err in exc.errors():
        loc = tuple(err["loc"])
        path: tuple[Any, ...] = ()
        leftover: list[Any] = []
        for part in loc:
            candidate = path + (part,)
            if candidate in doc.positions and not leftover:
                path = candidate
            else:
                leftover.append(part)
        kind = err["type"]
        where = _dotted(path)
        if kind == "extra_forbidden":
            key = loc[-1]
            model = _model_at(root, path[:-1])
            allowed = sorted(model.model_fields) if model else []
            hint = _did_you_mean(str(key), allowed) or (
                "allowed keys: " + ", ".join(allowed) if allowed else None
            )
            out.append(doc.error(path, f"unknown key {key!r} in {_dotted(path[:-1])}", hint))
        elif kind == "missing":
            key = leftover[0] if leftover else loc[-1]
            out.append(doc.error(path, f"missing required key {key!r} in {where}"))
        elif kind in ("literal_error", "enum"):
            expected = err.get("ctx", {}).get("expected", "")
            value = err.get("input")
            hint = None
            if isinstance(value, str):
                options = [o.strip().strip("'") for o in str(expected).replace(" or ", ",").split(",")]
                hint = _did_you_mean(value, options)
            out.append(doc.error(path, f"{where}: {value!r} is not allowed; expected {expected}", hint))
        elif kind == "string_pattern_mismatch":
            out.append(
                doc.error(
                    path,
                    f"{where}: {err.get('input')!r} is not a valid name",
                    "use lower-case letters, digits, '.', '_' and '-'",
                )
            )
        else:
            message = str(err["msg"]).removeprefix("Value error, ")
            out.append(doc.error(path, f"{where}: {message}"))
    # One message per position and text (unions can repeat the same complaint).
    unique: dict[tuple[int, int, str], SourceError] = {}
    for e in out:
        unique.setdefault((e.line, e.column, e.message), e)
    return sorted(unique.values(), key=lambda e: (e.line, e.column))
