"""Throughput of generation against spaCy parsing alone, measured side by side in one run.

    python benchmarks/throughput.py [--n 5000] [--repeats 3] [--ops negation,antonym,…] [--table PATH]

``--ops`` picks the operators (default: negation); ``--table`` points ``NEGAGEN_SELECTION_TABLE`` at a selection
table so the plausibility score is part of the measured cost (its one-off load happens in the warm-up).

Both timings use the same loaded pipeline, the same sentences and the same batch size; each repeat runs the two
in alternating order, and the best of the repeats is reported for each (the least disturbed by other load on a
shared machine). The operator's whole cost is the difference: sentence iteration, the rules, the records.
"""

from __future__ import annotations

import argparse
import os
import random
import statistics
import sys
import time
from pathlib import Path

from shared_data import DEFAULT_SENTENCES, read_sentences

from negagen import iter_perturb, load_pipeline
from negagen.dataset.io import SAMPLE_CORPUS


def load_sentences(data: Path, n: int, seed: int) -> tuple[list[str], str]:
    rows = read_sentences(data)
    if not rows:
        corpus = [line for line in SAMPLE_CORPUS.read_text(encoding="utf-8").splitlines() if line.strip()]
        return [corpus[i % len(corpus)] for i in range(n)], f"bundled sample corpus cycled ({data} not found)"
    sample = random.Random(seed).sample(rows, n)
    return [text for _, text in sample], f"{n} of {len(rows)} sentences from {data}"


def _seconds(times: list[float]) -> str:
    return ", ".join(f"{t:.2f}s" for t in times)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--n", type=int, default=5000)
    parser.add_argument("--repeats", type=int, default=3)
    parser.add_argument("--batch-size", type=int, default=256)
    parser.add_argument("--data", type=Path, default=DEFAULT_SENTENCES)
    parser.add_argument("--seed", type=int, default=0)
    parser.add_argument("--ops", default="negation", help="comma-separated operators")
    parser.add_argument("--table", type=Path, help="selection table for the plausibility score")
    args = parser.parse_args()
    ops = args.ops.split(",")
    if args.table is not None:
        os.environ["NEGAGEN_SELECTION_TABLE"] = str(args.table)

    texts, source = load_sentences(args.data, args.n, args.seed)
    nlp = load_pipeline()
    print(f"pipeline {nlp.meta['name']}-{nlp.meta['version']} components={nlp.pipe_names}; {source}; "
          f"operators {', '.join(ops)}; selection table {os.environ.get('NEGAGEN_SELECTION_TABLE', 'none')}")
    for _ in iter_perturb(texts[:300], ops, nlp=nlp):  # warm caches (lemminflect tables, spaCy buffers)
        pass

    def parse_only() -> float:
        start = time.perf_counter()
        for _doc in nlp.pipe(texts, batch_size=args.batch_size):
            pass
        return time.perf_counter() - start

    outputs = 0

    def generate() -> float:
        nonlocal outputs
        outputs = 0
        start = time.perf_counter()
        for result in iter_perturb(texts, ops, nlp=nlp, batch_size=args.batch_size):
            outputs += len(result.perturbations)
        return time.perf_counter() - start

    parse_times, generate_times = [], []
    for repeat in range(args.repeats):
        order = (parse_only, generate) if repeat % 2 == 0 else (generate, parse_only)
        for run in order:
            (parse_times if run is parse_only else generate_times).append(run())
    parse_rate = len(texts) / min(parse_times)
    generate_rate = len(texts) / min(generate_times)
    print(f"parse only        : {parse_rate:8.1f} sentences/s  (runs: {_seconds(parse_times)})")
    print(f"parse + operators : {generate_rate:8.1f} sentences/s  (runs: {_seconds(generate_times)})")
    print(f"outputs           : {outputs} perturbations from {len(texts)} inputs")
    median_ratio = statistics.median(p / g for p, g in zip(parse_times, generate_times, strict=True))
    print(f"ratio generation/parse-only: {generate_rate / parse_rate:.3f} (best of {args.repeats}); "
          f"median of paired runs {median_ratio:.3f}")
    sys.exit(0)


if __name__ == "__main__":
    main()
