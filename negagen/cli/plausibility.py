"""``negagen plausibility``: count the selectional-preference table that scores how plausible an edit is."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Annotated

import typer

from ..dataset.io import InputRow, read_inputs
from ..parse.pipeline import load_pipeline
from ..resources.selection import build_selection_table, selection_table_path
from ._util import Arg, Opt, app, handles_errors

plausibility_app = typer.Typer(
    help="The corpus statistics behind the plausibility score of role_swap, reorder, antonym and relation_flip.",
    no_args_is_help=True,
)
app.add_typer(plausibility_app, name="plausibility")


@plausibility_app.command("build")
@handles_errors
def build_cli(
    inputs: Annotated[list[Path], Arg(help="Text, JSONL, CSV/TSV or Parquet files of English text.")],
    text_column: Annotated[str, Opt(help="Column (JSONL/CSV/Parquet) holding the text.")] = "text",
    output: Annotated[Path | None, Opt("--output", "-o", help="Table file (default: the negagen cache).")] = None,
    n_process: Annotated[int, Opt(help="Parser processes.")] = 1,
) -> None:
    """Parse INPUTS and count which words take which dependents (once; the operators read the table).

    More text from the domain you generate on gives better scores: e.g. your passages plus the shared sentences.
    """
    rows = [read_inputs(path, text_column=text_column) for path in inputs]  # every file checked before parsing

    def texts() -> Iterator[str]:
        for stream in rows:
            yield from (row.text for row in stream if isinstance(row, InputRow) and row.text.strip())

    nlp = load_pipeline()
    path = build_selection_table(nlp.pipe(texts(), batch_size=256, n_process=n_process), output)
    typer.echo(f"selection table written to {path}")


@plausibility_app.command("status")
@handles_errors
def status_cli() -> None:
    """Print the table the operators read (exit code 1 when there is none)."""
    path = selection_table_path()
    if not path.is_file():
        typer.echo(f"no selection table at {path}; build one with `negagen plausibility build FILES`", err=True)
        raise typer.Exit(1)
    typer.echo(str(path))
