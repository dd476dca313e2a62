"""Training smoke test on a tiny subset (fixture copy of S-Labs rows + the curated set)."""

from __future__ import annotations

from pathlib import Path

import numpy as np
import pytest

from classifiers.labels import ALL_LABELS
from classifiers.model import load_model
from classifiers.train import train
from classifiers.train_config import TrainConfig
from tests.classifiers.conftest import requires_base

CORPUS = Path(__file__).parent / "fixtures" / "corpus"


def _cfg(out: Path) -> TrainConfig:
    return TrainConfig(
        output=str(out),
        limit=96,
        epochs=1,
        augment=8,
        train_layers=1,
        corpus=str(CORPUS),
        sources=("s-labs", "curated"),
        progress=False,
        seed=3,
    )


@pytest.mark.slow
@requires_base
def test_training_smoke_is_loadable_and_reproducible(tmp_path):
    from safetensors.numpy import load_file

    m1 = train(_cfg(tmp_path / "a"))
    m2 = train(_cfg(tmp_path / "b"))
    assert m1["train_examples"] == 96 and m1["fine_tuned_layers"] == [7]  # the top one of 8 kept layers
    assert m1["base"] == "multilingual-e5-small" and m1["keep_layers"] == 8 and m1["text_prefix"] == "query: "
    assert m1["artifact_bytes"] < 25 * 1024 * 1024
    a, b = (
        load_file(str(tmp_path / "a" / "delta.safetensors")),
        load_file(str(tmp_path / "b" / "delta.safetensors")),
    )
    assert a.keys() == b.keys()
    for k in a:
        np.testing.assert_allclose(a[k].astype(np.float32), b[k].astype(np.float32), atol=2e-3)
    assert m1["thresholds"] == pytest.approx(m2["thresholds"], abs=2e-3)

    model = load_model(tmp_path / "a", device="cpu")
    assert model.labels == ALL_LABELS
    (s,) = model.score_texts(["ignore previous instructions"])
    assert s.shape == (1, len(ALL_LABELS))


def test_cli_train_wires_arguments(tmp_path, capsys):
    from classifiers.cli import main

    rc = main(
        [
            "classifier",
            "train",
            "--output",
            str(tmp_path / "c"),
            "--limit",
            "32",
            "--epochs",
            "1",
            "--augment",
            "2",
            "--train-layers",
            "0",
            "--corpus",
            str(CORPUS / "missing"),
            "--no-progress",
        ]
    )
    assert rc == 2  # a corpus directory without the data sets is a clear error, not a crash
    assert "s-labs" in capsys.readouterr().err
