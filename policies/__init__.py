"""The policy language: models, loader, matcher, evaluator, check/test tools and the library."""
