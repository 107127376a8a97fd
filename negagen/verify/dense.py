"""The baseline "verifier": the dense encoder's own cosine between query and candidate."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

import numpy as np

from ..evaluate.structural import pair_cosines

__all__ = ["DenseVerifier"]


class DenseVerifier:
    """``score(queries, candidates)``: cosine of the sentence embeddings of each pair."""

    name = "dense"

    def __init__(self, model: Any, *, batch_size: int = 64) -> None:
        self.model, self.batch_size = model, batch_size

    def score(self, queries: Sequence[str], candidates: Sequence[str]) -> np.ndarray:
        if len(queries) != len(candidates):
            raise ValueError(f"{len(queries)} queries but {len(candidates)} candidates")
        return pair_cosines(self.model, queries, candidates, batch_size=self.batch_size).astype(float)
