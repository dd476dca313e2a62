"""``safety-gateway``: serve the gateway, and the tools for policies, classifiers and audit."""

from __future__ import annotations

import argparse
import importlib
import logging
import sys
from collections.abc import Callable
from typing import Any

from gateway import __version__


def _setup_logging(level: str) -> None:
    logging.basicConfig(
        level=getattr(logging, level.upper(), logging.INFO),
        stream=sys.stderr,
        format="%(asctime)s %(levelname)s %(name)s: %(message)s",
    )
    # litellm logs provider errors with request details at WARNING; our own log says what happened.
    logging.getLogger("LiteLLM").setLevel(logging.ERROR)
    logging.getLogger("LiteLLM Router").setLevel(logging.ERROR)
    logging.getLogger("httpx").setLevel(logging.WARNING)


def cmd_serve(args: argparse.Namespace) -> int:
    from gateway.config import ConfigError, load_config

    try:
        cfg = load_config(args.config)
    except ConfigError as exc:
        print(f"safety-gateway: invalid config\n{exc}", file=sys.stderr)
        return 2
    host = args.host or cfg.server.host
    port = args.port if args.port is not None else cfg.server.port
    _setup_logging(args.log_level or cfg.server.log_level)
    from gateway.logs import configure_logging

    configure_logging(cfg.server.log_format)  # text or one JSON object per line (uvicorn's lines too)
    log = logging.getLogger("safety_gateway")

    import uvicorn

    from gateway.app import build_keystore, create_app
    from gateway.server import uvicorn_options

    try:
        keys = build_keystore(cfg)
    except ValueError as exc:
        print(f"safety-gateway: {exc}", file=sys.stderr)
        return 2
    if len(keys) == 0:
        key = keys.generate("default")
        # Whoever started a gateway with no keys is its operator: the one key may also read /metrics
        # and /admin/* (configured keys get those rights only through admin_tenants/metrics_tenants).
        if "default" not in cfg.admin_tenants:
            cfg.admin_tenants.append("default")
        # Printed once; only its hash is kept. Nothing else in the process ever logs it.
        print(
            "\n  No API keys are configured; generated one for this run (tenant 'default'):\n"
            f"\n      {key}\n\n  Use it as the OpenAI API key: "
            f"OpenAI(base_url='http://{host}:{port}/v1', api_key='<key>').\n"
            "  It also reads /metrics and /admin/policies (an operator key).\n"
            "  It is not stored and is gone when the gateway stops; configure keys for real use.\n",
            file=sys.stderr,
            flush=True,
        )
    from policies.loader import PolicyLoadError

    try:
        app = create_app(cfg, keys)
    except PolicyLoadError as exc:
        print(f"safety-gateway: the policies do not load; nothing was started\n{exc}", file=sys.stderr)
        return 2
    except (ValueError, FileNotFoundError) as exc:
        print(f"safety-gateway: {exc}", file=sys.stderr)
        return 2
    log.info(
        "safety-gateway %s on http://%s:%d (config: %s; models: %s)",
        __version__,
        host,
        port,
        cfg.source,
        ", ".join(cfg.aliases()),
    )
    uvicorn.run(
        app,
        host=host,
        port=port,
        log_level=(args.log_level or cfg.server.log_level),
        access_log=False,
        loop="auto",
        log_config=None,
        # http (header size and time limits), keep-alive, connection limit: docs/robustness.md
        **uvicorn_options(cfg.server),
        # uvicorn's own proxy-header handling (FORWARDED_ALLOW_IPS, default 127.0.0.1) would rewrite the
        # peer address before the gateway sees it; server.trusted_proxies is the one setting instead
        # (audit.clientaddr), and it needs the real TCP peer to decide whom to believe.
        proxy_headers=False,
    )
    return 0


def cmd_config_check(args: argparse.Namespace) -> int:
    """Validate the config and everything it points at, as ``serve`` would load it: policy files
    (with the configured detectors, so a classifier category is checked against the configured model),
    detector settings and the files models and keys name. Errors carry file:line:col; exit 1 on any."""
    from gateway.config import ConfigError, load_config

    try:
        cfg = load_config(args.config)
    except ConfigError as exc:
        print(exc, file=sys.stderr)
        return 1
    problems = _config_references(cfg)
    for problem in problems:
        print(problem, file=sys.stderr)
    if problems:
        print(f"{cfg.source}: {len(problems)} error(s) in what it points at", file=sys.stderr)
        return 1
    print(
        f"{cfg.source}: ok ({len(cfg.model_list)} deployments, models: {', '.join(cfg.aliases())}; "
        f"{len(cfg.policy_paths)} policy path(s) checked; audit "
        f"{'on: ' + cfg.audit.sink if cfg.audit.enabled else 'OFF'})"
    )
    return 0


