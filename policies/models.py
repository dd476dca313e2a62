"""Pydantic models of a policy file: what a security team writes.

A policy file is one YAML document::

    apiVersion: safety-gateway/v1
    kind: Policy
    metadata: {name: baseline, description: ..., owner: security@example.com}
    spec:
      priority: 0                 # explicit precedence between policies (higher wins, see docs/policies.md)
      mode: enforce               # enforce | shadow (decide and record, change nothing)
      abstract: false             # true: a template for `extends`, never matched by itself
      extends: [other-policy]     # inherit rules (same id overrides) and, unless given here, match
      match: {tenants: ["*"], models: ["gpt-*"], zones: [external],
              headers: {x-data-classification: [대외비]}}
      rules:
        - id: block-injection
          direction: input        # input | output | both
          detector: classifier    # omit for an unconditional rule (always fires)
          params: {categories: [prompt_injection], threshold: 0.8}
          action: block           # allow block truncate redact pseudonymize route flag notice watermark
                                  # strip_tool require_approval (policies/tools.py)
          on_error: closed        # open | closed: what a detector failure or timeout means
          mode: shadow            # optional per-rule override of spec.mode
          priority: 10            # optional per-rule override of spec.priority

These models are the edge (validation + JSON Schema); the loader turns them into the frozen
dataclasses in :mod:`policies.engine` that the matcher and evaluator use.
"""

from __future__ import annotations

from typing import Annotated, Any, Literal

from pydantic import BaseModel, ConfigDict, Field, WithJsonSchema, model_validator

from .actions import Action

API_VERSION = "safety-gateway/v1"

# The action as a policy file writes it: validated into :class:`~policies.actions.Action`, shown
# inline in the JSON Schema (an editor lists the values right at the key).
ActionField = Annotated[Action, WithJsonSchema({"type": "string", "enum": [a.value for a in Action]})]
StreamCheck = Literal["strict", "fast"]
Mode = Literal["enforce", "shadow"]
RuleDirection = Literal["input", "output", "both"]
OnError = Literal["open", "closed"]

_NAME = r"^[a-z0-9]([a-z0-9._-]*[a-z0-9])?$"
_NAME_HINT = "lower-case letters, digits, '.', '_' and '-', starting and ending with a letter or digit"

# A value in a header/metadata/label condition: one glob or a list of globs (any may match).
Globs = str | list[str]


class _Strict(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True, populate_by_name=True)


class Metadata(_Strict):
    name: str = Field(pattern=_NAME, description=f"Unique policy name ({_NAME_HINT}).")
    description: str = Field("", description="What the policy is for.")
    owner: str = Field("", description="Who owns it (team or address).")
    labels: dict[str, str] = Field(default_factory=dict, description="Free-form labels.")


class Match(_Strict):
    """Which requests a policy (or, as a rule's ``when``, a rule) governs.

    Every field is a list of glob patterns (``*``, ``?``, ``[..]``); an omitted field matches any
    request, and all given fields must match. Header, metadata and label conditions are
    *positive only*: a client-supplied header can make more policies apply, never fewer.
    """

    tenants: list[str] | None = Field(None, description="Tenant ids (globs).")
    models: list[str] | None = Field(None, description="Model aliases as the client names them (globs).")
    zones: list[str] | None = Field(
        None, description="Zones of the target deployment, e.g. internal, external."
    )
    endpoints: list[str] | None = Field(None, description="API paths, e.g. /v1/chat/completions (globs).")
    licenses: list[str] | None = Field(None, description="Licence ids of the target model, e.g. openrail-m.")
    license_facts: dict[str, bool | str] | None = Field(
        None,
        description="Facts from the licence registry the target model's licence must have, "
        "e.g. {commercial_use: false}.",
    )
    tenant_labels: dict[str, Globs] | None = Field(
        None, description="Labels the gateway config gives the tenant, e.g. {commercial: 'true'}."
    )
    headers: dict[str, Globs] | None = Field(
        None,
        description="Request headers (names case-insensitive), "
        "e.g. {x-data-classification: [대외비, 국가기밀]}.",
    )
    metadata: dict[str, Globs] | None = Field(
        None, description="Request metadata fields (OpenAI `metadata`)."
    )


class RouteTarget(_Strict):
    zone: str | None = Field(None, description="Send the request only to deployments in this zone.")
    model: str | None = Field(None, description="Send the request to this model alias instead.")

    @model_validator(mode="after")
    def _one(self) -> RouteTarget:
        if self.zone is None and self.model is None:
            raise ValueError("route needs a zone or a model")
        return self


# How a notice rule's text reaches the reader (args.mode), and which invisible marks a watermark rule
# asks for (args.marks); docs/provenance.md says what each means.
NOTICE_MODES = ("every_response", "once_per_conversation", "header_only")
MARK_FORMATS = ("compact", "signed")


