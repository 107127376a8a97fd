"""``negagen verify train|eval``: the verification stage (dense recall, then a verifier for structure).

The verifiers are the recipe's ``verify.verifiers``, looked up in the verifier registry
(:mod:`negagen.experiment.verifiers`): a registered one is trained and measured like a built-in one."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING, Annotated

import typer

from ._util import Arg, Opt, app, handles_errors
from .train import _needs_training_extra

if TYPE_CHECKING:
    from ..experiment.recipe import Recipe as RecipeConfig

verify_app = typer.Typer(help="Verifiers over dense retrieval: train them, measure them.", no_args_is_help=True)
app.add_typer(verify_app, name="verify")

Recipe = Annotated[Path, Arg(metavar="RECIPE", help="A recipe YAML with a verify: section (see recipes/).")]
OutputDir = Annotated[Path | None, Opt(help="Override the recipe's output_dir.")]
Seed = Annotated[
    int | None, Opt(help="Override verify.seed (a seed other than 0 works in OUTPUT_DIR/verify-s<seed>).")
]


def _load(recipe_path: Path, output_dir: Path | None, seed: int | None) -> RecipeConfig:
    """The recipe, with the command line's output folder and verifier seed over its own."""
    from ..experiment.recipe import load_recipe

    recipe = load_recipe(recipe_path, output_dir=str(output_dir) if output_dir else None)
    if seed is not None:
        recipe.verify.seed = seed
        recipe.validate()
    return recipe


@verify_app.command("train")
@handles_errors
def verify_train_cli(recipe_path: Recipe, output_dir: OutputDir = None, seed: Seed = None) -> None:
    """Train the recipe's trainable verifiers, such as simmap and cross-encoder (skipped when already saved; an
    interrupted training resumes after its last finished epoch)."""
    _needs_training_extra()
    from ..verify.evaluate import train_verifiers

    recipe = _load(recipe_path, output_dir, seed)
    for name, folder in train_verifiers(recipe, log=lambda line: typer.echo(line, err=True)).items():
        typer.echo(f"{name}: {folder}")


@verify_app.command("eval")
@handles_errors
def verify_eval_cli(
    recipe_path: Recipe,
    output_dir: OutputDir = None,
    only: Annotated[
        list[str] | None, Opt(help="Measure only this verifier (repeatable); its row replaces the saved one.")
    ] = None,
    seed: Seed = None,
) -> None:
    """Dense only and dense + each verifier: nDCG@10 after rerank, structural accuracy, near-miss rejection,
    latency; writes verify_results.{json,csv} and verify.png (training what is missing first)."""
    _needs_training_extra()
    from ..verify.evaluate import evaluate_verifiers

    recipe = _load(recipe_path, output_dir, seed)
    results = evaluate_verifiers(recipe, only=only, log=lambda line: typer.echo(line, err=True))
    columns = ("configuration", "beir_ndcg@10", "structural_pairwise_accuracy", "near_miss_rejection",
               "positives_accepted", "paraphrase_pairwise_accuracy", "paraphrase_near_miss_rejection",
               "latency_ms_per_query")  # fmt: skip
    columns = tuple(c for c in columns if any(c in row for row in results))
    typer.echo(" | ".join(columns))
    for row in results:
        cells = (f"{row[c]:.4f}" if isinstance(row.get(c), float) else str(row.get(c, "")) for c in columns)
        typer.echo(" | ".join(cells))
