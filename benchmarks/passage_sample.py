"""A seeded sample of held-out passage near-misses for blind hand judging (issue 17's 40 triplets).

    python benchmarks/passage_sample.py runs/passages/data/heldout_negatives.jsonl --n 40 --seed SEED > sample.jsonl

Each line: ``item``, ``query``, ``answer``, ``sentence`` (the answering sentence as it was), ``edited`` (as it is
in the negative) and ``passage``; no operator or rule name, so a judge sees what a model sees. ``--key FILE``
writes ``item``, ``op``, ``rule`` beside it, to join with the labels afterwards. ``--located-by overlap`` samples
only the rows whose sentence was located by word overlap (the SciFact claims of the training file, which have no
answer span).
"""

from __future__ import annotations

import argparse
import json
import random
from pathlib import Path


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("negatives", type=Path)
    parser.add_argument("--n", type=int, default=40)
    parser.add_argument("--seed", type=int, required=True)
    parser.add_argument("--key", type=Path, default=None)
    parser.add_argument("--located-by", choices=["answer", "overlap"], default=None)
    args = parser.parse_args()
    records = [json.loads(line) for line in args.negatives.read_text(encoding="utf-8").splitlines()]
    records = [r for r in records if r["side"] == "passage" and args.located_by in (None, r["located_by"])]
    key = []
    for item, record in enumerate(random.Random(args.seed).sample(records, args.n)):
        start, end = record["start"], record["end"]
        tail = len(record["passage"]) - end
        edited = record["negative"][start : len(record["negative"]) - tail]
        print(json.dumps({"item": item, "query": record["query"], "answer": record["answer"],
                          "sentence": record["passage"][start:end], "edited": edited,
                          "passage": record["passage"]}, ensure_ascii=False))  # fmt: skip
        key.append(json.dumps({"item": item, "op": record["op"], "rule": record["rule"]}))
    if args.key is not None:
        args.key.write_text("\n".join(key) + "\n", encoding="utf-8")


if __name__ == "__main__":
    main()
