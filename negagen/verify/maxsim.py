"""MaxSim (ColBERT-style late interaction) over an encoder's token embeddings, with no training.

For a query with unit token vectors q_1..q_m and a candidate with d_1..d_n, the score is the mean over query tokens
of the best cosine with any candidate token: (1/m) Σ_i max_j q_i·d_j. Every token the encoder emits counts (special
tokens too). It rewards word overlap wherever it sits, so it cannot see a swap of two words: the near-miss the
study found it fails to reject.
"""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path
from typing import Any

import numpy as np

from ..experiment.verifiers import VerifierSetup
from .tokens import TokenEmbeddings

__all__ = ["MaxSimVerifier", "maxsim"]


def maxsim(query_tokens: np.ndarray, candidate_tokens: np.ndarray) -> float:
    """MaxSim of two token matrices (rows are token vectors; normalised here)."""
    q = query_tokens / np.linalg.norm(query_tokens, axis=1, keepdims=True)
    d = candidate_tokens / np.linalg.norm(candidate_tokens, axis=1, keepdims=True)
    return float((q @ d.T).max(axis=1).mean())


class MaxSimVerifier:
    """Scores (query, candidate) pairs by :func:`maxsim` of a sentence-transformers model's token embeddings.

    Inputs: ``score(queries, candidates)`` with two equally long lists; returns one float per pair. No training:
    ``fit`` and ``save`` do nothing, ``prepare`` trains nothing, ``load`` reads the encoder's token embeddings.
    """

    name = "maxsim"

    def __init__(self, model: Any, *, max_tokens: int = 128, tokens: TokenEmbeddings | None = None) -> None:
        self.max_tokens = max_tokens
        self.tokens = tokens if tokens is not None else TokenEmbeddings(model)

    def score(self, queries: Sequence[str], candidates: Sequence[str]) -> np.ndarray:
        query_tokens = self.tokens.get(queries, self.max_tokens)
        candidate_tokens = self.tokens.get(candidates, self.max_tokens)
        return np.array(
            [maxsim(np.asarray(q), np.asarray(d)) for q, d in zip(query_tokens, candidate_tokens, strict=True)]
        )

    def fit(self, rows: Sequence[dict[str, str]], **options: Any) -> None:
        """MaxSim has nothing to learn from rows."""

    def save(self, folder: Path) -> None:
        """Nothing to keep: the scores come from the encoder alone."""

    @classmethod
    def load(cls, folder: Path | None, encoder: Any, /, *, tokens: TokenEmbeddings | None = None) -> MaxSimVerifier:
        return cls(encoder, tokens=tokens)

    @classmethod
    def prepare(cls, setup: VerifierSetup) -> None:
        """Nothing to train for a recipe."""
