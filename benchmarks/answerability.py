"""How much of a held-out structural set can be answered from the anchor at all: the ceiling for a verifier.

    python benchmarks/answerability.py [RECIPE] [--show]

A triplet (anchor, positive, negative) is *answerable* when the anchor itself says which of positive and negative
it matches: for "two captions of one image" the anchor often describes other details ("Two dogs play on a lawn" vs
"A brown dog chases a white dog" / "A white dog chases a brown dog"). We judged a random sample of each
held-out set of ``recipes/cpu-quick.yaml`` by hand (60 caption triplets, 40 MSRP triplets, drawn from the test
halves; labels in ``docs/results/verify/answerability.csv``, keyed by a hash of the three texts, since the shared
data must not be copied into the repository). A reader who is right on every answerable triplet and guesses on the
rest scores ``answerable + (1 - answerable) / 2`` pairwise: the ceiling printed here. ``--show`` prints the judged
triplets (from the local held-out files) for a second opinion.

With ``verify.edits`` naming the anchor, the same pairs also give *query-edit* sets: the negative is an edit of the
anchor itself, so the anchor decides exactly when the edit changes its meaning (the operator's precision); we judged
40 triplets of each (``captions-query-edit``, ``msrp-query-edit``).

``--verifiers`` also scores the judged triplets with the recipe's verifiers (those saved by ``negagen verify train``;
missing ones are trained first) and prints each one's pairwise accuracy on the answerable and on the unanswerable
triplets apart: whether a verifier's misses are triplets nobody could decide or ones it should get right.
"""

from __future__ import annotations

import argparse
import csv
import hashlib
import json
import math
from collections import Counter
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
LABELS = ROOT / "docs" / "results" / "verify" / "answerability.csv"


def key(anchor: str, positive: str, negative: str) -> str:
    return hashlib.blake2b("\t".join((anchor, positive, negative)).encode(), digest_size=8).hexdigest()


def wilson_interval(successes: int, n: int, z: float = 1.96) -> tuple[float, float]:
    """The Wilson score interval: unlike ± a standard error, it stays informative at 40 of 40."""
    share = successes / n
    centre = (share + z * z / (2 * n)) / (1 + z * z / n)
    half = z * math.sqrt(share * (1 - share) / n + z * z / (4 * n * n)) / (1 + z * z / n)
    return centre - half, centre + half


def verifiers(recipe: Any) -> dict[str, Any]:
    """The recipe's verifiers, by name (trained ones as saved by ``negagen verify train``)."""
    from negagen.experiment.models import load_model
    from negagen.verify.evaluate import load_verifier, train_verifiers

    saved = train_verifiers(recipe, log=lambda line: None)
    model = load_model(recipe.model, recipe.train.max_seq_length)
    return {name: load_verifier(name, model, saved) for name in recipe.verify.verifiers}


def pairwise_by_label(name: str, verifier: Any, judged: list[tuple[dict[str, str], dict[str, str]]]) -> str:
    """``verifier``'s pairwise accuracy (positive above negative, ties half) on the answerable judged triplets and
    on the others, as one line."""
    anchors = [t["anchor"] for t, _ in judged]
    positive = verifier.score(anchors, [t["positive"] for t, _ in judged])
    negative = verifier.score(anchors, [t["negative"] for t, _ in judged])
    right = {"yes": 0.0, "no": 0.0}
    count = Counter(row["anchor_decides"] for _, row in judged)
    for (_, row), p, n in zip(judged, positive, negative, strict=True):
        right[row["anchor_decides"]] += 1.0 if p > n else 0.5 if p == n else 0.0
    text = {"yes": "answerable", "no": "unanswerable"}
    parts = [f"{right[label]:g} of {count[label]} {text[label]} ({right[label] / count[label]:.0%})"
             for label in ("yes", "no") if count[label]]  # fmt: skip
    return f"{name}: right on " + ", ".join(parts)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("recipe", nargs="?", type=Path, default=ROOT / "recipes" / "cpu-quick.yaml")
    parser.add_argument("--show", action="store_true")
    parser.add_argument("--verifiers", action="store_true", help="score the judged triplets with each verifier")
    args = parser.parse_args()

    from negagen.experiment.recipe import load_recipe

    recipe = load_recipe(args.recipe)
    verify = Path(recipe.output_dir) / "verify"
    held_out = {
        "captions": Path(recipe.output_dir) / "structural_test.jsonl",
        "msrp": verify / "paraphrase_test.jsonl",
        "captions-query-edit": verify / "query_edit_test.jsonl",
        "msrp-query-edit": verify / "query_edit_paraphrase_test.jsonl",
    }
    builders = {"captions": "eval.pairs", "msrp": "verify.paraphrase_pairs"}
    scorers = verifiers(recipe) if args.verifiers else {}
    with LABELS.open(encoding="utf-8") as stream:
        labels = list(csv.DictReader(stream))
    for name, path in held_out.items():
        judged = [row for row in labels if row["set"] == name]
        if not judged:
            print(f"{name}: no judged triplets in {LABELS.name}")
            continue
        yes = sum(row["anchor_decides"] == "yes" for row in judged)
        share = yes / len(judged)
        low, high = wilson_interval(yes, len(judged))
        by_op = Counter((row["op"], row["anchor_decides"]) for row in judged)
        ops = sorted({op for op, _ in by_op})
        print(f"{name}: {yes} of {len(judged)} judged triplets answerable from the anchor ({share:.0%}, 95% interval"
              f" {low:.0%}–{high:.0%}); pairwise ceiling for an anchor-grounded verifier"
              f" {share + (1 - share) / 2:.3f} ({(1 + low) / 2:.3f}–{(1 + high) / 2:.3f})")  # fmt: skip
        print("  by operator (answerable / judged): "
              + ", ".join(f"{op} {by_op[op, 'yes']}/{by_op[op, 'yes'] + by_op[op, 'no']}" for op in ops))  # fmt: skip
        if not path.is_file():
            print(f"  ({path} not built yet: `negagen verify eval {args.recipe}` builds it when the recipe names"
                  f" {builders.get(name, 'verify.edits: [positive, anchor]')})")
            continue
        triplets = {key(t["anchor"], t["positive"], t["negative"]): t
                    for t in map(json.loads, path.read_text(encoding="utf-8").splitlines())}  # fmt: skip
        found = [row for row in judged if row["key"] in triplets]
        print(f"  {len(found)} of {len(judged)} judged triplets are in the current {path.name}")
        if found:
            for name, verifier in scorers.items():
                print("  " + pairwise_by_label(name, verifier, [(triplets[row["key"]], row) for row in found]))
        if args.show:
            for row in found:
                t = triplets[row["key"]]
                print(f"  [{row['anchor_decides']}] {t['op']}/{t['rule']}\n    A: {t['anchor']}\n"
                      f"    P: {t['positive']}\n    N: {t['negative']}")  # fmt: skip


if __name__ == "__main__":
    main()
