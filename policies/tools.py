"""Tool governance: the ``tools`` detector, and the scope that points any detector at tool arguments.

Agent traffic's risky moments are tool calls: which tools a request offers the model (``tools[]``,
legacy ``functions[]``), which calls the model makes (``choices[].message.tool_calls[]`` on output,
``messages[].tool_calls[]`` in the history it sends back) and with what arguments. Everything here
reads the text items the gateway already extracts (names and arguments have stable locations,
:mod:`policies.locations`), so it works on every API the gateway serves: the Responses and Messages
APIs are translated to chat completions before the policies run.

``tools`` detector params (at least one of the first four):

=================  ===================================================================================
``deny``           tool-name globs: a declared tool or a call matching one is found (``tool_denied``)
``allow``          tool-name globs: a declared tool or a call matching none is found (``tool_not_allowed``)
``schemas``        ``{name glob: JSON Schema}``: a call whose arguments are not JSON or fail the first
                   matching schema is found (``tool_arguments_invalid``; a call matching no glob passes)
``max_calls``      most calls per answer (output) or per agent turn, i.e. since the last user message
                   (input); each call past the limit is found (``tool_calls_exceeded``)
``uses``           ``[declared, calls]`` (default both): what the name checks look at
=================  ===================================================================================

Findings point at the tool's name (``tools[2].function.name``) or, for arguments, at the arguments;
they never carry the name or the arguments themselves (a model can write anything there). The
enforcing stage reads names from the body it holds.

Every detector also takes ``tool_arguments: [globs]`` (:func:`scope_to_tool_arguments`): it then
scans only the arguments of calls to those tools (``["*"]``: every call), so PII, secrets, keywords,
regex and classifier rules can be written about what an agent passes to a tool.
"""

from __future__ import annotations

import json
import re
import unicodedata
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from fnmatch import fnmatchcase
from typing import Any, Literal

from .findings import Direction, Finding, ParamProblem, TextItem
from .normalize import LATIN_LOOKALIKES

NAME = "tools"
USES = ("declared", "calls")
SCOPE_PARAM = "tool_arguments"

_CALL = re.compile(
    r"^(?P<base>(?:messages\[(?P<msg>\d+)\]|choices\[(?P<choice>\d+)\]\.message)"
    r"\.(?:tool_calls\[(?P<k>\d+)\]\.function|function_call))\.(?P<part>name|arguments)$"
)
# Declared: a tool definition, or a tool_choice / legacy function_call forcing a tool by name.
_DECLARED = re.compile(
    r"^(?:tools\[\d+\]\.function|functions\[\d+\]|tool_choice\.function|function_call)\.name$"
)
_MESSAGE = re.compile(r"^messages\[(\d+)\]")


@dataclass(frozen=True, slots=True)
class ToolUse:
    """A tool the request declares, or a call (in the history or in the answer)."""

    kind: Literal["declared", "call"]
    name: str
    location: str  # of the name
    arguments: str | None = None
    arguments_location: str | None = None
    message: int | None = None  # the history message holding the call (input)


def tool_uses(items: Sequence[TextItem]) -> list[ToolUse]:
    """Declared tools and calls, in the order their names appear."""
    arguments: dict[str, TextItem] = {}
    for item in items:
        m = _CALL.match(item.location)
        if m and m["part"] == "arguments":
            arguments[m["base"]] = item
    out: list[ToolUse] = []
    named: set[str] = set()

    def call(base: str, name: str, location: str, msg: str | None) -> ToolUse:
        args = arguments.get(base)
        return ToolUse(
            "call",
            name,
            location,
            args.text if args is not None else None,
            args.location if args is not None else None,
            int(msg) if msg is not None else None,
        )

    for item in items:
        if _DECLARED.match(item.location):
            out.append(ToolUse("declared", item.text, item.location))
            continue
        m = _CALL.match(item.location)
        if m and m["part"] == "name":
            named.add(m["base"])
            out.append(call(m["base"], item.text, item.location, m["msg"]))
    # Arguments whose call has no name (empty, or not sent): a call named "" (no allow-list allows it).
    for base, item in arguments.items():
        if base not in named:
            m = _CALL.match(item.location)
            assert m is not None
            out.append(call(base, "", f"{base}.name", m["msg"]))
    return out


