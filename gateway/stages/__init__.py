"""The pipeline: one module per stage, put in order by :func:`build_pipeline` (``build.py``).

Input, in order: ``schema`` → ``model_access`` → ``rate_limit`` → ``policy_input`` → ``readiness``.
Output, in order: ``policy_output`` (streams: ``stream_windows``) → ``audit_capture`` → ``pii_restore``
→ ``usage`` → ``provenance``. ``base.py`` holds the stage protocols and the runner; ``policy.py`` what
the two policy stages share.
"""

from gateway.stages.base import (
    InputStage,
    OutputStage,
    PassThrough,
    Pipeline,
    StreamFilter,
    feed_all,
    finish_all,
)
from gateway.stages.build import build_pipeline

__all__ = [
    "InputStage",
    "OutputStage",
    "PassThrough",
    "Pipeline",
    "StreamFilter",
    "build_pipeline",
    "feed_all",
    "finish_all",
]
