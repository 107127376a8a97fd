"""Result tables and plots of a recipe's runs: a CSV of every row, a Markdown table per run and one of means over
seeds, and the trade-off plot (structural accuracy against retrieval). The ratio sweep writes them; verification
writes its CSV with the same :func:`write_table`.
"""

from __future__ import annotations

import csv
from pathlib import Path
from typing import Any

__all__ = ["markdown_table", "plot", "summary_table", "write_table"]


def write_table(results: list[dict[str, Any]], path: Path) -> None:
    """``results`` as CSV, one column per key in order of first appearance (a row without a key leaves it empty)."""
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


# (metric, column) of the summary; the transfer and recall columns appear when a run reports them.
SUMMARY_COLUMNS = (
    ("beir_ndcg@10", "SciFact nDCG@10"),
    ("beir_recall@100", "Recall@100"),
    ("transfer_all_accuracy", "transfer pairwise"),
    ("transfer_paired_accuracy", "transfer paired"),
    ("transfer_query_all_accuracy", "transfer query side"),
    ("structural_all_accuracy", "structural acc."),
    ("structural_all_auc", "AUC"),
)
_ALWAYS = {"beir_ndcg@10", "structural_all_accuracy", "structural_all_auc"}


def summary_table(results: list[dict[str, Any]]) -> str:
    """Mean and half the spread ((max − min) / 2) over seeds per (positive kind, ratio); ratio 0 and the base model
    once. Columns: :data:`SUMMARY_COLUMNS` (the optional ones when some run has them)."""
    groups: dict[tuple[str, float | None], list[dict[str, Any]]] = {}
    for r in results:
        groups.setdefault((r["positives"] or "base", r["ratio"]), []).append(r)
    columns = [(key, name) for key, name in SUMMARY_COLUMNS if key in _ALWAYS or any(key in r for r in results)]
    lines = ["| positives | r | seeds | " + " | ".join(name for _, name in columns) + " |",
             "|---|---|---|" + "---|" * len(columns)]  # fmt: skip
    for (kind, ratio), group in groups.items():
        cells = [kind, "—" if ratio is None else f"{ratio:g}", str(len(group))]
        for key, _ in columns:
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
    axes.set_ylabel("transfer test: pairwise accuracy (held-out articles)" if y.startswith("transfer_")
                    else "structural pairwise accuracy (held-out)")  # fmt: skip
    axes.grid(alpha=0.3)
    axes.legend()
    figure.tight_layout()
    figure.savefig(path, dpi=120)
    plt.close(figure)
