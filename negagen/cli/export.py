"""``negagen export``: triplets to sentence-transformers, FlagEmbedding, Tevatron, a Hub dataset folder, or a format
another package registered (:mod:`negagen.dataset.formats`)."""

from __future__ import annotations

from pathlib import Path
from typing import Annotated

import typer

from ..dataset.export import export, export_format_names
from ._selection import Balance, Dedupe, MaxShare, Plausibility, Rules, selection_options
from ._util import Arg, Opt, app, handles_errors
from .perturb import split_ops

# The help names the formats registered when the CLI starts (entry points' names, without importing them).
_FORMATS = export_format_names()
_FORMAT_HELP = f"{', '.join(_FORMATS[:-1])} or {_FORMATS[-1]}."


@app.command("export")
@handles_errors
def export_cli(
    source: Annotated[Path, Arg(help="A triplet file (.jsonl/.parquet) or a sharded folder from generate.")],
    output: Annotated[Path, Arg(help="Output file, or folder for --format hf.")],
    fmt: Annotated[str, Opt("--format", "-f", help=_FORMAT_HELP)] = "st",
    license: Annotated[str, Opt(help="Licence written into the dataset card (hf).")] = "other",
    op: Annotated[list[str], Opt("--op", "--ops", "-p", help="Keep only this operator (repeatable, or a,b).")] = [],  # noqa: B006
    plausibility: Plausibility = "high",
    rule: Rules = [],  # noqa: B006
    max_share: MaxShare = [],  # noqa: B006
    balance: Balance = None,
    dedupe: Dedupe = True,
    seed: Annotated[int, Opt(help="Seed of the choice --max-share and --balance make.")] = 0,
) -> None:
    """Export generated triplets in a trainer's or the Hub's format (the selection options say which)."""
    selection = selection_options(plausibility=plausibility, rules=rule, max_share=max_share, balance=balance,
                                  dedupe=dedupe, seed=seed, ops=split_ops(op))  # fmt: skip
    written = export(source, output, fmt, license=license, selection=selection)
    dropped = ", ".join(f"{n} {why}" for why, n in written["dropped"].items())
    typer.echo(f"{written['rows']} rows -> {written['output']} ({fmt})" + (f"; dropped: {dropped}" if dropped else ""))


@app.command("push")
@handles_errors
def push_cli(
    folder: Annotated[Path, Arg(help="A folder written by `negagen export -f hf`.")],
    repo_id: Annotated[str, Arg(help="Dataset repository, e.g. my-org/negagen-triplets.")],
    private: Annotated[bool, Opt("--private/--public", help="Visibility of a new repository.")] = False,
    revision: Annotated[str | None, Opt(help="Branch to push to.")] = None,
) -> None:
    """Upload an exported dataset folder to the Hugging Face Hub (token from HF_TOKEN or the login store)."""
    from ..dataset.hub import push

    typer.echo(f"pushed {folder} -> {push(folder, repo_id, private=private, revision=revision)}")
