"""In-process models: loading and generation for the bundled internal model.

A deployment with ``model: inprocess/<name>`` and ``model_path`` (a GGUF file or a Hugging Face
checkpoint directory) is loaded with transformers (GGUF through the ``gguf`` package) on CUDA
when present, else CPU, and registered under ``<name>``. litellm then calls it like any provider,
so retries, fallbacks and the pipeline treat it exactly like a remote model (the provider is in
``gateway/local_provider.py``, imported only when an in-process model is configured: litellm is a
large import that a gateway with only OpenAI-compatible upstreams never needs).

Generation runs in one worker thread per model: a small model on a CPU gains nothing from
parallel generate() calls, and a single thread keeps the event loop free.
"""

from __future__ import annotations

import logging
import threading
import time
from collections.abc import Iterator
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from gateway.provenance.greenlist import GreenListConfig, GreenListProcessor

log = logging.getLogger("safety_gateway.local_model")

PROVIDER = "inprocess"


def choose_device(requested: str | None = None) -> str:
    import torch

    if requested and requested != "auto":
        return requested
    return "cuda" if torch.cuda.is_available() else "cpu"


@dataclass
class LocalModel:
    name: str
    path: Path
    device: str = "cpu"
    default_max_tokens: int = 256
    model: Any = None
    tokenizer: Any = None
    load_seconds: float = 0.0
    # Green-list watermark (gateway/provenance/greenlist.py): None when no key is configured.
    greenlist: GreenListConfig | None = None
    executor: ThreadPoolExecutor = field(
        default_factory=lambda: ThreadPoolExecutor(1, thread_name_prefix="gen")
    )

    def load(self) -> None:
        from transformers import AutoModelForCausalLM, AutoTokenizer

        t0 = time.perf_counter()
        log.info(
            "loading local model %r from %s on %s (this takes a while)", self.name, self.path, self.device
        )
        if self.path.is_file() and self.path.suffix == ".gguf":
            directory, kwargs = str(self.path.parent), {"gguf_file": self.path.name}
        elif self.path.is_dir():
            directory, kwargs = str(self.path), {}
        else:
            raise FileNotFoundError(
                f"model_path {self.path} is neither a .gguf file nor a checkpoint directory"
            )
        self.tokenizer = AutoTokenizer.from_pretrained(directory, local_files_only=True, **kwargs)
        log.info("local model %r: tokenizer ready, loading weights", self.name)
        model: Any = AutoModelForCausalLM.from_pretrained(directory, local_files_only=True, **kwargs)
        self.model = model.to(self.device).eval()
        self.load_seconds = time.perf_counter() - t0
        log.info("local model %r loaded in %.1f s on %s", self.name, self.load_seconds, self.device)

    # -- generation (worker thread) ---------------------------------------------------------------
    def _inputs(self, messages: list[dict[str, Any]]) -> Any:
        norm = []
        for m in messages:
            content = m.get("content")
            if isinstance(content, list):
                content = " ".join(p.get("text", "") for p in content if isinstance(p, dict))
            role = m.get("role", "user")
            norm.append({"role": "system" if role == "developer" else role, "content": content or ""})
        enc = self.tokenizer.apply_chat_template(
            norm, add_generation_prompt=True, return_tensors="pt", return_dict=True
        )
        return {k: v.to(self.device) for k, v in enc.items()}

    def _gen_kwargs(self, params: dict[str, Any]) -> dict[str, Any]:
        max_new = params.get("max_completion_tokens") or params.get("max_tokens") or self.default_max_tokens
        temperature = params.get("temperature")
        kwargs: dict[str, Any] = {"max_new_tokens": int(max_new), "pad_token_id": self.tokenizer.eos_token_id}
        if temperature:
            kwargs.update(
                do_sample=True, temperature=float(temperature), top_p=float(params.get("top_p") or 1.0)
            )
        else:
            kwargs.update(do_sample=False, temperature=None, top_p=None, top_k=None)
        stop = params.get("stop")
        if stop:
            kwargs["stop_strings"] = [stop] if isinstance(stop, str) else list(stop)
            kwargs["tokenizer"] = self.tokenizer
        if self.greenlist is not None and self.greenlist.active_for(params):
            from transformers import LogitsProcessorList

            kwargs["logits_processor"] = LogitsProcessorList([GreenListProcessor(self.greenlist)])
        return kwargs

    def watermarked(self, params: dict[str, Any]) -> bool:
        """Whether a generation with ``params`` carries the green-list watermark."""
        return self.greenlist is not None and self.greenlist.active_for(params)

    def generate(self, messages: list[dict[str, Any]], params: dict[str, Any]) -> tuple[str, int, int, str]:
        import torch

        inputs = self._inputs(messages)
        seed = params.get("seed")
        if seed is not None:
            torch.manual_seed(int(seed))
        gen_kwargs = self._gen_kwargs(params)
        with torch.inference_mode():
            out = self.model.generate(**inputs, **gen_kwargs)
        prompt_len = inputs["input_ids"].shape[1]
        new = out[0][prompt_len:]
        text = self.tokenizer.decode(new, skip_special_tokens=True)
        finish = "length" if len(new) >= gen_kwargs["max_new_tokens"] else "stop"
        if finish == "length":
            text = text.rstrip(REPLACEMENT)  # cut inside a multi-byte character (see whole_characters)
        return text, prompt_len, len(new), finish

    def generate_stream(
        self,
        messages: list[dict[str, Any]],
        params: dict[str, Any],
        cancelled: threading.Event,
        stats: dict[str, int],
    ) -> Iterator[str]:
        import torch
        from transformers import StoppingCriteria, StoppingCriteriaList, TextIteratorStreamer

        class _Cancel(StoppingCriteria):
            def __call__(self, input_ids: Any, scores: Any, **kwargs: Any) -> bool:
                return cancelled.is_set()

        inputs = self._inputs(messages)
        stats["prompt_tokens"] = int(inputs["input_ids"].shape[1])
        streamer = TextIteratorStreamer(
            self.tokenizer, skip_prompt=True, skip_special_tokens=True, timeout=120
        )
        kwargs = {
            **inputs,
            **self._gen_kwargs(params),
            "streamer": streamer,
            "stopping_criteria": StoppingCriteriaList([_Cancel()]),
        }

        def run() -> None:
            with torch.inference_mode():
                self.model.generate(**kwargs)

        thread = threading.Thread(target=run, name=f"gen-{self.name}", daemon=True)
        thread.start()
        yield from whole_characters(streamer)
        thread.join()


