"""``policy check``: static validation of policy files beyond the schema.

Reports, each at ``file:line:column`` with a hint where one helps:

* schema errors (unknown keys, bad values, missing keys), YAML errors, duplicate keys;
* duplicate policy names / rule ids, unknown or cyclic ``extends``;
* unknown detectors (given the registry of detectors this build has), bad detector params
  (through a detector's optional ``check_params``: unknown entity types, categories, bad regexes);
* unknown licence ids and licence facts; unknown models / zones when the caller knows them;
* rules that can never apply or never matter (unreachable) and contradictory rules;
* test files (``kind: PolicyTest``) that do not validate.

Errors make the check fail (exit status 1); warnings are printed but do not, unless ``--strict``.
"""

from __future__ import annotations

import difflib
import hashlib
from collections.abc import Collection, Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Literal

from .compiled import params_key
from .findings import ChecksParams, Detector
from .licenses import FACT_KEYS, LICENSES
from .loader import (
    LoadedDocument,
    PolicyLoadError,
    build_policy_set,
    discover,
    document_kind,
    parse_policy,
)
from .models import Match, PolicyDocument, Rule, Spec
from .testing import parse_test_file
from .tools import check_scope
from .yaml_source import SourceError, YamlDocument, load_yaml_file

# Detectors that belong to the project but live outside policies/ (gateway/pii, classifiers,
# guardrails-ai). When a registry lacks one, check warns instead of failing.
PROJECT_DETECTORS = frozenset({"pii", "classifier", "guardrails"})

Severity = Literal["error", "warning"]
_GLOB_CHARS = set("*?[")


@dataclass(frozen=True, slots=True)
class Problem:
    severity: Severity
    error: SourceError

    def __str__(self) -> str:
        e = self.error
        text = f"{e.file}:{e.line}:{e.column}: {self.severity}: {e.message}"
        return text + (f" (hint: {e.hint})" if e.hint else "")


@dataclass(slots=True)
class CheckReport:
    problems: list[Problem] = field(default_factory=list)
    files: list[str] = field(default_factory=list)
    policies: list[str] = field(default_factory=list)
    tests: list[str] = field(default_factory=list)

    @property
    def errors(self) -> list[Problem]:
        return [p for p in self.problems if p.severity == "error"]

    @property
    def warnings(self) -> list[Problem]:
        return [p for p in self.problems if p.severity == "warning"]

    def ok(self, strict: bool = False) -> bool:
        return not self.errors and not (strict and self.warnings)


def check_paths(
    paths: Iterable[str | Path],
    detectors: Mapping[str, Detector],
    *,
    known_models: Collection[str] | None = None,
    known_zones: Collection[str] | None = None,
) -> CheckReport:
    report = CheckReport()
    files, errors = discover(paths)
    report.problems += [Problem("error", e) for e in errors]
    docs: list[LoadedDocument] = []

    for f in files:
        report.files.append(str(f))
        try:
            doc = load_yaml_file(f)
        except SourceError as exc:
            report.problems.append(Problem("error", exc))
            continue
        try:
            if document_kind(doc) == "PolicyTest":
                parse_test_file(doc)
                report.tests.append(str(f))
                continue
            if document_kind(doc) == "Examples":
                continue  # read and checked by the rule that names it (its detector's check_params)
            model = parse_policy(doc)
        except PolicyLoadError as exc:
            report.problems += [Problem("error", e) for e in exc.errors]
            continue
        docs.append(LoadedDocument(model, doc, hashlib.sha256(f.read_bytes()).hexdigest()))
        report.policies.append(model.metadata.name)

    known = set(detectors) | PROJECT_DETECTORS
    try:
        build_policy_set(docs, known_detectors=known)
    except PolicyLoadError as exc:
        report.problems += [Problem("error", e) for e in exc.errors]

    for d in docs:
        report.problems += _check_document(d, detectors, known_models, known_zones)
    report.problems += _check_across(docs)
    report.problems.sort(key=lambda p: (p.error.file, p.error.line, p.error.column))
    return report


def _hint(word: str, options: Iterable[str]) -> str | None:
    close = difflib.get_close_matches(word, list(options), n=1)
    return f"did you mean {close[0]!r}?" if close else None


def _literal(values: Sequence[str] | None) -> set[str] | None:
    """The values of a glob list when none is a glob (so set logic is exact), else None."""
    if values is None or any(_GLOB_CHARS & set(v) for v in values):
        return None
    return set(values)


