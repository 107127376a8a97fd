"""The trade-off sweep: train at several structural ratios (× positive kinds × seeds), evaluate each model on
structure and on retrieval, and write a table (CSV + JSON) and a plot (PNG) under the recipe's ``output_dir``.

Each finished run is appended to ``results.json`` at once, so an interrupted sweep resumes where it stopped. The
base model is evaluated first (row ``base``). Ratio 0 has no structural rows, so it is trained once per seed and
shared by every positive kind.
"""

from __future__ import annotations

import csv
import json
import time
from collections.abc import Callable
from dataclasses import asdict
from pathlib import Path
from typing import Any

from ..atomic import atomic_write_text
from ..errors import ConfigError, InputError
from ..train.data import load_pairs
from ..train.recipe import Recipe
from ..train.trainer import cached_rows, load_model, train
from .retrieval import nanobeir_metrics, retrieval_metrics
from .structural import StructuralTriplet, build_structural_set, structural_metrics

__all__ = ["evaluate_model", "held_out_structural_set", "plan_runs", "structural_test_set", "sweep"]


def structural_test_set(recipe: Recipe) -> list[StructuralTriplet]:
    """The held-out structural set (cached as ``structural_test.jsonl``); no text of it is in the training pairs."""
    if not recipe.eval.pairs:
        raise InputError("the recipe's eval.pairs names no held-out pairs for the structural test")
    return held_out_structural_set(recipe, recipe.eval.pairs, Path(recipe.output_dir) / "structural_test.jsonl")


def held_out_structural_set(
    recipe: Recipe, pairs: list[dict[str, Any]], path: Path, *, edit: str = "positive"
) -> list[StructuralTriplet]:
    """Structural triplets of ``pairs`` (cached at ``path``), with the recipe's evaluation operators editing the
    positive or (``edit="anchor"``) the anchor; pairs sharing a text with the training pairs are left out. The cache
    is rebuilt when the pairs, operators or edited side it was built from (recorded next to it) change."""
    sources = [*recipe.train.pairs, *(recipe.train.structural_pairs or [])]
    ops = recipe.eval.ops or recipe.train.ops

    def build() -> list[dict[str, Any]]:
        training_texts = {text for pair in load_pairs(sources, seed=0) for text in pair}
        triplets = build_structural_set(load_pairs(pairs, seed=0), ops, exclude=training_texts, edit=edit)
        return [asdict(t) for t in triplets]

    spec = json.dumps({"pairs": pairs, "ops": ops, "training": sources, "edit": edit}, sort_keys=True)
    return [StructuralTriplet(**row) for row in cached_rows(path, build, spec=spec)]


def evaluate_model(model: Any, recipe: Recipe, triplets: list[StructuralTriplet]) -> dict[str, float]:
    """Structural metrics on ``triplets`` and retrieval metrics on the recipe's BEIR folder / NanoBEIR."""
    start = time.perf_counter()
    metrics = structural_metrics(model, triplets, batch_size=recipe.eval.batch_size) if triplets else {}
    if recipe.eval.beir:
        retrieval = retrieval_metrics(model, Path(recipe.eval.beir), split=recipe.eval.beir_split)
        metrics.update({f"beir_{key}": value for key, value in retrieval.items()})
    if recipe.eval.nanobeir:
        metrics.update(nanobeir_metrics(model, recipe.eval.nanobeir, recipe.eval.nanobeir_names))
    metrics["eval_seconds"] = time.perf_counter() - start
    return metrics


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
        {"model": recipe.model, "mix": recipe.mix, "train": asdict(recipe.train), "eval": asdict(recipe.eval)},
        sort_keys=True,
    )
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
    write_table(results, out / "results.csv")
    (out / "results.md").write_text(summary_table(results) + "\n" + markdown_table(results), encoding="utf-8")
    plot(results, out / "tradeoff.png")
    return results


def _summary(row: dict[str, Any]) -> str:
    parts = [f"{row['run']}:"]
    for key in ("beir_ndcg@10", "structural_all_accuracy", "structural_all_auc"):
        if key in row:
            parts.append(f"{key} {row[key]:.4f}")
    return " ".join(parts)


def write_table(results: list[dict[str, Any]], path: Path) -> None:
    columns = list(dict.fromkeys(key for row in results for key in row))
    with path.open("w", encoding="utf-8", newline="") as handle:
        writer = csv.DictWriter(handle, fieldnames=columns)
        writer.writeheader()
        writer.writerows(results)