def tool_name(tool: Mapping[str, Any]) -> str | None:
    """The name of a tool definition or a forced choice: ``{function: {name}}`` or ``{name}``."""
    fn = tool.get("function")
    name = fn.get("name") if isinstance(fn, Mapping) else tool.get("name")
    return name if isinstance(name, str) else None


def _matches(name: str, globs: Sequence[str]) -> bool:
    return any(fnmatchcase(name, g) for g in globs)


_NAMESPACE = re.compile(r"^(?:functions|default_api|tools)[.:/]")
_SEPARATORS = re.compile(r"[-_.\s]")


def fold_name(name: str) -> str:
    """A tool name as a deny-list compares it: compatibility forms (full-width), invisible, control,
    space and combining characters removed, Cyrillic/Greek look-alikes as Latin, case folded, a
    ``functions.`` namespace and the separators ``_ - .`` dropped. ``run_shell``, ``RUN-SHELL``,
    ``run\u200b_shell``, ``ｒｕｎ_shell``, ``functions.run_shell``, ``run\u00adshell`` and
    ``rսn_shell``-style spellings all fold to ``runshell``."""
    text = unicodedata.normalize("NFKD", unicodedata.normalize("NFKC", name))
    text = "".join(ch for ch in text if unicodedata.category(ch)[0] not in "CZM")
    text = _NAMESPACE.sub("", text.translate(LATIN_LOOKALIKES).casefold())
    return unicodedata.normalize("NFKC", _SEPARATORS.sub("", text))


def _denied(name: str, globs: Sequence[str]) -> bool:
    """A deny-list matches the name as written or folded (:func:`fold_name`; Cyrillic у read as y and
    as u); an allow-list matches the name exactly as written, so a look-alike of an allowed name is
    not allowed."""
    folds = {fold_name(name), fold_name(name.replace("у", "u").replace("У", "U"))}
    return _matches(name, globs) or any(fnmatchcase(f, fold_name(g)) for f in folds for g in globs)


def _turn_start(items: Sequence[TextItem]) -> int:
    """Index of the last user message: calls after it belong to the current agent turn."""
    last = -1
    for item in items:
        m = _MESSAGE.match(item.location)
        if m and item.role == "user":
            last = max(last, int(m[1]))
    return last


def _schema_error(schema: Mapping[str, Any], arguments: str | None) -> str | None:
    """Why the arguments fail (``json`` or the failing schema keyword), or None. Never the values."""
    from jsonschema import Draft202012Validator

    try:
        value = json.loads(arguments or "")
    except ValueError:
        return "json"
    error = next(iter(Draft202012Validator(schema).iter_errors(value)), None)
    return None if error is None else f"schema:{error.validator}"


