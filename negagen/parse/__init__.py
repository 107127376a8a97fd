"""The one place that loads spaCy and parses text."""

from .pipeline import DEFAULT_PIPELINE, load_pipeline, parse

__all__ = ["DEFAULT_PIPELINE", "load_pipeline", "parse"]
