"""Evaluation and the sweep on tiny offline data: metric keys, exact retrieval on a toy folder, resume."""

from __future__ import annotations

import csv
import json

import pytest
from typer.testing import CliRunner

from negagen.cli import app
from negagen.errors import InputError
from negagen.evaluate.retrieval import load_beir, retrieval_metrics
from negagen.experiment.held_out import structural_test_set
from negagen.experiment.models import load_model
from negagen.experiment.recipe import load_recipe
from negagen.studies import ratio_sweep as sweep_module


def test_beir_folder_loads_only_judged_queries(beir_folder):
    queries, corpus, relevant = load_beir(beir_folder)
    assert sorted(queries) == ["q0", "q1", "q2"] and len(corpus) == 6
    assert relevant == {"q0": {"d0"}, "q1": {"d2"}, "q2": {"d5"}}
    with pytest.raises(InputError, match=r"no qrels/dev\.tsv"):
        load_beir(beir_folder, "dev")


def test_retrieval_of_exact_copies_is_perfect(beir_folder, tiny_model_path):
    metrics = retrieval_metrics(load_model(str(tiny_model_path)), beir_folder)
    assert metrics == {"ndcg@10": 1.0, "recall@100": 1.0}


def test_sweep_writes_table_and_plot_and_resumes(tiny_recipe, monkeypatch):
    recipe = load_recipe(tiny_recipe)
    results = sweep_module.sweep(recipe, log=lambda _: None)
    assert [r["run"] for r in results] == ["base", "r0-s0", "identity-r0.5-s0"]
    for row in results:
        assert row["beir_ndcg@10"] == pytest.approx(1.0)
        assert 0 <= row["structural_all_accuracy"] <= 1 and row["structural_negation_n"] > 0
    out = tiny_recipe.parent / "runs"
    table = list(csv.DictReader((out / "results.csv").open(encoding="utf-8")))
    assert [r["run"] for r in table] == ["base", "r0-s0", "identity-r0.5-s0"]
    assert (out / "tradeoff.png").read_bytes()[:4] == b"\x89PNG"
    summary = (out / "results.md").read_text(encoding="utf-8")
    assert "| identity | 0.5 | 1 |" in summary and "| base | — | 1 |" in summary
    held_out = [json.loads(line) for line in (out / "structural_test.jsonl").read_text().splitlines()]
    assert {t["op"] for t in held_out} == {"negation", "role_swap"}

    def no_training(*args, **kwargs):
        raise AssertionError("a finished run was trained again")

    monkeypatch.setattr(sweep_module, "train", no_training)
    recipe.ratios = [0, 0.5]
    assert sweep_module.sweep(recipe, log=lambda _: None) == results


def test_cli_eval_prints_metrics(beir_folder, tiny_model_path):
    result = CliRunner().invoke(app, ["eval", str(tiny_model_path), "--beir", str(beir_folder)])
    assert result.exit_code == 0, result.output
    assert json.loads(result.stdout) == {"beir_ndcg@10": 1.0, "beir_recall@100": 1.0}


def test_cli_errors_are_one_line(tmp_path, tiny_model_path):
    result = CliRunner().invoke(app, ["sweep", str(tmp_path / "missing.yaml")])
    assert result.exit_code == 2 and result.stderr == f"negagen: error: {tmp_path / 'missing.yaml'}: no such recipe\n"
    result = CliRunner().invoke(app, ["eval", str(tiny_model_path)])
    assert result.exit_code == 2
    assert result.stderr == "negagen: error: nothing to evaluate: give --recipe, --beir or --nanobeir\n"


