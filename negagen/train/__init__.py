"""Training with structural negatives: pair sources, mixing at a ratio, a sentence-transformers adapter and
negatives on the fly for custom loops. Training itself needs ``pip install 'negagen[train]'``.

Recipes, pair sources, model loading and the training pools are the experiment layer's
(:mod:`negagen.experiment`), shared with evaluation and verification; they are re-exported here, where training
code has always imported them. This package imports no other stage (``evaluate``, ``verify``).
"""

from ..experiment.models import default_model, load_model
from ..experiment.pairs import load_pairs
from ..experiment.recipe import Recipe, load_recipe
from .mixing import MIX_MODES, StructuralBatchSampler, mix_rows
from .online import OnlineNegatives
from .trainer import train

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
