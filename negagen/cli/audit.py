"""``negagen audit``: how easily a model could cheat on a generated dataset (blind and bag-of-words tests)."""

from __future__ import annotations

from pathlib import Path
from typing import Annotated

import typer

from ..audit import audit_dataset, audit_paths
from ._util import Arg, Opt, app, handles_errors


@app.command("audit")
@handles_errors
def audit_cli(
    dataset: Annotated[Path, Arg(help="A triplet file (.jsonl/.parquet) or a sharded folder from generate.")],
    folds: Annotated[int, Opt(min=2, help="Cross-validation folds (texts linked by a triplet stay in one fold).")] = 5,
    max_pairs: Annotated[int, Opt(min=20, help="At most this many triplets per operator (a seeded sample).")] = 5000,
    seed: Annotated[int, Opt(help="Seed of the sample.")] = 0,
) -> None:
    """Blind ROC-AUC (one sentence, no query) and bag-of-words shares per operator and rule; writes JSON and SVG."""
    report = audit_dataset(dataset, folds=folds, max_pairs=max_pairs, seed=seed)
    typer.echo(report.table())
    json_path, svg_path = audit_paths(dataset)
    typer.echo(f"\n-> {json_path}, {svg_path}")