def test_more_seeds_from_the_command_line_add_runs_to_a_finished_sweep(tiny_recipe):
    runner = CliRunner()
    result = runner.invoke(app, ["sweep", str(tiny_recipe)])
    assert result.exit_code == 0, result.output
    result = runner.invoke(app, ["sweep", str(tiny_recipe), "--seeds", "0,1"])
    assert result.exit_code == 0, result.output
    rows = json.loads((tiny_recipe.parent / "runs" / "results.json").read_text(encoding="utf-8"))
    assert [r["run"] for r in rows] == ["base", "r0-s0", "identity-r0.5-s0", "r0-s1", "identity-r0.5-s1"]
    result = runner.invoke(app, ["sweep", str(tiny_recipe), "--seeds", "0,one"])
    assert result.exit_code == 2
    assert result.stderr == "negagen: error: --seeds takes whole numbers separated by commas, not '0,one'\n"


def test_tables_list_runs_in_plan_order_whatever_order_they_were_trained_in(tiny_recipe):
    recipe = load_recipe(tiny_recipe)
    recipe.ratios = [0.5]
    sweep_module.sweep(recipe, log=lambda _: None)
    recipe.ratios = [0, 0.5]
    results = sweep_module.sweep(recipe, log=lambda _: None)
    assert [r["run"] for r in results] == ["base", "identity-r0.5-s0", "r0-s0"]
    out = tiny_recipe.parent / "runs"
    table = list(csv.DictReader((out / "results.csv").open(encoding="utf-8")))
    assert [r["run"] for r in table] == ["base", "r0-s0", "identity-r0.5-s0"]
    summary = (out / "results.md").read_text(encoding="utf-8").splitlines()
    assert [line.split(" | ")[0] for line in summary[2:5]] == ["| base", "| none", "| identity"]


def test_resuming_with_other_training_settings_is_refused(tiny_recipe):
    from negagen.errors import ConfigError

    recipe = load_recipe(tiny_recipe)
    recipe.ratios = [0]
    sweep_module.sweep(recipe, log=lambda _: None)
    recipe.train.learning_rate = 0.5
    with pytest.raises(ConfigError, match="holds a sweep with other model/mix/train/eval settings"):
        sweep_module.sweep(recipe, log=lambda _: None)


def test_nanobeir_from_a_local_folder_matches_the_beir_evaluation(beir_folder, tiny_model_path, tmp_path):
    from negagen.evaluate.retrieval import nanobeir_metrics, write_nanobeir_folder

    folder = write_nanobeir_folder(beir_folder, tmp_path / "nano", "scifact")
    metrics = nanobeir_metrics(load_model(str(tiny_model_path)), str(folder), ["scifact"])
    assert metrics == {"NanoSciFact_ndcg@10": 1.0, "NanoBEIR_mean_ndcg@10": 1.0}


def test_bag_of_words_sentence_transformer_scores_chance_on_swaps(tiny_model_path):
    from negagen.evaluate.structural import structural_metrics
    from negagen.experiment.held_out import StructuralTriplet

    triplets = [
        StructuralTriplet("The council approved the budget.", "The council approved the budget.",
                          "The budget approved the council.", "role_swap", "subject_object"),
        StructuralTriplet("Dogs bark at night.", "Dogs bark at night.", "Night bark at dogs.", "reorder", "shuffle"),
    ]  # fmt: skip
    metrics = structural_metrics(load_model(str(tiny_model_path)), triplets)
    assert metrics["structural_all_accuracy"] == 0.5 and metrics["structural_all_auc"] == 0.5


def test_cli_eval_missing_model_is_one_line(tmp_path, beir_folder):
    result = CliRunner().invoke(app, ["eval", str(tmp_path / "no-model"), "--beir", str(beir_folder)])
    assert result.exit_code == 2
    assert (
        result.stderr
        == f"negagen: error: cannot load the model '{tmp_path / 'no-model'}': Path {tmp_path / 'no-model'} not found\n"
    )


def test_held_out_set_is_rebuilt_when_its_operators_change(tiny_recipe):
    recipe = load_recipe(tiny_recipe)
    first = structural_test_set(recipe)
    assert {t.op for t in first} == {"negation", "role_swap"}
    assert structural_test_set(recipe) == first  # cached
    recipe.eval.ops = ["negation"]
    assert {t.op for t in structural_test_set(recipe)} == {"negation"}
