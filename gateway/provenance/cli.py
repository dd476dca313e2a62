"""``safety-gateway watermark verify | strip | insert | keygen | public-key | detect-greenlist``.

Mounted by ``gateway/cli.py`` with ``add_watermark_commands(subparsers)``; each command sets
``func(args) -> int`` (the exit code). ``verify`` exits 0 only when a mark or token is present, every
signature is valid and nothing was altered (codes in :mod:`gateway.provenance.verify`).
"""

from __future__ import annotations

import argparse
import json
import os
import sys
from pathlib import Path
from typing import Any

from gateway.provenance.invisible import MarkKeys
from gateway.provenance.keys import Keyring, Signer, find_signer, write_private_key
from gateway.provenance.verify import EXIT_USAGE, MarkRecords, VerifyReport, find_mark_records, verify_text


class _Usage(Exception):
    """A problem with the arguments or the input: exit 2 with the message."""


def _read_text(source: str) -> str:
    try:
        data = sys.stdin.buffer.read() if source == "-" else Path(source).read_bytes()
    except OSError as exc:
        raise _Usage(f"cannot read {source}: {exc.strerror or exc}") from None
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError:
        raise _Usage(f"{source}: not UTF-8 text") from None


def _write_text(text: str, target: str | None) -> None:
    if target and target != "-":
        Path(target).write_text(text, encoding="utf-8")
    else:
        sys.stdout.buffer.write(text.encode("utf-8"))
        sys.stdout.flush()


def _config_keys(config: str | None) -> tuple[Signer | None, list[str]]:
    """The signing key a ``serve`` with this config would use (never generating one), and the older
    public keys it still trusts (``provenance: {signing_key, state_dir, previous_public_keys}``)."""
    from gateway.config import ConfigError, base_dir, load_config, resolve_path

    try:
        cfg = load_config(config)
    except ConfigError as exc:
        raise _Usage(f"invalid config\n{exc}") from None
    section: Any = getattr(cfg, "provenance", None) or {}
    if not isinstance(section, dict):
        section = section.model_dump() if hasattr(section, "model_dump") else vars(section)
    key_path = section.get("signing_key")
    state = section.get("state_dir")
    state_dir = resolve_path(cfg, str(state)) if state else base_dir(cfg) / "var"
    signer = find_signer(resolve_path(cfg, str(key_path)) if key_path else None, state_dir=state_dir)
    older = [str(resolve_path(cfg, str(p))) for p in section.get("previous_public_keys") or []]
    return signer, older


def _keyring(args: argparse.Namespace) -> Keyring:
    ring = Keyring()
    for path in args.key or []:
        ring.add_file(path)
    if not args.key or args.config:
        signer, older = _config_keys(args.config)
        if signer is not None:
            ring.add_signer(signer)
        for path in older:
            ring.add_file(path)
    if not ring:
        raise _Usage(
            "no public key to verify with: pass --key FILE (PEM or JWKS), or --config of a gateway "
            "whose key exists, or set SAFETY_GATEWAY_SIGNING_KEY_FILE"
        )
    return ring


def _mark_keys(args: argparse.Namespace) -> MarkKeys:
    """Secrets for compact marks: from the private keys among --key and the config's keys."""
    keys = MarkKeys()
    keys.add_private_files(args.key or [])
    if not args.key or args.config:
        signer, older = _config_keys(args.config)
        if signer is not None:
            keys.add(signer)
        keys.add_private_files(older)
    return keys


def _audit_records(args: argparse.Namespace, texts: list[str], keys: MarkKeys) -> MarkRecords | None:
    """The audit records the texts' reference marks point to, from the audit store of the config (the
    same one ``serve`` writes); None with --no-audit, with only --key, or when there is no store."""
    import asyncio

    from gateway.provenance.invisible import extract_marks

    if args.no_audit or (args.key and not args.config) or not len(keys):
        return None
    if not any(m.ref for t in texts for m in extract_marks(t)):
        return None
    from audit.config import open_store
    from audit.sinks.base import SinkUnavailable
    from gateway.config import ConfigError, base_dir, load_config

    try:
        cfg = load_config(args.config)
    except ConfigError as exc:
        raise _Usage(f"invalid config\n{exc}") from None
    if not cfg.audit.enabled:
        return None
    audit = cfg.audit.resolved(base_dir(cfg))
    if audit.sink == "sqlite" and not Path(audit.path).exists():
        return None
    store = open_store(audit)

    async def run() -> MarkRecords:
        found: MarkRecords = {}
        try:
            for text in texts:
                for prefix, recs in (await find_mark_records(store, text, keys)).items():
                    have = {r.request_id for r in found.get(prefix, [])}
                    found.setdefault(prefix, []).extend(r for r in recs if r.request_id not in have)
        finally:
            await store.close()
        return found

    try:
        return asyncio.run(run())
    except SinkUnavailable as exc:
        print(f"safety-gateway watermark: audit store not read ({exc}); MACs only", file=sys.stderr)
        return None


