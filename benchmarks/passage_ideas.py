"""Issue 17, point 4: ideas to escape the trade-off between the transfer test and retrieval, each one change to
``recipes/passages.yaml``, trained at seed 0 in its own folder under ``runs/passages-ideas/``, and printed beside
the main sweep's runs of the same seed.

    python benchmarks/passage_ideas.py                      # every idea; the main sweep (runs/passages) first
    python benchmarks/passage_ideas.py --ideas query_side   # some
    python benchmarks/passage_ideas.py --ideas lr_4e-5 --seeds 0,1   # more seeds (ideas run seed 0 by default)

=============== ======================================================================================== =========
idea            change                                                                                   ratios
=============== ======================================================================================== =========
``query_side``  ``train.structural_sides: [passage, query]``: the query-side near-misses as well         0.5
``loss_mix``    ``mix: loss``: structural rows in a loss of their own, weighted by r (negagen.train)      0.5
``bm25``        ``train.ordinary_negatives: bm25``: ordinary negatives mined with BM25 (one of the 10     0.5
                best other passages), not drawn at random; against the main r = 0.5 run only the
                ordinary rows differ
``lr_4e-5``     ``train.learning_rate: 4.0e-5`` (twice the recipe's): the r = 1 run, the closest to the   1.0
                target, pushed further at no cost in time
=============== ======================================================================================== =========

The base model's row is copied from the main sweep (same model, same evaluation), so it is not evaluated again.
A folder resumes like any sweep.
"""

from __future__ import annotations

import argparse
import json
from pathlib import Path
from typing import Any

import yaml

from negagen.experiment.recipe import load_recipe
from negagen.studies.ratio_sweep import sweep

RECIPE = Path("recipes/passages.yaml")
IDEAS: dict[str, dict[str, Any]] = {
    "query_side": {"train": {"structural_sides": ["passage", "query"]}, "ratios": [0.5]},
    "loss_mix": {"mix": "loss", "ratios": [0.5]},
    "bm25": {"train": {"ordinary_negatives": "bm25"}, "ratios": [0.5]},
    "lr_4e-5": {"train": {"learning_rate": 4.0e-5}, "ratios": [1.0]},
}
COLUMNS = [("beir_ndcg@10", "nDCG@10"), ("beir_recall@100", "R@100"), ("transfer_all_accuracy", "transfer"),
           ("transfer_paired_accuracy", "paired"), ("transfer_query_all_accuracy", "query side"),
           ("structural_all_accuracy", "captions"), ("train_seconds", "train s"),
           ("eval_seconds", "eval s")]  # fmt: skip


def run_idea(name: str, main: Path, out: Path, seeds: list[int]) -> list[dict[str, Any]]:
    values = yaml.safe_load(RECIPE.read_text(encoding="utf-8"))
    change = IDEAS[name]
    train = {**values["train"], **change.get("train", {})}
    folder = out / name
    folder.mkdir(parents=True, exist_ok=True)
    results = folder / "results.json"
    if not results.is_file():
        base = [row for row in json.loads((main / "results.json").read_text(encoding="utf-8")) if row["run"] == "base"]
        if not base:
            raise SystemExit(f"{main}/results.json has no base row: run the main sweep first")
        results.write_text(json.dumps(base, indent=1), encoding="utf-8")
    recipe = load_recipe(RECIPE, train=train, mix=change.get("mix"), ratios=change["ratios"], seeds=seeds,
                         output_dir=str(folder))  # fmt: skip
    return sweep(recipe)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--ideas", default=",".join(IDEAS))
    parser.add_argument("--main", type=Path, default=Path("runs/passages"))
    parser.add_argument("--out", type=Path, default=Path("runs/passages-ideas"))
    parser.add_argument("--seeds", default="0", help="comma-separated training seeds of each idea")
    args = parser.parse_args()
    try:
        seeds = [int(s) for s in args.seeds.split(",") if s.strip()]
    except ValueError:
        raise SystemExit(f"--seeds takes comma-separated integers, not {args.seeds!r}") from None
    if not seeds:
        raise SystemExit("--seeds names no seed")
    names = [n for n in args.ideas.split(",") if n]
    unknown = [n for n in names if n not in IDEAS]
    if unknown:
        raise SystemExit(f"unknown idea(s) {', '.join(unknown)}; known: {', '.join(IDEAS)}")
    rows = [{**r, "idea": "main"} for r in json.loads((args.main / "results.json").read_text(encoding="utf-8"))
            if r["run"] == "base" or r["seed"] in seeds]  # fmt: skip
    for name in names:
        rows += [{**r, "idea": name} for r in run_idea(name, args.main, args.out, seeds) if r["run"] != "base"]
    print("| idea | run | " + " | ".join(title for _, title in COLUMNS) + " |")
    print("|---|---|" + "---|" * len(COLUMNS))
    for row in rows:
        cells = [f"{row[key]:.0f}" if key.endswith("seconds") else f"{row[key]:.4f}" for key, _ in COLUMNS]
        print(f"| {row['idea']} | {row['run']} | " + " | ".join(cells) + " |")


if __name__ == "__main__":
    main()
