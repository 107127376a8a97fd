"""The baseline "verifier": the dense encoder's own cosine between query and candidate."""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path
from typing import Any

import numpy as np

from ..experiment.metrics import pair_cosines
from ..experiment.verifiers import VerifierSetup

__all__ = ["DenseVerifier"]


class DenseVerifier:
    """``score(queries, candidates)``: cosine of the sentence embeddings of each pair.

    Nothing to learn: ``fit`` and ``save`` do nothing, ``prepare`` trains nothing, ``load`` wraps the encoder.
    """

    name = "dense"

    def __init__(self, model: Any, *, batch_size: int = 64) -> None:
        self.model, self.batch_size = model, batch_size

    def score(self, queries: Sequence[str], candidates: Sequence[str]) -> np.ndarray:
        if len(queries) != len(candidates):
            raise ValueError(f"{len(queries)} queries but {len(candidates)} candidates")
        return pair_cosines(self.model, queries, candidates, batch_size=self.batch_size).astype(float)

    def fit(self, rows: Sequence[dict[str, str]], **options: Any) -> None:
        """The encoder's cosine has nothing to learn from rows."""

    def save(self, folder: Path) -> None:
        """Nothing to keep: the verifier is its encoder."""

    @classmethod
    def load(cls, folder: Path | None, encoder: Any, /, *, tokens: Any = None) -> DenseVerifier:
        return cls(encoder)

    @classmethod
    def prepare(cls, setup: VerifierSetup) -> None:
        """Nothing to train for a recipe."""
