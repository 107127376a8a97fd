"""The trade-off sweep: train at several structural ratios (× positive kinds × seeds), evaluate each model on
structure and on retrieval, and write a table (CSV + JSON) and a plot (PNG) under the recipe's ``output_dir``.

Each finished run is appended to ``results.json`` at once, so an interrupted sweep resumes where it stopped. The
base model is evaluated first (row ``base``). Ratio 0 has no structural rows, so it is trained once per seed and
shared by every positive kind.

A study, not a stage: it drives training (:mod:`negagen.train`) and evaluation (:mod:`negagen.evaluate`), which do
not know each other, so it sits above both.
"""

from __future__ import annotations

import json
import time
from collections.abc import Callable
from dataclasses import asdict
from pathlib import Path
from typing import Any

from ..atomic import atomic_write_text
from ..errors import ConfigError
from ..evaluate.model import evaluate_model
from ..experiment.held_out import structural_test_set
from ..experiment.models import load_model
from ..experiment.recipe import Recipe
from ..experiment.tables import markdown_table, plot, summary_table, write_table
from ..train.trainer import train

__all__ = ["plan_runs", "sweep"]


def plan_runs(recipe: Recipe) -> list[dict[str, Any]]:
    """Every run of the sweep: the base model, then (positives, ratio, seed), ratio 0 once per seed."""
    runs: list[dict[str, Any]] = [{"run": "base", "positives": None, "ratio": None, "seed": None}]
    for seed in recipe.seeds:
        if 0 in recipe.ratios:
            runs.append({"run": f"r0-s{seed}", "positives": "none", "ratio": 0.0, "seed": seed})
        for positives in recipe.positives:
            for ratio in recipe.ratios:
                if ratio:
                    runs.append({"run": f"{positives}-r{ratio:g}-s{seed}", "positives": positives,
                                 "ratio": float(ratio), "seed": seed})  # fmt: skip
    return runs


def sweep(recipe: Recipe, *, log: Callable[[str], None] = print) -> list[dict[str, Any]]:
    """Run (or resume) the sweep of ``recipe``; returns every result row. See the module docstring."""
    out = Path(recipe.output_dir)
    out.mkdir(parents=True, exist_ok=True)
    results_path = out / "results.json"
    # Runs may be added (ratios, seeds, positive kinds) but not mixed with runs of other settings.
    settings = json.dumps(
        {"model": recipe.model, "mix": recipe.mix, "train": _without_new_defaults(asdict(recipe.train)),
         "eval": _without_new_defaults(asdict(recipe.eval))},
        sort_keys=True,
    )  # fmt: skip
    settings_path = out / "sweep_settings.json"
    if settings_path.is_file() and settings_path.read_text(encoding="utf-8") != settings:
        raise ConfigError(f"{out} holds a sweep with other model/mix/train/eval settings; use another output_dir")
    settings_path.write_text(settings, encoding="utf-8")
    results: list[dict[str, Any]] = (
        json.loads(results_path.read_text(encoding="utf-8")) if results_path.is_file() else []
    )
    done = {row["run"] for row in results}
    triplets = structural_test_set(recipe)
    log(f"structural test set: {len(triplets)} triplets ({out / 'structural_test.jsonl'})")
    for run in plan_runs(recipe):
        if run["run"] in done:
            continue
        start = time.perf_counter()
        if run["run"] == "base":
            model = load_model(recipe.model, recipe.train.max_seq_length)
        else:
            positives = run["positives"] if run["ratio"] else "identity"  # no structural rows: any kind
            path = train(
                recipe, ratio=run["ratio"], seed=run["seed"], positives=positives, output=out / "runs" / run["run"]
            )
            model = load_model(str(path), recipe.train.max_seq_length)
        train_seconds = time.perf_counter() - start
        row = {**run, **evaluate_model(model, recipe, triplets), "train_seconds": train_seconds}
        results.append(row)
        atomic_write_text(results_path, json.dumps(results, indent=1))
        log(_summary(row))
    # The tables list runs in plan order, whatever order they were trained in (seeds or ratios added later).
    ordered = sorted(results, key=_plan_order)
    write_table(ordered, out / "results.csv")
    (out / "results.md").write_text(summary_table(ordered) + "\n" + markdown_table(ordered), encoding="utf-8")
    plot(results, out / "tradeoff.png")
    if any("transfer_all_accuracy" in r for r in results):
        plot(results, out / "tradeoff-transfer.png", y="transfer_all_accuracy")
    return results


def _plan_order(row: dict[str, Any]) -> tuple[Any, ...]:
    """The base model, then per seed: ratio 0, then each positive kind by ratio (as :func:`plan_runs`)."""
    if row["seed"] is None:
        return (0,)
    return (1, row["seed"], row["ratio"] != 0, row["positives"], row["ratio"])


# Recipe keys added after sweeps were recorded: left out while at their default, so an older sweep folder still
# resumes.
_NEW_KEYS = {"structural_rows": None, "structural_sides": ["passage"], "transfer": None}


def _without_new_defaults(section: dict[str, Any]) -> dict[str, Any]:
    return {k: v for k, v in section.items() if not (k in _NEW_KEYS and v == _NEW_KEYS[k])}


def _summary(row: dict[str, Any]) -> str:
    parts = [f"{row['run']}:"]
    for key in ("beir_ndcg@10", "structural_all_accuracy", "structural_all_auc"):
        if key in row:
            parts.append(f"{key} {row[key]:.4f}")
    return " ".join(parts)