REPLACEMENT = "\ufffd"


def whole_characters(pieces: Iterator[str]) -> Iterator[str]:
    """Stream pieces with no half characters. Byte-level tokens can end inside a UTF-8 sequence (a
    Hangul syllable is three bytes); decoding then gives U+FFFD. A trailing U+FFFD is held back until the
    next piece completes it, and dropped when generation stops there (``max_tokens`` cut a character)."""
    pending = ""
    for piece in pieces:
        text = pending + piece
        whole = text.rstrip(REPLACEMENT)
        pending = text[len(whole) :]
        if whole:
            yield whole


class LocalModelUnavailable(Exception):
    """The model is unknown, still loading, or failed to load (``status`` says which)."""

    def __init__(self, status: int, message: str) -> None:
        super().__init__(message)
        self.status = status


class LocalModelRegistry:
    """Models by name; loaded in the background so /readyz can report progress. One per gateway
    (gateway/services.py builds it from the ``inprocess/...`` deployments)."""

    def __init__(self) -> None:
        self.models: dict[str, LocalModel] = {}
        self.errors: dict[str, str] = {}
        self._ready = threading.Event()

    def add(self, model: LocalModel) -> None:
        self.models[model.name] = model

    @property
    def pending(self) -> list[str]:
        return [n for n, m in self.models.items() if m.model is None and n not in self.errors]

    def ready(self) -> bool:
        return not self.pending

    def load_all(self) -> None:
        for model in self.models.values():
            try:
                model.load()
            except Exception as exc:  # noqa: BLE001 — reported through /readyz and the log
                self.errors[model.name] = f"{type(exc).__name__}: {exc}"
                log.error("local model %r failed to load: %s", model.name, self.errors[model.name])

    def get(self, name: str) -> LocalModel:
        model = self.models.get(name)
        if model is None:
            raise LocalModelUnavailable(404, f"in-process model '{name}' is not configured")
        if model.name in self.errors:
            raise LocalModelUnavailable(503, f"in-process model '{name}' failed to load")
        if model.model is None:
            raise LocalModelUnavailable(503, f"in-process model '{name}' is still loading")
        return model
