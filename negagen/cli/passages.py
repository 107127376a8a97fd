"""``negagen passages``: passage-level training and held-out sets from real (query, passage) pairs."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Annotated

import typer

from ..parse import DEFAULT_PIPELINE, load_pipeline
from ._util import Arg, Opt, app, handles_errors
from .perturb import split_ops

_SHARED = Path("../shared/data")


@app.command("passages")
@handles_errors
def passages_cli(
    output: Annotated[Path, Arg(help="Folder for the train_/heldout_ pairs and negatives files and a manifest.")],
    squad_questions: Annotated[Path, Opt(help="SQuAD questions (query, passage_id, answer) as JSONL.")] = (
        _SHARED / "passages" / "wikipedia_squad_questions.jsonl"
    ),
    squad_paragraphs: Annotated[Path, Opt(help="Their paragraphs (_id, title, text) as JSONL.")] = (
        _SHARED / "passages" / "wikipedia_squad.jsonl"
    ),
    scifact: Annotated[Path, Opt(help="A BEIR SciFact folder: its train claims join the training set.")] = (
        _SHARED / "scifact"
    ),
    no_scifact: Annotated[bool, Opt("--no-scifact", help="Wikipedia pairs only.")] = False,
    op: Annotated[str, Opt("--ops", help="Comma-separated operators.")] = (
        "negation,role_swap,reorder,relation_flip,antonym"
    ),
    held_out: Annotated[int, Opt(min=1, help="Wikipedia articles kept out of training (a seeded choice).")] = 6,
    seed: Annotated[int, Opt(help="Seed of the held-out articles and of the edit chosen per pair.")] = 0,
    pipeline: Annotated[str, Opt(help="spaCy pipeline name or path.")] = DEFAULT_PIPELINE,
) -> None:
    """Edit the sentence that answers each query (and the query itself) into near-misses; hold articles out."""
    from ..experiment.passages import build_passage_sets

    manifest = build_passage_sets(
        output, squad_questions=squad_questions, squad_paragraphs=squad_paragraphs,
        scifact=None if no_scifact else scifact, ops=split_ops([op]), held_out=held_out, seed=seed,
        nlp=load_pipeline(pipeline),
    )  # fmt: skip
    typer.echo(json.dumps({k: manifest[k] for k in ("held_out_articles", "train", "heldout")}, indent=1))