def _config_references(cfg: Any) -> list[str]:
    """Problems in the files a valid config names (the config's own syntax is load_config's job)."""
    from gateway.config import base_dir, resolve_path
    from gateway.detectors.registry import DetectorEnv, build_detectors
    from policies.check import check_paths

    out: list[str] = []
    paths: list[Any] = []
    for value in cfg.policy_paths:
        try:
            path = resolve_path(cfg, value)
        except FileNotFoundError as exc:
            out.append(f"{cfg.source}: policy_paths: {exc}")
            continue
        if not path.exists():
            out.append(f"{cfg.source}: policy_paths: '{value}' does not exist ({path})")
            continue
        paths.append(path)
    try:
        detectors = build_detectors(cfg.detector_settings(), DetectorEnv(base_dir(cfg)), strict=True)
    except (ValueError, OSError) as exc:
        out.append(f"{cfg.source}: detector settings: {exc}")
        detectors = build_detectors()
    if paths:
        report = check_paths(paths, detectors, known_models=cfg.aliases(), known_zones=None)
        out += [str(p) for p in report.errors]
    classifier = cfg.classifier.model_path if hasattr(cfg, "classifier") else None
    if classifier:
        try:
            if not resolve_path(cfg, classifier).exists():
                out.append(f"{cfg.source}: classifier.model_path '{classifier}' does not exist")
        except FileNotFoundError as exc:
            out.append(f"{cfg.source}: classifier.model_path: {exc}")
    for entry in cfg.model_list:
        model_path = (
            entry.litellm_params.model_extra.get("model_path") if entry.litellm_params.model_extra else None
        )
        if isinstance(model_path, str):
            try:
                if not resolve_path(cfg, model_path).exists():
                    out.append(
                        f"{cfg.source}: model '{entry.model_name}': model_path '{model_path}' does not exist"
                    )
            except FileNotFoundError as exc:
                out.append(f"{cfg.source}: model '{entry.model_name}': {exc}")
    return out


def _optional(module: str, function: str) -> Callable[..., Any] | None:
    """Subcommands of the other packages, mounted when present."""
    try:
        mod = importlib.import_module(module)
    except ImportError:
        return None
    return getattr(mod, function, None)


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="safety-gateway", description="Safety gateway and policy-enforcement proxy for LLM traffic."
    )
    parser.add_argument("--version", action="version", version=f"safety-gateway {__version__}")
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")

    serve = sub.add_parser("serve", help="run the gateway (OpenAI-compatible API)")
    serve.add_argument("--config", "-c", help="gateway.yaml (default: the bundled embedded config)")
    serve.add_argument("--host", help="bind address (default from config: 127.0.0.1)")
    serve.add_argument("--port", type=int, help="port (default from config: 8080)")
    serve.add_argument("--log-level", choices=["debug", "info", "warning", "error"])
    serve.set_defaults(func=cmd_serve)

    config = sub.add_parser("config", help="configuration tools")
    config_sub = config.add_subparsers(dest="config_command", metavar="SUBCOMMAND")
    check = config_sub.add_parser("check", help="validate a gateway.yaml and report file:line errors")
    check.add_argument("config", nargs="?", help="gateway.yaml (default: the bundled config)")
    check.set_defaults(func=cmd_config_check)

    add_policy = _optional("policies.cli", "add_policy_commands")
    if add_policy is not None:
        add_policy(sub, _detectors_factory, transform_factory=_transform_factory)
    add_classifier = _optional("classifiers.cli", "add_classifier_commands")
    if add_classifier is not None:
        add_classifier(sub)
    add_audit = _optional("audit.cli", "add_audit_commands")
    if add_audit is not None:
        add_audit(sub, _audit_store_factory)
    add_watermark = _optional("gateway.provenance.cli", "add_watermark_commands")
    if add_watermark is not None:
        add_watermark(sub)
    add_compliance = _optional("audit.compliance.cli", "add_compliance_commands")
    if add_compliance is not None:
        from gateway.compliance_facts import gateway_facts  # imports nothing heavy until called

        add_compliance(sub, gateway_facts)
    return parser


def _detectors_factory() -> dict[str, Any]:
    """The real detectors (the registry's), for ``policy check``, ``test`` and ``explain``."""
    from gateway.detectors.registry import build_detectors

    return build_detectors()


def _transform_factory() -> Callable[[Any, Any], Any]:
    """``policy test`` runs the transform the gateway runs (gateway/stages/pii.py), so a test case's
    ``upstream_must_not_contain`` checks what the upstream would really see: pseudonyms from an
    in-memory vault, redactions in the rule's style. (``policies/`` cannot import the gateway; it
    takes the transform as a hook.)"""
    import os
    import secrets

    from gateway.context import RequestContext, new_request_id
    from gateway.pii.detector import SALT_ENV
    from gateway.pii.vault import InMemoryVault
    from gateway.stages.pii import PIITransform

    salt = os.environ.get(
        SALT_ENV
    )  # hash-style redactions: the same digests as the gateway with the same salt
    transform = PIITransform(InMemoryVault(), salt.encode() if salt else secrets.token_bytes(32))

    async def run(decision: Any, items: Any) -> Any:
        # One request scope per call, as one request through the gateway.
        return await transform(
            RequestContext(request_id=new_request_id(), endpoint="chat.completions"), decision, items
        )

    return run


def _audit_store_factory(args: argparse.Namespace) -> Any:
    """The audit store of the same gateway.yaml ``serve`` uses (relative paths resolved alike)."""
    from audit.config import open_store
    from gateway.config import ConfigError, base_dir, load_config

    try:
        cfg = load_config(getattr(args, "config", None))
    except ConfigError as exc:
        raise SystemExit(f"safety-gateway: invalid config\n{exc}") from None
    if not cfg.audit.enabled:
        raise SystemExit(f"safety-gateway: audit is switched off in {cfg.source} (audit: {{enabled: false}})")
    return open_store(cfg.audit.resolved(base_dir(cfg)))


def main(argv: list[str] | None = None) -> int:
    parser = build_parser()
    args = parser.parse_args(argv)
    func = getattr(args, "func", None)
    if func is None:
        parser.print_help()
        return 0 if args.command is None else 2
    return int(func(args) or 0)


if __name__ == "__main__":
    raise SystemExit(main())