def _print_report(report: VerifyReport, label: str | None = None) -> None:
    head = f"[{label}] " if label else ""
    if report.mark_present:
        print(
            f"{head}mark:       present ({report.marks} marks; "
            f"request {', '.join(report.request_ids) or '?'})"
        )
    else:
        print(f"{head}mark:       none")
    if report.signature_valid is not None:
        print(
            f"{head}signature:  {'valid' if report.signature_valid else 'INVALID'}"
            + (f" (key {report.key_id})" if report.key_id else "")
        )
    if report.token_present:
        state = {True: "valid", False: "INVALID", None: "unchecked"}[report.token_valid]
        extra = f"; request {report.token_request_id}" if report.token_request_id else ""
        extra += f"; matches choice {report.token_choice}" if report.token_choice is not None else ""
        print(f"{head}token:      {state}{extra}")
    print(f"{head}altered:    {'YES' if report.altered else 'no'}")
    for reason in report.reasons:
        print(f"{head}  - {reason}")
    print(f"{head}result:     {'OK' if report.ok else 'FAILED'} (exit {report.exit_code()})")


def _response_texts(body: Any) -> tuple[list[str], str | None]:
    """Choice texts and provenance token of a saved gateway response (chat or text completion)."""
    if not isinstance(body, dict) or not isinstance(body.get("choices"), list):
        raise _Usage("--response: input is not a completion response body (no choices)")
    texts = []
    for choice in body["choices"]:
        message = choice.get("message") or {}
        text = message.get("content") if isinstance(message, dict) else None
        texts.append(text if isinstance(text, str) else choice.get("text") or "")
    prov = body.get("provenance")
    token = prov.get("token") if isinstance(prov, dict) else None
    return texts, token


def cmd_verify(args: argparse.Namespace) -> int:
    ring = _keyring(args)
    keys = _mark_keys(args)
    token = args.token
    if args.token_file:
        token = _read_text(args.token_file).strip()
    raw = _read_text(args.file)
    if args.response:
        try:
            body = json.loads(raw)
        except ValueError:
            raise _Usage("--response: input is not JSON") from None
        texts, body_token = _response_texts(body)
        records = _audit_records(args, texts, keys)
        reports = [verify_text(t, ring, token or body_token, keys, records) for t in texts]
    else:
        reports = [verify_text(raw, ring, token, keys, _audit_records(args, [raw], keys))]
    if args.json:
        out: Any = [r.to_dict() for r in reports] if args.response else reports[0].to_dict()
        print(json.dumps(out, ensure_ascii=False, indent=2))
    else:
        for i, report in enumerate(reports):
            _print_report(report, f"choice {i}" if args.response else None)
    return max(r.exit_code() for r in reports)


def cmd_strip(args: argparse.Namespace) -> int:
    from gateway.provenance.invisible import strip_marks

    _write_text(strip_marks(_read_text(args.file)), args.output)
    return 0


def _signer_for(args: argparse.Namespace) -> Signer:
    signer = Signer.from_file(args.key) if args.key else _config_keys(args.config)[0]
    if signer is None:
        raise _Usage("no signing key: pass --key FILE or --config, or set SAFETY_GATEWAY_SIGNING_KEY_FILE")
    return signer


def cmd_insert(args: argparse.Namespace) -> int:
    from gateway.provenance.invisible import insert_marks
    from gateway.provenance.notice import append_notice
    from gateway.provenance.record import ProvenanceRecord, content_digest, now_rfc3339

    signer = _signer_for(args)
    text = _read_text(args.file)
    if args.notice:
        text = append_notice(text, args.notice)
    marked = insert_marks(
        text,
        signer,
        args.request_id,
        interval_chars=args.interval,
        compact=not args.signed,
        version=2 if args.compact_v2 and not args.signed else None,
    )
    _write_text(marked, args.output)
    if args.token_out:
        record = ProvenanceRecord(
            args.request_id,
            "cli",
            "cli",
            "internal",
            "none",
            now_rfc3339(),
            [content_digest(marked)],
            watermark=True,
        )
        Path(args.token_out).write_text(record.sign(signer).token + "\n", encoding="ascii")
    return 0


