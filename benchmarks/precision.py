"""Precision of every operator on real passages: a seeded sample of outputs joined with judged labels.

    python benchmarks/precision.py --seed 7 [--n 800] [--per-cell 50] [--to-judge out.csv]

Per domain (Wikipedia sentences, SciFact abstract sentences, SciFact claims; see ``real_text.py``), ``--n``
sentences are drawn with ``--seed`` and every operator runs on them. Of each input with outputs, one output is
drawn (seeded); of those, ``--per-cell`` per operator and domain. The sample is joined with the labels in
``docs/quality/judged.csv`` on (op, input, output) and the table printed:

| column        | meaning                                                                       |
|---------------|-------------------------------------------------------------------------------|
| yield         | share of the domain's sentences with at least one output of the operator      |
| judged        | sampled outputs that have a label (of the sample's size)                      |
| right         | verdict ``good``: grammatical, meaning changed (no paraphrase), one minimal edit |
| strict        | right and (plausible or flagged ``plausibility: low`` by the operator)          |

Under it: the flag's recall (judged implausible and flagged / judged implausible) and precision (flagged and
judged implausible / flagged) over role_swap, reorder, antonym and relation_flip, and a per-rule breakdown. The flag
is read from the operator's output now, the plausibility from the label. Sampled outputs without a label are
counted and, with ``--to-judge``, written as a CSV with empty label columns for a judge (see
``docs/quality/rubric.md``).

The operators score plausibility with the benchmark's selection table (``selection_table.py``: built once, about
12 minutes, from the documents ``real_text.py`` does not draw from); ``--no-table`` runs them without one.
"""

from __future__ import annotations

import argparse
import csv
import random
import sys
from collections import defaultdict
from pathlib import Path

from real_text import DOMAINS, SHARED_DATA, draw_sentences
from selection_table import ensure_table

from negagen import iter_perturb, load_pipeline

OPS = ("negation", "antonym", "role_swap", "reorder", "relation_flip")
FLAGGED_OPS = ("antonym", "role_swap", "reorder", "relation_flip")
LABELS = Path(__file__).resolve().parents[1] / "docs" / "quality" / "judged.csv"
LABEL_COLUMNS = ("grammatical", "meaning_changed", "minimal", "plausible", "verdict", "note")
COLUMNS = ("seed", "domain", "op", "rule", "input", "output", "flagged_low", *LABEL_COLUMNS, "judge")


def sample_outputs(seed: int, n: int, per_cell: int, ops: tuple[str, ...], data: Path):
    """(rows, yields): the sampled outputs as dicts, and {(op, domain): (sentences with output, sentences)}."""
    nlp = load_pipeline()
    rows, yields = [], {}
    for domain in DOMAINS:
        sentences = draw_sentences(domain, n, seed, nlp, data)
        chosen: dict[str, list[dict]] = defaultdict(list)
        for result in iter_perturb(sentences, ops, nlp=nlp, seed=seed):
            for op in ops:
                made = result.outputs(op)
                if not made:
                    continue
                p = random.Random(f"{seed}:{op}:{result.text}").choice(made)
                chosen[op].append(
                    {"seed": seed, "domain": domain, "op": op, "rule": p.rule, "input": result.text,
                     "output": p.text, "flagged_low": "y" if p.meta.get("plausibility") == "low" else "n"}
                )  # fmt: skip
        for op in ops:
            yields[op, domain] = (len(chosen[op]), len(sentences))
            picked = random.Random(f"{seed}:{op}:{domain}").sample(chosen[op], min(per_cell, len(chosen[op])))
            rows += picked
    return rows, yields


def read_labels(path: Path) -> dict[tuple[str, str, str], dict]:
    if not path.is_file():
        return {}
    with path.open(encoding="utf-8", newline="") as stream:
        return {(r["op"], r["input"], r["output"]): r for r in csv.DictReader(stream)}


def _share(part: int, whole: int) -> str:
    return f"{part / whole:6.1%}" if whole else "     —"


def right(label: dict) -> bool:
    return label["verdict"] == "good"


def strict(label: dict, flagged: bool) -> bool:
    return right(label) and (label["plausible"] == "y" or flagged)


def scores(judged: list[tuple[dict, dict]]) -> tuple[int, int]:
    """(right, strict) counts over (sampled row, label) pairs."""
    good = sum(right(lab) for _, lab in judged)
    return good, sum(strict(lab, r["flagged_low"] == "y") for r, lab in judged)