def markdown_table(results: list[dict[str, Any]]) -> str:
    """One row per run: retrieval, then structural accuracy overall and per operator, then AUC overall."""
    ops = sorted({k.split("_", 1)[1].rsplit("_", 1)[0] for r in results for k in r
                  if k.startswith("structural_") and k.endswith("_accuracy")} - {"all"})  # fmt: skip
    header = ["run", "positives", "r", "seed", "SciFact nDCG@10", "Recall@100", "structural acc.", *ops, "AUC"]
    lines = ["| " + " | ".join(header) + " |", "|" + "---|" * len(header)]
    for r in results:
        cells = [r["run"], r["positives"] or "—", "—" if r["ratio"] is None else f"{r['ratio']:g}",
                 "—" if r["seed"] is None else str(r["seed"])]  # fmt: skip
        for key in ("beir_ndcg@10", "beir_recall@100", "structural_all_accuracy",
                    *(f"structural_{op}_accuracy" for op in ops), "structural_all_auc"):  # fmt: skip
            cells.append(f"{r[key]:.4f}" if key in r else "—")
        lines.append("| " + " | ".join(cells) + " |")
    return "\n".join(lines) + "\n"


def summary_table(results: list[dict[str, Any]]) -> str:
    """Mean and spread (max − min) over seeds per (positive kind, ratio); ratio 0 and the base model once."""
    groups: dict[tuple[str, float | None], list[dict[str, Any]]] = {}
    for r in results:
        groups.setdefault((r["positives"] or "base", r["ratio"]), []).append(r)
    keys = ("beir_ndcg@10", "structural_all_accuracy", "structural_all_auc")
    lines = ["| positives | r | seeds | SciFact nDCG@10 | structural acc. | AUC |", "|---|---|---|---|---|---|"]
    for (kind, ratio), group in groups.items():
        cells = [kind, "—" if ratio is None else f"{ratio:g}", str(len(group))]
        for key in keys:
            values = [r[key] for r in group if key in r]
            spread = f" ± {(max(values) - min(values)) / 2:.4f}" if len(values) > 1 else ""
            cells.append(f"{sum(values) / len(values):.4f}{spread}" if values else "—")
        lines.append("| " + " | ".join(cells) + " |")
    return "\n".join(lines) + "\n"


def plot(
    results: list[dict[str, Any]], path: Path, *, x: str = "beir_ndcg@10", y: str = "structural_all_accuracy"
) -> None:
    """Structural accuracy against nDCG@10, one point per ratio (mean over seeds), a line per positive kind, the
    base model a star."""
    import matplotlib

    matplotlib.use("Agg")
    import matplotlib.pyplot as plt

    rows = [r for r in results if x in r and y in r]
    if not rows:
        return
    figure, axes = plt.subplots(figsize=(6.4, 4.8))

    def mean_over_seeds(kind: str | None) -> list[tuple[float, float, float]]:
        """(ratio, mean x, mean y) per ratio of a positive kind (ratio 0 shared by every kind)."""
        points: dict[float, list[dict[str, Any]]] = {}
        for r in rows:
            if r["ratio"] == 0 or (r["ratio"] and r["positives"] == kind):
                points.setdefault(r["ratio"], []).append(r)
        return [(ratio, sum(r[x] for r in group) / len(group), sum(r[y] for r in group) / len(group))
                for ratio, group in sorted(points.items())]  # fmt: skip

    for kind in dict.fromkeys(r["positives"] for r in rows if r["ratio"]):
        series = mean_over_seeds(kind)
        axes.plot([p[1] for p in series], [p[2] for p in series], marker="o", label=f"{kind} positives")
        for ratio, px, py in series:
            axes.annotate(f"r={ratio:g}", (px, py), textcoords="offset points", xytext=(4, 4), fontsize=8)
    for r in rows:
        if r["run"] == "base":
            axes.scatter([r[x]], [r[y]], marker="*", s=200, color="black", label="base model", zorder=3)
    axes.set_xlabel(f"retrieval {x.removeprefix('beir_')} (SciFact)" if x.startswith("beir_") else x)
    axes.set_ylabel("structural pairwise accuracy (held-out)")
    axes.grid(alpha=0.3)
    axes.legend()
    figure.tight_layout()
    figure.savefig(path, dpi=120)
    plt.close(figure)
