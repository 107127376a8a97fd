"""The held-out structural sets: does a model rank a real positive above a minimal meaning-changing edit of it?

A set is built from (anchor, positive) pairs whose positive is a real paraphrase (two captions of one image, an MSRP
paraphrase): each negative is a negagen perturbation of the positive, one per operator that applies (or, with
``edit="anchor"``, of the anchor: a near-miss of the query itself). With an identity positive the test would be
trivial (sim(a, a) = 1), hence real positives: the triplets are the ``pair`` mode of
:func:`negagen.dataset.triplets.select_triplet`. Pairs sharing a text with the training pairs are left out.

Evaluation (``structural_test.jsonl``) and verification (``verify/*_test.jsonl``, split into dev and test halves by
anchor) measure on the same sets, hence here. Each set is cached next to a record of what it was built from and
rebuilt when that changes.
"""

from __future__ import annotations

import hashlib
import json
from collections import defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import asdict, dataclass
from pathlib import Path
from typing import Any

from spacy.language import Language

from ..api import iter_perturb, record_rng
from ..dataset.triplets import select_triplet
from ..errors import ConfigError, InputError
from .pairs import Pair, load_pairs
from .passages import read_checked
from .pools import cached_rows
from .recipe import EDITED_SIDES, Recipe

__all__ = [
    "TRANSFER_COLUMNS", "StructuralTriplet", "build_structural_set", "held_out_sets", "held_out_structural_set",
    "split_by_anchor", "structural_test_set", "transfer_triplets", "verify_folder",
]  # fmt: skip


@dataclass(frozen=True)
class StructuralTriplet:
    anchor: str
    positive: str
    negative: str
    op: str
    rule: str


def build_structural_set(
    pairs: Sequence[Pair], ops: Sequence[str], *, seed: int = 0, nlp: Language | None = None,
    exclude: Iterable[str] = (), edit: str = "positive",
) -> list[StructuralTriplet]:  # fmt: skip
    """One triplet per (pair, operator) whose operator edits the positive (``edit="positive"``) or the anchor
    (``edit="anchor"``: the negative is a near-miss of the query itself, which the anchor always decides); the edit
    is drawn with ``seed``.

    Pairs that share a text with ``exclude`` (the training texts) are dropped, so no sentence leaks from training
    into the test.
    """
    if edit not in EDITED_SIDES:
        raise ConfigError(f"edit must be one of {', '.join(EDITED_SIDES)}, not {edit!r}")
    excluded = set(exclude)
    kept = [(a, p) for a, p in pairs if a not in excluded and p not in excluded]
    triplets = []
    results = iter_perturb([a if edit == "anchor" else p for a, p in kept], ops, nlp=nlp)
    for index, ((anchor, positive), result) in enumerate(zip(kept, results, strict=True)):
        by_op = defaultdict(list)
        for perturbation in result.perturbations:
            by_op[perturbation.op].append(perturbation)
        other_side = {"positive": positive} if edit == "anchor" else {"anchor": anchor}
        for op in ops:
            if by_op[op]:
                chosen = record_rng(seed, index, op).choice(by_op[op])
                triplet = select_triplet(result, "pair", chosen.text, **other_side)
                assert triplet is not None  # pair mode always has its positive
                triplets.append(StructuralTriplet(*triplet, op, chosen.rule))
    return triplets


def structural_test_set(recipe: Recipe) -> list[StructuralTriplet]:
    """The held-out structural set (cached as ``structural_test.jsonl``); no text of it is in the training pairs."""
    if not recipe.eval.pairs:
        raise InputError("the recipe's eval.pairs names no held-out pairs for the structural test")
    return held_out_structural_set(recipe, recipe.eval.pairs, Path(recipe.output_dir) / "structural_test.jsonl")


