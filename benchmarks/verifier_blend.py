"""Does blending a trained verifier with the dense cosine escape the trade-off between the two kinds of near-miss?

    python benchmarks/verifier_blend.py [RECIPE] [--verifier cross-encoder] [--weights 0 0.5 1 2 4 8]

Scores every held-out structural set of ``negagen verify eval`` (their dev and test halves, as built there) with
``verifier + weight · dense cosine`` for each weight and prints pairwise accuracy and near-miss rejection on the test
halves (threshold from each dev half, as in ``negagen verify eval``). Weight 0 is the verifier's own row of
``verify_results.csv``. Uses the saved verifiers (``negagen verify train`` trains any that are missing).
"""

from __future__ import annotations

import argparse
from collections.abc import Sequence
from pathlib import Path
from typing import Any

import numpy as np

ROOT = Path(__file__).resolve().parents[1]
SETS = {"structural_": "captions, match edited", "paraphrase_": "MSRP, match edited",
        "query_edit_": "captions, query edited", "query_edit_paraphrase_": "MSRP, query edited"}  # fmt: skip


class Memo:
    """A verifier whose scores are computed once per (query, candidate): the weights reuse them."""

    def __init__(self, verifier: Any) -> None:
        self.verifier = verifier
        self.known: dict[tuple[str, str], float] = {}

    def score(self, queries: Sequence[str], candidates: Sequence[str]) -> np.ndarray:
        new = list(dict.fromkeys(p for p in zip(queries, candidates, strict=True) if p not in self.known))
        if new:
            scores = self.verifier.score([q for q, _ in new], [c for _, c in new])
            self.known.update(zip(new, map(float, scores), strict=True))
        return np.array([self.known[p] for p in zip(queries, candidates, strict=True)])


class Blend:
    def __init__(self, verifier: Memo, dense: Memo, weight: float) -> None:
        self.verifier, self.dense, self.weight = verifier, dense, weight

    def score(self, queries: Sequence[str], candidates: Sequence[str]) -> np.ndarray:
        return self.verifier.score(queries, candidates) + self.weight * self.dense.score(queries, candidates)


def main() -> None:
    from negagen.experiment.held_out import held_out_sets, split_by_anchor, structural_test_set
    from negagen.experiment.models import load_model
    from negagen.experiment.recipe import load_recipe
    from negagen.experiment.verifiers import verifier_names
    from negagen.verify.evaluate import load_verifier, structural_verification, train_verifiers

    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("recipe", nargs="?", type=Path, default=ROOT / "recipes" / "cpu-quick.yaml")
    # every registered verifier but the dense one, which the blend adds anyway
    parser.add_argument("--verifier", default="cross-encoder", choices=[n for n in verifier_names() if n != "dense"])
    parser.add_argument("--weights", type=float, nargs="+", default=[0, 0.5, 1, 2, 4, 8])
    args = parser.parse_args()

    recipe = load_recipe(args.recipe)
    saved = train_verifiers(recipe, only=[args.verifier], log=lambda line: None)
    model = load_model(recipe.model, recipe.train.max_seq_length)
    verifier, dense = Memo(load_verifier(args.verifier, model, saved)), Memo(load_verifier("dense", model, saved))
    sets = {"structural_": split_by_anchor(structural_test_set(recipe)), **held_out_sets(recipe)}
    print(f"{args.verifier} + weight · dense cosine; per set: pairwise accuracy / near-miss rejection (test halves)")
    print("weight | " + " | ".join(SETS[prefix] for prefix in sets))
    for weight in args.weights:
        cells = []
        for dev, test in sets.values():
            blend = Blend(verifier, dense, weight)
            metrics = structural_verification(blend, dev, test, recipe.verify.accept_positives)
            cells.append(f"{metrics['pairwise_accuracy']:.3f} / {metrics['near_miss_rejection']:.1%}")
        print(f"{weight:g} | " + " | ".join(cells))


if __name__ == "__main__":
    main()