def print_table(rows: list[dict], labels: dict, yields: dict, ops: tuple[str, ...]) -> None:
    print(f"{'operator':<14} {'domain':<10} {'yield':>7} {'judged':>9} {'right':>7} {'strict':>7}")
    totals = defaultdict(lambda: [0, 0, 0])
    for op in ops:
        for domain in DOMAINS:
            cell = [r for r in rows if r["op"] == op and r["domain"] == domain]
            judged = [(r, labels[r["op"], r["input"], r["output"]]) for r in cell
                      if (r["op"], r["input"], r["output"]) in labels]  # fmt: skip
            good, good_strict = scores(judged)
            made, total = yields[op, domain]
            totals[op][0] += len(judged)
            totals[op][1] += good
            totals[op][2] += good_strict
            print(f"{op:<14} {domain:<10} {_share(made, total)} {len(judged):>4}/{len(cell):<4} "
                  f"{_share(good, len(judged))} {_share(good_strict, len(judged))}")  # fmt: skip
    print()
    for op in ops:
        n, good, good_strict = totals[op]
        print(f"{op:<14} {'all':<10} {'':>7} {n:>9} {_share(good, n)} {_share(good_strict, n)}")

    flagged_ops = [r for r in rows if r["op"] in FLAGGED_OPS and (r["op"], r["input"], r["output"]) in labels]
    implausible = [r for r in flagged_ops if labels[r["op"], r["input"], r["output"]]["plausible"] == "n"]
    flagged = [r for r in flagged_ops if r["flagged_low"] == "y"]
    hit = sum(r["flagged_low"] == "y" for r in implausible)
    print(f"\nplausibility flag ({', '.join(FLAGGED_OPS)}): recall {hit}/{len(implausible)} "
          f"{_share(hit, len(implausible))}, precision {hit}/{len(flagged)} {_share(hit, len(flagged))}")  # fmt: skip

    print(f"\n{'operator':<14} {'rule':<26} {'judged':>6} {'right':>7} {'strict':>7}")
    by_rule = defaultdict(list)
    for r in rows:
        key = (r["op"], r["input"], r["output"])
        if key in labels:
            by_rule[r["op"], r["rule"]].append((r, labels[key]))
    for (op, rule), judged in sorted(by_rule.items()):
        good, good_strict = scores(judged)
        print(f"{op:<14} {rule:<26} {len(judged):>6} {_share(good, len(judged))} {_share(good_strict, len(judged))}")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--seed", type=int, required=True)
    parser.add_argument("--n", type=int, default=800, help="sentences drawn per domain")
    parser.add_argument("--per-cell", type=int, default=50, help="outputs sampled per operator and domain")
    parser.add_argument("--ops", default=",".join(OPS))
    parser.add_argument("--labels", type=Path, default=LABELS)
    parser.add_argument("--to-judge", type=Path, help="write the sampled outputs that have no label here")
    parser.add_argument("--data", type=Path, default=SHARED_DATA)
    parser.add_argument("--no-table", action="store_true", help="score without the selection table (rules only)")
    args = parser.parse_args()
    ops = tuple(args.ops.split(","))

    if not args.no_table:
        print(f"plausibility scored with {ensure_table(args.data)} (counted without the held-out documents)")
    rows, yields = sample_outputs(args.seed, args.n, args.per_cell, ops, args.data)
    labels = read_labels(args.labels)
    print(f"seed {args.seed}: {args.n} sentences per domain, {args.per_cell} outputs per operator and domain; "
          f"labels from {args.labels}\n")  # fmt: skip
    print_table(rows, labels, yields, ops)
    missing = [r for r in rows if (r["op"], r["input"], r["output"]) not in labels]
    print(f"\n{len(missing)} of {len(rows)} sampled outputs are not judged yet")
    if args.to_judge and missing:
        with args.to_judge.open("w", encoding="utf-8", newline="") as stream:
            writer = csv.DictWriter(stream, fieldnames=COLUMNS)
            writer.writeheader()
            for r in missing:
                writer.writerow({**r, **{c: "" for c in (*LABEL_COLUMNS, "judge")}})
        print(f"written to {args.to_judge}", file=sys.stderr)


if __name__ == "__main__":
    main()
