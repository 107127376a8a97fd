"""``negagen train``, ``negagen eval`` and ``negagen sweep``: thin wrappers over :mod:`negagen.train`,
:mod:`negagen.evaluate` and the sweep study (:mod:`negagen.studies.ratio_sweep`); recipes and models come from
:mod:`negagen.experiment`."""

from __future__ import annotations

import json
from pathlib import Path
from typing import TYPE_CHECKING, Annotated, Any

import typer

from ._util import Arg, Opt, app, handles_errors

if TYPE_CHECKING:
    from ..experiment.recipe import Recipe


def _needs_training_extra() -> None:
    try:
        import sentence_transformers  # noqa: F401
    except ImportError:
        from ..errors import ConfigError

        raise ConfigError(
            "training needs sentence-transformers: pip install torch==2.13.0 (CPU) first, then "
            "pip install 'negagen[train]'"
        ) from None


@app.command("train")
@handles_errors
def train_cli(
    recipe_path: Annotated[Path, Arg(metavar="RECIPE", help="A recipe YAML (see recipes/).")],
    ratio: Annotated[float, Opt(min=0, max=1, help="Share of structural rows.")] = 0.15,
    seed: Annotated[int, Opt(help="Training seed.")] = 0,
    positives: Annotated[str, Opt(help="identity, structural or pair: the positive of structural rows.")] = "identity",
    output: Annotated[Path | None, Opt("--output", "-o", help="Run folder (default: OUTPUT_DIR/train-…).")] = None,
) -> None:
    """Fine-tune the recipe's model with RATIO structural rows; the model is saved to OUTPUT/model."""
    _needs_training_extra()
    from ..experiment.recipe import load_recipe
    from ..train.trainer import train

    recipe = load_recipe(recipe_path)
    output = output or Path(recipe.output_dir) / f"train-{positives}-r{ratio:g}-s{seed}"
    path = train(recipe, ratio=ratio, seed=seed, positives=positives, output=output)
    typer.echo(f"model saved to {path}")


@app.command("eval")
@handles_errors
def eval_cli(
    model: Annotated[str, Arg(help="A model folder or Hub id; 'default' is the shipped all-MiniLM-L6-v2.")],
    recipe_path: Annotated[
        Path | None, Opt("--recipe", help="Take the structural test set and retrieval data from this recipe.")
    ] = None,
    beir: Annotated[Path | None, Opt(help="A BEIR-format folder (corpus, queries, qrels/SPLIT.tsv).")] = None,
    split: Annotated[str, Opt(help="The BEIR qrels split.")] = "test",
    nanobeir: Annotated[str | None, Opt(help="NanoBEIR dataset id or a local folder in its layout.")] = None,
    max_seq_length: Annotated[
        int | None, Opt(help="Truncate inputs to this many tokens (default: the recipe's, else the model's).")
    ] = None,
    verify: Annotated[
        bool,
        Opt("--verify", help="Also the recipe's verification table (dense + each verifier) over MODEL's top-k."),
    ] = False,
) -> None:
    """Structural discrimination per operator and retrieval nDCG@10 / Recall@100 of MODEL, as JSON; with
    --verify, the rows of `negagen verify eval` for MODEL under "verification"."""
    _needs_training_extra()
    from ..evaluate.model import evaluate_model
    from ..evaluate.retrieval import nanobeir_metrics, retrieval_metrics
    from ..experiment.held_out import structural_test_set
    from ..experiment.models import load_model
    from ..experiment.recipe import load_recipe

    if verify and recipe_path is None:
        from ..errors import ConfigError

        raise ConfigError("--verify needs --recipe: the verifiers, their training rows and data come from it")
    recipe = load_recipe(recipe_path) if recipe_path is not None else None
    if max_seq_length is None and recipe is not None:
        max_seq_length = recipe.train.max_seq_length  # as the recipe's sweep evaluates
    loaded = load_model(model, max_seq_length)
    metrics: dict[str, Any] = {}
    if recipe is not None:
        metrics.update(evaluate_model(loaded, recipe, structural_test_set(recipe)))
    if beir is not None:
        metrics.update({f"beir_{k}": v for k, v in retrieval_metrics(loaded, beir, split=split).items()})
    if nanobeir is not None:
        metrics.update(nanobeir_metrics(loaded, nanobeir))
    if not metrics:
        from ..errors import ConfigError

        raise ConfigError("nothing to evaluate: give --recipe, --beir or --nanobeir")
    if verify:
        metrics["verification"] = _verification(recipe, model, max_seq_length)
    typer.echo(json.dumps(metrics, indent=1, sort_keys=True))


def _verification(recipe: Recipe, model: str, max_seq_length: int | None) -> list[dict[str, Any]]:
    """``negagen verify eval`` of ``recipe`` with ``model`` as the encoder: the recipe's own run folder when it is
    the recipe's model and length, else a folder of its own (verifiers trained over one encoder do not fit
    another)."""
    import hashlib
    import re
    from dataclasses import replace

    from ..experiment.models import resolve_model
    from ..verify.evaluate import evaluate_verifiers

    def identity(name: str) -> str:  # "runs/m", "./runs/m/" and the absolute path are one model
        resolved = resolve_model(name)
        return str(Path(resolved).resolve()) if Path(resolved).exists() else resolved

    length = max_seq_length or recipe.train.max_seq_length
    if identity(model) != identity(recipe.model) or length != recipe.train.max_seq_length:
        digest = hashlib.blake2b(f"{identity(model)}|{length}".encode(), digest_size=4).hexdigest()
        slug = re.sub(r"[^A-Za-z0-9._-]+", "_", model).strip("_")[-40:]
        recipe = replace(recipe, model=model, train=replace(recipe.train, max_seq_length=length),
                         output_dir=str(Path(recipe.output_dir) / f"eval-{slug}-{digest}"))  # fmt: skip
    return evaluate_verifiers(recipe, log=lambda line: typer.echo(line, err=True))


@app.command("sweep")
@handles_errors
def sweep_cli(
    recipe_path: Annotated[Path, Arg(metavar="RECIPE", help="A recipe YAML (see recipes/).")],
    output_dir: Annotated[Path | None, Opt(help="Override the recipe's output_dir.")] = None,
    seeds: Annotated[str | None, Opt(help="Override the recipe's seeds, comma-separated (e.g. 0,1): more seeds "
                                          "in the same output_dir add runs to a finished sweep.")] = None,
) -> None:
    """Train at every ratio × positive kind × seed of RECIPE, evaluate each, write results.csv/json and
    tradeoff.png; an interrupted sweep resumes."""
    from ..errors import ConfigError

    chosen = None
    if seeds is not None:
        try:
            chosen = [int(seed) for seed in seeds.split(",")]
        except ValueError:
            raise ConfigError(f"--seeds takes whole numbers separated by commas, not {seeds!r}") from None
    _needs_training_extra()
    from ..experiment.recipe import load_recipe
    from ..studies.ratio_sweep import sweep

    recipe = load_recipe(recipe_path, output_dir=str(output_dir) if output_dir else None, seeds=chosen)
    results = sweep(recipe, log=lambda line: typer.echo(line, err=True))
    typer.echo(f"{len(results)} runs; table and plot in {recipe.output_dir}")
