"""How many SciFact claims that state an effect get an effect-direction flip (``relation_flip``'s rule).

    python benchmarks/effect_direction.py [--sample 30] [--seed 0] [--to-judge out.csv]

A claim states an effect when one of its words is an effect verb, nominalisation or participle, a sign adverb of
an association ("positively associated") or "risk/protective factor" (the rule's own word lists, matched on the
spelling). Prints the share of those claims with an ``effect_direction`` output, and a seeded sample of outputs
(one per claim) for judging.
"""

from __future__ import annotations

import argparse
import csv
import json
import random

from real_text import SHARED_DATA

from negagen import iter_perturb, load_pipeline
from negagen.operators.relation_flip import EFFECT_FORMS, SIGN_ADVERBS


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sample", type=int, default=30)
    parser.add_argument("--seed", type=int, default=0)
    parser.add_argument("--to-judge", help="write the sampled outputs here as a CSV for a judge")
    args = parser.parse_args()

    with (SHARED_DATA / "scifact" / "queries.jsonl").open(encoding="utf-8") as stream:
        claims = [json.loads(line)["text"].strip() for line in stream if line.strip()]
    words = set(EFFECT_FORMS) | set(SIGN_ADVERBS) | {"risk factor", "protective factor"}

    def states_effect(claim: str) -> bool:
        low = claim.lower()
        tokens = set(low.replace(",", " ").replace(".", " ").split())
        return bool(tokens & words) or "risk factor" in low or "protective factor" in low

    effect_claims = [c for c in claims if states_effect(c)]
    flipped = []
    for result in iter_perturb(effect_claims, ["relation_flip"], nlp=load_pipeline()):
        made = [p for p in result.outputs("relation_flip") if p.rule == "effect_direction"]
        if made:
            flipped.append((result.text, random.Random(f"{args.seed}:{result.text}").choice(made).text))
    print(f"{len(claims)} claims; {len(effect_claims)} state an effect ({len(effect_claims) / len(claims):.1%}); "
          f"{len(flipped)} of those get an effect_direction flip ({len(flipped) / len(effect_claims):.1%}); "
          f"{len(flipped) / len(claims):.1%} of all claims")  # fmt: skip
    sample = random.Random(args.seed).sample(flipped, min(args.sample, len(flipped)))
    for claim, output in sample:
        print(f"- {claim}\n  → {output}")
    if args.to_judge:
        with open(args.to_judge, "w", encoding="utf-8", newline="") as stream:
            writer = csv.writer(stream)
            writer.writerow(["seed", "domain", "op", "rule", "input", "output", "flagged_low", "grammatical",
                             "meaning_changed", "minimal", "plausible", "verdict", "note", "judge"])  # fmt: skip
            for claim, output in sample:
                writer.writerow([args.seed, "claims", "relation_flip", "effect_direction", claim, output, "n",
                                 "", "", "", "", "", "", ""])  # fmt: skip


if __name__ == "__main__":
    main()
