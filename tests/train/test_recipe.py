"""Recipes: every key checked, clear one-line errors."""

from __future__ import annotations

from pathlib import Path

import pytest

from negagen.errors import ConfigError, InputError
from negagen.experiment.recipe import load_recipe

RECIPES = Path(__file__).resolve().parents[2] / "recipes"


def _write(tmp_path, text):
    path = tmp_path / "recipe.yaml"
    path.write_text(text, encoding="utf-8")
    return path


def test_shipped_recipes_load():
    for name in ("cpu-quick.yaml", "paper-minilm.yaml"):
        recipe = load_recipe(RECIPES / name)
        assert recipe.train.pairs and recipe.eval.beir


def test_defaults_and_overrides(tmp_path):
    path = _write(tmp_path, "train:\n  pairs: [{aligned: [a, b]}]\n")
    recipe = load_recipe(path, output_dir="elsewhere")
    assert recipe.ratios == [0.0, 0.05, 0.15, 0.3, 0.5] and recipe.mix == "row" and recipe.model == "default"
    assert recipe.output_dir == "elsewhere" and recipe.train.rows == 2048
    assert recipe.verify.positives == ["pair"] and recipe.verify.edits == ["positive"]  # one kind becomes a list


@pytest.mark.parametrize(
    ("text", "error", "message"),
    [
        ("train:\n  pairs: [{aligned: [a, b]}]\n  lr: 3\n", ConfigError, "unknown key.s. in train: lr"),
        ("train:\n  pairs: [{aligned: [a, b]}]\nmix: blend\n", ConfigError, "mix must be one of row, batch, loss"),
        ("train:\n  pairs: [{aligned: [a, b]}]\nratios: [0, 2]\n", ConfigError, "between 0 and 1"),
        ("train:\n  pairs: [{aligned: [a, b]}]\npositives: [paraphrase]\n", ConfigError, "positives must be among"),
        ("train: {}\n", ConfigError, "pairs"),
        ("train:\n  pairs: [{aligned: [a, b]}]\nverify: {cross_encoder_negatives: 0}\n", ConfigError,
         "cross_encoder_negatives must be 1 or more"),
        ("train:\n  pairs: [{aligned: [a, b]}]\nverify: {edits: [query]}\n", ConfigError,
         "verify.edits must list one or both of positive, anchor"),
        ("train:\n  pairs: [{aligned: [a, b]}]\nverify: {edits: []}\n", ConfigError, "verify.edits must list"),
        ("train:\n  pairs: [{aligned: [a, b]}]\nverify: {positives: [pair, voice]}\n", ConfigError,
         "verify.positives must list kinds among identity, structural, pair"),
        ("train:\n  pairs: [{aligned: [a, b]}]\nverify: {edits: [anchor], positives: identity}\n", ConfigError,
         "anchor edits need pair among verify.positives"),
        ("train: [\n", InputError, "not valid YAML"),
        ("- a\n- b\n", ConfigError, "a recipe is a mapping"),
    ],
)
def test_bad_recipes(tmp_path, text, error, message):
    with pytest.raises(error, match=message):
        load_recipe(_write(tmp_path, text))


def test_missing_recipe(tmp_path):
    with pytest.raises(InputError, match="no such recipe"):
        load_recipe(tmp_path / "none.yaml")
