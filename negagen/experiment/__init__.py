"""The experiment layer: what training, evaluation and verification share, so that none of them imports another.

================  =================================================================================================
module            holds
================  =================================================================================================
``recipe``        the recipe YAML and its sections (``TrainConfig``, ``EvalConfig``, ``VerifyConfig``), checked
``pairs``         (anchor, positive) pairs from aligned files or tables (read by :mod:`negagen.dataset.io`)
``models``        the encoder a recipe names (``default``: the shipped all-MiniLM-L6-v2)
``pools``         ordinary and structural training rows, cached per run folder, and their mix at a ratio
``held_out``      the held-out structural sets, cached, and their dev/test split by anchor
``beir``          BEIR-format retrieval folders
``metrics``       the measures two stages report alike (pair cosines, pairwise accuracy)
``tables``        result tables (CSV, Markdown) and the trade-off plot
``verifiers``     the verifier registry and the :class:`~negagen.experiment.verifiers.Verifier` protocol
================  =================================================================================================

It imports only the layers below it (``negagen.api``, ``negagen.dataset``, ``negagen.records``, ``errors``,
``atomic``), never ``train``, ``evaluate``, ``verify``, ``studies`` or ``cli``, which are built on it.
"""

from .beir import load_beir
from .held_out import (
    StructuralTriplet,
    build_structural_set,
    held_out_sets,
    held_out_structural_set,
    split_by_anchor,
    structural_test_set,
)
from .metrics import pair_cosines, pairwise_accuracy
from .models import default_model, load_model, resolve_model
from .pairs import Pair, load_pairs
from .pools import (
    Row,
    cached_rows,
    mix_rows,
    ordinary_pool,
    ordinary_rows,
    structural_pool,
    structural_rows,
    training_pools,
)
from .recipe import EvalConfig, Recipe, TrainConfig, VerifyConfig, load_recipe
from .tables import markdown_table, plot, summary_table, write_table
from .verifiers import Verifier, VerifierSetup, get_verifier, register_verifier, verifier_names

__all__ = [
    "EvalConfig",
    "Pair",
    "Recipe",
    "Row",
    "StructuralTriplet",
    "TrainConfig",
    "Verifier",
    "VerifierSetup",
    "VerifyConfig",
    "build_structural_set",
    "cached_rows",
    "default_model",
    "get_verifier",
    "held_out_sets",
    "held_out_structural_set",
    "load_beir",
    "load_model",
    "load_pairs",
    "load_recipe",
    "markdown_table",
    "mix_rows",
    "ordinary_pool",
    "ordinary_rows",
    "pair_cosines",
    "pairwise_accuracy",
    "plot",
    "register_verifier",
    "resolve_model",
    "split_by_anchor",
    "structural_pool",
    "structural_rows",
    "structural_test_set",
    "summary_table",
    "training_pools",
    "verifier_names",
    "write_table",
]
