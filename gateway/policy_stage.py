"""Policy enforcement stages: the policy decides, these stages carry the decision out.

Input: match the policies that govern the request, run the detectors their rules name (each once,
concurrently, with a timeout), evaluate, then enforce — block (400 ``content_policy_violation``
naming the rule ids, never the content), route (confine to a zone or switch the model), transform
(redact / pseudonymize the text the upstream will see), annotate (flag). Shadow rules only
change the ``x-gateway-policy`` header.

Output: the same for the upstream's answer. A non-streamed answer is checked whole. A stream is
held back until it can be checked when output rules apply (strict: no unchecked text reaches the
client); sliding windows come with the output-side issue.

Nothing a client sends can switch a policy off: matching reads only the tenant (from the key),
the model alias, its zone and licence, the endpoint and request headers that policies choose to
test, and no request field or header disables a rule.
"""

from __future__ import annotations

import logging
import re
from collections.abc import Awaitable, Callable, Mapping, Sequence
from typing import Any

from gateway.context import RequestContext
from gateway.errors import GatewayError
from gateway.pipeline import StreamFilter
from gateway.routing.router import ModelRouter
from policies.evaluator import Decision, evaluate
from policies.findings import Detector, DetectorError, Direction, Finding, TextItem
from policies.matcher import RequestMeta
from policies.runner import apply_transforms, call_transform, items_from_messages, run_plan
from policies.store import PolicyStore

log = logging.getLogger("safety_gateway.policy")

TransformHook = Callable[[RequestContext, Decision, Sequence[TextItem]], Awaitable[Sequence[TextItem]]]

_TOKEN = re.compile(r"([A-Za-z_][A-Za-z0-9_]*)|\[(\d+)\]")


def _path(location: str) -> list[str | int]:
    return [name if name else int(index) for name, index in _TOKEN.findall(location)]


def set_at(body: Any, location: str, value: str) -> None:
    """Write ``value`` at a ``messages[2].content``-style location inside ``body``."""
    path = _path(location)
    target = body
    for step in path[:-1]:
        target = target[step]
    target[path[-1]] = value


def request_items(endpoint: str, body: Mapping[str, Any]) -> list[TextItem]:
    """Every piece of text a request carries, with its location (tool results included)."""
    if endpoint == "chat.completions":
        return items_from_messages(body.get("messages") or [])
    key = "prompt" if endpoint == "completions" else "input"
    value = body.get(key)
    if isinstance(value, str):
        return [TextItem(key, value, "user")]
    if isinstance(value, list):
        return [TextItem(f"{key}[{i}]", v, "user") for i, v in enumerate(value) if isinstance(v, str)]
    return []


def response_items(endpoint: str, response: Mapping[str, Any]) -> list[TextItem]:
    items: list[TextItem] = []
    for i, choice in enumerate(response.get("choices") or []):
        if endpoint == "completions":
            if isinstance(choice.get("text"), str):
                items.append(TextItem(f"choices[{i}].text", choice["text"], "assistant"))
            continue
        message = choice.get("message") or {}
        if isinstance(message.get("content"), str):
            items.append(TextItem(f"choices[{i}].message.content", message["content"], "assistant"))
        for k, call in enumerate(message.get("tool_calls") or []):
            args = (call.get("function") or {}).get("arguments")
            if isinstance(args, str):
                items.append(TextItem(f"choices[{i}].message.tool_calls[{k}].function.arguments", args, "assistant"))
    return items


async def reference_transform(ctx: RequestContext, decision: Decision, items: Sequence[TextItem]) -> Sequence[TextItem]:
    """Offsets-based redact/pseudonymize from the policy library (no vault, so no restore)."""
    return apply_transforms(decision, items)


def block_error(decision: Decision) -> GatewayError:
    message = decision.message or f"Request blocked by policy rule(s): {', '.join(decision.rules)}."
    return GatewayError(400, message, "invalid_request_error", code="content_policy_violation",
                        headers={"x-gateway-policy": decision.header_value()})


def _all_findings(results: Mapping[str, Sequence[Finding] | DetectorError]) -> list[Finding]:
    seen: set[int] = set()
    out: list[Finding] = []
    for value in results.values():
        if isinstance(value, DetectorError):
            continue
        for finding in value:
            if id(finding) not in seen:
                seen.add(id(finding))
                out.append(finding)
    return out


class PolicyEngine:
    """What both stages share: the store, the detectors, the router (for zones and licences)."""

    def __init__(self, store: PolicyStore, detectors: Mapping[str, Detector], router: ModelRouter,
                 transform: TransformHook = reference_transform, detector_timeout_s: float = 5.0) -> None:
        self.store = store
        self.detectors = detectors
        self.router = router
        self.transform = transform
        self.timeout = detector_timeout_s

    def meta(self, ctx: RequestContext) -> RequestMeta:
        deps = self.router.by_alias.get(ctx.model or "", [])
        zones = {d.zone for d in deps}
        licenses = {d.license for d in deps}
        return RequestMeta.build(
            tenant=ctx.tenant, model=ctx.model, endpoint=ctx.endpoint, headers=ctx.headers,
            zone=zones.pop() if len(zones) == 1 else None,
            model_license=licenses.pop() if len(licenses) == 1 else None)

    async def decide(self, ctx: RequestContext, direction: Direction,
                     items: Sequence[TextItem]) -> tuple[Decision, Mapping[str, Any]]:
        policy_set = self.store.current  # pinned: a reload mid-request does not change this request
        ctx.policy_version = policy_set.version
        meta = self.meta(ctx)
        matched = policy_set.match(meta)
        plan = policy_set.plan(matched, direction, meta)
        results = await run_plan(plan, items, self.detectors, timeout_s=self.timeout)
        decision = evaluate(plan, results)
        ctx.findings.extend(_all_findings(results))
        return decision, results


