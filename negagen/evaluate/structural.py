"""Structural discrimination: does a model rank a real positive above a minimal meaning-changing edit of it?

The held-out set is built from (anchor, positive) pairs whose positive is a real paraphrase (two captions of one
image, an MSRP paraphrase): each negative is a negagen perturbation of the positive, one per operator that applies
(or, with ``edit="anchor"``, of the anchor: a near-miss of the query itself). With an identity positive the test
would be trivial (sim(a, a) = 1), hence real positives.

Metrics per operator and over ``all``, each as ``structural_<op>_<metric>``:

* ``accuracy``: share of triplets with sim(a, p) > sim(a, n), ties counting one half, so a model blind to word
  order scores exactly 0.5 on pure reorderings (chance);
* ``gap``: mean of sim(a, p) − sim(a, n);
* ``auc``: ROC-AUC of sim(a, p) (label 1) against sim(a, n) (label 0) over all triplets of the group, ties half;
* ``n``: triplets in the group.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from typing import Any

import numpy as np
from spacy.language import Language

from ..api import iter_perturb, record_rng
from ..errors import ConfigError
from ..train.data import Pair
from ..train.recipe import EDITED_SIDES

__all__ = ["StructuralTriplet", "build_structural_set", "pair_cosines", "pairwise_accuracy", "structural_metrics"]

TIE = 1e-6  # cosine differences below this are ties: float noise, not a preference


@dataclass(frozen=True)
class StructuralTriplet:
    anchor: str
    positive: str
    negative: str
    op: str
    rule: str


def build_structural_set(
    pairs: Sequence[Pair], ops: Sequence[str], *, seed: int = 0, nlp: Language | None = None,
    exclude: Iterable[str] = (), edit: str = "positive",
) -> list[StructuralTriplet]:  # fmt: skip
    """One triplet per (pair, operator) whose operator edits the positive (``edit="positive"``) or the anchor
    (``edit="anchor"``: the negative is a near-miss of the query itself, which the anchor always decides); the edit
    is drawn with ``seed``.

    Pairs that share a text with ``exclude`` (the training texts) are dropped, so no sentence leaks from training
    into the test.
    """
    if edit not in EDITED_SIDES:
        raise ConfigError(f"edit must be one of {', '.join(EDITED_SIDES)}, not {edit!r}")
    excluded = set(exclude)
    kept = [(a, p) for a, p in pairs if a not in excluded and p not in excluded]
    triplets = []
    results = iter_perturb([a if edit == "anchor" else p for a, p in kept], ops, nlp=nlp)
    for index, ((anchor, positive), result) in enumerate(zip(kept, results, strict=True)):
        by_op = defaultdict(list)
        for perturbation in result.perturbations:
            by_op[perturbation.op].append(perturbation)
        for op in ops:
            if by_op[op]:
                chosen = record_rng(seed, index, op).choice(by_op[op])
                triplets.append(StructuralTriplet(anchor, positive, chosen.text, op, chosen.rule))
    return triplets


def pairwise_accuracy(positive_scores: np.ndarray, negative_scores: np.ndarray) -> float:
    """Share of pairs whose positive scores above its negative, ties (within ``TIE``) counting one half."""
    difference = positive_scores - negative_scores
    return float(((difference > TIE) + 0.5 * (np.abs(difference) <= TIE)).mean())


def _auc(positive_scores: np.ndarray, negative_scores: np.ndarray) -> float:
    """P(score of a random positive > score of a random negative), ties half (the Mann–Whitney statistic)."""
    difference = positive_scores[:, None] - negative_scores[None, :]
    return float(((difference > TIE).sum() + 0.5 * (np.abs(difference) <= TIE).sum()) / difference.size)


def pair_cosines(
    model: Any, lefts: Sequence[str], rights: Sequence[str], *, batch_size: int = 64
) -> np.ndarray:  # fmt: skip
    """Cosine of the sentence embeddings of each (left, right) pair; every distinct text is encoded once."""
    if not lefts:
        return np.zeros(0)
    texts = list(dict.fromkeys([*lefts, *rights]))
    vectors = model.encode(texts, batch_size=batch_size, normalize_embeddings=True, convert_to_numpy=True)
    row = {text: i for i, text in enumerate(texts)}
    return (vectors[[row[t] for t in lefts]] * vectors[[row[t] for t in rights]]).sum(axis=1)


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
