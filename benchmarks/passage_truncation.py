"""What truncation hides: the share of passage near-misses whose edit lies beyond a model's max_seq_length.

    python benchmarks/passage_truncation.py runs/passages/data/heldout_negatives.jsonl [--lengths 128 256 512]

A near-miss whose edited sentence is cut off is, to the encoder, the passage itself: it cannot be told apart,
however the model is trained. Counts tokens with the shipped MiniLM's tokenizer (the query is encoded alone).
"""

from __future__ import annotations

import argparse
import json
from pathlib import Path


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("negatives", type=Path)
    parser.add_argument("--lengths", type=int, nargs="+", default=[128, 256, 512])
    args = parser.parse_args()
    from negagen.experiment import default_model

    tokenizer = default_model().tokenizer
    records = [json.loads(line) for line in args.negatives.read_text(encoding="utf-8").splitlines()]
    records = [r for r in records if r["side"] == "passage"]
    # the token position where the edit ends: tokens of the passage up to the end of the edited sentence, plus the
    # [CLS] and [SEP] the encoder adds
    ends = [len(tokenizer(r["passage"][: r["end"]], add_special_tokens=False)["input_ids"]) + 2 for r in records]
    lengths = [len(tokenizer(r["passage"], add_special_tokens=False)["input_ids"]) + 2 for r in records]
    print(f"{len(records)} passage near-misses; passage tokens median {sorted(lengths)[len(lengths) // 2]}, "
          f"max {max(lengths)}")  # fmt: skip
    for limit in args.lengths:
        hidden = sum(end > limit for end in ends) / len(ends)
        cut = sum(n > limit for n in lengths) / len(lengths)
        print(f"max_seq_length {limit}: passages truncated {cut:.1%}, edit (partly) cut off {hidden:.1%}")


if __name__ == "__main__":
    main()
