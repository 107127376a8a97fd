"""``negagen report``: an HTML page and a Markdown summary of a generated dataset."""

from __future__ import annotations

from pathlib import Path
from typing import Annotated

import typer

from ..report import write_report
from ._util import Arg, Opt, app, handles_errors


@app.command("report")
@handles_errors
def report_cli(
    dataset: Annotated[Path, Arg(help="A triplet file (.jsonl/.parquet) or a sharded folder from generate.")],
    output: Annotated[
        Path | None, Opt("--output", "-o", help="HTML file (default: OUT.report.html beside the dataset).")
    ] = None,
    samples: Annotated[int, Opt(min=0, help="Sample triplets shown per rule.")] = 3,
    seed: Annotated[int, Opt(help="Seed of the samples and of the audit.")] = 0,
    audit: Annotated[bool, Opt("--audit/--no-audit", help="Run the shortcut audit (needs scikit-learn).")] = True,
) -> None:
    """Counts, yields, refusals, shortcut audit and highlighted samples of DATASET on one self-contained page."""
    html_path, md_path = write_report(dataset, html_path=output, samples=samples, seed=seed, audit=audit)
    typer.echo(f"report -> {html_path} (summary: {md_path})")
