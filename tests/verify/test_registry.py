"""Verifiers by name: a verifier registered from outside negagen is checked by the recipe, trained by
``negagen verify train`` and measured by ``negagen verify eval`` like a built-in one."""

from __future__ import annotations

import json
import re

import catalogue
import numpy as np
import pytest
from typer.testing import CliRunner

from negagen.cli import app
from negagen.errors import ConfigError
from negagen.experiment.recipe import load_recipe
from negagen.experiment.verifiers import get_verifier, register_verifier, verifier_names, verifiers

from ..train.conftest import beir_folder, sample_pairs  # noqa: F401  (fixtures)
from .test_evaluate import _tiny_inputs


class ConstantVerifier:
    """Learns one number, how many rows it was trained on, and scores every pair with it: every tie is visible
    in the results (pairwise accuracy exactly 0.5, the threshold that number)."""

    name = "toy-constant"

    def __init__(self, value: float = 0.0) -> None:
        self.value = value

    def score(self, queries, candidates):
        return np.full(len(queries), self.value)

    def fit(self, rows, **options):
        self.value = float(len(rows))

    def save(self, folder):
        folder.mkdir(parents=True, exist_ok=True)
        (folder / "value.json").write_text(json.dumps(self.value))

    @classmethod
    def load(cls, folder, encoder, /, *, tokens=None):
        return cls(json.loads((folder / "value.json").read_text()))

    @classmethod
    def prepare(cls, setup):
        folder = setup.folder / cls.name
        if not (folder / "value.json").is_file():
            verifier = cls()
            verifier.fit(setup.rows())
            verifier.save(folder)
        return folder


@pytest.fixture
def toy():
    register_verifier(ConstantVerifier.name)(ConstantVerifier)
    yield ConstantVerifier
    catalogue._remove((*verifiers.namespace, ConstantVerifier.name))  # catalogue has no public unregister
    assert ConstantVerifier.name not in verifier_names()


def test_builtin_verifiers_follow_the_protocol():
    assert verifier_names()[:4] == ["dense", "maxsim", "simmap", "cross-encoder"]
    for name in verifier_names():
        cls = get_verifier(name)
        assert cls.name == name
        assert all(callable(getattr(cls, method)) for method in ("score", "fit", "save", "load", "prepare"))
    with pytest.raises(ConfigError, match="unknown verifier 'colbert'; known: dense, maxsim, simmap, cross-encoder"):
        get_verifier("colbert")


def test_a_registered_verifier_runs_through_the_cli(tmp_path, sample_pairs, beir_folder, toy):  # noqa: F811
    _, _, recipe = _tiny_inputs(tmp_path, sample_pairs, beir_folder, verify="""
  verifiers: [dense, toy-constant]
  rows: 16
  k: 10
  dev_split: test
  dev_queries: 3""")
    assert load_recipe(recipe).verify.verifiers == ["dense", "toy-constant"]
    result = CliRunner().invoke(app, ["verify", "train", str(recipe)])
    assert result.exit_code == 0, result.output
    folder = tmp_path / "runs" / "verify" / "toy-constant"
    assert result.stdout == f"toy-constant: {folder}\n"
    assert json.loads((folder / "value.json").read_text()) == 16.0  # fitted on the recipe's 16 rows

    result = CliRunner().invoke(app, ["verify", "eval", str(recipe)])
    assert result.exit_code == 0, result.output
    assert "dense + toy-constant" in result.stdout
    dense, toy_row = json.loads((tmp_path / "runs" / "verify" / "verify_results.json").read_text())
    assert (toy_row["configuration"], toy_row["verifier"]) == ("dense + toy-constant", "toy-constant")
    # its saved constant scored every pair: all ties, the threshold that constant, nothing rejected
    assert toy_row["threshold"] == 16.0 and toy_row["structural_pairwise_accuracy"] == 0.5
    assert toy_row["near_miss_rejection"] == 0.0 and toy_row["positives_accepted"] == 1.0
    assert toy_row["beir_ndcg@10"] == dense["beir_ndcg@10"] and toy_row["rerank_weight"] == 0.0  # reorders nothing


def test_an_unregistered_name_is_refused_with_the_registered_ones(tmp_path, toy):
    path = tmp_path / "recipe.yaml"
    path.write_text("train:\n  pairs: [{aligned: [a, b]}]\nverify: {verifiers: [dense, colbert]}\n")
    known = "dense, maxsim, simmap, cross-encoder, toy-constant"
    with pytest.raises(ConfigError, match=re.escape(f"unknown verifier(s) colbert; known: {known}")):
        load_recipe(path)