def _record(ctx: RequestContext, direction: Direction, decision: Decision) -> None:
    decisions = ctx.decision if isinstance(ctx.decision, dict) else {}
    decisions[direction] = decision
    ctx.decision = decisions
    if direction == "input":
        ctx.response_headers["x-gateway-policy"] = decision.header_value()
        return
    # The output side adds to the header only when it has something to say.
    shadowed = decision.shadow is not None and decision.shadow.action != decision.action
    if decision.action != "allow" or decision.reasons or shadowed:
        value = decision.header_value()
        previous = ctx.response_headers.get("x-gateway-policy")
        ctx.response_headers["x-gateway-policy"] = f"{previous}; output: {value}" if previous else f"output: {value}"


class PolicyInputStage:
    name = "policy_input"

    def __init__(self, engine: PolicyEngine) -> None:
        self.engine = engine

    async def run(self, ctx: RequestContext) -> None:
        assert ctx.body is not None
        items = request_items(ctx.endpoint, ctx.body)
        decision, _ = await self.engine.decide(ctx, "input", items)
        _record(ctx, "input", decision)
        if decision.blocked:
            raise block_error(decision)
        if decision.route is not None:
            if decision.route.model:
                ctx.model = decision.route.model
            if decision.route.zone:
                ctx.zone_constraint = decision.route.zone
        if decision.transforms:
            changed = await self.engine.transform(ctx, decision, items)
            for before, after in zip(items, changed, strict=True):
                if after.text != before.text:
                    set_at(ctx.body, after.location, after.text)


class _HoldAndCheck:
    """Holds every chunk, then checks the whole text before releasing anything."""

    def __init__(self, stage: PolicyOutputStage, ctx: RequestContext) -> None:
        self.stage = stage
        self.ctx = ctx
        self.held: list[dict[str, Any]] = []

    async def feed(self, chunk: dict[str, Any]) -> list[dict[str, Any]]:
        self.held.append(chunk)
        return []

    async def finish(self) -> list[dict[str, Any]]:
        texts: dict[int, list[str]] = {}
        for chunk in self.held:
            for choice in chunk.get("choices") or []:
                delta = choice.get("delta") or {}
                piece = delta.get("content") if "delta" in choice else choice.get("text")
                if isinstance(piece, str):
                    texts.setdefault(choice.get("index", 0), []).append(piece)
        items = [TextItem(f"choices[{i}].message.content", "".join(parts), "assistant")
                 for i, parts in sorted(texts.items())]
        decision, _ = await self.stage.engine.decide(self.ctx, "output", items)
        _record(self.ctx, "output", decision)
        if decision.blocked:
            raise block_error(decision)
        if decision.transforms:
            changed = await self.stage.engine.transform(self.ctx, decision, items)
            replaced = {int(after.location[len("choices["):].split("]", 1)[0]): after.text
                        for before, after in zip(items, changed, strict=True) if after.text != before.text}
            if replaced:
                return self._rewrite(replaced)
        return self.held

    def _rewrite(self, replaced: dict[int, str]) -> list[dict[str, Any]]:
        """The held chunks with each rewritten choice's text given whole in its first content chunk."""
        done: set[int] = set()
        out: list[dict[str, Any]] = []
        for chunk in self.held:
            for choice in chunk.get("choices") or []:
                index = choice.get("index", 0)
                if index not in replaced:
                    continue
                key = "content" if "delta" in choice else "text"
                holder = choice.get("delta") if "delta" in choice else choice
                if isinstance(holder, dict) and isinstance(holder.get(key), str):
                    holder[key] = "" if index in done else replaced[index]
                    done.add(index)
            out.append(chunk)
        return out


class PolicyOutputStage:
    name = "policy_output"

    def __init__(self, engine: PolicyEngine) -> None:
        self.engine = engine

    def _has_output_rules(self, ctx: RequestContext) -> bool:
        policy_set = self.engine.store.current
        meta = self.engine.meta(ctx)
        return bool(policy_set.plan(policy_set.match(meta), "output", meta).rules)

    async def on_response(self, ctx: RequestContext, response: dict[str, Any]) -> dict[str, Any]:
        if not self._has_output_rules(ctx):
            return response
        items = response_items(ctx.endpoint, response)
        decision, _ = await self.engine.decide(ctx, "output", items)
        _record(ctx, "output", decision)
        if decision.blocked:
            raise block_error(decision)
        if decision.transforms:
            # PII the model produced itself (an invented RRN...) is redacted per the output rules.
            changed = await self.engine.transform(ctx, decision, items)
            for before, after in zip(items, changed, strict=True):
                if after.text != before.text:
                    set_at(response, after.location, after.text)
        return response

    def stream_filter(self, ctx: RequestContext) -> StreamFilter | None:
        return _HoldAndCheck(self, ctx) if self._has_output_rules(ctx) else None
