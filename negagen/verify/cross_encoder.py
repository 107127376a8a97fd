"""A cross-encoder verifier: query and candidate read together by one Transformer (sentence-transformers'
``CrossEncoder``), fine-tuned on the same rows as the simmap verifier. The strong, slow baseline: it reads every
(query, candidate) pair at query time. Offline, it starts from the shipped all-MiniLM-L6-v2 weights with a new
one-logit head.
"""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

import numpy as np

__all__ = ["CrossEncoderVerifier"]


class CrossEncoderVerifier:
    """Scores (query, candidate) pairs with a ``CrossEncoder``.

    Args:
        model_name_or_path: a cross-encoder, or any BERT-like checkpoint (a one-logit head is added).
        max_length: tokens per pair (longer pairs are cut).
    """

    name = "cross-encoder"

    def __init__(self, model_name_or_path: str, *, max_length: int = 256) -> None:
        from sentence_transformers import CrossEncoder

        self.model = CrossEncoder(model_name_or_path, num_labels=1, max_length=max_length, device="cpu")

    def score(self, queries: Sequence[str], candidates: Sequence[str], *, batch_size: int = 32) -> np.ndarray:
        pairs = list(zip(queries, candidates, strict=True))
        if not pairs:
            return np.zeros(0)
        return np.asarray(self.model.predict(pairs, batch_size=batch_size, show_progress_bar=False), dtype=float)

    def fit(
        self, rows: Sequence[dict[str, str]], *, output: Path, epochs: int = 1, batch_size: int = 16,
        learning_rate: float = 2e-5, negatives: int = 3, seed: int = 0,
    ) -> None:  # fmt: skip
        """Train on rows ``{anchor, positive, negative}`` with the cross-encoder MNRL, then save to ``output``.

        Each anchor is ranked against its positive, its given negative and ``negatives`` (at least 1) candidates of
        other rows of the batch, positives or negatives, drawn at random."""
        from datasets import Dataset
        from sentence_transformers.cross_encoder import CrossEncoderTrainer, CrossEncoderTrainingArguments
        from sentence_transformers.cross_encoder.losses import MultipleNegativesRankingLoss

        dataset = Dataset.from_list([{"anchor": r["anchor"], "positive": r["positive"], "negative": r["negative"]}
                                     for r in rows])  # fmt: skip
        args = CrossEncoderTrainingArguments(
            output_dir=str(output / "checkpoints"), num_train_epochs=epochs, per_device_train_batch_size=batch_size,
            learning_rate=learning_rate, warmup_steps=0.1, seed=seed, data_seed=seed, save_strategy="no",
            logging_steps=10, report_to=[], use_cpu=True, disable_tqdm=True,
        )  # fmt: skip
        loss = MultipleNegativesRankingLoss(self.model, num_negatives=negatives)
        CrossEncoderTrainer(model=self.model, args=args, train_dataset=dataset, loss=loss).train()
        self.model.save(str(output / "model"))
