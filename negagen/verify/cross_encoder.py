"""A cross-encoder verifier: query and candidate read together by one Transformer (sentence-transformers'
``CrossEncoder``), fine-tuned on the same rows as the simmap verifier. The strong, slow baseline: it reads every
(query, candidate) pair at query time. Offline, it starts from the shipped all-MiniLM-L6-v2 weights with a new
one-logit head.
"""

from __future__ import annotations

import os
import shutil
import time
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any

import numpy as np

from ..experiment.models import resolve_model
from ..experiment.verifiers import VerifierSetup
from .checkpoint import training_fingerprint

__all__ = ["CrossEncoderVerifier"]


class CrossEncoderVerifier:
    """Scores (query, candidate) pairs with a ``CrossEncoder``.

    Args:
        model_name_or_path: a cross-encoder, or any BERT-like checkpoint (a one-logit head is added).
        max_length: tokens per pair (longer pairs are cut).
        seed: seeds the new head's initial weights (when the checkpoint has none).
    """

    name = "cross-encoder"

    def __init__(self, model_name_or_path: str, *, max_length: int = 256, seed: int = 0) -> None:
        import torch
        from sentence_transformers import CrossEncoder

        # A head added to a plain encoder is drawn from torch's global generator: seeded here, so that the same
        # recipe trains the same verifier whatever ran before it in this process.
        torch.manual_seed(seed)
        self.model = CrossEncoder(model_name_or_path, num_labels=1, max_length=max_length, device="cpu")

    def score(self, queries: Sequence[str], candidates: Sequence[str], *, batch_size: int = 32) -> np.ndarray:
        pairs = list(zip(queries, candidates, strict=True))
        if not pairs:
            return np.zeros(0)
        return np.asarray(self.model.predict(pairs, batch_size=batch_size, show_progress_bar=False), dtype=float)

    def fit(
        self, rows: Sequence[dict[str, str]], *, output: Path, epochs: int = 1, batch_size: int = 16,
        learning_rate: float = 2e-5, negatives: int = 3, seed: int = 0, log: Callable[[str], None] | None = None,
    ) -> None:  # fmt: skip
        """Train on rows ``{anchor, positive, negative}`` with the cross-encoder MNRL, then save to ``output/model``.

        Each anchor is ranked against its positive, its given negative and ``negatives`` (at least 1) candidates of
        other rows of the batch, positives or negatives, drawn at random. Resumable: the state after each epoch is
        kept in ``output/checkpoints`` (the last one only), and a later call with the same rows and settings goes on
        from there; checkpoints of other rows or settings are deleted. ``output/model`` appears only once complete,
        and the checkpoints are deleted then."""
        from datasets import Dataset
        from sentence_transformers.cross_encoder import CrossEncoderTrainer, CrossEncoderTrainingArguments
        from sentence_transformers.cross_encoder.losses import MultipleNegativesRankingLoss
        from sentence_transformers.sentence_transformer.training_args import BatchSamplers
        from transformers import TrainerCallback
        from transformers.trainer_utils import get_last_checkpoint

        checkpoints = output / "checkpoints"
        fingerprint = training_fingerprint(rows, epochs, batch_size, learning_rate, negatives, seed)
        stamp = checkpoints / "fingerprint.txt"
        if checkpoints.is_dir() and (not stamp.is_file() or stamp.read_text(encoding="utf-8") != fingerprint):
            if log is not None:
                log(f"cross-encoder: {checkpoints} is from other rows or settings; training from the start")
            shutil.rmtree(checkpoints)
        checkpoints.mkdir(parents=True, exist_ok=True)
        stamp.write_text(fingerprint, encoding="utf-8")
        last = get_last_checkpoint(str(checkpoints))
        if last is not None and log is not None:
            log(f"cross-encoder resumes from {last}")

        class Checkpointed(TrainerCallback):  # type: ignore[misc]
            def on_save(self, args: Any, state: Any, control: Any, **kwargs: Any) -> None:
                if log is not None:
                    log(f"cross-encoder epoch {round(state.epoch)} of {epochs} checkpointed")

        dataset = Dataset.from_list([{"anchor": r["anchor"], "positive": r["positive"], "negative": r["negative"]}
                                     for r in rows])  # fmt: skip
        args = CrossEncoderTrainingArguments(
            output_dir=str(checkpoints), num_train_epochs=epochs, per_device_train_batch_size=batch_size,
            learning_rate=learning_rate, warmup_steps=0.1, seed=seed, data_seed=seed, save_strategy="epoch",
            save_total_limit=1, logging_steps=10, report_to=[], use_cpu=True, disable_tqdm=True,
            # No text twice in a batch (a repeated text would be its own in-batch negative); and this sampler
            # shuffles each epoch from seed + epoch alone, so a resumed run sees the batches a straight one would.
            batch_sampler=BatchSamplers.NO_DUPLICATES,
        )  # fmt: skip
        loss = MultipleNegativesRankingLoss(self.model, num_negatives=negatives)
        trainer = CrossEncoderTrainer(
            model=self.model, args=args, train_dataset=dataset, loss=loss, callbacks=[Checkpointed()]
        )
        trainer.train(resume_from_checkpoint=last)
        partial, final = output / "model.partial", output / "model"
        self.model.save(str(partial))
        if final.is_dir():  # trained again into the same folder: the new model replaces the old
            shutil.rmtree(final)
        os.replace(partial, final)  # "model" exists only complete: train_verifiers skips it then
        shutil.rmtree(checkpoints)

    def save(self, folder: Path) -> None:
        """The fine-tuned cross-encoder to ``folder`` (``fit`` saves to ``output/model`` itself)."""
        self.model.save(str(folder))

    @classmethod
    def load(cls, folder: Path | None, encoder: Any = None, /, *, tokens: Any = None) -> CrossEncoderVerifier:
        """The cross-encoder saved in ``folder``; it reads the texts itself, so ``encoder`` and ``tokens`` are not
        used."""
        return cls(str(folder))

    @classmethod
    def prepare(cls, setup: VerifierSetup) -> Path:
        """Fine-tune from the recipe's encoder on the recipe's rows into ``verify/cross-encoder`` unless its
        ``model`` folder is there (an interrupted training resumes from its checkpoints); returns that folder."""
        config, folder = setup.config, setup.folder / "cross-encoder"
        if not (folder / "model").is_dir():
            start = time.perf_counter()
            verifier = cls(resolve_model(setup.model), max_length=config.cross_encoder_max_length, seed=config.seed)
            verifier.fit(setup.rows(), output=folder, epochs=config.epochs, batch_size=config.batch_size,
                         learning_rate=config.encoder_learning_rate if config.cross_encoder_learning_rate is None
                         else config.cross_encoder_learning_rate,
                         negatives=config.cross_encoder_negatives, seed=config.seed, log=setup.log)  # fmt: skip
            setup.log(f"cross-encoder trained in {time.perf_counter() - start:.0f} s")
        return folder / "model"