class Rule(_Strict):
    id: str = Field(pattern=_NAME, description=f"Stable rule id, unique in its policy ({_NAME_HINT}).")
    description: str = ""
    direction: RuleDirection = Field("input", description="input (request), output (response) or both.")
    detector: str | None = Field(
        None, description="Detector name (pii, classifier, keywords, regex, size, ...). Omit: always fires."
    )
    params: dict[str, Any] = Field(default_factory=dict, description="Parameters passed to the detector.")
    min_score: float = Field(0.0, ge=0.0, le=1.0, description="Ignore findings scored below this.")
    types: list[str] | None = Field(
        None,
        description="Only findings of these types count (entity types, categories). Rules sharing one "
        "detector call with the same params can each take their own types.",
    )
    when: Match | None = Field(None, description="Extra request conditions for this rule alone.")
    action: ActionField
    route: RouteTarget | None = Field(None, description="Where action: route sends the request.")
    message: str | None = Field(
        None, description="Text for block errors, notices and flags. Never include detected content."
    )
    args: dict[str, Any] = Field(default_factory=dict, description="Arguments for the enforcing stage.")
    on_error: OnError = Field(
        "closed", description="closed: a detector failure counts as a hit; open: ignore."
    )
    mode: Mode | None = Field(None, description="enforce or shadow; default: the policy's mode.")
    priority: int | None = Field(None, description="Precedence; default: the policy's priority.")

    @model_validator(mode="after")
    def _route(self) -> Rule:
        if self.action == "route" and self.route is None:
            raise ValueError("action 'route' needs a 'route:' target (zone and/or model)")
        if self.action != "route" and self.route is not None:
            raise ValueError(f"'route:' is only valid with action 'route', not '{self.action}'")
        if self.action == "truncate" and self.direction != "output":
            raise ValueError("action 'truncate' cuts a response: it needs 'direction: output'")
        if self.action == "require_approval" and self.direction != "output":
            raise ValueError(
                "action 'require_approval' withholds a call the model makes: it needs 'direction: output'"
            )
        if self.action in ("strip_tool", "require_approval") and self.detector is None:
            raise ValueError(
                f"action '{self.action}' acts on the tools a detector finds: it needs a detector "
                "(tools, or any detector with params.tool_arguments)"
            )
        return self

    @model_validator(mode="after")
    def _labelling_args(self) -> Rule:
        for action, name, allowed in (("notice", "mode", NOTICE_MODES), ("watermark", "marks", MARK_FORMATS)):
            if self.action == action and name in self.args and self.args[name] not in allowed:
                raise ValueError(
                    f"args.{name} of a {action} rule must be one of {', '.join(allowed)}, "
                    f"not {self.args[name]!r}"
                )
        return self


class StreamWindow(_Strict):
    """How output rules see a streamed response: windows of ``size`` characters, each starting
    ``size - overlap`` after the previous one, so text crossing a boundary is seen whole."""

    size: int = Field(512, ge=16, le=1_000_000, description="Characters per window.")
    overlap: int = Field(128, ge=0, description="Characters shared by consecutive windows (< size).")

    @model_validator(mode="after")
    def _overlap(self) -> StreamWindow:
        if self.overlap >= self.size:
            raise ValueError(f"overlap ({self.overlap}) must be smaller than size ({self.size})")
        return self


class Spec(_Strict):
    priority: int = Field(0, description="Higher priority is considered first (see docs/policies.md).")
    mode: Mode = "enforce"
    abstract: bool = Field(False, description="A template for `extends`; never matched by itself.")
    extends: list[str] = Field(default_factory=list, description="Names of policies to inherit from.")
    match: Match = Field(default_factory=Match)
    fallback_across_zones: Literal["redecide", "deny"] | None = Field(
        None,
        description="When a retry or fallback would take the request to a zone other than the one it "
        "was decided for: redecide (default) runs the input rules again for the deployment the attempt "
        "reaches and sends what they allow; deny skips every deployment in another zone. Requests a "
        "rule routed never leave the zone they were routed to.",
    )
    stream_check: StreamCheck | None = Field(
        None,
        description="How output rules run on streams. strict (default): text is held until the window "
        "holding it passed, so no unchecked text reaches the client. fast: text is sent at once and checked "
        "right after; the stream stops at the first violation, at most one window late.",
    )
    stream_window: StreamWindow | None = Field(
        None, description="Window and overlap for streamed output checks."
    )
    rules: list[Rule] = Field(default_factory=list)


class PolicyDocument(_Strict):
    """One policy file."""

    apiVersion: Literal["safety-gateway/v1"]
    kind: Literal["Policy"]
    metadata: Metadata
    spec: Spec


def policy_json_schema() -> dict[str, Any]:
    """The JSON Schema of a policy file (``safety-gateway policy schema``)."""
    schema = PolicyDocument.model_json_schema()
    schema["$schema"] = "https://json-schema.org/draft/2020-12/schema"
    schema["$id"] = "https://safety-gateway.dev/schemas/policy-v1.json"
    schema["title"] = "safety-gateway policy"
    return schema