class ToolsDetector:
    """Finds tools and tool calls a policy does not allow (see the module docstring)."""

    name = NAME
    PARAMS = ("allow", "deny", "schemas", "max_calls", "uses")

    async def detect(
        self, items: Sequence[TextItem], params: Mapping[str, Any], direction: Direction
    ) -> list[Finding]:
        uses = set(params.get("uses") or USES)
        allow, deny = params.get("allow"), params.get("deny") or ()
        schemas: Mapping[str, Any] = params.get("schemas") or {}
        out: list[Finding] = []

        def found(kind: str, location: str | None, use: ToolUse, **meta: Any) -> None:
            out.append(Finding(self.name, kind, 1.0, direction, location, meta={"use": use.kind, **meta}))

        every = tool_uses(items)
        for use in every:
            if ("calls" if use.kind == "call" else "declared") in uses:
                if _denied(use.name, deny):
                    found("tool_denied", use.location, use)
                elif allow is not None and not _matches(use.name, allow):
                    found("tool_not_allowed", use.location, use)
            if use.kind == "call" and schemas:
                schema = next((s for g, s in schemas.items() if fnmatchcase(use.name, g)), None)
                if schema is not None:
                    why = _schema_error(schema, use.arguments)
                    if why is not None:
                        found(
                            "tool_arguments_invalid", use.arguments_location or use.location, use, error=why
                        )
        limit = params.get("max_calls")
        if limit is not None:
            start = _turn_start(items) if direction == "input" else -1
            calls = [u for u in every if u.kind == "call" and (u.message is None or u.message > start)]
            for use in calls[int(limit) :]:
                found("tool_calls_exceeded", use.location, use, limit=int(limit), value=len(calls))
        return out

    def check_params(self, params: Mapping[str, Any], direction: Direction) -> list[ParamProblem]:
        import difflib

        problems: list[ParamProblem] = []
        for key in params:
            if key not in self.PARAMS and key != "roles":
                close = difflib.get_close_matches(str(key), self.PARAMS, n=1)
                hint = f"did you mean {close[0]!r}?" if close else "allowed: " + ", ".join(self.PARAMS)
                problems.append(ParamProblem((key,), f"unknown parameter {key!r}", hint))
        if not any(k in params for k in ("allow", "deny", "schemas", "max_calls")):
            problems.append(
                ParamProblem((), "tools needs at least one check", "one of allow, deny, schemas, max_calls")
            )
        for key in ("allow", "deny"):
            problems += _globs(params, key)
        uses = params.get("uses")
        if uses is not None and (not isinstance(uses, list) or not uses or any(u not in USES for u in uses)):
            problems.append(ParamProblem(("uses",), "uses must be a non-empty list of: declared, calls"))
        limit = params.get("max_calls")
        if limit is not None and (not isinstance(limit, int) or isinstance(limit, bool) or limit < 0):
            problems.append(ParamProblem(("max_calls",), "max_calls must be a non-negative integer"))
        schemas = params.get("schemas")
        if schemas is not None:
            if not isinstance(schemas, Mapping) or not schemas:
                problems.append(ParamProblem(("schemas",), "schemas maps tool-name globs to JSON Schemas"))
            else:
                from jsonschema import Draft202012Validator
                from jsonschema.exceptions import SchemaError

                for glob, schema in schemas.items():
                    if not isinstance(schema, Mapping):
                        problems.append(ParamProblem(("schemas", glob), "a schema is a mapping"))
                        continue
                    try:
                        Draft202012Validator.check_schema(schema)
                    except SchemaError as exc:
                        problems.append(
                            ParamProblem(("schemas", glob), f"invalid JSON Schema: {exc.message}")
                        )
        if direction == "output" and uses is not None and "declared" in uses and "calls" not in uses:
            problems.append(
                ParamProblem(("uses",), "an output rule sees calls only", "declared tools are input")
            )
        return problems


def _globs(params: Mapping[str, Any], key: str) -> list[ParamProblem]:
    value = params.get(key)
    if value is None:
        return []
    if not isinstance(value, list) or not all(isinstance(v, str) and v for v in value):
        return [ParamProblem((key,), f"{key} must be a list of tool-name globs")]
    return []


# -- the scope any detector takes -----------------------------------------------------------------


def scope_to_tool_arguments(
    items: Sequence[TextItem], params: Mapping[str, Any]
) -> tuple[Sequence[TextItem], Mapping[str, Any]]:
    """``tool_arguments: [globs]`` narrows a detector to the arguments of calls to those tools; the
    detector itself never sees the parameter."""
    globs = params.get(SCOPE_PARAM)
    if globs is None:
        return items, params
    rest = {k: v for k, v in params.items() if k != SCOPE_PARAM}
    wanted = {
        use.arguments_location
        for use in tool_uses(items)
        if use.kind == "call" and use.arguments_location and _matches(use.name, globs)
    }
    return [i for i in items if i.location in wanted], rest


def check_scope(params: Mapping[str, Any]) -> tuple[Mapping[str, Any], list[ParamProblem]]:
    """The params without the scope (for the detector's own check), and the scope's problems."""
    if SCOPE_PARAM not in params:
        return params, []
    return {k: v for k, v in params.items() if k != SCOPE_PARAM}, _globs(params, SCOPE_PARAM)


_TARGET = re.compile(
    r"^(tools\[\d+\]|functions\[\d+\]|tool_choice|function_call"
    r"|(?:messages\[\d+\]|choices\[\d+\]\.message)\.(?:tool_calls\[\d+\]|function_call))(?=[.\[{]|$)"
)


def tool_target(location: str | None) -> str | None:
    """The declared tool or the call a location lies in (``tools[2]``,
    ``choices[0].message.tool_calls[1]``, ``messages[3].tool_calls[0]``), or None."""
    m = _TARGET.match(location or "")
    return m[1] if m else None