def held_out_structural_set(
    recipe: Recipe, pairs: list[dict[str, Any]], path: Path, *, edit: str = "positive"
) -> list[StructuralTriplet]:
    """Structural triplets of ``pairs`` (cached at ``path``), with the recipe's evaluation operators editing the
    positive or (``edit="anchor"``) the anchor; pairs sharing a text with the training pairs are left out. The cache
    is rebuilt when the pairs, operators or edited side it was built from (recorded next to it) change."""
    sources = [*recipe.train.pairs, *(recipe.train.structural_pairs or [])]
    ops = recipe.eval.ops or recipe.train.ops

    def build() -> list[dict[str, Any]]:
        training_texts = {text for pair in load_pairs(sources, seed=0) for text in pair}
        triplets = build_structural_set(load_pairs(pairs, seed=0), ops, exclude=training_texts, edit=edit)
        return [asdict(t) for t in triplets]

    spec = json.dumps({"pairs": pairs, "ops": ops, "training": sources, "edit": edit}, sort_keys=True)
    return [StructuralTriplet(**row) for row in cached_rows(path, build, spec=spec)]


def verify_folder(recipe: Recipe) -> Path:
    """Where a recipe's verification keeps what it builds: trained verifiers, held-out sets, result tables
    (``verify``, or ``verify-s<seed>`` for a ``verify.seed`` other than 0)."""
    seed = recipe.verify.seed
    return Path(recipe.output_dir) / ("verify" if seed == 0 else f"verify-s{seed}")


def split_by_anchor(triplets: list[StructuralTriplet]) -> tuple[list[StructuralTriplet], list[StructuralTriplet]]:
    """(dev, test): every triplet of one anchor on the same side, by a hash of the anchor."""
    dev, test = [], []
    for triplet in triplets:
        side = hashlib.blake2b(triplet.anchor.encode(), digest_size=1).digest()[0] % 2
        (dev if side == 0 else test).append(triplet)
    return dev, test


TRANSFER_COLUMNS = frozenset({"query", "passage", "negative", "side", "op", "rule"})


def transfer_triplets(
    path: Path, side: str = "passage", records: Sequence[dict[str, Any]] | None = None
) -> list[StructuralTriplet]:
    """The ``side`` records of a held-out negatives file of ``negagen passages`` (or of its ``records``, already
    read) as triplets: ``passage`` → (query, passage, edited passage); ``query`` → (passage, query, edited
    query)."""
    if records is None:
        records = list(read_checked(path, set(TRANSFER_COLUMNS)))
    records = [r for r in records if r["side"] == side]
    if side == "passage":
        return [StructuralTriplet(r["query"], r["passage"], r["negative"], r["op"], r["rule"]) for r in records]
    return [StructuralTriplet(r["passage"], r["query"], r["negative"], r["op"], r["rule"]) for r in records]


def held_out_sets(recipe: Recipe) -> dict[str, tuple[list[StructuralTriplet], list[StructuralTriplet]]]:
    """The held-out sets besides the caption set with positive edits, (dev, test) by key prefix: ``paraphrase_``
    (``verify.paraphrase_pairs``), and with anchor edits in ``verify.edits`` ``query_edit_`` (the caption pairs,
    ``eval.pairs``) and ``query_edit_paraphrase_``; with ``eval.transfer``, the transfer test's passage side
    (``transfer_``) and query side (``transfer_query_``)."""
    config, out = recipe.verify, verify_folder(recipe)
    wanted = [("paraphrase_", config.paraphrase_pairs, "positive")] if config.paraphrase_pairs else []
    if "anchor" in config.edits:
        wanted.append(("query_edit_", recipe.eval.pairs, "anchor"))
        if config.paraphrase_pairs:
            wanted.append(("query_edit_paraphrase_", config.paraphrase_pairs, "anchor"))
    sets = {
        prefix: split_by_anchor(held_out_structural_set(recipe, pairs, out / f"{prefix}test.jsonl", edit=edit))
        for prefix, pairs, edit in wanted
    }
    if recipe.eval.transfer:
        for side, prefix in (("passage", "transfer_"), ("query", "transfer_query_")):
            sets[prefix] = split_by_anchor(transfer_triplets(Path(recipe.eval.transfer), side))
    return sets
