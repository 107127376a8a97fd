"""Training with structural negatives: pair sources, mixing at a ratio, a sentence-transformers adapter and
negatives on the fly for custom loops. Training itself needs ``pip install 'negagen[train]'``."""

from .data import load_pairs
from .mixing import MIX_MODES, StructuralBatchSampler, mix_rows
from .online import OnlineNegatives
from .recipe import Recipe, load_recipe
from .trainer import default_model, load_model, train

__all__ = [
    "MIX_MODES",
    "OnlineNegatives",
    "Recipe",
    "StructuralBatchSampler",
    "default_model",
    "load_model",
    "load_pairs",
    "load_recipe",
    "mix_rows",
    "train",
]
