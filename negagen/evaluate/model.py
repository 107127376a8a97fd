"""One model measured as a recipe says: structural metrics on the held-out set, retrieval on its BEIR folder and
NanoBEIR. What ``negagen eval`` prints and what the ratio sweep (:mod:`negagen.studies.ratio_sweep`) records per
run."""

from __future__ import annotations

import time
from pathlib import Path
from typing import Any

from ..experiment.held_out import StructuralTriplet
from ..experiment.recipe import Recipe
from .retrieval import nanobeir_metrics, retrieval_metrics
from .structural import structural_metrics
from .transfer import transfer_metrics

__all__ = ["evaluate_model"]


def evaluate_model(model: Any, recipe: Recipe, triplets: list[StructuralTriplet]) -> dict[str, float]:
    """Structural metrics on ``triplets`` and retrieval metrics on the recipe's BEIR folder / NanoBEIR."""
    start = time.perf_counter()
    metrics = structural_metrics(model, triplets, batch_size=recipe.eval.batch_size) if triplets else {}
    if recipe.eval.transfer:
        metrics.update(transfer_metrics(model, Path(recipe.eval.transfer), batch_size=recipe.eval.batch_size))
    if recipe.eval.beir:
        retrieval = retrieval_metrics(model, Path(recipe.eval.beir), split=recipe.eval.beir_split)
        metrics.update({f"beir_{key}": value for key, value in retrieval.items()})
    if recipe.eval.nanobeir:
        metrics.update(nanobeir_metrics(model, recipe.eval.nanobeir, recipe.eval.nanobeir_names))
    metrics["eval_seconds"] = time.perf_counter() - start
    return metrics
