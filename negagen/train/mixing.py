"""Mix ordinary and structural training rows at a ratio ``r``, in one of three documented meanings.

=========  ======================================================================================================
mode       what ``r`` controls
=========  ======================================================================================================
``row``    One dataset of ``n`` rows ``(anchor, positive, negative)``: exactly ``round(r·n)`` rows carry a
           structural negative, the rest an ordinary one. Both kinds meet in every batch's softmax (with
           MultipleNegativesRankingLoss each row's negative is also an in-batch negative for the other anchors).
``batch``  Two datasets, ``ordinary`` and ``structural``; :class:`StructuralBatchSampler` makes exactly
           ``round(r·B)`` of the ``B`` batches structural (sentence-transformers' ``multi_dataset_batch_sampler``).
           A batch is all of one kind.
``loss``   The ``row`` mix, trained with MNRL's ``hardness_mode="hard_negatives"`` so hard (high-similarity)
           negatives, which structural ones are, weigh more (sentence-transformers ≥ 5.7).
=========  ======================================================================================================

A row is ``{"anchor", "positive", "negative"}``: columns are positional for sentence-transformers and every extra
column would be read as text, so provenance stays out of training rows.

The ``row`` mix (:func:`mix_rows`) and the mode names live in :mod:`negagen.experiment` (verification mixes its
training rows the same way, and the recipe checks ``mix:``); this module adds what only training needs.
"""

from __future__ import annotations

import random
from collections.abc import Iterator
from typing import Any

from ..errors import ConfigError
from ..experiment.pools import Row, check_ratio, mix_rows
from ..experiment.recipe import MIX_MODES

__all__ = ["MIX_MODES", "Row", "StructuralBatchSampler", "mix_rows", "structural_batch_count"]


def structural_batch_count(ratio: float, n_batches: int) -> int:
    """How many of ``n_batches`` batches the batch mix makes structural: ``round(ratio·n_batches)``."""
    check_ratio(ratio)
    return round(ratio * n_batches)


class StructuralBatchSampler:
    """A ``multi_dataset_batch_sampler`` giving exactly ``round(ratio·B)`` structural batches out of ``B``.

    Inputs (from the trainer): a ``ConcatDataset`` of the training datasets in ``DatasetDict`` order and one batch
    sampler per dataset. ``structural_index`` names which of them is structural (the other one is ordinary).
    ``B`` is ``n_batches`` (default: the batches the two samplers give together); the structural batches'
    positions are drawn with ``seed`` and each dataset's batches are used in their sampler's order, cycling if a
    dataset has fewer batches than its share.
    """

    def __init__(
        self,
        dataset: Any,
        batch_samplers: list[Any],
        generator: Any = None,
        seed: int = 0,
        *,
        ratio: float,
        structural_index: int = 1,
        n_batches: int | None = None,
    ) -> None:
        if len(batch_samplers) != 2:
            raise ConfigError("the batch mix needs exactly two datasets: ordinary and structural")
        self.dataset, self.batch_samplers = dataset, batch_samplers
        self.seed, self.ratio, self.structural_index = seed, ratio, structural_index
        self.epoch = 0
        self.n_batches = n_batches or sum(len(sampler) for sampler in batch_samplers)
        self.n_structural = structural_batch_count(ratio, self.n_batches)

    def set_epoch(self, epoch: int) -> None:
        self.epoch = epoch
        for sampler in self.batch_samplers:
            if hasattr(sampler, "set_epoch"):
                sampler.set_epoch(epoch)

    def __len__(self) -> int:
        return self.n_batches

    def __iter__(self) -> Iterator[list[int]]:
        rng = random.Random(f"{self.seed}:{self.epoch}")
        structural_positions = set(rng.sample(range(self.n_batches), self.n_structural))
        offsets = [0] + [len(d) for d in self.dataset.datasets[:-1]]
        offsets = [sum(offsets[: i + 1]) for i in range(len(offsets))]  # start of each dataset in the concat
        streams = [self._cycle(i) for i in range(2)]
        for position in range(self.n_batches):
            index = self.structural_index if position in structural_positions else 1 - self.structural_index
            yield [offsets[index] + i for i in next(streams[index])]

    def _cycle(self, index: int) -> Iterator[list[int]]:
        while True:
            empty = True
            for batch in self.batch_samplers[index]:
                empty = False
                yield batch
            if empty:
                return
