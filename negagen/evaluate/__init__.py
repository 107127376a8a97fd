"""Measure both sides of the trade-off: structural discrimination and retrieval quality, and sweep the ratio."""

from .retrieval import load_beir, nanobeir_metrics, retrieval_metrics
from .structural import StructuralTriplet, build_structural_set, structural_metrics

__all__ = [
    "StructuralTriplet",
    "build_structural_set",
    "load_beir",
    "nanobeir_metrics",
    "retrieval_metrics",
    "structural_metrics",
]
