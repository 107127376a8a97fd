"""Negatives on the fly, for custom training loops: a collate function or a ``datasets.map`` transform.

:class:`OnlineNegatives` takes a batch of (anchor, positive) texts and returns one negative per row: for a fraction
``ratio`` of rows a structural negative (a negagen perturbation of the positive), for the others the positive of
another row of the batch (an ordinary in-batch negative). Texts are parsed once and their perturbations cached, so
epochs after the first cost no parsing. Which rows get a structural negative, and which perturbation, depends only
on the seed and the row's texts, not on batch composition or order.
"""

from __future__ import annotations

import hashlib
from collections import OrderedDict
from collections.abc import Sequence
from typing import Any

from spacy.language import Language

from ..api import iter_perturb, record_rng
from ..errors import ConfigError

__all__ = ["OnlineNegatives"]


class OnlineNegatives:
    """Structural negatives for a requested ratio, deterministic under ``seed``.

    Args:
        ops: negagen operators to draw structural negatives from.
        ratio: share of rows that get a structural negative when their positive has one.
        seed: decides, per (anchor, positive), whether its row is structural and which perturbation it gets.
        nlp: a loaded spaCy pipeline (default: negagen's).
        cache_size: positives whose perturbations are remembered (least recently used are dropped).

    ``negatives(anchors, positives)`` returns one negative per row; ``is_structural`` says which rows got one.
    """

    def __init__(
        self,
        ops: Sequence[str] = ("negation", "role_swap", "reorder"),
        ratio: float = 0.15,
        *,
        seed: int = 0,
        nlp: Language | None = None,
        cache_size: int = 100_000,
    ) -> None:
        if not 0.0 <= ratio <= 1.0:
            raise ConfigError(f"the structural ratio must be between 0 and 1, not {ratio}")
        self.ops, self.ratio, self.seed, self.nlp = list(ops), ratio, seed, nlp
        self.cache_size = cache_size
        self._cache: OrderedDict[str, tuple[str, ...]] = OrderedDict()

    def perturbations(self, texts: Sequence[str]) -> list[tuple[str, ...]]:
        """Every structural negative of each text (parsing only those not cached)."""
        missing = list(dict.fromkeys(t for t in texts if t not in self._cache))
        if missing:
            for text, result in zip(missing, iter_perturb(missing, self.ops, nlp=self.nlp), strict=True):
                self._cache[text] = tuple(p.text for p in result.perturbations)
        found = []
        for text in texts:
            self._cache.move_to_end(text)
            found.append(self._cache[text])
        while len(self._cache) > self.cache_size:
            self._cache.popitem(last=False)
        return found

    def negatives(self, anchors: Sequence[str], positives: Sequence[str]) -> tuple[list[str], list[bool]]:
        """One negative per row and whether it is structural; see the class docstring."""
        if len(anchors) != len(positives):
            raise ConfigError(f"{len(anchors)} anchors but {len(positives)} positives")
        if len(positives) < 2 and self.ratio < 1:
            raise ConfigError("a batch needs two rows or more (ordinary negatives are other rows' positives)")
        options = self.perturbations(positives)
        negatives, structural = [], []
        for row, (anchor, positive) in enumerate(zip(anchors, positives, strict=True)):
            key = hashlib.blake2b(f"{anchor}\x1f{positive}".encode(), digest_size=8).hexdigest()
            rng = record_rng(self.seed, key, "online")
            wants_structural = rng.random() < self.ratio
            if wants_structural and options[row]:
                negatives.append(rng.choice(options[row]))
                structural.append(True)
            else:
                negatives.append(positives[(row + 1) % len(positives)])
                structural.append(False)
        return negatives, structural

    def collate(self, batch: Sequence[Any]) -> dict[str, list[str]]:
        """A collate function over rows ``(anchor, positive)`` or ``{"anchor", "positive"}``."""
        anchors = [row["anchor"] if isinstance(row, dict) else row[0] for row in batch]
        positives = [row["positive"] if isinstance(row, dict) else row[1] for row in batch]
        negatives, _ = self.negatives(anchors, positives)
        return {"anchor": anchors, "positive": positives, "negative": negatives}

    def __call__(self, batch: dict[str, list[str]]) -> dict[str, list[str]]:
        """A batched ``datasets.map`` transform: adds a ``negative`` column to ``anchor``/``positive`` columns."""
        negatives, _ = self.negatives(batch["anchor"], batch["positive"])
        return {**batch, "negative": negatives}
