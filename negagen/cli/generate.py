"""``negagen generate``: write triplet records for a corpus."""

from __future__ import annotations

from pathlib import Path
from typing import Annotated

import typer

from ..api import DEFAULT_MAX_CHARS
from ..dataset.generate import generate
from ..parse import DEFAULT_PIPELINE
from ._selection import Balance, Dedupe, MaxShare, Plausibility, Rules, selection_options
from ._util import EXIT_BAD_INPUT, Arg, Opt, app, handles_errors, warn
from .perturb import parse_op_options, split_ops

MAX_BAD_ROWS_SHOWN = 20


@app.command("generate")
@handles_errors
def generate_cli(
    input_path: Annotated[
        Path | None,
        Arg(
            metavar="INPUT",
            help="Text file (one text per line), .jsonl, .csv/.tsv, .parquet, a save_to_disk folder or a Hub "
            "dataset id org/name[:config]. Default: the bundled sample corpus.",
        ),
    ] = None,
    output: Annotated[Path, Opt("--output", "-o", help="Output file (.jsonl or .parquet).")] = Path(
        "negagen_triplets.jsonl"
    ),
    op: Annotated[
        list[str], Opt("--op", "--ops", "-p", help="Operator name (repeatable, or comma-separated).")
    ] = ["negation"],  # noqa: B006
    positives: Annotated[
        str, Opt(help="identity (the anchor), structural (a meaning-preserving rewrite) or pair (input column).")
    ] = "identity",
    anchor_column: Annotated[str | None, Opt(help="With --positives pair: the anchor (query) column.")] = None,
    positive_column: Annotated[
        str | None, Opt(help="With --positives pair: the positive column (negatives are edits of it).")
    ] = None,
    negatives_per_row: Annotated[
        int | None, Opt(min=1, help="Write negative_1..K per input instead of one row per negative.")
    ] = None,
    shard_size: Annotated[
        int | None,
        Opt(min=1, help="Write OUTPUT as a folder of shards of this many input lines, resumable after a crash."),
    ] = None,
    setting: Annotated[
        list[str], Opt("--set", help="Operator option OPERATOR.OPTION=VALUE (repeatable), e.g. reorder.shuffle=true.")
    ] = [],  # noqa: B006
    text_column: Annotated[str, Opt(help="Column holding the text (JSONL/CSV/Parquet/datasets).")] = "text",
    split: Annotated[str, Opt(help="Split of a save_to_disk folder or Hub dataset.")] = "train",
    strict: Annotated[bool, Opt(help="Stop at the first bad row (complete shards are kept).")] = False,
    parse_cache: Annotated[
        Path | None, Opt(help="Folder caching parses (DocBin): a second run over the same texts skips the parser.")
    ] = None,
    id_column: Annotated[str | None, Opt(help="Column holding a row id, copied to source_id.")] = None,
    output_format: Annotated[str | None, Opt("--format", help="jsonl or parquet (default: from the suffix).")] = None,
    batch_size: Annotated[int, Opt(min=1, help="Texts per spaCy batch.")] = 256,
    workers: Annotated[int, Opt(min=1, help="Worker processes (local engine) or Ray actors (ray engine).")] = 1,
    engine: Annotated[
        str,
        Opt(help="local, ray (pip install 'negagen\\[ray]'; the cluster RAY_ADDRESS names, else a local one), or an "
                 "engine a package registers (negagen_engines)."),
    ] = "local",
    seed: Annotated[int, Opt(help="Seed for operators that sample.")] = 0,
    limit: Annotated[int | None, Opt(min=1, help="Stop after this many good inputs.")] = None,
    max_chars: Annotated[int, Opt(min=1, help="Longer texts are refused as bad input.")] = DEFAULT_MAX_CHARS,
    pipeline: Annotated[str, Opt(help="spaCy pipeline name or path.")] = DEFAULT_PIPELINE,
    plausibility: Plausibility = "high",
    rule: Rules = [],  # noqa: B006
    max_share: MaxShare = [],  # noqa: B006
    balance: Balance = None,
    dedupe: Dedupe = True,
    quiet: Annotated[
        bool, Opt("--quiet", "-q", help="No progress bar and no summary table (errors and notices still show).")
    ] = False,
    mirror: Annotated[
        bool, Opt(help="Also write every triplet backwards (edited text as anchor): no word gives a negative away.")
    ] = False,
) -> None:
    """Generate (anchor, positive, negative) triplets with provenance from INPUT."""
    selection = selection_options(plausibility=plausibility, rules=rule, max_share=max_share, balance=balance,
                                  dedupe=dedupe, seed=seed)  # fmt: skip
    try:
        stats = generate(
            input_path, output, ops=split_ops(op), text_column=positive_column or text_column, id_column=id_column,
            anchor_column=anchor_column, positives=positives, negatives_per_row=negatives_per_row,
            shard_size=shard_size, split=split, parse_cache=parse_cache, strict=strict,
            output_format=output_format, batch_size=batch_size, n_process=workers, seed=seed, limit=limit,
            max_chars=max_chars, pipeline=pipeline, op_config=parse_op_options(setting), engine=engine,
            selection=selection, mirror=mirror, notify=warn, progress=False if quiet else None,
        )  # fmt: skip
    except KeyboardInterrupt:
        if shard_size is not None:
            manifest = output / "manifest.json"
            warn(f"interrupted; complete shards are listed in {manifest}; run the same command to go on")
        else:  # with shares or balance the first pass writes a scratch file beside OUT
            written = output.name + (".unselected.jsonl.partial" if selection.needs_counts else ".partial")
            warn(f"interrupted; the records written so far are in {output.with_name(written)}")
        raise typer.Exit(130) from None
    if not quiet:
        typer.echo(stats.table())
    if stats.bad_rows:
        for bad in sorted(stats.bad_rows, key=lambda b: b.line)[:MAX_BAD_ROWS_SHOWN]:
            warn(f"line {bad.line}: {bad.reason}; skipped")
        if len(stats.bad_rows) > MAX_BAD_ROWS_SHOWN:
            warn(f"… and {len(stats.bad_rows) - MAX_BAD_ROWS_SHOWN} more bad lines")
        warn(f"{len(stats.bad_rows)} bad input(s) skipped; {stats.records} records were written to {output}")
        raise typer.Exit(EXIT_BAD_INPUT)
