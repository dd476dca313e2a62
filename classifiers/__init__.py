"""Harmful-prompt and prompt-injection classifiers: loading, device choice, batching, service."""
