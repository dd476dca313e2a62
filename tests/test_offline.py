"""Offline by design: importing and starting the gateway makes no network lookups at all."""

from __future__ import annotations

import subprocess
import sys

from tests.net_probe import SOCKET_GUARD

PROBE = (
    SOCKET_GUARD
    + r"""
import gateway
from gateway.config import load_config
from gateway.app import create_app
from gateway.auth import KeyStore
import litellm, transformers  # noqa: F401
cfg = load_config(None)
app = create_app(cfg, KeyStore({}, {}), load_models=False)
from gateway.routing.litellm_backend import LiteLLMBackend  # noqa: F401
print("ATTEMPTS", attempts)
"""
)


def test_import_and_app_build_make_no_network_calls() -> None:
    proc = subprocess.run([sys.executable, "-c", PROBE], capture_output=True, text=True, timeout=180)
    assert proc.returncode == 0, proc.stderr
    assert "ATTEMPTS []" in proc.stdout, proc.stdout + proc.stderr
    assert "model cost map fetch" not in proc.stderr


def test_offline_environment_is_forced() -> None:
    proc = subprocess.run(
        [
            sys.executable,
            "-c",
            "import os; os.environ['LITELLM_LOCAL_MODEL_COST_MAP']='False';"
            "import gateway, os; print(os.environ['LITELLM_LOCAL_MODEL_COST_MAP'],"
            "os.environ['HF_HUB_OFFLINE'])",
        ],
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert proc.stdout.split() == ["True", "1"]