def cmd_keygen(args: argparse.Namespace) -> int:
    signer = Signer.generate()
    try:
        path = write_private_key(signer, args.output, overwrite=args.force)
    except FileExistsError:
        raise _Usage(f"{args.output} exists (use --force to replace it)") from None
    except OSError as exc:
        raise _Usage(f"cannot write {args.output}: {exc.strerror or exc}") from None
    print(f"wrote {path} (Ed25519, mode 0600); key id {signer.key_id}", file=sys.stderr)
    print(signer.key_id)
    return 0


def cmd_public_key(args: argparse.Namespace) -> int:
    if args.key:
        ring = Keyring.from_files(args.key)
        current = next(iter(ring.keys.values()))
    else:
        signer, older = _config_keys(args.config)
        if signer is None:
            raise _Usage(
                "no signing key found for this config: pass --key FILE, or set "
                "SAFETY_GATEWAY_SIGNING_KEY_FILE (the embedded default creates var/provenance-ed25519.pem "
                "on first start)"
            )
        ring = Keyring.from_signer(signer, older)
        current = signer.public_key
    from gateway.provenance.keys import public_jwk_of, public_pem_of

    if args.format == "pem":
        sys.stdout.write(public_pem_of(current))
    elif args.format == "jwk":
        print(json.dumps(public_jwk_of(current), indent=2))
    else:
        print(json.dumps(ring.jwks(), indent=2))
    return 0


def _model_dir(path: str) -> tuple[str, dict[str, str]]:
    if path.startswith("package:"):
        import importlib.util

        name, _, rel = path[len("package:") :].partition("/")
        spec = importlib.util.find_spec(name)
        if spec is None or not spec.submodule_search_locations:
            raise _Usage(f"package '{name}' is not installed")
        path = str(Path(next(iter(spec.submodule_search_locations))) / rel)
    p = Path(path)
    if p.is_file() and p.suffix == ".gguf":
        return str(p.parent), {"gguf_file": p.name}
    if p.is_dir():
        return str(p), {}
    raise _Usage(f"--model-path {path}: neither a .gguf file nor a checkpoint directory")


def cmd_detect_greenlist(args: argparse.Namespace) -> int:
    from gateway.provenance.greenlist import ENV_GREENLIST_KEY, detect
    from gateway.provenance.invisible import strip_marks

    key = args.key or os.environ.get(ENV_GREENLIST_KEY)
    if not key:
        raise _Usage(f"no green-list key: pass --key or set {ENV_GREENLIST_KEY}")
    text = strip_marks(_read_text(args.file))
    directory, kwargs = _model_dir(args.model_path)
    from transformers import AutoTokenizer

    tokenizer = AutoTokenizer.from_pretrained(directory, local_files_only=True, **kwargs)
    score = detect(text, tokenizer, key.encode("utf-8"), args.gamma, args.threshold)
    if args.json:
        print(json.dumps(score.to_dict(), indent=2))
    else:
        print(
            f"tokens scored: {score.scored} (of {score.tokens}); green: {score.green} "
            f"({score.green_fraction:.2f}, expected {score.gamma:.2f} without watermark)"
        )
        print(
            f"z = {score.z:.2f} (p = {score.p_value:.2g}); threshold {score.threshold}: "
            f"{'WATERMARKED' if score.detected else 'not detected'}"
        )
    return 0 if score.detected else 1


def _guarded(func: Any) -> Any:
    def run(args: argparse.Namespace) -> int:
        try:
            return int(func(args))
        except (_Usage, ValueError) as exc:  # SigningKeyError and ProvenanceError are ValueErrors
            print(f"safety-gateway watermark: {exc}", file=sys.stderr)
            return EXIT_USAGE

    return run