def _check_match(
    doc: YamlDocument,
    path: tuple[Any, ...],
    match: Match,
    known_models: Collection[str] | None,
    known_zones: Collection[str] | None,
) -> list[Problem]:
    out: list[Problem] = []
    for i, lic in enumerate(match.licenses or ()):
        if not (_GLOB_CHARS & set(lic)) and lic not in LICENSES:
            out.append(
                Problem(
                    "error",
                    doc.error(
                        path + ("licenses", i),
                        f"unknown licence id {lic!r}",
                        _hint(lic, LICENSES) or "known: " + ", ".join(sorted(LICENSES)),
                    ),
                )
            )
    for key in match.license_facts or {}:
        if key not in FACT_KEYS:
            out.append(
                Problem(
                    "error",
                    doc.error(
                        path + ("license_facts", key),
                        f"unknown licence fact {key!r}",
                        _hint(key, FACT_KEYS) or "known: " + ", ".join(sorted(FACT_KEYS)),
                    ),
                )
            )
    for attr, known, what in (("models", known_models, "model"), ("zones", known_zones, "zone")):
        if known is None:
            continue
        for i, value in enumerate(getattr(match, attr) or ()):
            if not (_GLOB_CHARS & set(value)) and value not in known:
                out.append(
                    Problem(
                        "error",
                        doc.error(
                            path + (attr, i),
                            f"unknown {what} {value!r}",
                            _hint(value, known) or f"known {what}s: " + ", ".join(sorted(known)),
                        ),
                    )
                )
    for attr in ("tenants", "models", "zones", "endpoints", "licenses"):
        if getattr(match, attr) == []:
            out.append(
                Problem(
                    "error",
                    doc.error(
                        path + (attr,),
                        f"{attr} is an empty list: matches nothing",
                        "omit the key to match any value",
                    ),
                )
            )
    return out


def _overlap(a: str, b: str) -> bool:
    return a == b or "both" in (a, b)


def _disjoint(a: Match, b: Match) -> str | None:
    """A field where a policy's match and a rule's when can never both hold (literal values only)."""
    for attr in ("tenants", "models", "zones", "endpoints", "licenses"):
        x, y = _literal(getattr(a, attr)), _literal(getattr(b, attr))
        if x is not None and y is not None and not (x & y):
            return attr
    return None


def _check_document(
    d: LoadedDocument,
    detectors: Mapping[str, Detector],
    known_models: Collection[str] | None,
    known_zones: Collection[str] | None,
) -> list[Problem]:
    doc, spec = d.source, d.model.spec
    out: list[Problem] = []
    out += _check_match(doc, ("spec", "match"), spec.match, known_models, known_zones)
    warned: set[str] = set()
    for i, rule in enumerate(spec.rules):
        out += _check_rule(
            doc, spec, ("spec", "rules", i), rule, detectors, known_models, known_zones, warned
        )
    out += _check_rule_pairs(doc, spec)
    out += _check_unconditional_blocks(doc, spec)
    return out


# Long on purpose: each check of one rule in the order a reader of the policy file meets the keys
def _check_rule(
    doc: YamlDocument,
    spec: Spec,
    at: tuple[str | int, ...],
    rule: Rule,
    detectors: Mapping[str, Detector],
    known_models: Collection[str] | None,
    known_zones: Collection[str] | None,
    warned: set[str],
) -> list[Problem]:
    """One rule on its own: its ``when``, detector and params, action, route target."""
    out: list[Problem] = []
    if rule.when is not None:
        out += _check_match(doc, at + ("when",), rule.when, known_models, known_zones)
        clash = _disjoint(spec.match, rule.when)
        if clash:
            out.append(
                Problem(
                    "error",
                    doc.error(
                        at + ("when", clash),
                        f"unreachable rule {rule.id!r}: when.{clash} never overlaps "
                        f"the policy's match.{clash}",
                    ),
                )
            )
    if rule.detector is None:
        if rule.params:
            out.append(
                Problem(
                    "error",
                    doc.error(
                        at + ("params",),
                        "params given but no detector",
                        "add 'detector:' or remove 'params:'",
                    ),
                )
            )
        if rule.action in ("redact", "pseudonymize"):
            out.append(
                Problem(
                    "error",
                    doc.error(at + ("action",), f"action '{rule.action}' needs a detector to find spans"),
                )
            )
        if rule.min_score:
            out.append(
                Problem(
                    "warning",
                    doc.error(at + ("min_score",), "min_score has no effect without a detector"),
                )
            )
        if rule.types is not None:
            out.append(
                Problem("warning", doc.error(at + ("types",), "types has no effect without a detector"))
            )
    else:
        detector = detectors.get(rule.detector)
        if detector is None and rule.detector in PROJECT_DETECTORS:
            if rule.detector in warned:
                return out  # said once per detector; the rule's other checks are skipped too
            warned.add(rule.detector)
            out.append(
                Problem(
                    "warning",
                    doc.error(
                        at + ("detector",),
                        f"detector {rule.detector!r} not available in this build; "
                        "params of rules using it are not checked",
                    ),
                )
            )
        elif isinstance(detector, ChecksParams):
            params, scope_problems = check_scope(rule.params)
            direction = "input" if rule.direction != "output" else "output"
            for p in [*scope_problems, *detector.check_params(params, direction)]:
                out.append(
                    Problem(
                        "error",
                        doc.error(at + ("params",) + tuple(p.path), f"{rule.detector}: {p.message}", p.hint),
                    )
                )
    out += _check_rule_route(doc, at, rule, known_models, known_zones)
    return out


