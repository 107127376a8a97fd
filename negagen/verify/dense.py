"""The baseline "verifier": the dense encoder's own cosine between query and candidate."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

import numpy as np

__all__ = ["DenseVerifier"]


class DenseVerifier:
    """``score(queries, candidates)``: cosine of the sentence embeddings of each pair."""

    name = "dense"

    def __init__(self, model: Any, *, batch_size: int = 64) -> None:
        self.model, self.batch_size = model, batch_size

    def score(self, queries: Sequence[str], candidates: Sequence[str]) -> np.ndarray:
        texts = list(dict.fromkeys([*queries, *candidates]))
        vectors = self.model.encode(texts, batch_size=self.batch_size, normalize_embeddings=True)
        row = {text: i for i, text in enumerate(texts)}
        return np.array([float(vectors[row[q]] @ vectors[row[c]]) for q, c in zip(queries, candidates, strict=True)])