def add_watermark_commands(sub: Any) -> None:
    wm = sub.add_parser(
        "watermark", help="provenance: verify, strip and insert invisible marks; signing keys"
    )
    wsub = wm.add_subparsers(dest="watermark_command", metavar="SUBCOMMAND")

    def keys_args(p: argparse.ArgumentParser, many: bool) -> None:
        if many:
            p.add_argument(
                "--key",
                action="append",
                metavar="FILE",
                help="public key (PEM, private PEM, JWK or JWKS); repeat for rotated keys",
            )
        else:
            p.add_argument("--key", metavar="FILE", help="Ed25519 private key PEM")
        p.add_argument(
            "--config", "-c", help="gateway.yaml whose signing key to use (default: the bundled config)"
        )

    v = wsub.add_parser(
        "verify",
        help="check marks/token: exit 0 only if present, validly signed and unaltered",
        description="Exit codes: 0 ok, 1 no mark or token, 2 usage or input error (compact marks "
        "with only a public key among them), 3 bad signature, 4 altered, 5 text not covered by any mark. "
        "Compact marks (the default) are keyed: check them with the private key (--key PRIVATE.pem, "
        "--config) or through POST /v1/watermark/verify.",
    )
    v.add_argument("file", nargs="?", default="-", help="text file (default: stdin)")
    keys_args(v, many=True)
    v.add_argument("--token", help="the response's provenance token (x-provenance header / provenance.token)")
    v.add_argument("--token-file", help="file holding the token")
    v.add_argument(
        "--response",
        action="store_true",
        help="FILE is a saved JSON response body: verify every choice with its provenance token",
    )
    v.add_argument("--json", action="store_true", help="print the report as JSON")
    v.add_argument(
        "--no-audit",
        action="store_true",
        help="do not read the config's audit store (reference marks: their 16-bit MACs only)",
    )
    v.set_defaults(func=_guarded(cmd_verify))

    s = wsub.add_parser("strip", help="remove invisible marks")
    s.add_argument("file", nargs="?", default="-", help="text file (default: stdin)")
    s.add_argument("--output", "-o", help="write here instead of stdout")
    s.set_defaults(func=_guarded(cmd_strip))

    ins = wsub.add_parser("insert", help="insert invisible marks into a text (as the gateway does)")
    ins.add_argument("file", nargs="?", default="-", help="text file (default: stdin)")
    keys_args(ins, many=False)
    ins.add_argument("--request-id", required=True, help="req_<32 hex>, or any id (hashed into the mark)")
    ins.add_argument("--interval", type=int, default=400, help="characters between marks (default 400)")
    ins.add_argument(
        "--signed",
        action="store_true",
        help="signed marks (v1, ~375 bytes each, checkable with the public key) instead of compact ones",
    )
    ins.add_argument(
        "--compact-v2",
        action="store_true",
        help="the older compact marks (v2, ~38 bytes, self-contained keyed MAC) instead of reference marks",
    )
    ins.add_argument("--notice", help="append this visible notice first")
    ins.add_argument("--output", "-o", help="write here instead of stdout")
    ins.add_argument("--token-out", help="also write a signed provenance token for the result here")
    ins.set_defaults(func=_guarded(cmd_insert))

    kg = wsub.add_parser("keygen", help="write a new Ed25519 signing key (PEM, mode 0600)")
    kg.add_argument("output", help="where to write the private key")
    kg.add_argument("--force", action="store_true", help="replace an existing file")
    kg.set_defaults(func=_guarded(cmd_keygen))

    pk = wsub.add_parser("public-key", help="print the public key (PEM, JWK, or the JWKS with rotated keys)")
    keys_args(pk, many=True)
    pk.add_argument("--format", choices=["pem", "jwk", "jwks"], default="pem")
    pk.set_defaults(func=_guarded(cmd_public_key))

    dg = wsub.add_parser("detect-greenlist", help="z-score of the in-process model's green-list watermark")
    dg.add_argument("file", nargs="?", default="-", help="text file (default: stdin)")
    dg.add_argument(
        "--model-path",
        required=True,
        help="the model whose tokenizer generated it (.gguf, directory, or package:NAME/FILE)",
    )
    dg.add_argument("--key", help="the green-list key (default: $SAFETY_GATEWAY_GREENLIST_KEY)")
    dg.add_argument("--gamma", type=float, default=0.25, help="green fraction used when generating (0.25)")
    dg.add_argument("--threshold", type=float, default=4.0, help="z at or above which to report a watermark")
    dg.add_argument("--json", action="store_true")
    dg.set_defaults(func=_guarded(cmd_detect_greenlist))

    wm.set_defaults(func=lambda args: (wm.print_help(), EXIT_USAGE)[1])
