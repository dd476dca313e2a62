"""The safety-gateway proxy: OpenAI-compatible routes, the request pipeline, routing, CLI."""

from gateway import offline as _offline  # noqa: F401  (must run before litellm is imported anywhere)

__version__ = "0.1.0"
