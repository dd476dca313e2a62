"""Offline by design: set before anything imports litellm, transformers or guardrails.

litellm fetches its model cost map from the internet at import unless told not to, Hugging Face
libraries look for a hub, and guardrails-ai sends telemetry by default. These are forced, not
defaulted: no configuration may turn a download back on at run time.
"""

from __future__ import annotations

import os

_FORCED = {
    "LITELLM_LOCAL_MODEL_COST_MAP": "True",
    "HF_HUB_OFFLINE": "1",
    "TRANSFORMERS_OFFLINE": "1",
    "HF_DATASETS_OFFLINE": "1",
    "HF_HUB_DISABLE_TELEMETRY": "1",
    "DO_NOT_TRACK": "1",
    # guardrails-ai 0.11 reads its metrics switch from ~/.guardrailsrc only (enable_metrics, default
    # true); gateway.guardrails_bridge.guardrails_offline() pins it off. These are belt and braces:
    "GUARDRAILS_ENABLE_METRICS": "false",  # not read by guardrails-ai 0.11; kept, harmless
    "GR_VALIDATOR_HUB_SERVICE": "http://127.0.0.1:9",  # Hub inference endpoint → loopback, fails fast
    "GUARDRAILS_RUN_SYNC": "true",  # validators in the calling thread: no uvloop policy swap, no new loop
    "OTEL_SDK_DISABLED": os.environ.get("OTEL_SDK_DISABLED", "false"),
}


def force_offline() -> None:
    for name, value in _FORCED.items():
        os.environ[name] = value


def quiet_litellm() -> None:
    """Turn off litellm's telemetry and its chatty logging after import."""
    import litellm

    litellm.telemetry = False
    litellm.suppress_debug_info = True
    litellm.set_verbose = False


force_offline()
