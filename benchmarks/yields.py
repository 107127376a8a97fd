"""Yield, refusals and throughput of every operator on real sentences, with parse-only measured in the same run.

    python benchmarks/yields.py [--n 20000] [--repeats 2] [--show 10] [--seed 0]

Per operator: the share of sentences with at least one output, the refusal reasons, and then the throughput of
all operators together against spaCy parsing alone (same pipeline, sentences and batch size; alternating order,
best of the repeats). ``--show K`` prints K seeded random outputs per operator for a person to judge.
"""

from __future__ import annotations

import argparse
import random
import time
from collections import Counter
from pathlib import Path

from shared_data import DEFAULT_SENTENCES, sample_sentences

from negagen import iter_perturb, load_pipeline, operator_names


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--n", type=int, default=20000)
    parser.add_argument("--repeats", type=int, default=2)
    parser.add_argument("--show", type=int, default=10)
    parser.add_argument("--seed", type=int, default=0)
    parser.add_argument("--batch-size", type=int, default=256)
    parser.add_argument("--data", type=Path, default=DEFAULT_SENTENCES)
    args = parser.parse_args()

    texts = [text for _, text in sample_sentences(args.data, args.n, args.seed)]
    ops = operator_names()
    nlp = load_pipeline()
    print(f"{len(texts)} sentences from {args.data}; operators: {', '.join(ops)}")
    for _ in iter_perturb(texts[:300], ops, nlp=nlp):  # warm caches (antonym table, lemminflect)
        pass

    with_output, refusals, outputs = Counter(), {op: Counter() for op in ops}, {op: [] for op in ops}
    parse_times, generate_times = [], []
    for repeat in range(args.repeats):
        for run in (("parse", "generate") if repeat % 2 == 0 else ("generate", "parse")):
            start = time.perf_counter()
            if run == "parse":
                for _doc in nlp.pipe(texts, batch_size=args.batch_size):
                    pass
                parse_times.append(time.perf_counter() - start)
                continue
            for result in iter_perturb(texts, ops, nlp=nlp, batch_size=args.batch_size, seed=args.seed):
                if repeat == 0:
                    for op in ops:
                        made = result.outputs(op)
                        with_output[op] += bool(made)
                        outputs[op] += [(result.text, p) for p in made[:1]]
                    for refusal in result.refusals:
                        refusals[refusal.op][refusal.reason.value] += 1
            generate_times.append(time.perf_counter() - start)

    print(f"\n{'operator':<14} {'with output':>11}  refusals (sentences)")
    for op in ops:
        reasons = ", ".join(f"{r} {n}" for r, n in refusals[op].most_common())
        print(f"{op:<14} {with_output[op] / len(texts):>11.1%}  {reasons}")
    parse_rate, generate_rate = len(texts) / min(parse_times), len(texts) / min(generate_times)
    print(f"\nparse only          : {parse_rate:8.1f} sentences/s")
    print(f"parse + {len(ops)} operators : {generate_rate:8.1f} sentences/s")
    print(f"ratio all-operators/parse-only: {generate_rate / parse_rate:.3f} (best of {args.repeats})")

    rng = random.Random(args.seed)
    for op in ops:
        sample = rng.sample(outputs[op], min(args.show, len(outputs[op])))
        print(f"\n# {op}: {len(sample)} random outputs (seed {args.seed})")
        for number, (text, p) in enumerate(sample, start=1):
            flags = f" {p.meta}" if p.meta else ""
            print(f"{number:2d}. {text}\n    -> {p.text}  [{p.rule}]{flags}")


if __name__ == "__main__":
    main()
