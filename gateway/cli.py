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

    try:
        keys = build_keystore(cfg)
    except ValueError as exc:
        print(f"safety-gateway: {exc}", file=sys.stderr)
        return 2
    if len(keys) == 0:
        key = keys.generate("default")
        # Printed once; only its hash is kept. Nothing else in the process ever logs it.
        print(
            "\n  No API keys are configured; generated one for this run (tenant 'default'):\n"
            f"\n      {key}\n\n  Use it as the OpenAI API key: "
            f"OpenAI(base_url='http://{host}:{port}/v1', api_key='<key>').\n"
            "  It is not stored and is gone when the gateway stops; configure keys for real use.\n",
            file=sys.stderr,
            flush=True,
        )
    try:
        app = create_app(cfg, keys)
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
        http="auto",
        timeout_keep_alive=30,
        server_header=False,
        log_config=None,
    )
    return 0


def cmd_config_check(args: argparse.Namespace) -> int:
    from gateway.config import ConfigError, load_config

    try:
        cfg = load_config(args.config)
    except ConfigError as exc:
        print(exc, file=sys.stderr)
        return 1
    print(f"{cfg.source}: ok ({len(cfg.model_list)} deployments, models: {', '.join(cfg.aliases())})")
    return 0


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
    from audit.config import AuditConfig, open_store
    from gateway.config import ConfigError, base_dir, load_config

    try:
        cfg = load_config(getattr(args, "config", None))
    except ConfigError as exc:
        raise SystemExit(f"safety-gateway: invalid config\n{exc}") from None
    if cfg.audit is None:
        raise SystemExit(f"safety-gateway: {cfg.source} has no audit: section")
    return open_store(AuditConfig.model_validate(cfg.audit).resolved(base_dir(cfg)))


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
