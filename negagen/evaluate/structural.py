"""Structural discrimination: does a model rank a real positive above a minimal meaning-changing edit of it?

The held-out set (:mod:`negagen.experiment.held_out`, shared with verification) is built from (anchor, positive)
pairs whose positive is a real paraphrase (two captions of one image, an MSRP paraphrase): each negative is a negagen
perturbation of the positive, one per operator that applies (or, with ``edit="anchor"``, of the anchor: a near-miss
of the query itself). With an identity positive the test would be trivial (sim(a, a) = 1), hence real positives.

Metrics per operator and over ``all``, each as ``structural_<op>_<metric>``:

* ``accuracy``: share of triplets with sim(a, p) > sim(a, n), ties counting one half, so a model blind to word
  order scores exactly 0.5 on pure reorderings (chance);
* ``gap``: mean of sim(a, p) − sim(a, n);
* ``auc``: ROC-AUC of sim(a, p) (label 1) against sim(a, n) (label 0) over all triplets of the group, ties half;
* ``n``: triplets in the group.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Sequence
from typing import Any

import numpy as np

from ..experiment.held_out import StructuralTriplet, build_structural_set
from ..experiment.metrics import TIE, pair_cosines, pairwise_accuracy

__all__ = ["StructuralTriplet", "build_structural_set", "pair_cosines", "pairwise_accuracy", "structural_metrics"]


def _auc(positive_scores: np.ndarray, negative_scores: np.ndarray) -> float:
    """P(score of a random positive > score of a random negative), ties half (the Mann–Whitney statistic)."""
    difference = positive_scores[:, None] - negative_scores[None, :]
    return float(((difference > TIE).sum() + 0.5 * (np.abs(difference) <= TIE).sum()) / difference.size)


def structural_metrics(model: Any, triplets: Sequence[StructuralTriplet], *, batch_size: int = 64) -> dict[str, float]:
    """The metrics of the module docstring for a sentence-transformers ``model`` (anything with ``encode``)."""
    n = len(triplets)
    # one call: the n (anchor, positive) cosines, then the n (anchor, negative) ones
    candidates = [t.positive for t in triplets] + [t.negative for t in triplets]
    both = pair_cosines(model, [t.anchor for t in triplets] * 2, candidates, batch_size=batch_size)
    groups: dict[str, list[int]] = defaultdict(list)
    for index, triplet in enumerate(triplets):
        groups[triplet.op].append(index)
    groups["all"] = list(range(n))
    metrics: dict[str, float] = {}
    for name, group in sorted(groups.items()):
        if not group:
            continue
        positive, negative = both[group], both[[n + i for i in group]]
        metrics[f"structural_{name}_accuracy"] = pairwise_accuracy(positive, negative)
        metrics[f"structural_{name}_gap"] = float((positive - negative).mean())
        metrics[f"structural_{name}_auc"] = _auc(positive, negative)
        metrics[f"structural_{name}_n"] = float(len(group))
    return metrics
