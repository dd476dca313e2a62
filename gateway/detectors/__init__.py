"""Detectors the gateway composes into its pipeline."""
