"""The safety-gateway proxy: OpenAI-compatible routes, the request pipeline, routing, CLI."""

__version__ = "0.1.0"
