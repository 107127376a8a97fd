"""Fine-tune a sentence-transformers model on ordinary rows mixed with negagen's structural rows.

The rows come from the recipe's pools (:mod:`negagen.experiment.pools`: built once per run folder and reused by every
ratio and seed of a sweep) and are mixed as ``mix:`` says (:mod:`negagen.train.mixing`); this module only trains.
"""

from __future__ import annotations

import random
from functools import partial
from pathlib import Path
from typing import Any

from ..dataset.triplets import POSITIVE_MODES
from ..errors import ConfigError
from ..experiment.models import load_model
from ..experiment.pools import training_pools
from ..experiment.recipe import Recipe
from .mixing import StructuralBatchSampler, mix_rows, structural_batch_count

__all__ = ["train"]


def train(recipe: Recipe, *, ratio: float, seed: int, positives: str, output: Path) -> Path:
    """Train the recipe's model at ``ratio`` structural rows and save it to ``output``; returns ``output``.

    Raises:
        ConfigError: the pools are too small for ``train.rows`` at this ratio.
    """
    from datasets import Dataset, DatasetDict
    from sentence_transformers import SentenceTransformerTrainer, SentenceTransformerTrainingArguments
    from sentence_transformers.sentence_transformer.losses import MultipleNegativesRankingLoss
    from sentence_transformers.sentence_transformer.training_args import BatchSamplers

    if positives not in POSITIVE_MODES:
        raise ConfigError(f"positives must be one of {', '.join(POSITIVE_MODES)}, not {positives!r}")
    config = recipe.train
    model = load_model(recipe.model, config.max_seq_length)
    ordinary, structural = training_pools(recipe, positives, model)
    loss_options: dict[str, Any] = {"scale": config.scale}
    sampler_options: dict[str, Any] = {}
    if recipe.mix == "batch":
        n_batches = config.rows // config.batch_size
        n_structural = structural_batch_count(ratio, n_batches)
        rng = random.Random(seed)
        parts = {
            "ordinary": rng.sample(ordinary, min(len(ordinary), (n_batches - n_structural) * config.batch_size)),
            "structural": rng.sample(structural, min(len(structural), max(n_structural, 1) * config.batch_size)),
        }
        train_dataset = DatasetDict({name: Dataset.from_list(rows) for name, rows in parts.items()})
        sampler_options["multi_dataset_batch_sampler"] = partial(
            StructuralBatchSampler, ratio=ratio, n_batches=n_batches
        )
    else:
        train_dataset = Dataset.from_list(mix_rows(ordinary, structural, ratio, config.rows, seed))
        if recipe.mix == "loss":
            loss_options.update(hardness_mode="hard_negatives", hardness_strength=config.hardness_strength)
    try:
        loss = MultipleNegativesRankingLoss(model, **loss_options)
    except TypeError as exc:
        raise ConfigError(f"mix 'loss' needs sentence-transformers >= 5.7 (MNRL hardness_mode): {exc}") from None
    args = SentenceTransformerTrainingArguments(
        output_dir=str(output / "checkpoints"), num_train_epochs=config.epochs, learning_rate=config.learning_rate,
        per_device_train_batch_size=config.batch_size, warmup_steps=config.warmup_ratio, seed=seed, data_seed=seed,
        batch_sampler=BatchSamplers.NO_DUPLICATES, save_strategy="no", logging_steps=10, report_to=[],
        use_cpu=True, disable_tqdm=True, **sampler_options,
    )  # fmt: skip
    trainer = SentenceTransformerTrainer(model=model, args=args, train_dataset=train_dataset, loss=loss)
    trainer.train()
    model.save(str(output / "model"))
    return output / "model"