def _check_rule_route(
    doc: YamlDocument,
    at: tuple[str | int, ...],
    rule: Rule,
    known_models: Collection[str] | None,
    known_zones: Collection[str] | None,
) -> list[Problem]:
    """A ``route`` rule: input only, and its target zone and model must exist (when they are known)."""
    out: list[Problem] = []
    if rule.action == "route" and rule.direction != "input":
        out.append(
            Problem(
                "error",
                doc.error(at + ("action",), "action 'route' only applies to input", "set direction: input"),
            )
        )
    if rule.route is None:
        return out
    targets = (("zone", rule.route.zone, known_zones), ("model", rule.route.model, known_models))
    for field_name, value, known in targets:
        if known is not None and value and value not in known:
            out.append(
                Problem(
                    "error",
                    doc.error(
                        at + ("route", field_name), f"unknown {field_name} {value!r}", _hint(value, known)
                    ),
                )
            )
    return out


def _check_rule_pairs(doc: YamlDocument, spec: Spec) -> list[Problem]:
    """Pairs of rules with the same trigger inside one policy."""
    out: list[Problem] = []
    rules = spec.rules
    for i, a in enumerate(rules):
        pa = a.priority if a.priority is not None else spec.priority
        for j in range(i + 1, len(rules)):
            b = rules[j]
            if a.detector is None or b.detector != a.detector:
                continue
            if (
                params_key(a.detector, a.params) != params_key(b.detector, b.params)
                or a.min_score != b.min_score
                or a.types != b.types
            ):
                continue
            if a.when != b.when or not _overlap(a.direction, b.direction):
                continue
            pb = b.priority if b.priority is not None else spec.priority
            at = ("spec", "rules", j)
            if a.action == b.action:
                out.append(
                    Problem(
                        "warning",
                        doc.error(
                            at, f"rule {b.id!r} duplicates rule {a.id!r}", "same detector, params and action"
                        ),
                    )
                )
            elif pa == pb and "allow" in (a.action, b.action):
                other = b if a.action == "allow" else a
                out.append(
                    Problem(
                        "error",
                        doc.error(
                            at,
                            f"contradictory rules {a.id!r} and {b.id!r}: same trigger, "
                            f"'allow' and '{other.action}' at the same priority",
                            "'allow' never wins at equal priority; raise its priority or remove one",
                        ),
                    )
                )
            elif pa == pb and "block" in (a.action, b.action):
                loser = b if a.action == "block" else a
                out.append(
                    Problem(
                        "warning",
                        doc.error(
                            at,
                            f"rule {loser.id!r} can never matter: whenever it "
                            f"fires the block rule with the same trigger fires too",
                        ),
                    )
                )
    return out


def _check_unconditional_blocks(doc: YamlDocument, spec: Spec) -> list[Problem]:
    """Unconditional input/output block: everything else in that direction cannot change the outcome."""
    out: list[Problem] = []
    rules = spec.rules
    for i, rule in enumerate(rules):
        if (
            rule.detector is None
            and rule.when is None
            and rule.action == "block"
            and (rule.mode or spec.mode) == "enforce"
        ):
            others = [r.id for r in rules if r is not rule and _overlap(r.direction, rule.direction)]
            out.append(
                Problem(
                    "warning",
                    doc.error(
                        ("spec", "rules", i),
                        f"rule {rule.id!r} blocks every matching request unconditionally"
                        + (f"; rules {', '.join(others)} can never change the outcome" if others else ""),
                    ),
                )
            )
    return out


def _check_across(docs: Sequence[LoadedDocument]) -> list[Problem]:
    out: list[Problem] = []
    extended = {p for d in docs for p in d.model.spec.extends}
    all_priorities: dict[str, list[int]] = {"input": [], "output": []}
    for d in docs:
        if d.model.spec.abstract:
            continue
        for r in d.model.spec.rules:
            p = r.priority if r.priority is not None else d.model.spec.priority
            for direction in ("input", "output") if r.direction == "both" else (r.direction,):
                all_priorities[direction].append(p)
    for d in docs:
        spec: PolicyDocument = d.model
        if spec.spec.abstract and spec.metadata.name not in extended:
            out.append(
                Problem(
                    "warning",
                    d.source.error(
                        ("spec", "abstract"),
                        f"abstract policy {spec.metadata.name!r} is not extended by "
                        "any policy checked here: its rules never apply",
                    ),
                )
            )
        if spec.spec.abstract:
            continue
        for i, r in enumerate(spec.spec.rules):
            if r.action != "allow":
                continue
            p = r.priority if r.priority is not None else spec.spec.priority
            directions = ("input", "output") if r.direction == "both" else (r.direction,)
            if not any(q < p for direction in directions for q in all_priorities[direction]):
                out.append(
                    Problem(
                        "warning",
                        d.source.error(
                            ("spec", "rules", i, "action"),
                            f"allow rule {r.id!r} has no effect: no rule has a "
                            f"lower priority than {p} for it to override",
                            "give the exception a higher priority",
                        ),
                    )
                )
    return out
