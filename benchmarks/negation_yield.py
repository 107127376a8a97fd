"""Yield and refusals of the negation operator on real sentences, and a reproducible sample for manual audit.

    python benchmarks/negation_yield.py [--n 2000] [--show 100] [--seed 0]

Prints, per source corpus of ../shared/data/sentences/, the share of inputs that got an output and the refusals by
reason; then ``--show`` numbered (input, output, rule) lines drawn with ``--seed`` for a person to judge. The
numbering is stable for a given seed and data, so judgments can be recorded by number (the shared sentences
themselves must not be copied into the repository).
"""

from __future__ import annotations

import argparse
from collections import Counter, defaultdict
from pathlib import Path

from shared_data import DEFAULT_SENTENCES, sample_sentences

from negagen import load_pipeline, perturb


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--n", type=int, default=2000)
    parser.add_argument("--show", type=int, default=100)
    parser.add_argument("--seed", type=int, default=0)
    parser.add_argument("--data", type=Path, default=DEFAULT_SENTENCES)
    args = parser.parse_args()

    sample = sample_sentences(args.data, args.n, args.seed)
    results = perturb([text for _, text in sample], nlp=load_pipeline())

    inputs, with_output = Counter(), Counter()
    reasons: defaultdict[str, Counter] = defaultdict(Counter)
    for (source, _), result in zip(sample, results, strict=True):
        inputs[source] += 1
        with_output[source] += bool(result.perturbations)
        for refusal in result.refusals:
            reasons[source][refusal.reason.value] += 1
    print(f"{'source':<12} {'inputs':>6} {'with output':>12}  refusals (sentences)")
    for source in sorted(inputs):
        share = with_output[source] / inputs[source]
        refused = ", ".join(f"{r} {n}" for r, n in reasons[source].most_common())
        print(f"{source:<12} {inputs[source]:>6} {share:>11.1%}  {refused}")
    total = sum(with_output.values()) / sum(inputs.values())
    print(f"{'all':<12} {sum(inputs.values()):>6} {total:>11.1%}")

    outputs = [(text, p) for (_, text), r in zip(sample, results, strict=True) for p in r.perturbations[:1]]
    print(f"\n# audit sample: first {args.show} inputs with an output (seed {args.seed})")
    for number, (text, p) in enumerate(outputs[: args.show], start=1):
        print(f"{number:3d}. {text}\n     -> {p.text}  [{p.rule}]")


if __name__ == "__main__":
    main()
