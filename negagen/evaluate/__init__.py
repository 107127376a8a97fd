"""Measure both sides of the trade-off: structural discrimination and retrieval quality.

The held-out structural set, the BEIR reader and the shared metrics are the experiment layer's
(:mod:`negagen.experiment`); the ratio sweep, which trains as well as measures, is
:mod:`negagen.studies.ratio_sweep`. This package imports no other stage (``train``, ``verify``).
"""

from .model import evaluate_model
from .retrieval import load_beir, nanobeir_metrics, retrieval_metrics
from .structural import StructuralTriplet, build_structural_set, structural_metrics

__all__ = [
    "StructuralTriplet",
    "build_structural_set",
    "evaluate_model",
    "load_beir",
    "nanobeir_metrics",
    "retrieval_metrics",
    "structural_metrics",
]
