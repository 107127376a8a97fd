"""The shortcut audit on the shared data, for every positives mode: how easily a one-sentence model tells
negagen's negatives from their positives (blind ROC-AUC), and the bag-of-words shares.

Inputs (seeded draws, never picked): ``--n`` Wikipedia sentences (held-out articles, split by the project's
pipeline) and ``--n`` Multi30k captions for the ``identity`` and ``structural`` modes; ``--n`` (question,
paragraph) pairs of the shared SQuAD questions for ``pair`` (the paragraph is the positive and is what gets
edited); ``identity-mirror`` is ``identity`` with ``--mirror``. All five operators, the selection defaults
(``--plausibility high``, duplicates dropped), the benchmark's selection table.

    python benchmarks/audit_shared.py --n 1000 --seed 0 [--out /tmp/negagen-audit] [--select ...]
"""

from __future__ import annotations

import argparse
import json
import random
import sys
import tempfile
import time
from pathlib import Path

from real_text import SHARED_DATA, _read_jsonl, draw_sentences
from selection_table import ensure_table
from shared_data import read_sentences

from negagen import load_pipeline
from negagen.audit import SHORTCUT_AUC, audit_dataset
from negagen.dataset.generate import generate
from negagen.dataset.selection import Selection, parse_max_share

OPS = ("negation", "role_swap", "reorder", "relation_flip", "antonym")


def write_inputs(folder: Path, n: int, seed: int, nlp) -> tuple[Path, Path]:
    sentences = draw_sentences("wikipedia", n, seed, nlp)
    captions = sorted({s for source, s in read_sentences(SHARED_DATA / "sentences") if source == "multi30k"})
    sentences += random.Random(f"{seed}:captions").sample(captions, n)
    texts = folder / "sentences.txt"
    texts.write_text("\n".join(sentences) + "\n", encoding="utf-8")
    paragraphs = {row["_id"]: row["text"] for row in _read_jsonl(SHARED_DATA / "passages" / "wikipedia_squad.jsonl")}
    questions = _read_jsonl(SHARED_DATA / "passages" / "wikipedia_squad_questions.jsonl")
    pairs = folder / "pairs.jsonl"
    with pairs.open("w", encoding="utf-8") as stream:
        for q in random.Random(f"{seed}:pairs").sample(questions, n):
            stream.write(json.dumps({"query": q["query"], "text": paragraphs[q["passage_id"]]}) + "\n")
    return texts, pairs


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--n", type=int, default=1000)
    parser.add_argument("--seed", type=int, default=0)
    parser.add_argument("--out", type=Path, default=None)
    parser.add_argument("--modes", default="identity,identity-mirror,structural,pair",
                        help="positives modes; identity-mirror is identity with --mirror")
    parser.add_argument("--max-share", action="append", default=[])
    parser.add_argument("--balance", default=None)
    args = parser.parse_args()
    ensure_table()
    nlp = load_pipeline()
    out = args.out or Path(tempfile.mkdtemp(prefix="negagen-audit-"))
    out.mkdir(parents=True, exist_ok=True)
    texts, pairs = write_inputs(out, args.n, args.seed, nlp)
    selection = Selection(max_share=parse_max_share(args.max_share), balance=args.balance, seed=args.seed)
    summary = []
    for mode in args.modes.split(","):
        started = time.perf_counter()
        dataset = out / f"{mode}.jsonl"
        source, anchor = (pairs, "query") if mode == "pair" else (texts, None)
        positives, mirror = mode.removesuffix("-mirror"), mode.endswith("-mirror")
        stats = generate(source, dataset, ops=OPS, positives=positives, anchor_column=anchor, nlp=nlp,
                         progress=False, seed=args.seed, selection=selection, mirror=mirror)  # fmt: skip
        report = audit_dataset(dataset, seed=args.seed)
        print(f"\n== positives {mode}: {stats.rows} inputs, {stats.records} records "
              f"({time.perf_counter() - started:.0f} s) -> {dataset}", file=sys.stderr)  # fmt: skip
        print(report.table())
        summary += [(mode, row) for row in report.rows if row.rule == "*"]
    print(f"\n  {'positives':<16} {'op':<13} {'pairs':>6} {'blind':>6} {'same':>6} {'easy':>6}")
    for mode, row in summary:
        auc = "-" if row.blind_auc is None else f"{row.blind_auc:.3f}"
        mark = " !" if row.blind_auc is not None and row.blind_auc > SHORTCUT_AUC else ""
        print(f"  {mode:<16} {row.op:<13} {row.pairs:>6} {auc:>6} {row.same_bag:>6.3f} {row.bow_easy:>6.3f}{mark}")
    print(f"\n(datasets and audits in {out})")


if __name__ == "__main__":
    main()
