"""The measures that evaluation and verification share: cosines of text pairs and pairwise accuracy. Both report
"does the model put the positive above the negative" the same way, so it is computed in one place."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

import numpy as np

__all__ = ["TIE", "pair_cosines", "pairwise_accuracy"]

TIE = 1e-6  # cosine differences below this are ties: float noise, not a preference


def pairwise_accuracy(positive_scores: np.ndarray, negative_scores: np.ndarray) -> float:
    """Share of pairs whose positive scores above its negative, ties (within ``TIE``) counting one half."""
    difference = positive_scores - negative_scores
    return float(((difference > TIE) + 0.5 * (np.abs(difference) <= TIE)).mean())


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
