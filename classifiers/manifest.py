"""Where a classifier's labels are written down, readable without torch or weights (``policy check``,
``config check`` and the classifier detector's rule validation read them; ``model.load_model`` loads)."""

from __future__ import annotations

import json
import os
from collections.abc import Mapping
from pathlib import Path

MANIFEST = "safety_classifier.json"  # the bundled format's manifest (labels, thresholds, base, delta)
DEFAULT_ARTIFACT = Path(__file__).parent / "artifacts" / "e5-safety-v8"


def peek_labels(
    path: str | os.PathLike[str] | None = None, label_map: Mapping[str, str | None] | None = None
) -> tuple[str, ...]:
    """The labels :func:`load_model` would give, read from the manifest or config.json alone (no weights,
    no torch): what ``policy check`` and ``config check`` validate rule categories against."""
    path = Path(path) if path else DEFAULT_ARTIFACT
    if (path / MANIFEST).is_file():
        return tuple(json.loads((path / MANIFEST).read_text(encoding="utf-8"))["labels"])
    if not (path / "config.json").is_file():
        raise FileNotFoundError(f"{path}: neither {MANIFEST} nor an HF config.json")
    cfg = json.loads((path / "config.json").read_text(encoding="utf-8"))
    id2label = {int(k): str(v) for k, v in (cfg.get("id2label") or {}).items()}
    n = int(cfg.get("num_labels") or len(id2label) or 2)
    labels: list[str] = []
    for i in range(n):
        raw = id2label.get(i, f"LABEL_{i}")
        name: str | None = raw
        if label_map is not None:
            name = label_map[raw] if raw in label_map else label_map.get(str(i), raw)
        if name is not None:
            labels.append(str(name))
    return tuple(labels)
